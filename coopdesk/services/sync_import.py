"""Import what the other replicas wrote: one SQLite transaction per file, in seq order."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from coopdesk.store.base import table_of
from coopdesk.store.models.sync_tables import SyncFile, SyncOp
from coopdesk.store.sync_projection import note_once, project
from coopdesk.store.sync_state import SqlState
from coopdesk.sync import frame, share
from coopdesk.sync.frame import FileStatus
from coopdesk.sync.ops import Op

if TYPE_CHECKING:
    from coopdesk.services.sync_service import SyncReport, SyncService

file_t = table_of(SyncFile)
op_t = table_of(SyncOp)
FINAL = {FileStatus.OK.value, "duplicate", "foreign", "fork"}


def _parse(payload: bytes) -> list[tuple[Op, str, str]]:
    """The ops of a segment, contiguous in seq; ValueError when anything is off."""
    parsed: list[tuple[Op, str, str]] = []
    for line in payload.decode("utf-8").splitlines():
        if not line.strip():
            continue
        data: Any = json.loads(line)
        op = Op.decode(data)
        parsed.append((op, str(data.get("author", "")), str(data.get("author_org", ""))))
    for (before, _, _), (after, _, _) in itertools.pairwise(parsed):
        if after.dot.replica != before.dot.replica or after.dot.seq != before.dot.seq + 1:
            raise ValueError("ops are not contiguous")
    return parsed


def _same_as_mine(state: SqlState, conn: Any, ops: list[tuple[Op, str, str]]) -> bool:
    for op, _, _ in ops:
        row = conn.execute(select(op_t.c.hlc, op_t.c.value).where(
            op_t.c.replica == op.dot.replica, op_t.c.seq == op.dot.seq)).first()
        if row is None or row.hlc != op.hlc.encode() or json.loads(row.value) != op.value:
            return False
    return True


def import_all(service: SyncService, folder: Path, team_id: str, report: SyncReport) -> None:
    from coopdesk.services.sync_service import FileProblem, _author_of, _record_file

    db = service.db
    progress = True
    while progress:  # a file waiting for an earlier one may become readable
        progress = False
        for shared in sorted(share.scan(folder), key=lambda f: str(f.path)):
            with db.engine.begin() as conn:
                known = conn.execute(select(file_t).where(
                    file_t.c.path == str(shared.path))).first()
            if known is not None and known.size == shared.size and known.status in FINAL:
                continue
            try:
                data = shared.path.read_bytes()
            except OSError as exc:
                report.problems.append(FileProblem(str(shared.path), "incomplete",
                                                   shared.folder_replica or "", "", str(exc)))
                continue
            result = frame.decode(data)
            header = result.header or {}
            replica = str(header.get("replica_id") or shared.folder_replica or "")
            with db.engine.begin() as conn:
                me = db.sync.ensure(conn)
                state = SqlState(conn)
                status, detail, applied = _absorb(db, conn, state, me, team_id, result, report)
                first = last = 0
                _record_file(conn, shared.path, len(data), status, replica, first, last, detail)
                if status not in FINAL:
                    report.problems.append(FileProblem(str(shared.path), status, replica,
                                                       _author_of(conn, replica), detail))
            if applied:
                progress = True
                report.imported_ops += applied
                report.imported_files += 1
            elif status == "duplicate":
                report.duplicates += 1


def _absorb(db: Any, conn: Any, state: SqlState, me: str, team_id: str,
            result: frame.ReadResult, report: SyncReport) -> tuple[str, str, int]:
    """(status, detail, ops applied) for one decoded file, inside its transaction."""
    if result.status is not FileStatus.OK:
        return result.status.value, result.reason, 0
    header = result.header or {}
    if header.get("team_id") != team_id:
        return "foreign", "another team's file", 0
    if header.get("kind") != "segment":
        return "skipped", f"{header.get('kind')} files are not read by this version", 0
    try:
        ops = _parse(result.payload or b"")
    except (ValueError, UnicodeDecodeError) as exc:
        return FileStatus.CORRUPT.value, str(exc), 0
    if not ops:
        return "duplicate", "", 0
    replica = ops[0][0].dot.replica
    if replica == me:
        if _same_as_mine(state, conn, ops):
            return "duplicate", "", 0
        report.fork = True
        note_once(conn, "fork", "", "", "", {"replica": me})
        return "fork", "another installation writes as this one (a cloned laptop?)", 0
    if ops[0][0].dot.seq > state.seq_of(replica) + 1:
        return "waiting", "an earlier file of this device has not arrived yet", 0
    touched: set[tuple[str, str]] = set()
    applied = 0
    for op, author, org in ops:
        if state.apply(op, author=author, author_org=org, exported=True):
            applied += 1
            touched.add((op.table, op.row))
            warning = db.sync.clock.receive(op.hlc, replica)
            if warning is not None:
                note_once(conn, "clock", "", "", replica,
                          {"replica": replica, "ahead_ms": warning.ahead_ms, "author": author})
                report.clock_warnings.append(author or replica)
    db.sync.save_clock(conn)
    project(conn, touched)
    return (FileStatus.OK.value if applied else "duplicate"), "", applied
