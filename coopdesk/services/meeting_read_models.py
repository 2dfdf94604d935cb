"""Frozen read models of the Meetings page: a meeting's row in the list and everything its
page shows (agenda, attendance by organisation, decisions and their actions, follow-up)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain.enums import AttendanceStatus
from coopdesk.services import read_models as rm

ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)


class Period(StrEnum):
    """Meetings still to come (or going on) and meetings that are over."""

    UPCOMING = "upcoming"
    PAST = "past"


@dataclass(frozen=True)
class MeetingRow:
    meeting: rm.Meeting
    project_title: str
    agenda_count: int
    decision_count: int

    @property
    def id(self) -> str:
        return self.meeting.id


@dataclass(frozen=True)
class AgendaLine:
    item: rm.AgendaItem
    #: 1 for the first item of the agenda.
    number: int
    presenter_name: str

    @property
    def id(self) -> str:
        return self.item.id


@dataclass(frozen=True)
class AttendanceLine:
    attendance: rm.Attendance
    #: Empty for a line that names an organisation only.
    person_name: str
    represented_by_name: str

    @property
    def id(self) -> str:
        return self.attendance.id

    @property
    def status(self) -> AttendanceStatus:
        return self.attendance.status


@dataclass(frozen=True)
class AttendanceGroup:
    """The lines of one organisation (None: people of no organisation)."""

    organisation_id: str | None
    organisation_name: str
    is_partner: bool
    lines: tuple[AttendanceLine, ...]

    @property
    def attending(self) -> bool:
        """Someone of the organisation is present or represented."""
        return any(line.status in ATTENDING for line in self.lines)


@dataclass(frozen=True)
class AttendanceCounts:
    present: int = 0
    excused: int = 0
    absent: int = 0
    represented: int = 0

    def of(self, status: AttendanceStatus) -> int:
        count: int = getattr(self, status.value)
        return count

    @property
    def total(self) -> int:
        return self.present + self.excused + self.absent + self.represented


@dataclass(frozen=True)
class ActionLine:
    action: rm.Action
    owner_person_name: str
    owner_organisation_name: str

    @property
    def id(self) -> str:
        return self.action.id

    @property
    def owner_name(self) -> str:
        """Who does it: the person, else the organisation."""
        return self.owner_person_name or self.owner_organisation_name


@dataclass(frozen=True)
class DecisionLine:
    decision: rm.Decision
    agenda_title: str
    #: The actions created from this decision.
    actions: tuple[ActionLine, ...]

    @property
    def id(self) -> str:
        return self.decision.id


@dataclass(frozen=True)
class MeetingDetail:
    """Everything the page of one meeting shows."""

    meeting: rm.Meeting
    project_title: str
    secretary_name: str
    agenda: tuple[AgendaLine, ...]
    #: Sum of the agenda items' planned durations.
    planned_minutes: int
    attendance: tuple[AttendanceGroup, ...]
    counts: AttendanceCounts
    #: The project's quorum (None when it sets none or the meeting has no project).
    quorum: int | None
    partner_count: int
    #: Partner organisations with someone present or represented.
    partners_attending: int
    quorum_reached: bool | None
    #: People of the partner organisations who are not on the attendance list yet.
    missing_people: int
    decisions: tuple[DecisionLine, ...]
    #: Open actions of the project to follow up (not those from this meeting's decisions).
    follow_up: tuple[ActionLine, ...]

    @property
    def length_minutes(self) -> int | None:
        return self.meeting.planned_minutes

    @property
    def minutes_over(self) -> int:
        """How much longer the agenda is than the meeting (0 when it fits or is unknown)."""
        length = self.length_minutes
        return max(0, self.planned_minutes - length) if length is not None else 0

    def agenda_line(self, item_id: str) -> AgendaLine | None:
        return next((line for line in self.agenda if line.id == item_id), None)

    def decision_line(self, decision_id: str) -> DecisionLine | None:
        return next((line for line in self.decisions if line.id == decision_id), None)

    def attendance_line(self, attendance_id: str) -> AttendanceLine | None:
        return next((line for group in self.attendance for line in group.lines
                     if line.id == attendance_id), None)

