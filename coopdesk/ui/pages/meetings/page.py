"""The Meetings page (Réunions): the list of meetings, and one meeting's page in its place
to prepare and hold it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from coopdesk.domain.enums import MeetingStatus
from coopdesk.services.meeting_details import AttendanceLine
from coopdesk.ui.pages.list_detail import ListDetailPage, Location
from coopdesk.ui.pages.meetings.detail_view import MeetingDetailView
from coopdesk.ui.pages.meetings.list_view import MeetingListView


class MeetingsPage(ListDetailPage):
    page_id = "meetings"
    watches = frozenset({"meeting", "agenda_item", "attendance", "decision", "action",
                         "project", "project_partner", "organisation", "person"})
    list_view: MeetingListView
    detail_view: MeetingDetailView

    def make_views(self) -> tuple[MeetingListView, MeetingDetailView]:
        return MeetingListView(self.context, self), MeetingDetailView(self.context, self)

    def title(self) -> str:
        return self.tr("Meetings")

    def open_meeting(self, meeting_id: str) -> bool:
        return self.open_record(meeting_id)

    def locate(self, kind: str, record_id: str) -> Location | None:
        s, view = self.services, self.detail_view
        if kind == "meeting":
            return s.meetings.get(record_id).id, None, None
        if kind == "agenda_item":
            return (s.agenda.get(record_id).meeting_id, view.AGENDA,
                    lambda: view.agenda.select(record_id))
        if kind == "attendance":
            return (s.attendance.get(record_id).meeting_id, view.ATTENDANCE,
                    lambda: view.attendance.select(record_id))
        if kind == "decision":
            return (s.decisions.get(record_id).meeting_id, view.DECISIONS,
                    lambda: view.decisions.select(record_id))
        return None

    def current_record(self) -> tuple[str, str] | None:
        """The part of the open meeting the focus is in (an agenda item, a decision, an
        attendance line), else the open meeting; in the list, the selected meeting."""
        view = self.detail_view
        if not self.showing_detail() or view.record_id is None:
            return super().current_record()
        focus = QApplication.focusWidget()
        part: tuple[str, str | None] | None = None
        if focus is not None and view.agenda.isAncestorOf(focus):
            part = ("agenda_item", view.agenda.selected_id())
        elif focus is not None and view.decisions.isAncestorOf(focus):
            part = ("decision", view.decisions.selected_id())
        elif focus is not None and view.attendance.isAncestorOf(focus):
            lines = view.attendance.selected_items()
            if len(lines) == 1 and isinstance(lines[0], AttendanceLine):
                part = ("attendance", lines[0].id)
        if part is not None and part[1]:
            return part[0], part[1]
        return "meeting", view.record_id

    # -- screenshots ---------------------------------------------------------------------
    def screenshot_tabs(self) -> list[tuple[str, int]]:
        view = self.detail_view
        return [("detail", view.AGENDA), ("attendance", view.ATTENDANCE),
                ("decisions", view.DECISIONS), ("follow-up", view.FOLLOW_UP)]

    def showcase_id(self) -> str | None:
        return self._richest_meeting()

    def _richest_meeting(self) -> str | None:
        """The held meeting with the most decisions and agenda items (else any meeting)."""
        details = self.services.meeting_details
        rows = details.rows(status=MeetingStatus.HELD) or details.rows()
        if not rows:
            return None
        return max(rows, key=lambda r: (r.decision_count, r.agenda_count)).id
