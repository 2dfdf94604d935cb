"""How values are shown and typed: French numbers, percentages, the first line of a
text, the enum member a combo holds, an optional number edit."""

from __future__ import annotations

import math
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coopdesk.domain.errors import ValidationError
from coopdesk.ui.labels import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=Enum)


def enum_value(combo: QComboBox, enum_cls: type[E]) -> E:
    """The enum member a combo holds (Qt hands a StrEnum back as a plain str)."""
    return enum_cls(combo.currentData())


def number_text(value: float | None, locale: QLocale | None = None) -> str:
    """A number the French way, without useless decimals (12 ; 12,5 ; 0,75)."""
    if value is None:
        return ""
    loc = locale or QLocale()
    if float(value).is_integer():
        return loc.toString(int(value))
    return loc.toString(float(value), "f", 2).rstrip("0").rstrip(loc.decimalPoint())


def progress_text(progress: float | None) -> str:
    return "" if progress is None else f"{round(progress * 100)} %"


class NumberEdit(QLineEdit):
    """An optional decimal number typed as 12,5 or 12.5; empty means none."""

    NOT_A_NUMBER = QT_TRANSLATE_NOOP("errors", "“{text}” is not a number (for example 12,5).")

    def __init__(self, value: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_value(value)

    def set_value(self, value: float | None) -> None:
        self.setText(number_text(value))

    def value(self, field: str = "") -> float | None:
        raw = (self.text().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
               .replace("%", ""))
        if not raw:
            return None
        number, ok = QLocale().toDouble(raw)
        if not ok:
            try:
                number = float(raw.replace(",", "."))
            except ValueError:
                raise ValidationError(field, self.NOT_A_NUMBER, text=self.text()) from None
        if not math.isfinite(number):
            raise ValidationError(field, self.NOT_A_NUMBER, text=self.text())
        return number


def first_line(text: str, limit: int = 90) -> str:
    """The first line of *text*, cut with an ellipsis past *limit* characters."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
