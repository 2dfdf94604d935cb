"""Records one operation per changed column in the same transaction as the edit.

Which columns sync is read from the mapped tables (see sync_schema): every column but the
id, the audit columns and the trash columns (a delete is an op on the pseudo-column
`_deleted` carrying the deleter's version vector). Rows whose private flag is set never
produce ops.

A form that edits long texts names the versions it opened (`edit_base` when it reads the
record, `fields_of_base` and `use_base` when it saves): a remote edit that lands while
someone types then becomes a visible conflict instead of being overwritten (SYNC.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from coopdesk.domain.ids import new_id
from coopdesk.store.audit import profile_of
from coopdesk.store.base import Record, table_of, utcnow
from coopdesk.store.models.sync_tables import SyncReplica
from coopdesk.store.sync_notices import refresh_notices
from coopdesk.store.sync_schema import (
    DELETED,
    NOT_SYNCED,
    encode_value,
    long_text_keys,
    private_flag,
    synced_columns,
    wall_time,
)
from coopdesk.store.sync_state import LiveOp, SqlState, claim_writes
from coopdesk.sync.hlc import HybridClock, Timestamp, wall_ms
from coopdesk.sync.ops import Dot, Op

__all__ = ["DELETED", "NOT_SYNCED", "EditBase", "SyncContext", "edit_base", "encode_value",
           "fields_of_base", "install", "synced_columns", "use_base"]


@dataclass
class SyncContext:
    """Per-database cache of this replica's id and clock."""

    replica: str | None = None
    clock: HybridClock = field(default_factory=HybridClock)
    loaded: bool = False
    #: This laptop's clock in ms (tests replace it to play a laptop whose clock is wrong).
    physical: Callable[[], int] = wall_ms

    def ensure(self, connection: Connection) -> str:
        if self.replica is None or not self.loaded:
            row = connection.execute(select(table_of(SyncReplica))).first()
            if row is None:
                replica = new_id()
                connection.execute(table_of(SyncReplica).insert().values(
                    replica_id=replica, hlc_last=""))
                self.replica, last = replica, ""
            else:
                self.replica, last = row.replica_id, row.hlc_last
            self.clock = HybridClock(Timestamp.decode(last) if last else None,
                                     physical=self.physical)
            self.loaded = True
        assert self.replica is not None
        return self.replica

    def claim(self, connection: Connection) -> str:
        """Take the write lock for this transaction (`claim_writes`), then catch up with
        what another process on this file did meanwhile (a new replica id after a fork, a
        clock that went further): our seqs and timestamps follow theirs."""
        claim_writes(connection)
        if self.loaded:
            row = connection.execute(select(table_of(SyncReplica))).first()
            if row is None or row.replica_id != self.replica:
                self.loaded = False
            elif row.hlc_last:
                stored = Timestamp.decode(row.hlc_last)
                if stored > self.clock.last:
                    self.clock.last = stored
        return self.ensure(connection)

    def reset(self) -> None:
        """Forget the cached id and clock (after a re-key, or when the file changed)."""
        self.loaded = False

    def save_clock(self, connection: Connection) -> None:
        # plain SQL: this runs on every local edit
        connection.exec_driver_sql(
            f"UPDATE {SyncReplica.__tablename__} SET hlc_last = ?", (self.clock.last.encode(),))


@dataclass(frozen=True)
class EditBase:
    """What a form saw of one long-text field: its live dots and a digest of its value."""

    dots: frozenset[Dot]
    seen: str

    def unchanged(self, value: Any) -> bool:
        """True when *value* is the text the form was shown (the person did not touch it)."""
        return _digest(value) == self.seen


def _digest(value: Any) -> str:
    text = json.dumps(encode_value(value), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def edit_base(conn: Connection, record: Record) -> str:
    """An opaque token of the long-text fields of *record* as read now (their live dots
    and values), for a form to hand back when it saves; "" when it has no long text."""
    columns = long_text_keys(type(record))
    if not columns or record.id is None:
        return ""
    dots: dict[str, list[list[Any]]] = {column: [] for column in columns}
    for col, replica, seq in conn.exec_driver_sql(
            "SELECT col, replica, seq FROM sync_live WHERE tbl = ? AND row_id = ?",
            (record.__tablename__, record.id)):
        if col in dots:
            dots[col].append([replica, seq])
    fields = {column: {"dots": sorted(dots[column]), "seen": _digest(getattr(record, column))}
              for column in columns}
    return json.dumps({"table": record.__tablename__, "row": record.id, "fields": fields},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fields_of_base(token: str, record: Record) -> dict[str, EditBase]:
    """The long-text fields a token from `edit_base` names for *record*; empty when the
    token is empty, unreadable or about another record (the save then names the live
    dots, as an edit without a form does)."""
    if not token:
        return {}
    try:
        data = json.loads(token)
        if data["table"] != record.__tablename__ or data["row"] != record.id:
            return {}
        known = set(long_text_keys(type(record)))
        return {column: EditBase(frozenset(Dot.decode(d) for d in value["dots"]),
                                 str(value["seen"]))
                for column, value in data["fields"].items() if column in known}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def use_base(session: Session, record: Record, bases: dict[str, EditBase]) -> None:
    """The next flush writes these fields of *record* as replacing exactly the versions
    the form saw: a version that arrived meanwhile stays live, as a conflict."""
    found: dict[tuple[str, str, str], frozenset[Dot]] = session.info.setdefault(
        "base_dots", {})
    for column, base in bases.items():
        found[(record.__tablename__, record.id, column)] = base.dots


def _private(obj: Record) -> tuple[bool, bool]:
    """(private now, private before this flush) for a row with a private flag."""
    flag = private_flag(type(obj))
    if flag is None:
        return False, False
    history = inspect(obj).attrs[flag].history
    now = bool(getattr(obj, flag))
    before = bool(history.deleted[0]) if history.deleted else now
    return now, before


def _changed(obj: Record, column: Column[Any]) -> bool:
    return bool(inspect(obj).attrs[column.key].history.has_changes())


class _Writer:
    """Collects the ops of one flush; `finish` applies them in one batch."""

    def __init__(self, session: Session, sync: SyncContext) -> None:
        self.conn = session.connection()
        self.sync = sync
        self.me = sync.claim(self.conn)  # before reading the next seq
        self.state = SqlState(self.conn)
        self.profile = profile_of(session)
        self.bases: dict[tuple[str, str, str], frozenset[Dot]] = session.info.get(
            "base_dots", {})
        self.tx = new_id()
        self.wall = utcnow().isoformat(timespec="microseconds")
        self.next_seq = self.state.seq_of(self.me) + 1
        self.ops: list[Op] = []
        self._vv: dict[str, int] | None = None
        self._row_live: dict[tuple[str, str], dict[str, set[Dot]]] = {}

    def write(self, table: str, row: str, column: str, value: Any) -> None:
        key = (table, row, column)
        ctx = self.bases.get(key)
        if ctx is None:
            ctx = frozenset(self._live_of_row(table, row).get(column, ()))
            # an earlier op of this flush on the same field (never, but keep the register
            # right if it happens): it is the one this op replaces
            ctx = ctx | {op.dot for op in self.ops if op.key == key}
        op = Op(dot=Dot(self.me, self.next_seq), hlc=self.sync.clock.now(),
                table=table, row=row, column=column, value=encode_value(value), ctx=ctx,
                wall=self.wall, tx=self.tx)
        self.next_seq += 1
        self.ops.append(op)

    def _live_of_row(self, table: str, row: str) -> dict[str, set[Dot]]:
        """The live dots of every field of a row before this flush (one query per row: a
        create writes a dozen fields)."""
        found = self._row_live.get((table, row))
        if found is None:
            found = {}
            for col, replica, seq in self.conn.exec_driver_sql(
                    "SELECT col, replica, seq FROM sync_live WHERE tbl = ? AND row_id = ?",
                    (table, row)):
                found.setdefault(col, set()).add(Dot(replica, seq))
            self._row_live[(table, row)] = found
        return found

    def vv(self) -> dict[str, int]:
        """The version vector including the ops of this flush written so far."""
        if self._vv is None:
            self._vv = self.state.vv()
        vv = dict(self._vv)
        if self.ops:
            vv[self.me] = self.ops[-1].dot.seq
        return vv

    def whole_row(self, obj: Record) -> None:
        for column in synced_columns(type(obj)):
            value = getattr(obj, column.key)
            default = column.default
            if value is None and isinstance(default, ScalarElementColumnDefault):
                value = default.arg
                setattr(obj, column.key, value)
            self.write(obj.__tablename__, obj.id, column.key, value)

    def deleted(self, obj: Record, deleted: bool, **extra: Any) -> None:
        value = {"deleted": deleted, "by": self.profile.name, "vv": self.vv(), **extra}
        self.write(obj.__tablename__, obj.id, DELETED, value)

    def finish(self, objects: list[Record]) -> None:
        if not self.ops:
            return
        self.state.apply_all([(op, self.profile.name, self.profile.organisation)
                              for op in self.ops], exported=False)
        newest = refresh_notices(self.conn, {(op.table, op.row) for op in self.ops})
        self.sync.save_clock(self.conn)
        self._same_authors_as_projection(objects, newest)

    def _same_authors_as_projection(self, objects: list[Record],
                                    newest: dict[tuple[str, str], LiveOp]) -> None:
        """"Created by" and "changed by" as projection writes them on the other laptops:
        the authors of the row's first op and newest live op by (hlc, replica, seq). They
        can differ from this edit's author when clocks disagree by more than the 24 h a
        received clock is trusted for, and every laptop must show the same names."""
        by_table: dict[str, list[str]] = {}
        for obj in objects:
            if (obj.__tablename__, obj.id) in newest:
                by_table.setdefault(obj.__tablename__, []).append(obj.id)
        firsts = {(table, row): first for table, rows in by_table.items()
                  for row, first in self.state.first_ops(table, rows).items()}
        for obj in objects:
            key = (obj.__tablename__, obj.id)
            live, first = newest.get(key), firsts.get(key)
            # the times too, from the ops' wall text (whole seconds), as projection writes
            # them: converged laptops then hold the same rows to the second (issue 13)
            if live is not None:
                if (obj.updated_by, obj.updated_by_org) != (live.author, live.author_org):
                    obj.updated_by, obj.updated_by_org = live.author, live.author_org
                if obj.updated_at != (when := wall_time(live.wall)):
                    obj.updated_at = when
            if first is not None:
                if (obj.created_by, obj.created_by_org) != (first.author, first.author_org):
                    obj.created_by, obj.created_by_org = first.author, first.author_org
                if obj.created_at != (when := wall_time(first.wall)):
                    obj.created_at = when
            if (live is not None and obj.deleted_at is not None
                    and inspect(obj).attrs["deleted_at"].history.has_changes()):
                obj.deleted_at = wall_time(self.wall)


def _capture(session: Session, _context: Any, _instances: Any) -> None:
    sync = session.info.get("sync")
    if session.info.get("remote") or not isinstance(sync, SyncContext):
        return
    records_new = [o for o in session.new if isinstance(o, Record)]
    records_dirty = [o for o in session.dirty if isinstance(o, Record)]
    records_gone = [o for o in session.deleted if isinstance(o, Record)]
    if not (records_new or records_dirty or records_gone):
        return
    writer = _Writer(session, sync)
    for obj in records_new:
        if obj.id is None:
            obj.id = new_id()
        if not _private(obj)[0]:
            writer.whole_row(obj)
            if obj.deleted_at is not None:
                writer.deleted(obj, True)
    for obj in records_dirty:
        private_now, private_before = _private(obj)
        if private_now:
            if not private_before:  # made private: it leaves the other laptops
                writer.deleted(obj, True, private=True)
            continue
        if private_before:  # made shared: send it whole, with its trash state
            writer.whole_row(obj)
            writer.deleted(obj, obj.deleted_at is not None)
            continue
        for column in synced_columns(type(obj)):
            if _changed(obj, column):
                writer.write(obj.__tablename__, obj.id, column.key, getattr(obj, column.key))
        if inspect(obj).attrs["deleted_at"].history.has_changes():
            writer.deleted(obj, obj.deleted_at is not None)
    for obj in records_gone:
        if not _private(obj)[0]:
            writer.deleted(obj, True, purged=True)
    writer.finish(records_new + records_dirty)


def install(factory: sessionmaker[Session]) -> None:
    """Record ops for what sessions from *factory* flush (after the audit stamps)."""
    from sqlalchemy import event

    event.listen(factory, "before_flush", _capture)
