"""Files on the share as cloud folders deliver them (SYNC.md tests 7-8): a truncated or
damaged file is reported with who wrote it and never half-imported, and a good copy later
imports; conflicted copies, renamed or moved files, files that vanish and come back, old
files restored and stale listings neither lose nor double anything."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services.sharing.service import SyncService
from coopdesk.sync import frame, share
from tests.sync.replicas import (
    Laptop,
    domain_tables,
    fingerprint,
    lost_ops,
    make_team,
    share_files,
    sync_until_quiet,
)

BOB = "Bob Leroy — Collectif Voisins"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[list[Laptop]]:
    """Alice and Bob, in sync, each having shared something already."""
    laptops, _share = make_team(tmp_path, 2)
    alice, bob = laptops
    meeting = alice.services.meetings.create(MeetingFields(
        title="Comité de pilotage", starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    sync_until_quiet(laptops)
    bob.services.meetings.update(meeting.id, MeetingFields(
        title="Comité de pilotage", starts_at=dt.datetime(2024, 5, 2, 18, 0), place="Mairie"))
    sync_until_quiet(laptops)
    yield laptops
    for laptop in laptops:
        laptop.close()


def bob_writes(bob: Laptop, name: str) -> Path:
    """Bob adds an organisation and syncs; returns the file he wrote."""
    bob.services.organisations.create(OrganisationFields(name=name))
    report = bob.sync()
    (written,) = report.exported_files
    return Path(written)


def names(laptop: Laptop) -> list[str]:
    return sorted(org.name for org in laptop.services.organisations.list())


def assert_same(alice: Laptop, bob: Laptop, tmp_path: Path) -> None:
    assert domain_tables(alice, tmp_path / "a.json") == domain_tables(bob, tmp_path / "b.json")
    assert fingerprint(alice) == fingerprint(bob)
    assert lost_ops(alice) == [] and lost_ops(bob) == []


# -- 7. damaged files ------------------------------------------------------------------------
@pytest.mark.parametrize("damage", ["placeholder", "header", "body", "last_byte", "bit_flip",
                                    "trailer_flip"])
def test_a_damaged_file_is_reported_with_its_writer_and_a_good_copy_imports_later(
        team: list[Laptop], tmp_path: Path, damage: str) -> None:
    alice, bob = team
    path = bob_writes(bob, "Jardin partagé")
    good = path.read_bytes()
    bad = {"placeholder": b"", "header": good[:20], "body": good[: len(good) // 2],
           "last_byte": good[:-1],
           "bit_flip": good[:100] + bytes([good[100] ^ 0x10]) + good[101:],
           "trailer_flip": good[:-40] + bytes([good[-40] ^ 0x01]) + good[-39:]}[damage]
    path.write_bytes(bad)
    before = (fingerprint(alice), names(alice))
    report = alice.sync()
    expected = "corrupt" if damage.endswith("flip") else "incomplete"
    # a file that does not read back whole is nobody's: its header only says who wrote it
    said = f"{BOB} (as the file says)" if frame.peek_header(bad) else ""
    assert [(p.path, p.status, p.author) for p in report.problems] == [
        (str(path), expected, said)]
    assert report.imported_ops == 0
    assert (fingerprint(alice), names(alice)) == before  # nothing half-imported
    status = SyncService(alice.workspace).status()
    assert [(p.path, p.status, p.author) for p in status.problems] == [
        (str(path), expected, "")]
    alice.sync()  # still there next time, still nothing imported
    assert names(alice) == before[1]
    path.write_bytes(good)  # the cloud client finally delivers the whole file
    report = alice.sync()
    assert report.problems == [] and report.imported_ops > 0
    assert "Jardin partagé" in names(alice)
    assert SyncService(alice.workspace).status().problems == ()
    assert_same(alice, bob, tmp_path)


def test_a_new_device_whose_first_file_is_truncated_is_named_from_the_header(
        tmp_path: Path) -> None:
    laptops, _share = make_team(tmp_path, 3)
    alice, _bob, chloe = laptops
    try:
        chloe.services.organisations.create(OrganisationFields(name="Centre social"))
        (written,) = chloe.sync().exported_files
        Path(written).write_bytes(Path(written).read_bytes()[:-100])
        report = alice.sync()
        assert [(p.status, p.author) for p in report.problems] == [
            ("incomplete", "Chloé Girard — Centre social (as the file says)")]
    finally:
        for laptop in laptops:
            laptop.close()


# -- 8. cloud behaviours -----------------------------------------------------------------------
def test_conflicted_copies_are_absorbed_once(team: list[Laptop], tmp_path: Path) -> None:
    alice, bob = team
    path = bob_writes(bob, "Jardin partagé")
    for copy in (f"{path.stem} (conflicted copy 2024-06-01){path.suffix}",
                 f"{path.stem} (Bob's conflicted copy){path.suffix}",
                 f"{path.stem}.sync-conflict-20240601-120000-ABCDEF{path.suffix}",
                 f"{path.stem} (1){path.suffix}"):
        shutil.copy2(path, path.with_name(copy))
    report = alice.sync()
    assert report.imported_files == 1 and report.duplicates == 4 and report.problems == []
    assert names(alice).count("Jardin partagé") == 1
    assert bob.sync().problems == []  # Bob reads copies of his own file as his own
    assert_same(alice, bob, tmp_path)


def test_a_file_moved_or_renamed_before_it_was_read_still_imports(
        team: list[Laptop], tmp_path: Path) -> None:
    alice, bob = team
    first = bob_writes(bob, "Jardin partagé")
    second = bob_writes(bob, "Ressourcerie")
    elsewhere = share.share_root(tmp_path / "share") / "rangé à la main"
    elsewhere.mkdir()
    shutil.move(first, elsewhere / first.name)
    renamed = second.with_name(f"{second.stem}-PORTABLE-BOB{second.suffix}")  # OneDrive
    second.rename(renamed)
    report = alice.sync()
    assert report.problems == [] and report.imported_files == 2
    assert names(alice) == ["Jardin partagé", "Ressourcerie"]
    # Bob's files came back under their names (another laptop's copy synced): doubles nothing
    shutil.copy2(elsewhere / first.name, first)
    shutil.copy2(renamed, second)
    # a name that is not ours is not read at all, whatever it holds
    shutil.copy2(second, second.with_name("renommé par le client cloud.cdseg"))
    report = alice.sync()
    assert report.imported_ops == 0 and report.duplicates == 2
    assert names(alice) == ["Jardin partagé", "Ressourcerie"]
    assert_same(alice, bob, tmp_path)


def test_a_file_that_vanishes_deletes_nothing_and_imports_when_it_comes_back(
        team: list[Laptop], tmp_path: Path) -> None:
    alice, bob = team
    before = names(alice)
    path = bob_writes(bob, "Jardin partagé")
    holding = tmp_path / "holding"
    holding.mkdir()
    shutil.move(path, holding / path.name)  # not synced to Alice's laptop yet
    report = alice.sync()
    assert (report.imported_ops, report.problems) == (0, [])
    # the drive is unmounted or the cloud folder emptied: never "start fresh" over it
    every = share_files(tmp_path / "share")
    for n, file in enumerate(every):
        shutil.move(file, holding / f"{n}-{file.name}")
    with pytest.raises(CoopdeskError, match="holds no coopdesk team"):
        alice.sync()
    assert names(alice) == before
    for n, file in enumerate(every):
        shutil.move(holding / f"{n}-{file.name}", file)
    # Bob writes again while his first file is still missing: the new one waits for it
    later = bob_writes(bob, "Ressourcerie")
    report = alice.sync()
    assert [(p.path, p.status, p.author) for p in report.problems] == [
        (str(later), "waiting", BOB)]
    assert names(alice) == before
    shutil.move(holding / path.name, path)  # it comes back
    report = alice.sync()
    assert report.problems == [] and report.imported_files == 2
    assert names(alice) == sorted([*before, "Jardin partagé", "Ressourcerie"])
    assert_same(alice, bob, tmp_path)


def test_an_old_file_restored_changes_nothing(team: list[Laptop], tmp_path: Path) -> None:
    alice, bob = team
    path = bob_writes(bob, "Jardin partagé")
    old = path.read_bytes()
    org = bob.services.organisations.list()[0]
    bob.services.organisations.update(org.id, OrganisationFields(name="Jardin des Tilleuls"))
    bob.sync()
    alice.sync()
    path.unlink()
    path.with_name(f"{path.stem} (restauré){path.suffix}").write_bytes(old)  # backup restored
    path.write_bytes(old)
    report = alice.sync()
    assert report.imported_ops == 0 and report.problems == []
    assert names(alice) == ["Jardin des Tilleuls"]
    assert_same(alice, bob, tmp_path)


def test_a_stale_listing_only_delays(team: list[Laptop], tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    alice, bob = team
    first = bob_writes(bob, "Jardin partagé")
    bob_writes(bob, "Ressourcerie")
    real_scan = share.scan
    listings = {"n": 0}

    def stale(folder: Path) -> Iterator[share.SharedFile]:
        listings["n"] += 1
        return (f for f in real_scan(folder) if f.path != first or listings["n"] > 1)

    monkeypatch.setattr(share, "scan", stale)
    report = alice.sync()  # this scan misses Bob's first file: his second one waits
    assert [p.status for p in report.problems] == ["waiting"]
    assert names(alice) == []
    report = alice.sync()
    assert report.problems == [] and names(alice) == ["Jardin partagé", "Ressourcerie"]
    assert_same(alice, bob, tmp_path)
