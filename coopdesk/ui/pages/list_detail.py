"""A page that lists records and shows one record's page in the list's place (meetings,
projects): the two stacked views, opening a record and coming back to the list, finding a
record's part for History and the search, Ctrl+N, and the screenshots of each tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import NotFoundError
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.look import scaled_font
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.record_list_view import Listed, RecordListView
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE

DetailT = TypeVar("DetailT")

BANNER_STYLE = ("QFrame#recordBanner { background: #fef7e0; border: 1px solid #f9ab00;"
                " border-radius: 4px; } QFrame#recordBanner QLabel { color: #5f4200; }")

#: Where a record is shown: (the id of the record the page is about, the tab to show or
#: None, how to select the record in it or None).
Location = tuple[str, int | None, Callable[[], object] | None]


@dataclass(frozen=True)
class DetailTexts:
    """The words of one record's page, translated by its view (its own Qt context)."""

    back: str         # "← All meetings"
    back_tip: str
    edit_tip: str
    delete_tip: str


class RecordDetailView(QWidget, Generic[DetailT]):
    """One record's page: a button back to the list, Edit and Delete, the title, a muted
    line under it beside the page's own buttons, a banner (in the trash, locked…) that can
    restore, a row of facts, and tabs. Subclasses read the detail (`load`) and show it."""

    #: The user wants the list back.
    back_requested = Signal()

    #: The kind of record shown ("meeting"), for the trash.
    kind = ""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = self.texts()
        self.context = context
        self.record_id: str | None = None
        self.detail: DetailT | None = None
        self.back_button = QPushButton(texts.back, self)
        self.back_button.setFlat(True)
        self.back_button.setToolTip(texts.back_tip)
        self.back_button.clicked.connect(self.back_requested)
        # Its words for the shortcuts help: the tooltip without its "(Alt+Left)".
        back = QAction(texts.back_tip.rsplit(" (", 1)[0], self)
        back.setShortcut(QKeySequence.StandardKey.Back)
        back.triggered.connect(self.back_requested)
        self.addAction(back)
        self.edit_button = button(self.tr("Edit…"), self.edit_record, self,
                                  tooltip=texts.edit_tip)
        self.delete_button = button(self.tr("Delete"), self.delete_record, self,
                                    tooltip=texts.delete_tip)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setFont(scaled_font(self.title_label, 1.6, bold=True))
        self.kind_label = QLabel(self)
        self.kind_label.setWordWrap(True)
        self.kind_label.setStyleSheet(MUTED_STYLE)
        self.banner = QFrame(self)
        self.banner.setObjectName("recordBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.restore_button = button(self.tr("Restore"), self.restore_record, self.banner)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.restore_button)
        self.banner.hide()
        self.tabs = QTabWidget(self)

    def lay_out(self, buttons: list[QWidget], facts: QLayout, tabs: list[QWidget]) -> None:
        """Place the page's own *buttons* beside the line under the title (Edit and Delete
        stay by the back button: one row for all would not fit large text), the *facts*
        under them, and the *tabs* (named by `show_detail`)."""
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        under_title = QHBoxLayout()
        under_title.addWidget(self.kind_label, 1)
        for widget in buttons:
            under_title.addWidget(widget)
        for tab in tabs:
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addLayout(under_title)
        layout.addWidget(self.banner)
        layout.addLayout(facts)
        layout.addWidget(self.tabs, 1)

    # -- what subclasses say -------------------------------------------------------------
    def texts(self) -> DetailTexts:
        raise NotImplementedError

    def load(self, record_id: str) -> DetailT:
        """Read the record's detail; NotFoundError when it no longer exists."""
        raise NotImplementedError

    def show_detail(self, detail: DetailT) -> None:
        raise NotImplementedError

    def record(self) -> Listed | None:
        """The record shown (its title and audit), None before one is."""
        raise NotImplementedError

    def ask_edit(self) -> Changes | None:
        """The record's form; the changes saved, or None when cancelled."""
        raise NotImplementedError

    def create_in_current_tab(self) -> None:
        """Ctrl+N: add what the current tab lists."""

    def leave(self) -> bool:
        """Save what is being typed before the record is left; False keeps it open."""
        return True

    # -- showing -------------------------------------------------------------------------
    def open(self, record_id: str) -> bool:
        """Show the record *record_id*; False when it does not exist."""
        self.record_id = record_id
        return self.refresh()

    def refresh(self) -> bool:
        """Reload the record; False when it no longer exists."""
        if self.record_id is None:
            return False
        try:
            detail = self.load(self.record_id)
        except NotFoundError:
            self.record_id = None
            self.detail = None
            return False
        self.detail = detail
        self.show_detail(detail)
        return True

    def show_banner(self, text: str) -> None:
        """Say *text* in the banner (hidden when empty); Restore only for the trash."""
        record = self.record()
        self.banner_label.setText(text)
        self.banner.setVisible(bool(text))
        self.restore_button.setVisible(record is not None and record.audit.in_trash)

    # -- acting --------------------------------------------------------------------------
    def edit_record(self) -> None:
        record = self.record()
        if record is not None and not record.audit.in_trash and self.leave():
            self.context.publish(self.ask_edit())

    def delete_record(self) -> None:
        record = self.record()
        if record is None or self.record_id is None or not self.leave():
            return
        if self.context.trash(self.kind, self.record_id, record.title):
            self.back_requested.emit()

    def restore_record(self) -> None:
        record = self.record()
        if record is not None and self.record_id is not None:
            self.context.restore(self.kind, self.record_id, record.title)


class ListDetailPage(Page):
    """A `RecordListView` and a `RecordDetailView` stacked under the page's message bar.
    Subclasses make both views (`make_views`), say where a record of a kind is shown
    (`locate`), which record shows best in screenshots and which tabs to capture."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.messages = MessageBar(self)
        self.context = PageContext(services, bus, self.messages)
        self.list_view, self.detail_view = self.make_views()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.stack, 1)
        self.list_view.open_requested.connect(self.open_record)
        self.detail_view.back_requested.connect(self.show_list)
        self.refresh()

    # -- what subclasses say -------------------------------------------------------------
    def make_views(self) -> tuple[RecordListView[Any], RecordDetailView[Any]]:
        raise NotImplementedError

    def locate(self, kind: str, record_id: str) -> Location | None:
        """Where a record of *kind* is shown; None for a kind this page does not show.
        NotFoundError when the record does not exist."""
        raise NotImplementedError

    def showcase_id(self) -> str | None:
        """The record whose page makes the best screenshots; None when there is none."""
        raise NotImplementedError

    def screenshot_tabs(self) -> list[tuple[str, int]]:
        """(screenshot name, tab) for each tab worth a screenshot."""
        raise NotImplementedError

    # -- the page ------------------------------------------------------------------------
    def create_new(self) -> None:
        if self.showing_detail():
            self.detail_view.create_in_current_tab()
        else:
            self.list_view.create_record()

    def refresh(self) -> None:
        self.list_view.refresh()
        if self.showing_detail() and not self.detail_view.refresh():
            self.show_list()

    def showing_detail(self) -> bool:
        return self.stack.currentWidget() is self.detail_view

    def open_record(self, record_id: str) -> bool:
        """Show the record's page in place of the list; False when it does not exist."""
        if not self.detail_view.open(record_id):
            return False
        self.messages.hide()
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.tabs.setFocus()
        return True

    def show_list(self) -> None:
        previous = self.detail_view.record_id
        self.detail_view.leave()
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.refresh()
        if previous:
            self.list_view.select(previous)
        self.list_view.table.setFocus()

    def show_record(self, kind: str, record_id: str) -> bool:
        try:
            target = self.locate(kind, record_id)
        except NotFoundError:
            return False
        if target is None or not self.open_record(target[0]):
            return False
        _owner, tab, select = target
        if tab is not None:
            self.detail_view.tabs.setCurrentIndex(tab)
        if select is not None:
            select()
        return True

    def current_record(self) -> tuple[str, str] | None:
        """The open record, else the one selected in the list."""
        if self.showing_detail():
            record_id = self.detail_view.record_id
        else:
            record_id = self.list_view.selected_id()
        return (self.list_view.kind, record_id) if record_id else None

    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        showcase = self.showcase_id()
        if showcase is None:
            return []

        def on_tab(tab: int) -> Callable[[], None]:
            def put() -> None:
                self.open_record(showcase)
                self.detail_view.tabs.setCurrentIndex(tab)
            return put

        def edit_form() -> None:
            # Opens the (modal) form; the screenshot tool captures and closes it.
            self.open_record(showcase)
            self.detail_view.edit_record()

        return [*((name, on_tab(tab)) for name, tab in self.screenshot_tabs()),
                ("form", edit_form)]

    def focus_search(self) -> bool:
        if self.showing_detail():
            self.show_list()
        self.list_view.search_edit.setFocus()
        self.list_view.search_edit.selectAll()
        return True
