"""A short human title for any record, for trash lists, search and messages."""

from __future__ import annotations

from coopdesk.store.base import Record

_TITLE_ATTRS = ("title", "name", "subject", "label")


def title_of(record: Record) -> str:
    first = getattr(record, "first_name", None)
    if first is not None:
        return f"{first} {getattr(record, 'last_name', '')}".strip()
    for attr in _TITLE_ATTRS:
        value = getattr(record, attr, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    text = getattr(record, "text", None)
    if isinstance(text, str) and text.strip():
        line = text.strip().splitlines()[0]
        return line if len(line) <= 80 else line[:79] + "…"
    number = getattr(record, "number", None)
    if number is not None:
        return f"v{number}"
    return record.__kind__
