"""The trash: every deleted record of every kind, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coopdesk.services.kinds import KINDS
from coopdesk.store.db import Database
from coopdesk.store.titles import title_of


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: str
    title: str
    deleted_at: dt.datetime
    deleted_by: str


def list_trash(db: Database, limit: int = 1000) -> list[TrashItem]:
    items: list[TrashItem] = []
    with db.reading() as session:
        for model in (spec.model for spec in KINDS.values()):
            query = (select(model).where(model.deleted_at.is_not(None))
                     .order_by(model.deleted_at.desc()).limit(limit))
            for record in session.scalars(query):
                assert record.deleted_at is not None
                items.append(TrashItem(kind=model.__kind__, id=record.id,
                                       title=title_of(record), deleted_at=record.deleted_at,
                                       deleted_by=record.deleted_by))
    items.sort(key=lambda item: item.deleted_at, reverse=True)
    return items[:limit]
