"""Sync state kept in the local SQLite file (SYNC.md, "Local schema and capture").

These tables are local bookkeeping, never synced themselves: the op log (own and imported),
the live dots of every field, the version vector, dead dots, files seen on the share, and the
conflict/notice inbox. The domain tables are a projection of this state.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.store.base import Base, utcnow


class SyncReplica(Base):
    """This installation's identity in the workspace (one row)."""

    __tablename__ = "sync_replica"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team_id: Mapped[str | None] = mapped_column(String(36), default=None)
    share_folder: Mapped[str | None] = mapped_column(Text, default=None)
    hlc_last: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: Set when a fork (a cloned laptop) was detected: exporting stops until re-keyed.
    forked_from: Mapped[str | None] = mapped_column(String(36), default=None)


class SyncOp(Base):
    """Every operation this replica wrote or imported."""

    __tablename__ = "sync_op"
    __table_args__ = (Index("ix_sync_op_row", "tbl", "row_id"),
                      Index("ix_sync_op_outbox", "exported", "replica"))

    replica: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[str] = mapped_column(String(40))
    wall: Mapped[str] = mapped_column(String(40), default="")
    tx: Mapped[str] = mapped_column(String(36), default="")
    tbl: Mapped[str] = mapped_column(String(100))
    row_id: Mapped[str] = mapped_column(String(36))
    col: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)  # JSON
    ctx: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of [replica, seq]
    author: Mapped[str] = mapped_column(String(200), default="")
    author_org: Mapped[str] = mapped_column(String(200), default="")
    #: Own ops: written to a verified file on the share. Imported ops: always true.
    exported: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncLive(Base):
    """The live dots of each field: a multi-value register."""

    __tablename__ = "sync_live"

    tbl: Mapped[str] = mapped_column(String(100), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    col: Mapped[str] = mapped_column(String(100), primary_key=True)
    replica: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)


class SyncVersion(Base):
    """The version vector: the highest contiguous seq seen per replica."""

    __tablename__ = "sync_vv"

    replica: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncDead(Base):
    """Dots named in some op's context but not received yet."""

    __tablename__ = "sync_dead"

    replica: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)


class SyncFile(Base):
    """A file seen on the share, decided by (path, size) and content, never by mtime."""

    __tablename__ = "sync_file"

    path: Mapped[str] = mapped_column(Text, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    replica: Mapped[str] = mapped_column(String(36), default="")
    first_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(Text, default="")
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SyncNotice(Base):
    """The conflict and notice inbox, the same on every laptop for conflicts."""

    __tablename__ = "sync_notice"
    __table_args__ = (Index("ix_sync_notice_open", "resolved_at", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    tbl: Mapped[str] = mapped_column(String(100), default="")
    row_id: Mapped[str] = mapped_column(String(36), default="")
    col: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
