"""Backups of one workspace: automatic at start-up, on demand, and putting one back.

The policy: a backup is taken at start-up when the newest one is older than a day; the 3
newest backups and the newest of each of the last 7 days and of each of the last 4 weeks
are kept, plus, apart, the 5 newest copies taken before a restore and before a schema
upgrade.

Restoring needs the workspace closed (the app closes it, restores, then opens it again). The
current state is backed up first; a damaged current file is moved aside instead (never
deleted), and the restored copy replaces it atomically.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coopdesk.domain.errors import WorkspaceError
from coopdesk.store import backups as files
from coopdesk.store import workspace_lock
from coopdesk.store.backups import BackupFile, DamagedDatabaseError
from coopdesk.store.workspace import BACKUP_DIR, DB_NAME

log = logging.getLogger(__name__)

DAILY_KEPT = 7
WEEKLY_KEPT = 4
APART_KEPT = 5
RECENT_KEPT = 3
AUTO_EVERY = dt.timedelta(days=1)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

__all__ = ["BackupFile", "BackupService", "DamagedDatabaseError", "RestoreResult",
           "backup_before_writing"]


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup put back, and where the previous state went."""

    restored: BackupFile
    #: The copy of the state before the restore (None when that state was damaged).
    previous: BackupFile | None
    #: Where a damaged database was moved aside (None when it was sound).
    damaged_kept: Path | None


class BackupService:
    """The backups of the workspace in *folder* (open or closed; see `restore`)."""

    def __init__(self, folder: Path,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self.folder = folder
        self.clock = clock

    @property
    def db_file(self) -> Path:
        return self.folder / DB_NAME

    @property
    def backup_dir(self) -> Path:
        return self.folder / BACKUP_DIR

    # -- looking -------------------------------------------------------------------------
    def backups(self) -> list[BackupFile]:
        """Every backup, newest first."""
        return files.list_backups(self.backup_dir)

    def latest(self) -> BackupFile | None:
        """The newest automatic or manual backup."""
        return next((backup for backup in self.backups()
                     if backup.kind in (files.AUTO, files.MANUAL)), None)

    def find(self, wanted: str) -> BackupFile:
        """A backup by its file name, or the newest of a day given as YYYY-MM-DD."""
        wanted = wanted.strip()
        backups = self.backups()
        by_name = [backup for backup in backups if backup.name == Path(wanted).name]
        if by_name:
            return by_name[0]
        if _DATE.match(wanted):
            try:
                day = dt.date.fromisoformat(wanted)
            except ValueError:
                day = None
            same_day = [backup for backup in backups if backup.taken_at.date() == day]
            if same_day:
                return same_day[0]
            raise WorkspaceError("There is no backup of {day} in {folder}.", day=wanted,
                                 folder=str(self.backup_dir))
        raise WorkspaceError("There is no backup named {name} in {folder}.", name=wanted,
                             folder=str(self.backup_dir))

    def newest_good(self) -> BackupFile | None:
        """The newest backup that passes SQLite's check."""
        for backup in self.backups():
            if files.check(backup.path) == "ok":
                return backup
            log.warning("Backup %s fails its check; skipped", backup.path)
        return None

    def health(self) -> str:
        """"ok", or what is wrong with the workspace's database."""
        return files.check(self.db_file)

    # -- taking --------------------------------------------------------------------------
    def back_up(self, kind: str = files.MANUAL) -> BackupFile:
        """Take a backup now, then delete those the policy no longer keeps."""
        backup = files.take(self.db_file, self.backup_dir, kind, self.clock())
        deleted = files.rotate(self.backup_dir, daily=DAILY_KEPT, weekly=WEEKLY_KEPT,
                               apart=APART_KEPT, recent=RECENT_KEPT)
        log.info("Backed up %s to %s (%d old backups removed)", self.db_file, backup.path,
                 len(deleted))
        return backup

    def auto_backup(self) -> BackupFile | None:
        """At start-up: a backup when the newest one is older than a day, else None."""
        latest = self.latest()
        if latest is not None and self.clock() - latest.taken_at < AUTO_EVERY:
            return None
        return self.back_up(files.AUTO)

    # -- putting back --------------------------------------------------------------------
    def restore(self, backup: BackupFile | str) -> RestoreResult:
        """Put *backup* (or the one `find` names) in place of the workspace's database.

        The workspace must be closed everywhere. The current state is backed up first
        (kept apart from the rotation); a damaged one is moved aside instead. Holds the
        workspace lock: a sync or another long write of another coopdesk is waited for.
        """
        with workspace_lock.hold(self.folder, "restore"):
            return self._restore(backup)

    def _restore(self, backup: BackupFile | str) -> RestoreResult:
        chosen = self.find(backup) if isinstance(backup, str) else backup
        verdict = files.check(chosen.path)
        if verdict != "ok":
            raise DamagedDatabaseError(file=str(chosen.path), reason=verdict)
        files.ensure_closed(self.db_file)
        previous: BackupFile | None = None
        damaged: Path | None = None
        if self.db_file.exists():
            if files.check(self.db_file) == "ok":
                previous = files.take(self.db_file, self.backup_dir, files.BEFORE_RESTORE,
                                      self.clock())
            else:
                damaged = files.move_aside(self.db_file, self.clock())
        files.replace_database(self.db_file, chosen.path)
        log.info("Restored %s from %s (previous state: %s, damaged file kept: %s)",
                 self.db_file, chosen.path, previous and previous.path, damaged)
        return RestoreResult(restored=chosen, previous=previous, damaged_kept=damaged)

    def recover(self) -> RestoreResult:
        """Replace a damaged database with the newest good backup (the damaged file is kept
        aside). Raises WorkspaceError when there is no good backup."""
        good = self.newest_good()
        if good is None:
            raise WorkspaceError("There is no sound backup of {folder} to restore.",
                                 folder=str(self.folder))
        return self.restore(good)


def backup_before_writing(folder: Path, *, always: bool = False,
                          clock: Callable[[], dt.datetime] = dt.datetime.now
                          ) -> BackupFile | None:
    """The one place a command that writes takes its backup, before it opens the workspace
    in *folder*: the daily automatic backup when the newest is older than a day (as the
    window does at start-up), or one now with *always* (before an import or a change of
    sharing). None when none was due, or when *folder* holds no workspace yet (a new one
    needs none). Raises WorkspaceError (DamagedDatabaseError for a damaged file) when the
    copy cannot be made: the command then writes nothing."""
    if not files.is_workspace(folder) or files.has_foreign_tables(folder / DB_NAME):
        return None  # nothing to keep yet, or another program's file (opening refuses it)
    service = BackupService(folder, clock)
    return service.back_up(files.AUTO) if always else service.auto_backup()
