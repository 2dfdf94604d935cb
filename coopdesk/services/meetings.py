"""Meetings: agenda (ordered), attendance, decisions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.ordering import position_after, position_between
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.meeting_lock import MeetingLockedError, ensure_editable, is_locked
from coopdesk.services.records import RecordService
from coopdesk.store import models as m
from coopdesk.store.base import Record
from coopdesk.store.db import Database


class MeetingService(RecordService[MeetingFields, rm.Meeting, m.Meeting]):
    def check(self, session: Session, fields: MeetingFields, record: m.Meeting | None) -> None:
        if is_locked(record):
            assert record is not None
            raise MeetingLockedError(title=record.title)
        if fields.status is MeetingStatus.APPROVED:
            # Approval names the approving meeting: MinutesService.approve records it.
            raise ValidationError("status", "Minutes are approved at a later meeting: use "
                                  "“Approve minutes…” and choose that meeting.")

    def check_delete(self, session: Session, record: m.Meeting) -> None:
        ensure_editable(session, record.id)


class _MeetingChild:
    """The parts of a meeting: changes show up on the meeting, and approved minutes lock
    them (meeting_lock)."""

    db: Database

    def related_changes(self, session: Session, record: Record) -> Changes:
        return Changes.of("meeting", getattr(record, "meeting_id", ""))

    def check(self, session: Session, fields: Any, record: Any) -> None:
        ensure_editable(session, fields.meeting_id)
        if record is not None:
            ensure_editable(session, record.meeting_id)
        super().check(session, fields, record)  # type: ignore[misc]

    def check_delete(self, session: Session, record: Any) -> None:
        ensure_editable(session, record.meeting_id)
        super().check_delete(session, record)  # type: ignore[misc]

    def check_restore(self, session: Session, record: Any) -> None:
        ensure_editable(session, record.meeting_id)
        super().check_restore(session, record)  # type: ignore[misc]


class AgendaItemService(_MeetingChild, RecordService[AgendaItemFields, rm.AgendaItem,
                                                     m.AgendaItem]):
    def prepare(self, session: Session, fields: AgendaItemFields,
                record: m.AgendaItem | None) -> AgendaItemFields:
        if fields.position:
            return fields
        if record is not None:
            return replace(fields, position=record.position)
        last = session.scalar(select(func.max(m.AgendaItem.position)).where(
            m.AgendaItem.meeting_id == fields.meeting_id))
        return replace(fields, position=position_after(last or None))

    def move(self, item_id: str, before_id: str | None) -> Changes:
        """Put the item just before *before_id* (None: at the end). Writes one row."""
        with self.db.unit_of_work() as session:
            item = self._load(session, item_id)
            ensure_editable(session, item.meeting_id)
            if before_id == item_id:
                return Changes()  # dropped on itself: it stays where it is
            others = [i for i in session.scalars(select(m.AgendaItem).where(
                m.AgendaItem.meeting_id == item.meeting_id, m.AgendaItem.deleted_at.is_(None),
                m.AgendaItem.id != item_id).order_by(m.AgendaItem.position, m.AgendaItem.id))]
            index = next((n for n, other in enumerate(others) if other.id == before_id),
                         len(others))
            low = others[index - 1].position if index > 0 else None
            high = others[index].position if index < len(others) else None
            if low is not None and high is not None and low >= high:
                high = None  # equal keys from concurrent inserts: append after low
            item.position = position_between(low, high)
            return Changes.of("agenda_item", item_id) | Changes.of("meeting", item.meeting_id)


class AttendanceService(_MeetingChild, RecordService[AttendanceFields, rm.Attendance,
                                                     m.Attendance]):
    """Who came to a meeting."""


class DecisionService(_MeetingChild, RecordService[DecisionFields, rm.Decision, m.Decision]):
    """What a meeting decided."""
