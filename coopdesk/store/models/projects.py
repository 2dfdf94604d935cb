from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.enums import (
    CooperationForm,
    PartnerRole,
    ProjectMode,
    ProjectStatus,
    VotingRight,
)
from coopdesk.store.base import Record, SearchText, enum_column, long_text, short_text


class Project(Record):
    __tablename__ = "project"
    __kind__ = "project"
    __search__ = SearchText(("title",), ("description", "qpv_name", "contrat_de_ville",
                                         "resident_participation", "funder_agreement_ref"))

    title: Mapped[str] = mapped_column(String(500), index=True)
    form: Mapped[CooperationForm] = enum_column(CooperationForm,
                                                CooperationForm.ONE_OFF_PARTNERSHIP)
    mode: Mapped[ProjectMode] = enum_column(ProjectMode, ProjectMode.COOPERATION)
    status: Mapped[ProjectStatus] = enum_column(ProjectStatus, ProjectStatus.PREPARING)
    description: Mapped[str] = long_text()
    start_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    budget_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    qpv_name: Mapped[str] = short_text()
    qpv_code: Mapped[str] = short_text(40)
    contrat_de_ville: Mapped[str] = short_text()
    resident_participation: Mapped[str] = long_text()
    quorum: Mapped[int | None] = mapped_column(Integer, default=None)
    lead_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                             default=None)
    funder_agreement_ref: Mapped[str] = short_text()
    quorum_numerator: Mapped[int | None] = mapped_column(Integer, default=None)
    quorum_denominator: Mapped[int | None] = mapped_column(Integer, default=None)
    max_proxies: Mapped[int | None] = mapped_column(Integer, default=None)


class ProjectPartner(Record):
    """An organisation's part in a project. A set member: a row of its own (SYNC.md)."""

    __tablename__ = "project_partner"
    __kind__ = "project_partner"
    __part_of__ = "project_id"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[PartnerRole] = enum_column(PartnerRole, PartnerRole.PARTNER)
    contribution: Mapped[str] = long_text()
    commitments: Mapped[str] = long_text()
    budget_share_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    task_share: Mapped[str] = short_text()
    voting: Mapped[VotingRight] = enum_column(VotingRight, VotingRight.BY_ROLE)


class ReportingDeadline(Record):
    __tablename__ = "reporting_deadline"
    __kind__ = "reporting_deadline"
    __part_of__ = "project_id"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    label: Mapped[str] = short_text()
    due_on: Mapped[dt.date] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Objective(Record):
    __tablename__ = "objective"
    __kind__ = "objective"
    __part_of__ = "project_id"
    __search__ = SearchText(("title",), ("description",))

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    title: Mapped[str] = short_text()
    description: Mapped[str] = long_text()
    #: Fractional index, tie-broken by id (SYNC.md, ordered lists).
    position: Mapped[str] = short_text(100)


class Indicator(Record):
    __tablename__ = "indicator"
    __kind__ = "indicator"
    __part_of__ = "objective_id"

    objective_id: Mapped[str] = mapped_column(ForeignKey("objective.id"), index=True)
    name: Mapped[str] = short_text()
    unit: Mapped[str] = short_text(100)
    baseline: Mapped[float | None] = mapped_column(Float, default=None)
    target_value: Mapped[float | None] = mapped_column(Float, default=None)
    current_value: Mapped[float | None] = mapped_column(Float, default=None)


class Charter(Record):
    __tablename__ = "charter"
    __kind__ = "charter"
    __part_of__ = "project_id"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    title: Mapped[str] = short_text()


class CharterVersion(Record):
    __tablename__ = "charter_version"
    __kind__ = "charter_version"
    __part_of__ = "charter_id"

    charter_id: Mapped[str] = mapped_column(ForeignKey("charter.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = long_text()
    adopted_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class CharterAcceptance(Record):
    __tablename__ = "charter_acceptance"
    __kind__ = "charter_acceptance"
    __part_of__ = "charter_version_id"

    charter_version_id: Mapped[str] = mapped_column(ForeignKey("charter_version.id"),
                                                    index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    accepted_on: Mapped[dt.date] = mapped_column(Date)
    accepted_by_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"),
                                                              default=None)
    accepted_by_name: Mapped[str] = short_text()
