"""Records one operation per changed column in the same transaction as the edit.

Which columns sync is read from the mapped tables (see sync_schema): every column but the
id, the audit columns and the trash columns (a delete is an op on the pseudo-column
`_deleted` carrying the deleter's version vector). Rows whose private flag is set never
produce ops.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, inspect, select, update
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
    private_flag,
    synced_columns,
)
from coopdesk.store.sync_state import SqlState
from coopdesk.sync.hlc import HybridClock, Timestamp, wall_ms
from coopdesk.sync.ops import Dot, Op

__all__ = ["DELETED", "NOT_SYNCED", "SyncContext", "encode_value", "install",
           "synced_columns"]


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

    def reset(self) -> None:
        """Forget the cached id and clock (after a re-key, or when the file changed)."""
        self.loaded = False

    def save_clock(self, connection: Connection) -> None:
        connection.execute(update(table_of(SyncReplica)).values(
            hlc_last=self.clock.last.encode()))


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
        self.me = sync.ensure(self.conn)
        self.state = SqlState(self.conn)
        self.profile = profile_of(session)
        self.bases: dict[tuple[str, str, str], frozenset[Dot]] = session.info.get(
            "base_dots", {})
        self.tx = new_id()
        self.wall = utcnow().isoformat(timespec="seconds")
        self.next_seq = self.state.seq_of(self.me) + 1
        self.ops: list[Op] = []
        self._vv: dict[str, int] | None = None

    def write(self, table: str, row: str, column: str, value: Any) -> None:
        key = (table, row, column)
        ctx = self.bases.get(key)
        if ctx is None:
            ctx = self.state.live_dots(table, row, column)
            # an earlier op of this flush on the same field (never, but keep the register
            # right if it happens): it is the one this op replaces
            ctx = ctx | {op.dot for op in self.ops if op.key == key}
        op = Op(dot=Dot(self.me, self.next_seq), hlc=self.sync.clock.now(),
                table=table, row=row, column=column, value=encode_value(value), ctx=ctx,
                wall=self.wall, tx=self.tx)
        self.next_seq += 1
        self.ops.append(op)

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

    def finish(self) -> None:
        if not self.ops:
            return
        self.state.apply_all([(op, self.profile.name, self.profile.organisation)
                              for op in self.ops], exported=False)
        refresh_notices(self.conn, {(op.table, op.row) for op in self.ops})
        self.sync.save_clock(self.conn)


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
    writer.finish()


def install(factory: sessionmaker[Session]) -> None:
    """Record ops for what sessions from *factory* flush (after the audit stamps)."""
    from sqlalchemy import event

    event.listen(factory, "before_flush", _capture)
