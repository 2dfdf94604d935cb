"""The dashboard of a workspace as it was when the app last closed it, to show at start-up
while the database layer loads (about a second on a slow laptop).

The copy is only used when it is exact: it is kept with the state of the workspace file it
was read from (size and modification time of the database file and of its write-ahead log),
the local profile it was measured against and coopdesk's version; and since what is overdue
or due soon depends on the day, it holds one dashboard per day — the day the app closed and
the next few (read at closing, as the workspace then was). Any change since — another
program or a command-line sync wrote to the file, another profile, a day not kept — and it
is not shown. The window replaces it with a fresh read as soon as the database layer is
there.

Kept in the user's cache folder, one small JSON file per workspace; it holds what the
dashboard shows (titles, names), like the workspace file next to it. Imports neither Qt nor
SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk import __version__
from coopdesk.domain.profile import Profile
from coopdesk.store.backups import DB_NAME

if TYPE_CHECKING:  # imported when a copy is read or kept: the key costs nothing to import
    from coopdesk.services.dashboard_model import Dashboard

log = logging.getLogger(__name__)

#: Bumped when the cached JSON's shape changes in a way the version does not show.
FORMAT = 2
#: Larger files are not read (a cached dashboard is a few kilobytes).
MAX_BYTES = 2_000_000
#: Copies not written for this many days are removed (the next days' copies last a week).
KEEP_DAYS = 30


@dataclass(frozen=True)
class CacheKey:
    """What a cached dashboard depends on."""

    workspace: str
    #: (size, mtime_ns) of the database file and of its -wal file (None when absent).
    database: tuple[int, int]
    wal: tuple[int, int] | None
    profile: tuple[str, str]

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": __version__, "workspace": self.workspace,
                "database": list(self.database),
                "wal": list(self.wal) if self.wal is not None else None,
                "profile": list(self.profile)}


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def key_of(folder: Path, profile: Profile) -> CacheKey | None:
    """The key of the workspace in *folder* as its files are now (None: no database file)."""
    database_file = folder / DB_NAME
    database = _stat(database_file)
    if database is None:
        return None
    return CacheKey(workspace=str(folder.resolve()), database=database,
                    wal=_stat(database_file.with_name(DB_NAME + "-wal")),
                    profile=(profile.name, profile.organisation))


@dataclass(frozen=True)
class CachedDashboard:
    board: Dashboard
    #: The workspace's name when the copy was kept (shown under the greeting).
    workspace_name: str


class DashboardCache:
    """Cached dashboards under *folder* (the user's cache folder), one per workspace."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def file_for(self, workspace_folder: Path) -> Path:
        digest = hashlib.sha256(str(workspace_folder.resolve()).encode()).hexdigest()[:24]
        return self.folder / f"{digest}.json"

    def load(self, key: CacheKey, today: dt.date) -> CachedDashboard | None:
        """The dashboard of *today* cached under exactly *key*, or None (never raises)."""
        from coopdesk.services.dashboard_model import Dashboard
        from coopdesk.services.frozen_json import from_json

        path = self.file_for(Path(key.workspace))
        try:
            if path.stat().st_size > MAX_BYTES:
                return None
            saved = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(saved, dict) or saved.get("key") != key.as_json():
                return None
            boards = saved.get("dashboards")
            if not isinstance(boards, dict):
                raise ValueError("no dashboards")
            if today.isoformat() not in boards:
                return None
            board = from_json(Dashboard, boards[today.isoformat()])
            name = saved.get("workspace_name")
            if not isinstance(name, str):
                raise ValueError("no workspace name")
        except FileNotFoundError:
            return None
        except Exception as error:  # damaged in any way: the dashboard is read again
            log.info("Cached dashboard %s not used: %s", path, error)
            return None
        return CachedDashboard(board, name) if board.today == today else None

    def save(self, key: CacheKey, boards: Sequence[Dashboard], workspace_name: str) -> bool:
        """Keep *boards* (one per day) of the workspace called *workspace_name* for *key*
        (written aside, then renamed); False when it could not be."""
        from coopdesk.services.frozen_json import to_json

        path = self.file_for(Path(key.workspace))
        temporary = path.with_name(path.name + ".tmp")
        try:
            text = json.dumps({"key": key.as_json(), "workspace_name": workspace_name,
                               "dashboards": {board.today.isoformat(): to_json(board)
                                              for board in boards}}, ensure_ascii=False)
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(path)
        except (OSError, ValueError) as error:  # a cache: never worth an error message
            log.info("Dashboard not cached in %s: %s", path, error)
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            return False
        return True

    def prune(self, days: int = KEEP_DAYS) -> None:
        """Remove the copies not written for *days* days (workspaces deleted, moved or no
        longer opened: what their dashboards named does not linger here)."""
        limit = time.time() - days * 86_400
        try:
            for path in self.folder.glob("*.json"):
                if path.stat().st_mtime < limit:
                    path.unlink(missing_ok=True)
        except OSError as error:
            log.info("Old dashboards not removed: %s", error)

    def forget(self, workspace_folder: Path) -> None:
        """Remove the copy of *workspace_folder* (when it could not be refreshed)."""
        try:
            self.file_for(workspace_folder).unlink(missing_ok=True)
        except OSError as error:
            log.info("Cached dashboard not removed: %s", error)
