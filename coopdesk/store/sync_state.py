"""The merge of coopdesk.sync.merge, kept in SQL tables of the local file.

`SqlState.apply` is the same algorithm as `ReplicaState.apply` (a test replays random
histories through both and compares); it runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, select, update

from coopdesk.store.models.sync_tables import SyncDead, SyncLive, SyncOp, SyncVersion
from coopdesk.sync.hlc import Timestamp
from coopdesk.sync.ops import Dot, Op

live_t = cast(Table, SyncLive.__table__)
op_t = cast(Table, SyncOp.__table__)
vv_t = cast(Table, SyncVersion.__table__)
dead_t = cast(Table, SyncDead.__table__)


def encode_ctx(ctx: Iterable[Dot]) -> str:
    return json.dumps(sorted(d.encode() for d in ctx))


def op_from_row(row: Any) -> Op:
    return Op(dot=Dot(row.replica, row.seq), hlc=Timestamp.decode(row.hlc), table=row.tbl,
              row=row.row_id, column=row.col, value=json.loads(row.value),
              ctx=frozenset(Dot.decode(d) for d in json.loads(row.ctx)), wall=row.wall,
              tx=row.tx)


class SqlState:
    def __init__(self, connection: Connection) -> None:
        self.conn = connection

    # -- version vector ----------------------------------------------------------------
    def vv(self) -> dict[str, int]:
        return {r.replica: r.seq for r in self.conn.execute(select(vv_t))}

    def seq_of(self, replica: str) -> int:
        value = self.conn.scalar(select(vv_t.c.seq).where(vv_t.c.replica == replica))
        return int(value or 0)

    def _set_seq(self, replica: str, seq: int) -> None:
        done = self.conn.execute(update(vv_t).where(vv_t.c.replica == replica)
                                 .values(seq=seq)).rowcount
        if not done:
            self.conn.execute(insert(vv_t).values(replica=replica, seq=seq))

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
        have = self.seq_of(op.dot.replica)
        if op.dot.seq <= have:
            return False
        if op.dot.seq != have + 1:
            raise ValueError(f"gap before {op.dot}: have {have}")
        self._set_seq(op.dot.replica, op.dot.seq)
        self.conn.execute(insert(op_t).values(
            replica=op.dot.replica, seq=op.dot.seq, hlc=op.hlc.encode(), wall=op.wall,
            tx=op.tx, tbl=op.table, row_id=op.row, col=op.column,
            value=json.dumps(op.value, ensure_ascii=False), ctx=encode_ctx(op.ctx),
            author=author, author_org=author_org, exported=exported))
        for dot in op.ctx:
            self.conn.execute(delete(live_t).where(
                live_t.c.tbl == op.table, live_t.c.row_id == op.row, live_t.c.col == op.column,
                live_t.c.replica == dot.replica, live_t.c.seq == dot.seq))
            if not self.seen(dot):
                self.conn.execute(insert(dead_t).prefix_with("OR IGNORE").values(
                    replica=dot.replica, seq=dot.seq))
        was_dead = self.conn.execute(delete(dead_t).where(
            dead_t.c.replica == op.dot.replica, dead_t.c.seq == op.dot.seq)).rowcount
        if not was_dead:
            self.conn.execute(insert(live_t).values(
                tbl=op.table, row_id=op.row, col=op.column, replica=op.dot.replica,
                seq=op.dot.seq))
        return True

    def dead(self) -> set[Dot]:
        return {Dot(r.replica, r.seq) for r in self.conn.execute(select(dead_t))}

    def fingerprint(self) -> tuple[object, ...]:
        """Comparable with `ReplicaState.fingerprint()`."""
        fields: dict[tuple[str, str, str], list[Dot]] = {}
        for r in self.conn.execute(select(live_t)):
            fields.setdefault((r.tbl, r.row_id, r.col), []).append(Dot(r.replica, r.seq))
        return (tuple(sorted(self.vv().items())),
                tuple(sorted((key, tuple(sorted(dots))) for key, dots in fields.items())),
                tuple(sorted(self.dead())))
