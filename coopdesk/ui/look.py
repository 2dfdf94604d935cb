"""The application's look: Fusion, a readable font size, the accent colour, light or dark.

The shell's style sheet only styles named widgets of the window (sidebar, search field,
status bar); its colours come in a light and a dark set, chosen from the palette's window
colour, so that the system's dark mode (or `COOPDESK_PALETTE=dark`) stays readable.
Font sizes are never fixed here: headings are set relative to the application font, so
text follows the system's size and `COOPDESK_FONT_SCALE`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.ui.widgets.styles import MUTED

log = logging.getLogger(__name__)

ACCENT = "#2a8c7e"
ACCENT_DARK = "#1b6359"
ACCENT_LIGHT = "#6cc7b8"
MIN_POINT_SIZE = 10.0
#: Force a palette ("dark" or "light") instead of the system's, e.g. to check dark mode.
PALETTE_ENV = "COOPDESK_PALETTE"
#: Multiply the font size, e.g. 1.5, to check that the window copes with large text.
FONT_SCALE_ENV = "COOPDESK_FONT_SCALE"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#2b302f", Role.WindowText: "#e3e8e6", Role.Base: "#1f2423",
    Role.AlternateBase: "#272c2b", Role.ToolTipBase: "#363c3b", Role.ToolTipText: "#e3e8e6",
    Role.PlaceholderText: "#8f9997", Role.Text: "#e3e8e6", Role.Button: "#353b3a",
    Role.ButtonText: "#e3e8e6", Role.BrightText: "#ff8a80", Role.Light: "#4b5352",
    Role.Midlight: "#3f4645", Role.Mid: "#262b2a", Role.Dark: "#1a1e1d",
    Role.Shadow: "#0d0f0f", Role.Link: ACCENT_LIGHT, Role.LinkVisited: "#9fb8e8",
}
_DARK_DISABLED = "#7b8583"

_SHEET_COLOURS: dict[str, Mapping[str, str]] = {
    "light": {"sidebar": "#f2f5f4", "line": "#d8dfdc", "caption": "#5f6b69",
              "heading": "#1d2b28", "nav": "#22302d", "hover": "#e2eae7",
              "field_line": "#c3ccc9", "popup_line": "#b9c4c1", "profile": "#44524f"},
    "dark": {"sidebar": "#232827", "line": "#3a4240", "caption": "#a3aeab",
             "heading": "#eef3f1", "nav": "#dbe3e0", "hover": "#343c3a",
             "field_line": "#56605e", "popup_line": "#56605e", "profile": "#bcc6c3"},
}

_SHEET = """
QWidget#sidebar {{ background: {sidebar}; border-right: 1px solid {line}; }}
QLabel#workspaceCaption {{ color: {caption}; padding: 0 18px; }}
QLabel#workspaceHeading {{ color: {heading}; padding: 0 18px; }}
QListWidget#navigation {{ background: transparent; border: none; outline: none; }}
QListWidget#navigation::item {{ color: {nav}; padding-left: 12px; margin: 1px 10px;
                                border-radius: 6px; }}
QListWidget#navigation::item:hover:!selected {{ background: {hover}; }}
QListWidget#navigation::item:selected {{ background: {accent}; color: white; }}
QToolBar#mainToolbar {{ border: none; border-bottom: 1px solid {line}; padding: 5px 10px;
                       spacing: 8px; }}
QLineEdit#globalSearch {{ padding: 4px 8px; border: 1px solid {field_line};
                          border-radius: 6px; background: palette(base); }}
QLineEdit#globalSearch:focus {{ border: 1px solid {accent}; }}
QFrame#searchPopup {{ background: palette(base); border: 1px solid {popup_line};
                      border-radius: 4px; }}
QListWidget#searchHits {{ border: none; }}
QLabel#statusWorkspace {{ font-weight: 600; padding: 0 6px; }}
QLabel#statusProfile {{ color: {profile}; padding: 0 6px; }}
"""


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(_DARK_DISABLED))
    return palette


def style_sheet(dark: bool) -> str:
    """The shell's style sheet in the light or the dark colours."""
    colours = _SHEET_COLOURS["dark" if dark else "light"]
    return _SHEET.format(accent=ACCENT, **colours)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """*widget*'s font, *factor* times its size (headings and captions that still follow
    the system's text size)."""
    font = QFont(widget.font())
    font.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def look_from_environment(environ: Mapping[str, str] | None = None
                          ) -> tuple[str | None, float]:
    """(forced palette or None, font scale) from COOPDESK_PALETTE and COOPDESK_FONT_SCALE."""
    env = os.environ if environ is None else environ
    scheme = env.get(PALETTE_ENV, "").strip().lower() or None
    if scheme not in (None, "dark", "light"):
        log.warning("Ignoring %s=%s (use dark or light)", PALETTE_ENV, scheme)
        scheme = None
    try:
        scale = float(env.get(FONT_SCALE_ENV, "") or 1.0)
    except ValueError:
        log.warning("Ignoring %s=%s (use a number such as 1.5)", FONT_SCALE_ENV,
                    env.get(FONT_SCALE_ENV))
        scale = 1.0
    return scheme, min(4.0, max(0.5, scale))


def apply_look(app: QApplication, scheme: str | None = None, font_scale: float = 1.0) -> None:
    """Fusion, a readable font size, the accent colour and the shell's style sheet.

    *scheme* "dark" or "light" replaces the system's palette; None keeps it (a system in
    dark mode gives a dark palette, and the style sheet follows).
    """
    app.setStyle("Fusion")
    font = app.font()
    size = max(MIN_POINT_SIZE, font.pointSizeF())
    if size * font_scale != font.pointSizeF():
        font.setPointSizeF(size * font_scale)
        app.setFont(font)
    if scheme == "dark":
        palette = dark_palette()
    elif scheme == "light":
        palette = app.style().standardPalette()
    else:
        palette = app.palette()
    dark = is_dark(palette)
    palette.setColor(Role.Highlight, QColor(ACCENT))
    palette.setColor(Role.HighlightedText, QColor("white"))
    palette.setColor(Role.Link, QColor(ACCENT_LIGHT if dark else ACCENT_DARK))
    # Muted text (MUTED_STYLE) is drawn in the placeholder colour: a grey that reads here.
    muted = QColor(MUTED.dark if dark else MUTED.light)
    for group in (Group.Active, Group.Inactive):
        palette.setColor(group, Role.PlaceholderText, muted)
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(dark))
