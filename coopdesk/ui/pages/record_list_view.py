"""The list half of a list/detail page (meetings, projects): a filter row over a sortable
table of records, the buttons that create, open, edit, delete and restore them, the trash
switch, and what an empty list says (nothing yet, nothing matches, an empty trash)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.changes import Changes
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import Column, RecordTableModel, make_proxy
from coopdesk.ui.widgets.accessible import enable_clear_button
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_list import select_source_row, selected_record, signals_blocked
from coopdesk.ui.widgets.tables import DELETE_KEY, EDIT_KEY, fit_columns, on_keys, table_view
from coopdesk.ui.widgets.typing import TypingPause


class _Audit(Protocol):
    @property
    def in_trash(self) -> bool: ...


class Listed(Protocol):
    """What the list needs of the record a row shows."""

    @property
    def title(self) -> str: ...

    @property
    def audit(self) -> _Audit: ...


class _Row(Protocol):
    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=_Row)


@dataclass(frozen=True)
class ListTexts:
    """The words of one list, translated by its page (its own Qt context)."""

    table: str            # the table's accessible name ("Meetings")
    search: str           # the search box's accessible name
    search_hint: str      # what the search box searches (placeholder)
    new: str              # the create button ("New meeting")
    new_tip: str
    open_tip: str
    edit_tip: str
    delete_tip: str
    trash_tip: str        # the "Show trash" box
    nothing_yet: str      # the empty list, before the first record
    no_match: str         # no record matches the filters
    empty_trash: str      # the trash holds none
    back_from_trash: str  # the empty trash's button ("Back to the meetings")


class RecordListView(QWidget, Generic[RowT]):
    """Subclasses give the record kind, the columns, the filter combos and how to read the
    rows with them (`load_rows`), the record a row shows, and the create and edit forms."""

    #: The user wants to see a record's page: its id.
    open_requested = Signal(str)

    #: The kind of record listed ("meeting"), for the trash.
    kind = ""
    #: The column that takes the room left, the sorting at first, the widest columns.
    stretch_column = 0
    sort_order: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
    widest_columns: ClassVar[dict[int, int]] = {}

    def __init__(self, context: PageContext, columns: list[Column[RowT]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        texts = self.texts()
        self.model: RecordTableModel[RowT] = RecordTableModel(columns, self)
        self.proxy = make_proxy(self.model, self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(texts.search_hint)
        enable_clear_button(self.search_edit)
        self.search_edit.setAccessibleName(texts.search)
        self.filters = self.build_filters()
        self.trash_check = QCheckBox(self.tr("Show trash"), self)
        self.trash_check.setToolTip(texts.trash_tip)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search_edit, 2)
        for combo in self.filters:
            self.filter_row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.refresh)
        self.typing = TypingPause(self.search_edit, self.refresh)
        self.trash_check.toggled.connect(self.refresh)
        self._build_table(texts)
        self._build_buttons(texts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_row)
        layout.addLayout(self.button_row)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # -- what subclasses say -------------------------------------------------------------
    def texts(self) -> ListTexts:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """The count beside the buttons ("3 meetings")."""
        raise NotImplementedError

    def build_filters(self) -> list[QComboBox]:
        """The filter combos after the search box; index 0 of each means no filter."""
        return []

    def fill_filters(self) -> None:
        """Reload the combos whose choices are records (before each refresh)."""

    def load_rows(self, text: str, include_deleted: bool) -> list[RowT]:
        raise NotImplementedError

    def record(self, row: RowT) -> Listed:
        raise NotImplementedError

    def ask_new(self) -> Changes | None:
        """The create form; the changes saved, or None when cancelled."""
        raise NotImplementedError

    def ask_edit(self, row: RowT) -> Changes | None:
        raise NotImplementedError

    # -- building ------------------------------------------------------------------------
    def enum_filter(self, name: str, all_text: str, members: Iterable[Enum]) -> QComboBox:
        """A combo named *name*: *all_text* (no filter), then each member by its label."""
        combo = self.record_filter(name)
        combo.addItem(all_text, None)
        for member in members:
            combo.addItem(enum_label(member), member.value)
        return combo

    def record_filter(self, name: str, chars: int = 12) -> QComboBox:
        """An empty combo *chars* characters wide: narrow enough for large text, while its
        popup still shows whole labels."""
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(chars)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    @staticmethod
    def fill_combo(combo: QComboBox, all_text: str,
                   choices: Iterable[tuple[str, str]]) -> None:
        """Put *all_text* then the (id, label) *choices* in *combo*, keeping its choice."""
        current = combo.currentData()
        with signals_blocked(combo):
            combo.clear()
            combo.addItem(all_text, None)
            for record_id, label in choices:
                combo.addItem(label, record_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _build_table(self, texts: ListTexts) -> None:
        self.table = table_view(self, self.proxy, texts.table, stretch=self.stretch_column)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(*self.sort_order)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        on_keys(self.table, (DELETE_KEY, self.delete_selected), (EDIT_KEY, self.edit_selected))
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self._empty_action)

    def _build_buttons(self, texts: ListTexts) -> None:
        self.new_button = button(texts.new, self.create_record, self, tooltip=texts.new_tip)
        self.open_button = button(self.tr("Open"), self.open_selected, self,
                                  tooltip=texts.open_tip)
        self.edit_button = button(self.tr("Edit…"), self.edit_selected, self,
                                  tooltip=texts.edit_tip)
        self.delete_button = button(self.tr("Delete"), self.delete_selected, self,
                                    tooltip=texts.delete_tip)
        self.restore_button = button(self.tr("Restore"), self.restore_selected, self)
        self.count_label = QLabel(self)
        self.button_row = QHBoxLayout()
        for widget in (self.new_button, self.open_button, self.edit_button,
                       self.delete_button, self.restore_button):
            self.button_row.addWidget(widget)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.trash_check)
        self.button_row.addSpacing(12)
        self.button_row.addWidget(self.count_label)

    # -- reading -------------------------------------------------------------------------
    def in_trash_mode(self) -> bool:
        return self.trash_check.isChecked()

    def filters_active(self) -> bool:
        return bool(self.search_edit.text().strip()
                    or any(combo.currentIndex() > 0 for combo in self.filters))

    def refresh(self) -> None:
        self.fill_filters()
        selected = self.selected_id()
        rows = self.load_rows(self.search_edit.text(), self.in_trash_mode())
        if self.in_trash_mode():
            rows = [row for row in rows if self.record(row).audit.in_trash]
        self.model.set_rows(rows)
        self._show_count_or_empty(len(rows))
        if selected:
            self.select(selected)
        self._update_buttons()

    def _show_count_or_empty(self, count: int) -> None:
        texts = self.texts()
        self.count_label.setText(self.count_text(count))
        if count:
            self.stack.show_content()
            fit_columns(self.table, self.widest_columns)
        elif self.in_trash_mode():
            self.stack.show_empty(texts.empty_trash, texts.back_from_trash)
        elif self.filters_active():
            self.stack.show_empty(texts.no_match, self.tr("Clear the filters"))
        else:
            self.stack.show_empty(texts.nothing_yet, texts.new)

    def _empty_action(self) -> None:
        if self.in_trash_mode():
            self.trash_check.setChecked(False)
        elif self.filters_active():
            self.clear_filters()
        else:
            self.create_record()

    def clear_filters(self) -> None:
        with signals_blocked(*self.filters, self.search_edit):
            for combo in self.filters:
                combo.setCurrentIndex(0)
            self.search_edit.clear()
        self.refresh()

    def selected_row(self) -> RowT | None:
        return selected_record(self.table, self.proxy, self.model.row_at)

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, record_id: str) -> bool:
        return select_source_row(self.table, self.proxy,
                                 self.model.row_of(lambda r: r.id == record_id))

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        trash = self.in_trash_mode()
        self.new_button.setVisible(not trash)
        self.edit_button.setVisible(not trash)
        self.delete_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        for widget in (self.open_button, self.edit_button, self.delete_button,
                       self.restore_button):
            widget.setEnabled(has)

    # -- acting --------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.row_at(self.proxy.mapToSource(index).row()).id)

    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id:
            self.open_requested.emit(record_id)

    def create_record(self) -> None:
        """Ctrl+N in the list: the create form, then the new record's page."""
        if self.in_trash_mode():
            return
        created = self.context.publish(self.ask_new())
        if created:
            self.open_requested.emit(created)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not self.record(row).audit.in_trash:
            self.context.publish(self.ask_edit(row))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not self.record(row).audit.in_trash:
            self.context.trash(self.kind, row.id, self.record(row).title)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.record(row).audit.in_trash:
            self.context.restore(self.kind, row.id, self.record(row).title)
