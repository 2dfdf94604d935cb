"""The dashboard page on the demo cooperation (dated around a fixed day): every card, its
count and lines, the encouraging empty states, the sync card, opening records, and
refreshing after a change."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.profile import Profile
from coopdesk.services.dashboard import Dashboard, SyncNoticeLine
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.workspace_services import Services
from coopdesk.store.base import utcnow
from coopdesk.store.workspace import Workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.formatting import date_text
from coopdesk.ui.pages.actions import ActionsPage
from coopdesk.ui.pages.dashboard import DashboardPage
from coopdesk.ui.pages.dashboard.cards import LINE_ROLE, TAG_ROLE, URGENT_ROLE, Card
from coopdesk.ui.pages.dashboard.lines import DashboardLine, relative_day
from coopdesk.ui.runner import Runner

TODAY = dt.date(2026, 3, 11)
MARIE = Profile(name="Marie Lefebvre", organisation="Centre social Les Tilleuls")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard-page") / "demo"
    create_demo_workspace(folder, MARIE, TODAY).close()
    return folder


@pytest.fixture
def services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    shutil.copytree(demo_template, tmp_path / "demo")
    with Workspace.open(tmp_path / "demo", MARIE) as workspace:
        yield Services(workspace)


@pytest.fixture
def bus() -> Bus:
    return Bus()


def make_page(qtbot: Any, services: Services, bus: Bus) -> DashboardPage:
    page = DashboardPage(services, bus)
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitUntil(lambda: not page.loading())  # the first reading, in a worker
    page.refresh()
    return page


@pytest.fixture
def page(qtbot: Any, services: Services, bus: Bus) -> DashboardPage:
    return make_page(qtbot, services, bus)


def titles(card: Card) -> list[str]:
    return [line.title for line in card.lines()]


def tags(card: Card) -> list[str]:
    return [line.tag for line in card.lines()]


# -- the cards --------------------------------------------------------------------------
def test_header_and_tiles(page: DashboardPage) -> None:
    assert page.title() == "Dashboard" and page.page_id == "dashboard"
    assert page.greeting.text() == "Hello Marie Lefebvre"
    assert page.subtitle.text().endswith("· Coopération Quartier des Tilleuls")
    assert page.overdue_tile.value() == "5" and page.soon_tile.value() == "3"
    assert page.follow_up_tile.value() == "5"
    assert page.meeting_tile.value() == "In 9 day(s)"
    assert page.overdue_tile.accessibleName() == "overdue actions: 5"


def test_overdue_card_lines_say_how_late(page: DashboardPage) -> None:
    card = page.card_of("overdue")
    assert card.count() == 5
    assert titles(card)[0] == "Relayer l'appel à bénévoles auprès des licenciés du club"
    assert tags(card) == ["20 day(s) late", "15 day(s) late", "10 day(s) late",
                          "5 day(s) late", "2 day(s) late"]
    assert all(line.urgent and line.kind == "action" for line in card.lines())
    first = card.lines()[0]
    due = date_text(TODAY - dt.timedelta(days=20))
    assert first.detail == f"Due {due} · Karim Benali (UST) · Parentalité et réussite " \
        "éducative aux Tilleuls"
    index = card.line_model().index(0)
    assert index.data(URGENT_ROLE) is True and index.data(TAG_ROLE) == "20 day(s) late"
    assert "20 day(s) late" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert card.list.isVisibleTo(card) and not card.empty_label.isVisibleTo(card)


def test_due_soon_follow_ups_meetings_and_changes(page: DashboardPage) -> None:
    soon = page.card_of("due_soon")
    assert soon.count() == 3 and tags(soon) == ["In 3 day(s)", "In 7 day(s)", "In 14 day(s)"]
    assert not any(line.urgent for line in soon.lines())
    follow_ups = page.card_of("follow_ups")
    assert follow_ups.count() == 5
    assert titles(follow_ups)[0] == "Proposer des dates de rencontre"
    assert follow_ups.lines()[0].detail.startswith("With Thomas Rousseau")
    assert [line.urgent for line in follow_ups.lines()] == [True, True, False, False, False]
    assert "Private note" in follow_ups.lines()[-1].detail
    assert {line.kind for line in follow_ups.lines()} == {"contact_log_entry"}
    meetings = page.card_of("next_meetings")
    assert titles(meetings) == ["Comité de pilotage – bilan à mi-parcours"]
    assert "18:00" in meetings.lines()[0].detail and meetings.lines()[0].kind == "meeting"
    changes = page.card_of("changes_by_others")
    assert changes.lines() and all("Marie Lefebvre" not in line.detail
                                   for line in changes.lines())
    newest = changes.lines()[0]
    assert newest.title == "Parents présents au café des parents (moyenne)"
    assert newest.detail.startswith("Indicator changed by Nadia Ouhibi")
    assert not page.sync_card.isVisibleTo(page)


def test_more_lines_than_a_card_shows(qtbot: Any, services: Services, bus: Bus) -> None:
    for n in range(6):
        services.actions.create(ActionFields(title=f"En retard {n}",
                                                 due_on=TODAY - dt.timedelta(days=1)))
    page = make_page(qtbot, services, bus)
    card = page.card_of("overdue")
    assert card.count() == 11 and len(card.lines()) == 8
    assert card.more_label.isVisibleTo(card)
    assert card.more_label.text() == "…and 3 more in the Action plan."


def test_an_empty_workspace_says_kind_words(qtbot: Any, tmp_path: Path, bus: Bus) -> None:
    with Workspace.create(tmp_path / "empty", "Vide", MARIE) as workspace:
        page = make_page(qtbot, Services(workspace), bus)
        expected = {"overdue": "No overdue action. Well done!",
                    "due_soon": "Nothing due in the next 14 days.",
                    "follow_ups": "No follow-up to do this week.",
                    "next_meetings": "No meeting planned yet: plan the next one in Meetings.",
                    "changes_by_others": "Nobody else has changed anything in the last 30 "
                                         "days."}
        for name, text in expected.items():
            card = page.card_of(name)
            assert card.count() == 0 and card.lines() == []
            assert card.empty_label.isVisibleTo(card) and card.empty_label.text() == text
            assert not card.list.isVisibleTo(card) and not card.more_label.isVisibleTo(card)
        assert page.meeting_tile.value() == "—"
        assert not page.sync_card.isVisibleTo(page)


def test_sync_notices_get_their_own_card_when_there_are_some(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, services: Services, bus: Bus) -> None:
    project = services.projects.list()[0]
    notice = SyncNoticeLine(notice_id=1, kind="conflict", record_kind="project",
                            record_id=project.id, text="Description modifiée par deux "
                            "personnes", at=utcnow())
    monkeypatch.setattr(services.dashboard, "sync_notices", lambda: (notice,))
    page = make_page(qtbot, services, bus)
    assert page.sync_card.isVisibleTo(page) and page.sync_card.count() == 1
    line = page.sync_card.lines()[0]
    assert (line.kind, line.id, line.urgent) == ("project", project.id, True)
    assert line.title == "Description modifiée par deux personnes"


# -- opening records --------------------------------------------------------------------
def test_clicking_or_entering_a_line_opens_its_record(qtbot: Any, page: DashboardPage) -> None:
    for name in ("overdue", "follow_ups", "next_meetings", "changes_by_others"):
        card = page.card_of(name)
        view = card.list
        index = card.line_model().index(0)
        line = index.data(LINE_ROLE)
        assert isinstance(line, DashboardLine)
        with qtbot.waitSignal(page.bus.open_record) as opened:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             pos=view.visualRect(index).center())
        assert opened.args == [line.kind, line.id]
        view.setCurrentIndex(index)
        with qtbot.waitSignal(page.bus.open_record) as entered:
            qtbot.keyClick(view, Qt.Key.Key_Return)
        assert entered.args == [line.kind, line.id]


def test_an_overdue_line_opens_the_action_in_the_action_plan(
        qtbot: Any, make_window: Callable[..., QMainWindow], services: Services) -> None:
    bus = Bus()
    dashboard, actions = DashboardPage(services, bus), ActionsPage(services, bus)
    dashboard.today = actions.today = lambda: TODAY
    window = make_window(services, bus, pages=[dashboard, actions])
    dashboard.refresh()
    card = dashboard.card_of("overdue")
    index = card.line_model().index(2)
    qtbot.mouseClick(card.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=card.list.visualRect(index).center())
    assert window.current_page() is actions
    assert actions.selected_id() == index.data(LINE_ROLE).id


# -- refreshing -------------------------------------------------------------------------
def test_a_change_refreshes_the_cards(qtbot: Any, page: DashboardPage,
                                      services: Services) -> None:
    first = page.card_of("overdue").lines()[0]
    page.bus.publish(services.actions.set_status(first.id, ActionStatus.DONE, TODAY))
    assert page.loading()  # read again in a worker
    qtbot.waitUntil(lambda: page.card_of("overdue").count() == 4)
    assert page.overdue_tile.value() == "4" and not page.loading()
    assert first.id not in {line.id for line in page.card_of("overdue").lines()}


def test_a_hidden_dashboard_refreshes_when_shown(qtbot: Any, page: DashboardPage,
                                                 services: Services) -> None:
    page.hide()
    first = page.card_of("overdue").lines()[0]
    page.bus.publish(services.actions.set_status(first.id, ActionStatus.DONE, TODAY))
    assert page.card_of("overdue").count() == 5 and not page.loading()  # hidden: not read
    page.show()
    qtbot.waitUntil(lambda: page.card_of("overdue").count() == 4)


def test_the_cards_are_read_in_a_worker_and_say_so_meanwhile(
        qtbot: Any, services: Services, bus: Bus, monkeypatch: pytest.MonkeyPatch) -> None:
    read_in: list[int] = []
    ready = threading.Event()
    real_load = services.dashboard.load

    def slow_load(today: dt.date | None = None) -> Dashboard:
        read_in.append(threading.get_ident())
        ready.wait(10)
        return real_load(today)

    monkeypatch.setattr(services.dashboard, "load", slow_load)
    page = DashboardPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    assert page.loading() and page.board is None
    overdue = page.card_of("overdue")
    assert overdue.empty_label.text() == "Loading…" and overdue.count_label.text() == ""
    assert page.greeting.text() == "Hello Marie Lefebvre"
    ready.set()
    qtbot.waitUntil(lambda: not page.loading())
    assert read_in and read_in[0] != threading.get_ident()
    assert page.board is not None and overdue.count() == page.board.overdue.total
    assert overdue.empty_label.text() != "Loading…"


def test_a_failed_reading_is_reported(qtbot: Any, services: Services, bus: Bus,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(Runner, "report", lambda self, error, title="": reported.append(error))

    def broken(today: dt.date | None = None) -> Dashboard:
        raise OSError("disk gone")

    monkeypatch.setattr(services.dashboard, "load", broken)
    page = DashboardPage(services, bus)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0], OSError) and not page.loading() and page.board is None


def test_relative_days() -> None:
    assert [relative_day(TODAY + dt.timedelta(days=n), TODAY) for n in (0, 1, -1, 5, 15)] == [
        "Today", "Tomorrow", "Yesterday", "In 5 day(s)", date_text(dt.date(2026, 3, 26))]


def test_line_models_pass_the_model_tester(qtmodeltester: Any, page: DashboardPage) -> None:
    for card in page.cards:
        qtmodeltester.check(card.line_model())


def test_closing_the_window_drops_a_reading_still_under_way(
        qtbot: Any, make_window: Callable[..., QMainWindow], services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The workspace may be closed once the window is: the dashboard's reading, started
    before the page was in the window, is drained with the window's own work."""
    started = threading.Event()
    real_load = services.dashboard.load

    def load(today: dt.date | None = None) -> Dashboard:
        started.set()
        return real_load(today)

    monkeypatch.setattr(services.dashboard, "load", load)
    window = make_window(services)
    page = window.current_page()
    assert isinstance(page, DashboardPage) and page.loading()
    assert started.wait(10)
    window.close()  # before the result is delivered (no event processed since)
    assert not page.loading() and page.board is None
    # The queued delivery, if any, is dropped.
    QApplication.processEvents()
    assert page.board is None
