"""The action plan (plan d'action): every action across projects, filtered and paged, with
the names it refers to and where it came from. Read only: `ActionPlanQueries` is part of
the one actions service (services/actions.py), which does every write.

A big cooperation holds 20,000 actions: lists ask for one page (`limit`/`offset`) in the
order of an index where they can (`due_on`), and the count is a separate query.

"My actions" are the local profile's (see `owner_ids_of`): the actions whose owner person's
full name is the profile's name, or whose owner organisation's name or acronym is the
profile's association. Names are compared without case, accents or extra spaces.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, case, false, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from coopdesk.domain.actions import ActionFields, is_overdue
from coopdesk.domain.enums import ActionStatus, Priority
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.profile import Profile
from coopdesk.services import read_models as rm
from coopdesk.services.action_rows import ActionRow as ActionRow
from coopdesk.services.records import to_read
from coopdesk.store import models as m
from coopdesk.store.db import Database

#: Rows a list asks for at a time.
PAGE_SIZE = 200
OPEN_STATUSES = frozenset({ActionStatus.TODO, ActionStatus.IN_PROGRESS})
#: How far "due soon" looks ahead, in days (the dashboard and the period filter).
SOON_DAYS = 14


class DuePeriod(StrEnum):
    ALL = "all"
    #: Open and due before today.
    OVERDUE = "overdue"
    #: Due in the current week, Monday to Sunday.
    THIS_WEEK = "this_week"
    #: Due from today to today + SOON_DAYS.
    NEXT_14_DAYS = "next_14_days"
    #: Due in the current calendar month.
    THIS_MONTH = "this_month"
    NO_DATE = "no_date"


class ActionSort(StrEnum):
    DUE = "due"
    TITLE = "title"
    STATUS = "status"
    OWNER = "owner"
    PROJECT = "project"
    PRIORITY = "priority"


@dataclass(frozen=True, kw_only=True)
class ActionFilter:
    """What the list shows; every field left at its default keeps everything."""

    project_id: str | None = None
    #: The owner organisation, or an owner person who belongs to it.
    organisation_id: str | None = None
    person_id: str | None = None
    #: Statuses to keep; empty keeps them all.
    statuses: frozenset[ActionStatus] = frozenset()
    period: DuePeriod = DuePeriod.ALL
    #: Only the local profile's actions (see the module's docstring).
    mine: bool = False
    text: str = ""
    #: Show only the actions in the trash (to restore them) instead of the live ones.
    in_trash: bool = False
    #: The day periods and "overdue" are measured against; None means the real today.
    today: dt.date | None = None

    def day(self) -> dt.date:
        return self.today or dt.date.today()


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class ActionChoices:
    """What the filters of the action plan offer."""

    projects: tuple[Choice, ...]
    organisations: tuple[Choice, ...]
    #: People who own at least one live action.
    people: tuple[Choice, ...]


def action_fields(action: rm.Action) -> ActionFields:
    """The editable fields of an action, to pass back to `update` (or to undo an edit)."""
    names = [item.name for item in dataclasses.fields(ActionFields)]
    return ActionFields(**{name: getattr(action, name) for name in names})


def period_bounds(period: DuePeriod, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last due day of a dated period; None for the others."""
    if period is DuePeriod.THIS_WEEK:
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if period is DuePeriod.NEXT_14_DAYS:
        return today, today + dt.timedelta(days=SOON_DAYS)
    if period is DuePeriod.THIS_MONTH:
        first = today.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    return None


def normalised_name(text: str) -> str:
    """A name compared the way people read it: no case, accents or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def owner_ids_of(session: Session, profile: Profile) -> tuple[set[str], set[str]]:
    """(person ids, organisation ids) an action's owner must be among to be the profile's.

    A person matches when "first name last name" is the profile's name; an organisation
    when its name or its acronym is the profile's association.
    """
    name = normalised_name(profile.name)
    association = normalised_name(profile.organisation)
    people: set[str] = set()
    if name:
        for pid, first, last in session.execute(
                select(m.Person.id, m.Person.first_name, m.Person.last_name)):
            if normalised_name(f"{first} {last}") == name:
                people.add(pid)
    organisations: set[str] = set()
    if association:
        for oid, org_name, acronym in session.execute(
                select(m.Organisation.id, m.Organisation.name, m.Organisation.acronym)):
            if association in (normalised_name(org_name), normalised_name(acronym)):
                organisations.add(oid)
    return people, organisations


_A = m.Action
_PERSON = aliased(m.Person, name="owner_person")
_ORG = aliased(m.Organisation, name="owner_org")
_PROJECT = aliased(m.Project, name="action_project")
_OBJECTIVE = aliased(m.Objective, name="action_objective")
_DECISION = aliased(m.Decision, name="origin_decision")
_MEETING = aliased(m.Meeting, name="origin_meeting")

_STATUS_RANK = case({status: rank for rank, status in enumerate(ActionStatus)},
                    value=_A.status, else_=len(ActionStatus))
_PRIORITY_RANK = case({priority: rank for rank, priority in enumerate(Priority)},
                      value=_A.priority, else_=len(Priority))


class ActionPlanQueries:
    """The action plan's reads (never writes), mixed into `ActionService`."""

    db: Database

    # -- reading -----------------------------------------------------------------------
    def rows(self, where: ActionFilter = ActionFilter(), *, sort: ActionSort = ActionSort.DUE,
             descending: bool = False, limit: int | None = PAGE_SIZE,
             offset: int = 0) -> list[ActionRow]:
        """One page of actions, the soonest due first unless *sort* says otherwise."""
        today = where.day()
        # The page's ids first, joining only what the sort needs; then their names.
        page = self._sort_joins(select(_A.id), sort)
        with self.db.reading() as session:
            page = page.where(*self._conditions(session, where))
            page = page.order_by(*self._order(sort, descending)).offset(offset)
            if limit is not None:
                page = page.limit(limit)
            ids = list(session.scalars(page).all())
            if not ids:
                return []
            query = self._joined(select(*_A.__table__.columns, *self._names())
                                 .where(_A.id.in_(ids)))
            found = {row.id: row for row in session.execute(query).all()}
        return [self._row(found[action_id], today) for action_id in ids]

    def count(self, where: ActionFilter = ActionFilter()) -> int:
        with self.db.reading() as session:
            query = select(func.count()).select_from(_A).where(
                *self._conditions(session, where))
            return int(session.scalar(query) or 0)

    def row(self, action_id: str, today: dt.date | None = None) -> ActionRow:
        """One action with its names, in the trash or not."""
        query = self._joined(select(*_A.__table__.columns, *self._names())
                             .where(_A.id == action_id))
        with self.db.reading() as session:
            found = session.execute(query).first()
        if found is None:
            raise NotFoundError(kind=_A.__kind__, id=action_id)
        return self._row(found, today or dt.date.today())

    def position(self, action_id: str, where: ActionFilter = ActionFilter(), *,
                 sort: ActionSort = ActionSort.DUE, descending: bool = False) -> int | None:
        """Where the action sits in `rows(where, sort=…)`; None when the filter leaves it out."""
        with self.db.reading() as session:
            numbered = self._sort_joins(
                select(_A.id.label("action_id"),
                       func.row_number().over(order_by=self._order(sort, descending))
                       .label("n"))
                .select_from(_A), sort).where(*self._conditions(session, where)).subquery()
            found = session.scalar(select(numbered.c.n).where(numbered.c.action_id == action_id))
            return int(found) - 1 if found is not None else None

    def choices(self) -> ActionChoices:
        """The projects, organisations and owners the filters offer, by name."""
        owners = select(_A.owner_person_id).where(_A.deleted_at.is_(None))
        with self.db.reading() as session:
            projects = session.execute(
                select(m.Project.id, m.Project.title).where(m.Project.deleted_at.is_(None))
                .order_by(func.lower(m.Project.title))).all()
            organisations = session.execute(
                select(m.Organisation.id, m.Organisation.name, m.Organisation.acronym)
                .where(m.Organisation.deleted_at.is_(None))
                .order_by(func.lower(m.Organisation.name))).all()
            people = session.execute(
                select(m.Person.id, m.Person.first_name, m.Person.last_name,
                       m.Organisation.acronym, m.Organisation.name)
                .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
                .where(m.Person.id.in_(owners))
                .order_by(func.lower(m.Person.first_name), func.lower(m.Person.last_name))
            ).all()
        return ActionChoices(
            projects=tuple(Choice(pid, title) for pid, title in projects),
            organisations=tuple(Choice(oid, f"{name} ({acronym})" if acronym else name)
                                for oid, name, acronym in organisations),
            people=tuple(Choice(pid, self._person_label(first, last, acronym or org or ""))
                         for pid, first, last, acronym, org in people))

    def is_mine(self, row: ActionRow) -> bool:
        """True when the action belongs to the local profile (see the module's docstring)."""
        with self.db.reading() as session:
            people, organisations = owner_ids_of(session, self.db.profile)
        return (row.action.owner_person_id in people
                or row.action.owner_organisation_id in organisations)

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def _person_label(first: str, last: str, organisation: str) -> str:
        name = f"{first} {last}".strip()
        return f"{name} ({organisation})" if organisation else name

    @staticmethod
    def _names() -> tuple[Any, ...]:
        person = func.trim(func.coalesce(_PERSON.first_name, "") + literal(" ")
                           + func.coalesce(_PERSON.last_name, ""))
        return (person.label("owner_person_name"),
                func.coalesce(_ORG.name, "").label("owner_organisation_name"),
                func.coalesce(_ORG.acronym, "").label("owner_organisation_acronym"),
                func.coalesce(_PROJECT.title, "").label("project_title"),
                func.coalesce(_OBJECTIVE.title, "").label("objective_title"),
                func.coalesce(_DECISION.text, "").label("origin_decision_text"),
                _MEETING.id.label("origin_meeting_id"),
                func.coalesce(_MEETING.title, "").label("origin_meeting_title"),
                _MEETING.starts_at.label("origin_meeting_starts_at"))

    @staticmethod
    def _sort_joins(query: Select[Any], sort: ActionSort) -> Select[Any]:
        if sort is ActionSort.OWNER:
            return (query.outerjoin(_PERSON, _PERSON.id == _A.owner_person_id)
                    .outerjoin(_ORG, _ORG.id == _A.owner_organisation_id))
        if sort is ActionSort.PROJECT:
            return query.outerjoin(_PROJECT, _PROJECT.id == _A.project_id)
        return query

    @staticmethod
    def _joined(query: Select[Any]) -> Select[Any]:
        return (query.outerjoin(_PERSON, _PERSON.id == _A.owner_person_id)
                .outerjoin(_ORG, _ORG.id == _A.owner_organisation_id)
                .outerjoin(_PROJECT, _PROJECT.id == _A.project_id)
                .outerjoin(_OBJECTIVE, _OBJECTIVE.id == _A.objective_id)
                .outerjoin(_DECISION, _DECISION.id == _A.origin_decision_id)
                .outerjoin(_MEETING, _MEETING.id == _DECISION.meeting_id))

    def _conditions(self, session: Session, where: ActionFilter) -> list[ColumnElement[bool]]:
        today = where.day()
        found: list[ColumnElement[bool]] = [
            _A.deleted_at.is_not(None) if where.in_trash else _A.deleted_at.is_(None)]
        if where.project_id is not None:
            found.append(_A.project_id == where.project_id)
        if where.organisation_id is not None:
            members = select(m.Person.id).where(m.Person.organisation_id == where.organisation_id)
            found.append(or_(_A.owner_organisation_id == where.organisation_id,
                             _A.owner_person_id.in_(members)))
        if where.person_id is not None:
            found.append(_A.owner_person_id == where.person_id)
        if where.statuses:
            found.append(_A.status.in_(sorted(where.statuses)))
        if where.period is DuePeriod.OVERDUE:
            found += [_A.status.in_(sorted(OPEN_STATUSES)), _A.due_on < today]
        elif where.period is DuePeriod.NO_DATE:
            found.append(_A.due_on.is_(None))
        elif (bounds := period_bounds(where.period, today)) is not None:
            found.append(_A.due_on.between(*bounds))
        if where.mine:
            people, organisations = owner_ids_of(session, self.db.profile)
            if people or organisations:
                found.append(or_(_A.owner_person_id.in_(people),
                                 _A.owner_organisation_id.in_(organisations)))
            else:
                found.append(false())
        text = where.text.strip()
        if text:
            like = f"%{text}%"
            found.append(or_(_A.title.ilike(like), _A.description.ilike(like)))
        return found

    @staticmethod
    def _order(sort: ActionSort, descending: bool) -> list[Any]:
        keys: dict[ActionSort, list[Any]] = {
            ActionSort.DUE: [],
            ActionSort.TITLE: [func.lower(_A.title)],
            ActionSort.STATUS: [_STATUS_RANK],
            ActionSort.OWNER: [func.lower(func.coalesce(_PERSON.first_name, _ORG.name, "")),
                               func.lower(func.coalesce(_PERSON.last_name, ""))],
            ActionSort.PROJECT: [func.lower(func.coalesce(_PROJECT.title, ""))],
            ActionSort.PRIORITY: [_PRIORITY_RANK],
        }
        order = [key.desc() if descending else key for key in keys[sort]]
        # Undated actions go last whichever way the list is sorted; NULLS LAST (unlike
        # "due_on IS NULL") still lets SQLite walk the due_on index instead of sorting.
        due = _A.due_on.desc() if descending and sort is ActionSort.DUE else _A.due_on.asc()
        return [*order, due.nulls_last(), func.lower(_A.title), _A.id]

    @staticmethod
    def _row(row: Any, today: dt.date) -> ActionRow:
        action = to_read(row, rm.Action)
        late = is_overdue(action.status, action.due_on, today)
        starts_at = row.origin_meeting_starts_at
        return ActionRow(
            action=action, project_title=row.project_title or "",
            owner_person_name=row.owner_person_name or "",
            owner_organisation_name=row.owner_organisation_name or "",
            owner_organisation_acronym=row.owner_organisation_acronym or "",
            objective_title=row.objective_title or "",
            origin_decision_text=row.origin_decision_text or "",
            origin_meeting_id=row.origin_meeting_id,
            origin_meeting_title=row.origin_meeting_title or "",
            origin_meeting_date=starts_at.date() if starts_at is not None else None,
            days_overdue=(today - action.due_on).days if late and action.due_on else 0)


__all__ = ["OPEN_STATUSES", "PAGE_SIZE", "SOON_DAYS", "ActionChoices", "ActionFilter",
           "ActionPlanQueries", "ActionRow", "ActionSort", "Choice", "DuePeriod",
           "action_fields", "normalised_name", "owner_ids_of", "period_bounds"]
