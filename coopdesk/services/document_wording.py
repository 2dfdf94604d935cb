"""The words and formats of printable documents and exports built by services.

Services may not import Qt, yet the dossier, the partner's action sheet and the calendar are
read by people in their language. Builders therefore take a `Wording`: this base class keeps
the English source text and plain ISO formats (tests, scripts); the interface and the
command line pass `coopdesk.ui.document_wording.QtWording`, which translates through Qt
Linguist (context + English source, like `QCoreApplication.translate`) and formats dates and
amounts with the locale.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class Wording:
    """English text and ISO formats; subclasses translate and follow a locale."""

    def tr(self, context: str, source: str) -> str:
        """*source* (English) translated in *context* (a class-like name)."""
        return source

    def label(self, value: Enum) -> str:
        """A human name for an enum value ("in_progress" -> "In progress")."""
        text = str(value.value).replace("_", " ")
        return text[:1].upper() + text[1:]

    def date(self, value: dt.date | None) -> str:
        """A date as a document prints it in full ("26 November 2026")."""
        if value is None:
            return ""
        # Not strftime("%B"): the C library's locale (set by Qt) would decide the language.
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

    def short_date(self, value: dt.date | None) -> str:
        """A date for a table cell."""
        return value.isoformat() if value is not None else ""

    def time(self, value: dt.datetime | None) -> str:
        return value.strftime("%H:%M") if value is not None else ""

    def money(self, cents: int | None) -> str:
        if cents is None:
            return ""
        return f"{cents / 100:,.2f} €"

    def number(self, value: float | None) -> str:
        """A measured value with at most two decimals and none useless (12, 12.5)."""
        if value is None:
            return ""
        return f"{value:.2f}".rstrip("0").rstrip(".")
