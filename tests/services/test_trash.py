"""The trash lists deleted records of every kind, newest first, and restores them."""

from __future__ import annotations

import pytest

from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.meetings import DecisionFields
from coopdesk.services.workspace_services import Services
from tests.conftest import TEST_PROFILE
from tests.domain.field_cases import KINDS, Ids, valid_fields
from tests.services.builders import service, workspace_fixtures

workspace_template, workspace, ids = workspace_fixtures()


def test_trash_lists_every_kind_newest_first_and_restores_each(services: Services,
                                                               ids: Ids) -> None:
    made = {kind: service(services, kind).create(valid_fields(kind, ids)).id for kind in KINDS}
    assert services.trash() == []
    for kind in KINDS:
        services.delete(kind, made[kind])
    items = services.trash()
    assert [(item.kind, item.id) for item in items] == [
        (kind, made[kind]) for kind in reversed(KINDS)]
    assert all(item.deleted_by == TEST_PROFILE.name for item in items)
    stamps = [item.deleted_at for item in items]
    assert stamps == sorted(stamps, reverse=True)
    titles = {item.kind: item.title for item in items}
    assert titles["organisation"] == "Les Jardins du Pont"
    assert titles["person"] == "Ali Benali"
    assert titles["decision"] == "La fête aura lieu."
    assert titles["charter_version"] == "Nous nous engageons à…"
    assert all(title.strip() for title in titles.values())

    for kind in KINDS:
        changes = services.restore(kind, made[kind])
        assert kind in changes.kinds and made[kind] in changes.ids
        assert made[kind] in {r.id for r in service(services, kind).list()}
    assert services.trash() == []


def test_restoring_an_unknown_record_or_kind(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.restore("project", "0190f0f0-0000-7000-8000-000000000000")
    with pytest.raises(KeyError):
        services.restore("no_such_kind", "0190f0f0-0000-7000-8000-000000000000")


def test_a_long_text_title_is_cut_in_the_trash(services: Services, ids: Ids) -> None:
    text = "Décision : " + "très " * 40 + "longue\nseconde ligne"
    decision = services.decisions.create(DecisionFields(meeting_id=ids.meeting, text=text)).id
    services.decisions.delete(decision)
    (item,) = services.trash()
    assert item.title.endswith("…") and len(item.title) == 80
    assert "seconde ligne" not in item.title
