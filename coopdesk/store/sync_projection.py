"""Re-project rows from the live state after remote ops arrive (SYNC.md, "Local schema").

The visible value of a field is its live op with the greatest (hlc, replica, seq). A row
stays visible, with a notice, when someone edited it without having seen its delete. A row
deleted for good (purged) or made private by its owner leaves the domain table, unless it was
edited meanwhile. Long text with two or more live versions is a conflict, listed in the
notice inbox until settled. A row that is private on this laptop is never overwritten.
A value this version cannot store (`store/sync_checks.py`) is not written: the field shows
its newest valid value and an `invalid` notice names the change (quarantine).

Rows are projected table by table: a few queries per batch of rows, not per row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    Table,
    bindparam,
    delete,
    insert,
    select,
    update,
)

from coopdesk.store import search_index
from coopdesk.store.base import Record, table_of
from coopdesk.store.sync_checks import problem_of
from coopdesk.store.sync_notices import (
    NoticeBook,
    Refused,
    delete_state,
    newest_applied,
    note_once,
    refresh_notices,
    refused_fields,
    wanted_notices,
)
from coopdesk.store.sync_schema import private_flag, record_models, synced_columns, wall_time
from coopdesk.store.sync_state import LiveOp, SqlState, chunks
from coopdesk.sync.snapshot import loads

__all__ = ["decode_value", "note_once", "project", "record_models", "refresh_notices"]


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


def _local_rows(conn: Connection, table: Table, model: type[Record],
                rows: list[str]) -> dict[str, bool]:
    """The rows that exist here, each with whether it is private to this laptop."""
    flag = private_flag(model)
    found: dict[str, bool] = {}
    for part in chunks(rows):
        columns = [table.c.id] + ([table.c[flag]] if flag else [])
        for r in conn.execute(select(*columns).where(table.c.id.in_(part))):
            found[r[0]] = bool(r[1]) if flag else False
    return found


class _TableProjection:
    """The writes that bring one table's rows in line with the live state."""

    def __init__(self, conn: Connection, model: type[Record]) -> None:
        self.conn = conn
        self.model = model
        self.table = table_of(model)
        self.columns = synced_columns(model)
        self.inserts: dict[frozenset[str], list[dict[str, Any]]] = {}
        self.updates: dict[frozenset[str], list[dict[str, Any]]] = {}
        self.removals: list[str] = []

    def values(self, row_id: str, ops: list[LiveOp], refused: Refused) -> dict[str, Any]:
        """The row's visible values; a refused field keeps its newest valid value (none:
        left out, so a new row takes the column's default)."""
        winners = {live.column: live for live in ops}  # sorted: the last one wins
        found: dict[str, Any] = {}
        for column in self.columns:
            live = winners.get(column.key)
            if live is None:
                continue
            if column.key not in refused:
                found[column.key] = decode_value(column, live.value)
                continue
            for raw in self._valid_earlier(row_id, column, ops):
                found[column.key] = decode_value(column, raw)
                break
        return found

    def _valid_earlier(self, row_id: str, column: Column[Any],
                       ops: list[LiveOp]) -> Iterator[Any]:
        """The valid values of a field, newest first: its other live versions, then every
        value recorded for it (the same op log gives the same answer on every laptop)."""
        for live in reversed(ops):
            if live.column == column.key and problem_of(column, live.value) is None:
                yield live.value
        for (value,) in self.conn.exec_driver_sql(
                "SELECT value FROM sync_op WHERE tbl = ? AND row_id = ? AND col = ? "
                "ORDER BY hlc DESC, replica DESC, seq DESC",
                (self.table.name, row_id, column.key)):
            raw = loads(value)
            if problem_of(column, raw) is None:
                yield raw

    def new_row(self, row_id: str, values: dict[str, Any]) -> None:
        for column in self.table.columns:
            if (column.key not in values and not column.nullable
                    and column.default is None and column.key != "id"):
                values[column.key] = _neutral(column)
        values["id"] = row_id
        self.inserts.setdefault(frozenset(values), []).append(values)

    def changed_row(self, row_id: str, values: dict[str, Any]) -> None:
        values["b_id"] = row_id
        self.updates.setdefault(frozenset(values), []).append(values)

    def write(self) -> None:
        for batch in self.inserts.values():
            self.conn.execute(insert(self.table), batch)
        for batch in self.updates.values():
            self.conn.execute(update(self.table).where(self.table.c.id == bindparam("b_id")),
                              batch)
        for part in chunks(self.removals):
            self.conn.execute(delete(self.table).where(self.table.c.id.in_(part)))


def project(conn: Connection, rows: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Rewrite the domain rows named by (table, id) from the live state; returns them."""
    models = record_models()
    state = SqlState(conn)
    by_table: dict[str, set[str]] = {}
    for tbl, row_id in rows:
        by_table.setdefault(tbl, set()).add(row_id)
    done: set[tuple[str, str]] = set()
    search_keys: set[tuple[str, str]] = set()
    for tbl, id_set in sorted(by_table.items()):
        model = models.get(tbl)
        if model is None:
            continue  # a table this version does not know: its ops are kept, not shown
        ids = sorted(id_set)
        live = state.live_rows(tbl, ids)
        local = _local_rows(conn, table_of(model), model, ids)
        # the creator is the first op ever recorded for the row, whatever arrived first here
        firsts = state.first_ops(tbl, [row for row in ids if row in live])
        book = NoticeBook(conn, tbl, ids)
        writes = _TableProjection(conn, model)
        for row_id in ids:
            ops = live.get(row_id)
            if not ops or local.get(row_id):
                continue  # nothing known, or private here: the local row stays as it is
            deleted = delete_state(ops)
            refused = refused_fields(model, row_id, ops)
            book.settle(row_id, wanted_notices(model, ops, deleted, refused))
            if "" in refused:
                continue  # not a row id: nothing of it can be shown
            done.add((tbl, row_id))
            search_keys.add((tbl, row_id))
            values = writes.values(row_id, ops, refused)
            part = search_index.PART_TEXTS.get(model.__kind__)
            if part is not None and values.get(part.column):
                search_keys.add((part.parent_kind, str(values[part.column])))
            if deleted.deleted and deleted.gone:
                if row_id in local:
                    writes.removals.append(row_id)
                continue
            values.update(deleted_at=wall_time(deleted.wall) if deleted.deleted else None,
                          deleted_by=deleted.by if deleted.deleted else "")
            newest = newest_applied(ops, refused) or ops[-1]
            model.settle_projected(values, wall_time(newest.wall).date())
            values.update(updated_by=newest.author, updated_by_org=newest.author_org,
                          updated_at=wall_time(newest.wall))
            first = firsts.get(row_id)
            if first is not None:
                values.update(created_by=first.author, created_by_org=first.author_org,
                              created_at=wall_time(first.wall))
            if row_id in local:
                writes.changed_row(row_id, values)
            else:
                writes.new_row(row_id, values)
        writes.write()
        book.write()
    search_index.refresh(conn, search_keys)
    return done

