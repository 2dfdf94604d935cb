"""The meetings page fits a 1280-pixel screen with text one and a half times larger, in
English and in French: the list, and each tab of a meeting's page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from coopdesk.domain.enums import MeetingStatus
from coopdesk.services.workspace_services import Services
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.meetings import MeetingsPage

SCREEN_WIDTH = 1280



@pytest.mark.parametrize("language", ["en", "fr"])
def test_meetings_page_fits_1280_px_at_one_and_a_half_text(
        large_text: None, make_window: Callable[..., MainWindow], demo_services: Services,
        ui_language: Callable[[str], None], language: str) -> None:
    if language != "en":
        ui_language(language)
    window = make_window(demo_services)
    assert window.show_page("meetings")
    page = window.current_page()
    assert isinstance(page, MeetingsPage)
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH, "the list of meetings"
    # The richest meeting (held, the longest tabs) and a planned one with a video call (the
    # most header buttons: join the call, mark as held).
    rows = demo_services.meeting_details.rows(status=MeetingStatus.PLANNED)
    planned = [row.id for row in rows if row.meeting.video_link]
    richest = page._richest_meeting()
    assert richest is not None and planned
    for meeting_id in (richest, planned[0]):
        assert page.open_meeting(meeting_id)
        view = page.detail_view
        assert view.held_button.isVisibleTo(view) is (meeting_id != richest)
        for tab in range(view.tabs.count()):
            view.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            assert window.minimumSizeHint().width() <= SCREEN_WIDTH, view.tabs.tabText(tab)
        page.show_list()
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= SCREEN_WIDTH, "back to the list"
