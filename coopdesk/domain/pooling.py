"""Pooled resources (ressources mutualisées) and their bookings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain import validation as v
from coopdesk.domain.enums import ResourceKind


@dataclass(frozen=True, kw_only=True)
class ResourceFields:
    organisation_id: str
    name: str
    kind: ResourceKind = ResourceKind.EQUIPMENT
    description: str = ""
    location: str = ""
    value_per_day_cents: int | None = None
    available: bool = True

    def validate(self) -> None:
        v.required("organisation_id", self.organisation_id)
        v.required("name", self.name)
        v.short_texts([("name", self.name), ("location", self.location)])
        v.long_texts([("description", self.description)])
        v.not_negative("value_per_day_cents", self.value_per_day_cents)


@dataclass(frozen=True, kw_only=True)
class BookingFields:
    resource_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    borrower_organisation_id: str | None = None
    borrower_person_id: str | None = None
    project_id: str | None = None
    purpose: str = ""
    return_condition: str = ""
    value_cents: int | None = None

    def validate(self) -> None:
        v.required("resource_id", self.resource_id)
        v.short_texts([("purpose", self.purpose), ("return_condition", self.return_condition)])
        if self.ends_at <= self.starts_at:
            raise v.ValidationError("ends_at", "The booking must end after it starts.")
        v.not_negative("value_cents", self.value_cents)


def overlaps(a_start: dt.datetime, a_end: dt.datetime,
             b_start: dt.datetime, b_end: dt.datetime) -> bool:
    """Half-open periods [start, end) share some time."""
    return a_start < b_end and b_start < a_end
