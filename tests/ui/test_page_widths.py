"""Every page fits a 1280-px window with 1.5× text, in French (issue 3: large text).

The measure is the window's minimum width with the page shown, in each of the page's
states that change its layout (a record selected, the trash shown, each tab).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.duplicates import DuplicateGroup, DuplicateRecord
from coopdesk.services.exchange_log import ExchangeFilter
from coopdesk.services.workspace_services import Services
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.actions.dialog import ActionDialog
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.exchanges.dialog import ExchangeDialog
from coopdesk.ui.pages.resources.dialogs import BookingDialog, ResourceDialog
from coopdesk.ui.pages.reviews.dialogs import ReviewDialog
from coopdesk.ui.pages.sync.merge_dialog import MergeDialog
from coopdesk.ui.widgets.wrap_row import WrapRow

SCREEN_WIDTH = 1280
SCREEN_HEIGHT = 800
#: Qt opens a dialog at most two thirds of the screen wide: a form needing more is cut.
DIALOG_WIDTH = SCREEN_WIDTH * 2 // 3
#: The states of the pages' screenshots that stay in the window (others open dialogs).
STATES: dict[str, tuple[str, ...]] = {
    "actions": ("detail", "overdue"),
    "exchanges": ("follow-up", "due"),
    "resources": ("calendar", "totals"),
    "reviews": ("history",),
    "sync": ("shared",),
    "trash": (),
}

#: The pages with a "Show trash" box (their lists then hold the deleted records).
WITH_TRASH_BOX = frozenset({"actions", "exchanges", "resources"})



def settle() -> None:
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def assert_fits(window: MainWindow, what: str) -> None:
    """The window fits a 1280×800 laptop screen (its minimum size, title bar aside)."""
    settle()
    width = window.minimumSizeHint().width()
    assert width <= SCREEN_WIDTH, f"{what}: the window needs {width} px"
    height = window.minimumSizeHint().height()
    assert height <= SCREEN_HEIGHT, f"{what}: the window needs {height} px of height"


def every_tab(page: Page) -> Iterator[str]:
    """Show each tab of the page's visible tab widgets in turn; yields the tab's text."""
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(page):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)


def show_trash(page: Page) -> bool:
    """Tick the page's "show trash" box, if it has one that is visible; True if it did."""
    for tabs in page.findChildren(QTabWidget):
        tabs.setCurrentIndex(0)
    boxes = [box for box in page.findChildren(QCheckBox)
             if box.isVisibleTo(page)
             and box.text().replace("&", "").lower().endswith(("trash", "corbeille"))]
    for box in boxes:
        box.setChecked(True)
    return bool(boxes)


def open_page(window: MainWindow, page_id: str) -> Page:
    assert window.show_page(page_id)
    page = window.current_page()
    assert page is not None and page.page_id == page_id
    return page


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("page_id", sorted(STATES))
def test_page_fits_1280_px_in_french_at_one_and_a_half_text(
        make_window: Callable[..., MainWindow], demo_services: Services,
        ui_language: Callable[[str], None], page_id: str) -> None:
    ui_language("fr")
    window = make_window(demo_services)
    page = open_page(window, page_id)
    assert_fits(window, page_id)
    for tab in every_tab(page):
        assert_fits(window, f"{page_id}, tab {tab}")
    states = dict(page.extra_screenshots())
    for name in STATES[page_id]:
        states[name]()
        assert_fits(window, f"{page_id}, {name}")
        for tab in every_tab(page):
            assert_fits(window, f"{page_id}, {name}, tab {tab}")
    assert show_trash(page) is (page_id in WITH_TRASH_BOX)
    assert_fits(window, f"{page_id}, trash")


@pytest.mark.usefixtures("large_text")
def test_every_page_at_once_fits_1280_px_in_english(
        make_window: Callable[..., MainWindow], demo_services: Services) -> None:
    """The pages built side by side: the window is as wide as the widest one needs."""
    window = make_window(demo_services)
    for page_id in sorted(STATES):
        page = open_page(window, page_id)
        states = dict(page.extra_screenshots())
        for name in STATES[page_id]:
            states[name]()
        for tab in every_tab(page):
            assert_fits(window, f"{page_id}, tab {tab}")
        assert_fits(window, page_id)


def _dialogs(services: Services) -> dict[str, Callable[[], QDialog]]:
    resource = max(services.resources.list(), key=lambda r: len(r.name))
    project = max(services.projects.list(), key=lambda p: len(p.title))
    entry = services.exchanges.rows(ExchangeFilter(), limit=1)[0].entry
    return {
        "action": lambda: ActionDialog(services, services.actions.list()[0]),
        "exchange": lambda: ExchangeDialog(services, entry, [], []),
        "resource": lambda: ResourceDialog(services, resource),
        "booking": lambda: BookingDialog(services, resource_id=resource.id),
        "review": lambda: ReviewDialog(services, project.id),
        "merge": lambda: MergeDialog(services, _long_duplicates()),
    }


def _long_duplicates() -> DuplicateGroup:
    when = dt.datetime(2026, 11, 26, 9, tzinfo=dt.UTC)
    records = tuple(DuplicateRecord(
        id=str(n), title="Association des parents d'élèves de l'école Jean Moulin",
        detail="Villeurbanne", created_at=when, created_by="Marie-Christine Lefebvre",
        references=n) for n in range(2))
    return DuplicateGroup(id=0, created_at=when, record_kind="organisation",
                          name=records[0].title, records=records)


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("name", ["action", "exchange", "resource", "booking", "review",
                                  "merge"])
def test_forms_open_whole_on_a_1280_px_screen_in_french(
        qtbot: Any, demo_services: Services, ui_language: Callable[[str], None],
        name: str) -> None:
    ui_language("fr")
    dialog = _dialogs(demo_services)[name]()
    qtbot.addWidget(dialog)
    width = dialog.minimumSizeHint().width()
    assert width <= DIALOG_WIDTH, f"the {name} form needs {width} px"


def test_a_wrap_row_goes_onto_more_lines_when_narrow(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = WrapRow(holder)
    buttons = [QPushButton(text) for text in ("Mark the follow-up done", "Edit…", "Delete")]
    for widget in buttons:
        row.add_widget(widget)
    layout = QVBoxLayout(holder)
    layout.addWidget(row)
    layout.addStretch(1)
    widest = max(widget.minimumSizeHint().width() for widget in buttons)
    assert row.minimumSizeHint().width() == widest  # not the three side by side
    assert row.sizeHint().width() > sum(widget.sizeHint().width() for widget in buttons)
    holder.resize(row.sizeHint().width() + 40, 200)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: len(row.lines()) == 1)
    one_line = row.height()

    holder.resize(widest + 30, 200)
    qtbot.waitUntil(lambda: len(row.lines()) > 1)
    qtbot.waitUntil(lambda: row.height() >= 2 * one_line)
    for line in row.lines():  # each line fits the row
        assert line[-1].geometry().right() <= row.width()
    firsts = [line[0].geometry().top() for line in row.lines()]
    assert firsts == sorted(firsts) and len(set(firsts)) == len(firsts)
    assert [w for line in row.lines() for w in line] == buttons  # in their order

    holder.hide()  # a change while hidden is placed for the width the row had
    buttons[2].setText("Delete this exchange")
    QApplication.sendPostedEvents()
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: all(line[-1].geometry().right() <= row.width()
                                for line in row.lines()))
    assert len(row.lines()) > 1

    buttons[0].hide()  # a hidden widget leaves its place to the others
    qtbot.waitUntil(lambda: buttons[0] not in [w for line in row.lines() for w in line])
    assert row.minimumSizeHint().width() == max(
        widget.minimumSizeHint().width() for widget in buttons[1:])
