"""Small checks shared by every record's `validate()`; each raises ValidationError."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from coopdesk.domain.errors import ValidationError

__all__ = ["ValidationError"]

SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 200_000


def required(field: str, value: str) -> None:
    if not value or not value.strip():
        raise ValidationError(field, "This field cannot be empty.")


def max_length(field: str, value: str | None, limit: int) -> None:
    if value is not None and len(value) > limit:
        raise ValidationError(
            field, "This text is too long ({length} characters, at most {limit}).",
            length=len(value), limit=limit,
        )


def short_texts(values: Iterable[tuple[str, str | None]]) -> None:
    for field, value in values:
        max_length(field, value, SHORT_TEXT_MAX)


def long_texts(values: Iterable[tuple[str, str | None]]) -> None:
    for field, value in values:
        max_length(field, value, LONG_TEXT_MAX)


def not_before(field: str, start: dt.date | None, end: dt.date | None) -> None:
    """`end` (named by *field*) may not come before `start`."""
    if start is not None and end is not None and end < start:
        raise ValidationError(field, "The end ({end}) comes before the start ({start}).",
                              start=start.isoformat(), end=end.isoformat())


def in_range(field: str, value: float | None, low: float, high: float) -> None:
    if value is not None and not (low <= value <= high):
        raise ValidationError(field, "{value} is outside the allowed range ({low} to {high}).",
                              value=value, low=low, high=high)


def not_negative(field: str, value: float | None) -> None:
    if value is not None and value < 0:
        raise ValidationError(field, "This amount cannot be negative.")


def parse_date(field: str, text: str) -> dt.date:
    """Read a date typed as ISO (2026-03-31) or French (31/03/2026); refuse impossible ones."""
    raw = text.strip()
    try:
        if "/" in raw:
            day, month, year = (int(part) for part in raw.split("/"))
            if 0 <= year < 100:  # "31/03/26" means 2026, as people write it
                year += 2000
            return dt.date(year, month, day)
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(field, "“{text}” is not a valid date (for example 31/03/2026).",
                              text=raw) from None


def email_like(field: str, value: str | None) -> None:
    if value and ("@" not in value or value.startswith("@") or value.endswith("@")):
        raise ValidationError(field, "“{value}” does not look like an email address.", value=value)
