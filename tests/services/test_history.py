"""History of a record from the op log, and restoring an older version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ExchangeKind, OrgKind
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.services.history import Happening, HistoryError
from coopdesk.services.workspace_services import Services
from coopdesk.store.base import table_of, utcnow
from coopdesk.store.models import Organisation, SyncOp
from coopdesk.store.models.sync_tables import SyncLive
from tests.conftest import TEST_PROFILE
from tests.services.sync_pair import Pair, pair_fixture

BASE = OrganisationFields(name="Asso du Pont", city="Lyon", description="Quartier")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from pair_fixture(tmp_path)


def test_create_edit_delete_restore_are_entries_newest_first(services: Services) -> None:
    org = services.organisations.create(BASE).id
    services.organisations.update(org, replace(BASE, name="Asso du Grand Pont", city="Lyon 8e"))
    services.organisations.update(org, replace(BASE, name="Asso du Grand Pont", city="Lyon 8e",
                                               kind=OrgKind.COLLECTIVE))
    services.organisations.delete(org)
    services.organisations.restore(org)

    entries = services.history.of("organisation", org)

    assert [e.happening for e in entries] == [
        Happening.RESTORED, Happening.DELETED, Happening.EDITED, Happening.EDITED,
        Happening.CREATED]
    assert {(e.author, e.author_org) for e in entries} == {
        (TEST_PROFILE.name, TEST_PROFILE.organisation)}
    assert len({e.tx for e in entries}) == 5
    renamed = entries[3]
    assert renamed.fields == ("name", "city")
    name = renamed.changes[0]
    assert (name.before, name.after) == ("Asso du Pont", "Asso du Grand Pont")
    assert not name.long_text and not name.concurrent and not renamed.concurrent
    kind = entries[2].changes[0]
    assert (kind.field, kind.before, kind.after) == ("kind", OrgKind.ASSOCIATION,
                                                      OrgKind.COLLECTIVE)
    created = entries[4]
    assert all(change.before is None for change in created.changes)
    assert {c.field: c.after for c in created.changes}["description"] == "Quartier"
    assert next(c for c in created.changes if c.field == "description").long_text
    assert entries[1].changes == () and entries[0].changes == ()
    assert entries[0].when >= entries[4].when


def test_a_reference_change_names_both_records(services: Services) -> None:
    first = services.organisations.create(BASE).id
    second = services.organisations.create(OrganisationFields(name="Collectif Voisins")).id
    person = services.people.create(PersonFields(first_name="Inès", organisation_id=first)).id
    services.people.update(person, PersonFields(first_name="Inès", organisation_id=second))

    change = services.history.of("person", person)[0].changes[0]

    assert change.field == "organisation_id"
    assert (change.before, change.after) == (first, second)
    assert (change.before_title, change.after_title) == ("Asso du Pont", "Collectif Voisins")


def test_restore_version_puts_fields_back_and_shows_in_history(services: Services) -> None:
    org = services.organisations.create(BASE).id
    services.organisations.update(org, replace(BASE, name="Nouveau nom", city="Vénissieux",
                                               kind=OrgKind.FUNDER))
    created_tx = services.history.of("organisation", org)[-1].tx

    changes = services.history.restore_version("organisation", org, created_tx)

    assert changes.touches("organisation") and org in changes.ids
    restored = services.organisations.get(org)
    assert (restored.name, restored.city, restored.kind) == ("Asso du Pont", "Lyon",
                                                             OrgKind.ASSOCIATION)
    entries = services.history.of("organisation", org)
    assert len(entries) == 3
    newest = entries[0]
    assert newest.happening is Happening.EDITED
    assert {c.field: (c.before, c.after) for c in newest.changes} == {
        "name": ("Nouveau nom", "Asso du Pont"), "city": ("Vénissieux", "Lyon"),
        "kind": (OrgKind.FUNDER, OrgKind.ASSOCIATION)}
    # The restore is an ordinary edit: its ops wait in the outbox to be shared.
    with services.db.reading() as session:
        waiting = session.scalars(select(SyncOp.col).where(
            SyncOp.row_id == org, SyncOp.tx == newest.tx, SyncOp.exported.is_(False))).all()
    assert sorted(waiting) == ["city", "kind", "name"]


def test_restoring_a_version_of_a_record_in_the_trash_brings_it_back(
        services: Services) -> None:
    org = services.organisations.create(BASE).id
    services.organisations.update(org, replace(BASE, city="Bron"))
    services.organisations.delete(org)
    edited_tx = services.history.of("organisation", org)[1].tx

    services.history.restore_version("organisation", org, edited_tx)

    record = services.organisations.get(org)
    assert record.audit.deleted_at is None and record.city == "Bron"
    assert services.history.of("organisation", org)[0].happening is Happening.RESTORED


def test_restoring_the_current_version_changes_nothing(services: Services) -> None:
    org = services.organisations.create(BASE).id
    latest = services.history.of("organisation", org)[0].tx
    services.history.restore_version("organisation", org, latest)
    assert len(services.history.of("organisation", org)) == 1


def test_unknown_versions_and_records_are_refused(services: Services) -> None:
    org = services.organisations.create(BASE).id
    with pytest.raises(HistoryError):
        services.history.restore_version("organisation", org, "no-such-tx")
    with pytest.raises(NotFoundError):
        services.history.of("organisation", "no-such-id")
    with pytest.raises(NotFoundError):
        services.history.of("no-such-kind", org)


def test_a_record_older_than_the_op_log_shows_its_creation_only(services: Services) -> None:
    with services.db.engine.begin() as conn:
        conn.execute(insert(table_of(Organisation)).values(
            id="old-org", name="Ancienne asso", created_at=utcnow(), created_by="Paul",
            created_by_org="Asso d'avant", updated_at=utcnow()))

    (entry,) = services.history.of("organisation", "old-org")

    assert entry.happening is Happening.CREATED and not entry.restorable
    assert (entry.author, entry.author_org) == ("Paul", "Asso d'avant")
    with pytest.raises(HistoryError):
        services.history.restore_version("organisation", "old-org", entry.tx)


def test_concurrent_edits_of_a_short_field_are_marked(pair: Pair) -> None:
    alice, bob = pair.alice.services, pair.bob.services
    org = alice.organisations.create(BASE).id
    pair.sync()
    alice.organisations.update(org, replace(BASE, name="Asso du Pont (Alice)"))
    bob.organisations.update(org, replace(BASE, name="Asso du Pont (Bob)", city="Lyon"))
    pair.sync()

    for laptop in (alice, bob):
        entries = laptop.history.of("organisation", org)
        assert len(entries) == 3
        by_author = {e.author: e for e in entries[:2]}
        assert set(by_author) == {"Alice Martin", "Bob Leroy"}
        for entry in by_author.values():
            assert entry.concurrent
            assert entry.changes[0].before == "Asso du Pont"
        assert by_author["Bob Leroy"].author_org == "Collectif Voisins"
        assert not entries[2].concurrent
    # Both laptops show the same winner; the next edit collapses the two values.
    winner = alice.organisations.get(org).name
    assert bob.organisations.get(org).name == winner
    alice.organisations.update(org, replace(BASE, name="Asso du Pont"))
    latest = alice.history.of("organisation", org)[0]
    assert not latest.concurrent
    assert latest.changes[0].before == winner
    with alice.db.reading() as session:
        live = session.scalars(select(SyncLive.seq).where(SyncLive.row_id == org,
                                                          SyncLive.col == "name")).all()
    assert len(live) == 1


def test_history_of_a_remote_edit_names_its_author(pair: Pair) -> None:
    alice, bob = pair.alice.services, pair.bob.services
    org = alice.organisations.create(BASE).id
    pair.sync()
    bob.organisations.update(org, replace(BASE, city="Villeurbanne"))
    pair.sync()

    newest = alice.history.of("organisation", org)[0]

    assert (newest.author, newest.author_org) == ("Bob Leroy", "Collectif Voisins")
    assert newest.changes[0].field == "city"
    assert (newest.changes[0].before, newest.changes[0].after) == ("Lyon", "Villeurbanne")
    alice.history.restore_version("organisation", org, alice.history.of(
        "organisation", org)[1].tx)
    pair.sync()
    assert bob.organisations.get(org).city == "Lyon"


def test_made_private_and_purged_are_told_apart(services: Services) -> None:
    org = services.organisations.create(BASE).id
    entry = ContactLogEntryFields(kind=ExchangeKind.CALL, occurred_on=dt.date(2026, 3, 2),
                                  subject="Appel", organisation_id=org)
    call = services.exchanges.create(entry).id
    services.exchanges.update(call, replace(entry, is_private=True))
    assert services.history.of("contact_log_entry", call)[0].happening is \
        Happening.MADE_PRIVATE
    other = services.organisations.create(OrganisationFields(name="Éphémère")).id
    services.organisations.delete(other)
    services.purge("organisation", other)
    # The record is gone; its history stays in the op log.
    assert services.history.of("organisation", other)[0].happening is Happening.PURGED
