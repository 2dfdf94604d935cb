"""The main window: navigation between the pages, global search, undo, menus, status bar.

The window knows one open workspace. Choosing or creating another one is the
application's job: the File menu only emits the `*_requested` signals.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QPalette
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
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.about import AboutDialog, DataLocations
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.labels import error_text, kind_label
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.registry import build_pages
from coopdesk.ui.search_popup import SearchBox

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)
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


class MainWindow(QMainWindow):
    new_workspace_requested = Signal()
    open_workspace_requested = Signal()
    open_recent_requested = Signal(str)
    open_demo_requested = Signal()

    def __init__(self, services: Services, bus: Bus, *, profile: Profile | None,
                 locations: DataLocations, recent: Sequence[Path] = (),
                 pages: Sequence[Page] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.locations = locations
        self.profile = profile
        self._undo: list[tuple[str, UndoFn]] = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{workspace} — coopdesk").format(
            workspace=services.workspace.name))
        self.resize(*DEFAULT_SIZE)
        self.pages: list[Page] = list(pages) if pages is not None else build_pages(services, bus)
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.set_recent(recent)
        bus.open_record.connect(self.open_record)
        bus.status.connect(self.show_status)
        bus.undoable.connect(self.push_undo)
        if self.pages:
            self.nav.setCurrentRow(0)

    # -- building ----------------------------------------------------------------------
    def _build_central(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        row_height = self.nav.fontMetrics().height() + NAV_ROW_PADDING
        for page in self.pages:
            item = QListWidgetItem(page.title())
            item.setSizeHint(QSize(NAV_WIDTH - 24, row_height))
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._on_nav_row)
        header = QLabel(html.escape(self.services.workspace.name), self)
        header.setObjectName("workspaceHeading")
        header.setWordWrap(True)
        caption = QLabel(self.tr("Cooperation workspace"), self)
        caption.setObjectName("workspaceCaption")
        side = QWidget(self)
        side.setObjectName("sidebar")
        side.setFixedWidth(NAV_WIDTH)
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
        self.about_action = QAction(self.tr("&About coopdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        for number in range(1, min(len(self.pages), 9) + 1):
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
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.filter_action)
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
        self.search_box = SearchBox(searcher, self, toolbar)
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
        status.addPermanentWidget(self.undo_label)
        status.addPermanentWidget(self.workspace_label)
        status.addPermanentWidget(self.profile_label)

    # -- pages -------------------------------------------------------------------------
    def page(self, page_id: str) -> Page | None:
        return next((page for page in self.pages if page.page_id == page_id), None)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def page_titles(self) -> list[str]:
        return [self.nav.item(row).text() for row in range(self.nav.count())]

    def show_page(self, page_id: str) -> bool:
        page = self.page(page_id)
        if page is None:
            return False
        self.nav.setCurrentRow(self.pages.index(page))
        return True

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show the record on the first page that knows how to."""
        for page in self.pages:
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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search_box.close_popup()
        super().closeEvent(event)


ACCENT = "#2a8c7e"
ACCENT_DARK = "#1b6359"
# Only named widgets of the shell are styled: pages keep the plain platform look.
STYLE_SHEET = f"""
QWidget#sidebar {{ background: #f2f5f4; border-right: 1px solid #d8dfdc; }}
QLabel#workspaceCaption {{ color: #5f6b69; padding: 0 18px; font-size: 9pt; }}
QLabel#workspaceHeading {{ color: #1d2b28; padding: 0 18px; font-size: 12pt;
                           font-weight: 600; }}
QListWidget#navigation {{ background: transparent; border: none; outline: none; }}
QListWidget#navigation::item {{ color: #22302d; padding-left: 12px; margin: 1px 10px;
                                border-radius: 6px; }}
QListWidget#navigation::item:hover:!selected {{ background: #e2eae7; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QToolBar#mainToolbar {{ border: none; border-bottom: 1px solid #d8dfdc; padding: 5px 10px;
                       spacing: 8px; }}
QLineEdit#globalSearch {{ padding: 4px 8px; border: 1px solid #c3ccc9; border-radius: 6px;
                          background: white; }}
QLineEdit#globalSearch:focus {{ border: 1px solid {ACCENT}; }}
QFrame#searchPopup {{ background: white; border: 1px solid #b9c4c1; border-radius: 4px; }}
QListWidget#searchHits {{ border: none; }}
QLabel#statusWorkspace {{ font-weight: 600; padding: 0 6px; }}
QLabel#statusProfile {{ color: #44524f; padding: 0 6px; }}
"""


def apply_look(app: QApplication) -> None:
    """Fusion, a readable font size, the accent colour and the shell's style sheet."""
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT_DARK))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
