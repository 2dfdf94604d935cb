"""Shared projects and their framework: partners, objectives, indicators, charter, deadlines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain import validation as v
from coopdesk.domain.enums import (
    CooperationForm,
    PartnerRole,
    ProjectMode,
    ProjectStatus,
    VotingRight,
)
from coopdesk.domain.quorum import QuorumRule, validate_rule


@dataclass(frozen=True, kw_only=True)
class ProjectFields:
    title: str
    form: CooperationForm = CooperationForm.ONE_OFF_PARTNERSHIP
    mode: ProjectMode = ProjectMode.COOPERATION
    status: ProjectStatus = ProjectStatus.PREPARING
    description: str = ""
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    budget_cents: int | None = None
    qpv_name: str = ""
    qpv_code: str = ""
    contrat_de_ville: str = ""
    resident_participation: str = ""
    quorum: int | None = None
    # Consortium mode only
    lead_organisation_id: str | None = None
    funder_agreement_ref: str = ""
    #: The quorum as a fraction of the voting partners (wins over `quorum` when set).
    quorum_numerator: int | None = None
    quorum_denominator: int | None = None
    #: Proxies (pouvoirs) one person may hold at a meeting; None: no limit.
    max_proxies: int | None = None

    def validate(self) -> None:
        v.required("title", self.title)
        v.short_texts([("title", self.title), ("qpv_name", self.qpv_name),
                       ("qpv_code", self.qpv_code), ("contrat_de_ville", self.contrat_de_ville),
                       ("funder_agreement_ref", self.funder_agreement_ref)])
        v.long_texts([("description", self.description),
                      ("resident_participation", self.resident_participation)])
        v.not_before("end_on", self.start_on, self.end_on)
        v.not_negative("budget_cents", self.budget_cents)
        validate_rule(self.quorum, self.quorum_numerator, self.quorum_denominator,
                      self.max_proxies)

    @property
    def quorum_rule(self) -> QuorumRule:
        """The quorum of the project's meetings (a meeting may have its own)."""
        return QuorumRule(self.quorum, self.quorum_numerator, self.quorum_denominator,
                          self.max_proxies)


@dataclass(frozen=True, kw_only=True)
class ProjectPartnerFields:
    project_id: str
    organisation_id: str
    role: PartnerRole = PartnerRole.PARTNER
    contribution: str = ""
    commitments: str = ""
    budget_share_cents: int | None = None
    task_share: str = ""
    #: Whether it votes in the project's meetings (by default, as its role says).
    voting: VotingRight = VotingRight.BY_ROLE

    def validate(self) -> None:
        v.required("project_id", self.project_id)
        v.required("organisation_id", self.organisation_id)
        v.long_texts([("contribution", self.contribution), ("commitments", self.commitments)])
        v.short_texts([("task_share", self.task_share)])
        v.not_negative("budget_share_cents", self.budget_share_cents)


@dataclass(frozen=True, kw_only=True)
class ReportingDeadlineFields:
    project_id: str
    label: str
    due_on: dt.date
    done: bool = False

    def validate(self) -> None:
        v.required("label", self.label)
        v.short_texts([("label", self.label)])


@dataclass(frozen=True, kw_only=True)
class ObjectiveFields:
    project_id: str
    title: str
    description: str = ""
    position: str = ""

    def validate(self) -> None:
        v.required("title", self.title)
        v.short_texts([("title", self.title)])
        v.long_texts([("description", self.description)])


@dataclass(frozen=True, kw_only=True)
class IndicatorFields:
    objective_id: str
    name: str
    unit: str = ""
    baseline: float | None = None
    target_value: float | None = None
    current_value: float | None = None

    def validate(self) -> None:
        v.required("name", self.name)
        v.short_texts([("name", self.name), ("unit", self.unit)])

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target, 0..1 (None when it cannot be told)."""
        if self.target_value is None or self.current_value is None:
            return None
        start = self.baseline or 0.0
        if self.target_value == start:
            return 1.0 if self.current_value >= start else 0.0
        return max(0.0, min(1.0, (self.current_value - start) / (self.target_value - start)))


@dataclass(frozen=True, kw_only=True)
class CharterFields:
    project_id: str
    title: str

    def validate(self) -> None:
        v.required("title", self.title)
        v.short_texts([("title", self.title)])


@dataclass(frozen=True, kw_only=True)
class CharterVersionFields:
    charter_id: str
    number: int
    text: str
    adopted_on: dt.date | None = None

    def validate(self) -> None:
        v.required("text", self.text)
        v.long_texts([("text", self.text)])
        v.in_range("number", self.number, 1, 10_000)


@dataclass(frozen=True, kw_only=True)
class CharterAcceptanceFields:
    charter_version_id: str
    organisation_id: str
    accepted_on: dt.date
    accepted_by_person_id: str | None = None
    accepted_by_name: str = ""

    def validate(self) -> None:
        v.required("organisation_id", self.organisation_id)
        v.short_texts([("accepted_by_name", self.accepted_by_name)])
