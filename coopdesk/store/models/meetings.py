from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.enums import (
    AttendanceStatus,
    ConvocationMeans,
    DecisionOutcome,
    MeetingKind,
    MeetingStatus,
    VoteKind,
)
from coopdesk.store.base import Record, SearchText, enum_column, long_text, short_text


class Meeting(Record):
    __tablename__ = "meeting"
    __kind__ = "meeting"
    __search__ = SearchText(("title",), ("place", "notes"))

    title: Mapped[str] = mapped_column(String(500))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True,
                                                   default=None)
    place: Mapped[str] = short_text()
    video_link: Mapped[str] = short_text()
    status: Mapped[MeetingStatus] = enum_column(MeetingStatus, MeetingStatus.PLANNED)
    notes: Mapped[str] = long_text()
    secretary_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"),
                                                            default=None)
    approved_in_meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"),
                                                               default=None)
    #: Notes added after the minutes were approved (the only change an approved meeting
    #: takes): dated entries, appended by `MinutesService.annotate`.
    annotations: Mapped[str] = long_text()
    kind: Mapped[MeetingKind] = enum_column(MeetingKind, MeetingKind.OTHER)
    president_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"),
                                                            default=None)
    convened_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    convened_by_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"),
                                                              default=None)
    convocation_means: Mapped[ConvocationMeans] = enum_column(ConvocationMeans,
                                                              ConvocationMeans.EMAIL)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    quorum_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    quorum: Mapped[int | None] = mapped_column(Integer, default=None)
    quorum_numerator: Mapped[int | None] = mapped_column(Integer, default=None)
    quorum_denominator: Mapped[int | None] = mapped_column(Integer, default=None)
    max_proxies: Mapped[int | None] = mapped_column(Integer, default=None)


class AgendaItem(Record):
    __tablename__ = "agenda_item"
    __kind__ = "agenda_item"
    __part_of__ = "meeting_id"
    __search_in_parent__ = ("title", "notes", "outcome")

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    title: Mapped[str] = short_text()
    #: Fractional index, tie-broken by id (SYNC.md, ordered lists).
    position: Mapped[str] = short_text(100)
    presenter_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"),
                                                            default=None)
    planned_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = long_text()
    outcome: Mapped[str] = long_text()


class Attendance(Record):
    __tablename__ = "attendance"
    __kind__ = "attendance"
    __part_of__ = "meeting_id"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None)
    status: Mapped[AttendanceStatus] = enum_column(AttendanceStatus, AttendanceStatus.PRESENT)
    represented_by_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"),
                                                                 default=None)
    signs_minutes: Mapped[bool] = mapped_column(Boolean, default=False)


class Decision(Record):
    __tablename__ = "decision"
    __kind__ = "decision"
    __part_of__ = "meeting_id"
    __search_in_parent__ = ("text",)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"),
                                                       default=None)
    text: Mapped[str] = long_text()
    votes_for: Mapped[int | None] = mapped_column(Integer, default=None)
    votes_against: Mapped[int | None] = mapped_column(Integer, default=None)
    votes_abstain: Mapped[int | None] = mapped_column(Integer, default=None)
    vote_kind: Mapped[VoteKind] = enum_column(VoteKind, VoteKind.NONE)
    votes_not_taking_part: Mapped[int | None] = mapped_column(Integer, default=None)
    outcome: Mapped[DecisionOutcome] = enum_column(DecisionOutcome, DecisionOutcome.ADOPTED)
    secret_ballot: Mapped[bool] = mapped_column(Boolean, default=False)
    named_votes: Mapped[str] = long_text()
