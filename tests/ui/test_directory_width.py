"""The directory page (Annuaire) fits a 1280-px screen with 1.5× text, in French too; its
bar of buttons and filters goes onto two lines only when it must."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.directory import DirectoryPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")



@pytest.mark.parametrize("language", ["en", "fr"])
def test_directory_page_fits_1280_px_at_one_and_a_half_text(
        look: Callable[[str, float], None], make_window: Callable[..., MainWindow],
        demo_services: Services, ui_language: Callable[[str], None], language: str) -> None:
    look("dark", 1.5)
    if language != "en":
        ui_language(language)
    window = make_window(demo_services)
    assert window.show_page("directory")
    page = window.current_page()
    assert isinstance(page, DirectoryPage)
    for tab in (page.organisations, page.people):
        page.tabs.setCurrentWidget(tab)
        for trash in (False, True):  # "Restore" shows with the trash
            tab.trash_toggle.setChecked(trash)
            QApplication.processEvents()
            assert window.minimumSizeHint().width() <= 1280, (tab.objectName(), trash)
        tab.trash_toggle.setChecked(False)
    # An organisation with its contacts and projects, then a contact, in the detail panel.
    for name, show in page.extra_screenshots():
        show()
        QApplication.processEvents()
        assert page.current_record() is not None
        assert window.minimumSizeHint().width() <= 1280, name


def test_toolbar_is_one_line_when_wide_and_two_when_narrow(
        qtbot: Any, services: Services) -> None:
    page = DirectoryPage(services, Bus())
    qtbot.addWidget(page)
    page.resize(1600, 700)
    page.show()
    row = page.organisations.toolbar_row
    qtbot.waitUntil(lambda: row.width() >= row.one_line_width())
    assert row.is_one_line()
    one_line = row.height()
    page.resize(row.minimumSizeHint().width() + 20, 700)
    qtbot.waitUntil(lambda: not row.is_one_line())
    assert row.minimumSizeHint().width() < row.one_line_width()
    # Both sides are whole and visible, the filters below the buttons.
    qtbot.waitUntil(lambda: row.right.y() >= row.left.y() + row.left.height())
    assert row.sizeHint().height() > one_line
    assert row.right.width() >= row.right.minimumSizeHint().width()
    page.resize(1600, 700)
    qtbot.waitUntil(row.is_one_line)


def test_columns_follow_the_text_size(look: Callable[[str, float], None], qtbot: Any,
                                      services: Services) -> None:
    widths = {}
    for scale in (1.0, 1.5):
        look("light", scale)
        page = DirectoryPage(services, Bus())
        qtbot.addWidget(page)
        widths[scale] = [page.people.view.horizontalHeader().sectionSize(column)
                         for column in range(5)]
        header = page.organisations.view.horizontalHeader()
        for column in range(header.count() - 1):  # the last one stretches
            assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert all(big > small for big, small in zip(widths[1.5], widths[1.0], strict=True))
