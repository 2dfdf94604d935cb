"""Whether a value that arrived in an op can go into the local schema (issue 13).

Every remote op is kept in the op log and takes part in the merge whatever it holds, so
that nothing is lost and every laptop keeps the same live state. Projection asks
`problem_of` about the winning value of each field before writing it into a domain
table: a value this version cannot store (wrong type, null or blank in a required field,
an enum value it does not know, text too long, a number out of range) is *quarantined*:
the row keeps showing the newest valid value of the field, and a row notice names the
change, its writer and their device until a later change makes the field valid again.

Not refused, on purpose:
- ops of tables and columns this version does not know: kept and carried in snapshots
  (SYNC.md, "Schema evolution"); a newer version shows them;
- a reference to a row this laptop does not hold: a child may arrive before its parent,
  the parent may be private to its writer's laptop or purged, so the id is stored as it is
  and every reader treats a reference it cannot follow as no link. Only its shape (text,
  at most 36 characters: an id) is checked.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Float, Integer, String

#: Why a value was not applied (the notice shows a sentence for each).
WRONG_TYPE = "wrong_type"
REQUIRED = "required"
NOT_ALLOWED = "not_allowed"
TOO_LONG = "too_long"
OUT_OF_RANGE = "out_of_range"
REASONS = (WRONG_TYPE, REQUIRED, NOT_ALLOWED, TOO_LONG, OUT_OF_RANGE)

#: Longest text of a column without a declared length (domain.validation.LONG_TEXT_MAX).
TEXT_MAX = 200_000
#: SQLite's INTEGER range.
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1
#: Longest id a reference or a row may have (UUIDs are 36 characters).
ID_MAX = 36


def required(column: Column[Any]) -> bool:
    """A business field that must hold something: NOT NULL, no default, not a reference
    (an organisation's name, an action's title, a meeting's start)."""
    return not column.nullable and column.default is None and not column.foreign_keys


def problem_of(column: Column[Any], raw: Any) -> str | None:
    """Why *raw* (a JSON value from an op) cannot be stored in *column*; None when it can."""
    if raw is None:
        return REQUIRED if not column.nullable else None
    kind = column.type
    if isinstance(kind, Enum):
        if not isinstance(raw, str):
            return WRONG_TYPE
        return None if raw in kind.enums else NOT_ALLOWED
    if isinstance(kind, Boolean):
        return None if isinstance(raw, bool) else WRONG_TYPE
    if isinstance(kind, Integer):
        if not isinstance(raw, int) or isinstance(raw, bool):
            return WRONG_TYPE
        return None if INT_MIN <= raw <= INT_MAX else OUT_OF_RANGE
    if isinstance(kind, Float):
        if not isinstance(raw, int | float) or isinstance(raw, bool):
            return WRONG_TYPE
        try:
            return None if math.isfinite(float(raw)) else OUT_OF_RANGE
        except OverflowError:
            return OUT_OF_RANGE
    if isinstance(kind, DateTime):
        return _time_problem(raw, dt.datetime.fromisoformat)
    if isinstance(kind, Date):
        return _time_problem(raw, dt.date.fromisoformat)
    if isinstance(kind, String):  # Text too
        if not isinstance(raw, str):
            return WRONG_TYPE
        limit = ID_MAX if column.foreign_keys else (kind.length or TEXT_MAX)
        if len(raw) > limit:
            return TOO_LONG
        return REQUIRED if required(column) and not raw.strip() else None
    return None  # a type this check does not know: stored as the projection encodes it


def _time_problem(raw: Any, parse: Any) -> str | None:
    if not isinstance(raw, str) or len(raw) > 40:
        return WRONG_TYPE
    try:
        value = parse(raw)
    except ValueError:
        return WRONG_TYPE
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return WRONG_TYPE  # every coopdesk writes naive UTC
    return None


def row_problem(row_id: str) -> str | None:
    """Why a row id cannot be a domain row's id (empty, or longer than an id)."""
    if not row_id or len(row_id) > ID_MAX:
        return WRONG_TYPE
    return None


def shown_value(raw: Any, limit: int = 80) -> str:
    """A short text of a refused value for the notice."""
    text = repr(raw) if not isinstance(raw, str) else raw
    return text if len(text) <= limit else text[:limit - 1] + "…"


__all__ = ["NOT_ALLOWED", "OUT_OF_RANGE", "REASONS", "REQUIRED", "TOO_LONG", "WRONG_TYPE",
           "problem_of", "required", "row_problem", "shown_value"]
