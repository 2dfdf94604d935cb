"""The desktop app: QApplication, language, the local profile and choosing a workspace.

`run()` is called by `coopdesk` (see main.py). The `Shell` owns the open workspace and its
window; every question it asks goes through a dialog's `ask()` tests can replace.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.app.context import AppContext
from coopdesk.app.paths import app_icon_path, translations_dir
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.settings import AppPaths
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace, is_workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.about import DataLocations
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.dialogs.start import FolderDialog, NewWorkspaceDialog, StartChoice, StartDialog
from coopdesk.ui.dialogs.welcome import WelcomeDialog
from coopdesk.ui.i18n import install_translators, remove_translators
from coopdesk.ui.labels import error_text
from coopdesk.ui.main_window import MainWindow, apply_look
from coopdesk.ui.screenshots import save_screenshots

log = logging.getLogger(__name__)

DEMO_PROFILE = Profile(name="Invité·e", organisation="Démo")
DEMO_FOLDER = "demo"
LOG_FILE = "coopdesk.log"

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
    def recent(self) -> list[Path]:
        return [Path(item) for item in self.context.settings.recent_workspaces]

    def open_folder(self, folder: Path) -> bool:
        if self.workspace is not None and self.workspace.folder == folder.expanduser().absolute():
            return True
        return self._open(lambda: Workspace.open(folder, self.profile))

    def create_workspace(self, name: str) -> bool:
        return self._open(lambda: Workspace.create(self.new_folder(name), name, self.profile))

    def open_demo(self) -> bool:
        folder = self.context.workspaces_dir / DEMO_FOLDER
        if is_workspace(folder):
            return self.open_folder(folder)
        return self._open(lambda: create_demo_workspace(folder, self.profile))

    def new_folder(self, name: str) -> Path:
        """A folder that does not exist yet under the workspaces folder, named after *name*."""
        base = self.context.workspaces_dir
        stem = folder_name_for(name)
        folder, number = base / stem, 1
        while folder.exists():
            number += 1
            folder = base / f"{stem}-{number}"
        return folder

    def _open(self, opener: Callable[[], Workspace]) -> bool:
        try:
            workspace = opener()
        except CoopdeskError as error:  # mostly WorkspaceError: missing, damaged, too new
            self.report(error)
            return False
        self.show_workspace(workspace)
        return True

    def report(self, error: CoopdeskError) -> None:
        log.warning("Cannot open a workspace: %s", error.message)
        if self.interactive:
            title = translate("Shell", "Cannot open the workspace")
            Alert.warn(self.window, title, error_text(error))
        else:
            print(f"coopdesk: {error.message}", file=sys.stderr)

    def show_workspace(self, workspace: Workspace) -> MainWindow:
        """Show *workspace* in a new window, then close the previous workspace."""
        previous_window, previous_workspace = self.window, self.workspace
        self.context.remember_workspace(workspace.folder)
        paths = self.context.paths
        locations = DataLocations(workspace_folder=workspace.folder,
                                  settings_file=paths.settings_file,
                                  workspaces_dir=self.context.workspaces_dir,
                                  log_dir=paths.log_dir, ephemeral=self.context.ephemeral)
        window = MainWindow(Services(workspace), Bus(), profile=self.profile,
                            locations=locations, recent=self.recent())
        window.new_workspace_requested.connect(self.ask_new_workspace)
        window.open_workspace_requested.connect(self.ask_folder)
        window.open_recent_requested.connect(lambda folder: self.open_folder(Path(folder)))
        window.open_demo_requested.connect(self.open_demo)
        self.window, self.workspace = window, workspace
        window.show()
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
        name = NewWorkspaceDialog.ask(self.window)
        if name:
            self.create_workspace(name)

    def ask_folder(self) -> None:
        folder = FolderDialog.ask(translate("Shell", "Open a workspace folder"),
                                  start=self.context.workspaces_dir, parent=self.window)
        if folder is not None:
            self.open_folder(folder)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


# -- the application ---------------------------------------------------------------------
def run(args: argparse.Namespace, temp_base: Path | None) -> int:
    """Start the desktop app; the process exit code."""
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
                written = save_screenshots(shell.window, screenshots)
                print(f"coopdesk: {len(written)} screenshots in {screenshots}")
                return 0
            app.setQuitOnLastWindowClosed(False)  # closing a startup dialog must not quit
            if not shell.start(args.workspace, demo=args.demo):
                return 0
            app.setQuitOnLastWindowClosed(True)
            with _unexpected_errors_reported(paths):
                return app.exec()
        finally:
            shell.close()


@contextmanager
def _application(context: AppContext) -> Iterator[QApplication]:
    """The QApplication, translated and styled; what it changed is undone afterwards when it
    existed before (tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    saved = (app.style().name(), QPalette(app.palette()), QFont(app.font()), app.styleSheet(),
             QLocale(), app.windowIcon())
    app.setApplicationName("coopdesk")
    app.setApplicationDisplayName("coopdesk")
    app.setDesktopFileName("coopdesk")
    install_translators(app, context.language, translations_dir(),
                        context.paths.cache_dir / "translations")
    apply_look(app)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    try:
        yield app
    finally:
        if existing is not None:
            remove_translators(app)
            style, palette, font, sheet, locale, icon = saved
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
        text = translate("Shell", "Something went wrong. Your data is safe: every change is "
                         "saved as soon as it is made. Please send the log file {file} to the "
                         "people who maintain coopdesk.")
        Alert.warn(parent, translate("Shell", "Unexpected error"),
                   text.format(file=str(paths.log_dir / LOG_FILE)),
                   detail=f"{kind.__name__}: {error}")

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous
