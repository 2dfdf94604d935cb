"""Which tables and columns sync, read from the mapped models (SYNC.md, "Local schema").

Every column of a record syncs except its id, its audit columns and its trash columns; a
delete is an op on the pseudo-column `_deleted`. Long-text columns carry
`info={"long_text": True}`. A new entity or column therefore needs no sync code.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Column

from coopdesk.store.base import Base, Record, is_long_text, table_of, utcnow

DELETED = "_deleted"
NOT_SYNCED = frozenset({"id", "deleted_at", "deleted_by"})


def synced_columns(model: type[Record]) -> list[Column[Any]]:
    return [c for c in table_of(model).columns
            if c.key not in NOT_SYNCED and not c.info.get("audit")]


def long_text_keys(model: type[Record]) -> list[str]:
    return [c.key for c in synced_columns(model) if is_long_text(c)]


def encode_value(value: Any) -> Any:
    """A column value as JSON: enums by value, dates and times as ISO text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def wall_time(text: str) -> dt.datetime:
    """A row's created/updated/deleted time from an op's wall text (naive UTC, to the
    microsecond the writer recorded: whole seconds for ops of coopdesk before 0.2), the same
    on the laptop that wrote the op and on every other; unreadable: now."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return utcnow()
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def record_models() -> dict[str, type[Record]]:
    """Every synced model by table name."""
    found: dict[str, type[Record]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if isinstance(cls, type) and issubclass(cls, Record):
            found[cls.__tablename__] = cls
    return found


def private_flag(model: type[Record]) -> str | None:
    """The column that keeps a row on this laptop only, if the model has one."""
    flag = getattr(model, "__private_flag__", None)
    return flag if isinstance(flag, str) else None
