"""Every validation error through the services: the typed error, and nothing written.

A refused create or update writes nothing, so one workspace serves the whole module; each
test checks that the list (trash included) and the edited record are exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.services.workspace_services import Services
from coopdesk.store.models import ALL_MODELS
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE
from tests.domain.field_cases import INVALID, Ids, Invalid, assert_clear_sentence, valid_fields
from tests.services.builders import seed, service

MISSING_ID = "0190f0f0-0000-7000-8000-000000000000"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Ids,
                                                                       dict[str, str]]]:
    """One workspace with a valid record of every kind: (services, ids, id by kind)."""
    folder: Path = tmp_path_factory.mktemp("refusals") / "workspace"
    with Workspace.create(folder, "Refus", TEST_PROFILE) as workspace:
        services = Services(workspace)
        ids = seed(services)
        existing = {kind: service(services, kind).create(valid_fields(kind, ids)).id
                    for kind in {case.kind for case in INVALID}}
        yield services, ids, existing


@pytest.mark.parametrize("case", INVALID, ids=str)
def test_refused_create_writes_nothing(shared: tuple[Services, Ids, dict[str, str]],
                                       case: Invalid) -> None:
    services, ids, _existing = shared
    svc = service(services, case.kind)
    before = svc.list(include_deleted=True)
    with pytest.raises(ValidationError) as caught:
        svc.create(case.fields(ids))
    assert caught.value.field == case.field
    assert_clear_sentence(caught.value.message)
    assert svc.list(include_deleted=True) == before


@pytest.mark.parametrize("case", INVALID, ids=str)
def test_refused_update_changes_nothing(shared: tuple[Services, Ids, dict[str, str]],
                                        case: Invalid) -> None:
    services, ids, existing = shared
    svc = service(services, case.kind)
    record_id = existing[case.kind]
    before = svc.get(record_id)
    everything = svc.list(include_deleted=True)
    with pytest.raises(ValidationError) as caught:
        svc.update(record_id, case.fields(ids))
    assert caught.value.field == case.field
    assert svc.get(record_id) == before
    assert svc.list(include_deleted=True) == everything


#: Every reference a record holds, with the kind of what it points to.
REFERENCES = [
    ("person", "organisation_id"), ("project", "lead_organisation_id"),
    ("project_partner", "project_id"), ("project_partner", "organisation_id"),
    ("reporting_deadline", "project_id"), ("objective", "project_id"),
    ("indicator", "objective_id"), ("charter", "project_id"),
    ("charter_version", "charter_id"), ("charter_acceptance", "charter_version_id"),
    ("charter_acceptance", "organisation_id"), ("charter_acceptance", "accepted_by_person_id"),
    ("action", "project_id"), ("action", "owner_organisation_id"),
    ("action", "owner_person_id"), ("action", "objective_id"),
    ("action", "origin_decision_id"), ("contact_log_entry", "person_id"),
    ("contact_log_entry", "organisation_id"), ("contact_log_entry", "project_id"),
    ("meeting", "project_id"), ("meeting", "secretary_person_id"),
    ("meeting", "president_person_id"), ("meeting", "convened_by_person_id"),
    ("meeting", "approved_in_meeting_id"), ("agenda_item", "meeting_id"),
    ("agenda_item", "presenter_person_id"), ("attendance", "meeting_id"),
    ("attendance", "person_id"), ("attendance", "organisation_id"),
    ("attendance", "represented_by_person_id"), ("decision", "meeting_id"),
    ("decision", "agenda_item_id"), ("resource", "organisation_id"),
    ("booking", "resource_id"), ("booking", "borrower_organisation_id"),
    ("booking", "borrower_person_id"), ("booking", "project_id"),
    ("review", "project_id"), ("review_score", "review_id"),
    ("review_score", "organisation_id"),
]


@pytest.mark.parametrize(("kind", "field"), REFERENCES, ids=lambda x: str(x))
def test_reference_to_a_missing_record_is_refused(
        shared: tuple[Services, Ids, dict[str, str]], kind: str, field: str) -> None:
    services, ids, existing = shared
    svc = service(services, kind)
    before = svc.list(include_deleted=True)
    fields = replace(valid_fields(kind, ids), **{field: MISSING_ID})
    with pytest.raises(ValidationError) as caught:
        svc.create(fields)
    assert caught.value.field == field
    assert_clear_sentence(caught.value.message)
    assert caught.value.message.startswith("The chosen ")
    with pytest.raises(ValidationError):
        svc.update(existing[kind], fields)
    assert svc.list(include_deleted=True) == before


def test_every_reference_column_is_checked() -> None:
    """The list above covers every foreign key of every table."""
    declared = {(model.__kind__, column.key) for model in ALL_MODELS
                for column in model.__table__.columns if column.foreign_keys}
    assert declared == set(REFERENCES)


def test_huge_summary_is_refused_with_a_clear_message(
        shared: tuple[Services, Ids, dict[str, str]]) -> None:
    services, ids, _existing = shared
    before = services.exchanges.list(include_deleted=True)
    with pytest.raises(ValidationError) as caught:
        services.exchanges.create(replace(valid_fields("contact_log_entry", ids),
                                          summary="é" * 1_000_000))
    assert caught.value.field == "summary"
    assert caught.value.message == (
        "This text is too long (1000000 characters, at most 200000).")
    assert services.exchanges.list(include_deleted=True) == before


def test_large_summary_is_saved_and_read_back_intact(services: Services) -> None:
    ids = seed(services)
    summary = "".join(f"Ligne {n} : réunion « bilan » ✓\n" for n in range(4_000))[:100_000]
    assert len(summary) == 100_000
    created = services.exchanges.create(replace(valid_fields("contact_log_entry", ids),
                                                summary=summary))
    assert services.exchanges.get(created.id).summary == summary
    assert [entry.summary for entry in services.exchanges.list()] == [summary]
