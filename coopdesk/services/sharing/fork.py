"""A fork: two installations write under one replica id (a copied laptop, a restored
backup). When both shared, every laptop splits that id into one id per installation,
derived from its content (`split`, `route`; docs/sync.md "Copied laptops and restored
backups"). When only the other one shared, this laptop moves its unshared ops to a new id
(`rekey`).

A re-key moves only ops that never reached the share; a split renames shared ops the same
way on every laptop. Both rebuild the live state from the whole op log (the merge gives
the same state for any delivery order), because ops imported before the fork was noticed
may name the other installation's dots, which this replica had taken for its own.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from coopdesk.domain.ids import new_id
from coopdesk.store.base import table_of
from coopdesk.store.models.sync_tables import (
    SyncDead,
    SyncFile,
    SyncLive,
    SyncNotice,
    SyncOp,
    SyncReplica,
    SyncVersion,
)
from coopdesk.store.sync_notices import note_once
from coopdesk.store.sync_projection import project
from coopdesk.store.sync_schema import DELETED
from coopdesk.store.sync_state import encode_ctx, op_from_row, op_values
from coopdesk.sync.merge import ReplicaState
from coopdesk.sync.ops import Dot, FieldKey, Op

op_t = table_of(SyncOp)
live_t = table_of(SyncLive)
vv_t = table_of(SyncVersion)
dead_t = table_of(SyncDead)
file_t = table_of(SyncFile)
replica_t = table_of(SyncReplica)
notice_t = table_of(SyncNotice)


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
    _rebuild(conn)
    conn.execute(update(replica_t).values(replica_id=new, forked_from=me))
    # the other installation's files are read again, as another replica's
    conn.execute(delete(file_t).where(file_t.c.status == "fork"))
    note_once(conn, "fork", "", "", me, {"replica": me, "new_replica": new,
                                         "moved": len(moved)})
    return Rekeyed(old=me, new=new, moved=len(moved))


def _rebuild(conn: Connection) -> None:
    """Replace the merge state by the replay of the whole op log and project the rows it
    changes; ValueError (before writing) when the log has gaps."""
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
    project(conn, changed)


def _replay(conn: Connection) -> ReplicaState:
    """The merged state of every op in the log (each replica's in seq order)."""
    state = ReplicaState()
    for r in conn.execute(select(op_t).order_by(op_t.c.replica, op_t.c.seq)):
        state.apply(op_from_row(r))
    return state


# -- two installations shared different changes under one id --------------------------------
#: The namespace of the replica ids derived for the branches of a fork (fixed forever: every
#: laptop must compute the same ids).
FORK_NAMESPACE = uuid.UUID("4c8f0d53-2b1e-5d7a-9a0e-6f3c2b1d9e47")
#: How many times one file may split a replica before the rest of it waits (a file can
#: reveal a fork, then a fork of a branch): a bound, never reached in practice.
MAX_SPLITS = 4

Parsed = list[tuple[Op, str, str]]


def op_digest(op: Op) -> str:
    """What an op says, without its dot and context (which a fork renames): SHA-256 of the
    canonical JSON of [hlc, table, row, column, value, wall, tx], a delete's value without
    its version vector (renamed too)."""
    value = op.value
    if op.column == DELETED and isinstance(value, dict):  # its vv is renamed by a split
        value = {key: item for key, item in value.items() if key != "vv"}
    content = [op.hlc.encode(), op.table, op.row, op.column, value, op.wall, op.tx]
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def branch_id(replica: str, fork_seq: int, head: Op) -> str:
    """The replica id of the branch of *replica* forked at *fork_seq* whose first op is
    *head*: uuid5(FORK_NAMESPACE, "<replica>/<fork_seq>/<op_digest(head)>")."""
    return str(uuid.uuid5(FORK_NAMESPACE, f"{replica}/{fork_seq}/{op_digest(head)}"))


@dataclass
class Fork:
    """Replica *replica* was written by several installations from *seq* on; each branch's
    ops were renamed to a replica id derived from the branch's first op."""

    replica: str
    seq: int
    branches: list[str]
    notice_id: int | None = None
    #: The branch this laptop took as its own id ("" when it was another laptop's).
    own: str = ""

    def detail(self) -> dict[str, Any]:
        return {"replica": self.replica, "fork_seq": self.seq, "branches": self.branches,
                "recovered": True, "new_replica": self.own}


def known_forks(conn: Connection) -> dict[str, Fork]:
    """Every fork this laptop split, by forked replica (kept in its notice, open or
    dismissed)."""
    found: dict[str, Fork] = {}
    for notice_id, text in conn.execute(select(notice_t.c.id, notice_t.c.detail).where(
            notice_t.c.kind == "fork").order_by(notice_t.c.id)):
        try:
            detail = json.loads(text or "{}")
        except ValueError:
            continue
        if not isinstance(detail, dict) or not isinstance(detail.get("fork_seq"), int):
            continue
        replica = str(detail.get("replica", ""))
        branches = [str(b) for b in detail.get("branches", []) if isinstance(b, str)]
        found[replica] = Fork(replica, detail["fork_seq"], branches, notice_id,
                              str(detail.get("new_replica") or ""))
    return found


def _save(conn: Connection, fork: Fork) -> None:
    text = json.dumps(fork.detail(), ensure_ascii=False)
    if fork.notice_id is None:
        key = conn.execute(insert(notice_t).values(
            kind="fork", tbl="", row_id="", col=fork.replica, detail=text)).inserted_primary_key
        fork.notice_id = int(key[0]) if key is not None else None
    else:  # a new branch: the notice stays as the person left it (open or dismissed)
        conn.execute(update(notice_t).where(notice_t.c.id == fork.notice_id)
                     .values(detail=text))


def _forked(dot: Dot, forks: dict[str, Fork]) -> bool:
    fork = forks.get(dot.replica)
    return fork is not None and dot.seq >= fork.seq


def in_branch(op: Op, fork: Fork, branch: str) -> Op:
    """*op*, written by the installation of *branch*, under its derived id: its dot and the
    dots of its own branch in its context move to *branch* (seq - fork.seq + 1), and so
    does its own replica in the version vector a delete carries."""
    shift = fork.seq - 1

    def move(dot: Dot) -> Dot:
        if dot.replica == fork.replica and dot.seq >= fork.seq:
            return Dot(branch, dot.seq - shift)
        return dot

    value = op.value
    if op.column == DELETED and isinstance(value, dict) and isinstance(value.get("vv"), dict):
        seen = value["vv"].get(fork.replica)
        if isinstance(seen, int) and not isinstance(seen, bool) and seen >= fork.seq:
            vv = {**value["vv"], fork.replica: fork.seq - 1, branch: seen - shift}
            value = {**value, "vv": vv}
    return replace(op, dot=move(op.dot), value=value,
                   ctx=frozenset(move(dot) for dot in op.ctx))


def without_forked(op: Op, forks: dict[str, Fork]) -> Op:
    """*op* without the dots of other replicas' forked branches in its context: its writer
    saw one branch under the shared id, and which one cannot be told, so the versions it
    replaced stay live next to it (nothing is lost; the next edit of the field settles
    it)."""
    ctx = frozenset(d for d in op.ctx if d.replica == op.dot.replica or not _forked(d, forks))
    return op if ctx == op.ctx else replace(op, ctx=ctx)


def _held(conn: Connection, dot: Dot) -> Op | None:
    row = conn.execute(select(op_t).where(op_t.c.replica == dot.replica,
                                          op_t.c.seq == dot.seq)).first()
    return op_from_row(row) if row is not None else None


def _continues(conn: Connection, replica: str, first: int, prev: str | None) -> bool:
    """False when a file's first op follows another op than the one held before it (the
    file continues a branch whose start has not been read yet)."""
    if first <= 1 or not prev:
        return True
    held = _held(conn, Dot(replica, first - 1))
    return held is None or op_digest(held) == prev


def previous_digest(conn: Connection, replica: str, first: int) -> str:
    """The `prev` of a segment of *replica* starting at *first*: the digest of the op
    before it ("" for the first op, or when it is not held)."""
    held = _held(conn, Dot(replica, first - 1)) if first > 1 else None
    return op_digest(held) if held is not None else ""


def route(conn: Connection, ops: Parsed, prev: str | None) -> list[Parsed] | str:
    """The ops of one segment file as the replicas they now belong to (a forked replica's
    ops from the fork on go to their branch, found by the branch's first op or, for a later
    file, by *prev*: the digest of the op before the file's first), the contexts cleaned of
    other forks' ambiguous dots; or why the file must wait."""
    return _route(conn, known_forks(conn), ops, prev)


def _route(conn: Connection, forks: dict[str, Fork], ops: Parsed,
           prev: str | None) -> list[Parsed] | str:
    replica = ops[0][0].dot.replica
    fork = forks.get(replica)
    if fork is None:
        if not _continues(conn, replica, ops[0][0].dot.seq, prev):
            return ("this file continues changes of a copied laptop whose first file has "
                    "not arrived yet")
        if not forks:
            return [ops]
        return [[(without_forked(op, forks), author, org) for op, author, org in ops]]
    common = [item for item in ops if item[0].dot.seq < fork.seq]
    rest = [item for item in ops if item[0].dot.seq >= fork.seq]
    parts: list[Parsed] = []
    if common:
        routed = _route(conn, {k: f for k, f in forks.items() if k != replica}, common, prev)
        if isinstance(routed, str):
            return routed
        parts += routed
    if rest:
        first = rest[0][0]
        before = op_digest(common[-1][0]) if common else prev
        if first.dot.seq == fork.seq:
            branch = branch_id(replica, fork.seq, first)
            if branch not in fork.branches:
                fork.branches.append(branch)
                _save(conn, fork)
        else:
            found = [b for b in fork.branches if before and (
                held := _held(conn, Dot(b, first.dot.seq - fork.seq))) is not None
                and op_digest(held) == before]
            if len(found) != 1:
                return ("this file continues changes of a copied laptop whose first file "
                        "has not arrived yet")
            branch = found[0]
        moved = [(in_branch(op, fork, branch), author, org) for op, author, org in rest]
        routed = _route(conn, forks, moved, before)
        if isinstance(routed, str):
            return routed
        parts += routed
    return parts


def can_split(conn: Connection, me: str, replica: str, fork_seq: int) -> bool:
    """A fork of *replica* at *fork_seq* is split when both branches are on the share:
    always for another replica; for ours, when our op at *fork_seq* was shared (otherwise
    only our unshared ops move: `rekey`). Never twice for one replica."""
    if replica in known_forks(conn):  # a difference before a split fork point: reported
        return False
    return replica != me or fork_seq < first_unshared(conn, me)


def split(conn: Connection, me: str, replica: str, fork_seq: int) -> Fork | None:
    """Two installations wrote *replica* differently from *fork_seq* on: the ops held here
    from there on move to the branch derived from their first op (ours, when *replica* is
    this laptop's id: it takes that id), other ops' contexts lose the now ambiguous dots,
    and the state is rebuilt from the op log. None (nothing changed) when the log has gaps
    (a laptop started from a snapshot): the fork stays reported."""
    head = _held(conn, Dot(replica, fork_seq))
    if head is None:
        return None
    forks = known_forks(conn)
    branch = branch_id(replica, fork_seq, head)
    fork = Fork(replica, fork_seq, [branch], own=branch if replica == me else "")
    forks[replica] = fork
    savepoint = conn.begin_nested()
    moved = conn.execute(select(op_t).where(op_t.c.replica == replica,
                                            op_t.c.seq >= fork_seq)).all()
    conn.execute(delete(op_t).where(op_t.c.replica == replica, op_t.c.seq >= fork_seq))
    renamed = [op_values(in_branch(op_from_row(r), fork, branch), r.author, r.author_org,
                         bool(r.exported)) for r in moved]
    if renamed:  # a snapshot may have brought some under the branch's id already
        conn.execute(insert(op_t).prefix_with("OR IGNORE"), renamed)
    pattern = f"%{json.dumps(replica)}%"
    for r in conn.execute(select(op_t.c.replica, op_t.c.seq, op_t.c.ctx).where(
            op_t.c.ctx.like(pattern), op_t.c.replica != branch)).all():
        ctx = [d for d in json.loads(r.ctx) if not (d[0] == replica and d[1] >= fork_seq)]
        conn.execute(update(op_t).where(op_t.c.replica == r.replica, op_t.c.seq == r.seq)
                     .values(ctx=encode_ctx(frozenset(Dot(d[0], d[1]) for d in ctx))))
    try:
        _rebuild(conn)
    except ValueError:  # gaps in the log: nothing changed
        savepoint.rollback()
        return None
    savepoint.commit()
    if replica == me:
        conn.execute(update(replica_t).values(replica_id=branch, forked_from=me))
    _save(conn, fork)
    return fork


def stale_snapshot(conn: Connection, vv: dict[str, int]) -> bool:
    """A snapshot written before its writer knew of a fork we split (it names a forked
    replica beyond the fork): its changes come from the segments instead."""
    return any(vv.get(fork.replica, 0) >= fork.seq for fork in known_forks(conn).values())
