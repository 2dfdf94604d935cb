"""Copies of a workspace's SQLite file: taking, checking, listing, thinning and putting back.

A backup is one self-contained SQLite file (no WAL beside it) in the workspace's `backups/`
folder, named `coopdesk-<kind>-<YYYYmmdd-HHMMSS>[-n].sqlite` in local time. It is taken with
SQLite's online backup API (consistent even while the app writes) and checked with
`PRAGMA quick_check` before it counts.

Putting a copy back (`replace_database`) never leaves a half-written file: the copy is
written to a temporary file beside the database, checked, then renamed over it. It needs the
database closed everywhere: SQLite refuses to leave WAL mode while another connection is
open, which is how a workspace still open in another window or command is detected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coopdesk.domain.errors import WorkspaceError

#: The workspace's database file in its folder (here: the standard library is enough to
#: find it before the database layer is imported).
DB_NAME = "coopdesk.sqlite"
#: Kinds of backups. Rotation thins out AUTO and MANUAL ones; the copies taken before a
#: restore or a schema upgrade (`before-upgrade-<revision>`) are kept apart (see `rotate`).
AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
SUFFIX = ".sqlite"
TEMP_SUFFIX = ".restore-tmp"
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<kind>auto|manual|before-restore|before-upgrade-\w+)"
                   r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")


def is_workspace(folder: Path) -> bool:
    """Whether *folder* holds a workspace's database (nothing is opened or read)."""
    return (folder / DB_NAME).is_file()


class DamagedDatabaseError(WorkspaceError):
    """The workspace's database fails SQLite's check: it may be replaced from a backup."""

    template = "The database {file} is damaged ({reason})."


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk, described from its name and size."""

    path: Path
    kind: str
    taken_at: dt.datetime  # local time, from the file name
    size: int
    #: 1, or the number added to tell apart backups taken in the same second.
    number: int = 1

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def is_upgrade(self) -> bool:
        return self.kind.startswith(BEFORE_UPGRADE)


def parse(path: Path) -> BackupFile | None:
    """The backup *path* names, or None for a file that is not one of coopdesk's backups."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path=path, kind=match["kind"], taken_at=taken_at, size=size,
                      number=int(match["n"] or 1))


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Every backup in *backup_dir*, newest first."""
    if not backup_dir.is_dir():
        return []
    found = [backup for path in backup_dir.iterdir()
             if path.is_file() and (backup := parse(path)) is not None]
    return sorted(found, key=lambda item: (item.taken_at, item.number), reverse=True)


#: An SQLite file starts with a header of this many bytes.
SQLITE_HEADER_SIZE = 100


def is_sqlite_file(db_file: Path) -> bool:
    """Whether *db_file* is an SQLite database with its header (OSError when it cannot be
    read). An empty file is not one: SQLite would make it a new database.

    Asked through SQLite rather than by reading the header with `open()`: closing any file
    descriptor of a database drops every POSIX lock this process holds on it, the ones an
    open connection of the window holds included ("How To Corrupt An SQLite Database
    File", 2.2). Another process would then take this one's connection for gone, and
    checkpoint and delete the WAL under it. A file SQLite finds locked or busy is a
    database (`check` then says what is wrong).
    """
    if not os.access(db_file, os.R_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(db_file))
    if db_file.stat().st_size < SQLITE_HEADER_SIZE:
        return False
    try:
        connection = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise OSError(errno.EIO, str(exc), str(db_file)) from exc
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return True
    except sqlite3.DatabaseError as exc:
        return not ("not a database" in str(exc) or "encrypted" in str(exc))
    finally:
        connection.close()


def check(db_file: Path) -> str:
    """"ok", or what `PRAGMA quick_check` (or opening the file) found wrong."""
    if not db_file.is_file():
        return f"{db_file.name} does not exist"
    try:
        connection = sqlite3.connect(db_file)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        messages = [str(row[0]) for row in rows]
        return "ok" if messages == ["ok"] else "; ".join(messages[:3])
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()


def _copy(source_file: Path, target: Path) -> None:
    """Online backup of *source_file* into *target*, left as one file in rollback mode."""
    source = sqlite3.connect(source_file)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def _checked_copy(source_file: Path, target: Path) -> None:
    """`_copy`, then DamagedDatabaseError (about *source_file*) if the copy is not sound."""
    _copy(source_file, target)
    verdict = check(target)
    if verdict != "ok":
        raise DamagedDatabaseError(file=str(source_file), reason=verdict)


class BackupFailedError(WorkspaceError):
    template = "Cannot back up {file}: {reason}."


class RestoreFailedError(WorkspaceError):
    template = "Cannot restore {file}: {reason}."


@contextlib.contextmanager
def _errors_as(error: type[WorkspaceError], file: Path) -> Iterator[None]:
    """SQLite and file errors raised inside become *error* (its template names {file} and
    {reason})."""
    try:
        yield
    except sqlite3.Error as exc:
        raise error(file=str(file), reason=str(exc)) from exc
    except OSError as exc:
        raise error(file=str(file), reason=exc.strerror or str(exc)) from exc


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _target(backup_dir: Path, stem: str, kind: str, now: dt.datetime) -> Path:
    stamp = now.strftime(STAMP_FORMAT)
    target = backup_dir / f"{stem}-{kind}-{stamp}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{stem}-{kind}-{stamp}-{counter}{SUFFIX}"
    return target


def take(db_file: Path, backup_dir: Path, kind: str, now: dt.datetime | None = None) -> BackupFile:
    """Copy *db_file* into *backup_dir* and check the copy; raises WorkspaceError if the
    copy cannot be made or is not sound (no bad copy is left behind)."""
    if not db_file.is_file():
        raise WorkspaceError("Cannot back up {file}: {reason}.", file=str(db_file),
                             reason="no such file")
    target = _target(backup_dir, db_file.stem, kind, now or dt.datetime.now())
    partial = target.with_name(target.name + ".part")
    try:
        with _errors_as(BackupFailedError, db_file):
            backup_dir.mkdir(parents=True, exist_ok=True)
            _checked_copy(db_file, partial)
            partial.replace(target)
    finally:
        _remove(partial)
    backup = parse(target)
    assert backup is not None
    return backup


def ensure_closed(db_file: Path) -> None:
    """Raise WorkspaceError if another connection (a window, a command) has *db_file* open.

    Leaving WAL mode needs the only connection; it also folds the WAL into the file.
    """
    if not db_file.is_file():
        return
    try:
        connection = sqlite3.connect(db_file, timeout=1.0)
        try:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            mode = ("wal",)
        else:
            return  # unreadable: nothing of it is kept open by SQLite either
    except sqlite3.DatabaseError:
        return  # a damaged file: it is moved aside, not read
    if mode is None or str(mode[0]).lower() != "delete":
        raise WorkspaceError("The workspace {folder} is open in another coopdesk window or "
                             "command. Close it there first.", folder=str(db_file.parent))


def replace_database(db_file: Path, source: Path) -> None:
    """Put a copy of the backup *source* in place of *db_file*, atomically.

    The database must be closed (`ensure_closed`). Raises DamagedDatabaseError when
    *source* fails its check, WorkspaceError when it cannot be copied; *db_file* is then
    untouched.
    """
    temp = db_file.with_name(db_file.name + TEMP_SUFFIX)
    try:
        with _errors_as(RestoreFailedError, source):
            _remove(temp)
            _checked_copy(source, temp)
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            # A WAL left beside the file would be replayed into the restored copy.
            for side in ("-wal", "-shm", "-journal"):
                _remove(db_file.with_name(db_file.name + side))
            temp.replace(db_file)
    finally:
        _remove(temp)


def move_aside(db_file: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged *db_file* (and its WAL) to `<name>.damaged-<stamp>`; never deletes."""
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    target = db_file.with_name(f"{db_file.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = db_file.with_name(f"{db_file.name}.damaged-{stamp}-{counter}")
    try:
        for side in ("-wal", "-shm"):
            extra = db_file.with_name(db_file.name + side)
            if extra.exists():
                extra.replace(target.with_name(target.name + side))
        db_file.replace(target)
    except OSError as exc:
        raise WorkspaceError("Cannot move the damaged file {file} aside: {reason}.",
                             file=str(db_file), reason=exc.strerror or str(exc)) from exc
    return target


def rotate(backup_dir: Path, *, daily: int, weekly: int, apart: int,
           recent: int = 3) -> list[Path]:
    """Delete the backups the policy no longer keeps; returns the deleted paths.

    Kept, of the automatic and manual backups: the *recent* newest ones whatever their
    day (a backup just taken never removes the one taken an hour before), the newest of
    each of the *daily* most recent days that have one, and the newest of each of the
    *weekly* most recent ISO weeks. Apart from those: the *apart* newest copies taken
    before a restore, and the *apart* newest taken before a schema upgrade.
    """
    backups = list_backups(backup_dir)  # newest first
    upgrades = [backup for backup in backups if backup.is_upgrade]
    restores = [backup for backup in backups if backup.kind == BEFORE_RESTORE]
    regular = [backup for backup in backups
               if not backup.is_upgrade and backup.kind != BEFORE_RESTORE]
    keep = {backup.path for backup in upgrades[:apart] + restores[:apart] + regular[:recent]}
    days: dict[dt.date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for backup in regular:
        days.setdefault(backup.taken_at.date(), backup.path)
        iso = backup.taken_at.isocalendar()
        weeks.setdefault((iso[0], iso[1]), backup.path)
    keep.update(list(days.values())[:daily])
    keep.update(list(weeks.values())[:weekly])
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                deleted.append(backup.path)
    return deleted
