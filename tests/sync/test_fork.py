"""A cloned laptop (SYNC.md test 9): a copy of a workspace folder writes under the same
replica id as the original. The copy that notices takes a new replica id and shares its own
changes under it, so both edit streams are kept; when both copies already shared different
changes under the same name, the one that notices stops sharing and says so, and nothing
on the share is deleted."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services.sharing import service as sharing_service
from coopdesk.services.sharing.service import SyncService
from coopdesk.store.sync_state import SqlState
from coopdesk.sync import share
from tests.sync.replicas import (
    BOB,
    Laptop,
    domain_tables,
    fields_of,
    fingerprint,
    lost_ops,
    make_team,
    open_notices,
    sync_until_quiet,
)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Laptop]]:
    """Alice, Bob, and a clone of Bob's workspace folder made after they synced."""
    team, _share = make_team(tmp_path, 2)
    alice, bob = team
    org = alice.services.organisations.create(OrganisationFields(name="Asso des Tilleuls"))
    alice.services.meetings.create(MeetingFields(title="Comité de pilotage",
                                                 starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    sync_until_quiet(team)
    bob.services.organisations.update(org.id, fields_of(
        bob.services.organisations.get(org.id), OrganisationFields, city="Lyon"))
    sync_until_quiet(team)
    bob.close()
    shutil.copytree(bob.folder, tmp_path / "clone")
    everyone = [alice, Laptop.open(bob.folder, BOB), Laptop.open(tmp_path / "clone", BOB)]
    yield everyone
    for laptop in everyone:
        laptop.close()


def test_the_clone_takes_a_new_id_and_both_edit_streams_are_kept(
        laptops: list[Laptop], tmp_path: Path) -> None:
    alice, bob, clone = laptops
    assert bob.me == clone.me
    old = bob.me
    org = alice.services.organisations.list()[0]
    meeting = alice.services.meetings.list()[0]
    bob.services.organisations.update(org.id, fields_of(
        bob.services.organisations.get(org.id), OrganisationFields, city="Lyon 1er"))
    clone.services.meetings.update(meeting.id, fields_of(
        clone.services.meetings.get(meeting.id), MeetingFields, place="Salle du clone"))
    clone.services.organisations.create(OrganisationFields(name="Créée sur le clone"))
    bob.sync()
    report = clone.sync()
    assert report.rekeyed_to and report.rekeyed_to != old and not report.fork
    assert report.rekeyed_ops > 0 and report.exported_ops == report.rekeyed_ops
    assert clone.me == report.rekeyed_to and bob.me == old
    assert {n.kind for n in SyncService(clone.workspace).notices()} == {"fork"}
    # the clone now writes in its own folder; the original's folder holds only Bob's files
    assert share.device_dir(tmp_path / "share", clone.me).is_dir()
    assert clone.services.organisations.get(org.id).city == "Lyon 1er"  # Bob's edit arrived
    reports = sync_until_quiet(laptops)
    assert all(r.problems == [] and not r.fork for r in reports)
    for laptop in laptops:
        assert laptop.services.organisations.get(org.id).city == "Lyon 1er"
        assert laptop.services.meetings.get(meeting.id).place == "Salle du clone"
        assert "Créée sur le clone" in [o.name for o in laptop.services.organisations.list()]
        assert lost_ops(laptop) == []
    tables = domain_tables(alice, tmp_path / "x.json")
    for other in (bob, clone):
        assert domain_tables(other, tmp_path / "x.json") == tables
        assert fingerprint(other) == fingerprint(alice)
        assert open_notices(other) == open_notices(alice)
    # both go on as two devices
    bob.services.organisations.update(org.id, fields_of(
        bob.services.organisations.get(org.id), OrganisationFields, phone="04 00 00 00 00"))
    clone.services.organisations.update(org.id, fields_of(
        clone.services.organisations.get(org.id), OrganisationFields, email="a@b.fr"))
    sync_until_quiet(laptops)
    for laptop in laptops:
        both = laptop.services.organisations.get(org.id)
        assert (both.phone, both.email) == ("04 00 00 00 00", "a@b.fr")


def test_a_clone_that_never_diverged_just_takes_a_new_id(
        laptops: list[Laptop]) -> None:
    _alice, bob, clone = laptops
    org = bob.services.organisations.list()[0]
    bob.services.organisations.update(org.id, fields_of(org, OrganisationFields,
                                                        city="Lyon 2e"))
    bob.sync()
    report = clone.sync()
    assert report.rekeyed_to and report.rekeyed_ops == 0 and report.exported_ops == 0
    assert clone.services.organisations.get(org.id).city == "Lyon 2e"


def test_clones_that_both_shared_different_changes_stop_and_lose_nothing(
        laptops: list[Laptop], tmp_path: Path) -> None:
    alice, bob, clone = laptops
    org = alice.services.organisations.list()[0]
    bob.services.organisations.update(org.id, fields_of(
        bob.services.organisations.get(org.id), OrganisationFields, city="Par Bob"))
    clone.services.organisations.update(org.id, fields_of(
        clone.services.organisations.get(org.id), OrganisationFields, city="Par le clone"))
    (bobs,) = bob.sync().exported_files
    holding = tmp_path / "pas encore arrivé"
    shutil.move(bobs, holding)  # the cloud has not delivered Bob's file to the clone yet
    (clones,) = clone.sync().exported_files
    assert clones == bobs  # the same name: both wrote the same seq range
    conflicted = Path(bobs).with_name(f"{Path(bobs).stem} (conflicted copy){Path(bobs).suffix}")
    shutil.move(holding, conflicted)  # what the cloud client does with the second one
    clone.services.meetings.create(MeetingFields(title="Après la copie",
                                                 starts_at=dt.datetime(2024, 6, 1, 9, 0)))
    report = clone.sync()
    assert report.fork and report.exported_ops == 0 and not report.rekeyed_to
    assert [(p.path, p.status) for p in report.problems] == [(str(conflicted), "fork")]
    assert SyncService(clone.workspace).status().unexported > 0  # kept, not shared
    report = bob.sync()
    assert report.fork and report.exported_ops == 0
    report = alice.sync()
    # files under our own names are read before sync programs' copies of them
    assert [(p.path, p.status) for p in report.problems] == [(str(conflicted), "fork")]
    assert [n.kind for n in SyncService(alice.workspace).notices()] == ["fork"]
    assert Path(clones).exists() and conflicted.exists()  # nothing on the share deleted
    for laptop in (alice, bob, clone):
        assert lost_ops(laptop) == []


def test_a_clone_noticed_only_when_exporting_still_keeps_both_streams(
        laptops: list[Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alice, bob, clone = laptops
    org = alice.services.organisations.list()[0]
    for laptop, city in ((bob, "Par Bob"), (clone, "Par le clone")):
        laptop.services.organisations.update(org.id, fields_of(
            laptop.services.organisations.get(org.id), OrganisationFields, city=city))
    (bobs,) = bob.sync().exported_files
    real_import = sharing_service.import_all
    monkeypatch.setattr(sharing_service, "import_all", lambda *args: None)  # a stale listing
    report = clone.sync()
    assert report.rekeyed_to and report.exported_ops == report.rekeyed_ops == 1
    assert Path(report.exported_files[0]).parent.name == report.rekeyed_to
    monkeypatch.setattr(sharing_service, "import_all", real_import)
    reports = sync_until_quiet(laptops)
    assert all(r.problems == [] and not r.fork for r in reports)
    assert Path(bobs).exists()
    cities = {laptop.services.organisations.get(org.id).city for laptop in laptops}
    assert len(cities) == 1 and cities <= {"Par Bob", "Par le clone"}
    with alice.workspace.db.engine.begin() as conn:  # both versions are live: none lost
        live = SqlState(conn).live_ops("organisation", org.id, "city")
    assert sorted(op.value for op in live) == ["Par Bob", "Par le clone"]
    for laptop in laptops:
        assert lost_ops(laptop) == []
