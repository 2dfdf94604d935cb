"""The trash (Corbeille): every deleted record, to restore it or to delete it for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.text import fold
from coopdesk.services.changes import Changes
from coopdesk.services.trash import TrashItem
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.labels import error_text, kind_label
from coopdesk.ui.models.record_table import ROWS_MEASURED, RecordTableModel, make_proxy
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.trash.models import PurgeConfirmation, trash_columns
from coopdesk.ui.widgets.accessible import enable_clear_button
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import release_tab
from coopdesk.ui.widgets.typing import TypingPause


class TrashPage(Page):
    page_id = "trash"
    # Empty: any change may put a record in the trash or take one out.
    watches: frozenset[str] = frozenset()

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.setObjectName("trash_page")
        self.messages = MessageBar(self)
        self.model: RecordTableModel[TrashItem] = RecordTableModel(trash_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self._items: list[TrashItem] = []
        intro = QLabel(self.tr(
            "Deleted records wait here. Restore one to bring it back where it was, or delete "
            "it for good."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        self._build_filters()
        self._build_table()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(intro)
        layout.addLayout(self.filter_row)
        layout.addLayout(self.button_row)
        layout.addWidget(self.stack, 1)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Kind of record"))
        self.kind_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter.setMinimumContentsLength(18)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search a title or a name…"))
        enable_clear_button(self.search_edit)
        self.search_edit.setAccessibleName(self.tr("Search the trash"))
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search_edit, 2)
        self.filter_row.addWidget(self.kind_filter, 1)
        self.typing = TypingPause(self.search_edit, self._show_items)
        self.kind_filter.currentIndexChanged.connect(lambda _index: self._show_items())

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        release_tab(self.table)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Measure the first rows only: sizing from a thousand rows took seconds.
        header.setResizeContentsPrecision(ROWS_MEASURED)
        self.table.setAccessibleName(self.tr("Deleted records"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.restore_action = self._table_action(
            self.tr("Restore"), self.restore_selected,
            QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))
        self.purge_action = self._table_action(
            self.tr("Delete for good…"), self.purge_selected,
            QKeySequence(QKeySequence.StandardKey.Delete))
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self.clear_filters)

    def _table_action(self, text: str, slot: Callable[[], None],
                      *keys: QKeySequence) -> QAction:
        action = QAction(text, self.table)
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def _build_buttons(self) -> None:
        self.restore_button = button(self.tr("Restore"), self.restore_selected, self,
                                     tooltip=self.tr("Bring the selected records back (Enter)"))
        self.purge_button = button(
            self.tr("Delete for good…"), self.purge_selected, self,
            tooltip=self.tr("Delete the selected records for good, after a confirmation (Del)"))
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(MUTED_STYLE)
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.restore_button)
        self.button_row.addWidget(self.purge_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.count_label)

    # -- reading -------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Trash")

    def refresh(self) -> None:
        self._items = self.services.trash()
        self._fill_kind_filter()
        self._show_items()

    def _fill_kind_filter(self) -> None:
        current = self.kind_filter.currentData()
        kinds = sorted({item.kind for item in self._items}, key=lambda k: fold(kind_label(k)))
        if current and current not in kinds:
            kinds.append(current)  # keep the user's choice while its last record leaves
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in kinds:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))
        self.kind_filter.blockSignals(False)

    def filters_active(self) -> bool:
        return bool(self.search_edit.text().strip()) or self.kind_filter.currentIndex() > 0

    def visible_items(self) -> list[TrashItem]:
        kind = self.kind_filter.currentData()
        words = fold(self.search_edit.text()).split()

        def matches(item: TrashItem) -> bool:
            text = fold(f"{kind_label(item.kind)} {item.title} {item.deleted_by}")
            return all(word in text for word in words)

        return [item for item in self._items
                if (kind is None or item.kind == kind) and matches(item)]

    def _show_items(self) -> None:
        selected = {(item.kind, item.id) for item in self.selected_items()}
        shown = self.visible_items()
        self.model.set_rows(shown)
        self.count_label.setText(self.tr("%n deleted record(s)", "", len(shown)))
        if shown:
            self.stack.show_content()
            for key in selected:
                self.select(*key, clear=False)
        elif self.filters_active():
            self.stack.show_empty(self.tr("No deleted record matches these filters."),
                                  self.tr("Clear the filters"))
        else:
            self.stack.show_empty(self.tr(
                "The trash is empty.\nWhat you delete elsewhere lands here first, and can be "
                "restored."))
        self._update_buttons()

    def clear_filters(self) -> None:
        self.kind_filter.blockSignals(True)
        self.kind_filter.setCurrentIndex(0)
        self.kind_filter.blockSignals(False)
        self.search_edit.clear()
        self._show_items()

    def selected_items(self) -> list[TrashItem]:
        rows = sorted(self.proxy.mapToSource(index).row()
                      for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def select(self, kind: str, record_id: str, *, clear: bool = True) -> bool:
        row = self.model.row_of(lambda item: item.kind == kind and item.id == record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.ClearAndSelect if clear
            else QItemSelectionModel.SelectionFlag.Select)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def show_record(self, kind: str, record_id: str) -> bool:
        if not any(item.kind == kind and item.id == record_id for item in self._items):
            return False
        if not self.select(kind, record_id):
            self.clear_filters()
            self.select(kind, record_id)
        self.table.setFocus()
        return True

    def current_record(self) -> tuple[str, str] | None:
        items = self.selected_items()
        return (items[0].kind, items[0].id) if items else None

    def focus_search(self) -> bool:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        return True

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        for widget in (self.restore_button, self.purge_button):
            widget.setEnabled(has)
        self.restore_action.setEnabled(has)
        self.purge_action.setEnabled(has)

    # -- acting --------------------------------------------------------------------------
    def restore_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        restored: list[TrashItem] = []
        errors: list[str] = []
        for item in items:
            try:
                self.services.restore(item.kind, item.id)
            except CoopdeskError as error:
                errors.append(error_text(error))
            else:
                restored.append(item)
        self._publish(restored)
        if restored:
            services = self.services
            keys = [(item.kind, item.id) for item in restored]
            self.bus.undoable.emit(self._restore_undo_text(restored), lambda: Changes.union(
                services.delete(kind, record_id) for kind, record_id in keys))
            self.bus.status.emit(self._restored_text(restored))
        self._report(errors)

    def purge_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        parts = 0
        for item in items:
            try:
                parts += self.services.purging.plan(item.kind, item.id).part_count
            except CoopdeskError as error:
                self._report([error_text(error)])
                self.refresh()
                return
        question = self._confirm_text(items)
        if not PurgeConfirmation.ask(self, question, self._detail_text(len(items), parts)):
            return
        purged, errors = self._purge_in_order(items)
        self._publish(purged)
        if purged:
            self.bus.status.emit(self._purged_text(purged))
        self._report(errors)

    def _purge_in_order(self, items: list[TrashItem]) -> tuple[list[TrashItem], list[str]]:
        """Purge every item that can be; one may unblock another (a contact, then its
        organisation), so retry until a round purges nothing more."""
        pending, purged = list(items), []
        errors: dict[tuple[str, str], str] = {}
        while pending:
            progress = False
            for item in list(pending):
                try:
                    self.services.purge(item.kind, item.id)
                except CoopdeskError as error:
                    errors[(item.kind, item.id)] = error_text(error)
                    continue
                errors.pop((item.kind, item.id), None)
                pending.remove(item)
                purged.append(item)
                progress = True
            if not progress:
                break
        return purged, [errors[(item.kind, item.id)] for item in pending]

    def _publish(self, items: list[TrashItem]) -> None:
        if items:
            self.bus.publish(Changes.union(Changes.of(item.kind, item.id) for item in items))
        else:
            self.refresh()

    def _report(self, errors: list[str]) -> None:
        if not errors:
            self.messages.hide()
            return
        text = errors[0] if len(errors) == 1 else self.tr(
            "{count} records were left in the trash. The first one: {reason}").format(
                count=len(errors), reason=errors[0])
        self.messages.show_error(text)
        self.bus.status.emit(errors[0])

    # -- words ---------------------------------------------------------------------------
    def _confirm_text(self, items: list[TrashItem]) -> str:
        if len(items) == 1:
            return self.tr("Delete “{title}” for good?").format(title=items[0].title)
        return self.tr("Delete %n records for good?", "", len(items))

    def _detail_text(self, count: int, parts: int) -> str:
        if not parts:
            return self.tr("This cannot be undone: a record deleted for good cannot be "
                           "restored.")
        if count == 1:
            return self.tr("%n record(s) that belong to it (agenda items, scores, "
                           "partners…) go with it. This cannot be undone.", "", parts)
        return self.tr("%n record(s) that belong to them (agenda items, scores, "
                       "partners…) go with them. This cannot be undone.", "", parts)

    def _restored_text(self, items: list[TrashItem]) -> str:
        if len(items) == 1:
            return self.tr("“{title}” was restored.").format(title=items[0].title)
        return self.tr("%n records were restored.", "", len(items))

    def _restore_undo_text(self, items: list[TrashItem]) -> str:
        if len(items) == 1:
            return self.tr("Restore “{title}”").format(title=items[0].title)
        return self.tr("Restore %n records", "", len(items))

    def _purged_text(self, items: list[TrashItem]) -> str:
        if len(items) == 1:
            return self.tr("“{title}” was deleted for good.").format(title=items[0].title)
        return self.tr("%n records were deleted for good.", "", len(items))

    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        return [("confirm", self._show_confirmation)]

    def _show_confirmation(self) -> None:
        """Select the newest deleted record and ask to delete it for good (the screenshot
        closes the question, which cancels)."""
        self.clear_filters()
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.purge_selected()
