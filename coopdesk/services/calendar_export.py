"""Meetings and due actions as an iCalendar file (RFC 5545) that calendar apps import.

Choices:
- Meetings are stored as the wall-clock time where the partners meet (French associations),
  so they are written with TZID=Europe/Paris and the file carries that VTIMEZONE (the EU
  summer-time rule since 1996). A calendar in another zone then shows the right instant,
  which floating times would not.
- Only open actions are written (done and cancelled ones are left out); with
  `skip_overdue`, those due before today are left out too.
- An open action with a due date is an all-day event on that date (VALUE=DATE, marked
  TRANSPARENT so it does not block the day): calendar apps show events everywhere, while
  many ignore VTODO.
- UIDs are stable per record (`meeting-<id>@coopdesk`, `action-<id>@coopdesk`), so importing
  a newer export updates the events instead of duplicating them; DTSTAMP is the record's last
  change (UTC), so an unchanged record gives the same lines.
- Lines end with CRLF and are folded at 75 octets without cutting a UTF-8 character; text
  values escape backslash, semicolon, comma and line breaks.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from coopdesk import __version__
from coopdesk.domain.enums import OPEN_ACTION_STATUSES, MeetingStatus
from coopdesk.services.document_wording import Wording
from coopdesk.store import models as m
from coopdesk.store.db import Database

CONTEXT = "CalendarExport"
TZID = "Europe/Paris"
MAX_OCTETS = 75
VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZID}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    meetings: int
    actions: int


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """*line* folded into pieces of at most 75 octets, each continuation starting with a
    space, never cutting a UTF-8 character; pieces joined by CRLF."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def _local(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def _utc(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


class CalendarExportService:
    """Writes the workspace's meetings and open due actions as one .ics file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def lines(self, wording: Wording | None = None, calendar_name: str = "coopdesk", *,
              skip_overdue: bool = False, today: dt.date | None = None) -> list[str]:
        """The unfolded content lines of the calendar; with *skip_overdue*, no action due
        before *today* (the real today by default)."""
        w = wording or Wording()
        out = ["BEGIN:VCALENDAR", "VERSION:2.0",
               f"PRODID:-//coopdesk//coopdesk {__version__}//EN", "CALSCALE:GREGORIAN",
               f"X-WR-CALNAME:{escape_text(calendar_name)}", f"X-WR-TIMEZONE:{TZID}",
               *VTIMEZONE]
        out += self._meetings(w)
        out += self._actions(w, (today or dt.date.today()) if skip_overdue else None)
        out.append("END:VCALENDAR")
        return out

    def text(self, wording: Wording | None = None, calendar_name: str = "coopdesk", *,
             skip_overdue: bool = False, today: dt.date | None = None) -> str:
        return "".join(fold(line) + "\r\n" for line in self.lines(
            wording, calendar_name, skip_overdue=skip_overdue, today=today))

    def write(self, path: Path, wording: Wording | None = None,
              calendar_name: str = "coopdesk", *, skip_overdue: bool = False,
              today: dt.date | None = None) -> CalendarResult:
        """Write the calendar to *path* atomically (a failed write leaves no half file)."""
        lines = self.lines(wording, calendar_name, skip_overdue=skip_overdue, today=today)
        data = "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
        target = Path(path)
        handle, temp = tempfile.mkstemp(prefix=".coopdesk-calendar-", suffix=".tmp",
                                        dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            Path(temp).replace(target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return CalendarResult(target, meetings=lines.count("X-COOPDESK-KIND:meeting"),
                              actions=lines.count("X-COOPDESK-KIND:action"))

    # -- events ------------------------------------------------------------------------
    def _meetings(self, w: Wording) -> Iterator[str]:
        with self.db.reading() as session:
            rows = session.execute(
                select(m.Meeting, m.Project.title)
                .outerjoin(m.Project, m.Project.id == m.Meeting.project_id)
                .where(m.Meeting.deleted_at.is_(None))
                .order_by(m.Meeting.starts_at, m.Meeting.id)).all()
            found = [(meeting.id, meeting.title, meeting.starts_at, meeting.ends_at,
                      meeting.place, meeting.video_link, meeting.status, meeting.updated_at,
                      project or "") for meeting, project in rows]
        for (mid, title, starts, ends, place, link, status, updated, project) in found:
            about = [w.tr(CONTEXT, "Project: {project}").format(project=project)
                     if project else "",
                     w.tr(CONTEXT, "Video link: {link}").format(link=link)
                     if link and place else ""]
            yield from _event(
                uid=f"meeting-{mid}@coopdesk", stamp=updated, kind="meeting",
                times=[f"DTSTART;TZID={TZID}:{_local(starts)}"]
                + ([f"DTEND;TZID={TZID}:{_local(ends)}"] if ends else []),
                summary=title, location=place or link,
                description="\n".join(x for x in about if x),
                extra=["STATUS:CANCELLED" if status is MeetingStatus.CANCELLED
                       else "STATUS:CONFIRMED"] + ([f"URL:{link}"] if _is_url(link) else []))

    def _actions(self, w: Wording, due_from: dt.date | None) -> Iterator[str]:
        """Open actions with a due date (on or after *due_from* when given)."""
        with self.db.reading() as session:
            query = (
                select(m.Action.id, m.Action.title, m.Action.description, m.Action.due_on,
                       m.Action.updated_at, m.Project.title, m.Organisation.name,
                       m.Person.first_name, m.Person.last_name)
                .outerjoin(m.Project, m.Project.id == m.Action.project_id)
                .outerjoin(m.Organisation, m.Organisation.id == m.Action.owner_organisation_id)
                .outerjoin(m.Person, m.Person.id == m.Action.owner_person_id)
                .where(m.Action.deleted_at.is_(None), m.Action.due_on.is_not(None),
                       m.Action.status.in_(sorted(OPEN_ACTION_STATUSES)))
                .order_by(m.Action.due_on, m.Action.id))
            if due_from is not None:
                query = query.where(m.Action.due_on >= due_from)
            rows = session.execute(query).all()
        for aid, title, description, due, updated, project, org, first, last in rows:
            assert due is not None  # the query keeps only actions with a due date
            who = " ".join(x for x in (first or "", last or "") if x) or org or ""
            about = [w.tr(CONTEXT, "Project: {project}").format(project=project)
                     if project else "",
                     w.tr(CONTEXT, "Who: {owner}").format(owner=who) if who else "",
                     description]
            yield from _event(
                uid=f"action-{aid}@coopdesk", stamp=updated, kind="action",
                times=[f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
                       f"DTEND;VALUE=DATE:{due + dt.timedelta(days=1):%Y%m%d}"],
                summary=w.tr(CONTEXT, "Due: {action}").format(action=title), location="",
                description="\n".join(x for x in about if x), extra=["TRANSP:TRANSPARENT"])


def _is_url(text: str) -> bool:
    return text.startswith(("https://", "http://")) and not any(c.isspace() for c in text)


def _event(*, uid: str, stamp: dt.datetime, kind: str, times: Iterable[str], summary: str,
           location: str, description: str, extra: Iterable[str]) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{uid}"
    yield f"DTSTAMP:{_utc(stamp)}"
    yield f"LAST-MODIFIED:{_utc(stamp)}"
    yield from times
    yield f"SUMMARY:{escape_text(summary)}"
    if location:
        yield f"LOCATION:{escape_text(location)}"
    if description:
        yield f"DESCRIPTION:{escape_text(description)}"
    yield from extra
    yield f"X-COOPDESK-KIND:{kind}"
    yield "END:VEVENT"
