"""The dashboard's content: greeting, four tiles and the cards, drawn from a `Dashboard`.

Needs no workspace: the main window's frame shows it with the dashboard's cached copy
(`coopdesk.services.dashboard_cache`) while the database layer loads; the dashboard page
(`page.py`) then shows the same view with fresh data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.dashboard_model import CHANGES_DAYS, Dashboard, Section
from coopdesk.ui.formatting import date_text
from coopdesk.ui.pages.dashboard import lines as ln
from coopdesk.ui.pages.dashboard.cards import STYLE, Card, Tile, muted_colour, scaled

L = TypeVar("L")


class DashboardBoard(QWidget):
    """Greeting, tiles and cards; `show_board` fills them, `show_loading` empties them."""

    #: (kind, id) of the record a line asks to open (a click or Enter on it).
    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardBoard")
        #: What the view shows now (None: nothing yet, or loading), and of which workspace.
        self.board: Dashboard | None = None
        self.workspace_name = ""
        self.greeting = QLabel(self)
        self.greeting.setObjectName("dashboardGreeting")
        self.greeting.setFont(scaled(self.font(), 1.6, bold=True))
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet(f"color: {muted_colour(self.palette()).name()};")
        self.overdue_tile = Tile(self.tr("overdue actions"), self)
        self.soon_tile = Tile(self.tr("actions due within 14 days"), self)
        self.follow_up_tile = Tile(self.tr("follow-ups this week"), self)
        self.meeting_tile = Tile(self.tr("next meeting"), self)
        self.sync_card = Card(self.tr("Sync conflicts and notices to settle"), self,
                              urgent_count=True)
        self.overdue_card = Card(self.tr("Overdue actions"), self, urgent_count=True)
        self.soon_card = Card(self.tr("Due in the next 14 days"), self)
        self.follow_up_card = Card(self.tr("Follow-ups to do"), self)
        self.meeting_card = Card(self.tr("Next meetings"), self)
        self.changes_card = Card(self.tr("Latest changes by others"), self)
        self.cards = (self.sync_card, self.overdue_card, self.soon_card, self.follow_up_card,
                      self.meeting_card, self.changes_card)
        for card in self.cards:
            card.list.open_requested.connect(self.open_requested)
        self._build_layout()

    def _build_layout(self) -> None:
        content = QWidget(self)
        content.setObjectName("dashboardContent")
        content.setStyleSheet(STYLE)
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        for tile in (self.overdue_tile, self.soon_tile, self.follow_up_tile, self.meeting_tile):
            tiles.addWidget(tile, 1)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.sync_card, 0, 0, 1, 2)
        grid.addWidget(self.overdue_card, 1, 0)
        grid.addWidget(self.soon_card, 1, 1)
        grid.addWidget(self.follow_up_card, 2, 0)
        grid.addWidget(self.meeting_card, 2, 1)
        grid.addWidget(self.changes_card, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.setSpacing(12)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)
        layout.addLayout(tiles)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setAccessibleName(self.tr("Dashboard"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_loading(self) -> None:
        """Every card says it is loading (before the first board)."""
        for card in self.cards:
            card.set_loading(self.tr("Loading…"))
        self.sync_card.hide()

    def show_header(self, today: dt.date, name: str, workspace: str) -> None:
        """"Hello *name*" and the day with the workspace's name."""
        self.greeting.setText(self.tr("Hello {name}").format(name=name)
                              if name and name != "?" else self.tr("Hello"))
        day = QLocale().toString(QDate(today.year, today.month, today.day),
                                 QLocale.FormatType.LongFormat)
        self.subtitle.setText(self.tr("{day} · {workspace}").format(
            day=day, workspace=workspace))

    def show_board(self, board: Dashboard, name: str, workspace: str) -> None:
        today = board.today
        self.board, self.workspace_name = board, workspace
        self.show_header(today, name, workspace)
        self._show_tiles(board)
        self.sync_card.set_lines([ln.sync_line(n, today) for n in board.sync_notices],
                                 len(board.sync_notices), "")
        self.sync_card.setVisible(bool(board.sync_notices))
        self._fill(self.overdue_card, board.overdue, ln.action_line, today,
                   self.tr("No overdue action. Well done!"), self._more_actions)
        self._fill(self.soon_card, board.due_soon, ln.action_line, today,
                   self.tr("Nothing due in the next 14 days."), self._more_actions)
        self._fill(self.follow_up_card, board.follow_ups, ln.follow_up_line, today,
                   self.tr("No follow-up to do this week."), self._more_follow_ups)
        self._fill(self.meeting_card, board.next_meetings, ln.meeting_line, today,
                   self.tr("No meeting planned yet: plan the next one in Meetings."),
                   self._more_meetings)
        self._fill(self.changes_card, board.changes_by_others, ln.change_line, today,
                   self.tr("Nobody else has changed anything in the last {days} days.")
                   .format(days=CHANGES_DAYS), self._more_changes)

    @staticmethod
    def _fill(card: Card, section: Section[L], make: Callable[[L, dt.date], ln.DashboardLine],
              today: dt.date, empty: str, more: Callable[[int], str]) -> None:
        made: Sequence[ln.DashboardLine] = [make(line, today) for line in section.lines]
        card.set_lines(made, section.total, empty, more(section.more) if section.more else "")

    def _more_actions(self, count: int) -> str:
        return self.tr("…and %n more in the Action plan.", "", count)

    def _more_follow_ups(self, count: int) -> str:
        return self.tr("…and %n more in the Exchange log.", "", count)

    def _more_meetings(self, count: int) -> str:
        return self.tr("…and %n more in Meetings.", "", count)

    def _more_changes(self, count: int) -> str:
        return self.tr("…and %n more in the last {days} days.", "", count).format(
            days=CHANGES_DAYS)

    def _show_tiles(self, board: Dashboard) -> None:
        self.overdue_tile.set_value(str(board.overdue.total), urgent=board.overdue.total > 0)
        self.soon_tile.set_value(str(board.due_soon.total))
        self.follow_up_tile.set_value(str(board.follow_ups.total))
        meetings = board.next_meetings.lines
        self.meeting_tile.set_value(
            ln.relative_day(meetings[0].starts_at.date(), board.today) if meetings else "—")
        self.meeting_tile.setToolTip(
            self.tr("{title}, {date}").format(title=meetings[0].title,
                                              date=date_text(meetings[0].starts_at.date()))
            if meetings else "")

    def card_of(self, name: str) -> Card:
        """The card showing a section: overdue, due_soon, follow_ups, next_meetings,
        changes_by_others or sync_notices."""
        return {"overdue": self.overdue_card, "due_soon": self.soon_card,
                "follow_ups": self.follow_up_card, "next_meetings": self.meeting_card,
                "changes_by_others": self.changes_card, "sync_notices": self.sync_card}[name]
