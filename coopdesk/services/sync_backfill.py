"""Ops for rows that have none: records made before this workspace recorded ops (an
upgraded older workspace, a bulk-loaded one), so that sharing sends everything."""

from __future__ import annotations

from sqlalchemy import Connection, select

from coopdesk.domain.ids import new_id
from coopdesk.domain.profile import Profile
from coopdesk.store.base import table_of, utcnow
from coopdesk.store.models.sync_tables import SyncOp
from coopdesk.store.sync_capture import DELETED, SyncContext, encode_value, synced_columns
from coopdesk.store.sync_projection import record_models
from coopdesk.store.sync_state import SqlState
from coopdesk.sync.ops import Dot, Op


def backfill(conn: Connection, sync: SyncContext, profile: Profile) -> int:
    """Write create ops for every row without any; returns how many rows it covered."""
    me = sync.ensure(conn)
    state = SqlState(conn)
    op_t = table_of(SyncOp)
    covered = 0
    for name, model in sorted(record_models().items()):
        table = table_of(model)
        flag = getattr(model, "__private_flag__", None)
        known = select(op_t.c.row_id).where(op_t.c.tbl == name)
        query = select(table).where(table.c.id.not_in(known))
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
                                          "vv": state.vv()}))
            for column, value in columns:
                op = Op(dot=Dot(me, state.seq_of(me) + 1), hlc=sync.clock.now(), table=name,
                        row=row.id, column=column, value=value, wall=wall, tx=tx)
                state.apply(op, author=author, author_org=org, exported=False)
            covered += 1
    sync.save_clock(conn)
    return covered
