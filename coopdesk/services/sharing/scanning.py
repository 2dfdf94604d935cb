"""What a cycle makes of the files it finds on the share before and after reading them.

- Only coopdesk's own names are read (`share.scan`); links, pipes, devices and folders that
  cannot be listed are noted as `unreadable`, with the reason, and never opened.
- A file is read through `share.read_regular`: a regular file of at most `frame.FILE_MAX`
  bytes, whose body `frame.decode` decompresses only up to what its header allows.
- A sync program's copy of one of our files that is incomplete or damaged, while the file it
  copies was read whole, is a `leftover`: reported once, listed by `sync --status`, and
  deleted by `sync --remove-leftovers` (nothing else is ever deleted there).
- `sync_file` keeps only the files the last scan found: `status` lists what exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, select

from coopdesk.store.base import table_of
from coopdesk.store.models.sync_tables import SyncFile
from coopdesk.sync import frame, share
from coopdesk.sync.frame import FileStatus

file_t = table_of(SyncFile)

UNREADABLE = "unreadable"
LEFTOVER = "leftover"
LEFTOVER_DETAIL = "a leftover copy made by your sync program; it can be deleted"
#: Statuses of a file whose changes arrived whole (the file a leftover copies has one).
ARRIVED = {FileStatus.OK.value, "duplicate"}


def read_shared(shared: share.SharedFile) -> bytes:
    """The bytes of a file found by the scan, bounded (OSError / UnreadableFileError)."""
    return share.read_regular(shared.path, frame.FILE_MAX)


def is_leftover(conn: Connection, root: Path, shared: share.SharedFile, data: bytes) -> bool:
    """*shared* (read as *data*, neither whole nor valid) is a sync program's copy of a file
    of the same folder whose changes arrived here: its bytes are the start of that file's,
    or its header is that file's header (the same file, damaged)."""
    if not shared.is_copy:
        return False
    original = shared.path.with_name(shared.base)
    where = original.relative_to(root).as_posix()
    status = conn.scalar(select(file_t.c.status).where(file_t.c.path == where))
    if status not in ARRIVED:
        return False
    try:
        whole = share.read_regular(original, frame.FILE_MAX)
    except OSError:
        return False
    if whole.startswith(data):
        return True
    header = frame.peek_header(data)
    return header is not None and header == frame.peek_header(whole)


def forget_missing(conn: Connection, found: set[str], unlisted: list[str]) -> int:
    """Forget the files noted in `sync_file` that the scan did not find (deleted, moved),
    except those in a folder that could not be listed (*unlisted*, relative paths)."""
    gone = [path for path in conn.scalars(select(file_t.c.path))
            if path not in found and not any(path.startswith(f"{folder}/")
                                             for folder in unlisted)]
    for start in range(0, len(gone), 500):
        conn.execute(delete(file_t).where(file_t.c.path.in_(gone[start:start + 500])))
    return len(gone)


@dataclass(frozen=True)
class Removed:
    """What `remove_leftovers` did: the files deleted, and those it could not delete."""

    removed: tuple[str, ...]
    failed: tuple[str, ...]


def remove_leftovers(conn: Connection, root: Path) -> Removed:
    """Delete the files noted as leftovers that are still there unchanged (same size, still
    a copy whose original arrived); nothing else."""
    removed: list[str] = []
    failed: list[str] = []
    for row in conn.execute(select(file_t.c.path, file_t.c.size).where(
            file_t.c.status == LEFTOVER)).all():
        path = root / row.path
        base = share.own_name(path.name)
        if base is None:
            continue
        shared = share.SharedFile(path=path, size=row.size, folder_replica=None, base=base)
        try:
            data = read_shared(shared)
        except OSError:
            continue
        if len(data) != row.size or not is_leftover(conn, root, shared, data):
            continue
        try:
            share.delete_own_file(path)
        except OSError:
            failed.append(str(path))
            continue
        removed.append(str(path))
        conn.execute(delete(file_t).where(file_t.c.path == row.path))
    return Removed(tuple(removed), tuple(failed))


def leftovers(conn: Connection, root: Path) -> tuple[str, ...]:
    """The leftover copies noted by the last cycle (absolute paths)."""
    return tuple(str(root / path) for path in conn.scalars(
        select(file_t.c.path).where(file_t.c.status == LEFTOVER).order_by(file_t.c.path)))


__all__ = ["ARRIVED", "LEFTOVER", "LEFTOVER_DETAIL", "UNREADABLE", "Removed",
           "forget_missing", "is_leftover", "leftovers", "read_shared", "remove_leftovers"]
