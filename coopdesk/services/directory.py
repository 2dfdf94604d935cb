"""The directory: organisations and people, with the rows their lists show."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import OrgKind
from coopdesk.services import read_models as rm
from coopdesk.services.records import RecordService, to_read
from coopdesk.store import models as m
from coopdesk.store.db import Database


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
    def __init__(self, db: Database) -> None:
        super().__init__(db, m.Organisation, rm.Organisation, order_by=("name",))

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
    def __init__(self, db: Database) -> None:
        super().__init__(db, m.Person, rm.Person, order_by=("last_name", "first_name"))

    def rows(self, *, organisation_id: str | None = None, text: str = "",
             include_deleted: bool = False) -> list[PersonRow]:
        # Plain columns, not ORM entities: thousands of people load several times faster.
        query = (select(*m.Person.__table__.columns,
                        m.Organisation.name.label("organisation_name"))
                 .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id))
        if not include_deleted:
            query = query.where(m.Person.deleted_at.is_(None))
        if organisation_id is not None:
            query = query.where(m.Person.organisation_id == organisation_id)
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(m.Person.first_name.ilike(like) | m.Person.last_name.ilike(like)
                                | m.Person.email.ilike(like) | m.Person.role.ilike(like))
        query = query.order_by(func.lower(m.Person.last_name), func.lower(m.Person.first_name))
        with self.db.reading() as session:
            return [PersonRow(person=to_read(row, rm.Person),
                              organisation_name=row.organisation_name or "")
                    for row in session.execute(query).all()]
