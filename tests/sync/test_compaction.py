"""Compaction (SYNC.md, "Snapshots and compaction"): a replica deletes only its own
segments, only once its own verified snapshot covering them has been on the share for 14
days, keeps its newest three snapshots, and never touches anyone else's files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.sharing.compaction import GRACE, KEEP_SNAPSHOTS
from coopdesk.store.base import utcnow
from coopdesk.sync import share
from tests.sync.replicas import (
    Laptop,
    copy_team,
    domain_tables,
    fingerprint,
    make_team,
    share_files,
    sync_until_quiet,
)
from tests.sync.test_snapshots import join_new

DAY = dt.timedelta(days=1)


def own_files(shared: Path, laptop: Laptop, suffix: str) -> list[Path]:
    return sorted(share.device_dir(shared, laptop.me).glob(f"*{suffix}"))


def team_with_history(tmp_path: Path) -> tuple[list[Laptop], Path]:
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    for n in range(3):
        alice.services.organisations.create(OrganisationFields(name=f"Asso {n}"))
        bob.services.organisations.create(OrganisationFields(name=f"Collectif {n}"))
        sync_until_quiet(laptops)
    return laptops, shared


def test_only_own_covered_segments_go_and_only_after_the_grace_period(tmp_path: Path) -> None:
    laptops, shared = team_with_history(tmp_path)
    alice, bob = laptops
    try:
        now = utcnow()
        snapshot = alice.sync_service.write_snapshot(now=now)
        assert snapshot is not None
        alice.services.organisations.create(OrganisationFields(name="Après"))
        alice.sync()
        covered = own_files(shared, alice, ".cdseg")[:-1]
        later = own_files(shared, alice, ".cdseg")[-1]
        moved = share.share_root(shared) / "rangement"
        moved.mkdir()
        shutil.copy2(covered[0], moved / covered[0].name)  # a copy someone put elsewhere
        others = [p for p in share_files(shared) if alice.me not in str(p)]
        assert alice.sync_service.compact(now=now + GRACE - DAY).deleted_segments == []
        done = alice.sync_service.compact(now=now + GRACE)
        assert sorted(done.deleted_segments) == [str(p) for p in covered]
        assert own_files(shared, alice, ".cdseg") == [later]
        assert own_files(shared, alice, ".cdsnap") == [snapshot]
        assert all(p.exists() for p in others)  # never anyone else's files
        assert (moved / covered[0].name).exists()
        # Bob never compacts Alice's files, whatever the time
        assert bob.sync_service.compact(now=now + 400 * DAY).deleted_segments == []
        assert own_files(shared, alice, ".cdseg") == [later]
        # a newcomer and a laptop that was away both still get everything
        chloe = join_new(tmp_path, shared)
        try:
            sync_until_quiet([alice, bob, chloe])
            assert fingerprint(chloe) == fingerprint(alice) == fingerprint(bob)
            assert (domain_tables(chloe, tmp_path / "e.json")
                    == domain_tables(alice, tmp_path / "e.json"))
        finally:
            chloe.close()
    finally:
        alice.close()
        bob.close()


def test_a_laptop_back_after_months_catches_up_after_compaction(tmp_path: Path) -> None:
    laptops, shared = team_with_history(tmp_path)
    for laptop in laptops:
        laptop.close()
    team, shared = copy_team(tmp_path, tmp_path / "copy", 2)
    alice, bob = team
    away = bob.folder  # Bob stays offline for months
    bob.close()
    try:
        now = utcnow()
        for n in range(4):
            alice.services.organisations.create(OrganisationFields(name=f"Mois {n}"))
            alice.sync()
            alice.sync_service.write_snapshot(now=now + n * 30 * DAY)
        done = alice.sync_service.compact(now=now + 200 * DAY)
        assert done.deleted_segments and len(done.deleted_snapshots) == 1
        assert len(own_files(shared, alice, ".cdsnap")) == KEEP_SNAPSHOTS
        bob = Laptop.open(away, bob.workspace.db.profile)
        report = bob.sync()
        assert report.problems == []
        assert fingerprint(bob) == fingerprint(alice)
        names = {o.name for o in bob.services.organisations.list()}
        assert {f"Mois {n}" for n in range(4)} <= names
    finally:
        alice.close()
        bob.close()


def test_the_newest_snapshots_stay_until_a_newer_one_passed_the_grace(tmp_path: Path) -> None:
    laptops, shared = team_with_history(tmp_path)
    alice, bob = laptops
    try:
        now = utcnow()
        for n in range(5):
            alice.services.organisations.create(OrganisationFields(name=f"Semaine {n}"))
            alice.sync()
            alice.sync_service.write_snapshot(now=now + n * 7 * DAY)
        snaps = own_files(shared, alice, ".cdsnap")
        assert len(snaps) == 5
        # at day 30 the snapshots of days 0, 7 and 14 passed the grace: the newest three
        # stay, and of the two older ones only those older than day 14's may go (both)
        done = alice.sync_service.compact(now=now + 30 * DAY)
        assert sorted(done.deleted_snapshots) == [str(p) for p in snaps[:2]]
        assert own_files(shared, alice, ".cdsnap") == snaps[2:]
    finally:
        alice.close()
        bob.close()


def test_a_damaged_snapshot_allows_no_deletion(tmp_path: Path) -> None:
    laptops, shared = team_with_history(tmp_path)
    alice, bob = laptops
    try:
        now = utcnow()
        path = alice.sync_service.write_snapshot(now=now)
        assert path is not None
        data = bytearray(path.read_bytes())
        data[-50] ^= 0x01
        path.write_bytes(bytes(data))
        before = own_files(shared, alice, ".cdseg")
        done = alice.sync_service.compact(now=now + 100 * DAY)
        assert done.deleted_segments == [] and done.deleted_snapshots == []
        assert own_files(shared, alice, ".cdseg") == before
    finally:
        alice.close()
        bob.close()


def test_the_sync_cycle_snapshots_then_compacts(tmp_path: Path) -> None:
    laptops, shared = team_with_history(tmp_path)
    alice, bob = laptops
    try:
        service = alice.sync_service
        start = utcnow() + 8 * DAY
        service.now = lambda: start
        first = service.sync()
        assert first.snapshot and first.compacted == []
        service.now = lambda: start + GRACE
        later = service.sync()
        assert later.snapshot == "" and later.compacted
        assert own_files(shared, alice, ".cdseg") == []
        sync_until_quiet([alice, bob])
        assert fingerprint(alice) == fingerprint(bob)
    finally:
        alice.close()
        bob.close()
