"""The attendance sheet (feuille d'émargement) of a meeting: the people expected
(`meeting_people`), one table per structure with a column to sign and one for
"represented by", then blank rows for people not listed and the count to fill in.

Laid out for paper and for large assemblies: every table repeats its header row on each
page, rows are high enough to sign in and are never cut in two, and a structure's heading
never ends a page (see `coopdesk.ui.printing`). An excused person's signature cell says so;
a proxy already recorded is printed in "represented by".
"""

from __future__ import annotations

from coopdesk.domain.enums import AttendanceStatus
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import PrintableDocument, esc, fill, load_template
from coopdesk.services.html_blocks import WordedParts, facts
from coopdesk.services.meeting_people import (
    ExpectedGroup,
    ExpectedPerson,
    MeetingPeople,
    MeetingPeopleService,
)
from coopdesk.store.db import Database

CONTEXT = "AttendanceSheet"
TEMPLATE = "attendance_sheet.html"
#: Blank rows for people who come without being on the list.
BLANK_ROWS = 6
_TABLE = ('<table width="100%" border="1" cellspacing="0" cellpadding="4" '
          'style="border-collapse: collapse; border-color: #6b7785;">')


class AttendanceSheetService:
    """Builds the printable attendance sheet of a meeting (Qt-free)."""

    def __init__(self, db: Database, cooperation_name: str = "") -> None:
        self.people = MeetingPeopleService(db)
        self.cooperation_name = cooperation_name

    def document(self, meeting_id: str, wording: Wording | None = None) -> PrintableDocument:
        return render_attendance_sheet(self.people.people(meeting_id), wording or Wording(),
                                       self.cooperation_name)


def render_attendance_sheet(data: MeetingPeople, wording: Wording,
                            cooperation_name: str = "") -> PrintableDocument:
    parts = _Parts(data, wording)
    meeting = data.meeting
    title = parts.t("Attendance sheet: {meeting}").format(meeting=meeting.title)
    html = fill(load_template(TEMPLATE), {
        "title": esc(title), "cooperation": esc(cooperation_name),
        "heading": esc(parts.t("Attendance sheet")), "meeting_title": esc(meeting.title),
        "facts": parts.facts(), "summary": parts.summary(), "body": parts.body(),
        "closing": parts.closing()})
    return PrintableDocument(title=title, html=html)


class _Parts(WordedParts):
    CONTEXT = CONTEXT

    def __init__(self, data: MeetingPeople, wording: Wording) -> None:
        super().__init__(wording)
        self.d = data

    def facts(self) -> str:
        meeting, w = self.d.meeting, self.w
        hours = w.time(meeting.starts_at)
        if meeting.ends_at is not None:
            hours = self.t("{start} to {end}").format(start=hours, end=w.time(meeting.ends_at))
        rows = [(self.t("Project"), self.d.project_title),
                (self.t("Date"), w.date(meeting.starts_at.date())),
                (self.t("Time"), hours),
                (self.t("Place"), meeting.place or meeting.video_link)]
        return facts([(esc(label), esc(value)) for label, value in rows])

    def summary(self) -> str:
        groups = [g for g in self.d.groups if g.people]
        return self.te("{people} people expected from {structures} structures.",
                       people=len(self.d.people), structures=len(groups))

    def body(self) -> str:
        if not self.d.people:
            return self.none("Nobody is expected yet: add people to the attendance list, or "
                             "partners to the project.")
        out: list[str] = []
        number = 0
        for group in self.d.groups:
            rows = []
            for person in group.people:
                number += 1
                rows.append(self.row(number, person, group))
            name = group.organisation_name or self.t("Without a structure")
            out.append(f"<h2>{esc(name)}</h2>")  # the template keeps them apart
            out.append(self.table(rows))
        return "\n".join(out)

    def table(self, rows: list[str]) -> str:
        head = "".join(
            f'<th width="{c.width}%">{c.header}</th>'
            for c in self.columns(("No.", 6), ("Name", 42), ("Represented by", 22),
                                  ("Signature", 30)))
        return f"{_TABLE}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"

    def row(self, number: int, person: ExpectedPerson, group: ExpectedGroup) -> str:
        name = f"<b>{esc(person.name)}</b>"
        if person.is_organisation:
            name += f'<br/><span class="role">{esc(self.t("for the structure"))}</span>'
        elif person.role:
            name += f'<br/><span class="role">{esc(person.role)}</span>'
        proxy = esc(person.represented_by_name) \
            if person.status is AttendanceStatus.REPRESENTED else ""
        sign = (f'<span class="muted">{esc(self.t("Excused"))}</span>'
                if person.status is AttendanceStatus.EXCUSED else "")
        return (f'<tr class="sign"><td class="num" width="6%">{number}</td>'
                f'<td width="42%">{name}</td><td width="22%">{proxy}</td>'
                f'<td width="30%">{sign}</td></tr>')

    def closing(self) -> str:
        head = "".join(f'<th width="{c.width}%">{c.header}</th>' for c in self.columns(
            ("Name", 30), ("Structure", 30), ("Signature", 40)))
        room = "&nbsp;<br/>&nbsp;"  # two lines high: room to write and sign
        blank = (f'<tr class="sign"><td width="30%">{room}</td><td width="30%">{room}</td>'
                 f'<td width="40%">{room}</td></tr>')
        count = self.te("Present: ______ · represented: ______ · total: ______")
        secretary = self.te("Closed by the secretary of the meeting (name and signature):")
        return (f"<h2>{esc(self.t('Other participants'))}</h2>"
                f"{_TABLE}<thead><tr>{head}</tr></thead><tbody>{blank * BLANK_ROWS}"
                "</tbody></table>"
                '<table width="100%" cellspacing="0" cellpadding="4" style="margin-top: 12px;">'
                f'<tr><td>{count}</td></tr><tr class="closing"><td>{secretary}</td></tr>'
                "</table>")
