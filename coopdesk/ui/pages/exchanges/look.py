"""How the contact log looks: the lock of private entries, follow-up colours and words
that read well in a light and in a dark palette."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from coopdesk.services.exchange_log import ExchangeRow, FollowUpState
from coopdesk.ui.formatting import date_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangesPage", text)


def is_dark(palette: QPalette | None = None) -> bool:
    colour = (palette or QApplication.palette()).color(QPalette.ColorRole.Base)
    return colour.lightness() < 128


def state_colour(state: FollowUpState, palette: QPalette | None = None) -> QColor | None:
    """Red for late, amber for today, green for done; None for the usual text colour."""
    dark = is_dark(palette)
    colours = {
        FollowUpState.LATE: ("#c5221f", "#f28b82"),
        FollowUpState.TODAY: ("#b06000", "#fdd663"),
        FollowUpState.DONE: ("#137333", "#81c995"),
    }
    pair = colours.get(state)
    return QColor(pair[1] if dark else pair[0]) if pair else None


def follow_up_text(row: ExchangeRow, today: dt.date) -> str:
    """What the follow-up column says: what to do, by when, and whether it is late."""
    entry = row.entry
    state = row.follow_up_state(today)
    if state is FollowUpState.NONE:
        return ""
    what = entry.follow_up or _tr("Follow-up")
    when = date_text(entry.follow_up_on)
    if state is FollowUpState.DONE:
        return _tr("Done: {what}").format(what=what)
    if state is FollowUpState.LATE:
        return _tr("{what} — late since {date}").format(what=what, date=when)
    if state is FollowUpState.TODAY:
        return _tr("{what} — today").format(what=what)
    if state is FollowUpState.UPCOMING:
        return _tr("{what} — by {date}").format(what=what, date=when)
    return what


def private_tooltip() -> str:
    return _tr("Private: this entry stays on this laptop. It is never shared with the "
               "partners nor copied to the shared folder.")


def lock_icon(colour: QColor | None = None) -> QIcon:
    """A small padlock drawn in the text colour of the palette (no image file needed)."""
    ink = colour or QApplication.palette().color(QPalette.ColorRole.Text)
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        pen = QPen(ink, 1.6 * unit)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QPainterPath(QPointF(5 * unit, 8 * unit))
        shackle.lineTo(5 * unit, 5.5 * unit)
        shackle.arcTo(QRectF(5 * unit, 2.5 * unit, 6 * unit, 6 * unit), 180, -180)
        shackle.lineTo(11 * unit, 8 * unit)
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawRoundedRect(QRectF(3 * unit, 7.5 * unit, 10 * unit, 7 * unit),
                                1.5 * unit, 1.5 * unit)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
