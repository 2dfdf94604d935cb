"""kill -9 at random moments (SYNC.md test 10, the random half; test_crash.py has the fixed
crash points).

A sync that imports other devices' files and exports its own outbox runs in a subprocess;
the test waits for the subprocess's readiness line, then waits on the process for a seeded
random delay and kills it with SIGKILL if it is still running. After a restart the local
file passes `PRAGMA integrity_check`, no change made before the kill is missing, no record
and no change is duplicated (each change in exactly one of its device's files), and both
laptops converge after syncing again.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

import coopdesk
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.store.models.sync_tables import SyncOp
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, share
from coopdesk.sync.ops import Dot
from tests.sync.import_helpers import segment_dots
from tests.sync.replicas import (
    ALICE,
    BOB,
    PROFILES,
    Laptop,
    copy_team,
    domain_tables,
    fingerprint,
    lost_ops,
    make_team,
    sync_until_quiet,
)

#: Records per batch; Alice shares three batches and keeps two in her outbox, Bob keeps one.
BATCH = 40
SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from coopdesk.domain.profile import Profile
    from coopdesk.services.sharing.service import SyncService
    from coopdesk.store.workspace import Workspace

    with Workspace.open(Path(sys.argv[1]), Profile(name=sys.argv[2],
                                                   organisation=sys.argv[3])) as workspace:
        service = SyncService(workspace)
        print("ready", flush=True)
        service.sync()
    print("finished", flush=True)
""")


@dataclass(frozen=True)
class Outcome:
    killed: bool
    delay: float
    #: Seconds from "ready" (the sync starts) to the end of the process.
    seconds: float = 0.0


def _create_batch(laptop: Laptop, prefix: str, count: int) -> None:
    s = laptop.services
    for n in range(count):
        s.organisations.create(OrganisationFields(
            name=f"{prefix} {n}", city="Lille", description=f"Présentation {prefix} {n}\n" * 3))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Alice shared three batches Bob has not read yet; both have changes not shared yet.
    All closed."""
    base = tmp_path_factory.mktemp("crash-template")
    first = Workspace.create(base / "laptop0", "Coopération des Tilleuls", PROFILES[0])
    laptops, _share = make_team(base, 2, first=first)
    alice, bob = laptops
    for batch in range(3):
        _create_batch(alice, f"Alice lot {batch}", BATCH)
        alice.sync()
    alice.services.meetings.create(MeetingFields(title="Bureau",
                                                 starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    for batch in range(3, 5):
        _create_batch(alice, f"Alice lot {batch}", BATCH)
    _create_batch(bob, "Bob lot", BATCH)
    for laptop in laptops:
        laptop.close()
    return base


def sync_killed_at_random(folder: Path, name: str, org: str, delay: float) -> Outcome:
    """Run a sync in a subprocess; SIGKILL it *delay* seconds after it said it is ready."""
    env = dict(os.environ)
    root = str(Path(coopdesk.__file__).parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    env.pop(share.CRASH_ENV, None)
    with subprocess.Popen([sys.executable, "-c", SCRIPT, str(folder), name, org],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read()
        ready = time.monotonic()
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=120)
        seconds = time.monotonic() - ready
        stderr = proc.stderr.read()
        assert "Traceback" not in stderr, stderr
        killed = proc.returncode == -signal.SIGKILL
        assert killed or proc.returncode == 0, (proc.returncode, stderr)
    return Outcome(killed=killed, delay=delay, seconds=seconds)


def integrity(laptop: Laptop) -> str:
    with laptop.workspace.db.engine.begin() as conn:
        return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())


def op_dots(laptop: Laptop) -> set[Dot]:
    op_t = SyncOp.__table__
    with laptop.workspace.db.engine.begin() as conn:
        return {Dot(r.replica, r.seq) for r in conn.execute(select(op_t.c.replica,
                                                                   op_t.c.seq))}


def organisation_names(laptop: Laptop) -> Counter[str]:
    return Counter(org.name for org in laptop.services.organisations.list())


@pytest.fixture(scope="module")
def sync_seconds(template: Path, tmp_path_factory: pytest.TempPathFactory) -> float:
    """How long the victim's sync takes here, uninterrupted: the kills are spread over it,
    so that most land inside the sync whatever the speed of the machine."""
    target = tmp_path_factory.mktemp("crash-timing")
    laptops, _shared = copy_team(template, target, 2)
    for laptop in laptops:
        laptop.close()
    outcome = sync_killed_at_random(target / "laptop0", ALICE.name, ALICE.organisation, 300.0)
    assert not outcome.killed
    return outcome.seconds


def run_once(seed: int, template: Path, target: Path, span: float = 1.2) -> Outcome:
    rng = random.Random(seed)
    laptops, shared = copy_team(template, target, 2)
    victim_index = rng.randrange(2)
    victim = laptops[victim_index]
    profile = (ALICE, BOB)[victim_index]
    before = op_dots(victim)
    for laptop in laptops:
        laptop.close()
    # most kills land inside the sync; a few after it finished (a sync that completed)
    outcome = sync_killed_at_random(victim.folder, profile.name, profile.organisation,
                                    rng.uniform(0.0, span))
    alice, bob = Laptop.open(target / "laptop0", ALICE), Laptop.open(target / "laptop1", BOB)
    laptops = [alice, bob]
    try:
        victim = laptops[victim_index]
        assert integrity(victim) == "ok", seed
        assert before <= op_dots(victim), seed  # nothing made before the kill is missing
        sync_until_quiet(laptops)
        for laptop in laptops:
            assert integrity(laptop) == "ok", seed
            assert lost_ops(laptop) == [], seed
            own = share.device_dir(shared, laptop.me)
            assert list(own.glob(f"{share.TEMP_PREFIX}*")) == [], seed
            counts = Counter(dot for path in own.glob("*.cdseg") for dot in segment_dots(path))
            assert set(counts.values()) == {1}, seed  # each change in exactly one file
            assert all(frame.decode(p.read_bytes()).status is frame.FileStatus.OK
                       for p in own.glob("*.cdseg"))
        assert fingerprint(alice) == fingerprint(bob), seed
        assert op_dots(alice) == op_dots(bob) and before <= op_dots(alice), seed
        names = organisation_names(alice)
        assert names == organisation_names(bob), seed
        assert set(names.values()) == {1} and len(names) == 6 * BATCH, seed
        out = target / "export.json"
        assert domain_tables(alice, out) == domain_tables(bob, out), seed
    finally:
        for laptop in laptops:
            laptop.close()
    return outcome


def run_many(template: Path, base: Path, seeds: range, span: float) -> list[Outcome]:
    outcomes = []
    for seed in seeds:
        target = base / f"run{seed}"
        outcomes.append(run_once(seed, template, target, span))
        shutil.rmtree(target)
    return outcomes


def test_random_kills_lose_and_duplicate_nothing(template: Path, tmp_path: Path,
                                                 sync_seconds: float) -> None:
    outcomes = run_many(template, tmp_path, range(10), 1.1 * sync_seconds)
    assert sum(outcome.killed for outcome in outcomes) >= 3


@pytest.mark.soak
def test_random_kills_many_runs(template: Path, tmp_path: Path, sync_seconds: float) -> None:
    outcomes = run_many(template, tmp_path, range(10, 50), 1.1 * sync_seconds)
    assert sum(outcome.killed for outcome in outcomes) >= 20
