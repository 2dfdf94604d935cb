"""The desktop app: `run()` and the `Shell` that owns the open workspace and its window.

`run()` is called by `coopdesk` (see main.py). The `Shell` owns the open workspace and its
window; every question it asks goes through a dialog's `ask()` tests can replace.

Start-up shows the main window's frame (navigation, menus, a loading state in the page
area) before the database layer is even imported: the modules that need SQLAlchemy (the
store, the services, the pages) are imported in a worker thread (`Runner.call`) that opens
the workspace, and the frame then gets the workspace (`MainWindow.attach`). Later openings
show their progress in the current window's status bar.

The `Shell` keeps the state (workspace, windows, runner, the kept dashboard) and the
opening of workspaces; the rest lives in modules with one job each, plain functions taking
the shell that its methods call: `shell_choosing` (the profile at first start, the start
dialog, the File menu's questions), `shell_windows` (the loading frame, the kept-dashboard
preview, the window a workspace is shown in), `shell_joining` (joining a shared folder and
its passphrase), `shell_backups` (auto-backup, damaged-database recovery, restoring a
backup), `shell_preferences` (preferences, "forget the keys") and `shell_application`
(the QApplication itself).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from coopdesk.app import (
    shell_backups,
    shell_choosing,
    shell_joining,
    shell_preferences,
    shell_windows,
)
from coopdesk.app.context import AppContext
from coopdesk.app.dashboard_memory import DashboardMemory
from coopdesk.app.gui_runtime import StartupProbe as StartupProbe
from coopdesk.app.gui_runtime import _logging_to as _logging_to
from coopdesk.app.gui_runtime import _unexpected_errors_reported as _unexpected_errors_reported
from coopdesk.app.gui_runtime import qt_message_to_log as qt_message_to_log
from coopdesk.app.gui_runtime import resident_mb as resident_mb
from coopdesk.app.shell_application import application as _application
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.domain.text import slug
from coopdesk.services.settings import AppPaths
from coopdesk.services.workspaces import (  # loads no SQLAlchemy (the openers do)
    DamagedDatabaseError,
    create_workspace,
    is_workspace,
    open_workspace,
)
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.labels import error_text
from coopdesk.ui.runner import LOG_FILE_NAME, CancelledError, Runner, Task

if TYPE_CHECKING:
    from coopdesk.services.sharing.membership import TeamView
    from coopdesk.services.workspace_services import Services
    from coopdesk.services.workspaces import Workspace
    from coopdesk.ui.dialogs.start import StartChoice
    from coopdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_PROFILE = Profile(name="Invité·e", organisation="Démo")
DEMO_FOLDER = "demo"
LOG_FILE = LOG_FILE_NAME
#: `COOPDESK_SMOKE_STARTUP=1`: quit as soon as the main window's first page is painted,
#: printing how long that took (bench/bench_startup.py).
SMOKE_ENV = "COOPDESK_SMOKE_STARTUP"

translate = QCoreApplication.translate


def prepare(workspace: Workspace) -> tuple[Workspace, Services]:
    """The services of *workspace*, with the first page's module imported: run in the
    worker that opened the workspace, so the GUI thread only builds widgets."""
    import importlib

    from coopdesk.services.workspace_services import Services
    from coopdesk.ui.pages.registry import AREAS

    first = next((spec for spec in AREAS if spec.present()), None)
    if first is not None:
        importlib.import_module(first.module)
    return workspace, Services(workspace)


def folder_name_for(name: str) -> str:
    """A portable folder name for a workspace called *name* ("Collectif Été" → "collectif-ete")."""
    return slug(name) or "espace"


class Shell:
    """The open workspace and its window; opening, creating and switching workspaces."""

    def __init__(self, context: AppContext, *, interactive: bool = True) -> None:
        self.context = context
        # False for `--screenshots`: errors go to the log and stderr, nothing is asked.
        self.interactive = interactive
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        #: Opens workspaces off the GUI thread; shared with the windows (busy indicator).
        self.runner = Runner(log_file=context.paths.log_dir / LOG_FILE)
        #: The main window's frame, without a workspace yet, shown while one opens at
        #: start-up (or while a backup is put back); it becomes `window` once attached.
        self.loading: MainWindow | None = None
        self._opening = False
        #: The dashboard kept between runs, shown by the frame while a workspace opens.
        self.memory = DashboardMemory(context.paths.cache_dir)

    @property
    def profile(self) -> Profile:
        return self.context.profile or DEMO_PROFILE

    # -- choosing what to open (see shell_choosing) ------------------------------------
    def ensure_profile(self, demo: bool = False) -> bool:
        """Make sure this laptop has a profile; False when the user declined to give one."""
        return shell_choosing.ensure_profile(self, DEMO_PROFILE, demo)

    def start(self, workspace: Path | None = None, demo: bool = False) -> bool:
        """Open the first workspace; False when the user quit instead."""
        return shell_choosing.start(self, workspace, demo)

    def choose(self) -> bool:
        """Ask how to begin until a workspace opens; False when the user quits."""
        return shell_choosing.choose(self)

    def act(self, choice: StartChoice) -> bool:
        return shell_choosing.act(self, choice)

    def ask_new_workspace(self) -> None:
        shell_choosing.ask_new_workspace(self)

    def ask_folder(self) -> None:
        shell_choosing.ask_folder(self)

    # -- opening -----------------------------------------------------------------------
    def recent(self) -> list[Path]:
        return [Path(item) for item in self.context.settings.recent_workspaces]

    # The openers run in a worker thread: they import the store there too, so that the
    # window shows before SQLAlchemy is loaded.
    def open_folder(self, folder: Path) -> bool:
        if self.workspace is not None and self.workspace.folder == folder.expanduser().absolute():
            return True
        profile = self.profile

        def opener() -> Workspace:
            return open_workspace(folder, profile)

        return self.open_in_worker(opener, translate("Shell", "Opening {name}…").format(
            name=folder.name or str(folder)), folder)

    def create_workspace(self, name: str) -> bool:
        folder, profile = self.new_folder(name), self.profile

        def opener() -> Workspace:
            return create_workspace(folder, name, profile)

        return self.open_in_worker(opener, translate("Shell", "Creating {name}…").format(name=name))

    def open_demo(self) -> bool:
        folder = self.context.workspaces_dir / DEMO_FOLDER
        if self.workspace is not None and self.workspace.folder == folder.absolute():
            return True
        profile = self.profile

        def opener() -> Workspace:
            if is_workspace(folder):
                return open_workspace(folder, profile)
            from coopdesk.services.demo import create_demo_workspace

            return create_demo_workspace(folder, profile)

        return self.open_in_worker(
            opener, translate("Shell", "Opening the demo cooperation…"), folder)

    def join_shared(self, shared: Path) -> bool:
        """Join the workspace partners share in the folder *shared* (see shell_joining)."""
        return shell_joining.join_shared(self, shared)

    def team_passphrase(self, shared: Path, team: TeamView) -> tuple[bool, str | None]:
        """(go on, passphrase) to join *team*, asked when it is encrypted."""
        return shell_joining.team_passphrase(self, shared, team)

    def new_folder(self, name: str) -> Path:
        """A folder that does not exist yet under the workspaces folder, named after *name*."""
        base = self.context.workspaces_dir
        stem = folder_name_for(name)
        folder, number = base / stem, 1
        while folder.exists():
            number += 1
            folder = base / f"{stem}-{number}"
        return folder

    def open_in_worker(self, opener: Callable[[], Workspace], text: str,
                       folder: Path | None = None) -> bool:
        """Run *opener* in a worker (the window stays alive), then show its workspace (the
        one in *folder*, when known: its dashboard's copy kept from the last run shows
        meanwhile)."""
        if self._opening:  # a second request while one is under way: ignore it
            log.info("A workspace is already being opened; request ignored")
            return False
        self._opening = True
        if self.window is None and self.interactive:
            shell_windows.show_loading(self, text, folder)
        def open_and_prepare() -> tuple[Workspace, Services]:
            return prepare(opener())

        try:
            try:
                workspace, services = self.runner.call(open_and_prepare, text=text)
            except DamagedDatabaseError as damaged:
                if not self.recover(damaged):
                    raise
                workspace, services = self.runner.call(open_and_prepare, text=text)
        except CoopdeskError as error:  # mostly WorkspaceError: missing, damaged, too new
            shell_windows.close_loading(self)
            self.report(error)
            return False
        except CancelledError:  # the window closed meanwhile
            shell_windows.close_loading(self)
            return False
        except BaseException:
            shell_windows.close_loading(self)
            raise
        finally:
            self._opening = False
        self.show_workspace(workspace, services)
        return True

    def report(self, error: CoopdeskError) -> None:
        log.warning("Cannot open a workspace: %s", error.message)
        if self.interactive:
            title = translate("Shell", "Cannot open the workspace")
            Alert.warn(self.window, title, error_text(error))
        else:
            print(f"coopdesk: {error.message}", file=sys.stderr)

    def show_workspace(self, workspace: Workspace,
                       services: Services | None = None) -> MainWindow:
        """Show *workspace* in the frame shown while it opened, or else in a new window,
        then close the previous workspace."""
        previous_window, previous_workspace = self.window, self.workspace
        previous_services = previous_window.services if (
            previous_window is not None and previous_window.attached()) else None
        if services is None:
            services = prepare(workspace)[1]
        self.context.remember_workspace(workspace.folder)
        window = shell_windows.window_for(self, workspace, services)
        shell_windows.connect_requests(self, window)
        self.window, self.workspace = window, workspace
        self.runner.alert_parent = window
        window.show()
        if window.autosync is not None:  # shared: changes made here are shared from now on
            window.autosync.start()
        if upgrade := workspace.upgrade_backup:
            window.show_status(translate(
                "Shell", "The workspace was upgraded; a copy of the previous version is in "
                "{file}.").format(file=str(upgrade)))
        if previous_window is not None:
            previous_window.close()
            previous_window.deleteLater()
        if previous_workspace is not None:
            self.memory.close_remembering(previous_workspace, previous_services,
                                          self.profile)
        self.start_auto_backup(window)
        return window

    # -- backups and preferences (see shell_backups, shell_preferences) -----------------
    def start_auto_backup(self, window: MainWindow) -> Task:
        """Back up the open workspace in a worker when its newest backup is a day old."""
        return shell_backups.start_auto_backup(self.runner, window)

    def recover(self, error: DamagedDatabaseError) -> bool:
        """Offer to replace a damaged database by its newest good backup; True once done."""
        return shell_backups.recover(self, error)

    def restore_backup(self, backup_path: str) -> bool:
        """Close the workspace and its window, put the backup back, then open it again."""
        return shell_backups.restore_backup(self, backup_path)

    def edit_preferences(self) -> bool:
        """Édition ▸ Préférences: profile, language (next start), where workspaces live."""
        return shell_preferences.edit_preferences(self)

    def _forget_keys(self) -> Callable[[], None] | None:
        """"Forget the keys on this computer", when the open workspace's team is encrypted."""
        return shell_preferences.forget_keys(self)

    def close(self) -> None:
        shell_windows.close_loading(self)
        services = None
        if self.window is not None:
            services = self.window.services if self.window.attached() else None
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.runner.drain()  # no worker may still use the workspace
        if self.workspace is not None:
            self.memory.close_remembering(self.workspace, services, self.profile)
            self.workspace = None


# -- the application ---------------------------------------------------------------------
def run(args: argparse.Namespace, temp_base: Path | None) -> int:
    """Start the desktop app; the process exit code."""
    started = time.perf_counter()
    screenshots: Path | None = args.screenshots
    if screenshots is not None and not args.demo:
        print("coopdesk: error: --screenshots needs --demo", file=sys.stderr)
        return 2
    if screenshots is not None and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    paths = AppPaths.under(temp_base) if temp_base is not None else AppPaths.for_user()
    context = AppContext.load(paths, args.lang, ephemeral=temp_base is not None)
    with _logging_to(paths), _application(context) as app:
        shell = Shell(context, interactive=screenshots is None)
        try:
            if screenshots is not None:
                if not shell.start(demo=True):
                    return 1
                assert shell.window is not None
                from coopdesk.ui.screenshots import save_screenshots

                written = save_screenshots(shell.window, screenshots)
                print(f"coopdesk: {len(written)} screenshots in {screenshots}")
                return 0
            probe = StartupProbe(app, started) if os.environ.get(SMOKE_ENV) == "1" else None
            app.setQuitOnLastWindowClosed(False)  # closing a startup dialog must not quit
            if not shell.start(args.workspace, demo=args.demo):
                return 0
            app.setQuitOnLastWindowClosed(True)
            if probe is not None:
                probe.watch(shell.window)
            with _unexpected_errors_reported(paths):
                return app.exec()
        finally:
            # Closing the windows must not ask the application to quit once more: with no
            # event loop running, that request would end the next one at once (tests).
            app.setQuitOnLastWindowClosed(False)
            shell.close()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.removePostedEvents(app, QEvent.Type.Quit)
