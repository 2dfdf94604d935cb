"""Dates, amounts and names shown the French way (the locale decides)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def date_text(value: dt.date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    return loc.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def datetime_text(value: dt.datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    qdt = QDateTime(QDate(value.year, value.month, value.day),
                    QTime(value.hour, value.minute))
    return loc.toString(qdt, QLocale.FormatType.ShortFormat)


def money_text(cents: int | None, locale: QLocale | None = None) -> str:
    if cents is None:
        return ""
    loc = locale or QLocale()
    return loc.toCurrencyString(cents / 100, "€")


def parse_money(text: str, locale: QLocale | None = None) -> int | None:
    """Read an amount typed as "1 234,50", "1234.5" or "1 234 €"; None when empty.

    Raises ValueError when the text is not an amount.
    """
    raw = text.replace("€", "").replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if not raw:
        return None
    loc = locale or QLocale()
    value, ok = loc.toDouble(raw)
    if not ok:
        value = float(raw.replace(",", "."))
    return round(value * 100)
