"""The dashboard remembered between two runs: shown by the start-up frame while the
database layer loads, then replaced by the page's fresh reading.

The Shell asks `preview()` before a workspace opens, and closes workspaces through
`close_remembering()`, which reads the dashboard one last time — for today and, within a
short time budget, for the next days, so that tomorrow's first start has its copy too —,
closes the workspace and keeps the readings with the state of the closed file
(`coopdesk.services.dashboard_cache` says when a copy is exact). Importing this module
imports neither SQLAlchemy nor the store.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.profile import Profile
from coopdesk.services.dashboard_cache import DashboardCache, key_of

if TYPE_CHECKING:
    from coopdesk.services.dashboard_model import Dashboard
    from coopdesk.services.workspace_services import Services
    from coopdesk.services.workspaces import Workspace
    from coopdesk.ui.pages.dashboard.board import DashboardBoard

log = logging.getLogger(__name__)


#: Days after today whose dashboard is kept too (a volunteer back within a week).
DAYS_AHEAD = 6
#: How long closing may spend reading them (today's is always read).
BUDGET_S = 0.3


class DashboardMemory:
    def __init__(self, cache_dir: Path, today: Callable[[], dt.date] = dt.date.today,
                 budget_s: float = BUDGET_S) -> None:
        self.cache = DashboardCache(cache_dir / "dashboards")
        self.today = today
        self.budget_s = budget_s

    def has_copy(self, folder: Path) -> bool:
        """Whether a copy was kept for *folder* (maybe no longer exact: see `preview`)."""
        try:
            return self.cache.file_for(folder).is_file()
        except OSError:  # an unreadable cache folder: start without the copy
            return False

    def preview(self, folder: Path, profile: Profile) -> DashboardBoard | None:
        """A board showing the dashboard cached for the workspace in *folder*, when the
        copy is exact for its file as it is now, today and *profile*; else None."""
        key = key_of(folder, profile)
        if key is None or not self.has_copy(folder):
            return None
        cached = self.cache.load(key, self.today())
        if cached is None:
            return None
        from coopdesk.ui.pages.dashboard.board import DashboardBoard

        board = DashboardBoard()
        board.show_board(cached.board, profile.name, cached.workspace_name)
        return board

    def close_remembering(self, workspace: Workspace, services: Services | None,
                          profile: Profile) -> None:
        """Close *workspace*, keeping its dashboard for the next start when it can be read
        (no worker may use the workspace any more): today's, and the next days' while they
        take less than `budget_s` to read in all (so that tomorrow's first start has it).

        No copy is kept when the file changed while they were read (another window or a
        command-line sync wrote to it), or when another program still has it open after
        the close (its write-ahead log is still there): the copy could miss its changes.
        """
        folder = workspace.folder
        try:
            before = key_of(folder, profile)
            boards = self._read_boards(services) if services is not None else []
            unchanged = before is not None and key_of(folder, profile) == before
        finally:
            workspace.close()
        key = key_of(folder, profile)
        if (not boards or not unchanged or key is None or key.wal is not None
                or not self.cache.save(key, boards, workspace.name)):
            self.cache.forget(folder)
        self.cache.prune()

    def _read_boards(self, services: Services) -> list[Dashboard]:
        boards: list[Dashboard] = []
        # The database's clock: naive UTC.
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        started, day = time.perf_counter(), self.today()
        try:
            while len(boards) < DAYS_AHEAD + 1:
                ahead = dt.timedelta(days=len(boards))
                boards.append(services.dashboard.load(day + ahead, now=now + ahead))
                if time.perf_counter() - started > self.budget_s:
                    break
        except Exception:  # a cache: reading it must never keep the workspace from closing
            log.warning("Dashboard not read before closing; no copy kept", exc_info=True)
            return []
        return boards

    def forget(self, folder: Path) -> None:
        """No copy for *folder* (its database is about to be replaced)."""
        self.cache.forget(folder)
