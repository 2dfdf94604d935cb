"""Valid fields for every kind of record, and every way `validate()` refuses them.

Shared by the domain tests (no database) and the service tests (a real workspace), so one
table lists each validation error once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    ExchangeKind,
    LegalBasis,
    Practice,
)
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.pooling import BookingFields, ResourceFields
from coopdesk.domain.projects import (
    CharterAcceptanceFields,
    CharterFields,
    CharterVersionFields,
    IndicatorFields,
    ObjectiveFields,
    ProjectFields,
    ProjectPartnerFields,
    ReportingDeadlineFields,
)
from coopdesk.domain.reviews import ReviewFields, ReviewScoreFields
from coopdesk.domain.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX

DAY = dt.date(2026, 3, 16)
NOON = dt.datetime(2026, 3, 16, 12, 0)


@dataclass(frozen=True)
class Ids:
    """Ids of the records other records point to."""

    organisation: str = "org-1"
    other_organisation: str = "org-2"
    person: str = "person-1"
    project: str = "project-1"
    objective: str = "objective-1"
    charter: str = "charter-1"
    charter_version: str = "charter-version-1"
    meeting: str = "meeting-1"
    resource: str = "resource-1"
    review: str = "review-1"


FAKE_IDS = Ids()

#: Every record kind, in the order its parents must exist.
KINDS = (
    "organisation", "person", "project", "project_partner", "reporting_deadline", "objective",
    "indicator", "charter", "charter_version", "charter_acceptance", "action",
    "contact_log_entry", "meeting", "agenda_item", "attendance", "decision", "resource",
    "booking", "review", "review_score",
)

_BUILDERS: dict[str, Callable[[Ids], Any]] = {
    "organisation": lambda ids: OrganisationFields(
        name="Les Jardins du Pont", acronym="JDP", city="Lyon", email="contact@jdp.fr"),
    "person": lambda ids: PersonFields(
        first_name="Ali", last_name="Benali", organisation_id=ids.organisation,
        role="Coordinateur", email="ali@jdp.fr"),
    "project": lambda ids: ProjectFields(
        title="Fête de quartier", start_on=DAY, end_on=DAY + dt.timedelta(days=90),
        budget_cents=150_000, quorum=3),
    "project_partner": lambda ids: ProjectPartnerFields(
        project_id=ids.project, organisation_id=ids.organisation, contribution="La salle"),
    "reporting_deadline": lambda ids: ReportingDeadlineFields(
        project_id=ids.project, label="Bilan intermédiaire", due_on=DAY),
    "objective": lambda ids: ObjectiveFields(project_id=ids.project, title="Réunir 200 habitants"),
    "indicator": lambda ids: IndicatorFields(
        objective_id=ids.objective, name="Participants", unit="personnes", target_value=200.0),
    "charter": lambda ids: CharterFields(project_id=ids.project, title="Charte du collectif"),
    "charter_version": lambda ids: CharterVersionFields(
        charter_id=ids.charter, number=1, text="Nous nous engageons à…"),
    "charter_acceptance": lambda ids: CharterAcceptanceFields(
        charter_version_id=ids.charter_version, organisation_id=ids.organisation,
        accepted_on=DAY, accepted_by_name="Ali Benali"),
    "action": lambda ids: ActionFields(title="Réserver la salle", project_id=ids.project,
                                       due_on=DAY),
    # As the exchange rules leave it: an author, and the person's organisation.
    "contact_log_entry": lambda ids: ContactLogEntryFields(
        kind=ExchangeKind.CALL, occurred_on=DAY, subject="Point sur la fête",
        person_id=ids.person, organisation_id=ids.organisation, author_name="Ali Benali",
        author_organisation="JDP"),
    "meeting": lambda ids: MeetingFields(
        title="Comité de pilotage", starts_at=NOON, ends_at=NOON + dt.timedelta(hours=2)),
    "agenda_item": lambda ids: AgendaItemFields(meeting_id=ids.meeting, title="Budget",
                                                planned_minutes=20),
    "attendance": lambda ids: AttendanceFields(meeting_id=ids.meeting, person_id=ids.person),
    "decision": lambda ids: DecisionFields(meeting_id=ids.meeting, text="La fête aura lieu.",
                                           votes_for=5),
    "resource": lambda ids: ResourceFields(organisation_id=ids.organisation, name="Barnum",
                                           value_per_day_cents=2_000),
    "booking": lambda ids: BookingFields(
        resource_id=ids.resource, starts_at=NOON, ends_at=NOON + dt.timedelta(days=1)),
    "review": lambda ids: ReviewFields(project_id=ids.project, held_on=DAY, title="Bilan"),
    "review_score": lambda ids: ReviewScoreFields(
        review_id=ids.review, organisation_id=ids.organisation,
        practice=Practice.OBJECTIVES, score=4),
}

#: A change of one business field per kind, for edit tests.
EDITS: dict[str, dict[str, Any]] = {
    "organisation": {"city": "Villeurbanne"},
    "person": {"role": "Présidente"},
    "project": {"description": "Une fête pour tout le quartier."},
    "project_partner": {"commitments": "Prêter la salle deux fois"},
    "reporting_deadline": {"done": True},
    "objective": {"description": "Avec les habitants"},
    "indicator": {"current_value": 120.0},
    "charter": {"title": "Charte du collectif (révisée)"},
    "charter_version": {"adopted_on": DAY},
    "charter_acceptance": {"accepted_by_name": "Awa Diallo"},
    "action": {"status": ActionStatus.IN_PROGRESS},
    "contact_log_entry": {"summary": "Tout est prêt."},
    "meeting": {"place": "Maison de quartier"},
    "agenda_item": {"outcome": "Budget adopté"},
    "attendance": {"status": AttendanceStatus.EXCUSED},
    "decision": {"votes_against": 1},
    "resource": {"location": "Local rue Garibaldi"},
    "booking": {"purpose": "Fête de quartier"},
    "review": {"comments": "Bonne dynamique"},
    "review_score": {"score": 2},
}


def valid_fields(kind: str, ids: Ids = FAKE_IDS) -> Any:
    """Fields that validate for *kind*, pointing at *ids*."""
    return _BUILDERS[kind](ids)


@dataclass(frozen=True)
class Invalid:
    """One way the fields of *kind* are refused: these overrides, reported on *field*."""

    kind: str
    overrides: dict[str, Any]
    field: str
    label: str

    def fields(self, ids: Ids = FAKE_IDS) -> Any:
        return replace(valid_fields(kind=self.kind, ids=ids), **self.overrides)

    def __str__(self) -> str:
        return f"{self.kind}-{self.label}"


TOO_LONG_SHORT = "x" * (SHORT_TEXT_MAX + 1)
TOO_LONG_LONG = "x" * (LONG_TEXT_MAX + 1)

#: Text fields by kind: (short fields, long fields).
_TEXTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "organisation": (("name", "acronym", "address", "postcode", "city", "email", "phone",
                      "website"), ("description", "strengths")),
    "person": (("first_name", "last_name", "role", "email", "phone"), ("notes",)),
    "project": (("title", "qpv_name", "qpv_code", "contrat_de_ville", "funder_agreement_ref"),
                ("description", "resident_participation")),
    "project_partner": (("task_share",), ("contribution", "commitments")),
    "reporting_deadline": (("label",), ()),
    "objective": (("title",), ("description",)),
    "indicator": (("name", "unit"), ()),
    "charter": (("title",), ()),
    "charter_version": ((), ("text",)),
    "charter_acceptance": (("accepted_by_name",), ()),
    "action": (("title",), ("description",)),
    "contact_log_entry": (("subject", "author_name", "author_organisation", "follow_up"),
                          ("summary",)),
    "meeting": (("title", "place", "video_link"), ("notes",)),
    "agenda_item": (("title",), ("notes", "outcome")),
    "attendance": ((), ()),
    "decision": ((), ("text", "named_votes")),
    "resource": (("name", "location"), ("description",)),
    "booking": (("purpose", "return_condition"), ()),
    "review": (("title",), ("comments",)),
    "review_score": ((), ("comment",)),
}

#: Fields that may not be empty (or only spaces), by kind.
_REQUIRED: dict[str, tuple[str, ...]] = {
    "organisation": ("name",),
    "person": ("first_name",),
    "project": ("title",),
    "project_partner": ("project_id", "organisation_id"),
    "reporting_deadline": ("label",),
    "objective": ("title",),
    "indicator": ("name",),
    "charter": ("title",),
    "charter_version": ("text",),
    "charter_acceptance": ("organisation_id",),
    "action": ("title",),
    "contact_log_entry": ("subject",),
    "meeting": ("title",),
    "agenda_item": ("title",),
    "decision": ("text",),
    "resource": ("organisation_id", "name"),
    "booking": ("resource_id",),
    "review": ("project_id",),
    "review_score": ("organisation_id",),
}

_RULES: list[Invalid] = [
    Invalid("organisation", {"email": "contact.jdp.fr"}, "email", "email-without-at"),
    Invalid("organisation", {"email": "@jdp.fr"}, "email", "email-starting-with-at"),
    Invalid("organisation", {"email": "contact@"}, "email", "email-ending-with-at"),
    Invalid("person", {"email": "ali"}, "email", "email-without-at"),
    Invalid("person", {"legal_basis": LegalBasis.CONSENT, "consent_on": None}, "consent_on",
            "consent-without-date"),
    Invalid("project", {"end_on": DAY - dt.timedelta(days=1)}, "end_on", "end-before-start"),
    Invalid("project", {"budget_cents": -1}, "budget_cents", "negative-budget"),
    Invalid("project", {"quorum": -1}, "quorum", "negative-quorum"),
    Invalid("project", {"quorum": 10_001}, "quorum", "huge-quorum"),
    Invalid("project_partner", {"budget_share_cents": -5}, "budget_share_cents",
            "negative-share"),
    Invalid("charter_version", {"number": 0}, "number", "number-zero"),
    Invalid("charter_version", {"number": 10_001}, "number", "number-too-big"),
    Invalid("contact_log_entry", {"person_id": None, "organisation_id": None}, "person_id",
            "nobody"),
    Invalid("contact_log_entry", {"follow_up_on": DAY - dt.timedelta(days=1)}, "follow_up_on",
            "follow-up-before-exchange"),
    Invalid("meeting", {"ends_at": NOON - dt.timedelta(minutes=1)}, "ends_at",
            "end-before-start"),
    Invalid("agenda_item", {"planned_minutes": -1}, "planned_minutes", "negative-minutes"),
    Invalid("agenda_item", {"planned_minutes": 24 * 60 + 1}, "planned_minutes",
            "over-a-day"),
    Invalid("attendance", {"person_id": None, "organisation_id": None}, "person_id", "nobody"),
    Invalid("attendance", {"status": AttendanceStatus.REPRESENTED}, "represented_by_person_id",
            "represented-by-nobody"),
    *(Invalid("decision", {name: value}, name, f"{name}-{value}")
      for name in ("votes_for", "votes_against", "votes_abstain") for value in (-1, 100_001)),
    Invalid("resource", {"value_per_day_cents": -1}, "value_per_day_cents", "negative-value"),
    Invalid("booking", {"ends_at": NOON}, "ends_at", "ends-when-it-starts"),
    Invalid("booking", {"ends_at": NOON - dt.timedelta(hours=1)}, "ends_at", "end-before-start"),
    Invalid("booking", {"value_cents": -1}, "value_cents", "negative-value"),
    Invalid("review", {"next_review_on": DAY - dt.timedelta(days=1)}, "next_review_on",
            "next-before-held"),
    Invalid("review_score", {"score": 0}, "score", "score-0"),
    Invalid("review_score", {"score": 6}, "score", "score-6"),
    Invalid("review_score", {"score": -3}, "score", "score-negative"),
]


def _all_invalid() -> list[Invalid]:
    cases: list[Invalid] = []
    for kind, names in _REQUIRED.items():
        for name in names:
            cases.append(Invalid(kind, {name: ""}, name, f"{name}-empty"))
            cases.append(Invalid(kind, {name: "  \t "}, name, f"{name}-blank"))
    for kind, (short, long) in _TEXTS.items():
        cases.extend(Invalid(kind, {name: TOO_LONG_SHORT}, name, f"{name}-too-long")
                     for name in short)
        cases.extend(Invalid(kind, {name: TOO_LONG_LONG}, name, f"{name}-too-long")
                     for name in long)
    return cases + _RULES


INVALID = _all_invalid()


def text_fields(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(short text fields, long text fields) of *kind*."""
    return _TEXTS[kind]


def assert_clear_sentence(message: str) -> None:
    """A message fit for a user: one or more complete sentences, every parameter filled."""
    assert message.strip() == message and len(message) >= 12, message
    assert message[0].isupper() or message[0].isdigit() or message[0] in "-“", message
    assert message.endswith("."), message
    assert "{" not in message and "}" not in message, message
    assert "_" not in message, message
