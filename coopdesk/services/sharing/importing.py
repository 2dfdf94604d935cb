"""Import what the other replicas wrote: one SQLite transaction per file, in seq order.

A file is read by its content, never by its name or mtime: a "conflicted copy", a file
moved by hand or one that comes back after vanishing is parsed like any other, and ops
already seen are skipped (apply is idempotent by dot). Our own files tell us which ops are
safely on the share (a crash may have stopped us before we noted it) or that another
installation writes under our replica id (a cloned laptop: a fork).
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import SQLAlchemyError

from coopdesk import __version__
from coopdesk.services.sharing.crypto import ShareCrypto
from coopdesk.services.sharing.file_records import author_of, record_file
from coopdesk.services.sharing.fork import (
    MAX_SPLITS,
    Parsed,
    can_split,
    first_unshared,
    route,
    split,
)
from coopdesk.services.sharing.scanning import (
    LEFTOVER,
    LEFTOVER_DETAIL,
    UNREADABLE,
    forget_missing,
    is_leftover,
    read_shared,
)
from coopdesk.services.sharing.snapshots import absorb_snapshot, import_order
from coopdesk.services.sharing.types import Absorbed, FileProblem, SyncReport
from coopdesk.store.base import table_of
from coopdesk.store.db import Database
from coopdesk.store.models.sync_tables import SyncFile, SyncOp
from coopdesk.store.sync_notices import refused_rows, remember_app_version
from coopdesk.store.sync_projection import note_once, project
from coopdesk.store.sync_state import SqlState
from coopdesk.sync import frame, share
from coopdesk.sync.frame import FileStatus
from coopdesk.sync.ops import Op
from coopdesk.sync.snapshot import loads

LOG = logging.getLogger(__name__)
file_t = table_of(SyncFile)
op_t = table_of(SyncOp)
#: The names coopdesk gives its segments and snapshots (any other name is a copy).
OUR_NAMES = re.compile(r"(seg-\d{12}-\d{12}\.cdseg|snap-[0-9a-z-]+\.cdsnap)")
#: Statuses that are never read again while the file keeps its path and size.
FINAL = {FileStatus.OK.value, "duplicate", "foreign"}


def parse_segment(header: dict[str, Any], payload: bytes) -> Parsed:
    """The (op, author, author_org) of a segment, one replica, contiguous in seq and
    agreeing with the header; ValueError when anything is off."""
    parsed: Parsed = []
    for line in payload.decode("utf-8").splitlines():
        if not line.strip():
            continue
        data: Any = loads(line)
        op = Op.decode(data)
        parsed.append((op, str(data.get("author", "")), str(data.get("author_org", ""))))
    for (before, _, _), (after, _, _) in itertools.pairwise(parsed):
        if after.dot.replica != before.dot.replica or after.dot.seq != before.dot.seq + 1:
            raise ValueError("ops are not contiguous")
    if parsed:
        if parsed[0][0].dot.replica != header.get("replica_id"):
            raise ValueError("ops of another replica than the header's")
        if header.get("seq") != [parsed[0][0].dot.seq, parsed[-1][0].dot.seq]:
            raise ValueError("seq range does not match the header")
    if header.get("op_count") != len(parsed):
        raise ValueError("op count does not match the header")
    return parsed


def first_difference(conn: Connection, ops: Parsed, *, held_only: bool = False) -> int | None:
    """The first seq at which *ops* differ from (or go beyond) the ops recorded here under
    the same dots; None when every op is recorded here identically. *held_only*: ops not
    recorded here are not differences (a snapshot brought only the live ones)."""
    if not ops:
        return None
    replica = ops[0][0].dot.replica
    rows = {r.seq: r for r in conn.execute(
        select(op_t.c.seq, op_t.c.hlc, op_t.c.tbl, op_t.c.row_id, op_t.c.col, op_t.c.value)
        .where(op_t.c.replica == replica, op_t.c.seq >= ops[0][0].dot.seq,
               op_t.c.seq <= ops[-1][0].dot.seq))}
    for op, _author, _org in ops:
        row = rows.get(op.dot.seq)
        if row is None and held_only:
            continue
        if row is None or (row.hlc, row.tbl, row.row_id, row.col) != (
                op.hlc.encode(), op.table, op.row, op.column) or json.loads(row.value) != op.value:
            return op.dot.seq
    return None


def import_all(db: Database, crypto: ShareCrypto, folder: Path, team_id: str,
               report: SyncReport) -> None:
    """Read every file on the share that is new or changed, until nothing more applies.

    Only our own names are read, conflicted copies after the files they copy (scanning.py);
    a file is attributed to a device only when it reads back whole as that device's."""
    root = share.share_root(folder)
    problems: dict[str, FileProblem] = {p.path: p for p in report.problems}
    with db.engine.begin() as conn:
        if remember_app_version(conn, db.sync.ensure(conn), __version__):
            # the first sync of this version: it may accept what an older one refused
            project(conn, refused_rows(conn))
    progress = True
    while progress:  # a file waiting for an earlier one may become readable
        progress = False
        # what each file held when last read, in one query: a sync with nothing new must
        # stay cheap on a share holding hundreds of files
        with db.engine.begin() as conn:
            seen = {r.path: (r.size, r.status) for r in conn.execute(
                select(file_t.c.path, file_t.c.size, file_t.c.status))}
        files = sorted(share.scan(folder), key=lambda f: (f.is_copy, *import_order(f)))
        # a sync program that makes a conflicted copy may also put the other laptop's
        # file under the name of one read already, with the same size: a folder where a
        # new file with another name than ours appeared is read again whole (fork.py)
        fresh = {shared.path.parent for shared in files
                 if shared.path.relative_to(root).as_posix() not in seen
                 and not OUR_NAMES.fullmatch(shared.path.name)}
        found: set[str] = set()
        unlisted: list[str] = []
        for shared in files:
            # recorded relative to the share: the same folder mounted elsewhere is not new
            where = shared.path.relative_to(root).as_posix()
            found.add(where)
            known = seen.get(where)
            if shared.unreadable:
                if not shared.base:  # a folder that cannot be listed
                    unlisted.append(where)
                _note_unreadable(db, where, shared.unreadable)
                problems[str(shared.path)] = FileProblem(
                    str(shared.path), UNREADABLE, "", "", shared.unreadable)
                continue
            again = known is not None and known[0] == shared.size and known[1] in FINAL
            if again and shared.path.parent not in fresh:
                problems.pop(str(shared.path), None)
                continue
            if known is not None and known[0] == shared.size and known[1] == LEFTOVER:
                continue  # reported by the cycle that found it, listed by `status`
            try:
                data = read_shared(shared)
            except share.UnreadableFileError as exc:
                _note_unreadable(db, where, str(exc))
                problems[str(shared.path)] = FileProblem(
                    str(shared.path), UNREADABLE, "", "", str(exc))
                continue
            except FileNotFoundError:
                continue  # vanished since the scan: a missing file never deletes anything
            except OSError as exc:  # not allowed, or locked: retried next time
                problems[str(shared.path)] = FileProblem(
                    str(shared.path), UNREADABLE, "", "", exc.strerror or str(exc))
                continue
            result = frame.decode(data, crypto.resolver())
            try:
                with db.engine.begin() as conn:
                    me = db.sync.ensure(conn)
                    got = _absorb(db, conn, me, team_id, result, report)
                    _note_file(conn, root, crypto, shared, where, data, result, got, problems)
                    share.crash_point("import_before_commit")
            except (SQLAlchemyError, ValueError, TypeError, LookupError,
                    OverflowError) as exc:
                # a file whose content defeats a check never ends sharing: it is rolled
                # back, reported and read again next time; the other files go on
                LOG.exception("could not apply %s", where)
                got = Absorbed(FileStatus.CORRUPT.value,
                               f"could not be applied ({type(exc).__name__})",
                               replica=str((result.header or {}).get("replica_id") or ""))
                with db.engine.begin() as conn:
                    _note_file(conn, root, crypto, shared, where, data, result, got, problems)
            share.crash_point("import_after_file")
            if got.applied or got.applied_own:
                progress = True
            if got.applied:
                report.imported_ops += got.applied
                report.imported_files += 1
            elif got.status == "duplicate" and not again:  # a known file read again
                report.duplicates += 1
        with db.engine.begin() as conn:  # `status` lists only what exists
            forget_missing(conn, found, unlisted)
    report.problems = sorted(problems.values(), key=lambda p: p.path)


def _note_unreadable(db: Database, where: str, reason: str) -> None:
    with db.engine.begin() as conn:
        record_file(conn, where, 0, Absorbed(UNREADABLE, reason))


def _note_file(conn: Connection, root: Path, crypto: ShareCrypto, shared: share.SharedFile,
               where: str, data: bytes, result: frame.ReadResult, got: Absorbed,
               problems: dict[str, FileProblem]) -> None:
    """Record what a file held and whether it is a problem to show. A file that does not
    read back whole is nobody's: its header and its folder prove nothing."""
    claimed = {} if result.status is FileStatus.OK else (frame.peek_header(data) or {})
    if result.status is not FileStatus.OK:
        got.replica = ""
        if is_leftover(conn, root, shared, data):
            got.status, got.detail = LEFTOVER, LEFTOVER_DETAIL
    record_file(conn, where, len(data), got)
    if got.status in FINAL:
        problems.pop(str(shared.path), None)
    else:
        said = claimed.get("replica_id")
        problems[str(shared.path)] = FileProblem(
            str(shared.path), got.status, got.replica, author_of(conn, got.replica, claimed),
            crypto.missing_detail(got.status, got.detail,
                                  got.replica or (said if isinstance(said, str) else "")))


def _absorb(db: Database, conn: Connection, me: str, team_id: str,
            result: frame.ReadResult, report: SyncReport) -> Absorbed:
    """What one decoded file brings, applied inside its transaction."""
    header = result.header or {}
    replica = str(header.get("replica_id") or "")
    if result.status is not FileStatus.OK:
        return Absorbed(result.status.value, result.reason, replica=replica)
    if header.get("team_id") != team_id:
        return Absorbed("foreign", "another team's file")
    if replica != me:
        remember_app_version(conn, replica, header.get("app_version"))
    if header.get("kind") == "snapshot":
        return absorb_snapshot(db, conn, me, result, report)
    if header.get("kind") != "segment":
        return Absorbed("skipped", f"{header.get('kind')} files are not read by this version",
                        replica=replica)
    try:
        ops = parse_segment(header, result.payload or b"")
    except (ValueError, UnicodeDecodeError) as exc:
        return Absorbed(FileStatus.CORRUPT.value, str(exc), replica=replica)
    if not ops:
        return Absorbed("duplicate", replica=replica)
    got = Absorbed("duplicate", replica=replica, first=ops[0][0].dot.seq,
                   last=ops[-1][0].dot.seq)
    # a copied laptop (fork.py): the ops of a forked replica go to their branch's id
    for _attempt in range(MAX_SPLITS):
        routed = route(conn, ops, header.get("prev"))
        if isinstance(routed, str):
            got.status, got.detail = "waiting", routed
            return got
        outcomes = [_absorb_ops(db, conn, db.sync.ensure(conn), part, report)
                    for part in routed]
        if all(one is not None for one in outcomes):
            break
    else:
        got.status, got.detail = "waiting", "this file reveals too many copies at once"
        return got
    for one in outcomes:
        assert one is not None
        got.applied += one.applied
        got.applied_own += one.applied_own
        if _RANK.get(one.status, 3) > _RANK.get(got.status, 3):
            got.status, got.detail = one.status, one.detail
    return got


#: Which outcome of a file's parts the file is noted with (the least settled one).
_RANK = {"duplicate": 0, FileStatus.OK.value: 1}


def _absorb_ops(db: Database, conn: Connection, me: str, ops: Parsed,
                report: SyncReport) -> Absorbed | None:
    """Apply the ops of one replica from one file; None when they revealed a copied laptop
    and that replica was split (fork.py): the file is routed again."""
    replica = ops[0][0].dot.replica
    got = Absorbed("", replica=replica, first=ops[0][0].dot.seq, last=ops[-1][0].dot.seq)
    differs = first_difference(conn, ops, held_only=replica != me)
    if (differs is not None and differs <= SqlState(conn).seq_of(replica)
            and can_split(conn, me, replica, differs)):
        fork = split(conn, me, replica, differs)
        if fork is not None:
            if fork.own:
                report.rekeyed_to = fork.own
                db.sync.reset()
            report.copies_recovered += 1
            return None
    if replica == me:
        if differs is None:  # our own verified file: those ops are safely on the share
            start = first_unshared(conn, me)
            if got.last < start:
                got.status = "duplicate"
            elif got.first <= start:  # extends what is known shared, leaving no hole
                got.applied_own = conn.execute(update(op_t).where(
                    op_t.c.replica == me, op_t.c.seq >= start, op_t.c.seq <= got.last)
                    .values(exported=True)).rowcount
                got.status = FileStatus.OK.value
            else:
                got.status, got.detail = "waiting", "an earlier file of ours is missing"
            return got
        report.fork_seq = min(differs, report.fork_seq or differs)
        got.status, got.detail = "fork", ("another installation writes as this one "
                                          "(a cloned laptop or a restored backup?)")
        return got
    state = SqlState(conn)
    have = state.seq_of(replica)
    if differs is not None and differs <= have:  # split refused: a log with gaps
        note_once(conn, "fork", "", "", replica, {"replica": replica, "unsplit": True})
        got.status, got.detail = "fork", ("two different files for the same changes of "
                                          "this device (a copied laptop); both are kept")
        return got
    if got.first > have + 1:
        got.status, got.detail = "waiting", "an earlier file of this device has not arrived yet"
        return got
    applied = state.apply_all(ops, exported=True)
    author = ops[-1][1]
    warned = False
    for op in applied:
        warning = db.sync.clock.receive(op.hlc, replica)
        if warning is not None and not warned:
            warned = True
            note_once(conn, "clock", "", "", replica,
                      {"replica": replica, "ahead_ms": warning.ahead_ms, "author": author})
            report.clock_warnings.append(author or replica)
    db.sync.save_clock(conn)
    project(conn, {(op.table, op.row) for op in applied})
    got.status, got.applied = (FileStatus.OK.value if applied else "duplicate"), len(applied)
    return got
