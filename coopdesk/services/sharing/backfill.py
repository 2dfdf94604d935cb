"""Ops for rows that have none: records made before this workspace recorded ops (an
upgraded older workspace, a bulk-loaded one), so that sharing sends everything."""

from __future__ import annotations

from sqlalchemy import Connection, select

from coopdesk.domain.ids import new_id
from coopdesk.domain.profile import Profile
from coopdesk.store.base import table_of, utcnow
from coopdesk.store.models.sync_tables import SyncOp
from coopdesk.store.sync_capture import SyncContext
from coopdesk.store.sync_schema import (
    DELETED,
    encode_value,
    private_flag,
    record_models,
    synced_columns,
)
from coopdesk.store.sync_state import SqlState
from coopdesk.sync.ops import Dot, Op

#: Ops applied per batch (memory stays flat on a large workspace).
BATCH_OPS = 20_000


def backfill(conn: Connection, sync: SyncContext, profile: Profile) -> int:
    """Write create ops for every row without any; returns how many rows it covered."""
    me = sync.ensure(conn)
    state = SqlState(conn)
    op_t = table_of(SyncOp)
    covered = 0
    seq = state.seq_of(me)
    vv = state.vv()
    batch: list[tuple[Op, str, str]] = []
    for name, model in sorted(record_models().items()):
        table = table_of(model)
        flag = private_flag(model)
        known = select(op_t.c.row_id).where(op_t.c.tbl == name)
        query = select(table).where(table.c.id.not_in(known)).order_by(table.c.id)
        if flag is not None:
            query = query.where(table.c[flag].is_(False))
        for row in conn.execute(query).all():
            tx = new_id()
            author = row.created_by or profile.name
            org = row.created_by_org or profile.organisation
            wall = (row.created_at or utcnow()).isoformat(timespec="seconds")
            columns = [(c.key, encode_value(getattr(row, c.key))) for c in synced_columns(model)]
            if row.deleted_at is not None:
                columns.append((DELETED, {"deleted": True, "by": row.deleted_by,
                                          "vv": {**vv, me: seq + len(columns)}}))
            for column, value in columns:
                seq += 1
                op = Op(dot=Dot(me, seq), hlc=sync.clock.now(), table=name, row=row.id,
                        column=column, value=value, wall=wall, tx=tx)
                batch.append((op, author, org))
            covered += 1
            if len(batch) >= BATCH_OPS:
                state.apply_all(batch, exported=False)
                batch = []
    if batch:
        state.apply_all(batch, exported=False)
    sync.save_clock(conn)
    return covered
