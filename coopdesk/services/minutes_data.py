"""What the minutes of a meeting print, as one frozen read model, and the lifecycle of the
minutes: approval at a later meeting (which locks the meeting), annotations afterwards, and
the carry-over of the project's open actions into the next meeting's agenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import MeetingStatus, PartnerRole
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.meetings import AgendaItemFields
from coopdesk.domain.quorum import partner_votes
from coopdesk.domain.text import fold_words
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.document_wording import Wording
from coopdesk.services.dossier_data import pick_by_name
from coopdesk.services.meeting_details import MeetingDetailService
from coopdesk.services.meeting_lock import ensure_editable
from coopdesk.services.meeting_read_models import ActionLine, MeetingDetail
from coopdesk.services.records import to_read
from coopdesk.store import models as m
from coopdesk.store.audit import profile_of
from coopdesk.store.db import Database, folded_sql

#: The words of carried agenda items (stored data: written in the user's language).
CARRY_CONTEXT = "MinutesDocument"


@dataclass(frozen=True)
class MinutesData:
    """Everything the minutes of one meeting print."""

    detail: MeetingDetail
    cooperation_name: str
    #: The partner organisations of the project, lead first.
    partners: tuple[str, ...]
    lead_name: str
    #: The later meeting whose participants approved these minutes.
    approved_in: rm.Meeting | None
    #: Earlier meetings whose minutes this meeting approved.
    approves: tuple[rm.Meeting, ...]
    next_meeting: rm.Meeting | None
    annotations: str
    #: (name, votes) of each partner organisation, in the order of `partners`.
    partner_votes: tuple[tuple[str, bool], ...] = ()

    @property
    def meeting(self) -> rm.Meeting:
        return self.detail.meeting

    @property
    def decided_actions(self) -> tuple[tuple[int, ActionLine], ...]:
        """(decision number, action) of every action decided at this meeting."""
        return tuple((number, action)
                     for number, line in enumerate(self.detail.decisions, start=1)
                     for action in line.actions)

    @property
    def carried(self) -> tuple[ActionLine, ...]:
        """Open actions of the project decided earlier (or outside meetings)."""
        return self.detail.follow_up


class MinutesDataService:
    """Gathers the minutes of a meeting; approves, annotates and carries over."""

    def __init__(self, db: Database, details: MeetingDetailService | None = None) -> None:
        self.db = db
        self.details = details or MeetingDetailService(db)

    # -- reading -----------------------------------------------------------------------
    def gather(self, meeting_id: str, cooperation_name: str = "") -> MinutesData:
        detail = self.details.detail(meeting_id)
        meeting = detail.meeting
        with self.db.reading() as session:
            record = session.get(m.Meeting, meeting_id)
            assert record is not None  # detail() found it
            partners = self._partners(session, meeting.project_id)
            lead = ""
            if meeting.project_id:
                project = session.get(m.Project, meeting.project_id)
                org = (session.get(m.Organisation, project.lead_organisation_id)
                       if project and project.lead_organisation_id else None)
                lead = org.name if org else (partners[0][0] if partners and partners[0][1]
                                             else "")
            approved_in = session.get(m.Meeting, meeting.approved_in_meeting_id) \
                if meeting.approved_in_meeting_id else None
            approves = session.scalars(select(m.Meeting).where(
                m.Meeting.approved_in_meeting_id == meeting_id, m.Meeting.deleted_at.is_(None))
                .order_by(m.Meeting.starts_at)).all()
            return MinutesData(
                detail=detail, cooperation_name=cooperation_name,
                partners=tuple(name for name, _lead, _votes in partners), lead_name=lead,
                partner_votes=tuple((name, votes) for name, _lead, votes in partners),
                approved_in=to_read(approved_in, rm.Meeting) if approved_in else None,
                approves=tuple(to_read(r, rm.Meeting) for r in approves),
                next_meeting=self._next_meeting(session, record),
                annotations=record.annotations)

    @staticmethod
    def _partners(session: Session,
                  project_id: str | None) -> list[tuple[str, bool, bool]]:
        """(name, is lead, votes) of the project's live partner organisations, lead
        first."""
        if project_id is None:
            return []
        rank = case({role: n for n, role in enumerate(PartnerRole)},
                    value=m.ProjectPartner.role, else_=len(PartnerRole))
        rows = session.execute(
            select(m.Organisation.name, m.ProjectPartner.role, m.ProjectPartner.voting)
            .join(m.ProjectPartner, m.ProjectPartner.organisation_id == m.Organisation.id)
            .where(m.ProjectPartner.project_id == project_id,
                   m.ProjectPartner.deleted_at.is_(None), m.Organisation.deleted_at.is_(None))
            .order_by(rank, folded_sql(m.Organisation.name))).all()
        return [(name, role is PartnerRole.LEAD, partner_votes(role, voting))
                for name, role, voting in rows]

    @staticmethod
    def _next_meeting(session: Session, meeting: m.Meeting) -> rm.Meeting | None:
        if meeting.project_id is None:
            return None
        following = session.scalars(select(m.Meeting).where(
            m.Meeting.project_id == meeting.project_id, m.Meeting.deleted_at.is_(None),
            m.Meeting.status != MeetingStatus.CANCELLED,
            m.Meeting.starts_at > meeting.starts_at, m.Meeting.id != meeting.id)
            .order_by(m.Meeting.starts_at, m.Meeting.id).limit(1)).first()
        return to_read(following, rm.Meeting) if following is not None else None

    def find_meeting(self, text: str) -> str:
        """The id of the live meeting whose id is *text*, else whose title is *text* (case
        and accents ignored), else the only one whose title contains it."""
        with self.db.reading() as session:
            rows = session.execute(select(m.Meeting.id, m.Meeting.title, m.Meeting.starts_at)
                                   .where(m.Meeting.deleted_at.is_(None))
                                   .order_by(m.Meeting.starts_at, m.Meeting.id)).all()
        return pick_by_name("meeting", text, rows,
                            lambda row: f"{row[1]} ({row[2]:%Y-%m-%d}, {row[0]})")

    def approval_candidates(self, meeting_id: str) -> list[rm.Meeting]:
        """The meetings that may approve the minutes of *meeting_id*: later, not cancelled,
        of the same project when it has one; the nearest first."""
        with self.db.reading() as session:
            meeting = self._live(session, meeting_id)
            query = select(m.Meeting).where(
                m.Meeting.deleted_at.is_(None), m.Meeting.id != meeting_id,
                m.Meeting.status != MeetingStatus.CANCELLED,
                m.Meeting.starts_at > meeting.starts_at)
            if meeting.project_id:
                query = query.where(m.Meeting.project_id == meeting.project_id)
            return [to_read(r, rm.Meeting) for r in session.scalars(
                query.order_by(m.Meeting.starts_at, m.Meeting.id))]

    # -- lifecycle ---------------------------------------------------------------------
    def approve(self, meeting_id: str, approving_meeting_id: str) -> Changes:
        """Record that the meeting *approving_meeting_id* approved the minutes of
        *meeting_id*, which was held before it; the meeting is locked from then on."""
        with self.db.unit_of_work() as session:
            meeting = self._live(session, meeting_id)
            ensure_editable(session, meeting_id)
            if meeting.status is not MeetingStatus.HELD:
                raise ValidationError("status", "Only the minutes of a meeting that was held "
                                      "can be approved.")
            approving = session.get(m.Meeting, approving_meeting_id)
            if approving is None or approving.deleted_at is not None:
                raise ValidationError("approved_in_meeting_id", "The chosen {kind} does not "
                                      "exist or is in the trash.", kind="meeting")
            if approving.id == meeting.id or approving.starts_at <= meeting.starts_at:
                raise ValidationError("approved_in_meeting_id", "Minutes are approved at a "
                                      "later meeting.")
            if approving.status is MeetingStatus.CANCELLED:
                raise ValidationError("approved_in_meeting_id", "A cancelled meeting cannot "
                                      "approve minutes.")
            meeting.status = MeetingStatus.APPROVED
            meeting.approved_in_meeting_id = approving.id
            return Changes.of("meeting", meeting.id, approving.id)

    def annotate(self, meeting_id: str, text: str, now: dt.datetime | None = None) -> Changes:
        """Append a dated, signed note to approved minutes (the only change they take)."""
        note = text.strip()
        if not note:
            raise ValidationError("annotations", "Write the annotation first.")
        with self.db.unit_of_work() as session:
            meeting = self._live(session, meeting_id)
            if meeting.status is not MeetingStatus.APPROVED:
                raise ValidationError("annotations", "Only approved minutes are annotated; "
                                      "change the meeting itself instead.")
            moment = (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
            author = profile_of(session).name
            entry = f"{moment} — {author}\n{note}" if author else f"{moment}\n{note}"
            meeting.annotations = f"{meeting.annotations}\n\n{entry}" \
                if meeting.annotations else entry
            return Changes.of("meeting", meeting_id)

    def carry_over(self, meeting_id: str, wording: Wording | None = None) -> Changes:
        """Add one agenda item per open action of the project to *meeting_id*, each with the
        action's status, owner and due date in its notes (actions already carried into it,
        and those decided at it, are skipped)."""
        words = wording or Wording()
        detail = self.details.detail(meeting_id)
        with self.db.reading() as session:
            ensure_editable(session, meeting_id)
        existing = {fold_words(line.item.title) for line in detail.agenda}
        changes = Changes()
        for line in detail.follow_up:
            action = line.action
            title = words.tr(CARRY_CONTEXT, "Carried over: {action}").format(
                action=action.title)
            if fold_words(title) in existing:
                continue
            parts = [words.tr(CARRY_CONTEXT, "Status: {status}").format(
                status=words.label(action.status))]
            if line.owner_name:
                parts.append(words.tr(CARRY_CONTEXT, "Who: {who}").format(who=line.owner_name))
            if action.due_on:
                parts.append(words.tr(CARRY_CONTEXT, "Due: {date}").format(
                    date=words.date(action.due_on)))
            changes |= self.details.agenda.create(_carried_item(meeting_id, title[:500],
                                                                " · ".join(parts)))
            existing.add(fold_words(title))
        return changes

    @staticmethod
    def _live(session: Session, meeting_id: str) -> m.Meeting:
        meeting = session.get(m.Meeting, meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            raise NotFoundError(kind="meeting", id=meeting_id)
        return meeting


def _carried_item(meeting_id: str, title: str, notes: str) -> AgendaItemFields:
    return AgendaItemFields(meeting_id=meeting_id, title=title, notes=notes)

