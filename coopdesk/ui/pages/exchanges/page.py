"""The contact log page (Journal des échanges): a quick-entry bar, the filtered log, and
the selected exchange beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import NotFoundError
from coopdesk.services.changes import Changes, Created
from coopdesk.services.exchange_log import (
    Correspondent,
    ExchangeFilter,
    ExchangeRow,
    ExchangeSort,
    FollowUpFilter,
    entry_fields,
)
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.exchanges.column_menu import install_column_menu
from coopdesk.ui.pages.exchanges.detail import ExchangeDetail
from coopdesk.ui.pages.exchanges.dialog import ExchangeDialog
from coopdesk.ui.pages.exchanges.filters import FilterBar
from coopdesk.ui.pages.exchanges.models import ExchangeTableModel
from coopdesk.ui.pages.exchanges.quick_entry import QuickEntryBar
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_view import RecordView


class ExchangesPage(Page):
    page_id = "exchanges"
    watches = frozenset({"contact_log_entry", "person", "organisation", "project"})

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(services, bus, parent)
        self.setObjectName("exchanges_page")
        self._today = today
        self._stale = False
        self._pending_select: str | None = None
        self._correspondents: list[Correspondent] = []
        self._projects: list[tuple[str, str]] = []
        self.messages = MessageBar(self)
        self.context = PageContext(services, bus, self.messages)
        self.entry_bar = QuickEntryBar(services, self, today)
        self.filters = FilterBar(self, today)
        self.count_label = QLabel(self)
        self.filters.tail.addWidget(self.count_label)
        self.model = ExchangeTableModel(services.exchanges, self, today)
        self.table = RecordView(self)
        self.table.setModel(self.model)
        self.table.sortByColumn(ExchangeTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(self.tr("Exchanges"))
        self._size_columns()
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self._empty_action)
        self.detail = ExchangeDetail(self, today)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([2000, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.entry_bar)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

        self.entry_bar.logged.connect(self._logged)
        self.filters.changed.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.detail.record_requested.connect(self.bus.open_record)
        self.detail.follow_up_button.clicked.connect(self.toggle_follow_up)
        self.detail.edit_button.clicked.connect(self.edit_selected)
        self.detail.delete_button.clicked.connect(self.delete_selected)
        self.detail.restore_button.clicked.connect(self.restore_selected)
        self.refresh()

    def title(self) -> str:
        return self.tr("Exchange log")

    def _size_columns(self) -> None:
        """Widths from the font (text scales with the system font); the subject takes the
        rest. The author column starts hidden: the header's menu shows it."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ExchangeTableModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        em = metrics.horizontalAdvance("M")
        header.resizeSection(ExchangeTableModel.DATE,
                             metrics.horizontalAdvance(" 00/00/0000 ") + em)
        widths = {ExchangeTableModel.KIND: 8, ExchangeTableModel.WITH: 10,
                  ExchangeTableModel.PROJECT: 8, ExchangeTableModel.FOLLOW_UP: 11,
                  ExchangeTableModel.AUTHOR: 8}
        for column, ems in widths.items():
            header.resizeSection(column, ems * em)
        install_column_menu(self.table, hidden=[ExchangeTableModel.AUTHOR],
                            always_shown=[ExchangeTableModel.SUBJECT])

    # -- keyboard: Ctrl+N goes to the quick-entry bar -------------------------------------
    def create_new(self) -> None:
        self.new_exchange()

    def new_exchange(self) -> None:
        if self.filters.trash_check.isChecked():
            self.filters.trash_check.setChecked(False)
        self.entry_bar.focus_first()

    def current_record(self) -> tuple[str, str] | None:
        entry_id = self.selected_id()
        return ("contact_log_entry", entry_id) if entry_id else None

    def focus_search(self) -> bool:
        self.filters.search_edit.setFocus()
        self.filters.search_edit.selectAll()
        return True

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self._load_choices()
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        # A hidden page only notes that it must reload when it is shown again.
        if not changes.touches(*self.watches):
            return
        if not self.isVisible():
            self._stale = True
        elif changes.touches("person", "organisation", "project"):
            self.refresh()
        else:
            self.filters.set_choices(self._correspondents, self._projects,
                                     self.services.exchanges.authors())
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _load_choices(self) -> None:
        log = self.services.exchanges
        self._correspondents = log.correspondents()
        self._projects = [(p.id, p.title) for p in self.services.projects.list()]
        self.entry_bar.set_choices(self._correspondents, self._projects)
        self.entry_bar.show_author()
        self.filters.set_choices(self._correspondents, self._projects, log.authors())

    def reload(self, *, select: str | None = None, minimum: int = 0) -> None:
        """Load the first page of the filtered log, keeping (or making) a selection."""
        selected = select or self._pending_select or self.selected_id()
        self.model.load(self.filters.where(), minimum=minimum)
        self._show_count_or_empty()
        if selected is None or not self.select(selected):
            self._show_selected()

    def _show_count_or_empty(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("%n exchange(s)", "", total))
        if total:
            self.stack.show_content()
        elif self.filters.trash_check.isChecked():
            self.stack.show_empty(self.tr("The trash holds no exchange."),
                                  self.tr("Back to the log"))
        elif self.filters.active():
            self.stack.show_empty(self.tr("No exchange matches these filters."),
                                  self.tr("Clear the filters"))
        else:
            self.stack.show_empty(
                self.tr("No exchange logged yet.\nA call, an email, a visit: note it in the "
                        "bar above (Ctrl+N), it takes a few seconds."),
                self.tr("Log an exchange"))

    def _empty_action(self) -> None:
        if self.filters.trash_check.isChecked() or self.filters.active():
            self.filters.clear()
        else:
            self.new_exchange()

    # -- selection -----------------------------------------------------------------------
    def selected_row(self) -> ExchangeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, entry_id: str) -> bool:
        row = self.model.row_of_id(entry_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show_selected()
        return True

    def _show_selected(self, *_args: object) -> None:
        self.detail.show_row(self.selected_row())

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "contact_log_entry":
            return False
        try:
            row = self.services.exchanges.row(record_id)
        except NotFoundError:
            return False
        where = self.filters.where()
        position = self.services.exchanges.position(record_id, where)
        if position is None or self.model.sorting() != (ExchangeSort.DATE, True):
            self.filters.clear(trash=row.entry.audit.in_trash)
            self.table.sortByColumn(ExchangeTableModel.DATE, Qt.SortOrder.DescendingOrder)
            position = self.services.exchanges.position(record_id, self.filters.where())
        self.reload(select=record_id, minimum=(position or 0) + 1)
        self.table.setFocus()
        return self.selected_id() == record_id

    # -- acting --------------------------------------------------------------------------
    def _logged(self, created: Created) -> None:
        self._pending_select = created.id
        try:
            self.context.publish(created)
            self.reload(select=created.id)
        finally:
            self._pending_select = None
        name = self.services.exchanges.get(created.id).subject
        self.bus.undoable.emit(self.tr("Log “{name}”").format(name=name),
                               lambda: self.services.exchanges.delete(created.id))
        self.bus.status.emit(self.tr("“{name}” logged.").format(name=name))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.entry.audit.in_trash:
            return
        before = entry_fields(row.entry)
        changes = ExchangeDialog.ask(self.services, row.entry, self._correspondents,
                                     self._projects, self)
        if not changes:
            return
        self.context.publish(changes)
        log = self.services.exchanges
        self.bus.undoable.emit(self.tr("Edit “{name}”").format(name=row.entry.subject),
                               lambda: log.update(row.id, before))
        self.bus.status.emit(self.tr("“{name}” saved.").format(name=row.entry.subject))

    def toggle_follow_up(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        done = not row.entry.follow_up_done
        log = self.services.exchanges
        if self.context.run(lambda: log.mark_follow_up_done(row.id, done)) is None:
            return
        name = row.entry.follow_up or row.entry.subject
        if done:
            self.bus.undoable.emit(self.tr("Follow-up “{name}” done").format(name=name),
                                   lambda: log.mark_follow_up_done(row.id, False))
            self.bus.status.emit(self.tr("Follow-up “{name}” marked done.").format(name=name))
        else:
            self.bus.undoable.emit(self.tr("Reopen “{name}”").format(name=name),
                                   lambda: log.mark_follow_up_done(row.id, True))
            self.bus.status.emit(self.tr("Follow-up “{name}” reopened.").format(name=name))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not row.entry.audit.in_trash:
            self.context.trash("contact_log_entry", row.id, row.entry.subject)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.entry.audit.in_trash:
            self.context.restore("contact_log_entry", row.id, row.entry.subject)

    # -- screenshots ---------------------------------------------------------------------
    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        return [("follow-up", self._show_an_open_follow_up),
                ("due", self._show_due),
                ("form", self._edit_an_entry)]

    def _show_an_open_follow_up(self) -> None:
        self.filters.clear()
        rows = self.services.exchanges.rows(ExchangeFilter(follow_up=FollowUpFilter.OPEN,
                                                              today=self._today()), limit=1)
        if rows:
            self.show_record("contact_log_entry", rows[0].id)

    def _show_due(self) -> None:
        self.filters.clear()
        self.filters.set_follow_up(FollowUpFilter.DUE)
        if self.model.rowCount():
            self.select(self.model.row_at(0).id)

    def _edit_an_entry(self) -> None:
        self._show_an_open_follow_up()
        self.edit_selected()
