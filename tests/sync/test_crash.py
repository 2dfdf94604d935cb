"""kill -9 during sync (SYNC.md test 10): a sync run in a subprocess kills itself with
SIGKILL at instrumented points of export and import. Afterwards the local file passes
`PRAGMA integrity_check`, every change is still in the outbox or in a verified file, the
next sync cleans leftover temp files and shares each change exactly once."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

import coopdesk
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services.sharing import service as sharing_service
from coopdesk.store.models.sync_tables import SyncOp
from coopdesk.sync import frame, share
from coopdesk.sync.ops import Dot
from tests.sync.import_helpers import segment_dots
from tests.sync.replicas import (
    ALICE,
    BOB,
    Laptop,
    fingerprint,
    lost_ops,
    make_team,
    sync_until_quiet,
)

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from coopdesk.domain.profile import Profile
    from coopdesk.services.sharing.service import SyncService
    from coopdesk.store.workspace import Workspace

    with Workspace.open(Path(sys.argv[1]), Profile(name=sys.argv[2],
                                                   organisation=sys.argv[3])) as workspace:
        SyncService(workspace).sync()
    print("finished")
""")


def sync_in_subprocess(folder: Path, profile_name: str, org: str, crash_at: str) -> int:
    env = dict(os.environ)
    root = str(Path(coopdesk.__file__).parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    env[share.CRASH_ENV] = crash_at
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(folder), profile_name, org],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


def integrity(laptop: Laptop) -> str:
    with laptop.workspace.db.engine.begin() as conn:
        return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())


def own_ops(laptop: Laptop) -> list[tuple[int, bool]]:
    op_t = SyncOp.__table__
    with laptop.workspace.db.engine.begin() as conn:
        return [(r.seq, r.exported) for r in conn.execute(
            select(op_t.c.seq, op_t.c.exported).where(op_t.c.replica == laptop.me)
            .order_by(op_t.c.seq))]


@pytest.fixture
def team_with_outbox(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Alice and Bob in sync; then Alice made changes not shared yet. Both closed."""
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    org = alice.services.organisations.create(OrganisationFields(name="Asso des Tilleuls"))
    sync_until_quiet(laptops)
    alice.services.meetings.create(MeetingFields(title="Comité de pilotage",
                                                 starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    alice.services.organisations.create(OrganisationFields(name="Jardin partagé",
                                                           city=org.id[:4]))
    for laptop in laptops:
        laptop.close()
    return alice.folder, bob.folder, shared


@pytest.mark.parametrize("point", ["after_temp_write", "after_rename", "before_mark"])
def test_killed_export_loses_nothing_and_shares_each_change_once(
        team_with_outbox: tuple[Path, Path, Path], point: str) -> None:
    alice_dir, bob_dir, shared = team_with_outbox
    code = sync_in_subprocess(alice_dir, ALICE.name, ALICE.organisation, point)
    assert code == -signal.SIGKILL
    alice = Laptop.open(alice_dir, ALICE)
    bob = Laptop.open(bob_dir, BOB)
    try:
        assert integrity(alice) == "ok"
        outbox = [seq for seq, exported in own_ops(alice) if not exported]
        assert outbox  # the killed sync marked nothing as shared
        own = share.device_dir(shared, alice.me)
        leftovers = list(own.glob(f"{share.TEMP_PREFIX}*"))
        assert len(leftovers) == (1 if point == "after_temp_write" else 0)
        written = [p for p in own.glob("*.cdseg")]
        for path in written:  # whatever reached its final name is whole
            assert frame.decode(path.read_bytes()).status is frame.FileStatus.OK
        report = alice.sync()
        assert report.problems == []
        assert list(own.glob(f"{share.TEMP_PREFIX}*")) == []
        assert all(exported for _seq, exported in own_ops(alice))
        counts = Counter(dot for path in own.glob("*.cdseg") for dot in segment_dots(path))
        assert set(counts) == {Dot(alice.me, seq) for seq, _ in own_ops(alice)}
        assert set(counts.values()) == {1}  # each change in exactly one file
        sync_until_quiet([alice, bob])
        assert fingerprint(bob) == fingerprint(alice)
        assert lost_ops(bob) == [] and integrity(bob) == "ok"
    finally:
        alice.close()
        bob.close()


@pytest.mark.parametrize("point", ["import_before_commit", "import_after_file"])
def test_killed_import_loses_nothing(team_with_outbox: tuple[Path, Path, Path],
                                     point: str) -> None:
    alice_dir, bob_dir, _shared = team_with_outbox
    alice = Laptop.open(alice_dir, ALICE)
    try:
        alice.sync()
        with_changes = fingerprint(alice)
    finally:
        alice.close()
    bob = Laptop.open(bob_dir, BOB)
    before = fingerprint(bob)
    bob.close()
    code = sync_in_subprocess(bob_dir, BOB.name, BOB.organisation, point)
    assert code == -signal.SIGKILL
    alice, bob = Laptop.open(alice_dir, ALICE), Laptop.open(bob_dir, BOB)
    try:
        assert integrity(bob) == "ok"
        after_crash = fingerprint(bob)
        # one transaction per file: killed before its commit, nothing of it is there
        assert (after_crash == before) is (point == "import_before_commit")
        assert after_crash in (before, with_changes)
        sync_until_quiet([alice, bob])
        assert fingerprint(bob) == fingerprint(alice) == with_changes
        assert lost_ops(bob) == []
    finally:
        alice.close()
        bob.close()


def test_a_file_written_before_a_crash_is_recognised_by_the_export_itself(
        team_with_outbox: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    alice_dir, _bob_dir, shared = team_with_outbox
    assert sync_in_subprocess(alice_dir, ALICE.name, ALICE.organisation,
                              "before_mark") == -signal.SIGKILL
    monkeypatch.setattr(sharing_service, "import_all", lambda *args: None)  # a stale listing
    alice = Laptop.open(alice_dir, ALICE)
    try:
        own = share.device_dir(shared, alice.me)
        before = sorted(own.glob("*.cdseg"))
        report = alice.sync()
        assert report.exported_files == [str(before[-1])] and report.problems == []
        assert sorted(own.glob("*.cdseg")) == before  # the same file, not a second one
        assert all(exported for _seq, exported in own_ops(alice))
    finally:
        alice.close()


# -- snapshots and compaction -----------------------------------------------------------------
LATER_SCRIPT = textwrap.dedent("""
    import datetime as dt
    import sys
    from pathlib import Path
    from coopdesk.domain.profile import Profile
    from coopdesk.services.sharing.service import SyncService
    from coopdesk.store.base import utcnow
    from coopdesk.store.workspace import Workspace

    with Workspace.open(Path(sys.argv[1]), Profile(name=sys.argv[2],
                                                   organisation=sys.argv[3])) as workspace:
        service = SyncService(workspace)
        later = utcnow() + dt.timedelta(days=float(sys.argv[4]))
        service.now = lambda: later
        service.sync()
    print("finished")
""")


def later_sync_in_subprocess(folder: Path, days: float, crash_at: str) -> int:
    """Alice's sync, *days* from now (a snapshot is due after 7, compaction after 14)."""
    env = dict(os.environ)
    root = str(Path(coopdesk.__file__).parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    env[share.CRASH_ENV] = crash_at
    done = subprocess.run([sys.executable, "-c", LATER_SCRIPT, str(folder), ALICE.name,
                           ALICE.organisation, str(days)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


@pytest.fixture
def team_in_sync(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Alice and Bob in sync, nothing waiting to be shared. Both closed."""
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    for n in range(3):
        alice.services.organisations.create(OrganisationFields(name=f"Asso {n}"))
        sync_until_quiet(laptops)
    for laptop in laptops:
        laptop.close()
    return alice.folder, bob.folder, shared


def newcomer_from_snapshots(tmp_path: Path, shared: Path, alice: Laptop) -> None:
    """A new laptop reading only snapshots (every segment moved away) matches Alice."""
    from tests.sync.test_snapshots import join_new

    hidden = tmp_path / "hidden-segments"
    hidden.mkdir()
    for n, path in enumerate(sorted(share.share_root(shared).rglob("*.cdseg"))):
        path.rename(hidden / f"{n}.cdseg")
    newcomer = join_new(tmp_path, shared, "newcomer")
    try:
        assert fingerprint(newcomer) == fingerprint(alice)
        assert integrity(newcomer) == "ok"
    finally:
        newcomer.close()


@pytest.mark.parametrize("point", ["after_temp_write", "after_rename",
                                   "snapshot_before_record"])
def test_killed_snapshot_write_leaves_a_whole_snapshot_or_none(
        team_in_sync: tuple[Path, Path, Path], tmp_path: Path, point: str) -> None:
    alice_dir, _bob_dir, shared = team_in_sync
    assert later_sync_in_subprocess(alice_dir, 8, point) == -signal.SIGKILL
    alice = Laptop.open(alice_dir, ALICE)
    try:
        assert integrity(alice) == "ok"
        own = share.device_dir(shared, alice.me)
        for path in own.glob("*.cdsnap"):  # whatever reached its final name is whole
            assert frame.decode(path.read_bytes()).status is frame.FileStatus.OK
        service = alice.sync_service
        later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=8)
        service.now = lambda: later
        report = service.sync()
        assert report.problems == []
        assert list(own.glob(f"{share.TEMP_PREFIX}*")) == []
        snapshots = list(own.glob("*.cdsnap"))
        assert len(snapshots) == 1  # the one written before the crash counts, no second
        assert report.snapshot in ("", str(snapshots[0]))
        newcomer_from_snapshots(tmp_path, shared, alice)
    finally:
        alice.close()


@pytest.mark.parametrize("point", ["compact_before_delete", "compact_after_segment_delete",
                                   "compact_before_snapshot_delete"])
def test_killed_compaction_loses_nothing(team_in_sync: tuple[Path, Path, Path],
                                         tmp_path: Path, point: str) -> None:
    alice_dir, bob_dir, shared = team_in_sync
    alice = Laptop.open(alice_dir, ALICE)
    try:
        for n in range(4):  # four snapshots, so that compaction also deletes the oldest
            alice.services.organisations.create(OrganisationFields(name=f"Jardin {n}"))
            alice.sync()
            assert alice.sync_service.write_snapshot() is not None
        me = alice.me
    finally:
        alice.close()
    own = share.device_dir(shared, me)
    segments_before = sorted(own.glob("*.cdseg"))
    assert later_sync_in_subprocess(alice_dir, 15, point) == -signal.SIGKILL
    left = sorted(own.glob("*.cdseg"))
    assert len(left) == (len(segments_before) - 1 if point == "compact_after_segment_delete"
                         else len(segments_before) if point == "compact_before_delete" else 0)
    alice, bob = Laptop.open(alice_dir, ALICE), Laptop.open(bob_dir, BOB)
    try:
        assert integrity(alice) == "ok"
        service = alice.sync_service
        later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=15)
        service.now = lambda: later
        assert service.sync().problems == []
        assert list(own.glob("*.cdseg")) == []
        assert len(list(own.glob("*.cdsnap"))) == 3
        sync_until_quiet([alice, bob])
        assert fingerprint(bob) == fingerprint(alice)
        assert lost_ops(alice) == [] and lost_ops(bob) == []
        newcomer_from_snapshots(tmp_path, shared, alice)
    finally:
        alice.close()
        bob.close()
