"""The contact log (journal des échanges): filtered and paged rows with the names they
refer to. Read only: `ExchangeLogQueries` is part of the one exchanges service
(services/exchanges.py), which does every write.

The log may hold 100,000 entries: lists always ask for one page (`limit`/`offset`) in the
order of an index (`occurred_on`), and the count and the authors are separate queries.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.orm import aliased

from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.services import read_models as rm
from coopdesk.services.records import to_read
from coopdesk.store import models as m
from coopdesk.store.db import Database

#: Rows a list asks for at a time.
PAGE_SIZE = 100


class FollowUpFilter(StrEnum):
    ANY = "any"
    #: A follow-up that is not done yet, whatever its date.
    OPEN = "open"
    #: A follow-up not done whose date is today or past.
    DUE = "due"


class FollowUpState(StrEnum):
    NONE = "none"
    DONE = "done"
    LATE = "late"
    TODAY = "today"
    UPCOMING = "upcoming"
    #: Something to do, without a date.
    UNDATED = "undated"


class ExchangeSort(StrEnum):
    DATE = "date"
    KIND = "kind"
    WITH = "with"
    SUBJECT = "subject"
    PROJECT = "project"
    AUTHOR = "author"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True, kw_only=True)
class ExchangeFilter:
    """What the list shows; every field left at its default keeps everything."""

    organisation_id: str | None = None
    person_id: str | None = None
    project_id: str | None = None
    author_name: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    follow_up: FollowUpFilter = FollowUpFilter.ANY
    text: str = ""
    #: Show only the entries in the trash (to restore them) instead of the live ones.
    in_trash: bool = False
    #: The day "due" is measured against; None means the real today.
    today: dt.date | None = None


@dataclass(frozen=True)
class ExchangeRow:
    entry: rm.ContactLogEntry
    person_name: str
    organisation_name: str
    project_title: str

    @property
    def id(self) -> str:
        return self.entry.id

    def follow_up_state(self, today: dt.date) -> FollowUpState:
        entry = self.entry
        if not entry.follow_up and entry.follow_up_on is None:
            return FollowUpState.NONE
        if entry.follow_up_done:
            return FollowUpState.DONE
        if entry.follow_up_on is None:
            return FollowUpState.UNDATED
        if entry.follow_up_on < today:
            return FollowUpState.LATE
        if entry.follow_up_on == today:
            return FollowUpState.TODAY
        return FollowUpState.UPCOMING


@dataclass(frozen=True)
class Correspondent:
    """Someone an exchange can be with: a person (with their organisation) or an organisation."""

    kind: str  # "person" or "organisation"
    id: str
    name: str
    organisation_id: str | None = None
    organisation_name: str = ""
    detail: str = ""


def entry_fields(entry: rm.ContactLogEntry) -> ContactLogEntryFields:
    """The editable fields of an entry, to pass back to `update` (or to undo an edit)."""
    names = [item.name for item in dataclasses.fields(ContactLogEntryFields)]
    return ContactLogEntryFields(**{name: getattr(entry, name) for name in names})


_E = m.ContactLogEntry
_PERSON = aliased(m.Person, name="who_person")
_ORG = aliased(m.Organisation, name="who_org")
_PERSON_ORG = aliased(m.Organisation, name="who_person_org")
_PROJECT = aliased(m.Project, name="about_project")

_PERSON_NAME = func.trim(func.coalesce(_PERSON.first_name, "") + literal(" ")
                         + func.coalesce(_PERSON.last_name, ""))
_ORG_NAME = func.coalesce(_ORG.name, _PERSON_ORG.name, "")


class ExchangeLogQueries:
    """The contact log's reads (never writes), mixed into `ExchangeService`."""

    db: Database

    # -- reading -----------------------------------------------------------------------
    def rows(self, where: ExchangeFilter = ExchangeFilter(), *,
             sort: ExchangeSort = ExchangeSort.DATE, descending: bool = True,
             limit: int | None = PAGE_SIZE, offset: int = 0) -> list[ExchangeRow]:
        """One page of entries, newest first unless *sort* says otherwise."""
        query = self._joined(self._filtered(select(*_E.__table__.columns, *self._names()),
                                            where))
        query = query.order_by(*self._order(sort, descending)).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.db.reading() as session:
            return [self._row(row) for row in session.execute(query).all()]

    def count(self, where: ExchangeFilter = ExchangeFilter()) -> int:
        query = self._filtered(select(func.count()).select_from(_E), where)
        with self.db.reading() as session:
            return int(session.scalar(query) or 0)

    def row(self, entry_id: str) -> ExchangeRow:
        """One entry with its names, in the trash or not."""
        query = self._joined(select(*_E.__table__.columns, *self._names())
                             .where(_E.id == entry_id))
        with self.db.reading() as session:
            found = session.execute(query).first()
        if found is None:
            raise NotFoundError(kind=_E.__kind__, id=entry_id)
        return self._row(found)

    def position(self, entry_id: str,
                 where: ExchangeFilter = ExchangeFilter()) -> int | None:
        """Where the entry sits in `rows(where)` sorted by date (newest first); None when
        the filter leaves it out."""
        with self.db.reading() as session:
            entry = session.get(_E, entry_id)
            if entry is None:
                return None
            matches = self._filtered(select(func.count()).select_from(_E), where)
            if not session.scalar(matches.where(_E.id == entry_id)):
                return None
            newer = or_(_E.occurred_on > entry.occurred_on,
                        and_(_E.occurred_on == entry.occurred_on, _E.id > entry.id))
            return int(session.scalar(matches.where(newer)) or 0)

    def authors(self) -> list[str]:
        """Everyone who wrote a live entry, alphabetically."""
        query = (select(_E.author_name).where(_E.deleted_at.is_(None), _E.author_name != "")
                 .distinct())
        with self.db.reading() as session:
            return sorted(session.scalars(query).all(), key=str.casefold)

    def correspondents(self) -> list[Correspondent]:
        """Every live person and organisation an exchange can be with, by name."""
        people = (select(m.Person.id, m.Person.first_name, m.Person.last_name,
                         m.Person.organisation_id, m.Person.role, m.Organisation.name)
                  .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
                  .where(m.Person.deleted_at.is_(None)))
        organisations = (select(m.Organisation.id, m.Organisation.name, m.Organisation.acronym,
                                m.Organisation.city)
                         .where(m.Organisation.deleted_at.is_(None)))
        found: list[Correspondent] = []
        with self.db.reading() as session:
            for pid, first, last, org_id, role, org_name in session.execute(people):
                found.append(Correspondent("person", pid, f"{first} {last}".strip(),
                                           org_id, org_name or "", role))
            for oid, name, acronym, city in session.execute(organisations):
                found.append(Correspondent("organisation", oid, name, oid, name,
                                           " · ".join(x for x in (acronym, city) if x)))
        return sorted(found, key=lambda c: (c.name.casefold(), c.kind, c.id))

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def _names() -> tuple[Any, ...]:
        return (_PERSON_NAME.label("person_name"), _ORG_NAME.label("organisation_name"),
                func.coalesce(_PROJECT.title, "").label("project_title"))

    @staticmethod
    def _joined(query: Select[Any]) -> Select[Any]:
        return (query.outerjoin(_PERSON, _PERSON.id == _E.person_id)
                .outerjoin(_ORG, _ORG.id == _E.organisation_id)
                .outerjoin(_PERSON_ORG, _PERSON_ORG.id == _PERSON.organisation_id)
                .outerjoin(_PROJECT, _PROJECT.id == _E.project_id))

    @staticmethod
    def _filtered(query: Select[Any], where: ExchangeFilter) -> Select[Any]:
        conditions: list[ColumnElement[bool]] = [
            _E.deleted_at.is_not(None) if where.in_trash else _E.deleted_at.is_(None)]
        if where.organisation_id is not None:
            members = select(m.Person.id).where(m.Person.organisation_id == where.organisation_id)
            conditions.append(or_(_E.organisation_id == where.organisation_id,
                                  _E.person_id.in_(members)))
        if where.person_id is not None:
            conditions.append(_E.person_id == where.person_id)
        if where.project_id is not None:
            conditions.append(_E.project_id == where.project_id)
        if where.author_name is not None:
            conditions.append(_E.author_name == where.author_name)
        if where.since is not None:
            conditions.append(_E.occurred_on >= where.since)
        if where.until is not None:
            conditions.append(_E.occurred_on <= where.until)
        if where.follow_up is not FollowUpFilter.ANY:
            conditions.append(_E.follow_up_done.is_(False))
            conditions.append(or_(_E.follow_up != "", _E.follow_up_on.is_not(None)))
        if where.follow_up is FollowUpFilter.DUE:
            conditions.append(_E.follow_up_on <= (where.today or dt.date.today()))
        text = where.text.strip()
        if text:
            like = f"%{text}%"
            conditions.append(or_(_E.subject.ilike(like), _E.summary.ilike(like),
                                  _E.follow_up.ilike(like)))
        return query.where(*conditions)

    @staticmethod
    def _order(sort: ExchangeSort, descending: bool) -> list[Any]:
        keys: dict[ExchangeSort, list[Any]] = {
            ExchangeSort.DATE: [],
            ExchangeSort.KIND: [_E.kind],
            ExchangeSort.WITH: [func.lower(func.coalesce(_PERSON.last_name, _ORG.name, "")),
                                func.lower(func.coalesce(_PERSON.first_name, ""))],
            ExchangeSort.SUBJECT: [func.lower(_E.subject)],
            ExchangeSort.PROJECT: [func.lower(func.coalesce(_PROJECT.title, ""))],
            ExchangeSort.AUTHOR: [func.lower(_E.author_name)],
            ExchangeSort.FOLLOW_UP: [_E.follow_up_on.is_(None), _E.follow_up_on],
        }
        order = [*keys[sort], _E.occurred_on, _E.id]
        if sort is ExchangeSort.FOLLOW_UP:
            # Entries without a follow-up date go last whichever way the list is sorted.
            return [order[0], *(key.desc() if descending else key for key in order[1:])]
        return [key.desc() if descending else key for key in order]

    @staticmethod
    def _row(row: Any) -> ExchangeRow:
        return ExchangeRow(entry=to_read(row, rm.ContactLogEntry),
                           person_name=row.person_name or "",
                           organisation_name=row.organisation_name or "",
                           project_title=row.project_title or "")


__all__ = ["PAGE_SIZE", "Correspondent", "ExchangeFilter", "ExchangeLogQueries",
           "ExchangeRow", "ExchangeSort", "FollowUpFilter", "FollowUpState", "entry_fields"]
