"""The action plan page (Plan d'action): every action of every project, filtered, with the
selected one's origin and status beside the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.text import file_name
from coopdesk.services.action_plan import ActionRow, DuePeriod, action_fields
from coopdesk.services.action_plan_sheet import ActionPlanSheetService
from coopdesk.services.changes import Changes
from coopdesk.services.documents import PrintableDocument
from coopdesk.services.workspace_services import Services
from coopdesk.ui import printing
from coopdesk.ui.bus import Bus
from coopdesk.ui.document_exports import (
    DocumentExports,
    busy_cursor,
    documents_folder,
    with_suffix,
)
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.actions.detail import ActionDetail
from coopdesk.ui.pages.actions.dialog import ActionDialog
from coopdesk.ui.pages.actions.filters import ActionFilters
from coopdesk.ui.pages.actions.models import ActionTableModel
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_view import RecordView
from coopdesk.ui.widgets.wrap_row import WrapRow


class ActionsPage(Page):
    page_id = "actions"
    watches = frozenset({"action", "project", "objective", "organisation", "person",
                         "decision", "meeting"})

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.setObjectName("actions_page")
        #: The day "overdue" and the periods are measured against (tests fix it).
        self.today: Callable[[], dt.date] = dt.date.today
        self._stale = False
        self.messages = MessageBar(self)
        self.context = PageContext(services, bus, self.messages)
        self.filters = ActionFilters(lambda: self.today(), self)
        self.model = ActionTableModel(services.actions, self)
        self.table = RecordView(self)
        self.table.setObjectName("actions_table")
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(ActionTableModel.DUE,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.stack = EmptyStack(self.table, self)
        self.detail = ActionDetail(self)
        self._build_actions()
        self._build_layout()
        self.filters.changed.connect(self.reload)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.stack.empty.button.clicked.connect(self._empty_action)
        self.detail.status_chosen.connect(self.set_status)
        self.detail.record_requested.connect(self.bus.open_record)
        self.refresh()
        self._set_column_widths()

    # -- building ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], tip: str = "") -> QAction:
            made = QAction(text, self)
            made.triggered.connect(lambda _checked=False: slot())
            made.setToolTip(tip or text.replace("&", ""))
            return made

        self.new_action = action(self.tr("&New action"), self.create_action,
                                 self.tr("Add an action: who does what, by when (Ctrl+N)"))
        self.edit_action = action(self.tr("&Edit…"), self.edit_selected,
                                  self.tr("Edit the selected action (Enter or F2)"))
        self.done_action = action(self.tr("Mark as &done"), self.mark_done,
                                  self.tr("Mark the selected action done today (Ctrl+Enter)"))
        self.done_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.done_action)
        self.delete_action = action(self.tr("&Delete"), self.delete_selected,
                                    self.tr("Move the selected action to the trash (Del); "
                                            "Ctrl+Z undoes it"))
        self.restore_action = action(self.tr("&Restore"), self.restore_selected,
                                     self.tr("Bring the selected action back from the trash"))
        self.preview_action = action(self.tr("&Print preview…"), self.preview_plan,
                                     self.tr("Print the action plan as filtered here, the "
                                             "filters in its title (Ctrl+P)"))
        self.preview_action.setShortcut(QKeySequence.StandardKey.Print)
        self.preview_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.preview_action)
        self.pdf_action = action(self.tr("Export &PDF…"), self.export_plan_pdf,
                                 self.tr("Save the action plan as filtered here as a PDF"))
        self.status_actions: dict[ActionStatus, QAction] = {}
        for status in ActionStatus:
            self.status_actions[status] = action(
                self.tr("Mark as “{status}”").format(status=enum_label(status)),
                partial(self.set_selected_status, status))

    def _build_layout(self) -> None:
        # The buttons go onto two lines when the window is narrow (large text, French).
        toolbar = WrapRow(self)
        self.buttons: list[QToolButton] = []
        for act in (self.new_action, self.edit_action, self.done_action, self.delete_action,
                    self.restore_action):
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.add_widget(button)
            self.buttons.append(button)
        self.print_menu = QMenu(self)
        self.print_menu.addAction(self.preview_action)
        self.print_menu.addAction(self.pdf_action)
        self.print_button = QToolButton(self)
        self.print_button.setText(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Print or export the action plan as filtered "
                                             "here (Ctrl+P: print preview)"))
        self.print_button.setMenu(self.print_menu)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.add_widget(self.print_button)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("actions_count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
        toolbar.add_widget(self.count_label, stretch=1)
        # The list above, the selected action below: the table keeps the page's width.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 260])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.filters)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)

    def _set_column_widths(self) -> None:
        metrics = self.table.fontMetrics()
        widths = {ActionTableModel.TITLE: 46, ActionTableModel.DUE: 17,
                  ActionTableModel.STATUS: 20, ActionTableModel.OWNER: 24,
                  ActionTableModel.PROJECT: 28}
        for column, characters in widths.items():
            self.table.setColumnWidth(column, metrics.averageCharWidth() * characters)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 8)

    # -- Page ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Action plan")

    def refresh(self) -> None:
        self._stale = False
        self.filters.set_profile(self.services.db.profile)
        blocked = self.filters.blockSignals(True)
        self.filters.set_choices(self.services.actions.choices())
        self.filters.blockSignals(blocked)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*self.watches):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # reloaded when the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def reload(self) -> None:
        """Load the list for the current filters, keeping the selection where it can."""
        keep = self.selected_id()
        position = self.table.currentIndex().row()
        self.model.load(self.filters.value())
        if keep is not None and not self.select(keep) and self.model.rowCount():
            # The action left the list (done, say): its neighbour takes its place.
            self._select_row(min(max(position, 0), self.model.rowCount() - 1))
        self._show_count_or_empty()
        self._selection_changed()

    def focus_search(self) -> bool:
        self.filters.search_edit.setFocus()
        self.filters.search_edit.selectAll()
        return True

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "action":
            return False
        try:
            row = self.services.actions.row(record_id, self.today())
        except NotFoundError:
            return False
        if row.action.audit.in_trash != self.filters.in_trash() or \
                self._position(record_id) is None:
            self.filters.clear(trash=row.action.audit.in_trash)
        if self._position(record_id) is None:
            self.filters.show_everything()
        position = self._position(record_id)
        if position is None or not self.model.ensure_loaded(position):
            return False
        self._select_row(self.model.row_of_id(record_id))
        self.table.setFocus()
        return True

    def current_record(self) -> tuple[str, str] | None:
        """The selected action, as (kind, id) (for its history)."""
        action_id = self.selected_id()
        return ("action", action_id) if action_id else None

    def _position(self, action_id: str) -> int | None:
        return self.services.actions.position(
            action_id, self.filters.value(), sort=self.model.sort_key,
            descending=self.model.descending)

    # -- keyboard ------------------------------------------------------------------------
    def create_new(self) -> None:
        self.create_action()

    # -- selection -----------------------------------------------------------------------
    def selected_row(self) -> ActionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, action_id: str) -> bool:
        row = self.model.row_of_id(action_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        trash = self.filters.in_trash()
        live = row is not None and not row.action.audit.in_trash
        self.new_action.setVisible(not trash)
        self.edit_action.setEnabled(live)
        self.done_action.setEnabled(live and row is not None
                                    and row.action.status is not ActionStatus.DONE)
        self.delete_action.setEnabled(live)
        self.restore_action.setVisible(trash)
        self.restore_action.setEnabled(row is not None and row.action.audit.in_trash)
        for button in self.buttons:
            button.setVisible(button.defaultAction().isVisible())
        if row is None:
            self.detail.clear()
        else:
            self.detail.show_row(row)

    def _show_count_or_empty(self) -> None:
        total = self.model.total
        text = self.tr("%n action(s)", "", total)
        where = self.model.where
        if total and not where.in_trash and where.period is not DuePeriod.OVERDUE:
            late = self.services.actions.count(replace(where, period=DuePeriod.OVERDUE))
            if late:
                text = self.tr("{count} · {late} overdue").format(count=text, late=late)
        self.count_label.setText(text)
        if total:
            self.stack.show_content()
        elif self.filters.in_trash():
            self.stack.show_empty(self.tr("The trash holds no action."),
                                  self.tr("Back to the actions"))
        elif self.filters.narrowed():
            self.stack.show_empty(self.tr("No action matches these filters."),
                                  self.tr("Clear the filters"))
        else:
            self.stack.show_empty(
                self.tr("No open action.\nActions come from meeting decisions, or add one "
                        "here: who does what, by when."),
                self.tr("New action"))

    def _empty_action(self) -> None:
        if self.filters.in_trash():
            self.filters.clear(trash=False)
        elif self.filters.narrowed():
            self.filters.clear()
        else:
            self.create_action()

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self._select_row(index.row())
        row = self.selected_row()
        if row is None or row.action.audit.in_trash:
            return
        menu = QMenu(self)
        for status, act in self.status_actions.items():
            act.setEnabled(status is not row.action.status)
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    # -- acting --------------------------------------------------------------------------
    def create_action(self) -> None:
        if self.filters.in_trash():
            return
        where = self.model.where
        preset = ActionFields(title="", project_id=where.project_id,
                              owner_organisation_id=where.organisation_id,
                              owner_person_id=where.person_id)
        changes = ActionDialog.ask(self.services, parent=self, preset=preset)
        new_id = self.context.publish(changes)
        if new_id:
            name = self.services.actions.get(new_id).title
            plan = self.services.actions
            self.bus.undoable.emit(self.tr("Add “{name}”").format(name=name),
                                   lambda: plan.delete(new_id))
            self.bus.status.emit(self.tr("“{name}” added to the action plan.").format(name=name))
            self.show_record("action", new_id)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.action.audit.in_trash:
            return
        before = action_fields(row.action)
        changes = ActionDialog.ask(self.services, row.action, self)
        if not changes:
            return
        self.context.publish(changes)
        plan, action_id = self.services.actions, row.id
        self.bus.undoable.emit(self.tr("Edit “{name}”").format(name=row.action.title),
                               lambda: plan.update(action_id, before))
        self.bus.status.emit(self.tr("“{name}” saved.").format(name=row.action.title))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not row.action.audit.in_trash:
            self.context.trash("action", row.id, row.action.title)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.action.audit.in_trash:
            self.context.restore("action", row.id, row.action.title)

    def mark_done(self) -> None:
        self.set_selected_status(ActionStatus.DONE)

    def set_selected_status(self, status: ActionStatus) -> None:
        row = self.selected_row()
        if row is not None:
            self.set_status(row.id, status)

    def set_status(self, action_id: str, status: ActionStatus) -> None:
        """Change an action's status (done: done today), with undo."""
        try:
            row = self.services.actions.row(action_id, self.today())
        except NotFoundError:
            self.reload()
            return
        if row.action.audit.in_trash or row.action.status is status:
            return
        before, plan, today = action_fields(row.action), self.services.actions, self.today()
        if self.context.run(lambda: plan.set_status(action_id, status, today)) is None:
            self.reload()
            return
        name, label = row.action.title, enum_label(status)
        self.bus.undoable.emit(self.tr("Status of “{name}”: {status}").format(
            name=name, status=label), lambda: plan.update(action_id, before, today))
        self.bus.status.emit(self.tr("“{name}”: {status}.").format(name=name, status=label))

    # -- printing ------------------------------------------------------------------------
    def plan_document(self) -> PrintableDocument:
        """The action plan as the filters and the sort of the page show it."""
        services = self.services
        with busy_cursor():
            return ActionPlanSheetService(services.db, services.workspace.name).document(
                self.filters.value(), QtWording(), sort=self.model.sort_key,
                descending=self.model.descending)

    def preview_plan(self) -> None:
        DocumentExports.show_preview(self.plan_document(), self)

    def export_plan_pdf(self) -> Path | None:
        suggested = documents_folder() / file_name(self.tr("Action plan"), ".pdf")
        path = DocumentExports.ask_file(self, self.tr("Save the action plan"), suggested,
                                        self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        path = with_suffix(path, ".pdf")
        title = self.tr("Action plan not saved")
        if not DocumentExports.allowed(self.services, self, path, title):
            return None
        document = self.plan_document()
        if not DocumentExports.write_or_report(
                self, lambda: printing.write_pdf(document, path), title,
                self.tr("The action plan could not be written: {reason}")):
            return None
        self.bus.status.emit(self.tr("Action plan saved to {path}.").format(path=path))
        return path

    # -- screenshots ---------------------------------------------------------------------
    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        def detail() -> None:
            self.filters.clear(trash=False)
            late = [r for r in self.model.rows() if r.overdue and r.origin_decision_text]
            if late:
                self.select(late[0].id)

        def overdue() -> None:
            self.filters.clear(trash=False)
            self.filters.period_combo.setCurrentIndex(
                self.filters.period_combo.findData(DuePeriod.OVERDUE.value))

        def form() -> None:
            detail()
            self.edit_selected()

        return [("detail", detail), ("overdue", overdue), ("form", form)]
