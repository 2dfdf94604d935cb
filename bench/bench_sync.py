"""Sync benchmarks: import, export, a sync cycle with nothing to do, and the cost of capture.

    python bench/bench_sync.py [--ops 100000] [--devices 20] [--edits 10000]
                               [--records 10000] [--repeat 9] [--out FILE]

1. Import: other devices' segment files holding `--ops` operations (creates and later edits
   of organisations and actions, `--devices` devices, 1,000 ops per file) are read by one
   sync of a fresh replica; against a raw `executemany` of the same op rows into an empty
   SQLite table of the same shape in the same run (the floor: no parsing, no merge, no
   projection).
2. Export: `--edits` local edits (one field each) shared by one sync.
3. A sync cycle with nothing new, on the folder of `--devices` devices' files.
4. Capture: creating `--records` organisations through the service, in a workspace that is
   not shared, one that is shared, and one with op capture switched off (the baseline).

Writes bench/results/sync.json and prints a Markdown table with the machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import json
import random
import shutil
import sqlite3
import tempfile
import time
from typing import Any

from sqlalchemy import select

from bench.bench_foundation import machine, report, summary, timed
from coopdesk import __version__
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.ids import new_id
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing import service as sync_service_module
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.store.models.directory import Organisation
from coopdesk.store.sync_schema import encode_value, record_models, synced_columns
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, share
from coopdesk.sync.hlc import Timestamp, wall_ms
from coopdesk.sync.ops import Dot, Op

RESULTS = Path(__file__).with_name("results") / "sync.json"
PROFILE = Profile(name="Banc d'essai", organisation="coopdesk bench")
OPS_PER_FILE = 1_000
TABLES = ("organisation", "action")
WORDS = ("jardin", "quartier", "atelier", "réunion", "épicerie", "solidaire", "vélo",
         "école", "forêt", "été", "collectif", "maison", "partage", "fête", "café")


# -- other devices' files --------------------------------------------------------------
def _value(column: Any, rng: random.Random, n: int) -> Any:
    enum_class = getattr(column.type, "enum_class", None)
    if enum_class is not None:
        return encode_value(next(iter(enum_class)))
    if column.foreign_keys or column.nullable:
        return None
    if column.key in ("name", "title"):
        return f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {n}"
    if column.info.get("long_text"):
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60)))
    return rng.choice(WORDS) if rng.random() < 0.3 else ""


def device_ops(replica: str, count: int, rng: random.Random, start_ms: int) -> list[Op]:
    """*count* ops of one device: rows created whole, then some of their fields edited
    again (each edit naming the dot it replaces)."""
    models = record_models()
    ops: list[Op] = []
    last: dict[tuple[str, str, str], Dot] = {}
    rows: list[tuple[str, str]] = []
    seq = 0

    def add(table: str, row: str, column: str, value: Any, tx: str) -> None:
        nonlocal seq
        seq += 1
        key = (table, row, column)
        ctx = frozenset([last[key]]) if key in last else frozenset()
        dot = Dot(replica, seq)
        ops.append(Op(dot=dot, hlc=Timestamp(start_ms + seq, 0), table=table, row=row,
                      column=column, value=value, ctx=ctx, wall="2026-11-26T08:00:00",
                      tx=tx))
        last[key] = dot

    while len(ops) < count:
        tx = new_id()
        if rows and rng.random() < 0.2:  # an edit of a row created earlier
            table, row = rng.choice(rows)
            column = "description"
            add(table, row, column, _value(models[table].__table__.c[column], rng, seq), tx)
            continue
        table = rng.choice(TABLES)
        row = new_id()
        rows.append((table, row))
        for column in synced_columns(models[table]):
            add(table, row, column.key, _value(column, rng, seq), tx)
    return ops[:count]


def write_device_files(shared: Path, team_id: str, replica: str, ops: list[Op]) -> int:
    folder = share.device_dir(shared, replica)
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    for start in range(0, len(ops), OPS_PER_FILE):
        part = ops[start:start + OPS_PER_FILE]
        lines = [json.dumps({**op.encode(), "author": f"Bénévole {replica[:4]}",
                             "author_org": "Asso du banc"}, ensure_ascii=False) for op in part]
        first, last = part[0].dot.seq, part[-1].dot.seq
        header = {"kind": "segment", "team_id": team_id, "replica_id": replica,
                  "seq": [first, last], "vv": {replica: last}, "schema_version": "",
                  "app_version": __version__, "enc": None, "op_count": len(part),
                  "author": f"Bénévole {replica[:4]}", "author_org": "Asso du banc"}
        data = frame.encode(header, ("\n".join(lines) + "\n").encode("utf-8"))
        (folder / share.segment_name(first, last)).write_bytes(data)
        files += 1
    return files


def raw_executemany(folder: Path, workspace: Workspace, ops: list[Op]) -> float:
    """ms to insert the same op rows with sqlite3's executemany into an empty table shaped
    like sync_op (same indexes, WAL, synchronous=FULL, one transaction)."""
    with workspace.db.engine.begin() as conn:
        ddl = [r[0] for r in conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'sync_op' AND sql IS NOT NULL")]
    db = sqlite3.connect(folder / "raw.sqlite")
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        for statement in ddl:
            db.execute(statement)
        rows = [(op.dot.replica, op.dot.seq, op.hlc.encode(), op.wall, op.tx, op.table, op.row,
                 op.column, json.dumps(op.value, ensure_ascii=False),
                 json.dumps(sorted(d.encode() for d in op.ctx)), "Bénévole", "Asso", True)
                for op in ops]
        started = time.perf_counter()
        with db:
            db.executemany(
                "INSERT INTO sync_op (replica, seq, hlc, wall, tx, tbl, row_id, col, value, "
                "ctx, author, author_org, exported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows)
        return (time.perf_counter() - started) * 1000
    finally:
        db.close()


# -- the measures ----------------------------------------------------------------------
class MaintenanceTimer:
    """Wraps the end-of-cycle maintenance (a snapshot when one is due, compaction) so that
    its time is reported apart from the import or export it follows."""

    def __init__(self) -> None:
        self.original = sync_service_module.maintain
        self.ms = 0.0

    def __call__(self, *args: Any) -> None:
        started = time.perf_counter()
        try:
            self.original(*args)
        finally:
            self.ms += (time.perf_counter() - started) * 1000

    def install(self) -> None:
        sync_service_module.maintain = self

    def remove(self) -> None:
        sync_service_module.maintain = self.original

    def take(self) -> float:
        ms, self.ms = self.ms, 0.0
        return round(ms, 1)


def bench_import_and_noop(base: Path, ops_total: int, devices: int, edits: int,
                          repeat: int) -> dict[str, Any]:
    shared = base / "share"
    shared.mkdir()
    reader = Workspace.create(base / "reader", "Banc d'essai", PROFILE)
    maintenance = MaintenanceTimer()
    maintenance.install()
    try:
        service = SyncService(reader)
        service.create_share(shared)
        team_id = service.team_of()
        rng = random.Random(1)
        all_ops: list[Op] = []
        files = 0
        per_device = ops_total // devices
        for n in range(devices - 1):  # the reader is the twentieth device
            ops = device_ops(new_id(), per_device, rng, wall_ms() - 10_000_000 + n)
            files += write_device_files(shared, team_id, ops[0].dot.replica, ops)
            all_ops += ops
        ops = device_ops(new_id(), ops_total - len(all_ops), rng, wall_ms() - 5_000_000)
        files += write_device_files(shared, team_id, ops[0].dot.replica, ops)
        all_ops += ops
        maintenance.take()
        import_ms, report = timed(service.sync)
        import_snapshot_ms = maintenance.take()
        assert report.imported_ops == len(all_ops), report
        assert report.problems == [], report.problems
        raw_ms = raw_executemany(base, reader, all_ops)
        # the reader shares a little too, so that its own folder is not empty
        services = Services(reader)
        org = services.organisations.list(limit=1)[0]
        services.organisations.update(org.id, OrganisationFields(name=org.name, city="Lyon"))
        service.sync()
        noop = [timed(service.sync)[0] for _ in range(repeat)]
        maintenance.take()
        export_ms, exported = bench_export(reader, service, edits)
        export_snapshot_ms = maintenance.take()
        return {
            "import": {"ops": len(all_ops), "files": files, "devices": devices,
                       "ms": round(import_ms, 1),
                       "snapshot_ms": import_snapshot_ms,
                       "ops_per_s": round(len(all_ops) / (import_ms - import_snapshot_ms)
                                          * 1000),
                       "raw_executemany_ms": round(raw_ms, 1),
                       "raw_ops_per_s": round(len(all_ops) / raw_ms * 1000),
                       "ratio": round(import_ms / raw_ms, 1)},
            "noop_sync": {"files_on_share": len(list(share.scan(shared))), **summary(noop)},
            "export": {"edits": edits, "ms": round(export_ms, 1),
                       "snapshot_ms": export_snapshot_ms,
                       "ops_per_s": round(exported / (export_ms - export_snapshot_ms) * 1000),
                       "ops": exported},
        }
    finally:
        maintenance.remove()
        reader.close()


def bench_export(workspace: Workspace, service: SyncService, edits: int) -> tuple[float, int]:
    """*edits* one-field edits (in transactions of 100), then the sync that shares them."""
    with workspace.db.reading() as session:
        ids = list(session.scalars(select(Organisation.id).order_by(Organisation.id)))
    ids = (ids * (edits // max(len(ids), 1) + 1))[:edits]
    for start in range(0, edits, 100):
        with workspace.db.unit_of_work() as session:
            for n, row_id in enumerate(ids[start:start + 100]):
                org = session.get(Organisation, row_id)
                assert org is not None
                org.city = f"Ville {start + n}"
    ms, report = timed(service.sync)
    assert report.exported_ops == edits, report
    return ms, report.exported_ops


def bench_capture(base: Path, records: int) -> dict[str, Any]:
    """ms per organisation created through the service: capture off, not shared, shared."""
    results: dict[str, Any] = {}
    for label in ("capture off", "not shared", "shared"):
        folder = base / label.replace(" ", "-")
        workspace = Workspace.create(folder, "Banc d'essai", PROFILE)
        try:
            if label == "shared":
                (base / "capture-share").mkdir()
                SyncService(workspace).create_share(base / "capture-share")
            if label == "capture off":
                workspace.db.sync = None  # type: ignore[assignment]  # sessions record no ops
            organisations = Services(workspace).organisations
            samples = []
            for n in range(records):
                fields = OrganisationFields(name=f"Association {n}", city="Lille",
                                            description="Présentation " * 20)
                started = time.perf_counter()
                organisations.create(fields)
                samples.append((time.perf_counter() - started) * 1000)
            results[label] = {"records": records, "total_ms": round(sum(samples), 1),
                              **summary(samples)}
        finally:
            workspace.close()
    off = results["capture off"]["median_ms"]
    for label in ("not shared", "shared"):
        results[label]["overhead_ms"] = round(results[label]["median_ms"] - off, 2)
    return results


# -- report ----------------------------------------------------------------------------
def markdown(result: dict[str, Any]) -> str:
    i, n, e = result["import"], result["noop_sync"], result["export"]
    lines = [
        "| Measure | Amount | Time | Rate |", "|---|---:|---:|---:|",
        f"| Import (one sync) | {i['ops']:,} ops, {i['files']} files, {i['devices']} devices "
        f"| {i['ms'] / 1000:.1f} s, of which snapshot {i['snapshot_ms'] / 1000:.1f} s "
        f"| {i['ops_per_s']:,} ops/s (without the snapshot) |",
        f"| Raw `executemany` of the same rows | {i['ops']:,} rows | "
        f"{i['raw_executemany_ms'] / 1000:.2f} s | {i['raw_ops_per_s']:,} rows/s "
        f"(import ×{i['ratio']}) |",
        f"| Export (one sync) | {e['edits']:,} edits | {e['ms']:.0f} ms, of which snapshot "
        f"{e['snapshot_ms']:.0f} ms | {e['ops_per_s']:,} ops/s (without the snapshot) |",
        f"| Sync with nothing new | {n['files_on_share']} files | median {n['median_ms']:.1f} "
        f"ms, p95 {n['p95_ms']:.1f} ms | |",
    ]
    for label, c in result["capture"].items():
        extra = f", +{c['overhead_ms']:.2f} ms" if "overhead_ms" in c else ""
        lines.append(f"| Create an organisation ({label}) | {c['records']:,} records | "
                     f"median {c['median_ms']:.2f} ms{extra} | "
                     f"total {c['total_ms'] / 1000:.1f} s |")
    m = result["machine"]
    lines += ["", f"Machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), "
              f"{m['ram_gb']} GB RAM, {m['os']}; Python {m['python']}, SQLite {m['sqlite']}, "
              f"SQLAlchemy {m['sqlalchemy']}; load average at start "
              f"{m['load_average_1_5_15']}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="coopdesk sync benchmarks")
    parser.add_argument("--ops", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="coopdesk-bench-sync-"))
    try:
        result: dict[str, Any] = {"measured_at": time.strftime("%Y-%m-%d %H:%M:%S"),
                                  "machine": machine()}
        result.update(bench_import_and_noop(base, args.ops, args.devices, args.edits,
                                            args.repeat))
        result["capture"] = bench_capture(base, args.records)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    report(result, args.out, markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
