"""The desktop app: QApplication, language, the local profile and choosing a workspace.

`run()` is called by `coopdesk` (see main.py). The `Shell` owns the open workspace and its
window; every question it asks goes through a dialog's `ask()` tests can replace.

Start-up shows a window before the database layer is even imported: the modules that need
SQLAlchemy (the store, the services, the main window and its pages) are imported when a
workspace opens, and a workspace opens in a worker thread (`Runner.call`) while a loading
window (or the current window's status bar) shows that something is happening.
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
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.app.context import AppContext
from coopdesk.app.paths import app_icon_path, translations_dir
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppPaths
from coopdesk.ui.dialogs.loading import LoadingWindow
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.i18n import install_translators, remove_translators
from coopdesk.ui.labels import error_text
from coopdesk.ui.look import apply_look, look_from_environment
from coopdesk.ui.runner import LOG_FILE_NAME, CancelledError, Runner, unexpected_error_text

if TYPE_CHECKING:
    from coopdesk.store.workspace import Workspace
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
        #: Shown at start-up while the first workspace opens.
        self.loading: LoadingWindow | None = None
        self._opening = False

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
        return choice.folder is not None and self.open_folder(choice.folder)

    # -- opening -----------------------------------------------------------------------
    def edit_preferences(self) -> bool:
        """Édition ▸ Préférences: profile, language (next start), where workspaces live."""
        from coopdesk.ui.dialogs.settings import SettingsDialog

        chosen = SettingsDialog.ask(self.context.settings, self.window,
                                    default_workspaces_dir=self.context.paths.workspaces_dir)
        if chosen is None:
            return False
        self.context.update_settings(chosen)
        if chosen.profile is not None and self.workspace is not None:
            self.workspace.db.profile = chosen.profile  # who changes what, from now on
        if self.window is not None:
            self.window.set_profile(chosen.profile)
        return True

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
            name=folder.name or str(folder)))

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

        return self._open(opener, translate("Shell", "Opening the demo cooperation…"))

    def new_folder(self, name: str) -> Path:
        """A folder that does not exist yet under the workspaces folder, named after *name*."""
        base = self.context.workspaces_dir
        stem = folder_name_for(name)
        folder, number = base / stem, 1
        while folder.exists():
            number += 1
            folder = base / f"{stem}-{number}"
        return folder

    def _open(self, opener: Callable[[], Workspace], text: str) -> bool:
        """Run *opener* in a worker (the window stays alive), then show its workspace."""
        if self._opening:  # a second request while one is under way: ignore it
            log.info("A workspace is already being opened; request ignored")
            return False
        self._opening = True
        if self.window is None and self.interactive:
            self._show_loading(text)
        try:
            workspace = self.runner.call(opener, text=text)
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
        self.show_workspace(workspace)
        return True

    def _show_loading(self, text: str) -> None:
        if self.loading is None:
            self.loading = LoadingWindow(text)
            self.loading.show()
        else:
            self.loading.set_text(text)

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

    def show_workspace(self, workspace: Workspace) -> MainWindow:
        """Show *workspace* in a new window, then close the previous workspace."""
        from coopdesk.services.workspace_services import Services
        from coopdesk.ui.bus import Bus
        from coopdesk.ui.dialogs.about import DataLocations
        from coopdesk.ui.main_window import MainWindow

        previous_window, previous_workspace = self.window, self.workspace
        self.context.remember_workspace(workspace.folder)
        paths = self.context.paths
        locations = DataLocations(workspace_folder=workspace.folder,
                                  settings_file=paths.settings_file,
                                  workspaces_dir=self.context.workspaces_dir,
                                  log_dir=paths.log_dir, ephemeral=self.context.ephemeral)
        window = MainWindow(Services(workspace), Bus(), profile=self.profile,
                            locations=locations, recent=self.recent(), runner=self.runner)
        window.new_workspace_requested.connect(self.ask_new_workspace)
        window.open_workspace_requested.connect(self.ask_folder)
        window.open_recent_requested.connect(lambda folder: self.open_folder(Path(folder)))
        window.open_demo_requested.connect(self.open_demo)
        window.preferences_requested.connect(self.edit_preferences)
        self.window, self.workspace = window, workspace
        self.runner.alert_parent = window
        if self.loading is not None:  # take the loading window's place
            window.setGeometry(self.loading.geometry())
        window.show()
        self._close_loading()
        if upgrade := workspace.upgrade_backup:
            window.show_status(translate(
                "Shell", "The workspace was upgraded; a copy of the previous version is in "
                "{file}.").format(file=str(upgrade)))
        if previous_window is not None:
            previous_window.close()
            previous_window.deleteLater()
        if previous_workspace is not None:
            previous_workspace.close()
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

    def close(self) -> None:
        self._close_loading()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.runner.drain()  # no worker may still use the workspace
        if self.workspace is not None:
            self.workspace.close()
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


@contextmanager
def _logging_to(paths: AppPaths) -> Iterator[Path | None]:
    """coopdesk's log records go to a rotating file in the log folder."""
    logger = logging.getLogger("coopdesk")
    previous_level = logger.level
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler | None = RotatingFileHandler(
            paths.log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        print(f"coopdesk: cannot write the log file: {exc}", file=sys.stderr)
        handler = None
    if handler is not None:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        yield paths.log_dir / LOG_FILE if handler is not None else None
    finally:
        if handler is not None:
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(previous_level)


@contextmanager
def _unexpected_errors_reported(paths: AppPaths) -> Iterator[None]:
    """A bug in a slot is logged and shown with the log file's path instead of vanishing."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, trace))
        parent = QApplication.activeWindow()
        if isinstance(error, CoopdeskError):
            Alert.warn(parent, translate("Shell", "coopdesk"), error_text(error))
            return
        Alert.warn(parent, translate("Shell", "Unexpected error"),
                   unexpected_error_text(paths.log_dir / LOG_FILE),
                   detail=f"{kind.__name__}: {error}")

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


class StartupProbe(QObject):
    """`COOPDESK_SMOKE_STARTUP=1`: report the first paints of start-up, then quit.

    Prints one line, `coopdesk: smoke-startup first_window_ms=… interactive_ms=… rss_mb=…`:
    the first paint of any window (the loading window, or the main window when opening is
    quick), and the first paint of the main window's first page, both counted from `run()`.
    """

    def __init__(self, app: QApplication, started: float) -> None:
        super().__init__(app)
        self.app = app
        self.started = started
        self.first_window_ms: float | None = None
        self.window: MainWindow | None = None
        self.reported = False
        app.installEventFilter(self)

    def watch(self, window: MainWindow | None) -> None:
        """Quit once *window*'s current page has been painted."""
        self.window = window
        if window is None:
            self.app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        elapsed = (time.perf_counter() - self.started) * 1000
        if self.first_window_ms is None:
            self.first_window_ms = elapsed
        page = self.window.current_page() if self.window is not None else None
        if (page is not None and not self.reported
                and (watched is page or page.isAncestorOf(watched))):
            self.reported = True
            # After this paint event is delivered: the page is on screen.
            QTimer.singleShot(0, lambda: self._report(elapsed))
        return False

    def _report(self, interactive_ms: float) -> None:
        self.app.removeEventFilter(self)
        # quit() closes the windows; the last one closing must not post a second quit.
        self.app.setQuitOnLastWindowClosed(False)
        print(f"coopdesk: smoke-startup first_window_ms={self.first_window_ms:.1f} "
              f"interactive_ms={interactive_ms:.1f} rss_mb={resident_mb():.1f}", flush=True)
        self.app.quit()


def resident_mb() -> float:
    """This process's resident memory in MB (0 where /proc is not available)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0
