"""Convergence of whole workspaces (SYNC.md test 1): three laptops edit the demo workspace
at the same time (short fields, long texts, deletes, restores, new rows, private entries)
and sync in random orders while the shared folder behaves like a cloud folder (duplicate
"conflicted copies", renamed files, files moved to another folder, files vanishing for a
while), writing snapshots and compacting their own folders now and then. Once every laptop
has synced until nothing moves, all hold the same domain tables, the same live state and the
same conflicts, and no change was lost.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import ActionStatus, ExchangeKind
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.sharing.compaction import GRACE
from coopdesk.store.base import utcnow
from coopdesk.sync.ops import Dot
from tests.sync.replicas import (
    ALICE,
    Laptop,
    all_ops,
    copy_team,
    domain_tables,
    fields_of,
    fingerprint,
    make_team,
    open_notices,
    share_files,
    sync_until_quiet,
)

RUNS = 24
LAPTOPS = 3
STEPS = 14


@pytest.fixture(scope="module")
def demo_team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace shared by Alice and joined by Bob and Chloé, closed (copied per run)."""
    base = tmp_path_factory.mktemp("team")
    demo = create_demo_workspace(base / "laptop0", ALICE)
    laptops, _share = make_team(base, LAPTOPS, first=demo)
    for laptop in laptops:
        laptop.close()
    return base


def edit(laptop: Laptop, rng: random.Random, tag: str) -> None:
    """One random edit through the services, as a person would make it."""
    s = laptop.services
    what = rng.choice(["short", "short", "long", "long", "delete", "restore", "create",
                       "create"])
    try:
        if what == "short":
            if rng.random() < 0.5:
                org = rng.choice(s.organisations.list())
                s.organisations.update(org.id, fields_of(org, OrganisationFields,
                                                         city=f"Ville {tag}"))
            else:
                action = rng.choice(s.actions.list())
                s.actions.update(action.id, fields_of(
                    action, ActionFields, title=f"Action {tag}",
                    status=rng.choice([ActionStatus.TODO, ActionStatus.DONE]),
                    done_on=dt.date(2024, 5, 1) if rng.random() < 0.5 else None))
        elif what == "long":
            if rng.random() < 0.6:
                meeting = rng.choice(s.meetings.list())
                s.meetings.update(meeting.id, fields_of(meeting, MeetingFields,
                                                        notes=f"Compte rendu {tag}"))
            else:
                org = rng.choice(s.organisations.list())
                s.organisations.update(org.id, fields_of(org, OrganisationFields,
                                                         description=f"Présentation {tag}"))
        elif what == "delete":
            kind = rng.choice(["organisation", "action", "meeting", "contact_log_entry"])
            rows = s.by_kind()[kind].list()
            if rows:
                s.delete(kind, rng.choice(rows).id)
        elif what == "restore":
            trash = s.trash()
            if trash:
                item = rng.choice(trash)
                s.restore(item.kind, item.id)
        elif rng.random() < 0.4:
            s.organisations.create(OrganisationFields(name=f"Association {tag}"))
        elif rng.random() < 0.5:
            s.actions.create(ActionFields(title=f"Nouvelle action {tag}"))
        else:
            s.exchanges.create(ContactLogEntryFields(
                kind=ExchangeKind.CALL, occurred_on=dt.date(2024, 6, 3), subject=f"Appel {tag}",
                summary=f"Résumé {tag}", is_private=rng.random() < 0.3,
                organisation_id=rng.choice(s.organisations.list()).id))
    except (CoopdeskError, IndexError):
        pass  # nothing to edit of that kind, or a rule refused it: nothing was recorded


def cloud_noise(shared: Path, rng: random.Random, hidden: list[tuple[Path, Path]],
                holding: Path) -> None:
    """What cloud clients do to a shared folder, on a random file."""
    files = [p for p in share_files(shared) if p.suffix in (".cdseg", ".cdsnap")]
    if not files:
        return
    victim = rng.choice(files)
    noise = rng.choice(["copy", "rename", "move", "hide", "none", "none"])
    if noise == "copy":  # Dropbox / Nextcloud conflicted copy next to the original
        shutil.copy2(victim, victim.with_name(f"{victim.stem} (conflicted copy {rng.randrange(99)})"
                                              f"{victim.suffix}"))
    elif noise == "rename":  # the original itself under another name
        victim.rename(victim.with_name(f"{victim.stem}.sync-conflict-{rng.randrange(999)}"
                                       f"{victim.suffix}"))
    elif noise == "move":  # a person tidied up: the file now sits in another folder
        # (under its name: only coopdesk's own names are read, docs/sync.md)
        target = shared / "CoopDesk" / "rangement" / str(rng.randrange(10**6))
        target.mkdir(parents=True, exist_ok=True)
        shutil.move(victim, target / victim.name)
    elif noise == "hide":  # gone from the listing for a while (stale listing, sync lag)
        holding.mkdir(exist_ok=True)
        kept = holding / f"{rng.randrange(10**9)}-{victim.name}"
        shutil.move(victim, kept)
        hidden.append((kept, victim))


def snapshot_or_compact(laptop: Laptop, rng: random.Random, events: set[str]) -> None:
    """A snapshot of what the laptop holds, then maybe compaction as if weeks had passed:
    its own segments covered by a snapshot leave the share."""
    if rng.random() < 0.7 and laptop.sync_service.write_snapshot() is not None:
        events.add("snapshot")
    if rng.random() < 0.6:
        done = laptop.sync_service.compact(now=utcnow() + GRACE + dt.timedelta(days=1))
        if done.deleted_segments:
            events.add("compacted")


def team_lost_ops(laptops: list[Laptop]) -> set[Dot]:
    """Ops neither live nor named in the context of another op, over the whole team (SYNC.md
    test 3): a laptop that started from a snapshot holds only part of the history."""
    rows = [r for laptop in laptops for r in all_ops(laptop)]
    named = {Dot(replica, seq) for r in rows for replica, seq in json.loads(r.ctx)}
    live = {Dot(r.replica, r.seq) for laptop in laptops for r in live_dots(laptop)}
    return {Dot(r.replica, r.seq) for r in rows} - named - live


def live_dots(laptop: Laptop) -> list[Any]:
    with laptop.workspace.db.engine.begin() as conn:
        return list(conn.exec_driver_sql("SELECT replica, seq FROM sync_live"))


def bring_back(hidden: list[tuple[Path, Path]]) -> None:
    for kept, original in hidden:
        if not original.exists():
            shutil.move(kept, original)
    hidden.clear()


def run_once(seed: int, template: Path, target: Path, events: set[str]) -> list[Laptop]:
    rng = random.Random(seed)
    laptops, shared = copy_team(template, target, LAPTOPS)
    hidden: list[tuple[Path, Path]] = []
    for step in range(STEPS):
        laptop = rng.choice(laptops)
        if rng.random() < 0.55:
            for n in range(rng.randint(1, 3)):
                edit(laptop, rng, f"{seed}-{step}-{n}")
        elif rng.random() < 0.25:
            snapshot_or_compact(laptop, rng, events)
        else:
            cloud_noise(shared, rng, hidden, target / "holding")
            laptop.sync()
            if rng.random() < 0.5:
                bring_back(hidden)
    bring_back(hidden)
    reports = sync_until_quiet(laptops)
    for report in reports:
        assert report.problems == [], (seed, report.problems)
        assert not report.fork
    return laptops


@pytest.mark.slow
def test_random_edits_and_cloud_behaviour_converge(demo_team: Path, tmp_path: Path) -> None:
    kinds_seen: set[str] = set()
    events: set[str] = set()
    for seed in range(RUNS):
        target = tmp_path / f"run{seed}"
        laptops = run_once(seed, demo_team, target, events)
        try:
            first = laptops[0]
            tables = domain_tables(first, target / "export.json")
            for other in laptops[1:]:
                assert domain_tables(other, target / "export.json") == tables, seed
                assert fingerprint(other) == fingerprint(first), seed
                assert open_notices(other) == open_notices(first), seed
            assert team_lost_ops(laptops) == set(), seed
            kinds_seen |= {notice[0] for notice in open_notices(first)}
        finally:
            for laptop in laptops:
                laptop.close()
        shutil.rmtree(target)
    # the runs met what they are about: concurrent long texts, edits of deleted rows
    assert kinds_seen == {"conflict", "delete_edit"}
    assert events == {"snapshot", "compacted"}
