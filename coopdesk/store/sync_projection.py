"""Re-project rows from the live state after remote ops arrive (SYNC.md, "Local schema").

The visible value of a field is its live op with the greatest (hlc, replica, seq). A row
stays visible, with a notice, when someone edited it without having seen its delete. Long
text with two or more live versions is a conflict, listed in the notice inbox until settled.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    and_,
    insert,
    select,
    update,
)

from coopdesk.store import search_index
from coopdesk.store.base import Base, Record, is_long_text, table_of, utcnow
from coopdesk.store.models.sync_tables import SyncNotice, SyncOp
from coopdesk.store.sync_capture import DELETED, synced_columns
from coopdesk.store.sync_state import SqlState
from coopdesk.sync.ops import Op

notice_t = table_of(SyncNotice)
op_t = table_of(SyncOp)


def record_models() -> dict[str, type[Record]]:
    found: dict[str, type[Record]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if isinstance(cls, type) and issubclass(cls, Record):
            found[cls.__tablename__] = cls
    return found


def decode_value(column: Column[Any], raw: Any) -> Any:
    """A JSON value from an op, as the column stores it; unreadable values become None."""
    if raw is None:
        return None
    try:
        if isinstance(column.type, DateTime):
            return dt.datetime.fromisoformat(str(raw))
        if isinstance(column.type, Date):
            return dt.date.fromisoformat(str(raw))
        if isinstance(column.type, Boolean):
            return bool(raw)
        if isinstance(column.type, Integer):
            return int(raw)
        if isinstance(column.type, Float):
            return float(raw)
    except (TypeError, ValueError):
        return None
    return raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)


def _neutral(column: Column[Any]) -> Any:
    """A value for a NOT NULL column that no op has set yet (the rest may arrive later)."""
    if isinstance(column.type, DateTime):
        return dt.datetime(1970, 1, 1)
    if isinstance(column.type, Date):
        return dt.date(1970, 1, 1)
    if isinstance(column.type, Boolean):
        return False
    if isinstance(column.type, Integer | Float):
        return 0
    return ""


def _op_meta(conn: Connection, op: Op) -> tuple[str, str, str]:
    row = conn.execute(select(op_t.c.author, op_t.c.author_org, op_t.c.wall).where(
        op_t.c.replica == op.dot.replica, op_t.c.seq == op.dot.seq)).one()
    return row.author, row.author_org, row.wall


def _wall(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return utcnow()


def _delete_state(conn: Connection, ops: list[Op], tbl: str, row_id: str) -> dict[str, Any]:
    """deleted_at / deleted_by from the winning `_deleted` op, unless edited meanwhile."""
    deletes = [op for op in ops if op.column == DELETED]
    if not deletes or not isinstance(deletes[-1].value, dict) or not deletes[-1].value.get(
            "deleted"):
        return {"deleted_at": None, "deleted_by": ""}
    delete = deletes[-1]
    seen = delete.value.get("vv", {}) if isinstance(delete.value.get("vv"), dict) else {}
    unseen_edits = [op for op in ops if op.column != DELETED
                    and op.dot.seq > int(seen.get(op.dot.replica, 0))
                    and op.dot != delete.dot]
    if unseen_edits:
        editor = _op_meta(conn, unseen_edits[-1])[0]
        note_once(conn, "delete_edit", tbl, row_id, "", {
            "deleted_by": delete.value.get("by", ""), "edited_by": editor})
        return {"deleted_at": None, "deleted_by": ""}
    return {"deleted_at": _wall(delete.wall), "deleted_by": str(delete.value.get("by", ""))}


def note_once(conn: Connection, kind: str, tbl: str, row_id: str, col: str,
              detail: dict[str, Any]) -> None:
    exists = conn.scalar(select(notice_t.c.id).where(
        notice_t.c.kind == kind, notice_t.c.tbl == tbl, notice_t.c.row_id == row_id,
        notice_t.c.col == col, notice_t.c.resolved_at.is_(None)))
    if exists is None:
        conn.execute(insert(notice_t).values(kind=kind, tbl=tbl, row_id=row_id, col=col,
                                             detail=json.dumps(detail, ensure_ascii=False)))


def refresh_conflicts(conn: Connection, tbl: str, row_id: str) -> None:
    """Open a notice per long-text field with several live versions; close settled ones."""
    model = record_models().get(tbl)
    if model is None:
        return
    state = SqlState(conn)
    for column in synced_columns(model):
        if not is_long_text(column):
            continue
        live = state.live_ops(tbl, row_id, column.key)
        if len(live) > 1:
            note_once(conn, "conflict", tbl, row_id, column.key,
                      {"versions": [op.dot.encode() for op in live]})
        else:
            conn.execute(update(notice_t).where(
                notice_t.c.kind == "conflict", notice_t.c.tbl == tbl,
                notice_t.c.row_id == row_id, notice_t.c.col == column.key,
                notice_t.c.resolved_at.is_(None)).values(resolved_at=utcnow()))


def project(conn: Connection, rows: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Rewrite the domain rows named by (table, id) from the live state; returns them."""
    models = record_models()
    state = SqlState(conn)
    done: set[tuple[str, str]] = set()
    search_keys: set[tuple[str, str]] = set()
    for tbl, row_id in set(rows):
        model = models.get(tbl)
        if model is None:
            continue  # a table this version does not know: its ops are kept, not shown
        ops = state.live_ops(tbl, row_id)
        if not ops:
            continue
        table = table_of(model)
        winners = {op.column: op for op in ops}  # sorted: the last one per column wins
        values: dict[str, Any] = {}
        for column in synced_columns(model):
            if column.key in winners:
                values[column.key] = decode_value(column, winners[column.key].value)
        values.update(_delete_state(conn, ops, tbl, row_id))
        newest = ops[-1]
        author, org, wall = _op_meta(conn, newest)
        values.update(updated_by=author, updated_by_org=org, updated_at=_wall(wall))
        exists = conn.scalar(select(table.c.id).where(table.c.id == row_id))
        if exists is None:
            first = conn.execute(select(op_t.c.author, op_t.c.author_org, op_t.c.wall).where(
                and_(op_t.c.tbl == tbl, op_t.c.row_id == row_id)).order_by(op_t.c.hlc)).first()
            if first is not None:
                values.update(created_by=first.author, created_by_org=first.author_org,
                              created_at=_wall(first.wall))
            for column in table.columns:
                if (column.key not in values and not column.nullable
                        and column.default is None and column.key != "id"):
                    values[column.key] = _neutral(column)
            conn.execute(insert(table).values(id=row_id, **values))
        else:
            conn.execute(update(table).where(table.c.id == row_id).values(**values))
        refresh_conflicts(conn, tbl, row_id)
        done.add((tbl, row_id))
        search_keys.add((tbl, row_id))
        meeting_id = values.get("meeting_id")
        if meeting_id:
            search_keys.add(("meeting", str(meeting_id)))
    search_index.refresh(conn, search_keys)
    return done
