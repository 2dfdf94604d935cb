"""The agenda: items in order (moved with Alt+Up/Alt+Down or by drag and drop), the total
planned time against the meeting's length, and each item's notes edited beside the list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.meeting_details import AgendaLine, MeetingDetail
from coopdesk.ui.pages.meetings.models import AgendaModel
from coopdesk.ui.pages.meetings.notes_editor import NotesEditor
from coopdesk.ui.pages.meetings.part_dialogs import AgendaItemDialog
from coopdesk.ui.pages.meetings.widgets import duration_text, warning_style
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import DELETE_KEY, EDIT_KEY, on_keys, select_index, table_view


class AgendaTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        self.read_only = False
        self._reverting = False
        self.model = AgendaModel(self)
        # Queued: the view finishes its drop before the agenda is reloaded under it.
        self.model.move_requested.connect(self.move_item, Qt.ConnectionType.QueuedConnection)
        self._build_table()
        self._build_actions()
        self.editor = NotesEditor(context, self)
        self.total_label = QLabel(self)
        self.total_label.setWordWrap(True)
        self.total_label.setObjectName("agendaTotal")
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.button_row)
        column.addWidget(self.stack, 1)
        column.addWidget(self.total_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._update_buttons()

    def _build_table(self) -> None:
        self.table = table_view(self, self.model, self.tr("Agenda"), stretch=1,
                                others=QHeaderView.ResizeMode.ResizeToContents)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.activated.connect(lambda _index: self.edit_item())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self.add_item)

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object,
                   context: Qt.ShortcutContext) -> QAction:
            made = QAction(text, self)
            made.setShortcut(shortcut)
            made.setShortcutContext(context)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        tab_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.up_action = action(self.tr("Move up"), QKeySequence("Alt+Up"), self.move_up,
                                tab_wide)
        self.down_action = action(self.tr("Move down"), QKeySequence("Alt+Down"),
                                  self.move_down, tab_wide)
        on_keys(self.table, (DELETE_KEY, self.delete_item), (EDIT_KEY, self.edit_item))
        self.add_button = button(self.tr("Add an item"), self.add_item, self,
                                 tooltip=self.tr("Add an item at the end of the agenda "
                                                 "(Ctrl+N)"))
        self.edit_button = button(self.tr("Edit…"), self.edit_item, self,
                                  tooltip=self.tr("Title, presenter and duration (F2)"))
        self.delete_button = button(self.tr("Delete"), self.delete_item, self,
                                    tooltip=self.tr("Move the item to the trash (Del)"))
        self.up_button = button(self.tr("Move up"), self.move_up, self,
                                tooltip=self.tr("Move the item up the agenda (Alt+Up)"))
        self.down_button = button(self.tr("Move down"), self.move_down, self,
                                  tooltip=self.tr("Move the item down the agenda (Alt+Down)"))
        self.button_row = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button,
                       self.up_button, self.down_button):
            self.button_row.addWidget(widget)
        self.button_row.addStretch(1)

    # -- showing -------------------------------------------------------------------------
    def set_detail(self, detail: MeetingDetail, read_only: bool = False) -> None:
        self.detail = detail
        self.read_only = read_only
        wanted = self.selected_id() or self.editor.item_id
        self.model.set_rows(detail.agenda)
        if detail.agenda:
            self.stack.show_content()
            if wanted is None or not self.select(wanted):
                self.select(detail.agenda[0].id)
        else:
            self.stack.show_empty(
                self.tr("The agenda is empty. Add the items to discuss, in order, with who "
                        "presents each and how long it should take."),
                "" if read_only else self.tr("Add an item"))
        self.editor.set_detail(detail)
        if self.editor.item_id is None and detail.agenda and self.selected_line():
            self.editor.load(self.selected_line())
        self.editor.setEnabled(not read_only)
        self.table.setDragEnabled(not read_only)
        self._show_total(detail)
        self._update_buttons()

    def _show_total(self, detail: MeetingDetail) -> None:
        planned, length = detail.planned_minutes, detail.length_minutes
        if not detail.agenda:
            text, style = "", MUTED_STYLE
        elif length is None:
            text = self.tr("{planned} planned (the meeting has no end time)").format(
                planned=duration_text(planned))
            style = MUTED_STYLE
        elif detail.minutes_over:
            text = self.tr("⚠ {planned} planned for {length}: {over} too long. Shorten or "
                           "remove an item.").format(planned=duration_text(planned),
                                                     length=duration_text(length),
                                                     over=duration_text(detail.minutes_over))
            style = warning_style()
        else:
            text = self.tr("{planned} planned for {length}").format(
                planned=duration_text(planned), length=duration_text(length))
            style = MUTED_STYLE
        self.total_label.setText(text)
        self.total_label.setStyleSheet(style)

    def selected_line(self) -> AgendaLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        line = self.selected_line()
        return line.id if line else None

    def select(self, item_id: str) -> bool:
        row = self.model.row_of(lambda line: line.id == item_id)
        if row < 0:
            return False
        select_index(self.table, self.model.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.model.row_at(current.row()) if current.isValid() else None
        if self.editor.item_id == (line.id if line else None):
            self._update_buttons()
            return
        if self._reverting:
            return
        if not self.editor.commit():
            # The notes could not be saved: stay on their item rather than lose them.
            if self.editor.item_id is not None:
                self._reverting = True
                try:
                    self.select(self.editor.item_id)
                finally:
                    self._reverting = False
            return
        self.editor.load(self.model.row_at(current.row()) if current.isValid() else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        line = self.selected_line()
        count = self.model.rowCount()
        editable = not self.read_only and self.detail is not None
        self.add_button.setEnabled(editable)
        for widget in (self.edit_button, self.delete_button):
            widget.setEnabled(editable and line is not None)
        can_up = editable and line is not None and line.number > 1
        can_down = editable and line is not None and line.number < count
        self.up_button.setEnabled(can_up)
        self.up_action.setEnabled(can_up)
        self.down_button.setEnabled(can_down)
        self.down_action.setEnabled(can_down)

    # -- acting --------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.detail is None or self.read_only or not self.editor.commit():
            return
        created = self.context.publish(AgendaItemDialog.ask(
            self.context.services, self.detail.meeting.id, parent=self))
        if created:
            self.select(created)

    def edit_item(self) -> None:
        line = self.selected_line()
        if self.detail is None or line is None or self.read_only or not self.editor.commit():
            return
        # The form starts from what is saved, notes included.
        saved = self.context.services.agenda.get(line.id)
        self.context.publish(AgendaItemDialog.ask(self.context.services,
                                                  self.detail.meeting.id, saved, self))

    def delete_item(self) -> None:
        line = self.selected_line()
        if line is None or self.read_only or not self.editor.commit():
            return
        self.context.trash("agenda_item", line.id, line.item.title)

    def move_up(self) -> None:
        line = self.selected_line()
        if self.detail is None or line is None or line.number <= 1:
            return
        self.move_item(line.id, self.detail.agenda[line.number - 2].id)

    def move_down(self) -> None:
        line = self.selected_line()
        if self.detail is None or line is None or line.number >= len(self.detail.agenda):
            return
        after_next = line.number + 1  # index of the item after the next one
        agenda = self.detail.agenda
        self.move_item(line.id, agenda[after_next].id if after_next < len(agenda) else None)

    def move_item(self, item_id: str, before_id: str | None) -> None:
        """Put the item just before *before_id* (None: at the end); one row is written."""
        if self.read_only or not self.editor.commit():
            return
        agenda = self.context.services.agenda
        if self.context.run(lambda: agenda.move(item_id, before_id)) is not None:
            self.select(item_id)
            self.table.setFocus()
