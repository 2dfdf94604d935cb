"""Frozen read models handed to the UI and the command line: never ORM objects.

Each read model is the record's editable fields (from `coopdesk.domain`) plus its id and
who made and changed it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.pooling import BookingFields, ResourceFields
from coopdesk.domain.projects import (
    CharterAcceptanceFields,
    CharterFields,
    CharterVersionFields,
    IndicatorFields,
    ObjectiveFields,
    ProjectFields,
    ProjectPartnerFields,
    ReportingDeadlineFields,
)
from coopdesk.domain.reviews import ReviewFields, ReviewScoreFields


@dataclass(frozen=True, kw_only=True)
class Audit:
    created_at: dt.datetime
    created_by: str
    created_by_org: str
    updated_at: dt.datetime
    updated_by: str
    updated_by_org: str
    deleted_at: dt.datetime | None = None
    deleted_by: str = ""
    #: What a form opened of the record's long texts (`RecordService.get` fills it in):
    #: handed back to `update(..., base=...)` so that a version that arrived while someone
    #: typed becomes a conflict instead of being overwritten. Opaque; "" from lists.
    edit_base: str = field(default="", compare=False, repr=False)

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True, kw_only=True)
class Organisation(OrganisationFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Person(PersonFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Project(ProjectFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class ProjectPartner(ProjectPartnerFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class ReportingDeadline(ReportingDeadlineFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Objective(ObjectiveFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Indicator(IndicatorFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Charter(CharterFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class CharterVersion(CharterVersionFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class CharterAcceptance(CharterAcceptanceFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Action(ActionFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class ContactLogEntry(ContactLogEntryFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Meeting(MeetingFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class AgendaItem(AgendaItemFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Attendance(AttendanceFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Decision(DecisionFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Resource(ResourceFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Booking(BookingFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class Review(ReviewFields):
    id: str
    audit: Audit


@dataclass(frozen=True, kw_only=True)
class ReviewScore(ReviewScoreFields):
    id: str
    audit: Audit
