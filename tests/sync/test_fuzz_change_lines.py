"""Fuzzing the change lines inside valid plain segment files (issue 13, part 8).

The frame fuzzing stops at the frame checks; this goes past them. The ops come from a real
writer (the demo cooperation made through the services on a real laptop, shared through a
real folder); each example takes some of them under a new device id, mutates their values
(every field type, nulls, huge numbers and texts, unknown enum values, unknown tables and
columns, references to rows that do not exist, lone surrogates, duplicated lines) and
writes them with the real line writer and frame encoder into the share. The reading laptop
then syncs twice. Checked every time:

- no unexpected exception, and no file set aside as "could not be applied" (the importer's
  last line of defence never has to act: every refusal is a decision);
- no stuck cycle: the second sync succeeds and finds nothing to do;
- every valid change is applied: each touched field shows its winning value when valid,
  and a refused one is listed in the one quarantine notice;
- a file whose lines are not contiguous (a line duplicated under the same dot) is refused
  whole as corrupt, and nothing of it is applied.

CI: a fixed seed (derandomize) and 2,000 examples (about a minute here); `pytest -m soak`
runs 20,000 more on random seeds.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from coopdesk.services.demo import create_demo
from coopdesk.services.sharing.importing import import_all
from coopdesk.services.sharing.inbox import QuarantineNotice
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.types import SyncReport, op_line
from coopdesk.services.workspace_services import Services
from coopdesk.store.base import table_of
from coopdesk.store.sync_notices import refused_fields
from coopdesk.store.sync_projection import decode_value
from coopdesk.store.sync_schema import record_models, synced_columns
from coopdesk.store.sync_state import SqlState
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, share
from tests.sync.replicas import ALICE, BOB

#: FUZZ_EXAMPLES=n runs n instead (a quick look while changing the importer).
CI_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "2000"))
FULL_EXAMPLES = int(os.environ.get("FUZZ_FULL_EXAMPLES", "50"))
SOAK_EXAMPLES = 20000


@dataclass
class Bench:
    reader: Workspace
    services: Services
    folder: Path
    team_id: str
    #: The writer's ops, by (table, row id), each as (tbl, row_id, col, value JSON text,
    #: hlc, wall, tx, author, org).
    template: dict[tuple[str, str], list[tuple[Any, ...]]]
    service: SyncService

    def import_once(self) -> SyncReport:
        """One import cycle, as `SyncService.sync` runs it (without export and snapshots;
        the folder was checked and the keys prepared by the bench's first sync)."""
        report = SyncReport()
        import_all(self.reader.db, self.service.crypto, self.folder, self.team_id, report)
        return report


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    base = tmp_path_factory.mktemp("fuzz-lines")
    writer = Workspace.create(base / "writer", "Coopération des Tilleuls", ALICE)
    create_demo(Services(writer))
    folder = base / "share"
    folder.mkdir()
    SyncService(writer).create_share(folder)
    SyncService(writer).sync()
    reader = Workspace.create(base / "reader", "nouvel espace", BOB)
    SyncService(reader).join(folder)
    SyncService(reader).sync()
    template: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    with writer.db.engine.begin() as conn:
        for r in conn.exec_driver_sql(
                "SELECT tbl, row_id, col, value, hlc, wall, tx, author, author_org "
                "FROM sync_op ORDER BY seq").all():
            template.setdefault((r[0], r[1]), []).append(tuple(r))
        team_id = str(conn.exec_driver_sql("SELECT team_id FROM sync_replica").scalar())
    writer.close()
    service = SyncService(reader)
    service.prepared()
    yield Bench(reader, Services(reader), folder, team_id, template, service)
    reader.close()


# -- what an example writes ------------------------------------------------------------------
#: Values that are wrong somewhere, for every field type (a draw from a list is cheap).
ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 1.5, 2 ** 63, -(2 ** 63) - 1, 10 ** 30, 2 ** 63 - 1,
    float("nan"), float("inf"), -float("inf"), 1e308, "", "   ", "zzz", "x" * 501,
    "y" * 200_001, "\ud800", "a\udfffb", "2026-13-45", "2026-01-01T10:00:00+02:00",
    "9999-12-31T23:59:59.999999", "2026-03-11", "2026-03-11T10:00:00",
    "0190a0a0-0000-7000-8000-000000000000", "null", "0" * 37, "é" * 40, "todo", "done",
    [], [1, "a"], {}, {"deleted": True}, {"deleted": "yes", "vv": 3}, {"a": [None]}]
values = st.sampled_from(ODD_VALUES) | st.integers() | st.text(max_size=20) | st.floats()
EXTRA = ("table", "column", "reference", "rewrite", "row")
REFERENCES = ("project_id", "organisation_id", "meeting_id", "person_id")


@st.composite
def change_lines(draw: st.DrawFn, template: dict[tuple[str, str], list[tuple[Any, ...]]],
                 rows: list[tuple[str, str]]) -> dict[str, Any]:
    """Some rows of the writer's, their values mutated, and odd extra lines."""
    picked = draw(st.lists(st.sampled_from(rows), min_size=1, max_size=2, unique=True))
    fresh = draw(st.lists(st.booleans(), min_size=len(picked), max_size=len(picked)))
    ops: list[list[Any]] = []
    for key, new in zip(picked, fresh, strict=True):
        # a new row, or a concurrent edit of the writer's
        row_id = str(uuid.uuid4()) if new else key[1]
        ops += [[t[0], row_id, t[2], t[3], *t[4:]] for t in template[key]]
    for index, value in draw(st.lists(st.tuples(st.integers(0, 10 ** 6), values),
                                      max_size=4)):
        ops[index % len(ops)][3] = json.dumps(value)
    for kind, value, index in draw(st.lists(st.tuples(
            st.sampled_from(EXTRA), values, st.integers(0, 10 ** 6)), max_size=3)):
        line = list(ops[0])
        if kind == "table":
            line[0] = "a_future_table"
        elif kind == "column":
            line[2] = "a_future_column"
        elif kind == "reference":
            line[2] = REFERENCES[index % len(REFERENCES)]
            line[3] = json.dumps(str(uuid.UUID(int=index)))
        elif kind == "row":
            line[1] = ("", "r" * 37)[index % 2]
        if kind != "reference":
            line[3] = json.dumps(value)
        ops.append(line)
    same_dot = draw(st.integers(0, 15)) == 0 and len(ops) > 1
    return {"ops": ops, "duplicate": same_dot}


def write_file(bench: Bench, example: dict[str, Any]) -> tuple[str, Path]:
    """The example's segment, written with the real line writer and frame encoder under a
    new device id; its path."""
    replica = str(uuid.uuid4())
    lines = [op_line(replica, seq, hlc, tbl, row_id, col, value, "[]", wall, tx, author,
                     org)
             for seq, (tbl, row_id, col, value, hlc, wall, tx, author, org)
             in enumerate(example["ops"], start=1)]
    if example["duplicate"]:
        lines.append(lines[-1])
    count = len(example["ops"])
    header = {"kind": "segment", "team_id": bench.team_id, "replica_id": replica,
              "seq": [1, count], "vv": {replica: count}, "schema_version": "",
              "app_version": "9.9.9-fuzz", "enc": None, "op_count": len(lines),
              "author": "Mallory", "author_org": "Fuzz"}
    data = frame.encode(header, ("\n".join(lines) + "\n").encode("utf-8"), None)
    own = share.device_dir(bench.folder, replica)
    own.mkdir(parents=True)
    path = own / share.segment_name(1, count)
    path.write_bytes(data)
    return replica, path


def check(bench: Bench, replica: str, example: dict[str, Any], *, full: bool) -> None:
    db = bench.reader.db
    if full:
        first = SyncService(bench.reader).sync()
        second = SyncService(bench.reader).sync()  # never stuck: succeeds, nothing to do
    else:
        first, second = bench.import_once(), bench.import_once()
    assert second.imported_ops == 0
    with db.engine.begin() as conn:
        files = conn.execute(text("SELECT status, detail FROM sync_file WHERE replica = :r"),
                             {"r": replica}).all()
        assert not any("could not be applied" in (d or "") for _s, d in files), files
        applied = conn.execute(text("SELECT count(*) FROM sync_op WHERE replica = :r"),
                               {"r": replica}).scalar()
        if example["duplicate"]:
            assert [s for s, _d in files] == ["corrupt"] and applied == 0
            return
        assert [s for s, _d in files] == ["ok"] and applied == len(example["ops"])
        assert first.imported_ops == applied
        check_projection(conn, {(op[0], op[1]) for op in example["ops"]})
    if not full:
        return
    refused = {(c.record_id, c.field) for n in bench.services.sync_inbox.notices()
               if isinstance(n, QuarantineNotice) for c in n.changes}
    with db.engine.begin() as conn:
        wanted = {(r.row_id, r.col) for r in conn.execute(text(
            "SELECT row_id, col FROM sync_notice WHERE kind = 'invalid' "
            "AND resolved_at IS NULL"))}
    assert refused == wanted


def check_projection(conn: Any, rows: set[tuple[str, str]]) -> None:
    """Every touched field shows its winner when valid; refused ones have their notice."""
    models = record_models()
    state = SqlState(conn)
    for tbl, row_id in sorted(rows):
        model = models.get(tbl)
        if model is None:
            continue  # a table this version does not know: kept, not shown
        live = state.live_rows(tbl, [row_id]).get(row_id, [])
        refused = refused_fields(model, row_id, live)
        notices = {r.col for r in conn.execute(text(
            "SELECT col FROM sync_notice WHERE kind = 'invalid' AND resolved_at IS NULL "
            "AND tbl = :t AND row_id = :r"), {"t": tbl, "r": row_id})}
        assert notices == set(refused), (tbl, row_id)
        if "" in refused:
            continue
        table = table_of(model)
        stored = conn.execute(table.select().where(table.c.id == row_id)).mappings().first()
        deleted = any(op.column == "_deleted" for op in live)
        if stored is None:
            assert deleted, (tbl, row_id)  # only a row deleted for good leaves
            continue
        winners = {op.column: op for op in live}
        for column in synced_columns(model):
            op = winners.get(column.key)
            if op is None or column.key in refused:
                continue
            expected = decode_value(column, op.value)
            got = stored[column]  # read back through the column's type
            assert got == expected, (tbl, row_id, column.key, op.value, got)


def run(bench: Bench, example: dict[str, Any], *, full: bool) -> None:
    replica, path = write_file(bench, example)
    try:
        check(bench, replica, example, full=full)
    finally:
        shutil.rmtree(path.parent)  # a missing file never deletes anything


def fuzz(bench: Bench, examples: int, *, derandomize: bool, full: bool) -> None:
    rows = sorted(bench.template)

    @settings(max_examples=examples, deadline=None, derandomize=derandomize,
              database=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def case(data: st.DataObject) -> None:
        run(bench, data.draw(change_lines(bench.template, rows)), full=full)

    case()
    # whatever the share held: a whole sync cycle still succeeds, and every page's
    # notices read
    SyncService(bench.reader).sync()
    bench.services.sync_inbox.notices()


def test_change_lines_inside_valid_files(bench: Bench) -> None:
    """The import cycle of `sync`, twice per example: 2,000 examples, fixed seed."""
    fuzz(bench, CI_EXAMPLES, derandomize=True, full=False)


def test_change_lines_through_whole_sync_cycles(bench: Bench) -> None:
    """`SyncService.sync` twice per example (export, snapshots and compaction included)
    and the inbox's one quarantine notice: 50 more examples, fixed seed."""
    fuzz(bench, FULL_EXAMPLES, derandomize=True, full=True)


@pytest.mark.soak
def test_change_lines_inside_valid_files_soak(bench: Bench) -> None:
    fuzz(bench, SOAK_EXAMPLES, derandomize=False, full=False)
    fuzz(bench, SOAK_EXAMPLES // 10, derandomize=False, full=True)
