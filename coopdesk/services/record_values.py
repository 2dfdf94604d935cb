"""Read a field's value typed on the command line (the VALUE of FIELD=VALUE) by its type.

An empty VALUE clears a field that may be empty (a date, a number, a reference), is the
empty text for a text and is refused for any other field. Each refusal is a
ValidationError naming the field and what it takes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from coopdesk.domain.errors import ValidationError
from coopdesk.services import record_kinds as k
from coopdesk.services.record_kinds import CommandField

TRUE_WORDS = ("oui", "true", "1", "yes")
FALSE_WORDS = ("non", "false", "0", "no")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?")

NEEDS_A_VALUE = "cannot be empty: give the id of a {kind}."
NOT_IN_LIST = "unknown value “{value}”; the possible values are: {allowed}."
NOT_A_BOOL = "“{value}” is not yes or no; the possible values are: {allowed}."
NOT_AN_INT = "“{value}” is not a whole number (for example 12)."
NOT_A_DECIMAL = "“{value}” is not a number (for example 12.5)."
NOT_MONEY = ("“{value}” is not an amount in cents (for example 1250) or in euros (for "
             "example 12.50€).")
NOT_A_DATE = "“{value}” is not a date written YYYY-MM-DD (for example 2026-03-31)."
NO_SUCH_MONTH = "“{value}” is not a day of the calendar: there is no month {month}."
NO_SUCH_DAY = "“{value}” is not a day of the calendar: that month has {days} days."
NOT_A_DATETIME = ("“{value}” is not a date and time written YYYY-MM-DDTHH:MM (for example "
                  "2026-03-31T18:30).")


def parse_value(spec: CommandField, text: str) -> Any:
    """The value *text* stands for in the field *spec*; raises ValidationError."""
    if spec.form == k.TEXT:
        return text
    raw = text.strip()
    if not raw and spec.optional:
        return None
    reader = _READERS.get(spec.form)
    if reader is None:
        raise TypeError(f"no reader for the type {spec.form} of {spec.name}")
    return reader(spec, raw)


def _enum(spec: CommandField, raw: str) -> Any:
    assert spec.enum_type is not None
    for member in spec.enum_type:
        if raw == member.value:
            return member
    raise ValidationError(spec.name, NOT_IN_LIST, value=raw, allowed=", ".join(spec.allowed))


def _bool(spec: CommandField, raw: str) -> bool:
    word = raw.casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError(spec.name, NOT_A_BOOL, value=raw,
                          allowed="oui, non, true, false, 1, 0")


def _int(spec: CommandField, raw: str) -> int:
    if not re.fullmatch(r"[+-]?\d+", raw):
        raise ValidationError(spec.name, NOT_AN_INT, value=raw)
    return int(raw)


def _decimal(spec: CommandField, raw: str) -> float:
    try:
        number = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValidationError(spec.name, NOT_A_DECIMAL, value=raw)
    return float(number)


def _money(spec: CommandField, raw: str) -> int:
    """Cents as a whole number, or euros with their sign: "12,50 €" is 1250."""
    if re.fullmatch(r"[+-]?\d+", raw):
        return int(raw)
    euros = raw.removesuffix("€").strip().replace(",", ".")
    if raw.endswith("€") and re.fullmatch(r"[+-]?\d+(\.\d{1,2})?", euros):
        return int(Decimal(euros) * 100)
    raise ValidationError(spec.name, NOT_MONEY, value=raw)


def _date(spec: CommandField, raw: str) -> dt.date:
    if not _ISO_DATE.fullmatch(raw):
        raise ValidationError(spec.name, NOT_A_DATE, value=raw)
    return _calendar_day(spec, raw, raw)


def _datetime(spec: CommandField, raw: str) -> dt.datetime:
    if not _ISO_DATETIME.fullmatch(raw):
        raise ValidationError(spec.name, NOT_A_DATETIME, value=raw)
    day = _calendar_day(spec, raw[:10], raw)
    try:
        time = dt.time.fromisoformat(raw[11:])
    except ValueError:
        raise ValidationError(spec.name, NOT_A_DATETIME, value=raw) from None
    return dt.datetime.combine(day, time)


def _calendar_day(spec: CommandField, iso: str, raw: str) -> dt.date:
    """The day *iso* (YYYY-MM-DD) names, or why it names none (2026-02-30)."""
    year, month, day = (int(part) for part in iso.split("-"))
    if year < 1:
        raise ValidationError(spec.name, NOT_A_DATE, value=raw)
    if not 1 <= month <= 12:
        raise ValidationError(spec.name, NO_SUCH_MONTH, value=raw, month=month)
    try:
        return dt.date(year, month, day)
    except ValueError:
        days = calendar.monthrange(year, month)[1]
        raise ValidationError(spec.name, NO_SUCH_DAY, value=raw, days=days) from None


def _reference(spec: CommandField, raw: str) -> str:
    if not raw:
        raise ValidationError(spec.name, NEEDS_A_VALUE, kind=spec.reference_kind)
    # Whether the record exists and is outside the trash is checked by the service, in the
    # transaction that saves (RecordService._check_references).
    return raw


_READERS = {k.ENUM: _enum, k.BOOL: _bool, k.INT: _int, k.DECIMAL: _decimal, k.MONEY: _money,
            k.DATE: _date, k.DATETIME: _datetime, k.REFERENCE: _reference}

#: Every form of field `parse_value` reads.
READABLE = frozenset({k.TEXT, *_READERS})
