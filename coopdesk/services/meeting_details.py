"""A meeting's page as one read model, the list of meetings, and the use cases that prepare
and hold a meeting: attendance filled from the project's partners, an action made from a
decision in one step, and the follow-up of the project's open actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import (
    OPEN_ACTION_STATUSES,
    AttendanceStatus,
    MeetingStatus,
    PartnerRole,
)
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.meetings import AgendaItemFields, AttendanceFields
from coopdesk.domain.quorum import Proxy, QuorumCount, QuorumRule, count_quorum, partner_votes
from coopdesk.domain.text import fold, fold_words
from coopdesk.services import read_models as rm
from coopdesk.services.actions import ActionService
from coopdesk.services.changes import Changes, Created
from coopdesk.services.kinds import spec_of
from coopdesk.services.meeting_lock import ensure_editable
from coopdesk.services.meeting_read_models import (
    ActionLine,
    AgendaLine,
    AttendanceCounts,
    AttendanceGroup,
    AttendanceLine,
    DecisionLine,
    MeetingDetail,
    MeetingRow,
    Period,
    RefusedProxyLine,
    Signatory,
    SignatoryRole,
)
from coopdesk.services.meetings import AgendaItemService
from coopdesk.services.records import to_read
from coopdesk.store import models as m
from coopdesk.store.base import Record
from coopdesk.store.db import Database, folded_sql
from coopdesk.store.sync_capture import fields_of_base, use_base

__all__ = [
    "ActionLine", "AgendaLine", "AttendanceCounts", "AttendanceGroup", "AttendanceLine",
    "DecisionLine", "MeetingDetail", "MeetingDetailService", "MeetingRow", "Period",
]


def _live(model: type[Record]) -> ColumnElement[bool]:
    return model.deleted_at.is_(None)


def _full_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def _people(session: Session, ids: Iterable[str | None]) -> dict[str, tuple[str, str | None]]:
    """(full name, organisation id) of each person named, trashed ones included."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(m.Person.id, m.Person.first_name, m.Person.last_name,
                                  m.Person.organisation_id).where(m.Person.id.in_(wanted)))
    return {pid: (_full_name(first, last), org) for pid, first, last, org in rows}


def _organisation_names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(m.Organisation.id, m.Organisation.name)
                           .where(m.Organisation.id.in_(wanted)))
    return {oid: name for oid, name in rows}


def _action_lines(session: Session, actions: Iterable[m.Action]) -> list[ActionLine]:
    found = list(actions)
    people = _people(session, (a.owner_person_id for a in found))
    orgs = _organisation_names(session, (a.owner_organisation_id for a in found))
    return [ActionLine(to_read(a, rm.Action),
                       people.get(a.owner_person_id or "", ("", None))[0],
                       orgs.get(a.owner_organisation_id or "", ""))
            for a in found]


def _project_rule(project: m.Project) -> QuorumRule:
    return QuorumRule(project.quorum, project.quorum_numerator, project.quorum_denominator,
                      project.max_proxies)


def _count(rule: QuorumRule, voting_ids: list[str],
           groups: list[AttendanceGroup]) -> QuorumCount:
    """The quorum of the attendance *groups* under *rule* (domain.quorum), among the
    partner organisations *voting_ids*, listed or not."""
    lines = [(g, line) for g in groups for line in g.lines]
    return count_quorum(
        rule, voting_ids=voting_ids,
        present_ids=[g.organisation_id for g, line in lines
                     if line.status is AttendanceStatus.PRESENT and g.organisation_id],
        proxies=[Proxy(g.organisation_id, g.organisation_name,
                       line.attendance.represented_by_person_id)
                 for g, line in lines
                 if line.status is AttendanceStatus.REPRESENTED and g.organisation_id
                 and line.attendance.represented_by_person_id],
        people_present=[line.attendance.person_id for _g, line in lines
                        if line.status is AttendanceStatus.PRESENT
                        and line.attendance.person_id])


def _due_order() -> tuple[Any, ...]:
    return (m.Action.due_on.is_(None), m.Action.due_on, folded_sql(m.Action.title))


class MeetingDetailService:
    """Read models and use cases of the Meetings page."""

    def __init__(self, db: Database, actions: ActionService | None = None,
                 agenda: AgendaItemService | None = None) -> None:
        self.db = db
        self.actions = actions or ActionService(db, spec_of("action"))
        self.agenda = agenda or AgendaItemService(db, spec_of("agenda_item"))

    # -- the list ----------------------------------------------------------------------
    def rows(self, *, project_id: str | None = None, status: MeetingStatus | None = None,
             period: Period | None = None, text: str = "", include_deleted: bool = False,
             now: dt.datetime | None = None) -> list[MeetingRow]:
        """Meetings, the latest first, with their project and how many decisions they hold."""
        decisions = (select(m.Decision.meeting_id, func.count().label("n"))
                     .where(_live(m.Decision)).group_by(m.Decision.meeting_id).subquery())
        items = (select(m.AgendaItem.meeting_id, func.count().label("n"))
                 .where(_live(m.AgendaItem)).group_by(m.AgendaItem.meeting_id).subquery())
        query = (select(m.Meeting, m.Project.title, func.coalesce(items.c.n, 0),
                        func.coalesce(decisions.c.n, 0))
                 .outerjoin(m.Project, m.Project.id == m.Meeting.project_id)
                 .outerjoin(items, items.c.meeting_id == m.Meeting.id)
                 .outerjoin(decisions, decisions.c.meeting_id == m.Meeting.id))
        if not include_deleted:
            query = query.where(_live(m.Meeting))
        if project_id is not None:
            query = query.where(m.Meeting.project_id == project_id)
        if status is not None:
            query = query.where(m.Meeting.status == status)
        if period is not None:
            moment = now or dt.datetime.now()
            end = func.coalesce(m.Meeting.ends_at, m.Meeting.starts_at)
            query = query.where(end >= moment if period is Period.UPCOMING else end < moment)
        query = query.order_by(m.Meeting.starts_at.desc(), m.Meeting.id)
        with self.db.reading() as session:
            rows = [MeetingRow(to_read(meeting, rm.Meeting), title or "", n_items, n_decisions)
                    for meeting, title, n_items, n_decisions in session.execute(query).all()]
        wanted = fold_words(text)
        if not wanted:
            return rows
        # In Python: SQLite's LIKE ignores neither accents nor the case of "É".
        return [row for row in rows if any(wanted in fold_words(value) for value in (
            row.meeting.title, row.meeting.place, row.project_title))]

    # -- one meeting -------------------------------------------------------------------
    def detail(self, meeting_id: str) -> MeetingDetail:
        """The meeting with its agenda, attendance, decisions and actions to follow up."""
        with self.db.reading() as session:
            meeting = session.get(m.Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(kind="meeting", id=meeting_id)
            project = session.get(m.Project, meeting.project_id) if meeting.project_id else None
            agenda = self._agenda(session, meeting_id)
            partners = self._partners(session, project.id if project else None)
            rights = self._partner_rights(session, project.id if project else None)
            groups = self._attendance(session, meeting_id, partners, rights)
            decisions = self._decisions(session, meeting_id, agenda)
            own_decisions = [line.id for line in decisions]
            counts = AttendanceCounts(**{
                status.value: sum(1 for g in groups for line in g.lines if line.status is status)
                for status in AttendanceStatus})
            read = to_read(meeting, rm.Meeting)
            rule = read.own_quorum_rule or (_project_rule(project) if project else QuorumRule())
            quorum = _count(rule, [oid for oid, (_role, votes) in rights.items() if votes],
                            groups)
            people = _people(session, [meeting.secretary_person_id, meeting.president_person_id,
                                       meeting.convened_by_person_id]
                             + [line.attendance.represented_by_person_id
                                for g in groups for line in g.lines])
            refused = tuple(RefusedProxyLine(
                refusal.proxy.organisation_name,
                people.get(refusal.proxy.holder_id, ("", None))[0], refusal.reason)
                for refusal in quorum.refused)
            return MeetingDetail(
                meeting=read,
                project_title=project.title if project else "",
                secretary_name=people.get(meeting.secretary_person_id or "", ("", None))[0],
                agenda=tuple(agenda),
                planned_minutes=sum(line.item.planned_minutes or 0 for line in agenda),
                attendance=tuple(groups),
                counts=counts,
                quorum_count=quorum,
                missing_people=len(self._missing_people(session, meeting_id, list(partners))),
                decisions=tuple(decisions),
                follow_up=tuple(self._follow_up(session, meeting.project_id, own_decisions)),
                president_name=people.get(meeting.president_person_id or "", ("", None))[0],
                convener=next(iter(self._people_as(session, [
                    (SignatoryRole.OTHER, meeting.convened_by_person_id)])), None),
                signatories=self._signatories(session, meeting, groups),
                refused_proxies=refused,
                has_lead=bool(project and (project.lead_organisation_id or any(
                    role is PartnerRole.LEAD for role, _votes in rights.values()))),
            )

    @staticmethod
    def _partner_rights(session: Session,
                        project_id: str | None) -> dict[str, tuple[PartnerRole, bool]]:
        """(role, votes) of each live partner organisation of the project."""
        if project_id is None:
            return {}
        rows = session.execute(
            select(m.ProjectPartner.organisation_id, m.ProjectPartner.role,
                   m.ProjectPartner.voting)
            .where(m.ProjectPartner.project_id == project_id, _live(m.ProjectPartner))
            .order_by(m.ProjectPartner.created_at, m.ProjectPartner.id)).all()
        rights: dict[str, tuple[PartnerRole, bool]] = {}
        for organisation_id, role, voting in rows:
            # An organisation listed twice (two laptops added it) votes if either says so.
            votes = partner_votes(role, voting) or rights.get(organisation_id, (role, False))[1]
            rights[organisation_id] = (role, votes)
        return rights

    @staticmethod
    def _signatories(session: Session, meeting: m.Meeting,
                     groups: list[AttendanceGroup]) -> tuple[Signatory, ...]:
        """The président(e) and the secretary of the meeting, then the people marked as
        signing on the attendance list (each person once)."""
        wanted: list[tuple[SignatoryRole, str | None]] = [
            (SignatoryRole.PRESIDENT, meeting.president_person_id),
            (SignatoryRole.SECRETARY, meeting.secretary_person_id)]
        wanted += [(SignatoryRole.OTHER, line.attendance.person_id)
                   for g in groups for line in g.lines if line.attendance.signs_minutes]
        return MeetingDetailService._people_as(session, wanted)

    @staticmethod
    def _people_as(session: Session, wanted: list[tuple[SignatoryRole, str | None]]
                   ) -> tuple[Signatory, ...]:
        """Each person of *wanted* with their name, role and organisation; a president or
        secretary not named gives an empty line (to fill in by hand), an extra signatory
        named twice signs once."""
        ids = {pid for _role, pid in wanted if pid}
        people = {p.id: p for p in session.scalars(select(m.Person).where(m.Person.id.in_(ids)))}
        names = _organisation_names(session, (p.organisation_id for p in people.values()))
        found: list[Signatory] = []
        seen: set[str] = set()
        for role, person_id in wanted:
            person = people.get(person_id or "")
            if person is None:
                if role is not SignatoryRole.OTHER:
                    found.append(Signatory(role, ""))  # a line left to fill in by hand
                continue
            if role is SignatoryRole.OTHER and person.id in seen:
                continue
            seen.add(person.id)
            found.append(Signatory(role, _full_name(person.first_name, person.last_name),
                                   person.role, names.get(person.organisation_id or "", "")))
        return tuple(found)

    @staticmethod
    def _agenda(session: Session, meeting_id: str) -> list[AgendaLine]:
        items = session.scalars(select(m.AgendaItem).where(
            m.AgendaItem.meeting_id == meeting_id, _live(m.AgendaItem))
            .order_by(m.AgendaItem.position, m.AgendaItem.id)).all()
        people = _people(session, (i.presenter_person_id for i in items))
        return [AgendaLine(to_read(item, rm.AgendaItem), number,
                           people.get(item.presenter_person_id or "", ("", None))[0])
                for number, item in enumerate(items, start=1)]

    @staticmethod
    def _partners(session: Session, project_id: str | None) -> dict[str, str]:
        """Name of each live partner organisation of the project, lead first."""
        if project_id is None:
            return {}
        rank = case({role: n for n, role in enumerate(PartnerRole)},
                    value=m.ProjectPartner.role, else_=len(PartnerRole))
        rows = session.execute(
            select(m.Organisation.id, m.Organisation.name)
            .join(m.ProjectPartner, m.ProjectPartner.organisation_id == m.Organisation.id)
            .where(m.ProjectPartner.project_id == project_id, _live(m.ProjectPartner),
                   _live(m.Organisation))
            .order_by(rank, folded_sql(m.Organisation.name))).all()
        return {oid: name for oid, name in rows}

    @staticmethod
    def _attendance(session: Session, meeting_id: str, partners: dict[str, str],
                    rights: dict[str, tuple[PartnerRole, bool]]) -> list[AttendanceGroup]:
        rows = session.scalars(select(m.Attendance).where(
            m.Attendance.meeting_id == meeting_id, _live(m.Attendance))).all()
        people = _people(session, [r.person_id for r in rows]
                         + [r.represented_by_person_id for r in rows])
        by_org: dict[str | None, list[AttendanceLine]] = {}
        for row in rows:
            org = row.organisation_id or people.get(row.person_id or "", ("", None))[1]
            line = AttendanceLine(
                to_read(row, rm.Attendance),
                people.get(row.person_id or "", ("", None))[0],
                people.get(row.represented_by_person_id or "", ("", None))[0])
            by_org.setdefault(org, []).append(line)
        names = _organisation_names(session, by_org)
        for lines in by_org.values():
            # The organisation's own line first, then its people by name.
            lines.sort(key=lambda line: (line.attendance.person_id is not None,
                                         fold(line.person_name)))
        partner_order = {oid: n for n, oid in enumerate(partners)}
        ordered = sorted(by_org, key=lambda oid: (
            oid is None, partner_order.get(oid or "", len(partner_order)),
            fold(names.get(oid or "", ""))))
        return [AttendanceGroup(oid, names.get(oid or "", ""), oid in partners,
                                tuple(by_org[oid]), rights.get(oid or "", (None, False))[0],
                                rights.get(oid or "", (None, False))[1]) for oid in ordered]

    @staticmethod
    def _missing_people(session: Session, meeting_id: str,
                        partner_ids: list[str]) -> list[tuple[str, str | None]]:
        """(person id, organisation id) of the partners' people with no attendance line."""
        if not partner_ids:
            return []
        listed = select(m.Attendance.person_id).where(
            m.Attendance.meeting_id == meeting_id, _live(m.Attendance),
            m.Attendance.person_id.is_not(None))
        rows = session.execute(
            select(m.Person.id, m.Person.organisation_id)
            .where(m.Person.organisation_id.in_(partner_ids), _live(m.Person),
                   m.Person.id.not_in(listed))
            .order_by(folded_sql(m.Person.last_name), folded_sql(m.Person.first_name))).all()
        return [(pid, org) for pid, org in rows]

    @staticmethod
    def _decisions(session: Session, meeting_id: str,
                   agenda: list[AgendaLine]) -> list[DecisionLine]:
        decisions = session.scalars(select(m.Decision).where(
            m.Decision.meeting_id == meeting_id, _live(m.Decision))
            .order_by(m.Decision.created_at, m.Decision.id)).all()
        titles = {line.id: line.item.title for line in agenda}
        actions = session.scalars(select(m.Action).where(
            m.Action.origin_decision_id.in_([d.id for d in decisions]), _live(m.Action))
            .order_by(*_due_order())).all()
        lines = _action_lines(session, actions)
        return [DecisionLine(to_read(d, rm.Decision), titles.get(d.agenda_item_id or "", ""),
                             tuple(line for line in lines
                                   if line.action.origin_decision_id == d.id))
                for d in decisions]

    @staticmethod
    def _follow_up(session: Session, project_id: str | None,
                   own_decisions: list[str]) -> list[ActionLine]:
        if project_id is None:
            return []
        query = select(m.Action).where(m.Action.project_id == project_id, _live(m.Action),
                                       m.Action.status.in_(sorted(OPEN_ACTION_STATUSES)))
        if own_decisions:
            query = query.where(or_(m.Action.origin_decision_id.is_(None),
                                    m.Action.origin_decision_id.not_in(own_decisions)))
        return _action_lines(session, session.scalars(query.order_by(*_due_order())).all())

    # -- use cases ---------------------------------------------------------------------
    def fill_attendance(self, meeting_id: str,
                        status: AttendanceStatus = AttendanceStatus.ABSENT) -> Changes:
        """Put every person of the project's partner organisations who is not on the
        attendance list yet on it, with *status*; the list as it was is left alone."""
        with self.db.unit_of_work() as session:
            meeting = session.get(m.Meeting, meeting_id)
            if meeting is None or meeting.deleted_at is not None:
                raise NotFoundError(kind="meeting", id=meeting_id)
            ensure_editable(session, meeting_id)
            partners = self._partners(session, meeting.project_id)
            missing = self._missing_people(session, meeting_id, list(partners))
            added = []
            for person_id, organisation_id in missing:
                row = m.Attendance(meeting_id=meeting_id, person_id=person_id,
                                   organisation_id=organisation_id, status=status)
                session.add(row)
                added.append(row)
            if not added:
                return Changes()
            session.flush()
            return (Changes.of("attendance", *(row.id for row in added))
                    | Changes.of("meeting", meeting_id))

    def action_from_decision(self, decision_id: str, fields: ActionFields) -> Created:
        """Create the action that carries out a decision (its origin is the decision); an
        action without a project gets the meeting's. Read, checked and written in one
        transaction."""
        with self.db.unit_of_work() as session:
            decision = session.get(m.Decision, decision_id)
            if decision is None:
                raise NotFoundError(kind="decision", id=decision_id)
            meeting_id = decision.meeting_id
            meeting = session.get(m.Meeting, meeting_id)
            meeting_project = meeting.project_id if meeting else None
            fields = replace(fields, origin_decision_id=decision_id,
                             project_id=fields.project_id or meeting_project)
            created = self.actions.create_in(session, fields)
        extra = Changes.of("decision", decision_id) | Changes.of("meeting", meeting_id)
        return Created(created.kinds | extra.kinds, created.ids | extra.ids, id=created.id)

    def add_follow_up_item(self, meeting_id: str, title: str, notes: str,
                           planned_minutes: int | None = None) -> Changes:
        """Add an agenda item *title* (listing the actions to follow up in *notes*) at the
        end of the agenda, unless the agenda already has an item of that title. Checked and
        written in one transaction."""
        with self.db.unit_of_work() as session:
            existing = session.scalars(select(m.AgendaItem.title).where(
                m.AgendaItem.meeting_id == meeting_id, _live(m.AgendaItem))).all()
            if any(fold_words(t) == fold_words(title) for t in existing):
                return Changes()
            return self.agenda.create_in(session, AgendaItemFields(
                meeting_id=meeting_id, title=title.strip(), notes=notes,
                planned_minutes=planned_minutes))

    def mark_attendance(self, attendance_ids: Iterable[str], status: AttendanceStatus,
                        represented_by_person_id: str | None = None) -> Changes:
        """Give the attendance lines *status* in one step (a proxy only for REPRESENTED)."""
        proxy = represented_by_person_id if status is AttendanceStatus.REPRESENTED else None
        with self.db.unit_of_work() as session:
            rows = []
            for attendance_id in dict.fromkeys(attendance_ids):
                row = session.get(m.Attendance, attendance_id)
                if row is None or row.deleted_at is not None:
                    raise NotFoundError(kind="attendance", id=attendance_id)
                ensure_editable(session, row.meeting_id)
                AttendanceFields(meeting_id=row.meeting_id, person_id=row.person_id,
                                 organisation_id=row.organisation_id, status=status,
                                 represented_by_person_id=proxy).validate()
                rows.append(row)
            if proxy is not None and rows:
                person = session.get(m.Person, proxy)
                if person is None or person.deleted_at is not None:
                    raise ValidationError("represented_by_person_id", "The chosen {kind} does "
                                          "not exist or is in the trash.", kind="person")
            changed = []
            for row in rows:
                if row.status != status or row.represented_by_person_id != proxy:
                    row.status = status
                    row.represented_by_person_id = proxy
                    changed.append(row)
            if not changed:
                return Changes()
            return (Changes.of("attendance", *(row.id for row in changed))
                    | Changes.of("meeting", *{row.meeting_id for row in changed}))

    def save_notes(self, item_id: str, notes: str, outcome: str, *,
                   base: str = "") -> Changes:
        """Store an agenda item's notes and outcome; only what differs is written. *base*:
        the `audit.edit_base` of the item when the editor showed it (a text not touched
        keeps what it holds now; a version that arrived meanwhile becomes a conflict)."""
        with self.db.unit_of_work() as session:
            item = session.get(m.AgendaItem, item_id)
            if item is None or item.deleted_at is not None:
                raise NotFoundError(kind="agenda_item", id=item_id)
            ensure_editable(session, item.meeting_id)
            bases = fields_of_base(base, item)
            if "notes" in bases and bases["notes"].unchanged(notes):
                notes = item.notes
            if "outcome" in bases and bases["outcome"].unchanged(outcome):
                outcome = item.outcome
            use_base(session, item, bases)
            AgendaItemFields(meeting_id=item.meeting_id, title=item.title, notes=notes,
                             outcome=outcome).validate()
            if item.notes == notes and item.outcome == outcome:
                return Changes()
            if item.notes != notes:
                item.notes = notes
            if item.outcome != outcome:
                item.outcome = outcome
            return Changes.of("agenda_item", item_id) | Changes.of("meeting", item.meeting_id)
