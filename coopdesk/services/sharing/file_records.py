"""What this laptop noted about each file of the share (`sync_file`), and who wrote it.

Paths are kept relative to the share's CoopDesk folder, so the same share mounted at another
path is not read again from scratch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from coopdesk.services.sharing.types import Absorbed
from coopdesk.store.base import table_of
from coopdesk.store.models.sync_tables import SyncFile, SyncOp
from coopdesk.sync import share

file_t = table_of(SyncFile)
op_t = table_of(SyncOp)


def record_file(conn: Connection, where: str, size: int, got: Absorbed) -> None:
    """Note what a file at *where* (relative to the share's CoopDesk folder) held."""
    record(conn, where, size, got.status, got.replica, got.first, got.last, got.detail)


def record(conn: Connection, where: str, size: int, status: str, replica: str,
           first: int, last: int, detail: str) -> None:
    values = {"size": size, "status": status, "replica": replica, "first_seq": first,
              "last_seq": last, "detail": detail}
    done = conn.execute(update(file_t).where(file_t.c.path == where).values(**values))
    if not done.rowcount:
        conn.execute(insert(file_t).values(path=where, **values))


def where_of(folder: Path, path: Path) -> str:
    """*path*, a file of the share in *folder*, as recorded (relative to the share)."""
    return path.relative_to(share.share_root(folder)).as_posix()


def author_of(conn: Connection, replica: str, claimed: dict[str, Any] | None = None) -> str:
    """Who writes as *replica*: from its ops we hold, else from what an unreadable
    file's header claims (marked as such)."""
    if replica:
        row = conn.execute(select(op_t.c.author, op_t.c.author_org).where(
            op_t.c.replica == replica).order_by(op_t.c.seq.desc()).limit(1)).first()
        if row is not None:
            return f"{row.author} — {row.author_org}" if row.author_org else str(row.author)
    claimed = claimed or {}
    name, org = claimed.get("author"), claimed.get("author_org")
    if isinstance(name, str) and name:
        who = f"{name} — {org}" if isinstance(org, str) and org else name
        return f"{who} (as the file says)"
    return ""


__all__ = ["author_of", "record", "record_file", "where_of"]
