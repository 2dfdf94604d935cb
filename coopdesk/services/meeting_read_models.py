"""Frozen read models of the Meetings page: a meeting's row in the list and everything its
page shows (agenda, attendance by organisation, decisions and their actions, follow-up)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain.enums import AttendanceStatus, PartnerRole
from coopdesk.domain.quorum import ProxyRefusal, QuorumCount, QuorumRule
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
    #: Its role in the meeting's project (None: not a partner).
    role: PartnerRole | None = None
    #: It votes in the project's meetings (counts toward the quorum).
    votes: bool = False

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


class SignatoryRole(StrEnum):
    PRESIDENT = "president"
    SECRETARY = "secretary"
    OTHER = "other"


@dataclass(frozen=True)
class Signatory:
    """Someone who signs the minutes: who, their role in their organisation, which one."""

    role: SignatoryRole
    name: str
    person_role: str = ""
    organisation_name: str = ""


@dataclass(frozen=True)
class RefusedProxyLine:
    """A proxy the quorum does not count, with the names the page and minutes print."""

    organisation_name: str
    holder_name: str
    reason: ProxyRefusal


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
    #: The quorum counted with the meeting's rule (its own, else its project's).
    quorum_count: QuorumCount
    #: People of the partner organisations who are not on the attendance list yet.
    missing_people: int
    decisions: tuple[DecisionLine, ...]
    #: Open actions of the project to follow up (not those from this meeting's decisions).
    follow_up: tuple[ActionLine, ...]
    president_name: str = ""
    #: Who convened the meeting (role OTHER), None when not said.
    convener: Signatory | None = None
    #: Who signs: the président(e) and the secretary of the meeting, then the others.
    signatories: tuple[Signatory, ...] = ()
    refused_proxies: tuple[RefusedProxyLine, ...] = ()
    #: The project has a lead partner (chef de file): a consortium, or one named lead.
    has_lead: bool = False

    @property
    def quorum_rule(self) -> QuorumRule:
        return self.quorum_count.rule

    @property
    def quorum(self) -> int | None:
        """Voting organisations needed (None when no quorum is set)."""
        return self.quorum_count.required

    @property
    def partner_count(self) -> int:
        """Partner organisations that vote."""
        return self.quorum_count.voting

    @property
    def partners_attending(self) -> int:
        """Voting organisations present or represented (proxies within the rules)."""
        return self.quorum_count.attending

    @property
    def quorum_reached(self) -> bool | None:
        return self.quorum_count.reached

    @property
    def non_voting_attending(self) -> tuple[AttendanceGroup, ...]:
        """Organisations present or represented that do not vote (a funder, a guest)."""
        return tuple(g for g in self.attendance if g.organisation_id is not None
                     and not g.votes and g.attending)

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

