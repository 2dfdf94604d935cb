"""Declarative base, audit columns and the column metadata that sync reads.

Every synced table follows the sync rules of SYNC.md: UUIDv7 text ids, soft delete
(`deleted_at`), no UNIQUE constraint on business columns, foreign keys declared but not
enforced by SQLite (a child may arrive before its parent), and long-text columns marked with
`info={"long_text": True}` so a concurrent edit becomes a visible conflict.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import Boolean, DateTime, Enum, Index, MetaData, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, declared_attr, mapped_column

from coopdesk.domain.enums import UnknownValue
from coopdesk.domain.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}

E = TypeVar("E", bound=enum.Enum)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> dt.datetime:
    """Naive UTC: SQLite stores no time zone, so every stored timestamp is UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class SearchText:
    """What of a record the search index holds (store/search_index.py): column names.

    The title is the title columns joined by a space ("first_name", "last_name"); the body
    holds the body columns one per line, then the text of the record's parts that declare
    `__search_in_parent__`.
    """

    title: tuple[str, ...]
    body: tuple[str, ...] = ()


class Record(Base):
    """Columns every synced record has: id, who created and changed it, trash.

    A model also declares the storage facts of its kind (its `_meta`, read by the kind
    registry in services/kinds.py and by the store itself): `__kind__`, `__part_of__`,
    `__search__`, `__search_in_parent__` and, for private rows, `__private_flag__`.
    """

    __abstract__ = True
    #: Name shown to users for the kind of record, and used in search and export.
    __kind__: str = ""
    #: The column naming the record this one exists only inside (a meeting's agenda item:
    #: "meeting_id"): it goes with it when that one is deleted for good.
    __part_of__: str | None = None
    #: How the record becomes a search document; None keeps its kind out of the index.
    __search__: SearchText | None = None
    #: Columns whose text belongs to the document of the record it is part of (an agenda
    #: item's title is found by searching its meeting).
    __search_in_parent__: tuple[str, ...] = ()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow,
                                                    info={"audit": True})
    created_by: Mapped[str] = mapped_column(String(200), default="", info={"audit": True})
    created_by_org: Mapped[str] = mapped_column(String(200), default="", info={"audit": True})
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True,
                                                    info={"audit": True})
    updated_by: Mapped[str] = mapped_column(String(200), default="", info={"audit": True})
    updated_by_org: Mapped[str] = mapped_column(String(200), default="", info={"audit": True})
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    deleted_by: Mapped[str] = mapped_column(String(200), default="")

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:  # noqa: N805  (a class-level attribute)
        # Partial: a plain index on deleted_at makes SQLite pick it for "deleted_at IS NULL"
        # (99 % of rows) and then sort everything; this one only serves the trash.
        return (Index(f"ix_{cls.__tablename__}_in_trash", "deleted_at",
                      sqlite_where=text("deleted_at IS NOT NULL")), *cls.extra_indexes())

    @classmethod
    def extra_indexes(cls) -> tuple[Index, ...]:
        """Indexes a table adds for its own queries."""
        return ()

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    @classmethod
    def settle_projected(cls, values: dict[str, Any], day: dt.date) -> None:
        """Bring the values of a row projected from sync ops (store/sync_projection.py) in
        line with the domain's rules, in place. Columns merge one by one (the latest op of
        each wins), so two laptops' changes can mix into a row no single laptop wrote;
        *day* is when the newest op was made. Deterministic, so every laptop shows the
        same row. The services apply the same rules to local changes."""


def long_text() -> MappedColumn[Any]:
    """A long free text (notes, summaries, descriptions): concurrent edits are conflicts."""
    return mapped_column(Text, default="", info={"long_text": True})


def short_text(length: int = 500) -> MappedColumn[Any]:
    return mapped_column(String(length), default="")


class TolerantEnum(Enum):
    """An Enum stored as its value's text that reads a value none of its members has (a
    newer version's, or one written by hand) as an `UnknownValue` holding that text,
    instead of raising LookupError: a page never fails on a value it does not know, and
    the value is kept as it is (it is written back only if someone changes it)."""

    cache_ok = True

    def _object_value_for_elem(self, elem: Any) -> Any:
        try:
            return super()._object_value_for_elem(elem)
        except LookupError:
            return UnknownValue(str(elem))

    def _db_value_for_elem(self, elem: Any) -> Any:
        if isinstance(elem, UnknownValue):
            return elem.value
        return super()._db_value_for_elem(elem)  # type: ignore[no-untyped-call]


def enum_column(enum_cls: type[E], default: E) -> MappedColumn[Any]:
    """Stores the enum's value as text, without a CHECK (newer versions may add values);
    an unknown stored value reads as an `UnknownValue` (see TolerantEnum)."""
    return mapped_column(
        TolerantEnum(enum_cls, native_enum=False, create_constraint=False, length=40,
                     values_callable=lambda members: [m.value for m in members],
                     validate_strings=False),
        default=default,
    )


def flag(default: bool = False) -> MappedColumn[Any]:
    return mapped_column(Boolean, default=default)


def is_long_text(column: Any) -> bool:
    return bool(getattr(column, "info", {}).get("long_text"))


def table_of(model: type[Base]) -> Table:
    """The mapped table of *model*, typed as a Table (SQLAlchemy types it as FromClause)."""
    return cast(Table, model.__table__)
