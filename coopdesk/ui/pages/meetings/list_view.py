"""The list of meetings with its filters: project, status, upcoming or past."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from coopdesk.domain.enums import MeetingStatus
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.meeting_details import MeetingRow, Period
from coopdesk.ui.pages.meetings.meeting_dialog import MeetingDialog
from coopdesk.ui.pages.meetings.models import meeting_columns
from coopdesk.ui.pages.record_list_view import ListTexts, RecordListView
from coopdesk.ui.widgets.page_context import PageContext


class MeetingListView(RecordListView[MeetingRow]):
    kind = "meeting"
    stretch_column = 1
    sort_order = (0, Qt.SortOrder.DescendingOrder)  # the latest first
    widest_columns: ClassVar[dict[int, int]] = {2: 28, 3: 28}

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_columns(), parent)

    def texts(self) -> ListTexts:
        return ListTexts(
            table=self.tr("Meetings"), search=self.tr("Search meetings"),
            search_hint=self.tr("Search a title, a place or a project…"),
            new=self.tr("New meeting"), new_tip=self.tr("Plan a meeting (Ctrl+N)"),
            open_tip=self.tr("Show the meeting's page: agenda, attendance, decisions (Enter)"),
            edit_tip=self.tr("Edit the meeting (F2)"),
            delete_tip=self.tr("Move the meeting to the trash (Del)"),
            trash_tip=self.tr("Show the meetings in the trash, to restore them"),
            nothing_yet=self.tr("No meeting yet.\nPlan the first one: then prepare its "
                                "agenda, mark who comes, and record the decisions and "
                                "actions."),
            no_match=self.tr("No meeting matches these filters."),
            empty_trash=self.tr("The trash holds no meeting."),
            back_from_trash=self.tr("Back to the meetings"))

    def count_text(self, count: int) -> str:
        return self.tr("%n meeting(s)", "", count)

    def build_filters(self) -> list[QComboBox]:
        self.project_filter = self.record_filter(self.tr("Project"), 14)
        self.status_filter = self.enum_filter(self.tr("Status"), self.tr("All statuses"),
                                              MeetingStatus)
        self.period_filter = self.record_filter(self.tr("Upcoming or past"))
        for text, period in ((self.tr("Upcoming and past"), None),
                             (self.tr("Upcoming"), Period.UPCOMING.value),
                             (self.tr("Past"), Period.PAST.value)):
            self.period_filter.addItem(text, period)
        return [self.project_filter, self.status_filter, self.period_filter]

    def fill_filters(self) -> None:
        self.fill_combo(self.project_filter, self.tr("All projects"),
                        ((p.id, p.title) for p in self.context.services.projects.list()))

    def load_rows(self, text: str, include_deleted: bool) -> list[MeetingRow]:
        status, period = self.status_filter.currentData(), self.period_filter.currentData()
        return self.context.services.meeting_details.rows(
            project_id=self.project_filter.currentData(),
            status=MeetingStatus(status) if status else None,
            period=Period(period) if period else None,
            text=text, include_deleted=include_deleted)

    def record(self, row: MeetingRow) -> rm.Meeting:
        return row.meeting

    def ask_new(self) -> Changes | None:
        return MeetingDialog.ask(self.context.services,
                                 project_id=self.project_filter.currentData(), parent=self)

    def ask_edit(self, row: MeetingRow) -> Changes | None:
        return MeetingDialog.ask(self.context.services, row.meeting, parent=self)
