"""Small pieces of the meeting page: durations the French way ("1 h 35"), edits for a
duration, a whole number and a meeting's end, and headings that scale with the system's
text."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.validation import parse_date
from coopdesk.ui.labels import QT_TRANSLATE_NOOP
from coopdesk.ui.look import scaled_font
from coopdesk.ui.widgets.styles import DONE, ERROR, text_style


def warning_style() -> str:
    """Text that must stand out (over time, quorum not reached), in the red that reads on
    the current palette, light or dark."""
    return text_style(ERROR, bold=True)


def good_style() -> str:
    """Text that says all is well (quorum reached), in the green that reads on the palette."""
    return text_style(DONE, bold=True)

NOT_A_DURATION = QT_TRANSLATE_NOOP("errors", "“{text}” is not a duration (for example 20 or "
                                   "1 h 30).")
NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("errors", "“{text}” is not a whole number.")
NOT_AN_END = QT_TRANSLATE_NOOP("errors", "“{text}” is not an end time (for example 20:00, or "
                               "a date and a time).")
_DURATION = re.compile(r"^\s*(?:(\d+)\s*h\s*(\d*)\s*(?:min)?|(\d+)\s*(?:min|mn|m)?)\s*$",
                       re.IGNORECASE)
_TIME = re.compile(r"^\s*(\d{1,2})\s*[h:]\s*(\d{0,2})\s*$", re.IGNORECASE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingWidgets", text)


def duration_text(minutes: int | None) -> str:
    """45 → "45 min", 120 → "2 h", 95 → "1 h 35"; empty for None."""
    if minutes is None:
        return ""
    hours, rest = divmod(max(0, minutes), 60)
    if hours and rest:
        return QCoreApplication.translate("MeetingWidgets", "{hours} h {minutes}").format(
            hours=hours, minutes=f"{rest:02d}")
    if hours:
        return QCoreApplication.translate("MeetingWidgets", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("MeetingWidgets", "{minutes} min").format(minutes=rest)


def parse_duration(field: str, text: str) -> int | None:
    """Minutes from "20", "20 min", "1h30", "1 h 30" or "2 h"; None when empty."""
    if not text.strip():
        return None
    found = _DURATION.match(text)
    if found is None:
        raise ValidationError(field, NOT_A_DURATION, text=text.strip())
    hours, minutes, plain = found.groups()
    if plain is not None:
        return int(plain)
    return int(hours) * 60 + int(minutes or 0)


class DurationEdit(QLineEdit):
    """An optional duration in minutes, typed as 20, 1 h 30 or 2 h."""

    def __init__(self, minutes: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("for example 20 or 1 h 30"))
        self.set_value(minutes)

    def set_value(self, minutes: int | None) -> None:
        self.setText(duration_text(minutes))

    def value(self, field: str = "") -> int | None:
        return parse_duration(field, self.text())


class IntEdit(QLineEdit):
    """An optional whole number (a vote count); empty means none."""

    def __init__(self, value: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setText("" if value is None else str(value))

    def value(self, field: str = "") -> int | None:
        raw = self.text().strip().replace(" ", "").replace("\u202f", "").replace("\xa0", "")
        if not raw:
            return None
        if not raw.isdigit():
            raise ValidationError(field, NOT_A_WHOLE_NUMBER, text=self.text().strip())
        return int(raw)


class EndEdit(QLineEdit):
    """When a meeting ends: a time on the day it starts (20:00, 20h), or a date and time
    for a meeting that runs over several days; empty means not set."""

    def __init__(self, value: dt.datetime | None = None, start: dt.datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("hh:mm"))
        self.set_value(value, start)

    def set_value(self, value: dt.datetime | None, start: dt.datetime | None = None) -> None:
        if value is None:
            self.setText("")
        elif start is not None and value.date() == start.date():
            self.setText(value.strftime("%H:%M"))
        else:
            self.setText(value.strftime("%d/%m/%Y %H:%M"))

    def value(self, start: dt.datetime | None, field: str = "") -> dt.datetime | None:
        text = self.text().strip()
        if not text:
            return None
        date_part, _, time_part = text.rpartition(" ")
        if not date_part:
            date_part, time_part = "", text
        found = _TIME.match(time_part)
        if found is None:
            raise ValidationError(field, NOT_AN_END, text=text)
        hours, minutes = int(found.group(1)), int(found.group(2) or 0)
        if hours > 23 or minutes > 59:
            raise ValidationError(field, NOT_AN_END, text=text)
        if date_part:
            day = parse_date(field, date_part)
        elif start is not None:
            day = start.date()
        else:
            raise ValidationError(field, NOT_AN_END, text=text)
        return dt.datetime.combine(day, dt.time(hours, minutes))


def heading(text: str, parent: QWidget, factor: float = 1.15) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    return label
