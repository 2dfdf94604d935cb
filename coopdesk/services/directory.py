"""The directory: organisations and people, with the rows their lists show."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, or_, select
from sqlalchemy.orm import aliased

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import LegalBasis, OrgKind
from coopdesk.services import read_models as rm
from coopdesk.services.records import RecordService, to_read
from coopdesk.store import models as m
from coopdesk.store.db import FOLDED, folded

#: Rows the people list asks for at a time.
PAGE_SIZE = 200
#: `PersonFilter.organisation_id` keeping the people attached to no organisation.
WITHOUT_ORGANISATION = ""


class PersonSort(StrEnum):
    """The orders of the people list (the name is the last name, else the first name)."""

    NAME = "name"
    ORGANISATION = "organisation"
    ROLE = "role"
    EMAIL = "email"
    PHONE = "phone"
    LEGAL_BASIS = "legal_basis"


@dataclass(frozen=True, kw_only=True)
class PersonFilter:
    """Which people a list shows; the defaults keep every live person.

    Texts compare the way a French reader does: without case or accents, "e" finds "É"
    and "é" finds "E" (see `coopdesk.store.db.folded`).
    """

    #: Only the people of this organisation; `WITHOUT_ORGANISATION` for those of none.
    organisation_id: str | None = None
    #: Found anywhere in the full name, organisation, role, email or phone.
    text: str = ""
    #: The words the list shows for each legal basis (in the reader's language): the text
    #: finds them too, and sorting by basis follows them. Empty: the text looks at no
    #: basis, and bases sort in their declared order.
    basis_labels: tuple[tuple[LegalBasis, str], ...] = ()
    #: Also list the people in the trash.
    include_deleted: bool = False

    def bases_matching(self, text: str) -> frozenset[LegalBasis]:
        """The legal bases whose words contain *text* (accents and case ignored)."""
        wanted = folded(text.strip()) or ""
        return frozenset(basis for basis, label in self.basis_labels
                         if wanted in (folded(label) or ""))

    def bases_in_order(self) -> list[LegalBasis]:
        """The legal bases sorted by their words (unlabelled ones last, as declared)."""
        labels = dict(self.basis_labels)
        return sorted(LegalBasis, key=lambda basis: (basis not in labels,
                                                     folded(labels.get(basis, "")) or ""))


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    kind: OrgKind
    acronym: str
    city: str
    email: str
    phone: str
    people_count: int
    project_count: int


@dataclass(frozen=True)
class PersonRow:
    person: rm.Person
    organisation_name: str

    @property
    def id(self) -> str:
        return self.person.id


@dataclass(frozen=True)
class OrganisationOverview:
    """What the partner page shows about one organisation."""

    organisation: rm.Organisation
    people: tuple[rm.Person, ...]
    projects: tuple[tuple[rm.Project, rm.ProjectPartner], ...]


class OrganisationService(RecordService[OrganisationFields, rm.Organisation, m.Organisation]):
    def rows(self, *, kind: OrgKind | None = None, text: str = "",
             include_deleted: bool = False) -> list[OrganisationRow]:
        people = (select(m.Person.organisation_id, func.count().label("n"))
                  .where(m.Person.deleted_at.is_(None)).group_by(m.Person.organisation_id)
                  .subquery())
        projects = (select(m.ProjectPartner.organisation_id, func.count().label("n"))
                    .join(m.Project, m.Project.id == m.ProjectPartner.project_id)
                    .where(m.ProjectPartner.deleted_at.is_(None),
                           m.Project.deleted_at.is_(None))
                    .group_by(m.ProjectPartner.organisation_id).subquery())
        query = (select(m.Organisation, func.coalesce(people.c.n, 0),
                        func.coalesce(projects.c.n, 0))
                 .outerjoin(people, people.c.organisation_id == m.Organisation.id)
                 .outerjoin(projects, projects.c.organisation_id == m.Organisation.id))
        if not include_deleted:
            query = query.where(m.Organisation.deleted_at.is_(None))
        if kind is not None:
            query = query.where(m.Organisation.kind == kind)
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(m.Organisation.name.ilike(like) | m.Organisation.city.ilike(like)
                                | m.Organisation.acronym.ilike(like))
        with self.db.reading() as session:
            result = session.execute(query.order_by(func.lower(m.Organisation.name))).all()
            return [OrganisationRow(id=o.id, name=o.name, kind=o.kind, acronym=o.acronym,
                                    city=o.city, email=o.email, phone=o.phone,
                                    people_count=np, project_count=nj)
                    for o, np, nj in result]

    def overview(self, organisation_id: str) -> OrganisationOverview:
        with self.db.reading() as session:
            org = self._load(session, organisation_id)
            people = session.scalars(
                select(m.Person).where(m.Person.organisation_id == organisation_id,
                                       m.Person.deleted_at.is_(None))
                .order_by(m.Person.last_name, m.Person.first_name)).all()
            parts = session.execute(
                select(m.Project, m.ProjectPartner)
                .join(m.ProjectPartner, m.ProjectPartner.project_id == m.Project.id)
                .where(m.ProjectPartner.organisation_id == organisation_id,
                       m.ProjectPartner.deleted_at.is_(None), m.Project.deleted_at.is_(None))
                .order_by(m.Project.title)).all()
            return OrganisationOverview(
                organisation=to_read(org, rm.Organisation),
                people=tuple(to_read(p, rm.Person) for p in people),
                projects=tuple((to_read(p, rm.Project), to_read(pp, rm.ProjectPartner))
                               for p, pp in parts))


class PersonService(RecordService[PersonFields, rm.Person, m.Person]):
    """Contact people; their list is read a page at a time, sorted and filtered in SQL."""

    def rows(self, *, organisation_id: str | None = None, text: str = "",
             include_deleted: bool = False) -> list[PersonRow]:
        """Every person (of *organisation_id* when given) by name: for completers, pickers
        and exports that need the whole list; the directory's list uses `page`."""
        where = PersonFilter(organisation_id=organisation_id, text=text,
                             include_deleted=include_deleted)
        return self.page(where, limit=None)

    def page(self, where: PersonFilter = PersonFilter(), *, sort: PersonSort = PersonSort.NAME,
             descending: bool = False, limit: int | None = PAGE_SIZE,
             offset: int = 0) -> list[PersonRow]:
        """One page of the people *where* keeps, in the order of *sort*."""
        # Plain columns, not ORM entities: thousands of people load several times faster.
        query = (select(*_P.__table__.columns, _ORG.name.label("organisation_name"))
                 .outerjoin(_ORG, _ORG.id == _P.organisation_id)
                 .where(*_conditions(where))
                 .order_by(*_order(where, sort, descending)).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        with self.db.reading() as session:
            return [PersonRow(person=to_read(row, rm.Person),
                              organisation_name=row.organisation_name or "")
                    for row in session.execute(query).all()]

    def count(self, where: PersonFilter = PersonFilter()) -> int:
        """How many people *where* keeps."""
        query = select(func.count()).select_from(_P)
        if where.text.strip():  # only the text looks at the organisation
            query = query.outerjoin(_ORG, _ORG.id == _P.organisation_id)
        query = query.where(*_conditions(where))
        with self.db.reading() as session:
            return int(session.scalar(query) or 0)

    def position(self, person_id: str, where: PersonFilter = PersonFilter(), *,
                 sort: PersonSort = PersonSort.NAME, descending: bool = False) -> int | None:
        """Where the person sits in `page(where, sort=…)` counted from 0; None when *where*
        leaves them out."""
        numbered = (select(_P.id.label("person_id"),
                           func.row_number().over(order_by=_order(where, sort, descending))
                           .label("n"))
                    .outerjoin(_ORG, _ORG.id == _P.organisation_id)
                    .where(*_conditions(where)).subquery())
        with self.db.reading() as session:
            found = session.scalar(select(numbered.c.n).where(numbered.c.person_id == person_id))
        return int(found) - 1 if found is not None else None


_P = m.Person
_ORG = aliased(m.Organisation, name="person_organisation")


def _like_pattern(text: str) -> str:
    """A LIKE pattern finding *text* (folded) anywhere, its % and _ taken literally."""
    escaped = (folded(text) or "").replace("\\", "\\\\").replace("%", "\\%")
    return "%" + escaped.replace("_", "\\_") + "%"


def _folded(column: Any) -> Any:
    return getattr(func, FOLDED)(column)


def _conditions(where: PersonFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if not where.include_deleted:
        found.append(_P.deleted_at.is_(None))
    if where.organisation_id == WITHOUT_ORGANISATION:
        found.append(_P.organisation_id.is_(None))
    elif where.organisation_id is not None:
        found.append(_P.organisation_id == where.organisation_id)
    text = where.text.strip()
    if text:
        # One folded text per person, like the row a reader scans: name, organisation,
        # role, email, phone (one call of the function per row instead of one per column).
        parts = [func.trim(_P.first_name + literal(" ") + _P.last_name),
                 func.coalesce(_ORG.name, ""), _P.role, _P.email, _P.phone]
        scanned = parts[0]
        for part in parts[1:]:
            scanned = scanned + literal("\n") + part
        matched = _folded(scanned).like(_like_pattern(text), escape="\\")
        bases = where.bases_matching(text)
        found.append(or_(matched, _P.legal_basis.in_(sorted(bases))) if bases else matched)
    return found


def _order(where: PersonFilter, sort: PersonSort, descending: bool) -> list[Any]:
    # The last name (else the first name), then the first name: one folded key, one call
    # of the function per person (U+0001 sorts before any letter).
    name = [_folded(func.coalesce(func.nullif(_P.last_name, ""), _P.first_name)
                    + literal("\x01") + _P.first_name)]
    if sort is PersonSort.NAME:
        keys, tail = name, []
    else:
        firsts: dict[PersonSort, Any] = {
            PersonSort.ORGANISATION: _folded(func.coalesce(_ORG.name, "")),
            PersonSort.ROLE: _folded(_P.role),
            PersonSort.EMAIL: _folded(_P.email),
            PersonSort.PHONE: _P.phone,
            PersonSort.LEGAL_BASIS: case(
                {basis: rank for rank, basis in enumerate(where.bases_in_order())},
                value=_P.legal_basis, else_=len(LegalBasis)),
        }
        keys, tail = [firsts[sort]], name
    return [*(key.desc() if descending else key for key in keys), *tail, _P.id]
