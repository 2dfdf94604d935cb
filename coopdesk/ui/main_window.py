"""The main window: navigation between the pages, global search, undo, menus, status bar.

The window knows one open workspace. Choosing or creating another one is the
application's job: the File menu only emits the `*_requested` signals.

Pages are built on their first visit: the window starts with the first page only, and the
others stay placeholders in the stack until the navigation shows them (or someone asks for
them through `page()`, `pages` or `open_record`). Slow work (export, search) runs off the
GUI thread through the window's `Runner`, with a busy indicator in the status bar.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.changes import Changes
from coopdesk.services.export import ExportResult
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.about import AboutDialog, DataLocations
from coopdesk.ui.dialogs.export import (
    ExportDialog,
    ExportDone,
    FolderOpener,
    documents_folder,
    run_export,
)
from coopdesk.ui.dialogs.loading import WINDOW_SIZE
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.labels import error_text, kind_label
from coopdesk.ui.look import ACCENT, apply_look, scaled_font
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.registry import AREAS, page_class
from coopdesk.ui.runner import LOG_FILE_NAME, BusyIndicator, Runner, Task
from coopdesk.ui.search_popup import SearchBox

log = logging.getLogger(__name__)

DEFAULT_SIZE = WINDOW_SIZE
MAX_UNDO = 50
UNDO_OFFER_MS = 30_000
STATUS_MS = 8_000
NAV_WIDTH = 230
NAV_ROW_PADDING = 16

UndoFn = Callable[[], Changes]


def profile_text(profile: Profile | None) -> str:
    """"Marie Dupont — Asso du Pont", or just the name without an organisation."""
    if profile is None:
        return ""
    return f"{profile.name} — {profile.organisation}" if profile.organisation else profile.name


def navigation_title(cls: type[Page]) -> str | None:
    """A page's title without building the page, or None when that is not possible.

    `title()` only translates a literal with `self.tr()`, whose context is the class name,
    so it can run on a bare QObject of a class with the same name.
    """
    stand_in = type(cls.__name__, (QObject,), {})()
    try:
        title = cls.title(stand_in)
    except Exception:  # a title that needs the page's state: build the page
        log.debug("Page %s needs to be built for its title", cls.__name__, exc_info=True)
        return None
    return title if isinstance(title, str) else None


@dataclass
class _PageSlot:
    """One entry of the navigation: the page once built, a placeholder until then."""

    page_id: str
    cls: type[Page]
    page: Page | None
    holder: QWidget | None = None


class MainWindow(QMainWindow):
    new_workspace_requested = Signal()
    open_workspace_requested = Signal()
    open_recent_requested = Signal(str)
    open_demo_requested = Signal()
    preferences_requested = Signal()

    def __init__(self, services: Services, bus: Bus, *, profile: Profile | None,
                 locations: DataLocations, recent: Sequence[Path] = (),
                 pages: Sequence[Page] | None = None, runner: Runner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.locations = locations
        self.profile = profile
        self.runner = runner or Runner(self, log_file=locations.log_dir / LOG_FILE_NAME)
        self._undo: list[tuple[str, UndoFn]] = []
        self._export_start: Path | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{workspace} — coopdesk").format(
            workspace=services.workspace.name))
        self.resize(*DEFAULT_SIZE)
        if pages is not None:
            self._slots = [_PageSlot(page.page_id, type(page), page) for page in pages]
        else:
            self._slots = [_PageSlot(spec.page_id, cls, None) for spec in AREAS
                           if (cls := page_class(spec)) is not None]
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.set_recent(recent)
        bus.open_record.connect(self.open_record)
        bus.status.connect(self.show_status)
        bus.undoable.connect(self.push_undo)
        if self._slots:
            self.nav.setCurrentRow(0)

    # -- building ----------------------------------------------------------------------
    def _build_central(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        row_height = self.nav.fontMetrics().height() + NAV_ROW_PADDING
        for slot in self._slots:
            title = slot.page.title() if slot.page is not None else navigation_title(slot.cls)
            if title is None:
                title = self._build(slot).title()
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(NAV_WIDTH - 24, row_height))
            item.setData(Qt.ItemDataRole.UserRole, slot.page_id)
            self.nav.addItem(item)
            if slot.page is None:
                slot.holder = QWidget(self.stack)
                slot.holder.setObjectName(f"placeholder_{slot.page_id}")
                self.stack.addWidget(slot.holder)
            else:
                self.stack.addWidget(slot.page)
        self.nav.currentRowChanged.connect(self._on_nav_row)
        header = QLabel(html.escape(self.services.workspace.name), self)
        header.setObjectName("workspaceHeading")
        header.setWordWrap(True)
        header.setFont(scaled_font(header, 1.2, bold=True))
        caption = QLabel(self.tr("Cooperation workspace"), self)
        caption.setObjectName("workspaceCaption")
        caption.setFont(scaled_font(caption, 0.9))
        side = QWidget(self)
        side.setObjectName("sidebar")
        # Wide enough for the navigation's titles when the text is large.
        side.setFixedWidth(max(NAV_WIDTH, self.fontMetrics().horizontalAdvance("M") * 17))
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 14, 0, 8)
        side_layout.setSpacing(2)
        side_layout.addWidget(caption)
        side_layout.addWidget(header)
        side_layout.addSpacing(10)
        side_layout.addWidget(self.nav, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&New cooperation workspace…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_workspace_requested)
        self.open_action = QAction(self.tr("&Open a workspace…"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_workspace_requested)
        self.demo_action = QAction(self.tr("Open the &demo"), self)
        self.demo_action.triggered.connect(self.open_demo_requested)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setStatusTip(self.tr("Write every record to a JSON file or to CSV "
                                                "files for a spreadsheet"))
        self.export_action.triggered.connect(self.export_workspace)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.search_action = QAction(self.tr("&Search"), self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        self.search_action.triggered.connect(self.focus_search)
        self.filter_action = QAction(self.tr("&Filter this page"), self)
        self.filter_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.filter_action.triggered.connect(self.focus_page_filter)
        self.history_action = QAction(self.tr("&History of the selected record…"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.about_action = QAction(self.tr("&About coopdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        for number in range(1, min(len(self._slots), 9) + 1):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{number}"))
            jump.triggered.connect(lambda _=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(jump)
        self._update_undo_action()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("&Recent workspaces"), self)
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.filter_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.history_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)
        spacers = [QWidget(toolbar), QWidget(toolbar)]
        for spacer in spacers:
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        searcher = getattr(getattr(self.services, "search", None), "search", None)
        self.search_box = SearchBox(searcher, self, toolbar, runner=self.runner)
        self.search_box.setMinimumWidth(420)
        self.search_box.setMaximumWidth(520)
        self.search_box.record_chosen.connect(self.bus.open_record)
        toolbar.addWidget(spacers[0])
        toolbar.addWidget(self.search_box)
        toolbar.addWidget(spacers[1])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.undo_label = QLabel(self)
        self.undo_label.setObjectName("undoOffer")
        self.undo_label.setTextFormat(Qt.TextFormat.RichText)
        self.undo_label.linkActivated.connect(lambda _link: self.undo())
        self.undo_label.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_OFFER_MS)
        self._undo_timer.timeout.connect(self.undo_label.hide)
        self.workspace_label = QLabel(self.services.workspace.name, self)
        self.workspace_label.setObjectName("statusWorkspace")
        self.profile_label = QLabel(profile_text(self.profile), self)
        self.profile_label.setObjectName("statusProfile")
        self.busy_indicator = BusyIndicator(self.runner, self)
        status.addPermanentWidget(self.busy_indicator)
        status.addPermanentWidget(self.undo_label)
        status.addPermanentWidget(self.workspace_label)
        status.addPermanentWidget(self.profile_label)

    # -- pages -------------------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """Every page of the navigation, in order (building those not visited yet)."""
        return [self._ensure(slot) for slot in self._slots]

    def built_pages(self) -> list[Page]:
        """The pages built so far (visited, or asked for)."""
        return [slot.page for slot in self._slots if slot.page is not None]

    def page_ids(self) -> list[str]:
        return [slot.page_id for slot in self._slots]

    def page(self, page_id: str) -> Page | None:
        slot = next((slot for slot in self._slots if slot.page_id == page_id), None)
        return self._ensure(slot) if slot is not None else None

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def page_titles(self) -> list[str]:
        return [self.nav.item(row).text() for row in range(self.nav.count())]

    def show_page(self, page_id: str) -> bool:
        ids = self.page_ids()
        if page_id not in ids:
            return False
        self.nav.setCurrentRow(ids.index(page_id))
        return True

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self._slots):
            self.stack.setCurrentWidget(self._ensure(self._slots[row]))

    def _ensure(self, slot: _PageSlot) -> Page:
        return slot.page if slot.page is not None else self._build(slot)

    def _build(self, slot: _PageSlot) -> Page:
        """Build a page on its first visit, in place of its placeholder."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            page = slot.cls(self.services, self.bus)
        finally:
            QApplication.restoreOverrideCursor()
        if page.page_id != slot.page_id:
            log.warning("Page class %s says page_id %r, expected %r", slot.cls.__name__,
                        page.page_id, slot.page_id)
        slot.page = page
        if slot.holder is not None:
            index = self.stack.indexOf(slot.holder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(slot.holder)
            slot.holder.deleteLater()
            slot.holder = None
            self.nav.item(self._slots.index(slot)).setText(page.title())
        return page

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show the record on the first page that knows how to (built pages first)."""
        ordered = sorted(self._slots, key=lambda slot: slot.page is None)
        for slot in ordered:
            page = self._ensure(slot)
            if page.show_record(kind, record_id):
                self.show_page(page.page_id)
                return True
        self.show_status(self.tr("There is no page for this kind of record yet: {kind}.")
                         .format(kind=kind_label(kind)))
        return False

    # -- search ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_page_filter(self) -> None:
        page = self.current_page()
        if page is None or not page.focus_search():
            self.focus_search()

    # -- status and undo ---------------------------------------------------------------
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def push_undo(self, description: str, undo: UndoFn) -> None:
        self._undo.append((description, undo))
        del self._undo[:-MAX_UNDO]
        self.undo_label.setText(self.tr('{description} — <a href="undo">Undo</a>').format(
            description=html.escape(description)))
        self.undo_label.show()
        self._undo_timer.start()
        self._update_undo_action()

    def undo_descriptions(self) -> list[str]:
        """What Ctrl+Z would undo, most recent first."""
        return [description for description, _fn in reversed(self._undo)]

    def undo(self) -> bool:
        """Undo the latest undoable operation and publish what it changed."""
        self.undo_label.hide()
        if not self._undo:
            return False
        description, undo = self._undo.pop()
        self._update_undo_action()
        try:
            changes = undo()
        except CoopdeskError as error:
            Alert.warn(self, self.tr("Cannot undo"), error_text(error))
            return False
        self.bus.publish(changes)
        self.show_status(self.tr("Undone: {description}").format(description=description))
        return True

    def show_history(self) -> bool:
        """Open the history of the record selected in the current page (Ctrl+H)."""
        page = self.stack.currentWidget()
        record = page.current_record() if isinstance(page, Page) else None
        if record is None:
            self.statusBar().showMessage(
                self.tr("Select a record first to see its history."), 5000)
            return False
        from coopdesk.ui.dialogs.history import HistoryDialog

        # The dialog publishes what a restore changed on the bus itself.
        HistoryDialog.ask(self.services, record[0], record[1], self, bus=self.bus)
        return True

    def set_profile(self, profile: Profile | None) -> None:
        self.profile = profile
        self.profile_label.setText(profile_text(profile))

    def _update_undo_action(self) -> None:
        if self._undo:
            self.undo_action.setText(self.tr("&Undo: {description}").format(
                description=self._undo[-1][0]))
        else:
            self.undo_action.setText(self.tr("&Undo"))
        self.undo_action.setEnabled(bool(self._undo))

    # -- file menu ---------------------------------------------------------------------
    def set_recent(self, folders: Sequence[Path]) -> None:
        """Fill File ▸ Recent workspaces (the open one is left out)."""
        self.recent_menu.clear()
        current = self.services.workspace.folder
        shown = [folder for folder in folders if Path(folder) != current]
        for folder in shown:
            action = self.recent_menu.addAction(Path(folder).name or str(folder))
            action.setToolTip(str(folder))
            action.setStatusTip(str(folder))
            action.triggered.connect(
                lambda _=False, path=str(folder): self.open_recent_requested.emit(path))
        if not shown:
            empty = self.recent_menu.addAction(self.tr("No other recent workspace"))
            empty.setEnabled(False)

    def show_about(self) -> None:
        AboutDialog.present(self.locations, self)

    # -- export ------------------------------------------------------------------------
    def export_workspace(self) -> Task | None:
        """File ▸ Export…: ask what and where, then write it in a worker."""
        workspace = self.services.workspace
        request = ExportDialog.ask(workspace.name, self._export_start or documents_folder(),
                                   self)
        if request is None:
            return None
        self._export_start = request.path.parent
        return self.runner.run(
            lambda: run_export(workspace, request),
            text=self.tr("Exporting to {name}…").format(name=request.path.name),
            on_success=self._export_finished, error_title=self.tr("Cannot export"))

    def _export_finished(self, result: ExportResult) -> None:
        self.show_status(self.tr("Export written to {path}").format(path=str(result.path)))
        if ExportDone.ask(result, self):
            folder = result.path if result.path.is_dir() else result.path.parent
            if not FolderOpener.open(folder):
                self.show_status(self.tr("Cannot open the folder {folder}")
                                 .format(folder=str(folder)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search_box.close_popup()
        # Results that arrive after the window is gone are dropped; the workspace may be
        # closed once the workers have ended.
        self.runner.drain()
        super().closeEvent(event)


__all__ = ["ACCENT", "MainWindow", "apply_look", "profile_text"]
