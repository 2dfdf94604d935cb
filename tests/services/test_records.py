"""The generic record use cases on a real SQLite file."""

from __future__ import annotations

import pytest

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.services.workspace_services import Services


def test_create_edit_delete_restore_organisation(services: Services) -> None:
    created = services.organisations.create(OrganisationFields(name="Les Jardins du Pont"))
    assert "organisation" in created.kinds and created.id in created.ids
    org = services.organisations.get(created.id)
    assert org.name == "Les Jardins du Pont"
    assert org.audit.created_by == "Marie Dupont"
    assert org.audit.created_by_org == "Asso du Pont"

    services.organisations.update(created.id, OrganisationFields(name="Jardins du Pont",
                                                                 city="Lyon"))
    assert services.organisations.get(created.id).city == "Lyon"

    services.organisations.delete(created.id)
    assert services.organisations.list() == []
    assert [item.id for item in services.trash()] == [created.id]
    services.organisations.restore(created.id)
    assert [o.id for o in services.organisations.list()] == [created.id]
    assert services.trash() == []


def test_empty_name_is_refused_and_nothing_is_saved(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.organisations.create(OrganisationFields(name="   "))
    assert caught.value.field == "name"
    assert services.organisations.list() == []


def test_reference_to_missing_record_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.people.create(PersonFields(first_name="Ali", organisation_id="nope"))
    assert caught.value.field == "organisation_id"


def test_unknown_id_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.organisations.get("0190f0f0-0000-7000-8000-000000000000")
