"""The merge of coopdesk.sync.merge, kept in SQL tables of the local file.

`SqlState.apply_all` is the same algorithm as `ReplicaState.apply`, run over a batch: it
loads the live dots of the fields the batch touches, applies the ops in memory one by one
and writes the difference with a few executemany statements (a test replays random
histories through both and compares). It runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from coopdesk.store.models.sync_tables import SyncDead, SyncLive, SyncOp, SyncVersion
from coopdesk.sync.hlc import Timestamp
from coopdesk.sync.ops import Dot, FieldKey, Op
from coopdesk.sync.snapshot import loads

live_t = cast(Table, SyncLive.__table__)
op_t = cast(Table, SyncOp.__table__)
vv_t = cast(Table, SyncVersion.__table__)
dead_t = cast(Table, SyncDead.__table__)

#: Ids per IN (...) list: well under SQLite's limit on bound parameters.
CHUNK = 500
INSERT_OP = ("INSERT INTO sync_op (replica, seq, hlc, wall, tx, tbl, row_id, col, value, ctx, "
             "author, author_org, exported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_LIVE = "INSERT INTO sync_live (tbl, row_id, col, replica, seq) VALUES (?, ?, ?, ?, ?)"
DELETE_LIVE = ("DELETE FROM sync_live WHERE tbl = ? AND row_id = ? AND col = ? AND replica = ? "
               "AND seq = ?")
UPSERT_VV = ("INSERT INTO sync_vv (replica, seq) VALUES (?, ?) "
             "ON CONFLICT (replica) DO UPDATE SET seq = excluded.seq")
#: Takes SQLite's write lock now without writing (pysqlite begins a transaction only at the
#: first write): what is read after it cannot change under the transaction — two processes
#: on one workspace never pick the same seq (BEGIN IMMEDIATE's effect).
CLAIM_WRITES = "UPDATE sync_vv SET seq = seq WHERE 0"
INSERT_DEAD = "INSERT INTO sync_dead (replica, seq) VALUES (?, ?)"
DELETE_DEAD = "DELETE FROM sync_dead WHERE replica = ? AND seq = ?"


def encode_ctx(ctx: Iterable[Dot]) -> str:
    if not ctx:  # most ops (a field's first write): skip the encoder
        return "[]"
    return json.dumps(sorted(d.encode() for d in ctx))


def encode_value(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False)`, text without the encoder's per-call setup
    (the same C function makes the same characters)."""
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    return json.dumps(value, ensure_ascii=False)


def op_from_row(row: Any) -> Op:
    return Op(dot=Dot(row.replica, row.seq), hlc=Timestamp.decode(row.hlc), table=row.tbl,
              row=row.row_id, column=row.col, value=json.loads(row.value),
              ctx=frozenset(Dot.decode(d) for d in json.loads(row.ctx)), wall=row.wall,
              tx=row.tx)


def op_values(op: Op, author: str, author_org: str, exported: bool) -> dict[str, Any]:
    """The sync_op row of *op*."""
    return {"replica": op.dot.replica, "seq": op.dot.seq, "hlc": op.hlc.encode(),
            "wall": op.wall, "tx": op.tx, "tbl": op.table, "row_id": op.row,
            "col": op.column, "value": encode_value(op.value),
            "ctx": encode_ctx(op.ctx), "author": author, "author_org": author_org,
            "exported": exported}


@dataclass(frozen=True)
class LiveOp:
    """What projection needs of a live op: its field, dot, order, value and author."""

    column: str
    dot: Dot
    hlc: str  # encoded: sorts like the timestamp
    value: Any
    wall: str
    author: str
    author_org: str

    @property
    def order(self) -> tuple[str, str, int]:
        """(hlc, replica_id, seq), as `Op.order`."""
        return (self.hlc, self.dot.replica, self.dot.seq)


@dataclass(frozen=True)
class FirstOp:
    author: str
    author_org: str
    wall: str


def chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def claim_writes(connection: Connection) -> None:
    """Make the transaction of *connection* a write transaction now (waiting, up to the
    busy timeout, for another process's one to end), so that its reads and writes are one
    atomic step for every other connection and process."""
    connection.exec_driver_sql(CLAIM_WRITES)


class SqlState:
    def __init__(self, connection: Connection) -> None:
        self.conn = connection

    # -- version vector ----------------------------------------------------------------
    def vv(self) -> dict[str, int]:
        return {replica: seq for replica, seq in self.conn.exec_driver_sql(
            "SELECT replica, seq FROM sync_vv")}

    def seq_of(self, replica: str) -> int:
        value = self.conn.scalar(select(vv_t.c.seq).where(vv_t.c.replica == replica))
        return int(value or 0)

    def seen(self, dot: Dot) -> bool:
        return dot.seq <= self.seq_of(dot.replica)

    # -- fields ------------------------------------------------------------------------
    def live_dots(self, table: str, row: str, column: str) -> frozenset[Dot]:
        rows = self.conn.execute(select(live_t.c.replica, live_t.c.seq).where(
            live_t.c.tbl == table, live_t.c.row_id == row, live_t.c.col == column))
        return frozenset(Dot(r.replica, r.seq) for r in rows)

    def live_ops(self, table: str, row: str, column: str | None = None) -> list[Op]:
        """Live ops of a row (or one field), winner last within each field."""
        query = (select(op_t).join(live_t, (live_t.c.replica == op_t.c.replica)
                                   & (live_t.c.seq == op_t.c.seq))
                 .where(live_t.c.tbl == table, live_t.c.row_id == row))
        if column is not None:
            query = query.where(live_t.c.col == column)
        return sorted((op_from_row(r) for r in self.conn.execute(query)),
                      key=lambda op: op.order)

    def live_rows(self, table: str, rows: Iterable[str]) -> dict[str, list[LiveOp]]:
        """The live ops of many rows of one table with their authors, each row's sorted by
        (hlc, replica, seq): the last op of a column is its visible value."""
        found: dict[str, list[LiveOp]] = {}
        for part in chunks(sorted(set(rows))):
            query = (f"SELECT o.row_id, o.col, o.replica, o.seq, o.hlc, o.value, o.wall, "
                     f"o.author, o.author_org FROM sync_live l JOIN sync_op o "
                     f"ON o.replica = l.replica AND o.seq = l.seq "
                     f"WHERE l.tbl = ? AND l.row_id IN ({', '.join('?' * len(part))})")
            for row_id, col, replica, seq, hlc, value, wall, author, org in (
                    self.conn.exec_driver_sql(query, (table, *part)).all()):
                found.setdefault(row_id, []).append(LiveOp(
                    col, Dot(replica, seq), hlc, loads(value), wall, author, org))
        for ops in found.values():
            ops.sort(key=lambda live: live.order)
        return found

    def first_ops(self, table: str, rows: Iterable[str]) -> dict[str, FirstOp]:
        """The first op ever recorded for each row, by (hlc, replica, seq) so that every
        replica picks the same one."""
        found: dict[str, FirstOp] = {}
        for part in chunks(sorted(set(rows))):
            # SQLite takes the bare columns of an aggregate query from the row with the MIN
            query = (f"SELECT row_id, author, author_org, wall, "
                     f"MIN(hlc || ' ' || replica || ' ' || printf('%015d', seq)) "
                     f"FROM sync_op WHERE tbl = ? AND row_id IN ({', '.join('?' * len(part))}) "
                     f"GROUP BY row_id")
            for row_id, author, org, wall, _order in self.conn.exec_driver_sql(
                    query, (table, *part)).all():
                found[row_id] = FirstOp(author, org, wall)
        return found

    def authors(self, dots: Iterable[Dot]) -> dict[Dot, tuple[str, str]]:
        found: dict[Dot, tuple[str, str]] = {}
        for dot in dots:
            row = self.conn.execute(select(op_t.c.author, op_t.c.author_org).where(
                op_t.c.replica == dot.replica, op_t.c.seq == dot.seq)).first()
            if row is not None:
                found[dot] = (row.author, row.author_org)
        return found

    # -- apply -------------------------------------------------------------------------
    def apply(self, op: Op, *, author: str = "", author_org: str = "",
              exported: bool = True) -> bool:
        """Apply the next op of its replica; False when seen already; ValueError on a gap."""
        return bool(self.apply_all([(op, author, author_org)], exported=exported))

    def apply_all(self, ops: Sequence[tuple[Op, str, str]], *,
                  exported: bool = True) -> list[Op]:
        """Apply (op, author, author_org) in order, each the next of its replica or seen
        already; returns the ops that were new. ValueError on a gap, before writing."""
        vv = self.vv()
        fresh: list[tuple[Op, str, str]] = []
        for item in ops:
            dot = item[0].dot
            have = vv.get(dot.replica, 0)
            if dot.seq <= have:
                continue
            if dot.seq != have + 1:
                raise ValueError(f"gap before {dot}: have {have}")
            vv[dot.replica] = dot.seq
            fresh.append(item)
        if not fresh:
            return []
        vv = self.vv()
        changed_vv: set[str] = set()
        before = self._load_live({item[0].key for item in fresh})
        live = {key: set(dots) for key, dots in before.items()}
        dead_before = self.dead()
        dead = set(dead_before)
        for op, _author, _org in fresh:
            vv[op.dot.replica] = op.dot.seq
            changed_vv.add(op.dot.replica)
            field = live.setdefault(op.key, set())
            for dot in op.ctx:
                field.discard(dot)
                if dot.seq > vv.get(dot.replica, 0):
                    dead.add(dot)
            if op.dot in dead:
                dead.discard(op.dot)
            else:
                field.add(op.dot)
        # plain DB-API executemany: SQLAlchemy's per-row parameter processing would cost
        # more than SQLite's work on a workspace-sized batch
        self.conn.exec_driver_sql(INSERT_OP, [
            (op.dot.replica, op.dot.seq, op.hlc.encode(), op.wall, op.tx, op.table, op.row,
             op.column, encode_value(op.value), encode_ctx(op.ctx), author,
             org, exported) for op, author, org in fresh])
        self._write_vv({replica: vv[replica] for replica in changed_vv})
        self._write_live(before, live)
        self._write_dead(dead_before, dead)
        return [item[0] for item in fresh]

    def _load_live(self, keys: set[FieldKey]) -> dict[FieldKey, set[Dot]]:
        found: dict[FieldKey, set[Dot]] = {key: set() for key in keys}
        by_table: dict[str, set[str]] = {}
        for table, row, _column in keys:
            by_table.setdefault(table, set()).add(row)
        for table, rows in by_table.items():
            for part in chunks(sorted(rows)):
                query = (f"SELECT tbl, row_id, col, replica, seq FROM sync_live "
                         f"WHERE tbl = ? AND row_id IN ({', '.join('?' * len(part))})")
                for tbl, row_id, col, replica, seq in self.conn.exec_driver_sql(
                        query, (table, *part)).all():
                    dots = found.get((tbl, row_id, col))
                    if dots is not None:
                        dots.add(Dot(replica, seq))
        return found

    def _write_vv(self, seqs: dict[str, int]) -> None:
        self.conn.exec_driver_sql(UPSERT_VV, list(seqs.items()))

    def _write_live(self, before: dict[FieldKey, set[Dot]],
                    after: dict[FieldKey, set[Dot]]) -> None:
        gone = [(*key, dot.replica, dot.seq)
                for key, dots in before.items() for dot in dots - after.get(key, set())]
        added = [(*key, dot.replica, dot.seq)
                 for key, dots in after.items() for dot in dots - before.get(key, set())]
        if gone:
            self.conn.exec_driver_sql(DELETE_LIVE, gone)
        if added:
            self.conn.exec_driver_sql(INSERT_LIVE, added)

    def _write_dead(self, before: set[Dot], after: set[Dot]) -> None:
        gone = [(d.replica, d.seq) for d in before - after]
        added = [(d.replica, d.seq) for d in after - before]
        if gone:
            self.conn.exec_driver_sql(DELETE_DEAD, gone)
        if added:
            self.conn.exec_driver_sql(INSERT_DEAD, added)

    def dead(self) -> set[Dot]:
        return {Dot(replica, seq) for replica, seq in self.conn.exec_driver_sql(
            "SELECT replica, seq FROM sync_dead")}

    def fingerprint(self) -> tuple[object, ...]:
        """Comparable with `ReplicaState.fingerprint()`."""
        fields: dict[tuple[str, str, str], list[Dot]] = {}
        for r in self.conn.execute(select(live_t)):
            fields.setdefault((r.tbl, r.row_id, r.col), []).append(Dot(r.replica, r.seq))
        return (tuple(sorted(self.vv().items())),
                tuple(sorted((key, tuple(sorted(dots))) for key, dots in fields.items())),
                tuple(sorted(self.dead())))
