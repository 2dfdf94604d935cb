"""What the shell's helper modules (`shell_choosing`, `shell_windows`, `shell_backups`,
`shell_preferences`, `shell_joining`) need of the `Shell` in `coopdesk.app.gui`: its state
and its openers.

The helpers take any object with this shape rather than the `Shell` class itself, so they
never import `gui` back (gui imports them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from coopdesk.app.context import AppContext
    from coopdesk.app.dashboard_memory import DashboardMemory
    from coopdesk.domain.errors import CoopdeskError
    from coopdesk.domain.profile import Profile
    from coopdesk.services.sharing.membership import TeamView
    from coopdesk.services.workspaces import Workspace
    from coopdesk.ui.dialogs.start import StartChoice
    from coopdesk.ui.main_window import MainWindow
    from coopdesk.ui.runner import Runner


class ShellHost(Protocol):
    """The open workspace, its window and the frame shown while one opens; the openers
    (each True once a workspace shows) and the questions the menus lead to."""

    context: AppContext
    #: False for `--screenshots`: errors go to the log and stderr, nothing is asked.
    interactive: bool
    workspace: Workspace | None
    window: MainWindow | None
    #: The main window's frame shown while a workspace opens (None otherwise).
    loading: MainWindow | None
    runner: Runner
    memory: DashboardMemory

    @property
    def profile(self) -> Profile: ...

    def recent(self) -> list[Path]: ...

    def ensure_profile(self, demo: bool = False) -> bool: ...

    def choose(self) -> bool: ...

    def act(self, choice: StartChoice) -> bool: ...

    def ask_new_workspace(self) -> None: ...

    def ask_folder(self) -> None: ...

    def open_folder(self, folder: Path) -> bool: ...

    def create_workspace(self, name: str) -> bool: ...

    def open_demo(self) -> bool: ...

    def join_shared(self, shared: Path) -> bool: ...

    def restore_backup(self, backup_path: str) -> bool: ...

    def edit_preferences(self) -> bool: ...

    def report(self, error: CoopdeskError) -> None: ...

    def team_passphrase(self, shared: Path, team: TeamView) -> tuple[bool, str | None]: ...

    def new_folder(self, name: str) -> Path: ...

    def open_in_worker(self, opener: Callable[[], Workspace], text: str,
                       folder: Path | None = None) -> bool: ...
