"""A fork: another installation writes under our replica id (a cloned laptop, a restored
backup). SYNC.md: stop exporting, take a new replica id, re-export the ops nobody else has
under it, and warn.

Only ops that never reached the share can safely change identity, so a re-key happens only
when the other installation's files agree with every op we exported; otherwise exporting
stays stopped and the fork notice asks for help. The re-key rebuilds the live state from
the whole op log (the merge gives the same state for any delivery order), because ops
imported before the fork was noticed may name the other installation's dots, which this
replica had taken for its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update

from coopdesk.domain.ids import new_id
from coopdesk.store.base import table_of
from coopdesk.store.models.sync_tables import (
    SyncDead,
    SyncFile,
    SyncLive,
    SyncOp,
    SyncReplica,
    SyncVersion,
)
from coopdesk.store.sync_notices import note_once
from coopdesk.store.sync_projection import project
from coopdesk.store.sync_state import op_from_row, op_values
from coopdesk.sync.merge import ReplicaState
from coopdesk.sync.ops import Dot, FieldKey, Op

op_t = table_of(SyncOp)
live_t = table_of(SyncLive)
vv_t = table_of(SyncVersion)
dead_t = table_of(SyncDead)
file_t = table_of(SyncFile)
replica_t = table_of(SyncReplica)


@dataclass(frozen=True)
class Rekeyed:
    old: str
    new: str
    moved: int


def first_unshared(conn: Connection, me: str) -> int:
    """The first of our seqs not known to be in a verified file on the share."""
    unexported = conn.scalar(select(func.min(op_t.c.seq)).where(
        op_t.c.replica == me, op_t.c.exported.is_(False)))
    if unexported is not None:
        return int(unexported)
    return int(conn.scalar(select(func.max(op_t.c.seq)).where(op_t.c.replica == me)) or 0) + 1


def can_rekey(conn: Connection, me: str, fork_seq: int) -> bool:
    """True when the other installation's files agree with every op we shared."""
    return fork_seq >= first_unshared(conn, me)


def _live(conn: Connection) -> dict[FieldKey, set[Dot]]:
    found: dict[FieldKey, set[Dot]] = {}
    for r in conn.execute(select(live_t)):
        found.setdefault((r.tbl, r.row_id, r.col), set()).add(Dot(r.replica, r.seq))
    return found


def rekey(conn: Connection, me: str) -> Rekeyed:
    """Move our ops that never reached the share to a new replica id, rebuild the state."""
    new = new_id()
    start = first_unshared(conn, me)
    moved = conn.execute(select(op_t).where(op_t.c.replica == me, op_t.c.seq >= start)
                         .order_by(op_t.c.seq)).all()
    mapping = {Dot(me, r.seq): Dot(new, n) for n, r in enumerate(moved, start=1)}
    conn.execute(delete(op_t).where(op_t.c.replica == me, op_t.c.seq >= start))
    renamed = []
    for r in moved:
        op = op_from_row(r)
        renamed.append(op_values(
            Op(dot=mapping[op.dot], hlc=op.hlc, table=op.table, row=op.row, column=op.column,
               value=op.value, ctx=frozenset(mapping.get(d, d) for d in op.ctx),
               wall=op.wall, tx=op.tx), r.author, r.author_org, False))
    if renamed:
        conn.execute(insert(op_t), renamed)
    before = _live(conn)
    state = _replay(conn)
    conn.execute(delete(live_t))
    conn.execute(delete(vv_t))
    conn.execute(delete(dead_t))
    rows = [{"tbl": key[0], "row_id": key[1], "col": key[2], "replica": dot.replica,
             "seq": dot.seq} for key, ops in state.live.items() for dot in ops]
    if rows:
        conn.execute(insert(live_t), rows)
    if state.vv:
        conn.execute(insert(vv_t), [{"replica": r, "seq": s} for r, s in state.vv.items()])
    if state.dead:
        conn.execute(insert(dead_t), [{"replica": d.replica, "seq": d.seq}
                                      for d in state.dead])
    after = {key: set(ops) for key, ops in state.live.items()}
    changed = {(key[0], key[1]) for key in set(before) | set(after)
               if before.get(key) != after.get(key)}
    conn.execute(update(replica_t).values(replica_id=new, forked_from=me))
    # the other installation's files are read again, as another replica's
    conn.execute(delete(file_t).where(file_t.c.status == "fork"))
    note_once(conn, "fork", "", "", me, {"replica": me, "new_replica": new,
                                         "moved": len(moved)})
    project(conn, changed)
    return Rekeyed(old=me, new=new, moved=len(moved))


def _replay(conn: Connection) -> ReplicaState:
    """The merged state of every op in the log (each replica's in seq order)."""
    state = ReplicaState()
    for r in conn.execute(select(op_t).order_by(op_t.c.replica, op_t.c.seq)):
        state.apply(op_from_row(r))
    return state
