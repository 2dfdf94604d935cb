"""Write a snapshot of the merged state into our device folder, and join others' snapshots.

When (`snapshot_due`): after a cycle that exported cleanly, once 5,000 ops, and at least
half as many as our last snapshot covered, arrived or were made since it, or once a week
when anything changed (the first one a week after this laptop started recording). Writing
uses the share's write protocol (temp file, fsync, rename to a new name, read back and
decode: checksums, and authentication for an encrypted team).

Joining is `ReplicaState.join` over the SQL tables, inside the file's transaction: a snapshot
that brings nothing new (its version vector is covered by ours) is not even parsed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from coopdesk import __version__
from coopdesk.services.sharing.crypto import ShareCrypto
from coopdesk.services.sharing.file_records import record_file, where_of
from coopdesk.services.sharing.fork import stale_snapshot
from coopdesk.services.sharing.types import LINE_COLUMNS, Absorbed, SyncReport, op_line
from coopdesk.store.base import table_of, utcnow
from coopdesk.store.db import Database
from coopdesk.store.models.sync_tables import SyncReplica
from coopdesk.store.sync_projection import note_once, project
from coopdesk.store.sync_state import CHUNK, SqlState, encode_ctx, encode_value
from coopdesk.sync import frame, share
from coopdesk.sync.frame import FileStatus
from coopdesk.sync.ops import Dot
from coopdesk.sync.snapshot import (
    KIND,
    CarriedOp,
    Snapshot,
    covers,
    encode_payload,
    header_vv,
    parse_payload,
    snapshot_name,
)

#: A snapshot is due once this many ops (all devices) arrived or were made since our last,
SNAPSHOT_EVERY_OPS = 5000
#: ... and at least this fraction of what our last one covered (writing one costs in
#: proportion to the whole state, so a large workspace writes them less often) ...
SNAPSHOT_GROWTH = 0.5
#: ... or once it is this old and anything changed since.
SNAPSHOT_MAX_AGE = dt.timedelta(days=7)
HEADER_READ_MAX = 1 << 16


@dataclass(frozen=True)
class OwnSnapshot:
    """One of our snapshot files as its header describes it (not verified)."""

    path: Path
    vv: dict[str, int]
    created: dt.datetime

    @property
    def total(self) -> int:
        return sum(self.vv.values())


def parse_time(text: Any) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def read_header(path: Path) -> dict[str, Any] | None:
    """The header of a file, reading only its start (None when unreadable, not a regular
    file, or a header longer than a file may have)."""
    try:
        start = share.read_head(path, HEADER_READ_MAX)
        header = frame.peek_header(start)
        if header is None and len(start) == HEADER_READ_MAX:
            header = frame.peek_header(share.read_head(path, frame.HEADER_LEN_MAX + 12))
    except OSError:
        return None
    return header


def own_snapshots(folder: Path, team_id: str, me: str) -> list[OwnSnapshot]:
    """Our snapshot files in our device folder, oldest first (by what they cover)."""
    found = []
    for path in share.device_dir(folder, me).glob(f"*{share.SNAPSHOT_SUFFIX}"):
        header = read_header(path)
        if (header is None or header.get("kind") != KIND or header.get("team_id") != team_id
                or header.get("replica_id") != me):
            continue
        created = parse_time(header.get("created"))
        if created is not None:
            found.append(OwnSnapshot(path, header_vv(header), created))
    return sorted(found, key=lambda s: (s.total, s.created, s.path.name))


def snapshot_due(db: Database, folder: Path, team_id: str, now: dt.datetime) -> bool:
    with db.engine.begin() as conn:
        me = db.sync.ensure(conn)
        total = sum(SqlState(conn).vv().values())
        started = conn.scalar(select(table_of(SyncReplica).c.created_at))
    mine = own_snapshots(folder, team_id, me)
    last_total = mine[-1].total if mine else 0
    since = total - last_total
    if since >= max(SNAPSHOT_EVERY_OPS, int(last_total * SNAPSHOT_GROWTH)):
        return True
    last_time = mine[-1].created if mine else started
    return since > 0 and last_time is not None and now - last_time >= SNAPSHOT_MAX_AGE


# -- writing ----------------------------------------------------------------------------
def _extra_dots(conn: Connection) -> set[Dot]:
    """The first op of every row and the newest op of every device, when not live (worked
    out by SQLite: no Python object per live op)."""
    return {Dot(replica, seq) for replica, seq in conn.exec_driver_sql(
        "WITH firsts AS (SELECT replica, seq, "
        "MIN(hlc || ' ' || replica || ' ' || printf('%015d', seq)) "
        "FROM sync_op GROUP BY tbl, row_id) "
        "SELECT replica, seq FROM firsts "
        "UNION SELECT replica, MAX(seq) FROM sync_op GROUP BY replica "
        "EXCEPT SELECT replica, seq FROM sync_live").all()}


def _op_rows(conn: Connection, dots: set[Dot], columns: str) -> list[Any]:
    """The sync_op rows of *dots*, in dot order: a few queries per device, not one per op."""
    by_replica: dict[str, list[int]] = {}
    for dot in dots:
        by_replica.setdefault(dot.replica, []).append(dot.seq)
    rows: list[Any] = []
    for replica, seqs in sorted(by_replica.items()):
        seqs.sort()
        for start in range(0, len(seqs), CHUNK):
            part = seqs[start:start + CHUNK]
            marks = ", ".join("?" * len(part))
            rows += conn.exec_driver_sql(
                f"SELECT {columns} FROM sync_op WHERE replica = ? AND seq IN ({marks}) "
                "ORDER BY seq",
                (replica, *part)).all()
    if len(rows) != len(dots):
        raise LookupError("an op of the snapshot is missing from sync_op")
    return rows


def build_snapshot(db: Database, conn: Connection, team_id: str, team_name: str,
                   now: dt.datetime) -> tuple[dict[str, Any], bytes]:
    """The header and payload of a snapshot of everything this workspace holds now."""
    me = db.sync.ensure(conn)
    state = SqlState(conn)
    vv, dead = state.vv(), state.dead()
    columns = ", ".join(f"o.{name}" for name in LINE_COLUMNS.split(", "))
    live_rows = conn.exec_driver_sql(
        f"SELECT {columns} FROM sync_live l JOIN sync_op o ON o.replica = l.replica "
        "AND o.seq = l.seq ORDER BY o.replica, o.seq").all()
    extra = _extra_dots(conn)
    extra_rows = _op_rows(conn, extra, LINE_COLUMNS)
    lines = [op_line(*r) for r in (*live_rows, *extra_rows)]
    schema = str(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() or "")
    header = {"kind": KIND, "team_id": team_id, "replica_id": me, "vv": vv,
              "op_count": len(lines), "created": now.isoformat(timespec="seconds"),
              "schema_version": schema, "app_version": __version__, "enc": None,
              "team_name": team_name, "author": db.profile.name,
              "author_org": db.profile.organisation}
    return header, encode_payload(vv, dead, extra, lines)


def verifies(data: bytes, keys: frame.KeyResolver | None = None) -> bool:
    """The bytes read back are a whole, parseable snapshot."""
    result = frame.decode(data, keys)
    if result.status is not FileStatus.OK or result.header is None:
        return False
    try:
        parse_payload(result.header, result.payload or b"")
    except (ValueError, UnicodeDecodeError):
        return False
    return True


def _reads_back(data: bytes, keys: frame.KeyResolver | None, vv: dict[str, int]) -> bool:
    """The bytes read back (already compared with those written) decode, checksums and
    authentication included, as our snapshot of *vv*. Parsing every op again would double
    the cost of writing for nothing: the payload's SHA-256 is checked."""
    result = frame.decode(data, keys)
    header = result.header or {}
    return (result.status is FileStatus.OK and header.get("kind") == KIND
            and header_vv(header) == vv)


def write_snapshot(db: Database, crypto: ShareCrypto, folder: Path, team_id: str,
                   team_name: str, now: dt.datetime | None = None) -> Path | None:
    """Write a snapshot into our device folder; its path, or None when there is nothing to
    cover. A snapshot of the same state already there (a crash before we noted it) is
    taken as written. Encrypted team: written with the team key (KeysError without it)."""
    now = now or utcnow()
    key = crypto.write_key()
    resolve = crypto.resolver()
    with db.engine.begin() as conn:
        me = db.sync.ensure(conn)
        header, payload = build_snapshot(db, conn, team_id, team_name, now)
    vv: dict[str, int] = header["vv"]
    if not vv:
        return None
    if key is not None:  # names are personal data: an encrypted header holds none
        del header["author"], header["author_org"], header["team_name"]
    data = frame.encode(header, payload, key)
    own = share.device_dir(folder, me)
    name = snapshot_name(vv.get(me, 0), sum(vv.values()))
    try:
        path = share.write_new_file(own, name, data,
                                    verify=lambda got: _reads_back(got, resolve, vv))
    except FileExistsError:
        path = own / name
        try:
            existing = frame.decode(share.read_regular(path, frame.FILE_MAX), resolve)
        except OSError:
            return None
        if existing.status is not FileStatus.OK or header_vv(existing.header or {}) != vv:
            return None
    share.crash_point("snapshot_before_record")
    with db.engine.begin() as conn:
        record_file(conn, where_of(folder, path),
                            path.stat().st_size, _own_record(vv, me))
    return path


def _own_record(vv: dict[str, int], me: str) -> Absorbed:
    return Absorbed(FileStatus.OK.value, "snapshot", replica=me, first=0,
                    last=vv.get(me, 0))


# -- joining ----------------------------------------------------------------------------
def absorb_snapshot(db: Database, conn: Connection, me: str, result: frame.ReadResult,
                    report: SyncReport) -> Absorbed:
    """What one decoded snapshot brings, joined inside the file's transaction."""
    header = result.header or {}
    replica = str(header.get("replica_id") or "")
    claimed = header_vv(header)
    state = SqlState(conn)
    local = state.vv()
    if claimed.get(me, 0) > local.get(me, 0):
        # ops under our id that we never made: a cloned laptop or a restored backup
        fork = local.get(me, 0) + 1
        report.fork_seq = min(fork, report.fork_seq or fork)
        return Absorbed("fork", "a snapshot holds changes written as this laptop that it "
                        "does not have (a cloned laptop or a restored backup?)",
                        replica=replica)
    got = Absorbed(FileStatus.OK.value, "snapshot", replica=replica, first=0,
                   last=claimed.get(replica, 0))
    if stale_snapshot(conn, claimed):  # fork.py: its changes come from the segments
        return Absorbed("duplicate", "written before a copied laptop was noticed",
                        replica=replica)
    if covers(local, claimed):
        if replica != me:
            got.status = "duplicate"
        return got  # nothing new: not even parsed
    try:
        snap = parse_payload(header, result.payload or b"")
    except (ValueError, UnicodeDecodeError) as exc:
        return Absorbed(FileStatus.CORRUPT.value, str(exc), replica=replica)
    got.applied = join_snapshot(db, conn, snap, report)
    if not got.applied and replica != me:
        got.status = "duplicate"
    return got


def join_snapshot(db: Database, conn: Connection, snap: Snapshot, report: SyncReport) -> int:
    """Join *snap* into the SQL state (`ReplicaState.join`), re-project what changed;
    returns how many ops became live here."""
    state = SqlState(conn)
    vv, dead = state.vv(), state.dead()
    theirs = snap.live_dots()
    drop = []
    for tbl, row_id, col, replica, seq in conn.exec_driver_sql(
            "SELECT tbl, row_id, col, replica, seq FROM sync_live").all():
        dot = Dot(replica, seq)
        if dot not in theirs and (seq <= snap.vv.get(replica, 0) or dot in snap.dead):
            drop.append((tbl, row_id, col, replica, seq))
    added = [c for c in snap.ops if c.live and c.op.dot.seq > vv.get(c.op.dot.replica, 0)
             and c.op.dot not in dead]
    carried = [_op_row(c) for c in snap.ops if not c.live] + [_op_row(c) for c in added]
    if carried:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_op (replica, seq, hlc, wall, tx, tbl, row_id, col, "
            "value, ctx, author, author_org, exported) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", carried)
    if drop:
        conn.exec_driver_sql("DELETE FROM sync_live WHERE tbl = ? AND row_id = ? AND col = ? "
                             "AND replica = ? AND seq = ?", drop)
    if added:
        conn.exec_driver_sql("INSERT INTO sync_live (tbl, row_id, col, replica, seq) "
                             "VALUES (?, ?, ?, ?, ?)",
                             [(*c.op.key, c.op.dot.replica, c.op.dot.seq) for c in added])
    joined = {r: max(seq, vv.get(r, 0)) for r, seq in snap.vv.items()}
    conn.exec_driver_sql("INSERT INTO sync_vv (replica, seq) VALUES (?, ?) ON CONFLICT "
                         "(replica) DO UPDATE SET seq = MAX(seq, excluded.seq)",
                         list(joined.items()))
    vv.update(joined)
    now_dead = {d for d in dead | snap.dead if d.seq > vv.get(d.replica, 0)}
    if dead - now_dead:
        conn.exec_driver_sql("DELETE FROM sync_dead WHERE replica = ? AND seq = ?",
                             [(d.replica, d.seq) for d in dead - now_dead])
    if now_dead - dead:
        conn.exec_driver_sql("INSERT INTO sync_dead (replica, seq) VALUES (?, ?)",
                             [(d.replica, d.seq) for d in now_dead - dead])
    if added:
        newest = max(added, key=lambda c: c.op.hlc)
        warning = db.sync.clock.receive(newest.op.hlc, newest.op.dot.replica)
        if warning is not None:
            note_once(conn, "clock", "", "", warning.replica_id,
                      {"replica": warning.replica_id, "ahead_ms": warning.ahead_ms,
                       "author": newest.author})
            report.clock_warnings.append(newest.author or warning.replica_id)
        db.sync.save_clock(conn)
    project(conn, {(c.op.table, c.op.row) for c in added} | {(d[0], d[1]) for d in drop})
    return len(added)


def _op_row(carried: CarriedOp) -> tuple[Any, ...]:
    op = carried.op
    return (op.dot.replica, op.dot.seq, op.hlc.encode(), op.wall, op.tx, op.table, op.row,
            op.column, encode_value(op.value), encode_ctx(op.ctx),
            carried.author, carried.author_org, True)


__all__ = ["SNAPSHOT_EVERY_OPS", "SNAPSHOT_MAX_AGE", "OwnSnapshot", "absorb_snapshot",
           "build_snapshot", "import_order", "join_snapshot", "own_snapshots",
           "snapshot_due", "verifies", "write_snapshot"]


def import_order(shared: share.SharedFile) -> tuple[int, int, str]:
    """Snapshots first, the one covering the most first (from its name; any order is
    correct, this one reads the fewest segments), then every other file by path."""
    path = shared.path
    if path.suffix != share.SNAPSHOT_SUFFIX:
        return (1, 0, str(path))
    digits = path.stem.split("-")
    total = int(digits[2][:12]) if len(digits) >= 3 and digits[2][:12].isdigit() else 0
    return (0, -total, str(path))
