"""Colours that carry a meaning in the meetings page, the history and the conflicts dialog
read on the light and the dark palette alike (no fixed colour)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from coopdesk.ui.dialogs.history import concurrent_colour
from coopdesk.ui.look import apply_look
from coopdesk.ui.pages.meetings.widgets import good_style, warning_style
from coopdesk.ui.widgets.form import error_style
from tests.ui.test_widgets_look import contrast


@pytest.fixture
def look(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    saved = (QPalette(qapp.palette()), QFont(qapp.font()), qapp.styleSheet())
    yield lambda scheme: apply_look(qapp, scheme, 1.0)
    qapp.setPalette(saved[0])
    qapp.setFont(saved[1])
    qapp.setStyleSheet(saved[2])


def _styled_colour(style: str) -> QColor:
    label = QLabel("Quorum")
    label.setStyleSheet(style)
    label.ensurePolished()
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    label.deleteLater()
    return colour


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_meaningful_colours_read_on_the_palette(look: Callable[[str], None], qtbot: object,
                                                scheme: str) -> None:
    look(scheme)
    palette = QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    # Meetings: over time / quorum not reached, quorum reached; the conflicts dialog's error.
    for style in (warning_style(), good_style(), error_style()):
        assert contrast(_styled_colour(style), window) >= 4.5, (scheme, style)
    # The history's changes made at the same time elsewhere, on the table's background.
    assert contrast(concurrent_colour(), base) >= 4.5


def test_the_dark_palette_gets_its_own_shades(look: Callable[[str], None], qtbot: object
                                              ) -> None:
    shades: dict[str, tuple[str, str, str, str]] = {}
    for scheme in ("light", "dark"):
        look(scheme)
        shades[scheme] = (warning_style(), good_style(), error_style(),
                          concurrent_colour().name())
    assert all(light != dark for light, dark in zip(shades["light"], shades["dark"],
                                                    strict=True))
