"""Colours and style sheets shared by the pages, readable on a light and a dark palette.

Secondary text ("muted") uses the palette's placeholder colour, which `apply_look` sets to
a grey that reads on the window colour, light or dark; style sheets name it with
`palette(placeholder-text)` so they follow the palette without being rebuilt. Colours that
carry a meaning (overdue, done, warning) come in a light and a dark shade: `tone()` picks
the one that reads on the current palette. Sizes are never fixed here: text follows the
user's font size.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

#: Secondary text: captions, hints, "label:" of read-only facts.
MUTED_STYLE = "color: palette(placeholder-text);"
#: The sentence of an empty state (its font is set relative to the application's).
HINT_STYLE = MUTED_STYLE


class Shade(NamedTuple):
    """One meaning, two shades: the first reads on light backgrounds, the second on dark."""

    light: str
    dark: str


MUTED = Shade("#5f6b69", "#a3aeab")
ERROR = Shade("#c5221f", "#f28b82")
WARNING = Shade("#a15c00", "#fdd663")
DONE = Shade("#137333", "#81c995")  # 4.5:1 on the light window grey too
INFO = Shade("#1a73e8", "#8ab4f8")
TRACK = Shade("#e0e3e7", "#48504e")


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """True when text is drawn on a dark background (the base colour, or the window's
    when the base is transparent)."""
    pal = palette or QApplication.palette()
    base = pal.color(QPalette.ColorRole.Base)
    if base.alpha() < 128:
        base = pal.color(QPalette.ColorRole.Window)
    return base.lightness() < 128


def tone(shade: Shade, palette: QPalette | None = None) -> QColor:
    """The shade of *shade* that reads on *palette* (the application's by default)."""
    return QColor(shade.dark if palette_is_dark(palette) else shade.light)


def colour_name(shade: Shade, palette: QPalette | None = None) -> str:
    """`tone()` as "#rrggbb", for style sheets and rich text."""
    return tone(shade, palette).name()


def text_style(shade: Shade, *, bold: bool = False, palette: QPalette | None = None) -> str:
    """A label style sheet in the shade that reads on the current palette."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {colour_name(shade, palette)};{weight}"
