"""Fractional indexes for ordered lists (agenda items, objectives): SYNC.md, "Relational rules".

A position is a base-62 string read as a fraction in (0, 1). A new item between two others
gets a key strictly between theirs, so reordering writes one row and concurrent inserts
never collide (ties are broken by row id).
"""

from __future__ import annotations

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BASE = len(DIGITS)


def _midpoint(low: str, high: str | None) -> str:
    if high is not None:
        shared = 0
        while shared < len(high) and (low[shared] if shared < len(low) else "0") == high[shared]:
            shared += 1
        if shared > 0:
            return high[:shared] + _midpoint(low[shared:], high[shared:])
    digit_low = DIGITS.index(low[0]) if low else 0
    digit_high = DIGITS.index(high[0]) if high is not None else BASE
    if digit_high - digit_low > 1:
        return DIGITS[(digit_low + digit_high) // 2]
    if high is not None and len(high) > 1:
        return high[0]
    return DIGITS[digit_low] + _midpoint(low[1:], None)


def position_between(before: str | None, after: str | None) -> str:
    """A key that sorts after *before* and before *after* (None: the list's start or end)."""
    low = before or ""
    if after is not None and after <= low:
        raise ValueError(f"{before!r} must sort before {after!r}")
    return _midpoint(low, after or None)


def position_after(last: str | None) -> str:
    return position_between(last, None)
