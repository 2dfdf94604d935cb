"""The wording of printed documents and exports in the interface's language (Qt Linguist and
the default QLocale), for the Qt-free builders in services (see services.document_wording)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coopdesk.services.document_wording import Wording
from coopdesk.ui.formatting import money_text
from coopdesk.ui.labels import enum_label


class QtWording(Wording):
    """Translates through the installed QTranslators; dates and amounts follow QLocale()."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()

    def tr(self, context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    def label(self, value: Enum) -> str:
        return enum_label(value)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        day = QDate(value.year, value.month, value.day)
        if value.day == 1 and self.locale.language() == QLocale.Language.French:
            # "le 1er septembre", as French writes the first of a month
            return "1er " + self.locale.toString(day, "MMMM yyyy")
        return self.locale.toString(day, "d MMMM yyyy")

    def short_date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")

    def money(self, cents: int | None) -> str:
        return money_text(cents, self.locale)

    def number(self, value: float | None) -> str:
        if value is None:
            return ""
        text = self.locale.toString(value, "f", 2)
        point = self.locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text
