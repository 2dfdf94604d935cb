"""The shared widgets on a light and a dark palette, and with large text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from coopdesk.services.workspace_services import Services
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.projects import ProjectsPage
from coopdesk.ui.widgets import html_parts as h
from coopdesk.ui.widgets.empty_state import HINT_SCALE, EmptyState
from coopdesk.ui.widgets.facts import FactGrid
from coopdesk.ui.widgets.form import FormDialog
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.styles import ERROR, MUTED, MUTED_STYLE, palette_is_dark, tone


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)



def _text_colour(label: QLabel) -> QColor:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_muted_and_error_text_read_on_the_palette(look: Callable[[str, float], None],
                                                  qtbot: object, scheme: str) -> None:
    look(scheme, 1.0)
    palette = QApplication.palette()
    assert palette_is_dark() is (scheme == "dark")
    window = palette.color(QPalette.ColorRole.Window)
    label = QLabel("Secondary")
    label.setStyleSheet(MUTED_STYLE)
    muted = _text_colour(label)
    assert muted == QColor(MUTED.dark if scheme == "dark" else MUTED.light)
    assert contrast(muted, window) >= 4.5
    assert contrast(tone(ERROR), palette.color(QPalette.ColorRole.Base)) >= 4.5
    assert h.muted_colour() == muted.name()
    assert f"color:{muted.name()}" in h.rows([("Label", "value")])

    dialog = FormDialog("Form")
    dialog.banner.setText("Refused")
    assert contrast(_text_colour(dialog.banner), window) >= 4.5
    dialog.deleteLater()

    bar = MessageBar()
    bar.show_error("Refused")
    sheet = bar.styleSheet()
    back = QColor(sheet.split("background: ")[1][:7])
    text = QColor(sheet.split("QLabel { color: ")[1][:7])
    assert contrast(text, back) >= 4.5
    assert (back.lightness() < 128) is (scheme == "dark")
    bar.deleteLater()


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_hints_follow_the_font_size(look: Callable[[str, float], None], qtbot: object,
                                    scale: float) -> None:
    look("light", scale)
    state = EmptyState()
    size = QApplication.font().pointSizeF()
    assert state.label.font().pointSizeF() == pytest.approx(size * HINT_SCALE)
    assert "font-size" not in state.label.styleSheet()
    state.deleteLater()


def test_facts_wrap_under_their_label_when_narrow(qtbot: object) -> None:
    grid = FactGrid()
    grid.set_facts([("A rather long label for a fact", "x" * 200)])
    wide = grid.sizeHint().width()
    assert grid.minimumSizeHint().width() < wide


@pytest.mark.parametrize("language", ["en", "fr"])
def test_project_page_fits_1280_px_at_one_and_a_half_text(
        look: Callable[[str, float], None], make_window: Callable[..., MainWindow],
        demo_services: Services, ui_language: Callable[[str], None], language: str) -> None:
    look("dark", 1.5)
    if language != "en":
        ui_language(language)
    window = make_window(demo_services)
    assert window.show_page("projects")
    page = window.current_page()
    assert isinstance(page, ProjectsPage)
    assert window.minimumSizeHint().width() <= 1280
    richest = page._richest_project()
    assert richest is not None and page.open_project(richest)
    for tab in range(page.detail_view.tabs.count()):
        page.detail_view.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1280, page.detail_view.tabs.tabText(tab)
