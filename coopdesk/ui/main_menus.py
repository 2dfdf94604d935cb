"""The main window's menus and what the File menu does itself (recent workspaces, backups,
export, about); choosing or opening another workspace is asked of the application through
the window's `*_requested` signals. The base class of `MainWindow`, in its own module for
size: what it needs of the window it holds itself or is given (the handlers of the Edit
menu), so it never imports main_window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from coopdesk.domain.text import fold
from coopdesk.ui.runner import Runner, Task

if TYPE_CHECKING:
    from coopdesk.services.export import ExportResult
    from coopdesk.services.workspace_services import Services
    from coopdesk.ui.dialogs.about import DataLocations

#: How long a message stays in the status bar.
STATUS_MS = 8_000
#: Ctrl and these keys show the pages of the navigation, in order.
PAGE_KEYS = "1234567890"


def with_mnemonic(title: str, taken: set[str]) -> str:
    """*title* with a mnemonic (&) on its first letter not in *taken* (accents folded);
    the letter joins *taken*. No free letter: no mnemonic."""
    escaped = title.replace("&", "&&")
    for position, char in enumerate(escaped):
        letter = fold(char)
        if char.isalpha() and letter not in taken and char != "&":
            taken.add(letter)
            return escaped[:position] + "&" + escaped[position:]
    return escaped


def _tr(text: str) -> str:
    # The texts keep the context they had in `MainWindow` (and their translations).
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus(QMainWindow):
    """Menus, shortcuts and the File menu's own work, and the window's requests to the
    application; `MainWindow` builds on it."""

    new_workspace_requested = Signal()
    open_workspace_requested = Signal()
    open_recent_requested = Signal(str)
    open_demo_requested = Signal()
    preferences_requested = Signal()
    #: File ▸ Backups… ▸ Restore: the path of the backup to put back (the app closes the
    #: workspace, restores it, and opens it again).
    restore_requested = Signal(str)

    # Set by MainWindow's constructor (and attach(), for the workspace and its locations).
    _services: Services | None
    runner: Runner
    locations: DataLocations | None
    _recent: Sequence[Path]
    _export_start: Path | None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("The main window has no workspace yet (attach() it first)")
        return self._services

    def attached(self) -> bool:
        """Whether the window shows a workspace (False: its start-up frame only)."""
        return self._services is not None

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _build_actions(self, *, undo: Callable[[], object], search: Callable[[], None],
                       filter_page: Callable[[], None], history: Callable[[], object],
                       page_titles: Sequence[str], show_page: Callable[[int], None]) -> None:
        """The actions of the menus; the Edit menu's run *undo*, *search*, *filter_page*
        and *history*, and the Go menu's (Ctrl+1…9, Ctrl+0) show the pages of
        *page_titles* through *show_page*."""
        self.new_action = QAction(_tr("&New cooperation workspace…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_workspace_requested)
        self.open_action = QAction(_tr("&Open a workspace…"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_workspace_requested)
        self.demo_action = QAction(_tr("Open the &demo"), self)
        self.demo_action.triggered.connect(self.open_demo_requested)
        self.export_action = QAction(_tr("&Export…"), self)
        self.export_action.setStatusTip(_tr("Write every record to a JSON file or to CSV "
                                                "files for a spreadsheet"))
        self.export_action.triggered.connect(self.export_workspace)
        self.calendar_action = QAction(_tr("Export the &calendar (.ics)…"), self)
        self.calendar_action.setStatusTip(_tr("Write the meetings and the due actions to "
                                                  "a file that calendar apps import"))
        self.calendar_action.triggered.connect(self.export_calendar)
        self.backups_action = QAction(_tr("&Backups…"), self)
        self.backups_action.setStatusTip(_tr("Back up this workspace now, or put a "
                                                 "backup back"))
        self.backups_action.triggered.connect(self.show_backups)
        self.quit_action = QAction(_tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = QAction(_tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(undo)
        self.search_action = QAction(_tr("&Search"), self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        self.search_action.triggered.connect(search)
        self.filter_action = QAction(_tr("&Filter this page"), self)
        self.filter_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.filter_action.triggered.connect(filter_page)
        self.history_action = QAction(_tr("&History of the selected record…"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(history)
        self.preferences_action = QAction(_tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.about_action = QAction(_tr("&About coopdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = QAction(_tr("&Keyboard shortcuts…"), self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.page_actions: list[QAction] = []
        for row in range(len(page_titles)):
            jump = QAction(self)
            jump.setObjectName(f"go_{row}")
            if row < len(PAGE_KEYS):
                jump.setShortcut(QKeySequence(f"Ctrl+{PAGE_KEYS[row]}"))
            jump.triggered.connect(lambda _=False, row=row: show_page(row))
            self.addAction(jump)  # the keys work with the menu bar hidden too
            self.page_actions.append(jump)
        self.set_page_titles(page_titles)

    def set_page_titles(self, titles: Sequence[str]) -> None:
        """Name the Go menu's entries after the pages, each with its own mnemonic."""
        taken: set[str] = set()
        for action, title in zip(self.page_actions, titles, strict=True):
            action.setText(with_mnemonic(title, taken))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(_tr("&Recent workspaces"), self)
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.calendar_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(_tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.filter_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.history_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        self.go_menu = bar.addMenu(_tr("&Go"))
        self.go_menu.setObjectName("goMenu")
        self.go_menu.addActions(self.page_actions)
        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def window_states(self) -> list[tuple[str, Callable[[], object]]]:
        """The window's own dialogs, named after their menu, each with what opens it: the
        states the screenshots and the accessibility walk visit besides the pages'."""
        return [("help-shortcuts", self.show_shortcuts), ("help-about", self.show_about),
                ("file-backups", self.show_backups), ("file-export", self.export_workspace)]

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: every key of the menus and the pages, read from their
        actions."""
        from coopdesk.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog.present(self)

    # -- file menu ---------------------------------------------------------------------
    def set_recent(self, folders: Sequence[Path]) -> None:
        """Fill File ▸ Recent workspaces (the open one is left out)."""
        self._recent = folders
        self.recent_menu.clear()
        if not self.attached():  # filled by attach(): which one is open is not known yet
            return
        current = self.services.workspace.folder
        shown = [folder for folder in folders if Path(folder) != current]
        for folder in shown:
            action = self.recent_menu.addAction(Path(folder).name or str(folder))
            action.setToolTip(str(folder))
            action.setStatusTip(str(folder))
            action.triggered.connect(
                lambda _=False, path=str(folder): self.open_recent_requested.emit(path))
        if not shown:
            empty = self.recent_menu.addAction(_tr("No other recent workspace"))
            empty.setEnabled(False)

    def show_backups(self) -> None:
        """File ▸ Backups…: list, back up now, restore (asked of the application)."""
        from coopdesk.ui.dialogs.backups import BackupsDialog

        chosen: list[str] = []
        dialog = BackupsDialog(self.services.backups, self.runner, self)
        dialog.restore_requested.connect(chosen.append)
        dialog.exec()
        dialog.deleteLater()
        if chosen:  # once the dialog is closed: the restore replaces this window
            self.restore_requested.emit(chosen[0])

    def show_about(self) -> None:
        from coopdesk.ui.dialogs.about import AboutDialog

        if self.locations is not None:
            AboutDialog.present(self.locations, self)

    # -- export ------------------------------------------------------------------------
    def export_workspace(self) -> Task | None:
        """File ▸ Export…: ask what and where, then write it in a worker."""
        from coopdesk.services.output_files import protected_places
        from coopdesk.ui.dialogs.export import ExportDialog, documents_folder, run_export

        workspace = self.services.workspace
        request = ExportDialog.ask(workspace.name, self._export_start or documents_folder(),
                                   self, protected=protected_places(workspace))
        if request is None:
            return None
        self._export_start = request.path.parent
        return self.runner.run(
            lambda: run_export(workspace, request),
            text=_tr("Exporting to {name}…").format(name=request.path.name),
            on_success=self._export_finished, error_title=_tr("Cannot export"))

    def export_calendar(self) -> Path | None:
        """File ▸ Export the calendar (.ics)…: ask where, then write it."""
        from coopdesk.ui.document_exports import DocumentExports

        path = DocumentExports(self.services, self).export_calendar()
        if path is not None:
            self.show_status(_tr("Calendar written to {path}").format(path=str(path)))
        return path

    def _export_finished(self, result: ExportResult) -> None:
        from coopdesk.ui.dialogs.export import ExportDone, FolderOpener

        self.show_status(_tr("Export written to {path}").format(path=str(result.path)))
        if ExportDone.ask(result, self):
            folder = result.path if result.path.is_dir() else result.path.parent
            if not FolderOpener.open(folder):
                self.show_status(_tr("Cannot open the folder {folder}")
                                 .format(folder=str(folder)))
