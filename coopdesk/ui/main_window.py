"""The main window: navigation between the pages, global search, undo, menus, status bar.

The window knows one open workspace. Choosing or creating another one is the
application's job: the File menu only emits the `*_requested` signals.

At start-up the window is on screen before the database layer is even imported: built
without services (`MainWindow(None, ...)`), it shows its frame (navigation titles from the
page registry, menus, a loading state in the page area) while the workspace opens in a
worker, and `attach()` then gives it the workspace and builds the first page. This module
imports nothing of SQLAlchemy, the store or the services at import time.

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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.changes import Changes
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.loading import WINDOW_SIZE, LoadingWindow
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.labels import error_text, kind_label
from coopdesk.ui.look import ACCENT, apply_look, scaled_font
from coopdesk.ui.main_menus import PAGE_KEYS, WindowMenus
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.registry import AREAS, PageSpec, page_class
from coopdesk.ui.runner import LOG_FILE_NAME, BusyIndicator, Runner

if TYPE_CHECKING:
    from coopdesk.services.workspace_services import Services
    from coopdesk.ui.autosync import AutoSync
    from coopdesk.ui.dialogs.about import DataLocations
    from coopdesk.ui.pages.dashboard.board import DashboardBoard
    from coopdesk.ui.search_popup import SearchBox, Searcher

log = logging.getLogger(__name__)

DEFAULT_SIZE = WINDOW_SIZE
MAX_UNDO = 50
UNDO_OFFER_MS = 30_000
NAV_WIDTH = 230
NAV_ROW_PADDING = 16

UndoFn = Callable[[], Changes]


def profile_text(profile: Profile | None) -> str:
    """"Marie Dupont — Asso du Pont", or just the name without an organisation."""
    if profile is None:
        return ""
    return f"{profile.name} — {profile.organisation}" if profile.organisation else profile.name


def focus_first(container: QWidget) -> bool:
    """Give the focus to the first widget inside *container* that Tab would stop at."""
    widget = container
    for _ in range(2_000):  # the focus chain is a ring through the whole window
        widget = widget.nextInFocusChain()
        if widget is container:
            return False
        if (container.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
    return False


@dataclass
class _PageSlot:
    """One entry of the navigation: the page once built, a placeholder until then."""

    page_id: str
    title: str
    page: Page | None
    #: Where the page class comes from when it is not built yet.
    spec: PageSpec | None = None
    holder: QWidget | None = None


class MainWindow(WindowMenus):
    def __init__(self, services: Services | None, bus: Bus, *, profile: Profile | None,
                 locations: DataLocations | None, recent: Sequence[Path] = (),
                 pages: Sequence[Page] | None = None, runner: Runner | None = None,
                 parent: QWidget | None = None, loading_text: str = "") -> None:
        """The window of *services*' workspace; with *services* None, its frame only, with
        *loading_text* in the page area, until `attach()` gives it the workspace."""
        super().__init__(parent)
        self._services: Services | None = None
        self.bus = bus
        self.locations = locations
        self.profile = profile
        log_dir = locations.log_dir if locations is not None else None
        self.runner = runner or Runner(self, log_file=log_dir / LOG_FILE_NAME
                                       if log_dir is not None else None)
        self._undo: list[tuple[str, UndoFn]] = []
        self._export_start: Path | None = None
        self._recent: Sequence[Path] = recent
        self.setObjectName("mainWindow")
        self.setWindowTitle("coopdesk")
        self.resize(*DEFAULT_SIZE)
        if pages is not None:
            self._slots = [_PageSlot(page.page_id, page.title(), page) for page in pages]
        else:
            self._slots = [_PageSlot(spec.page_id, spec.title(), None, spec)
                           for spec in AREAS if spec.present()]
        #: The page area's loading state while the workspace opens (frame only).
        self.loading_view: LoadingWindow | None = None
        #: What the frame shows instead while the workspace opens (`show_preview`).
        self.preview: QWidget | None = None
        self._pending_open: tuple[str, str] | None = None
        #: The workspace's automatic sync, which the shell starts with the workspace
        #: (`use_autosync`); the Synchronisation page shows it, whether built or not.
        self.autosync: AutoSync | None = None
        self._build_central()
        self._build_actions(undo=self.undo, search=self.focus_search,
                            filter_page=self.focus_page_filter, history=self.show_history,
                            page_titles=[slot.title for slot in self._slots],
                            show_page=self.go_to_row)
        self._update_undo_action()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        bus.open_record.connect(self.open_record)
        bus.status.connect(self.show_status)
        bus.undoable.connect(self.push_undo)
        if services is not None:
            self.attach(services, locations)
        else:
            self._show_loading_view(loading_text)

    def attach(self, services: Services, locations: DataLocations | None = None) -> None:
        """Give the frame its workspace: names, search, actions, then the first page."""
        if self._services is not None:
            raise RuntimeError("The main window already shows a workspace")
        self._services = services
        if locations is not None:
            self.locations = locations
            if self.runner.log_file is None:
                self.runner.log_file = locations.log_dir / LOG_FILE_NAME
        self.show_workspace_name(services.workspace.name)
        self._build_search_box(getattr(getattr(services, "search", None), "search", None))
        self.set_recent(self._recent)
        self._set_workspace_actions(True)
        for slot in self._slots:  # an area without a title in the registry: ask its page
            if not slot.title:
                slot.title = self._build(slot).title()
                self.nav.item(self._slots.index(slot)).setText(slot.title)
                self.set_page_titles([slot.title for slot in self._slots])
        if self.loading_view is not None:
            self.stack.removeWidget(self.loading_view)
            self.loading_view.deleteLater()
            self.loading_view = None
        preview, self.preview = self.preview, None
        if self._slots:
            # The page chosen in the navigation while the preview showed, else the first.
            row = max(0, self.nav.currentRow()) if preview is not None else 0
            if preview is not None and row == 0:
                self._ensure(self._slots[0]).adopt_preview(preview)
            if self.nav.currentRow() == row:
                self._on_nav_row(row)
            else:
                self.nav.setCurrentRow(row)
        if preview is not None:
            self.stack.removeWidget(preview)
            preview.deleteLater()
            self.statusBar().clearMessage()
        if self._pending_open is not None:
            kind, record_id = self._pending_open
            self._pending_open = None
            self.open_record(kind, record_id)

    def use_autosync(self, autosync: AutoSync) -> None:
        """Own *autosync* (the shell made it for this window's workspace): pages that show
        it get it when built, and it stops when the window closes."""
        autosync.setParent(self)
        self.autosync = autosync

    def set_loading_text(self, text: str) -> None:
        """What the frame's page area says while the workspace opens."""
        if self.loading_view is not None:
            self.loading_view.set_text(text)
        elif self.preview is not None:
            self.statusBar().showMessage(text)

    def loading_text(self) -> str:
        if self.loading_view is not None:
            return self.loading_view.label.text()
        return self.statusBar().currentMessage() if self.preview is not None else ""

    def show_workspace_name(self, name: str) -> None:
        """*name* in the title bar, the sidebar's heading and the status bar."""
        self.setWindowTitle(self.tr("{workspace} — coopdesk").format(workspace=name))
        self.workspace_header.setText(html.escape(name))
        self.workspace_label.setText(name)

    def show_preview(self, preview: DashboardBoard, text: str) -> None:
        """Show *preview* (the dashboard's kept board) in the frame's page area instead of
        the loading state, with its workspace's name, *text* (what is being opened) going
        to the status bar. Its lines' requests to open a record wait for `attach()`; the
        navigation is usable meanwhile (the chosen page opens then)."""
        if self.attached() or self.loading_view is None:
            raise RuntimeError("A preview only replaces the start-up frame's loading state")
        self.stack.removeWidget(self.loading_view)
        self.loading_view.deleteLater()
        self.loading_view = None
        self.preview = preview
        self.stack.addWidget(preview)
        self.stack.setCurrentWidget(preview)
        preview.open_requested.connect(self._open_when_attached)
        self.show_workspace_name(preview.workspace_name)
        self.nav.setEnabled(True)
        self.statusBar().showMessage(text)

    def _open_when_attached(self, kind: str, record_id: str) -> None:
        if self.attached():
            self.open_record(kind, record_id)
        else:  # the last request wins; it is carried out by attach()
            self._pending_open = (kind, record_id)
            self.statusBar().showMessage(self.tr("Opening the workspace… the record opens "
                                                 "as soon as it is ready."))

    def _show_loading_view(self, text: str) -> None:
        self.loading_view = LoadingWindow(text, self.stack)
        self.loading_view.setWindowTitle("")
        self.stack.addWidget(self.loading_view)
        self.stack.setCurrentWidget(self.loading_view)
        self.nav.blockSignals(True)  # the first row is current, its page not built yet
        if self._slots:
            self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self._set_workspace_actions(False)

    def _set_workspace_actions(self, enabled: bool) -> None:
        for action in (self.export_action, self.calendar_action, self.backups_action,
                       self.undo_action, self.search_action, self.filter_action,
                       self.history_action, self.about_action):
            action.setEnabled(enabled)
        self.nav.setEnabled(enabled)
        if enabled:
            self._update_undo_action()

    # -- building ----------------------------------------------------------------------
    def _build_central(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        row_height = self.nav.fontMetrics().height() + NAV_ROW_PADDING
        for row, slot in enumerate(self._slots):
            item = QListWidgetItem(slot.title)
            if row < len(PAGE_KEYS):  # the Go menu's key, also told by screen readers
                keys = QKeySequence(f"Ctrl+{PAGE_KEYS[row]}").toString(
                    QKeySequence.SequenceFormat.NativeText)
                item.setToolTip(keys)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, keys)
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
        header = QLabel(self)
        self.workspace_header = header
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

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)
        spacers = [QWidget(toolbar), QWidget(toolbar)]
        for spacer in spacers:
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Until the workspace is there: a disabled field in the search box's place (the
        # search box itself is made by attach(), after the window's first paint).
        self._search_stand_in = QLineEdit(toolbar)
        self._search_stand_in.setObjectName("searchStandIn")
        self._search_stand_in.setPlaceholderText(QCoreApplication.translate(
            "SearchBox", "Search the workspace (Ctrl+K)"))
        self._search_stand_in.setEnabled(False)
        self._search_stand_in.setMinimumWidth(420)
        self._search_stand_in.setMaximumWidth(520)
        toolbar.addWidget(spacers[0])
        self._search_action = toolbar.addWidget(self._search_stand_in)
        toolbar.addWidget(spacers[1])
        self.toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_search_box(self, searcher: Searcher | None) -> None:
        """The global search box, in the place of the frame's stand-in."""
        from coopdesk.ui.search_popup import SearchBox

        self.search_box: SearchBox = SearchBox(searcher, self, self.toolbar, runner=self.runner)
        self.search_box.setMinimumWidth(420)
        self.search_box.setMaximumWidth(520)
        self.search_box.record_chosen.connect(self.bus.open_record)
        self.toolbar.insertWidget(self._search_action, self.search_box)
        self.toolbar.removeAction(self._search_action)
        self._search_stand_in.deleteLater()

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
        self.workspace_label = QLabel(self)
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

    def go_to_row(self, row: int) -> None:
        """The Go menu (Ctrl+1…): show the page of *row* and put the focus in it, on its
        first field, so that the page's own keys (Ctrl+N…) apply at once."""
        self.nav.setCurrentRow(row)
        page = self.current_page()
        if page is not None and self._slots[row].page is page:
            focus_first(page)

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self._slots) and self.attached():
            self.stack.setCurrentWidget(self._ensure(self._slots[row]))

    def _ensure(self, slot: _PageSlot) -> Page:
        return slot.page if slot.page is not None else self._build(slot)

    def _build(self, slot: _PageSlot) -> Page:
        """Build a page on its first visit, in place of its placeholder."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            cls = page_class(slot.spec) if slot.spec is not None else None
            if cls is None:
                raise RuntimeError(f"No page class for {slot.page_id!r}")
            if cls.uses_autosync and self.autosync is not None:
                make: Callable[..., Page] = cls  # such a page takes the window's autosync
                page = make(self.services, self.bus, autosync=self.autosync)
            else:
                page = cls(self.services, self.bus)
        finally:
            QApplication.restoreOverrideCursor()
        if page.page_id != slot.page_id:
            log.warning("Page class %s says page_id %r, expected %r", cls.__name__,
                        page.page_id, slot.page_id)
        slot.page = page
        if slot.holder is not None:
            index = self.stack.indexOf(slot.holder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(slot.holder)
            slot.holder.deleteLater()
            slot.holder = None
            self.nav.item(self._slots.index(slot)).setText(page.title())
            self.set_page_titles(self.page_titles())
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached():
            self.search_box.close_popup()
        if self.autosync is not None:  # a cycle still running ends before the workspace
            self.autosync.stop()
        # Results that arrive after the window is gone are dropped; the workspace may be
        # closed once the workers have ended (the window's, and those of pages that loaded
        # their data before they were in the window).
        self.runner.drain()
        for runner in self.findChildren(Runner):
            runner.drain()
        super().closeEvent(event)


__all__ = ["ACCENT", "MainWindow", "apply_look", "profile_text"]
