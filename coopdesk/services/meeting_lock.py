"""Approved minutes lock their meeting: the services refuse to change an approved meeting
and its parts (agenda, attendance, notes, decisions); only annotations may be added.

The check runs inside the service's own session, so a meeting approved a moment ago on this
laptop is seen. Changes arriving by sync are not refused (SYNC.md: every replica converges).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.errors import ConflictError
from coopdesk.store import models as m


class MeetingLockedError(ConflictError):
    template = ("The minutes of the meeting “{title}” are approved: the meeting can no longer "
                "be changed, only annotated.")


def is_locked(meeting: m.Meeting | None) -> bool:
    """The meeting's minutes are approved (a trashed meeting is not locked by this rule)."""
    return meeting is not None and meeting.status is MeetingStatus.APPROVED


def ensure_editable(session: Session, meeting_id: str | None) -> None:
    """Raise MeetingLockedError when the meeting *meeting_id* is approved."""
    if not meeting_id:
        return
    meeting = session.get(m.Meeting, meeting_id)
    if is_locked(meeting):
        assert meeting is not None
        raise MeetingLockedError(title=meeting.title)
