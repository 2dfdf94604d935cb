"""The desktop app: QApplication, language, the local profile and choosing a workspace.

`run()` is called by `coopdesk` (see main.py). The `Shell` owns the open workspace and its
window; every question it asks goes through a dialog's `ask()` tests can replace.

Start-up shows the main window's frame (navigation, menus, a loading state in the page
area) before the database layer is even imported: the modules that need SQLAlchemy (the
store, the services, the pages) are imported in a worker thread (`Runner.call`) that opens
the workspace, and the frame then gets the workspace (`MainWindow.attach`). Later openings
show their progress in the current window's status bar.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QTimer,
)
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.app.context import AppContext
from coopdesk.app.dashboard_memory import DashboardMemory
from coopdesk.app.gui_runtime import StartupProbe as StartupProbe
from coopdesk.app.gui_runtime import _logging_to as _logging_to
from coopdesk.app.gui_runtime import _unexpected_errors_reported as _unexpected_errors_reported
from coopdesk.app.gui_runtime import qt_message_to_log as qt_message_to_log
from coopdesk.app.gui_runtime import resident_mb as resident_mb
from coopdesk.app.paths import app_icon_path, translations_dir
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppPaths
from coopdesk.store.backups import DamagedDatabaseError  # stdlib only: no SQLAlchemy yet
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.i18n import install_translators, remove_translators
from coopdesk.ui.labels import error_text
from coopdesk.ui.look import apply_look, look_from_environment
from coopdesk.ui.runner import LOG_FILE_NAME, CancelledError, Runner, Task

if TYPE_CHECKING:
    from coopdesk.services.workspace_services import Services
    from coopdesk.store.workspace import Workspace
    from coopdesk.sync.share import TeamInfo
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
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or "espace"


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

    # -- startup -----------------------------------------------------------------------
    def ensure_profile(self, demo: bool = False) -> bool:
        """Make sure this laptop has a profile; False when the user declined to give one."""
        if self.context.profile is not None:
            return True
        if demo or not self.interactive:
            self.context.set_profile(DEMO_PROFILE)
            return True
        from coopdesk.ui.dialogs.welcome import WelcomeDialog

        profile = WelcomeDialog.ask()
        if profile is None:
            return False
        self.context.set_profile(profile)
        return True

    def start(self, workspace: Path | None = None, demo: bool = False) -> bool:
        """Open the first workspace; False when the user quit instead."""
        if not self.ensure_profile(demo):
            return False
        if demo:
            if self.open_demo():
                return True
        elif workspace is not None:
            if self.open_folder(workspace):
                return True
        else:
            last = self.context.settings.last_workspace
            if last is not None and self.open_folder(last):
                return True
        return self.choose()

    def choose(self) -> bool:
        """Ask how to begin until a workspace opens; False when the user quits."""
        from coopdesk.ui.dialogs.start import StartDialog

        while self.interactive:
            choice = StartDialog.ask(self.recent())
            if choice is None:
                return False
            if self.act(choice):
                return True
        return False

    def act(self, choice: StartChoice) -> bool:
        if choice.action == "create":
            return self.create_workspace(choice.name)
        if choice.action == "demo":
            return self.open_demo()
        if choice.action == "join":
            return choice.folder is not None and self.join_shared(choice.folder)
        return choice.folder is not None and self.open_folder(choice.folder)

    # -- opening -----------------------------------------------------------------------
    def edit_preferences(self) -> bool:
        """Édition ▸ Préférences: profile, language (next start), where workspaces live."""
        from coopdesk.ui.dialogs.settings import SettingsDialog

        chosen = SettingsDialog.ask(self.context.settings, self.window,
                                    default_workspaces_dir=self.context.paths.workspaces_dir,
                                    forget_keys=self._forget_keys())
        if chosen is None:
            return False
        self.context.update_settings(chosen)
        if chosen.profile is not None and self.workspace is not None:
            self.workspace.db.profile = chosen.profile  # who changes what, from now on
        if self.window is not None:
            self.window.set_profile(chosen.profile)
        return True

    def _forget_keys(self) -> Callable[[], None] | None:
        """"Forget the keys on this computer", offered when the open workspace's team is
        encrypted."""
        if self.workspace is None or self.window is None or not self.window.attached():
            return None
        from coopdesk.services.share_keys import ShareKeys
        from coopdesk.services.sync_service import SyncService
        from coopdesk.ui.dialogs.share_keys import forget_keys_of

        service = SyncService(self.workspace, self.window.services.team_secrets)
        try:
            encrypted = ShareKeys(service).status().encrypted
        except (CoopdeskError, OSError):
            return None  # not shared, or the shared folder is out of reach right now
        return forget_keys_of(service) if encrypted else None

    def recent(self) -> list[Path]:
        return [Path(item) for item in self.context.settings.recent_workspaces]

    # The openers run in a worker thread: they import the store there too, so that the
    # window shows before SQLAlchemy is loaded.
    def open_folder(self, folder: Path) -> bool:
        if self.workspace is not None and self.workspace.folder == folder.expanduser().absolute():
            return True
        profile = self.profile

        def opener() -> Workspace:
            from coopdesk.store.workspace import Workspace

            return Workspace.open(folder, profile)

        return self._open(opener, translate("Shell", "Opening {name}…").format(
            name=folder.name or str(folder)), folder)

    def create_workspace(self, name: str) -> bool:
        folder, profile = self.new_folder(name), self.profile

        def opener() -> Workspace:
            from coopdesk.store.workspace import Workspace

            return Workspace.create(folder, name, profile)

        return self._open(opener, translate("Shell", "Creating {name}…").format(name=name))

    def open_demo(self) -> bool:
        folder = self.context.workspaces_dir / DEMO_FOLDER
        if self.workspace is not None and self.workspace.folder == folder.absolute():
            return True
        profile = self.profile

        def opener() -> Workspace:
            from coopdesk.store.workspace import Workspace, is_workspace

            if is_workspace(folder):
                return Workspace.open(folder, profile)
            from coopdesk.services.demo import create_demo_workspace

            return create_demo_workspace(folder, profile)

        return self._open(opener, translate("Shell", "Opening the demo cooperation…"), folder)

    def join_shared(self, shared: Path) -> bool:
        """Join the workspace partners share in the folder *shared*: a new workspace here,
        filled from the shared folder in a worker while the loading window shows."""
        from coopdesk.ui.dialogs.start import read_team

        try:
            team = read_team(shared)
        except CoopdeskError as error:
            self.report(error)
            return False
        go_on, passphrase = self.team_passphrase(shared, team)
        if not go_on:
            return False
        name = team.name or shared.name
        folder, profile = self.new_folder(name), self.profile

        def opener() -> Workspace:
            from coopdesk.ui.dialogs.start import join_into

            return join_into(folder, name, profile, shared, passphrase)

        return self._open(opener, translate("Shell", "Joining {name}…").format(name=name))

    def team_passphrase(self, shared: Path, team: TeamInfo) -> tuple[bool, str | None]:
        """(go on, passphrase) to join *team*: an encrypted team asks for its passphrase,
        tried on the share's key files before anything is created (a wrong one keeps the
        dialog open with the reason; cancelling creates nothing)."""
        if not team.encrypted:
            return True, None
        from coopdesk.services.sync_crypto import keys_error
        from coopdesk.sync import keys
        from coopdesk.ui.dialogs.share_keys import PassphraseDialog

        opened: list[str] = []

        def unlock(passphrase: str) -> None:
            try:
                keys.unlock(shared, team.team_id, passphrase)
            except keys.KeyFileError as exc:
                raise keys_error(exc) from exc
            opened.append(passphrase)

        if not PassphraseDialog.ask(team.name, unlock, self.loading or self.window):
            return False, None
        return True, opened[-1]

    def new_folder(self, name: str) -> Path:
        """A folder that does not exist yet under the workspaces folder, named after *name*."""
        base = self.context.workspaces_dir
        stem = folder_name_for(name)
        folder, number = base / stem, 1
        while folder.exists():
            number += 1
            folder = base / f"{stem}-{number}"
        return folder

    def _open(self, opener: Callable[[], Workspace], text: str,
              folder: Path | None = None) -> bool:
        """Run *opener* in a worker (the window stays alive), then show its workspace (the
        one in *folder*, when known: its dashboard's copy kept from the last run shows
        meanwhile)."""
        if self._opening:  # a second request while one is under way: ignore it
            log.info("A workspace is already being opened; request ignored")
            return False
        self._opening = True
        if self.window is None and self.interactive:
            self._show_loading(text, folder)
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
            self._close_loading()
            self.report(error)
            return False
        except CancelledError:  # the window closed meanwhile
            self._close_loading()
            return False
        except BaseException:
            self._close_loading()
            raise
        finally:
            self._opening = False
        self.show_workspace(workspace, services)
        return True

    def _show_loading(self, text: str, folder: Path | None = None) -> None:
        """The main window's frame with *text* in its page area (no database layer yet),
        then, when the dashboard of the workspace in *folder* was kept at the last close
        and is still exact, that dashboard instead."""
        if self.loading is None:
            from coopdesk.ui.bus import Bus
            from coopdesk.ui.main_window import MainWindow

            kept = folder is not None and self.memory.has_copy(folder)
            self.loading = MainWindow(None, Bus(), profile=self.profile, locations=None,
                                      recent=self.recent(), runner=self.runner,
                                      loading_text="" if kept else text)
            self.loading.show()
            # Painted before the worker starts importing the database layer, which holds
            # the interpreter lock for most of a second.
            QApplication.processEvents()
            if kept and folder is not None:
                self._show_kept_dashboard(self.loading, folder, text)
        else:
            self.loading.set_loading_text(text)

    def _show_kept_dashboard(self, frame: MainWindow, folder: Path, text: str) -> None:
        """The dashboard kept for *folder* in *frame*'s page area, or else *text*."""
        preview = self.memory.preview(folder, self.profile)
        if preview is None:  # changed since, or unreadable: the plain loading state
            frame.set_loading_text(text)
            return
        frame.show_preview(preview, text)
        frame.setWindowTitle(translate("MainWindow", "{workspace} — coopdesk")
                             .format(workspace=preview.accessibleDescription()))
        QApplication.processEvents()

    def _close_loading(self) -> None:
        if self.loading is not None:
            self.loading.close()
            self.loading.deleteLater()
            self.loading = None

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
        from coopdesk.ui.bus import Bus
        from coopdesk.ui.dialogs.about import DataLocations
        from coopdesk.ui.main_window import MainWindow

        previous_window, previous_workspace = self.window, self.workspace
        previous_services = previous_window.services if (
            previous_window is not None and previous_window.attached()) else None
        if services is None:
            services = prepare(workspace)[1]
        self.context.remember_workspace(workspace.folder)
        paths = self.context.paths
        locations = DataLocations(workspace_folder=workspace.folder,
                                  settings_file=paths.settings_file,
                                  workspaces_dir=self.context.workspaces_dir,
                                  log_dir=paths.log_dir, ephemeral=self.context.ephemeral,
                                  backups_dir=services.backups.backup_dir)
        if self.loading is not None:  # the frame shown meanwhile gets the workspace
            window, self.loading = self.loading, None
            window.set_profile(self.profile)
            window.set_recent(self.recent())
            window.attach(services, locations)
        else:
            window = MainWindow(services, Bus(), profile=self.profile, locations=locations,
                                recent=self.recent(), runner=self.runner)
        window.new_workspace_requested.connect(self.ask_new_workspace)
        window.open_workspace_requested.connect(self.ask_folder)
        window.open_recent_requested.connect(lambda folder: self.open_folder(Path(folder)))
        window.open_demo_requested.connect(self.open_demo)
        window.preferences_requested.connect(self.edit_preferences)
        # Later, from the event loop: the window that asks is deleted by the restore.
        window.restore_requested.connect(
            lambda path: QTimer.singleShot(0, lambda: self.restore_backup(path)))
        self.window, self.workspace = window, workspace
        self.runner.alert_parent = window
        window.show()
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

    def ask_new_workspace(self) -> None:
        from coopdesk.ui.dialogs.start import NewWorkspaceDialog

        name = NewWorkspaceDialog.ask(self.window)
        if name:
            self.create_workspace(name)

    def ask_folder(self) -> None:
        from coopdesk.ui.dialogs.start import FolderDialog

        folder = FolderDialog.ask(translate("Shell", "Open a workspace folder"),
                                  start=self.context.workspaces_dir, parent=self.window)
        if folder is not None:
            self.open_folder(folder)

    # -- backups -----------------------------------------------------------------------
    def start_auto_backup(self, window: MainWindow) -> Task:
        """Back up the open workspace in a worker when its newest backup is a day old."""
        service = window.services.backups

        def done(backup: object) -> None:
            if backup is not None:
                log.info("Automatic backup: %s", getattr(backup, "path", backup))

        def failed(error: BaseException) -> None:
            log.warning("Automatic backup failed: %s", error)
            window.show_status(translate("Shell", "The automatic backup failed: {reason}")
                               .format(reason=str(error)))

        return self.runner.run(service.auto_backup, on_success=done, on_error=failed)

    def recover(self, error: DamagedDatabaseError) -> bool:
        """Offer to replace a damaged database by its newest good backup; True once done."""
        from coopdesk.services.backups import BackupService
        from coopdesk.ui.dialogs.backups import Confirm, when_text

        db_file = Path(str(error.params.get("file", "")))
        service = BackupService(db_file.parent)
        if not self.interactive:
            return False
        good = self.runner.call(service.newest_good,
                                text=translate("Shell", "Looking for a backup…"))
        if good is None:
            return False
        question = translate(
            "Shell", "The database of the workspace {folder} is damaged. Replace it with the "
            "backup of {date}? Changes made since then on this laptop will be missing; the "
            "damaged file is kept aside, not deleted.").format(
                folder=str(db_file.parent), date=when_text(good.taken_at))
        if not Confirm.ask(self.window or self.loading,
                           translate("Shell", "Damaged workspace"), question):
            return False
        result = self.runner.call(lambda: service.restore(good),
                                  text=translate("Shell", "Restoring the backup…"))
        log.warning("Damaged database replaced by %s; damaged file kept as %s",
                    result.restored.path, result.damaged_kept)
        return True

    def restore_backup(self, backup_path: str) -> bool:
        """Close the workspace and its window, put the backup back, then open it again.

        Nothing may keep the database open meanwhile: the window (and the sync timers of
        its pages) is deleted and every worker drained before the workspace closes.
        """
        if self.workspace is None:
            return False
        from coopdesk.services.backups import BackupService

        app = QApplication.instance()
        quit_on_close = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # the window closes before the new one
        folder = self.workspace.folder
        text = translate("Shell", "Restoring the backup…")
        self._show_loading(text)
        if self.window is not None:
            self.loading_geometry_from(self.window)
            self._drop_window(self.window)
            self.window = None
        self.runner.drain()  # no worker may still use the workspace
        self.workspace.close()
        self.workspace = None
        self.memory.forget(folder)
        service = BackupService(folder)
        restored = True
        try:
            self.runner.call(lambda: service.restore(backup_path), text=text)
        except CoopdeskError as error:
            restored = False
            Alert.warn(self.loading, translate("Shell", "Cannot restore the backup"),
                       error_text(error))
        opened = self.open_folder(folder) or self.choose()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(quit_on_close)
        if not opened:
            self._close_loading()
            QApplication.quit()
            return False
        if restored and self.window is not None:
            self.window.show_status(translate(
                "Shell", "Backup restored; the state before it was backed up as well."))
        return restored and self.workspace is not None and self.workspace.folder == folder

    def loading_geometry_from(self, window: QWidget) -> None:
        if self.loading is not None:
            self.loading.setGeometry(window.geometry())

    def _drop_window(self, window: MainWindow) -> None:
        """Close and delete *window* now, with the runners of its pages drained."""
        window.close()
        for runner in window.findChildren(Runner):
            runner.drain()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def close(self) -> None:
        self._close_loading()
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


@contextmanager
def _application(context: AppContext) -> Iterator[QApplication]:
    """The QApplication, translated and styled; what it changed is undone afterwards when it
    existed before (tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    saved = (app.style().name(), QPalette(app.palette()), QFont(app.font()), app.styleSheet(),
             QLocale(), app.windowIcon(), app.quitOnLastWindowClosed())
    app.setApplicationName("coopdesk")
    app.setApplicationDisplayName("coopdesk")
    app.setDesktopFileName("coopdesk")
    install_translators(app, context.language, translations_dir(),
                        context.paths.cache_dir / "translations")
    scheme, font_scale = look_from_environment()
    apply_look(app, scheme, font_scale)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    try:
        yield app
    finally:
        if existing is not None:
            remove_translators(app)
            style, palette, font, sheet, locale, icon, quit_on_close = saved
            app.setQuitOnLastWindowClosed(quit_on_close)
            app.setStyleSheet(sheet)
            app.setStyle(style)
            app.setPalette(palette)
            app.setFont(font)
            app.setWindowIcon(icon)
            QLocale.setDefault(locale)
