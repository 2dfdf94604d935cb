"""Snapshots (SYNC.md, "Snapshots and compaction"): a replica writes its whole merged state
into its own folder; a new laptop, or one back after months away, starts from the newest
snapshots and reads only the segments they do not cover. Importing a snapshot is the join
of the merge: the same state whatever the order, and nothing new the second time."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services.sharing import snapshots as sync_snapshot
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.store.base import utcnow
from coopdesk.store.sync_state import SqlState
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, share
from coopdesk.sync.hlc import Timestamp
from coopdesk.sync.ops import Dot, Op
from coopdesk.sync.snapshot import parse_payload
from tests.sync.replicas import (
    BOB,
    CHLOE,
    Laptop,
    domain_tables,
    fields_of,
    fingerprint,
    make_team,
    open_notices,
    sync_until_quiet,
)

FUTURE = "future_table"


def busy_team(tmp_path: Path) -> tuple[list[Laptop], Path]:
    """Alice and Bob with records, edits, a delete, a long-text conflict and an op of a
    table this version does not know, all synced."""
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    orgs = [alice.services.organisations.create(OrganisationFields(name=f"Asso {n}"))
            for n in range(6)]
    meeting = alice.services.meetings.create(MeetingFields(
        title="Comité", starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    sync_until_quiet(laptops)
    for n, org in enumerate(orgs[:3]):
        bob.services.organisations.update(org.id, fields_of(
            bob.services.organisations.get(org.id), OrganisationFields, city=f"Ville {n}"))
    alice.services.delete("organisation", orgs[4].id)
    alice.services.meetings.update(meeting.id, fields_of(
        alice.services.meetings.get(meeting.id), MeetingFields, notes="Version d'Alice"))
    bob.services.meetings.update(meeting.id, fields_of(
        bob.services.meetings.get(meeting.id), MeetingFields, notes="Version de Bob"))
    write_future_segment(shared, alice.sync_service.team_of())
    sync_until_quiet(laptops)
    return laptops, shared


def write_future_segment(shared: Path, team_id: str) -> None:
    """A newer coopdesk's device wrote an op for a table this version does not know."""
    op = Op(dot=Dot("newer-device", 1), hlc=Timestamp(1_700_000_000_000), table=FUTURE,
            row="r1", column="colour", value="vert")
    line = json.dumps({**op.encode(), "author": "Dana", "author_org": "Futur"})
    header = {"kind": "segment", "team_id": team_id, "replica_id": "newer-device",
              "seq": [1, 1], "vv": {}, "op_count": 1, "enc": None}
    share.write_new_file(share.device_dir(shared, "newer-device"), share.segment_name(1, 1),
                         frame.encode(header, (line + "\n").encode()))


def segments(shared: Path) -> list[Path]:
    return sorted(share.share_root(shared).rglob(f"*{share.SEGMENT_SUFFIX}"))


def join_new(tmp_path: Path, shared: Path, name: str = "newcomer") -> Laptop:
    workspace = Workspace.create(tmp_path / name, "nouvel espace", CHLOE)
    SyncService(workspace).join(shared)
    return Laptop(workspace.folder, workspace, Services(workspace))


def same_everywhere(laptops: list[Laptop], tmp_path: Path) -> None:
    first = laptops[0]
    tables = domain_tables(first, tmp_path / "export.json")
    for other in laptops[1:]:
        assert domain_tables(other, tmp_path / "export.json") == tables
        assert fingerprint(other) == fingerprint(first)
        assert open_notices(other) == open_notices(first)


def test_a_snapshot_holds_the_whole_merged_state_and_reads_back(tmp_path: Path) -> None:
    laptops, shared = busy_team(tmp_path)
    alice = laptops[0]
    path = alice.sync_service.write_snapshot()
    assert path is not None and path.parent == share.device_dir(shared, alice.me)
    assert path.suffix == share.SNAPSHOT_SUFFIX
    result = frame.decode(path.read_bytes())
    assert result.status is frame.FileStatus.OK and result.header is not None
    assert result.header["kind"] == "snapshot" and result.header["replica_id"] == alice.me
    snapshot = parse_payload(result.header, result.payload or b"")
    assert snapshot.as_state().fingerprint() == fingerprint(alice)
    assert any(c.op.table == FUTURE for c in snapshot.ops)  # unknown tables are carried
    assert any(c.op.column == "_deleted" for c in snapshot.ops)  # and tombstones
    # the same state again is the same file: nothing new is written
    assert alice.sync_service.write_snapshot() == path
    assert sorted(path.parent.glob("*.cdsnap")) == [path]
    for laptop in laptops:
        laptop.close()


@pytest.mark.parametrize("keep_segments", [True, False])
def test_a_new_laptop_starts_from_the_snapshot(tmp_path: Path, keep_segments: bool) -> None:
    laptops, shared = busy_team(tmp_path)
    alice, bob = laptops
    alice.sync_service.write_snapshot()
    if not keep_segments:  # as if compaction had removed every covered segment
        for path in segments(shared):
            path.unlink()
    chloe = join_new(tmp_path, shared)
    try:
        report = chloe.sync()
        assert report.problems == [] and not report.fork
        same_everywhere([alice, bob, chloe], tmp_path)
        with chloe.workspace.db.engine.begin() as conn:
            assert SqlState(conn).live_dots(FUTURE, "r1", "colour")
            # not every op came: only the live ones and those naming who did what
            held = conn.exec_driver_sql("SELECT COUNT(*) FROM sync_op").scalar()
        with alice.workspace.db.engine.begin() as conn:
            assert held < conn.exec_driver_sql("SELECT COUNT(*) FROM sync_op").scalar()
        people = {d.replica: d.person for d in chloe.sync_service.status().devices}
        assert people[bob.me] == BOB.name
        assert open_notices(chloe, ["fork"]) == set()
        # what she changes reaches the others as usual
        org = chloe.services.organisations.list()[0]
        chloe.services.organisations.update(org.id, fields_of(org, OrganisationFields,
                                                              city="Lyon"))
        sync_until_quiet([alice, bob, chloe])
        same_everywhere([alice, bob, chloe], tmp_path)
    finally:
        for laptop in (alice, bob, chloe):
            laptop.close()


def test_a_snapshot_fills_a_gap_of_missing_segments(tmp_path: Path) -> None:
    """Bob was away; one of Alice's segments is gone (compacted): her snapshot bridges it
    and her later segment applies on top."""
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    alice.services.organisations.create(OrganisationFields(name="Première"))
    alice.sync()
    alice.services.organisations.create(OrganisationFields(name="Deuxième"))
    alice.sync()
    alice.sync_service.write_snapshot()
    alice.services.organisations.create(OrganisationFields(name="Troisième"))
    alice.sync()
    own = sorted(share.device_dir(shared, alice.me).glob("*.cdseg"))
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    shutil.move(own[1], hidden / own[1].name)  # the middle one: a gap
    snapshots = list(share.device_dir(shared, alice.me).glob("*.cdsnap"))
    shutil.move(snapshots[0], hidden / snapshots[0].name)
    try:
        report = bob.sync()
        assert [p.status for p in report.problems] == ["waiting"]
        shutil.move(hidden / snapshots[0].name, snapshots[0])
        report = bob.sync()
        assert report.problems == []
        names = {o.name for o in bob.services.organisations.list()}
        assert {"Première", "Deuxième", "Troisième"} <= names
        assert fingerprint(bob) == fingerprint(alice)
    finally:
        alice.close()
        bob.close()


def test_importing_snapshots_is_idempotent_and_order_free(tmp_path: Path) -> None:
    laptops, shared = busy_team(tmp_path)
    alice, bob = laptops
    alice_snap = alice.sync_service.write_snapshot()
    bob.services.organisations.create(OrganisationFields(name="Après l'instantané"))
    bob.sync()
    bob.sync_service.write_snapshot()
    # Chloé reads everything (snapshots first); Dan reads Alice's segments, then snapshots
    chloe = join_new(tmp_path, shared, "chloe")
    assert alice_snap is not None
    held = tmp_path / "held"
    held.mkdir()
    snaps = sorted(share.share_root(shared).rglob("*.cdsnap"))
    for path in snaps:
        shutil.move(path, held / f"{path.parent.name}-{path.name}")
    dan = join_new(tmp_path, shared, "dan")
    for path in snaps:
        shutil.move(held / f"{path.parent.name}-{path.name}", path)
    try:
        dan.sync()
        again = dan.sync()
        assert again.imported_ops == 0 and again.problems == []
        sync_until_quiet([alice, bob, chloe, dan])
        same_everywhere([alice, bob, chloe, dan], tmp_path)
    finally:
        for laptop in (alice, bob, chloe, dan):
            laptop.close()


def test_a_damaged_snapshot_is_reported_and_changes_nothing(tmp_path: Path) -> None:
    laptops, shared = busy_team(tmp_path)
    alice, bob = laptops
    path = alice.sync_service.write_snapshot()
    assert path is not None
    for segment in segments(shared):
        segment.unlink()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    chloe = join_new(tmp_path, shared)
    try:
        report = chloe.sync()
        assert [p.status for p in report.problems] == ["corrupt"]
        assert chloe.services.organisations.list() == []
    finally:
        for laptop in (alice, bob, chloe):
            laptop.close()


def test_the_sync_cycle_writes_a_snapshot_when_it_is_due(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    laptops, _shared = make_team(tmp_path, 2)
    alice, bob = laptops
    try:
        alice.services.organisations.create(OrganisationFields(name="Asso"))
        assert alice.sync().snapshot == ""  # a fresh team: not due
        service = alice.sync_service
        service.now = lambda: utcnow() + dt.timedelta(days=8)
        report = service.sync()
        assert report.snapshot and Path(report.snapshot).exists()
        assert service.sync().snapshot == ""  # nothing changed since
        alice.services.organisations.create(OrganisationFields(name="Autre"))
        assert service.sync().snapshot == ""  # changed, but the last one is recent
        monkeypatch.setattr(sync_snapshot, "SNAPSHOT_EVERY_OPS", 3)
        monkeypatch.setattr(sync_snapshot, "SNAPSHOT_GROWTH", 0.0)
        bob.services.organisations.create(OrganisationFields(name="De Bob"))
        bob.sync()
        later = service.sync()
        assert later.snapshot and later.snapshot != report.snapshot
        # not while some of our changes are not on the share
        alice.services.organisations.create(OrganisationFields(name="Encore"))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(SyncService, "_export", lambda *args: None)
            assert service.sync().snapshot == ""
    finally:
        alice.close()
        bob.close()


def test_a_snapshot_holding_changes_made_as_this_laptop_is_a_fork(tmp_path: Path) -> None:
    """A copy of Alice's laptop shared a change under her id that only its snapshot still
    holds: Alice takes a new id and imports the copy's change as another device's."""
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    alice.services.organisations.create(OrganisationFields(name="Asso"))
    sync_until_quiet(laptops)
    profile, me = alice.workspace.db.profile, alice.me
    alice.close()
    shutil.copytree(alice.folder, tmp_path / "clone")
    twin = Laptop.open(tmp_path / "clone", profile)
    twin.services.organisations.create(OrganisationFields(name="Faite sur la copie"))
    twin.sync()
    twin.sync_service.write_snapshot()
    twin.close()
    max(share.device_dir(shared, me).glob("*.cdseg")).unlink()  # only the snapshot has it
    alice = Laptop.open(alice.folder, profile)
    try:
        report = alice.sync()
        assert report.rekeyed_to and alice.me != me
        assert "Faite sur la copie" in {o.name for o in alice.services.organisations.list()}
    finally:
        alice.close()
        bob.close()
