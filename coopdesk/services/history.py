"""The history of one record, read from the op log, and "restore this version".

Every local edit and every imported edit is an op in `sync_op` (one per changed column, ops
of one transaction share a `tx`). A history entry is one transaction on the row: who, when,
which fields went from what to what. "What it was before" is the value the writer saw (the
ops named in the op's context), so a concurrent edit shows what each person replaced; an op
that no later op of its field causally follows, while another op of the field did not see
it either, is marked concurrent (two people changed the field without seeing each other).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Enum, select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import CoopdeskError, NotFoundError
from coopdesk.services.changes import Changes
from coopdesk.store.base import Record, is_long_text, table_of, utcnow
from coopdesk.store.db import Database
from coopdesk.store.models.sync_tables import SyncOp
from coopdesk.store.sync_projection import decode_value
from coopdesk.store.sync_schema import DELETED, record_models, synced_columns
from coopdesk.store.sync_state import op_from_row
from coopdesk.store.titles import title_of
from coopdesk.sync.ops import Dot, Op

op_t = table_of(SyncOp)


class HistoryError(CoopdeskError):
    """A version cannot be restored."""


class Happening(StrEnum):
    CREATED = "created"
    EDITED = "edited"
    DELETED = "deleted"
    RESTORED = "restored"
    #: Deleted for good from the trash (every laptop drops it).
    PURGED = "purged"
    #: Made private by its owner: it left the other laptops.
    MADE_PRIVATE = "made_private"


@dataclass(frozen=True)
class FieldChange:
    """One field of one version: *before* is what the writer saw, None for a creation.

    Values are as the record stores them (dates, enum members, numbers, text); for a
    reference to another record, *_title* holds that record's title ("" if it is gone).
    """

    field: str
    before: Any
    after: Any
    before_title: str | None = None
    after_title: str | None = None
    long_text: bool = False
    concurrent: bool = False


@dataclass(frozen=True)
class HistoryEntry:
    tx: str
    when: dt.datetime  # naive UTC wall time of the person who wrote it
    author: str
    author_org: str
    happening: Happening
    changes: tuple[FieldChange, ...]
    #: Another person changed one of these fields at the same time, without seeing this.
    concurrent: bool
    #: False for a synthetic entry of a record older than its op log (nothing to restore).
    restorable: bool = True

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(change.field for change in self.changes)


def model_of_kind(kind: str) -> type[Record]:
    for model in record_models().values():
        if model.__kind__ == kind:
            return model
    raise NotFoundError(kind=kind, id="")


def python_value(column: Column[Any], raw: Any) -> Any:
    """A JSON value from an op, as the mapped attribute holds it (enum members included)."""
    value = decode_value(column, raw)
    enum_class = getattr(column.type, "enum_class", None) if isinstance(column.type, Enum) \
        else None
    if enum_class is not None and value is not None:
        try:
            return enum_class(value)
        except ValueError:
            return value
    return value


def parse_wall(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return utcnow()


@dataclass(frozen=True)
class _Logged:
    op: Op
    author: str
    author_org: str


def _ancestors(dot: Dot, by_dot: dict[Dot, _Logged], memo: dict[Dot, frozenset[Dot]]
               ) -> frozenset[Dot]:
    """Every op of the same field this op causally follows (through the contexts)."""
    if dot in memo:
        return memo[dot]
    memo[dot] = frozenset()  # guards against a malformed cycle
    found: set[Dot] = set()
    logged = by_dot.get(dot)
    if logged is not None:
        for parent in logged.op.ctx:
            if parent in by_dot:
                found.add(parent)
                found |= _ancestors(parent, by_dot, memo)
    memo[dot] = frozenset(found)
    return memo[dot]


def _concurrent_dots(ops: list[_Logged]) -> set[Dot]:
    """Ops of one field that some other op of that field neither saw nor was seen by."""
    by_dot = {item.op.dot: item for item in ops}
    memo: dict[Dot, frozenset[Dot]] = {}
    concurrent: set[Dot] = set()
    for index, first in enumerate(ops):
        for second in ops[index + 1:]:
            a, b = first.op.dot, second.op.dot
            if a not in _ancestors(b, by_dot, memo) and b not in _ancestors(a, by_dot, memo):
                concurrent |= {a, b}
    return concurrent


class HistoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------------
    def of(self, kind: str, record_id: str) -> tuple[HistoryEntry, ...]:
        """One entry per transaction on the record, newest first."""
        model = model_of_kind(kind)
        with self.db.reading() as session:
            logged = self._logged(session, model, record_id)
            if not logged:
                return self._without_log(session, model, kind, record_id)
            columns = {c.key: c for c in synced_columns(model)}
            by_field: dict[str, list[_Logged]] = {}
            for item in logged:
                by_field.setdefault(item.op.column, []).append(item)
            concurrent: set[Dot] = set()
            for column, items in by_field.items():
                if column != DELETED:
                    concurrent |= _concurrent_dots(items)
            by_dot = {item.op.dot: item for item in logged}
            groups: dict[str, list[_Logged]] = {}
            for item in logged:
                groups.setdefault(item.op.tx or repr(item.op.dot), []).append(item)
            first_tx = logged[0].op.tx or repr(logged[0].op.dot)
            entries = []
            for tx, items in groups.items():
                changes = tuple(
                    self._change(session, columns[item.op.column], item, by_dot, concurrent)
                    for item in items if item.op.column in columns)
                entries.append((max(item.op.order for item in items), HistoryEntry(
                    tx=tx, when=parse_wall(items[0].op.wall), author=items[0].author,
                    author_org=items[0].author_org,
                    happening=self._happening(items, tx == first_tx),
                    changes=changes, concurrent=any(c.concurrent for c in changes))))
        entries.sort(key=lambda pair: pair[0], reverse=True)
        return tuple(entry for _, entry in entries)

    @staticmethod
    def _logged(session: Session, model: type[Record], record_id: str) -> list[_Logged]:
        rows = session.execute(select(op_t).where(op_t.c.tbl == model.__tablename__,
                                                  op_t.c.row_id == record_id)).all()
        logged = [_Logged(op_from_row(row), row.author, row.author_org) for row in rows]
        logged.sort(key=lambda item: item.op.order)
        return logged

    @staticmethod
    def _happening(items: list[_Logged], first: bool) -> Happening:
        for item in items:
            if item.op.column == DELETED:
                value = item.op.value if isinstance(item.op.value, dict) else {}
                if not value.get("deleted"):
                    return Happening.RESTORED
                if value.get("private"):
                    return Happening.MADE_PRIVATE
                return Happening.PURGED if value.get("purged") else Happening.DELETED
        if first and all(not item.op.ctx for item in items):
            return Happening.CREATED
        return Happening.EDITED

    def _change(self, session: Session, column: Column[Any], item: _Logged,
                by_dot: dict[Dot, _Logged], concurrent: set[Dot]) -> FieldChange:
        seen = sorted((by_dot[d] for d in item.op.ctx if d in by_dot),
                      key=lambda other: other.op.order)
        before = python_value(column, seen[-1].op.value) if seen else None
        after = python_value(column, item.op.value)
        return FieldChange(
            field=column.key, before=before, after=after,
            before_title=self._title(session, column, before),
            after_title=self._title(session, column, after),
            long_text=is_long_text(column), concurrent=item.op.dot in concurrent)

    @staticmethod
    def _title(session: Session, column: Column[Any], value: Any) -> str | None:
        if not column.foreign_keys or value is None:
            return None
        target = next(iter(column.foreign_keys)).column.table.name
        model = record_models().get(target)
        record = session.get(model, value) if model is not None else None
        return title_of(record) if record is not None else ""

    @staticmethod
    def _without_log(session: Session, model: type[Record], kind: str, record_id: str
                     ) -> tuple[HistoryEntry, ...]:
        """A record made before its workspace kept an op log: only its creation is known."""
        record = session.get(model, record_id)
        if record is None:
            raise NotFoundError(kind=kind, id=record_id)
        return (HistoryEntry(tx="", when=record.created_at, author=record.created_by,
                             author_org=record.created_by_org, happening=Happening.CREATED,
                             changes=(), concurrent=False, restorable=False),)

    def title(self, kind: str, record_id: str) -> str:
        """The record's title, as lists show it."""
        model = model_of_kind(kind)
        with self.db.reading() as session:
            record = session.get(model, record_id)
            if record is None:
                raise NotFoundError(kind=kind, id=record_id)
            return title_of(record)

    # -- restoring -----------------------------------------------------------------------
    def values_at(self, kind: str, record_id: str, tx: str) -> dict[str, Any]:
        """Every field as it was once transaction *tx* was applied, plus `_deleted`."""
        model = model_of_kind(kind)
        with self.db.reading() as session:
            return self._replay(self._logged(session, model, record_id), model, tx)

    @staticmethod
    def _replay(logged: Iterable[_Logged], model: type[Record], tx: str) -> dict[str, Any]:
        ordered = list(logged)
        last = max((n for n, item in enumerate(ordered) if (item.op.tx or repr(item.op.dot))
                    == tx), default=None)
        if last is None:
            raise HistoryError("This version is no longer in the history of this record.")
        columns = {c.key: c for c in synced_columns(model)}
        values: dict[str, Any] = {DELETED: False}
        for item in ordered[:last + 1]:
            if item.op.column == DELETED:
                value = item.op.value
                values[DELETED] = isinstance(value, dict) and bool(value.get("deleted"))
            elif item.op.column in columns:
                values[item.op.column] = python_value(columns[item.op.column], item.op.value)
        return values

    def restore_version(self, kind: str, record_id: str, tx: str) -> Changes:
        """Put every field back as it was after transaction *tx*, in one edit that syncs.

        A record in the trash comes back when it was not deleted in that version; restoring
        never moves a record into the trash.
        """
        model = model_of_kind(kind)
        with self.db.unit_of_work() as session:
            record = session.get(model, record_id)
            if record is None:
                raise NotFoundError(kind=kind, id=record_id)
            values = self._replay(self._logged(session, model, record_id), model, tx)
            for key, value in values.items():
                if key != DELETED and getattr(record, key) != value:
                    setattr(record, key, value)
            if record.deleted_at is not None and not values[DELETED]:
                record.deleted_at = None
                record.deleted_by = ""
            return Changes.of(kind, record_id)


__all__ = ["FieldChange", "Happening", "HistoryEntry", "HistoryError", "HistoryService",
           "model_of_kind", "python_value"]
