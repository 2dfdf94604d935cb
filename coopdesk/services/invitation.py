"""A meeting's invitation as an iCalendar request (RFC 5545 and the iTIP methods of RFC
5546), built with the icalendar library: `METHOD:REQUEST` (or `METHOD:CANCEL` for a
cancelled meeting), the organiser, one attendee per expected person with an e-mail
(`meeting_people`), the agenda in the description.

Calendar programs take a new invitation for the same event (same UID as the calendar
export: `meeting-<id>@coopdesk`) as an update only when its SEQUENCE is higher. The
sequence is the number of seconds between the meeting's creation and the newest change of
the meeting, its agenda or its attendance list, read from the hybrid clock of the op log's
live changes (`store.change_marks`): it rises with every change, and every laptop holding
the same data writes the same number, including one that joined from a snapshot. DTSTAMP
is the time of that newest change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select

from coopdesk import __version__
from coopdesk.domain.enums import MeetingStatus
from coopdesk.services.calendar_export import TZID, VTIMEZONE
from coopdesk.services.document_wording import Wording
from coopdesk.services.meeting_details import MeetingDetailService
from coopdesk.services.meeting_people import MeetingPeople, MeetingPeopleService
from coopdesk.services.meeting_read_models import MeetingDetail
from coopdesk.store import models as m
from coopdesk.store.change_marks import change_marks
from coopdesk.store.db import Database

CONTEXT = "Invitation"
#: The length given to a meeting with no end and no planned agenda.
DEFAULT_LENGTH = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Invitation:
    """The .ics of a meeting and what it says."""

    ics: bytes
    method: str
    sequence: int
    #: The addresses written as attendees.
    attendees: tuple[str, ...]
    has_organiser: bool


def usable_address(text: str) -> str:
    """*text* as an e-mail address a mail program and a calendar take ("" when it is not
    one: spaces, line breaks, no "@", several "@")."""
    address = text.strip()
    local, at, domain = address.partition("@")
    if not at or not local or "." not in domain or "@" in domain or any(
            char.isspace() or char in '<>()[],;:"\\' for char in address):
        return ""
    return address


class InvitationService:
    """Builds the invitation of a meeting (Qt-free)."""

    def __init__(self, db: Database, details: MeetingDetailService | None = None) -> None:
        self.db = db
        self.details = details or MeetingDetailService(db)
        self.people = MeetingPeopleService(db)

    def sequence_and_stamp(self, meeting_id: str) -> tuple[int, dt.datetime]:
        """The invitation's SEQUENCE and DTSTAMP (UTC) for the meeting as it is now."""
        with self.db.reading() as session:
            meeting = session.get(m.Meeting, meeting_id)
            updated = meeting.updated_at if meeting is not None else dt.datetime(1970, 1, 1)
            parts = {"meeting": [meeting_id]}
            for model in (m.AgendaItem, m.Attendance):  # deleted ones too: a change
                parts[model.__tablename__] = list(session.scalars(
                    select(model.id).where(model.meeting_id == meeting_id)))
            marks = change_marks(session.connection(), ("meeting", meeting_id), parts)
        if marks.newest_ms is None:
            return 0, updated.replace(tzinfo=dt.UTC)
        stamp = dt.datetime.fromtimestamp(marks.newest_ms / 1000, dt.UTC)
        return marks.seconds_since_first, stamp.replace(microsecond=0)

    def invitation(self, meeting_id: str, wording: Wording | None = None) -> Invitation:
        w = wording or Wording()
        detail = self.details.detail(meeting_id)
        people = self.people.people(meeting_id)
        sequence, stamp = self.sequence_and_stamp(meeting_id)
        return build_invitation(detail, people, w, sequence, stamp)


def build_invitation(detail: MeetingDetail, people: MeetingPeople, w: Wording,
                     sequence: int, stamp: dt.datetime) -> Invitation:
    meeting = detail.meeting
    cancelled = meeting.status is MeetingStatus.CANCELLED
    method = "CANCEL" if cancelled else "REQUEST"
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//coopdesk//coopdesk {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add_component(icalendar.Timezone.from_ical("\r\n".join(VTIMEZONE)))
    zone = ZoneInfo(TZID)
    starts = meeting.starts_at.replace(tzinfo=zone)
    if meeting.ends_at is not None and meeting.ends_at > meeting.starts_at:
        ends = meeting.ends_at.replace(tzinfo=zone)
    else:
        planned = dt.timedelta(minutes=detail.planned_minutes)
        ends = starts + (planned or DEFAULT_LENGTH)
    event = icalendar.Event()
    event.add("uid", f"meeting-{meeting.id}@coopdesk")
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("dtstart", starts)
    event.add("dtend", ends)
    event.add("summary", meeting.title)
    where = meeting.place or meeting.video_link
    if where:
        event.add("location", where)
    if meeting.video_link.startswith(("https://", "http://")) and \
            not any(c.isspace() for c in meeting.video_link):
        event.add("url", meeting.video_link)
    event.add("description", agenda_text(detail, w))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    organiser = people.organiser
    organiser_address = usable_address(organiser.email) if organiser else ""
    if organiser is not None and organiser_address:
        event.add("organizer", _address(organiser_address, organiser.name))
    attendees: list[str] = []
    for person in people.people:
        address = usable_address(person.email)
        if not address or address.lower() in (a.lower() for a in attendees):
            continue
        attendee = _address(address, person.name)
        attendee.params["cutype"] = "GROUP" if person.is_organisation else "INDIVIDUAL"
        attendee.params["role"] = "REQ-PARTICIPANT"
        attendee.params["partstat"] = "NEEDS-ACTION"
        attendee.params["rsvp"] = "TRUE"
        event.add("attendee", attendee)
        attendees.append(address)
    calendar.add_component(event)
    return Invitation(calendar.to_ical(), method, sequence, tuple(attendees),
                      bool(organiser_address))


def _address(address: str, name: str) -> icalendar.vCalAddress:
    value = icalendar.vCalAddress(f"mailto:{address}")
    shown = " ".join(name.split())
    if shown:
        value.params["cn"] = shown
    return value


def agenda_text(detail: MeetingDetail, w: Wording) -> str:
    """The description: the project, the video link and the numbered agenda."""

    def t(source: str) -> str:
        return w.tr(CONTEXT, source)

    meeting = detail.meeting
    lines: list[str] = []
    if meeting.status is MeetingStatus.CANCELLED:
        lines += [t("This meeting is cancelled."), ""]
    if detail.project_title:
        lines.append(t("Project: {project}").format(project=detail.project_title))
    if meeting.video_link and meeting.place:
        lines.append(t("Video link: {link}").format(link=meeting.video_link))
    if lines and lines[-1]:
        lines.append("")
    if detail.agenda:
        lines.append(t("Agenda:"))
        for line in detail.agenda:
            about = [t("presented by {person}").format(person=line.presenter_name)
                     if line.presenter_name else "",
                     t("{minutes} min").format(minutes=line.item.planned_minutes)
                     if line.item.planned_minutes else ""]
            extra = ", ".join(x for x in about if x)
            lines.append(f"{line.number}. {line.item.title}" + (f" ({extra})" if extra else ""))
    else:
        lines.append(t("The agenda will follow."))
    return "\n".join(lines).strip()
