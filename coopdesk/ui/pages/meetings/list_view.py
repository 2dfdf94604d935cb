"""The list of meetings with its filters, and the buttons that create, open, delete and
restore them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import MeetingStatus
from coopdesk.services.meeting_details import MeetingRow, Period
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import RecordTableModel, make_proxy
from coopdesk.ui.pages.meetings.meeting_dialog import MeetingDialog
from coopdesk.ui.pages.meetings.models import meeting_columns
from coopdesk.ui.pages.meetings.widgets import fit_columns, table_view
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_list import select_source_row, selected_record, signals_blocked
from coopdesk.ui.widgets.typing import TypingPause


class MeetingListView(QWidget):
    #: The user wants to see a meeting's page: its id.
    open_requested = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: RecordTableModel[MeetingRow] = RecordTableModel(meeting_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self._build_filters()
        self._build_table()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_row)
        layout.addLayout(self.button_row)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # -- building ------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search a title, a place or a project…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search meetings"))
        self.project_filter = QComboBox(self)
        self.project_filter.setAccessibleName(self.tr("Project"))
        self.project_filter.setMinimumContentsLength(20)
        self.project_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MeetingStatus:
            self.status_filter.addItem(enum_label(status), status.value)
        self.period_filter = QComboBox(self)
        self.period_filter.setAccessibleName(self.tr("Upcoming or past"))
        self.period_filter.addItem(self.tr("Upcoming and past"), None)
        self.period_filter.addItem(self.tr("Upcoming"), Period.UPCOMING.value)
        self.period_filter.addItem(self.tr("Past"), Period.PAST.value)
        self.trash_check = QCheckBox(self.tr("Show trash"), self)
        self.trash_check.setToolTip(self.tr("Show the meetings in the trash, to restore them"))
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search_edit, 2)
        for widget in (self.project_filter, self.status_filter, self.period_filter):
            self.filter_row.addWidget(widget, 1)
        self.filter_row.addWidget(self.trash_check)
        self.typing = TypingPause(self.search_edit, self.refresh)
        for combo in (self.project_filter, self.status_filter, self.period_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.trash_check.toggled.connect(self.refresh)

    def _build_table(self) -> None:
        self.table = table_view(self, self.proxy, self.tr("Meetings"), stretch=1)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        for shortcut, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                               (QKeySequence("F2"), self.edit_selected)):
            action = QAction(self.table)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self._empty_action)

    def _build_buttons(self) -> None:
        self.new_button = button(self.tr("New meeting"), self.create_meeting, self,
                                 tooltip=self.tr("Plan a meeting (Ctrl+N)"))
        self.open_button = button(self.tr("Open"), self.open_selected, self,
                                  tooltip=self.tr("Show the meeting's page: agenda, "
                                                  "attendance, decisions (Enter)"))
        self.edit_button = button(self.tr("Edit…"), self.edit_selected, self,
                                  tooltip=self.tr("Edit the meeting (F2)"))
        self.delete_button = button(self.tr("Delete"), self.delete_selected, self,
                                    tooltip=self.tr("Move the meeting to the trash (Del)"))
        self.restore_button = button(self.tr("Restore"), self.restore_selected, self)
        self.count_label = QLabel(self)
        self.button_row = QHBoxLayout()
        for widget in (self.new_button, self.open_button, self.edit_button,
                       self.delete_button, self.restore_button):
            self.button_row.addWidget(widget)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.count_label)

    # -- reading -------------------------------------------------------------------------
    def in_trash_mode(self) -> bool:
        return self.trash_check.isChecked()

    def filters_active(self) -> bool:
        return bool(self.search_edit.text().strip()
                    or any(combo.currentIndex() > 0 for combo in (
                        self.project_filter, self.status_filter, self.period_filter)))

    def refresh(self) -> None:
        self._fill_project_filter()
        selected = self.selected_id()
        status, period = self.status_filter.currentData(), self.period_filter.currentData()
        rows = self.context.services.meeting_details.rows(
            project_id=self.project_filter.currentData(),
            status=MeetingStatus(status) if status else None,
            period=Period(period) if period else None,
            text=self.search_edit.text(), include_deleted=self.in_trash_mode())
        if self.in_trash_mode():
            rows = [row for row in rows if row.meeting.audit.in_trash]
        self.model.set_rows(rows)
        self._show_count_or_empty(len(rows))
        if selected:
            self.select(selected)
        self._update_buttons()

    def _fill_project_filter(self) -> None:
        current = self.project_filter.currentData()
        projects = self.context.services.projects.list()
        self.project_filter.blockSignals(True)
        self.project_filter.clear()
        self.project_filter.addItem(self.tr("All projects"), None)
        for project in projects:
            self.project_filter.addItem(project.title, project.id)
        self.project_filter.setCurrentIndex(max(0, self.project_filter.findData(current)))
        self.project_filter.blockSignals(False)

    def _show_count_or_empty(self, count: int) -> None:
        self.count_label.setText(self.tr("%n meeting(s)", "", count))
        if count:
            self.stack.show_content()
            fit_columns(self.table, {2: 28, 3: 28})
        elif self.in_trash_mode():
            self.stack.show_empty(self.tr("The trash holds no meeting."),
                                  self.tr("Back to the meetings"))
        elif self.filters_active():
            self.stack.show_empty(self.tr("No meeting matches these filters."),
                                  self.tr("Clear the filters"))
        else:
            self.stack.show_empty(
                self.tr("No meeting yet.\nPlan the first one: then prepare its agenda, "
                        "mark who comes, and record the decisions and actions."),
                self.tr("New meeting"))

    def _empty_action(self) -> None:
        if self.in_trash_mode():
            self.trash_check.setChecked(False)
        elif self.filters_active():
            self.clear_filters()
        else:
            self.create_meeting()

    def clear_filters(self) -> None:
        combos = (self.project_filter, self.status_filter, self.period_filter)
        with signals_blocked(*combos, self.search_edit):
            for combo in combos:
                combo.setCurrentIndex(0)
            self.search_edit.clear()
        self.refresh()

    def selected_row(self) -> MeetingRow | None:
        return selected_record(self.table, self.proxy, self.model.row_at)

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, meeting_id: str) -> bool:
        return select_source_row(self.table, self.proxy,
                                 self.model.row_of(lambda r: r.id == meeting_id))

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
        meeting_id = self.selected_id()
        if meeting_id:
            self.open_requested.emit(meeting_id)

    def create_meeting(self) -> None:
        if self.in_trash_mode():
            return
        changes = MeetingDialog.ask(self.context.services,
                                    project_id=self.project_filter.currentData(), parent=self)
        created = self.context.publish(changes)
        if created:
            self.open_requested.emit(created)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.meeting.audit.in_trash:
            return
        self.context.publish(MeetingDialog.ask(self.context.services, row.meeting,
                                               parent=self))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not row.meeting.audit.in_trash:
            self.context.trash("meeting", row.id, row.meeting.title)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.meeting.audit.in_trash:
            self.context.restore("meeting", row.id, row.meeting.title)
