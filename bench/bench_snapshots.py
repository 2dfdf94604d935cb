"""Joining a large share with and without snapshots.

    python bench/bench_snapshots.py [--ops 100000] [--devices 20] [--out FILE]

Other devices' segment files hold `--ops` operations (bench_sync.py's generator: rows
created whole, 20 % of ops later edits). One replica reads them all and writes a snapshot.
Then a new laptop joins three times, each into a fresh workspace: from the segments alone,
from the snapshot with every segment still there, and from the snapshot alone (segments
compacted away). Also the time to write the snapshot and the bytes on the share.

Writes bench/results/snapshots.json and prints a Markdown table with the machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import random
import shutil
import tempfile
from typing import Any

from bench.bench_foundation import machine, timed, write_result
from bench.bench_sync import PROFILE, device_ops, write_device_files
from coopdesk.domain.ids import new_id
from coopdesk.services.sharing.service import SyncService
from coopdesk.store.workspace import Workspace
from coopdesk.sync import share
from coopdesk.sync.hlc import wall_ms

RESULTS = Path(__file__).with_name("results") / "snapshots.json"


def _size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths)


def _join(base: Path, name: str, shared: Path) -> tuple[float, int]:
    workspace = Workspace.create(base / name, "nouvel espace", PROFILE)
    try:
        service = SyncService(workspace)
        ms, report = timed(lambda: service.join(shared))
        assert report.problems == [], report.problems
        with workspace.db.engine.begin() as conn:
            held = int(conn.exec_driver_sql("SELECT COUNT(*) FROM sync_op").scalar() or 0)
        return ms, held
    finally:
        workspace.close()


def run(base: Path, ops_total: int, devices: int) -> dict[str, Any]:
    shared = base / "share"
    shared.mkdir()
    writer = Workspace.create(base / "writer", "Banc d'essai", PROFILE)
    try:
        service = SyncService(writer)
        service.create_share(shared)
        team_id = service.team_of()
        rng = random.Random(1)
        per_device = ops_total // devices
        for n in range(devices):
            ops = device_ops(new_id(), per_device, rng, wall_ms() - 10_000_000 + n)
            write_device_files(shared, team_id, ops[0].dot.replica, ops)
        service.sync()
        snapshot_ms, path = timed(service.write_snapshot)
        assert path is not None
    finally:
        writer.close()
    segments = sorted(share.share_root(shared).rglob(f"*{share.SEGMENT_SUFFIX}"))
    segment_bytes, snapshot_bytes = _size(segments), path.stat().st_size
    hidden = base / "hidden"
    hidden.mkdir()
    moved = hidden / path.name
    shutil.move(path, moved)
    segments_ms, segments_held = _join(base, "from-segments", shared)
    shutil.move(moved, path)
    both_ms, both_held = _join(base, "snapshot-and-segments", shared)
    for n, segment in enumerate(segments):
        shutil.move(segment, hidden / f"{n}.cdseg")
    snapshot_only_ms, snapshot_held = _join(base, "snapshot-only", shared)
    return {"ops": per_device * devices, "devices": devices,
            "segment_files": len(segments), "segment_bytes": segment_bytes,
            "snapshot_bytes": snapshot_bytes, "snapshot_write_ms": round(snapshot_ms, 1),
            "join_segments_ms": round(segments_ms, 1), "ops_held_segments": segments_held,
            "join_snapshot_and_segments_ms": round(both_ms, 1),
            "ops_held_snapshot_and_segments": both_held,
            "join_snapshot_only_ms": round(snapshot_only_ms, 1),
            "ops_held_snapshot": snapshot_held}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-snap-") as temp:
        result = {"machine": machine(), **run(Path(temp), args.ops, args.devices)}
    write_result(result, args.out)
    print(f"| join from | ms | ops held |\n|---|---:|---:|\n"
          f"| segments only ({result['segment_files']} files, {result['segment_bytes']:,} B) "
          f"| {result['join_segments_ms']:,} | {result['ops_held_segments']:,} |\n"
          f"| snapshot + segments | {result['join_snapshot_and_segments_ms']:,} "
          f"| {result['ops_held_snapshot_and_segments']:,} |\n"
          f"| snapshot only ({result['snapshot_bytes']:,} B) "
          f"| {result['join_snapshot_only_ms']:,} | {result['ops_held_snapshot']:,} |")
    print(f"Snapshot written in {result['snapshot_write_ms']:,} ms. {result['machine']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
