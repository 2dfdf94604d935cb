"""The door to workspaces for the app and the interface, which never import the store:
recognising, opening and creating a workspace folder, cleaning up after a failed creation,
and the schema this installation brings.

Importing this module loads no SQLAlchemy (the store's workspace module is imported when a
function needs it): the desktop app imports it to paint its first frame, before the
database layer is loaded in a worker.

What opening may raise, all `CoopdeskError`s with a message for the user:

- `DamagedDatabaseError`: the database file fails SQLite's check (a backup can replace it,
  see `BackupService.restore`);
- `WorkspaceError`: the folder is missing, is not a workspace, is another file, was written
  by a newer coopdesk, or cannot be read or written.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.profile import ANONYMOUS, Profile
from coopdesk.store import workspace_lock
from coopdesk.store.backups import DamagedDatabaseError, is_workspace, write_problem
from coopdesk.store.workspace_lock import LOCK_NAME, WorkspaceLockedError

if TYPE_CHECKING:
    # The handle of an open workspace: its folder, name, info.id and upgrade_backup are
    # for reading; the services are built on it (`Services(workspace)`).
    from coopdesk.store.workspace import Workspace as Workspace

#: `is_workspace(folder)`: whether *folder* holds a workspace's database (nothing is read).
__all__ = ["LOCK_NAME", "DamagedDatabaseError", "WorkspaceLockedError", "create_workspace",
           "discard_failed_creation", "is_new_or_empty", "is_workspace", "migrations_folder",
           "open_workspace", "reporting_lock_waits", "schema_head",
           "write_problem"]


@contextlib.contextmanager
def reporting_lock_waits(report: Callable[[str, str], None]) -> Iterator[None]:
    """While the block runs, call *report* with who holds the workspace lock ("sync, pid
    1234 on laptop-marie", "" when its lock file does not say yet) and the workspace's
    folder whenever this process starts waiting for another coopdesk (the command line
    says so, in its language)."""
    handler = _ReportHandler(report)
    logger = logging.getLogger(workspace_lock.__name__)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


class _ReportHandler(logging.Handler):
    def __init__(self, report: Callable[[str, str], None]) -> None:
        super().__init__(logging.WARNING)
        self.report = report

    def emit(self, record: logging.LogRecord) -> None:
        folder = getattr(record, "lock_folder", None)
        if folder is not None:  # the waiting message (workspace_lock.WorkspaceLock.take)
            self.report(str(getattr(record, "lock_holder", "")), str(folder))


def is_new_or_empty(folder: Path) -> bool:
    """Whether a workspace can be created in *folder*: it does not exist, or is an empty
    folder."""
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def open_workspace(folder: Path, profile: Profile = ANONYMOUS) -> Workspace:
    """Open the workspace in *folder* as *profile*, upgrading an older schema after backing
    the file up (`Workspace.upgrade_backup`). Close it (or use it in a `with`) when done."""
    from coopdesk.store.workspace import Workspace

    return Workspace.open(folder, profile)


def create_workspace(folder: Path, name: str, profile: Profile = ANONYMOUS) -> Workspace:
    """Create a workspace called *name* (the folder's name when blank) in *folder*, a new
    or empty folder, and open it as *profile*."""
    from coopdesk.store.workspace import Workspace

    return Workspace.create(folder, name, profile)


def discard_failed_creation(folder: Path, *, keep_folder: bool) -> None:
    """Leave nothing half-made behind after creating a workspace in *folder* failed: remove
    the folder, or only what is in it with *keep_folder* (it existed, empty, before)."""
    if not keep_folder:
        shutil.rmtree(folder, ignore_errors=True)
        return
    with contextlib.suppress(OSError):
        for child in folder.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


def schema_head() -> str:
    """The newest schema revision this installation creates and upgrades to."""
    from coopdesk.store.migrator import HEAD_REVISION

    return HEAD_REVISION


def migrations_folder() -> Path:
    """Where this installation's migration scripts are (an installation check looks there)."""
    from coopdesk.store.migrator import MIGRATIONS_DIR

    return MIGRATIONS_DIR
