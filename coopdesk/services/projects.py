"""Shared projects and their framework: partners, objectives, indicators, charter."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import PartnerRole, ProjectMode, ProjectStatus
from coopdesk.domain.errors import ConflictError
from coopdesk.domain.ordering import position_after
from coopdesk.domain.projects import (
    CharterVersionFields,
    ObjectiveFields,
    ProjectFields,
    ProjectPartnerFields,
)
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.records import RecordService, to_read
from coopdesk.store import models as m
from coopdesk.store.base import Record


@dataclass(frozen=True)
class ProjectRow:
    project: rm.Project
    lead_name: str
    partner_count: int

    @property
    def id(self) -> str:
        return self.project.id


@dataclass(frozen=True)
class PartnerLine:
    partner: rm.ProjectPartner
    organisation_name: str


@dataclass(frozen=True)
class ObjectiveLine:
    objective: rm.Objective
    indicators: tuple[rm.Indicator, ...]


@dataclass(frozen=True)
class AcceptanceLine:
    acceptance: rm.CharterAcceptance
    organisation_name: str


#: The partners who sign a charter: funders and supporters back the project, the members
#: (the lead and the partners) are the ones bound by it.
SIGNING_ROLES = (PartnerRole.LEAD, PartnerRole.PARTNER)


@dataclass(frozen=True)
class Signatory:
    """A partner organisation expected to accept the charter."""

    organisation_id: str
    name: str


@dataclass(frozen=True)
class CharterLine:
    """A charter, its versions and who accepted which: the one reading of charter
    acceptance, for the project's page and the dossier alike."""

    charter: rm.Charter
    versions: tuple[rm.CharterVersion, ...]
    #: Acceptances by version id.
    acceptances: dict[str, tuple[AcceptanceLine, ...]]
    #: The project's partners who sign (SIGNING_ROLES), in the project's partner order.
    signatories: tuple[Signatory, ...] = ()

    @property
    def current(self) -> rm.CharterVersion | None:
        return self.versions[-1] if self.versions else None

    def accepted_by(self, version_id: str) -> frozenset[str]:
        """Ids of the organisations that accepted the version."""
        return frozenset(a.acceptance.organisation_id
                         for a in self.acceptances.get(version_id, ()))

    def missing(self, version_id: str) -> tuple[Signatory, ...]:
        """The signatories that have not accepted the version yet, in partner order."""
        accepted = self.accepted_by(version_id)
        return tuple(s for s in self.signatories if s.organisation_id not in accepted)


@dataclass(frozen=True)
class ProjectDetail:
    project: rm.Project
    lead_name: str
    partners: tuple[PartnerLine, ...]
    objectives: tuple[ObjectiveLine, ...]
    charters: tuple[CharterLine, ...]
    deadlines: tuple[rm.ReportingDeadline, ...]


def _live(model: type[Record]) -> ColumnElement[bool]:
    return model.deleted_at.is_(None)


def _role_rank() -> ColumnElement[int]:
    """Partners in the order of PartnerRole (the lead first), not alphabetically by value."""
    return case({role: rank for rank, role in enumerate(PartnerRole)},
                value=m.ProjectPartner.role, else_=len(PartnerRole))


class ProjectService(RecordService[ProjectFields, rm.Project, m.Project]):
    def rows(self, *, status: ProjectStatus | None = None, mode: ProjectMode | None = None,
             organisation_id: str | None = None, text: str = "",
             include_deleted: bool = False) -> list[ProjectRow]:
        partners = (select(m.ProjectPartner.project_id, func.count().label("n"))
                    .where(_live(m.ProjectPartner)).group_by(m.ProjectPartner.project_id)
                    .subquery())
        query = (select(m.Project, m.Organisation.name, func.coalesce(partners.c.n, 0))
                 .outerjoin(m.Organisation, m.Organisation.id == m.Project.lead_organisation_id)
                 .outerjoin(partners, partners.c.project_id == m.Project.id))
        if not include_deleted:
            query = query.where(_live(m.Project))
        if status is not None:
            query = query.where(m.Project.status == status)
        if mode is not None:
            query = query.where(m.Project.mode == mode)
        if organisation_id is not None:
            query = query.where(m.Project.id.in_(
                select(m.ProjectPartner.project_id).where(
                    m.ProjectPartner.organisation_id == organisation_id, _live(m.ProjectPartner))))
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(m.Project.title.ilike(like) | m.Project.qpv_name.ilike(like))
        with self.db.reading() as session:
            rows = session.execute(query.order_by(func.lower(m.Project.title))).all()
            return [ProjectRow(project=to_read(p, rm.Project), lead_name=lead or "",
                               partner_count=n) for p, lead, n in rows]

    def detail(self, project_id: str) -> ProjectDetail:
        with self.db.reading() as session:
            project = self._load(session, project_id)
            lead = (session.get(m.Organisation, project.lead_organisation_id)
                    if project.lead_organisation_id else None)
            return ProjectDetail(
                project=to_read(project, rm.Project),
                lead_name=lead.name if lead else "",
                partners=self._partners(session, project_id),
                objectives=self._objectives(session, project_id),
                charters=self._charters(session, project_id, self._signatories(
                    self._partners(session, project_id))),
                deadlines=tuple(to_read(d, rm.ReportingDeadline) for d in session.scalars(
                    select(m.ReportingDeadline).where(m.ReportingDeadline.project_id == project_id,
                                                      _live(m.ReportingDeadline))
                    .order_by(m.ReportingDeadline.due_on))),
            )

    @staticmethod
    def _partners(session: Session, project_id: str) -> tuple[PartnerLine, ...]:
        rows = session.execute(
            select(m.ProjectPartner, m.Organisation.name)
            .outerjoin(m.Organisation, m.Organisation.id == m.ProjectPartner.organisation_id)
            .where(m.ProjectPartner.project_id == project_id, _live(m.ProjectPartner))
            .order_by(_role_rank(), func.lower(m.Organisation.name))).all()
        return tuple(PartnerLine(to_read(pp, rm.ProjectPartner), name or "") for pp, name in rows)

    @staticmethod
    def _objectives(session: Session, project_id: str) -> tuple[ObjectiveLine, ...]:
        objectives = session.scalars(
            select(m.Objective).where(m.Objective.project_id == project_id, _live(m.Objective))
            .order_by(m.Objective.position, m.Objective.id)).all()
        lines = []
        for objective in objectives:
            indicators = session.scalars(
                select(m.Indicator).where(m.Indicator.objective_id == objective.id,
                                          _live(m.Indicator)).order_by(m.Indicator.name)).all()
            lines.append(ObjectiveLine(to_read(objective, rm.Objective),
                                       tuple(to_read(i, rm.Indicator) for i in indicators)))
        return tuple(lines)

    @staticmethod
    def _signatories(partners: tuple[PartnerLine, ...]) -> tuple[Signatory, ...]:
        found: dict[str, Signatory] = {}
        for line in partners:
            if line.partner.role in SIGNING_ROLES:
                org = line.partner.organisation_id
                found.setdefault(org, Signatory(org, line.organisation_name))
        return tuple(found.values())

    @staticmethod
    def _charters(session: Session, project_id: str,
                  signatories: tuple[Signatory, ...]) -> tuple[CharterLine, ...]:
        lines = []
        for charter in session.scalars(select(m.Charter).where(
                m.Charter.project_id == project_id, _live(m.Charter)).order_by(m.Charter.title)):
            versions = session.scalars(select(m.CharterVersion).where(
                m.CharterVersion.charter_id == charter.id, _live(m.CharterVersion))
                .order_by(m.CharterVersion.number)).all()
            acceptances: dict[str, tuple[AcceptanceLine, ...]] = {}
            for version in versions:
                rows = session.execute(
                    select(m.CharterAcceptance, m.Organisation.name)
                    .outerjoin(m.Organisation,
                               m.Organisation.id == m.CharterAcceptance.organisation_id)
                    .where(m.CharterAcceptance.charter_version_id == version.id,
                           _live(m.CharterAcceptance))
                    .order_by(m.CharterAcceptance.accepted_on)).all()
                acceptances[version.id] = tuple(
                    AcceptanceLine(to_read(a, rm.CharterAcceptance), name or "")
                    for a, name in rows)
            lines.append(CharterLine(to_read(charter, rm.Charter),
                                     tuple(to_read(v, rm.CharterVersion) for v in versions),
                                     acceptances, signatories))
        return tuple(lines)


class _ProjectChild:
    """Changes to a part of a project also change the project page."""

    def related_changes(self, session: Session, record: Record) -> Changes:
        project_id = getattr(record, "project_id", None)
        return Changes.of("project", project_id) if project_id else Changes.of("project")


class ProjectPartnerService(_ProjectChild, RecordService[ProjectPartnerFields, rm.ProjectPartner,
                                                         m.ProjectPartner]):
    def check(self, session: Session, fields: ProjectPartnerFields,
              record: m.ProjectPartner | None) -> None:
        self._refuse_duplicate(session, fields.project_id, fields.organisation_id,
                               record.id if record else None)

    def check_restore(self, session: Session, record: m.ProjectPartner) -> None:
        self._refuse_duplicate(session, record.project_id, record.organisation_id, record.id)

    @staticmethod
    def _refuse_duplicate(session: Session, project_id: str, organisation_id: str,
                          own_id: str | None) -> None:
        clash = session.scalar(select(m.ProjectPartner.id).where(
            m.ProjectPartner.project_id == project_id,
            m.ProjectPartner.organisation_id == organisation_id,
            m.ProjectPartner.id != (own_id or ""), _live(m.ProjectPartner)))
        if clash is not None:
            org = session.get(m.Organisation, organisation_id)
            raise ConflictError("{name} is already a partner of this project.",
                                name=org.name if org else organisation_id)


class ObjectiveService(_ProjectChild, RecordService[ObjectiveFields, rm.Objective, m.Objective]):
    def prepare(self, session: Session, fields: ObjectiveFields,
                record: m.Objective | None) -> ObjectiveFields:
        if fields.position:
            return fields
        if record is not None:
            return replace(fields, position=record.position)
        last = session.scalar(select(func.max(m.Objective.position)).where(
            m.Objective.project_id == fields.project_id))
        return replace(fields, position=position_after(last or None))


class CharterVersionService(RecordService[CharterVersionFields, rm.CharterVersion,
                                          m.CharterVersion]):
    def next_number(self, charter_id: str) -> int:
        with self.db.reading() as session:
            last = session.scalar(select(func.max(m.CharterVersion.number)).where(
                m.CharterVersion.charter_id == charter_id))
            return (last or 0) + 1

    def related_changes(self, session: Session, record: m.CharterVersion) -> Changes:
        charter = session.get(m.Charter, record.charter_id)
        return Changes.of("project", charter.project_id) if charter else Changes.of("project")
