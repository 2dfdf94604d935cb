from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.enums import ResourceKind
from coopdesk.store.base import Record, SearchText, enum_column, long_text, short_text


class Resource(Record):
    __tablename__ = "resource"
    __kind__ = "resource"
    __search__ = SearchText(("name",), ("location", "description"))

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[ResourceKind] = enum_column(ResourceKind, ResourceKind.EQUIPMENT)
    description: Mapped[str] = long_text()
    location: Mapped[str] = short_text()
    value_per_day_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    available: Mapped[bool] = mapped_column(Boolean, default=True)


class Booking(Record):
    __tablename__ = "booking"
    __kind__ = "booking"
    __part_of__ = "resource_id"

    resource_id: Mapped[str] = mapped_column(ForeignKey("resource.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    borrower_organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id"), default=None)
    borrower_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"),
                                                           default=None)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), default=None)
    purpose: Mapped[str] = short_text()
    return_condition: Mapped[str] = short_text()
    value_cents: Mapped[int | None] = mapped_column(Integer, default=None)
