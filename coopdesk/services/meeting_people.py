"""Who is expected at a meeting, as one read model for the attendance sheet (feuille
d'émargement), the invitation's attendees and the e-mail drafts.

The expected people are those on the meeting's attendance list (whatever their status:
an excused member still appears on the sheet) and the people of the project's partner
organisations who are not on it yet (the list "Fill from the partners" would make). A line
that names an organisation only stands for it, with the organisation's e-mail. People in
the trash are left out. Groups follow the project's partners (lead first), then the other
structures by name, then the people of no structure; people by last name, then first name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import AttendanceStatus
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.text import fold, fold_words
from coopdesk.services import read_models as rm
from coopdesk.services.meeting_details import MeetingDetailService
from coopdesk.services.records import to_read
from coopdesk.store import models as m
from coopdesk.store.db import Database


@dataclass(frozen=True)
class ExpectedPerson:
    """One line of the sheet: a person, or an organisation standing for itself."""

    #: None for a line that names an organisation only.
    person_id: str | None
    name: str
    role: str
    email: str
    #: Their status on the attendance list; None when they are not on it yet.
    status: AttendanceStatus | None
    represented_by_name: str
    #: Sort key: last name, then first name.
    order: tuple[str, str]

    @property
    def is_organisation(self) -> bool:
        return self.person_id is None


@dataclass(frozen=True)
class ExpectedGroup:
    """The expected people of one structure (None: people of no structure)."""

    organisation_id: str | None
    organisation_name: str
    is_partner: bool
    people: tuple[ExpectedPerson, ...]


@dataclass(frozen=True)
class Organiser:
    name: str
    email: str
    organisation_name: str


@dataclass(frozen=True)
class MeetingPeople:
    meeting: rm.Meeting
    project_title: str
    groups: tuple[ExpectedGroup, ...]
    #: Who convenes (ORGANIZER of an invitation); None when nobody with an e-mail is known.
    organiser: Organiser | None

    @property
    def people(self) -> tuple[ExpectedPerson, ...]:
        return tuple(person for group in self.groups for person in group.people)

    def addresses(self) -> list[str]:
        """Each e-mail once, in the order of the sheet."""
        return list(dict.fromkeys(p.email for p in self.people if p.email))

    def without_email(self) -> list[tuple[ExpectedPerson, str]]:
        """(person, structure name) of the people to let know another way."""
        return [(p, group.organisation_name) for group in self.groups for p in group.people
                if not p.email]


def _name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


class MeetingPeopleService:
    """Reads who is expected at a meeting (Qt-free)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def people(self, meeting_id: str) -> MeetingPeople:
        with self.db.reading() as session:
            meeting = session.get(m.Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(kind="meeting", id=meeting_id)
            project = session.get(m.Project, meeting.project_id) if meeting.project_id \
                else None
            partners = MeetingDetailService._partners(session, meeting.project_id)
            lines = self._listed(session, meeting_id)
            groups = self._groups(session, lines, partners)
            return MeetingPeople(to_read(meeting, rm.Meeting),
                                 project.title if project else "", groups,
                                 self._organiser(session, meeting, project,
                                                 fold_words(self.db.profile.name)))

    @staticmethod
    def _listed(session: Session, meeting_id: str) -> dict[str | None, list[ExpectedPerson]]:
        """The attendance list and the partners' people missing from it, by structure."""
        rows = session.scalars(select(m.Attendance).where(
            m.Attendance.meeting_id == meeting_id, m.Attendance.deleted_at.is_(None))).all()
        wanted = {r.person_id for r in rows} | {r.represented_by_person_id for r in rows}
        people = {p.id: p for p in session.scalars(select(m.Person).where(
            m.Person.id.in_([i for i in wanted if i])))}
        by_org: dict[str | None, list[ExpectedPerson]] = {}
        seen_people: set[str] = set()
        seen_orgs: set[str] = set()
        for row in rows:
            proxy = people.get(row.represented_by_person_id or "")
            proxy_name = _name(proxy.first_name, proxy.last_name) if proxy else ""
            if row.person_id is None:
                if row.organisation_id is None or row.organisation_id in seen_orgs:
                    continue
                organisation = session.get(m.Organisation, row.organisation_id)
                if organisation is None or organisation.deleted_at is not None:
                    continue
                seen_orgs.add(organisation.id)
                by_org.setdefault(organisation.id, []).append(ExpectedPerson(
                    None, organisation.name, "", organisation.email.strip(), row.status,
                    proxy_name, ("", "")))
                continue
            person = people.get(row.person_id)
            if person is None or person.deleted_at is not None or person.id in seen_people:
                continue
            seen_people.add(person.id)
            org = row.organisation_id or person.organisation_id
            by_org.setdefault(org, []).append(_expected(person, row.status, proxy_name))
        return by_org

    @staticmethod
    def _groups(session: Session, by_org: dict[str | None, list[ExpectedPerson]],
                partners: dict[str, str]) -> tuple[ExpectedGroup, ...]:
        listed = {p.person_id for lines in by_org.values() for p in lines if p.person_id}
        if partners:
            for person in session.scalars(select(m.Person).where(
                    m.Person.organisation_id.in_(list(partners)),
                    m.Person.deleted_at.is_(None))):
                if person.id not in listed:
                    by_org.setdefault(person.organisation_id, []).append(
                        _expected(person, None, ""))
        names: dict[str, str] = {oid: name for oid, name in session.execute(
            select(m.Organisation.id, m.Organisation.name).where(
                m.Organisation.id.in_([o for o in by_org if o])))}
        rank = {oid: n for n, oid in enumerate(partners)}
        ordered = sorted(by_org, key=lambda oid: (
            oid is None, rank.get(oid or "", len(rank)), fold(names.get(oid or "", ""))))
        return tuple(ExpectedGroup(
            oid, names.get(oid or "", ""), oid in partners,
            # the organisation's own line first, then its people by name
            tuple(sorted(by_org[oid], key=lambda p: (not p.is_organisation, p.order))))
            for oid in ordered)

    @staticmethod
    def _organiser(session: Session, meeting: m.Meeting, project: m.Project | None,
                   me: str) -> Organiser | None:
        """The meeting's secretary, else this laptop's user as found in the directory,
        else the project's lead organisation: the first of them with an e-mail."""
        candidates: list[m.Person] = []
        if meeting.secretary_person_id:
            secretary = session.get(m.Person, meeting.secretary_person_id)
            if secretary is not None and secretary.deleted_at is None:
                candidates.append(secretary)
        if me:
            candidates += [p for p in session.scalars(select(m.Person).where(
                m.Person.deleted_at.is_(None), m.Person.email != ""))
                if fold_words(_name(p.first_name, p.last_name)) == me]
        for person in candidates:
            if person.email.strip():
                organisation = session.get(m.Organisation, person.organisation_id) \
                    if person.organisation_id else None
                return Organiser(_name(person.first_name, person.last_name),
                                 person.email.strip(), organisation.name if organisation
                                 else "")
        lead = session.get(m.Organisation, project.lead_organisation_id) \
            if project is not None and project.lead_organisation_id else None
        if lead is not None and lead.email.strip():
            return Organiser(lead.name, lead.email.strip(), lead.name)
        return None


def _expected(person: m.Person, status: AttendanceStatus | None,
              proxy_name: str) -> ExpectedPerson:
    return ExpectedPerson(person.id, _name(person.first_name, person.last_name), person.role,
                          person.email.strip(), status, proxy_name,
                          (fold(person.last_name or person.first_name), fold(person.first_name)))
