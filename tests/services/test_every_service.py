"""Create, get, list, edit, delete to trash and restore with every service of `Services`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.profile import Profile
from coopdesk.services.changes import Changes, Created
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE
from tests.domain.field_cases import EDITS, KINDS, Ids, valid_fields
from tests.services.builders import (
    PARENT_OF_KIND,
    SERVICE_OF_KIND,
    service,
    workspace_fixtures,
)

OTHER_PROFILE = Profile(name="Awa Diallo", organisation="Collectif Voisins")
MISSING_ID = "0190f0f0-0000-7000-8000-000000000000"

workspace_template, workspace, ids = workspace_fixtures()


def _assert_names(changes: Changes, kind: str, record_id: str, fields: Any) -> None:
    assert kind in changes.kinds
    assert record_id in changes.ids
    parent = PARENT_OF_KIND.get(kind)
    if parent is not None:
        parent_kind, parent_field = parent
        assert parent_kind in changes.kinds
        if parent_field is not None:
            assert getattr(fields, parent_field) in changes.ids


def _business_values(record: Any, fields: Any) -> dict[str, Any]:
    return {item.name: getattr(record, item.name) for item in dataclasses.fields(fields)
            if item.name != "position"}


@pytest.fixture
def other_services(services: Services) -> Iterator[Services]:
    """The same workspace file opened under another person's profile."""
    workspace = Workspace.open(services.workspace.folder, OTHER_PROFILE)
    yield Services(workspace)
    workspace.close()


def test_every_service_is_wired_under_its_kind(services: Services) -> None:
    assert set(services.by_kind()) == set(KINDS)
    for kind, attribute in SERVICE_OF_KIND.items():
        assert getattr(services, attribute).kind == kind
        assert services.by_kind()[kind] is getattr(services, attribute)


@pytest.mark.parametrize("kind", KINDS)
def test_lifecycle(services: Services, ids: Ids, kind: str) -> None:
    svc = service(services, kind)
    before = {record.id for record in svc.list()}
    fields = valid_fields(kind, ids)

    created = svc.create(fields)
    assert isinstance(created, Created)
    _assert_names(created, kind, created.id, fields)
    record = svc.get(created.id)
    assert record.id == created.id
    assert _business_values(record, fields) == _business_values(fields, fields)
    assert {r.id for r in svc.list()} == before | {created.id}

    edited = replace(fields, **EDITS[kind])
    changes = svc.update(created.id, edited)
    _assert_names(changes, kind, created.id, edited)
    after_edit = svc.get(created.id)
    assert _business_values(after_edit, edited) == _business_values(edited, edited)
    assert after_edit.audit.created_at == record.audit.created_at
    assert after_edit.audit.updated_at >= record.audit.updated_at

    changes = svc.delete(created.id)
    _assert_names(changes, kind, created.id, edited)
    assert {r.id for r in svc.list()} == before
    trashed = svc.get(created.id)
    assert trashed.audit.in_trash and trashed.audit.deleted_by == TEST_PROFILE.name
    assert created.id in {r.id for r in svc.list(include_deleted=True)}
    assert (kind, created.id) in {(item.kind, item.id) for item in services.trash()}

    changes = svc.restore(created.id)
    _assert_names(changes, kind, created.id, edited)
    assert {r.id for r in svc.list()} == before | {created.id}
    restored = svc.get(created.id)
    assert not restored.audit.in_trash and restored.audit.deleted_by == ""
    assert _business_values(restored, edited) == _business_values(edited, edited)
    assert (kind, created.id) not in {(item.kind, item.id) for item in services.trash()}


@pytest.mark.parametrize("kind", KINDS)
def test_audit_fields(services: Services, other_services: Services, ids: Ids,
                     kind: str) -> None:
    svc = service(services, kind)
    fields = valid_fields(kind, ids)
    record_id = svc.create(fields).id
    created = svc.get(record_id).audit
    assert (created.created_by, created.created_by_org) == (TEST_PROFILE.name,
                                                            TEST_PROFILE.organisation)
    assert (created.updated_by, created.updated_by_org) == (TEST_PROFILE.name,
                                                            TEST_PROFILE.organisation)
    assert created.created_at == created.updated_at

    # Saving the same values again is not a change: nothing is stamped.
    other_svc = service(other_services, kind)
    other_svc.update(record_id, fields)
    assert svc.get(record_id).audit == created

    edited = replace(fields, **EDITS[kind])
    other_svc.update(record_id, edited)
    audit = svc.get(record_id).audit
    assert (audit.created_by, audit.created_by_org, audit.created_at) == (
        created.created_by, created.created_by_org, created.created_at)
    assert (audit.updated_by, audit.updated_by_org) == (OTHER_PROFILE.name,
                                                        OTHER_PROFILE.organisation)
    assert audit.updated_at >= created.updated_at

    # Back to the first profile, with no change: the other stays the last editor.
    svc.update(record_id, edited)
    assert svc.get(record_id).audit == audit


@pytest.mark.parametrize("kind", ["organisation", "booking", "agenda_item"])
def test_unknown_ids_raise_not_found(services: Services, ids: Ids, kind: str) -> None:
    svc = service(services, kind)
    fields = valid_fields(kind, ids)
    for call in (lambda: svc.get(MISSING_ID), lambda: svc.update(MISSING_ID, fields),
                 lambda: svc.delete(MISSING_ID), lambda: svc.restore(MISSING_ID)):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert caught.value.message == f"This record no longer exists: {kind} {MISSING_ID}."
    assert [r.id for r in svc.list(include_deleted=True)
            if r.id == MISSING_ID] == []


def test_deleting_twice_keeps_the_first_deletion(services: Services,
                                                 other_services: Services) -> None:
    org = services.organisations.create(valid_fields("organisation")).id
    services.organisations.delete(org)
    first = services.organisations.get(org).audit
    other_services.organisations.delete(org)
    assert services.organisations.get(org).audit == first


def test_list_filters_pages_and_orders(services: Services, ids: Ids) -> None:
    for title in ("Charlie", "alpha", "Bravo"):
        services.actions.create(replace(valid_fields("action", ids), title=title, due_on=None))
    services.actions.create(replace(valid_fields("action", ids), title="Zulu",
                                    project_id=None))
    by_project = services.actions.list(project_id=ids.project)
    assert sorted(a.title for a in by_project) == ["Bravo", "Charlie", "alpha"]
    titles = [a.title for a in services.actions.list()]
    assert sorted(titles) == ["Bravo", "Charlie", "Zulu", "alpha"]
    assert [a.title for a in services.actions.list(limit=2, offset=1)] == titles[1:3]
    assert [a.title for a in services.actions.list(offset=3)] == titles[3:]


def test_a_reference_to_a_record_in_the_trash_is_refused(services: Services, ids: Ids) -> None:
    services.projects.delete(ids.project)
    with pytest.raises(Exception) as caught:
        services.deadlines.create(valid_fields("reporting_deadline", ids))
    assert getattr(caught.value, "field", None) == "project_id"
    assert services.deadlines.list() == []


def test_editing_keeps_an_unchanged_reference_to_a_trashed_parent(services: Services,
                                                                  ids: Ids) -> None:
    """A child already linked to a parent now in the trash can still be edited."""
    deadline = services.deadlines.create(valid_fields("reporting_deadline", ids)).id
    services.projects.delete(ids.project)
    services.deadlines.update(deadline, replace(valid_fields("reporting_deadline", ids),
                                                label="Bilan final"))
    assert services.deadlines.get(deadline).label == "Bilan final"


def test_delete_and_restore_by_kind(services: Services, ids: Ids) -> None:
    changes = services.delete("meeting", ids.meeting)
    assert changes == Changes.of("meeting", ids.meeting)
    assert services.meetings.list() == []
    assert services.restore("meeting", ids.meeting) == Changes.of("meeting", ids.meeting)
    assert [m.id for m in services.meetings.list()] == [ids.meeting]
