"""Meetings: agenda, attendance, decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain import validation as v
from coopdesk.domain.enums import AttendanceStatus, MeetingStatus


@dataclass(frozen=True, kw_only=True)
class MeetingFields:
    title: str
    starts_at: dt.datetime
    project_id: str | None = None
    ends_at: dt.datetime | None = None
    place: str = ""
    video_link: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    notes: str = ""
    secretary_person_id: str | None = None
    approved_in_meeting_id: str | None = None

    def validate(self) -> None:
        v.required("title", self.title)
        v.short_texts([("title", self.title), ("place", self.place),
                       ("video_link", self.video_link)])
        v.long_texts([("notes", self.notes)])
        if self.ends_at is not None and self.ends_at < self.starts_at:
            raise v.ValidationError("ends_at", "The meeting ends before it starts.")

    @property
    def planned_minutes(self) -> int | None:
        if self.ends_at is None:
            return None
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True, kw_only=True)
class AgendaItemFields:
    meeting_id: str
    title: str
    position: str = ""
    presenter_person_id: str | None = None
    planned_minutes: int | None = None
    notes: str = ""
    outcome: str = ""

    def validate(self) -> None:
        v.required("title", self.title)
        v.short_texts([("title", self.title)])
        v.long_texts([("notes", self.notes), ("outcome", self.outcome)])
        v.in_range("planned_minutes", self.planned_minutes, 0, 24 * 60)


@dataclass(frozen=True, kw_only=True)
class AttendanceFields:
    meeting_id: str
    person_id: str | None = None
    organisation_id: str | None = None
    status: AttendanceStatus = AttendanceStatus.PRESENT
    represented_by_person_id: str | None = None

    def validate(self) -> None:
        if self.person_id is None and self.organisation_id is None:
            raise v.ValidationError("person_id", "Say who: a person or an organisation.")
        if self.status is AttendanceStatus.REPRESENTED and self.represented_by_person_id is None:
            raise v.ValidationError("represented_by_person_id", "Say who represents them.")


@dataclass(frozen=True, kw_only=True)
class DecisionFields:
    meeting_id: str
    text: str
    agenda_item_id: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None

    def validate(self) -> None:
        v.required("text", self.text)
        v.long_texts([("text", self.text)])
        for name in ("votes_for", "votes_against", "votes_abstain"):
            v.in_range(name, getattr(self, name), 0, 100_000)


def quorum_reached(present_or_represented: int, quorum: int | None) -> bool | None:
    """None when the project sets no quorum."""
    if quorum is None:
        return None
    return present_or_represented >= quorum
