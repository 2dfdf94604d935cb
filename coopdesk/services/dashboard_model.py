"""What the dashboard shows (frozen read models), apart from the service that reads it.

Imports neither SQLAlchemy nor the store: the window shows the dashboard's cached copy
(`dashboard_cache`) while the database layer is still loading.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

from coopdesk.services.action_rows import ActionRow

T = TypeVar("T")

#: Lines each section shows at most.
SECTION_LINES = 8
#: Follow-ups of the contact log show up this many days before their date.
FOLLOW_UP_DAYS = 7
#: How far back "latest changes by others" looks.
CHANGES_DAYS = 30

@dataclass(frozen=True)
class Section(Generic[T]):
    lines: tuple[T, ...]
    #: How many there are in all (the lines may be only the first ones).
    total: int

    @property
    def more(self) -> int:
        """How many are not among the lines."""
        return max(0, self.total - len(self.lines))


@dataclass(frozen=True)
class FollowUpLine:
    """A contact-log entry whose follow-up is not done and due soon (or late)."""

    entry_id: str
    subject: str
    follow_up: str
    follow_up_on: dt.date
    occurred_on: dt.date
    #: The person, else the organisation, the exchange was with.
    with_name: str
    organisation_name: str
    author_name: str
    is_private: bool
    days_late: int

    @property
    def id(self) -> str:
        return self.entry_id

    @property
    def late(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class MeetingLine:
    meeting_id: str
    title: str
    starts_at: dt.datetime
    place: str
    video_link: str
    project_title: str

    @property
    def id(self) -> str:
        return self.meeting_id


@dataclass(frozen=True)
class ChangeLine:
    """A record someone else added or changed last (the record to open, and by whom)."""

    kind: str
    id: str
    title: str
    #: The kind of the row that changed (a decision of the meeting `kind`/`id`, say).
    changed_kind: str
    #: True when the change was the record's creation.
    created: bool
    by: str
    by_organisation: str
    at: dt.datetime


@dataclass(frozen=True)
class SyncNoticeLine:
    """A sync conflict or notice waiting to be settled."""

    notice_id: int
    kind: str
    record_kind: str
    record_id: str
    text: str
    at: dt.datetime


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    overdue: Section[ActionRow]
    due_soon: Section[ActionRow]
    follow_ups: Section[FollowUpLine]
    next_meetings: Section[MeetingLine]
    changes_by_others: Section[ChangeLine]
    sync_notices: tuple[SyncNoticeLine, ...]
