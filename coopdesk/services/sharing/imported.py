"""The records a sync brought in, as `Changes` of origin IMPORTED (for the pages to refresh,
and for the automatic export to know there is nothing of ours to share)."""

from __future__ import annotations

from sqlalchemy import select

from coopdesk.services.changes import Changes
from coopdesk.services.sharing.types import NOTICE_KIND
from coopdesk.store.base import table_of
from coopdesk.store.db import Database
from coopdesk.store.models.sync_tables import SyncOp
from coopdesk.store.sync_schema import record_models
from coopdesk.store.sync_state import SqlState

op_t = table_of(SyncOp)


def version_vector(db: Database) -> dict[str, int]:
    """What this workspace holds of every device now (to compare with after an import)."""
    with db.engine.begin() as conn:
        return SqlState(conn).vv()


def imported_changes(db: Database, before: dict[str, int]) -> Changes:
    """The records touched by ops of other replicas received since version vector *before*."""
    kinds_of = {name: model.__kind__ for name, model in record_models().items()}
    kinds: set[str] = set()
    ids: set[str] = set()
    with db.engine.begin() as conn:
        me = db.sync.ensure(conn)
        for replica, seq in SqlState(conn).vv().items():
            if replica == me or seq <= before.get(replica, 0):
                continue
            for row in conn.execute(select(op_t.c.tbl, op_t.c.row_id).distinct().where(
                    op_t.c.replica == replica, op_t.c.seq > before.get(replica, 0))):
                if row.tbl in kinds_of:
                    kinds.add(kinds_of[row.tbl])
                    ids.add(row.row_id)
    if kinds:
        kinds.add(NOTICE_KIND)
    return Changes.imported(kinds, ids)


__all__ = ["imported_changes", "version_vector"]
