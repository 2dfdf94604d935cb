"""The Meetings page (Réunions): the list of meetings, and one meeting's page in its place
to prepare and hold it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.errors import NotFoundError
from coopdesk.services.meeting_details import AttendanceLine
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.meetings.detail_view import MeetingDetailView
from coopdesk.ui.pages.meetings.list_view import MeetingListView
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.page_context import PageContext


class MeetingsPage(Page):
    page_id = "meetings"
    watches = frozenset({"meeting", "agenda_item", "attendance", "decision", "action",
                         "project", "project_partner", "organisation", "person"})

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.messages = MessageBar(self)
        self.context = PageContext(services, bus, self.messages)
        self.list_view = MeetingListView(self.context, self)
        self.detail_view = MeetingDetailView(self.context, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.stack, 1)
        self.list_view.open_requested.connect(self.open_meeting)
        self.detail_view.back_requested.connect(self.show_list)
        self.refresh()

    def create_new(self) -> None:
        if self.showing_detail():
            self.detail_view.create_in_current_tab()
        else:
            self.list_view.create_meeting()

    def title(self) -> str:
        return self.tr("Meetings")

    def refresh(self) -> None:
        self.list_view.refresh()
        if self.showing_detail() and not self.detail_view.refresh():
            self.show_list()

    def showing_detail(self) -> bool:
        return self.stack.currentWidget() is self.detail_view

    # -- navigation ----------------------------------------------------------------------
    def open_meeting(self, meeting_id: str) -> bool:
        if not self.detail_view.show_meeting(meeting_id):
            return False
        self.messages.hide()
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.tabs.setFocus()
        return True

    def show_list(self) -> None:
        previous = self.detail_view.meeting_id
        self.detail_view.agenda.editor.commit()
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.refresh()
        if previous:
            self.list_view.select(previous)
        self.list_view.table.setFocus()

    def show_record(self, kind: str, record_id: str) -> bool:
        try:
            target = self._locate(kind, record_id)
        except NotFoundError:
            return False
        if target is None or not self.open_meeting(target[0]):
            return False
        tab, select = target[1], target[2]
        if tab is not None:
            self.detail_view.tabs.setCurrentIndex(tab)
        if select is not None:
            select()
        return True

    def _locate(self, kind: str, record_id: str
                ) -> tuple[str, int | None, Callable[[], object] | None] | None:
        """(meeting id, tab to show, how to select the record) for a record of *kind*."""
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
        if not self.showing_detail():
            meeting_id = self.list_view.selected_id()
            return ("meeting", meeting_id) if meeting_id else None
        view = self.detail_view
        if view.meeting_id is None:
            return None
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
        return "meeting", view.meeting_id

    # -- screenshots and search ----------------------------------------------------------
    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        richest = self._richest_meeting()
        if richest is None:
            return []

        def on_tab(tab: int) -> Callable[[], None]:
            def put() -> None:
                self.open_meeting(richest)
                self.detail_view.tabs.setCurrentIndex(tab)
            return put

        def edit_form() -> None:
            # Opens the (modal) meeting form; the screenshot tool captures and closes it.
            self.open_meeting(richest)
            self.detail_view.edit_meeting()

        view = self.detail_view
        return [("detail", on_tab(view.AGENDA)), ("attendance", on_tab(view.ATTENDANCE)),
                ("decisions", on_tab(view.DECISIONS)), ("follow-up", on_tab(view.FOLLOW_UP)),
                ("form", edit_form)]

    def _richest_meeting(self) -> str | None:
        """The held meeting with the most decisions and agenda items (else any meeting)."""
        details = self.services.meeting_details
        rows = details.rows(status=MeetingStatus.HELD) or details.rows()
        if not rows:
            return None
        return max(rows, key=lambda r: (r.decision_count, r.agenda_count)).id

    def focus_search(self) -> bool:
        if self.showing_detail():
            self.show_list()
        self.list_view.search_edit.setFocus()
        self.list_view.search_edit.selectAll()
        return True
