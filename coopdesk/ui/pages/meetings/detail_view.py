"""One meeting's page: a header saying what, when, where and who takes the minutes, then
the agenda, attendance, decisions and the actions to follow up in tabs."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from PySide6.QtCore import QDate, QLocale, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QWidget

from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.meeting_details import MeetingDetail
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.list_detail import DetailTexts, RecordDetailView
from coopdesk.ui.pages.meetings.agenda_tab import AgendaTab
from coopdesk.ui.pages.meetings.attendance_tab import AttendanceTab
from coopdesk.ui.pages.meetings.decisions_tab import DecisionsTab
from coopdesk.ui.pages.meetings.follow_up_tab import FollowUpTab
from coopdesk.ui.pages.meetings.meeting_dialog import MeetingDialog
from coopdesk.ui.pages.meetings.minutes_menu import MinutesMenu
from coopdesk.ui.pages.meetings.models import first_line
from coopdesk.ui.pages.meetings.widgets import duration_text
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.facts import FactGrid
from coopdesk.ui.widgets.page_context import PageContext


def _day_text(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)


def _time_text(value: dt.datetime) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


class MeetingDetailView(RecordDetailView[MeetingDetail]):
    kind = "meeting"
    AGENDA, ATTENDANCE, DECISIONS, FOLLOW_UP = range(4)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.held_button = button(self.tr("Mark as held"), self.mark_held, self,
                                  tooltip=self.tr("The meeting took place: its minutes can "
                                                  "be written"))
        self.video_button = button(self.tr("Join the video call"), self.open_video, self)
        self.minutes = MinutesMenu(context, self)
        self.facts = FactGrid(self)
        self.people_facts = FactGrid(self)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts, 3)
        facts_row.addWidget(self.people_facts, 2)
        self.agenda = AgendaTab(context, self)
        self.attendance = AttendanceTab(context, self)
        self.decisions = DecisionsTab(context, self)
        self.follow_up = FollowUpTab(context, self)
        self.lay_out([self.video_button, self.held_button, self.minutes.button], facts_row,
                     [self.agenda, self.attendance, self.decisions, self.follow_up])

    @property
    def meeting_id(self) -> str | None:
        return self.record_id

    def texts(self) -> DetailTexts:
        return DetailTexts(back=self.tr("← All meetings"),
                           back_tip=self.tr("Back to the list of meetings (Alt+Left)"),
                           edit_tip=self.tr("Title, date, place, status, secretary"),
                           delete_tip=self.tr("Move the meeting to the trash"))

    # -- showing -------------------------------------------------------------------------
    def open(self, record_id: str) -> bool:
        if record_id != self.record_id:
            if not self.leave():
                return False  # notes that cannot be saved are not thrown away
            self.agenda.editor.load(None)
        return super().open(record_id)

    def leave(self) -> bool:
        return self.agenda.editor.commit()

    def load(self, record_id: str) -> MeetingDetail:
        return self.context.services.meeting_details.detail(record_id)

    def record(self) -> rm.Meeting | None:
        return self.detail.meeting if self.detail else None

    def show_detail(self, detail: MeetingDetail) -> None:
        read_only = self.is_read_only(detail)
        self._show_header(detail)
        self.minutes.set_detail(detail)
        self.agenda.set_detail(detail, read_only)
        self.attendance.set_detail(detail, read_only)
        self.decisions.set_detail(detail, read_only)
        self.follow_up.set_detail(detail, read_only)
        self._name_tabs(detail)

    @staticmethod
    def is_read_only(detail: MeetingDetail) -> bool:
        """In the trash, or its minutes approved (locked)."""
        meeting = detail.meeting
        return meeting.audit.in_trash or meeting.status is MeetingStatus.APPROVED

    def _show_header(self, detail: MeetingDetail) -> None:
        meeting = detail.meeting
        in_trash = meeting.audit.in_trash
        self.title_label.setText(meeting.title)
        self.kind_label.setText(self.tr("{status} · {project}").format(
            status=enum_label(meeting.status), project=detail.project_title)
            if detail.project_title else enum_label(meeting.status))
        if in_trash:
            self.show_banner(self.tr("This meeting is in the trash."))
        elif meeting.status is MeetingStatus.APPROVED:
            self.show_banner(self.tr(
                "The minutes of this meeting were approved at the meeting “{approving}”: it "
                "can no longer be changed, only annotated (Minutes ▸ Annotate…).").format(
                    approving=self._approving_title(meeting.approved_in_meeting_id)))
        else:
            self.show_banner("")
        locked = meeting.status is MeetingStatus.APPROVED
        self.edit_button.setEnabled(not in_trash and not locked)
        self.delete_button.setEnabled(not in_trash and not locked)
        self.held_button.setVisible(meeting.status is MeetingStatus.PLANNED and not in_trash)
        self.video_button.setVisible(bool(meeting.video_link))
        self.facts.set_facts([
            (self.tr("When"), self.when_text(detail)),
            (self.tr("Place"), meeting.place),
            (self.tr("Video link"), meeting.video_link),
            # One line in the header (the whole notes in its tooltip and in the form).
            (self.tr("Notes"), first_line(meeting.notes, 70))],
            empty_text=self.tr("No place recorded yet: “Edit…” to say where it takes place."))
        self.facts.setToolTip(meeting.notes)
        self.people_facts.set_facts([
            (self.tr("Kind"), enum_label(meeting.kind)),
            (self.tr("President"), detail.president_name),
            (self.tr("Secretary"), detail.secretary_name)])

    def _approving_title(self, meeting_id: str | None) -> str:
        try:
            return self.context.services.meetings.get(meeting_id).title if meeting_id else "?"
        except NotFoundError:
            return "?"

    def when_text(self, detail: MeetingDetail) -> str:
        meeting = detail.meeting
        start, end = meeting.starts_at, meeting.ends_at
        day = _day_text(start.date())
        if end is None:
            return self.tr("{day} at {start}").format(day=day, start=_time_text(start))
        length = duration_text(detail.length_minutes)
        if end.date() == start.date():
            return self.tr("{day}, {start} – {end} ({length})").format(
                day=day, start=_time_text(start), end=_time_text(end), length=length)
        return self.tr("{day} at {start} to {end_day} at {end} ({length})").format(
            day=day, start=_time_text(start), end_day=_day_text(end.date()),
            end=_time_text(end), length=length)

    def _name_tabs(self, detail: MeetingDetail) -> None:
        counts = detail.counts
        self.tabs.setTabText(self.AGENDA, self.tr("Agenda ({count})").format(
            count=len(detail.agenda)))
        self.tabs.setTabText(self.ATTENDANCE, self.tr("Attendance ({attending} of {total})")
                             .format(attending=counts.present + counts.represented,
                                     total=counts.total) if counts.total
                             else self.tr("Attendance"))
        self.tabs.setTabText(self.DECISIONS, self.tr("Decisions ({count})").format(
            count=len(detail.decisions)))
        self.tabs.setTabText(self.FOLLOW_UP, self.tr("To follow up ({count})").format(
            count=len(detail.follow_up)))

    # -- acting --------------------------------------------------------------------------
    def create_in_current_tab(self) -> None:
        if self.detail is None or self.is_read_only(self.detail):
            return
        tab = self.tabs.currentIndex()
        if tab == self.ATTENDANCE:
            self.attendance.add_line()
        elif tab == self.DECISIONS:
            self.decisions.add_decision()
        elif tab == self.FOLLOW_UP:
            self.follow_up.add_agenda_item()
        else:
            self.agenda.add_item()

    def ask_edit(self) -> Changes | None:
        if self.detail is None:
            return None
        return MeetingDialog.ask(self.context.services, self.detail.meeting, parent=self)

    def mark_held(self) -> None:
        if self.detail is None or not self.agenda.editor.commit():
            return
        meeting = self.detail.meeting
        values = {field.name: getattr(meeting, field.name) for field in fields(MeetingFields)}
        held = MeetingFields(**{**values, "status": MeetingStatus.HELD})
        self.context.run(lambda: self.context.services.meetings.update(meeting.id, held))

    def open_video(self) -> None:
        if self.detail is not None and self.detail.meeting.video_link:
            QDesktopServices.openUrl(QUrl.fromUserInput(self.detail.meeting.video_link))
