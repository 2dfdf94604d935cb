"""The dashboard page (Tableau de bord): what needs attention today, in cards.

Its cards are read in a worker (`Page.load_in_background`): the page is on screen at once,
with "Loading…" in its cards (or the board the start-up frame showed from the cache, see
`adopt_preview`), and is filled when the reading ends; `refresh()` reads on the GUI thread
(screenshots, tests).

Imports nothing of the database layer, so that the start-up frame can show its board.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopdesk.services.changes import Changes
from coopdesk.services.dashboard_model import Dashboard
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.dashboard.board import DashboardBoard
from coopdesk.ui.pages.dashboard.cards import Card

if TYPE_CHECKING:
    from coopdesk.services.workspace_services import Services


class DashboardPage(Page):
    page_id = "dashboard"
    #: Every change may show up here (empty: refresh on any change).
    watches: frozenset[str] = frozenset()

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.setObjectName("dashboard_page")
        #: The day the dashboard is about (tests fix it).
        self.today: Callable[[], dt.date] = dt.date.today
        self._stale = False
        self.view = DashboardBoard(self)
        view = self.view
        self.greeting, self.subtitle = view.greeting, view.subtitle
        self.overdue_tile, self.soon_tile = view.overdue_tile, view.soon_tile
        self.follow_up_tile, self.meeting_tile = view.follow_up_tile, view.meeting_tile
        self.sync_card, self.cards = view.sync_card, view.cards
        view.open_requested.connect(self.bus.open_record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self.reload()

    @property
    def board(self) -> Dashboard | None:
        """What the page shows now (None until the first reading ends)."""
        return self.view.board

    # -- Page ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Dashboard")

    def adopt_preview(self, preview: QWidget) -> None:
        """Show the board the start-up frame showed from the cache until the fresh one is
        read (no "Loading…" flash between the two)."""
        if (isinstance(preview, DashboardBoard) and preview.board is not None
                and self.view.board is None and preview.board.today == self.today()):
            self._show_board(preview.board)

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reloaded when the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the cards now, on the GUI thread."""
        self.cancel_loading()
        self._stale = False
        self._show_board(self.services.dashboard.load(self.today()))

    def reload(self) -> None:
        """Read the cards in a worker; until they arrive, the cards say they are loading
        (the first time only: later, the previous state stays until the new one)."""
        self._stale = False
        today = self.today()
        if self.view.board is None:
            self.view.show_header(today, self._profile_name(), self.services.workspace.name)
            self.view.show_loading()
        self.load_in_background(functools.partial(self.services.dashboard.load, today),
                                self._show_board)

    def _show_board(self, board: Dashboard) -> None:
        self.view.show_board(board, self._profile_name(), self.services.workspace.name)

    def _profile_name(self) -> str:
        return self.services.db.profile.name

    def card_of(self, name: str) -> Card:
        """The card showing a section: overdue, due_soon, follow_ups, next_meetings,
        changes_by_others or sync_notices."""
        return self.view.card_of(name)
