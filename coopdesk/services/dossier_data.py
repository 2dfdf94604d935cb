"""Everything the cooperation dossier of one project shows, gathered from the read services:
the project and its framework, its meetings with their decisions, its actions, the pooled
resources lent for it with the in-kind totals, and its reviews."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from coopdesk.domain.enums import ActionStatus, AttendanceStatus
from coopdesk.domain.errors import CoopdeskError, NotFoundError
from coopdesk.services import read_models as rm
from coopdesk.services.action_plan import ActionFilter, ActionRow
from coopdesk.services.actions import ActionService
from coopdesk.services.kinds import spec_of
from coopdesk.services.meeting_read_models import fold
from coopdesk.services.pooling import ResourceService
from coopdesk.services.pooling_register import BookingLine, PartnerTotal
from coopdesk.services.projects import ProjectDetail, ProjectService
from coopdesk.services.records import to_read
from coopdesk.services.review_history import ScoreGrid
from coopdesk.services.reviews import ReviewService
from coopdesk.store import models as m
from coopdesk.store.db import Database

#: Bounds wide enough for every booking a project can have.
_EVER = (dt.date(1900, 1, 1), dt.date(9999, 12, 30))


class AmbiguousNameError(CoopdeskError):
    template = "Several records match {text}: {candidates}."


def pick_by_name(kind: str, text: str, rows: Sequence[Sequence[Any]],
                 describe: Callable[[Sequence[Any]], str]) -> str:
    """The id (first column) of the row whose id is *text*, else whose title (second column)
    is *text* (case and accents ignored), else of the only one whose title contains it.

    Raises AmbiguousNameError (listing each match through *describe*) when several rows
    match, NotFoundError (of *kind*) when none does.
    """
    wanted = text.strip()
    for row in rows:
        if row[0] == wanted:
            return str(row[0])
    key = fold(wanted)
    for matches in ([r for r in rows if fold(r[1]) == key],
                    [r for r in rows if key and key in fold(r[1])]):
        if len(matches) == 1:
            return str(matches[0][0])
        if len(matches) > 1:
            raise AmbiguousNameError(text=wanted, candidates="; ".join(map(describe, matches)))
    raise NotFoundError(kind=kind, id=wanted)


@dataclass(frozen=True)
class DossierDecision:
    decision: rm.Decision
    agenda_title: str


@dataclass(frozen=True)
class DossierMeeting:
    meeting: rm.Meeting
    secretary_name: str
    #: Organisations with someone present or represented, by name.
    organisations_attending: tuple[str, ...]
    counts: dict[AttendanceStatus, int]
    decisions: tuple[DossierDecision, ...]
    #: The meeting whose members approved these minutes (None: not approved yet).
    approved_in: rm.Meeting | None


@dataclass(frozen=True)
class DossierData:
    cooperation_name: str
    detail: ProjectDetail
    meetings: tuple[DossierMeeting, ...]
    #: Every live action of the project, the soonest due first.
    actions: tuple[ActionRow, ...]
    bookings: tuple[BookingLine, ...]
    totals: tuple[PartnerTotal, ...]
    reviews: tuple[ScoreGrid, ...]
    today: dt.date

    @property
    def project(self) -> rm.Project:
        return self.detail.project

    def action_count(self, status: ActionStatus) -> int:
        return sum(1 for row in self.actions if row.action.status is status)

    @property
    def overdue_count(self) -> int:
        return sum(1 for row in self.actions if row.overdue)


class DossierDataService:
    """Reads one project's dossier; Qt-free, so the command line and tests use it too."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.projects = ProjectService(db, spec_of("project"))
        self.actions = ActionService(db, spec_of("action"))
        self.resources = ResourceService(db, spec_of("resource"))
        self.reviews = ReviewService(db, spec_of("review"))

    def gather(self, project_id: str, *, cooperation_name: str = "",
               today: dt.date | None = None) -> DossierData:
        day = today or dt.date.today()
        detail = self.projects.detail(project_id)
        actions = self.actions.rows(ActionFilter(project_id=project_id, today=day),
                                        limit=None)
        bookings = [line for line in self.resources.bookings()
                    if line.booking.project_id == project_id]
        totals = self.resources.totals(*_EVER, project_id=project_id)
        history = self.reviews.history(project_id, today=day)
        reviews = [self.reviews.grid(line.review.id) for line in history.reviews]
        return DossierData(cooperation_name=cooperation_name, detail=detail,
                           meetings=tuple(self._meetings(project_id)), actions=tuple(actions),
                           bookings=tuple(bookings), totals=tuple(totals),
                           reviews=tuple(reviews), today=day)

    def find_project(self, text: str) -> str:
        """The id of the live project whose id is *text*, else whose title is *text* (case and
        accents ignored), else the only one whose title contains it."""
        with self.db.reading() as session:
            rows = session.execute(select(m.Project.id, m.Project.title)
                                   .where(m.Project.deleted_at.is_(None))
                                   .order_by(func.lower(m.Project.title))).all()
        return pick_by_name("project", text, rows, lambda row: f"{row[1]} ({row[0]})")

    def _meetings(self, project_id: str) -> list[DossierMeeting]:
        with self.db.reading() as session:
            meetings = [to_read(r, rm.Meeting) for r in session.scalars(
                select(m.Meeting).where(m.Meeting.project_id == project_id,
                                        m.Meeting.deleted_at.is_(None))
                .order_by(m.Meeting.starts_at, m.Meeting.id))]
            ids = [meeting.id for meeting in meetings]
            decisions: dict[str, list[DossierDecision]] = defaultdict(list)
            for decision, agenda_title in session.execute(
                    select(m.Decision, m.AgendaItem.title)
                    .outerjoin(m.AgendaItem, m.AgendaItem.id == m.Decision.agenda_item_id)
                    .where(m.Decision.meeting_id.in_(ids), m.Decision.deleted_at.is_(None))
                    .order_by(m.Decision.created_at, m.Decision.id)):
                decisions[decision.meeting_id].append(
                    DossierDecision(to_read(decision, rm.Decision), agenda_title or ""))
            counts: dict[str, dict[AttendanceStatus, int]] = defaultdict(dict)
            attending: dict[str, set[str]] = defaultdict(set)
            person_org = func.coalesce(m.Attendance.organisation_id, m.Person.organisation_id)
            for meeting_id, status, org_name in session.execute(
                    select(m.Attendance.meeting_id, m.Attendance.status, m.Organisation.name)
                    .outerjoin(m.Person, m.Person.id == m.Attendance.person_id)
                    .outerjoin(m.Organisation, m.Organisation.id == person_org)
                    .where(m.Attendance.meeting_id.in_(ids), m.Attendance.deleted_at.is_(None))):
                found = counts[meeting_id]
                found[status] = found.get(status, 0) + 1
                if org_name and status in (AttendanceStatus.PRESENT,
                                           AttendanceStatus.REPRESENTED):
                    attending[meeting_id].add(org_name)
            # The approving meeting is usually a later one of the project, not always.
            by_id = {meeting.id: meeting for meeting in meetings}
            approving = {x.approved_in_meeting_id for x in meetings
                         if x.approved_in_meeting_id and x.approved_in_meeting_id not in by_id}
            by_id.update({r.id: to_read(r, rm.Meeting) for r in session.scalars(
                select(m.Meeting).where(m.Meeting.id.in_(approving)))})
            people = {pid: f"{first} {last}".strip() for pid, first, last in session.execute(
                select(m.Person.id, m.Person.first_name, m.Person.last_name).where(
                    m.Person.id.in_({x.secretary_person_id for x in meetings
                                     if x.secretary_person_id})))}
        return [DossierMeeting(
            meeting=meeting, secretary_name=people.get(meeting.secretary_person_id or "", ""),
            organisations_attending=tuple(sorted(attending[meeting.id], key=str.casefold)),
            counts=counts[meeting.id], decisions=tuple(decisions[meeting.id]),
            approved_in=by_id.get(meeting.approved_in_meeting_id or ""))
            for meeting in meetings]
