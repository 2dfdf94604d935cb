"""The .ics export, read back with an independent parser (icalendar)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus, MeetingStatus
from coopdesk.domain.meetings import MeetingFields
from coopdesk.domain.projects import ProjectFields
from coopdesk.services.calendar_export import CalendarExportService, escape_text, fold
from coopdesk.services.workspace_services import Services

TRICKY = "Réunion; bilan, budget \\ suite\nligne deux — éàü " + "très long texte " * 8
PARIS = ZoneInfo("Europe/Paris")


def _events(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_every_meeting_and_open_due_action_is_exported(services: Services,
                                                        tmp_path: Path) -> None:
    project = services.projects.create(ProjectFields(title="Jardin, partagé")).id
    held = services.meetings.create(MeetingFields(
        title=TRICKY, starts_at=dt.datetime(2026, 7, 2, 18, 30),
        ends_at=dt.datetime(2026, 7, 2, 20), project_id=project, place="Salle 1, RDC",
        status=MeetingStatus.HELD)).id
    winter = services.meetings.create(MeetingFields(
        title="Assemblée", starts_at=dt.datetime(2026, 12, 3, 9), video_link="https://v.example/a",
        status=MeetingStatus.CANCELLED)).id
    due = services.actions.create(ActionFields(title="Envoyer le bilan; vite",
                                               project_id=project, due_on=dt.date(2026, 7, 9),
                                               description="Avec les factures,\nsignées")).id
    services.actions.create(ActionFields(title="Sans date"))
    services.actions.create(ActionFields(title="Fini", due_on=dt.date(2026, 7, 1),
                                         status=ActionStatus.DONE))
    trashed = services.actions.create(ActionFields(title="Jeté", due_on=dt.date(2026, 7, 1))).id
    services.actions.delete(trashed)

    result = CalendarExportService(services.db).write(tmp_path / "c.ics",
                                                      calendar_name="Quartier, Nord")
    assert (result.meetings, result.actions) == (2, 1)
    raw = (tmp_path / "c.ics").read_bytes()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long title was folded
    for line in lines:
        line.decode("utf-8")  # no UTF-8 character was cut by folding

    events = _events(tmp_path / "c.ics")
    assert set(events) == {f"meeting-{held}@coopdesk", f"meeting-{winter}@coopdesk",
                           f"action-{due}@coopdesk"}
    meeting = events[f"meeting-{held}@coopdesk"]
    assert str(meeting["SUMMARY"]) == TRICKY
    assert str(meeting["LOCATION"]) == "Salle 1, RDC"
    assert meeting.decoded("DTSTART") == dt.datetime(2026, 7, 2, 18, 30, tzinfo=PARIS)
    assert meeting.decoded("DTSTART").utcoffset() == dt.timedelta(hours=2)
    assert meeting.decoded("DTEND") == dt.datetime(2026, 7, 2, 20, tzinfo=PARIS)
    assert "Jardin, partagé" in str(meeting["DESCRIPTION"])
    cancelled = events[f"meeting-{winter}@coopdesk"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert cancelled.decoded("DTSTART").utcoffset() == dt.timedelta(hours=1)
    assert str(cancelled["LOCATION"]) == "https://v.example/a"
    action = events[f"action-{due}@coopdesk"]
    assert action.decoded("DTSTART") == dt.date(2026, 7, 9)
    assert action.decoded("DTEND") == dt.date(2026, 7, 10)
    assert str(action["SUMMARY"]) == "Due: Envoyer le bilan; vite"
    assert "Avec les factures,\nsignées" in str(action["DESCRIPTION"])
    assert isinstance(action.decoded("DTSTAMP"), dt.datetime)
    calendar = icalendar.Calendar.from_ical(raw)
    # An X- property: icalendar keeps it raw (TEXT escaping, as calendar apps expect).
    assert str(calendar["X-WR-CALNAME"]) == "Quartier\\, Nord"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_uids_and_content_are_stable_between_exports(services: Services,
                                                     tmp_path: Path) -> None:
    services.meetings.create(MeetingFields(title="Bureau", starts_at=dt.datetime(2026, 3, 1, 10)))
    service = CalendarExportService(services.db)
    first = service.write(tmp_path / "a.ics").path.read_bytes()
    second = service.write(tmp_path / "b.ics").path.read_bytes()
    assert first == second
    assert not list(tmp_path.glob(".coopdesk-calendar-*"))


def test_escaping_and_folding_rules() -> None:
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("SUMMARY:" + "é" * 80)
    pieces = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == "SUMMARY:" + "é" * 80


def test_a_failed_write_leaves_no_file(services: Services, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        CalendarExportService(services.db).write(tmp_path / "missing" / "c.ics")
    assert not (tmp_path / "missing").exists()
