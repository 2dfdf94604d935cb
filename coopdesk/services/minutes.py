"""The minutes of a meeting as a printable document (compte rendu / procès-verbal).

One template, `resources/templates/minutes.html`, holds the layout, the signature lines and
the logo; this module fills it with the meeting: header, attendance by association and the
quorum, the agenda with each item's notes, decisions with their votes, the actions decided,
the open actions carried over, the next meeting, annotations and the approval mention.
Every user text goes through `esc`; the words come from a `Wording` (English here, the
user's language through `coopdesk.ui.document_wording`).
"""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.enums import AttendanceStatus, MeetingStatus
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import (
    PrintableDocument,
    esc,
    fill,
    load_template,
    logo_path,
    template_path,
)
from coopdesk.services.html_blocks import WordedParts, facts, paragraph, table
from coopdesk.services.meeting_details import MeetingDetailService
from coopdesk.services.meeting_read_models import ActionLine, AttendanceLine
from coopdesk.services.minutes_data import MinutesData, MinutesDataService
from coopdesk.store.db import Database

CONTEXT = "MinutesDocument"
TEMPLATE = "minutes.html"
LOGO = "logo.png"


class MinutesService:
    """The minutes of a meeting: the printable document and the approval lifecycle."""

    def __init__(self, db: Database, cooperation_name: str = "",
                 details: MeetingDetailService | None = None) -> None:
        self.data = MinutesDataService(db, details)
        self.cooperation_name = cooperation_name

    def find_meeting(self, text: str) -> str:
        """The meeting named by its id or an unambiguous title."""
        return self.data.find_meeting(text)

    def gather(self, meeting_id: str) -> MinutesData:
        return self.data.gather(meeting_id, self.cooperation_name)

    def document(self, meeting_id: str, wording: Wording | None = None) -> PrintableDocument:
        """The minutes of *meeting_id*, ready to print or export."""
        return render_minutes(self.gather(meeting_id), wording or Wording())

    def approval_candidates(self, meeting_id: str) -> list[rm.Meeting]:
        return self.data.approval_candidates(meeting_id)

    def approve(self, meeting_id: str, approving_meeting_id: str) -> Changes:
        return self.data.approve(meeting_id, approving_meeting_id)

    def annotate(self, meeting_id: str, text: str, now: dt.datetime | None = None) -> Changes:
        return self.data.annotate(meeting_id, text, now)

    def carry_over(self, meeting_id: str, wording: Wording | None = None) -> Changes:
        return self.data.carry_over(meeting_id, wording)


def render_minutes(data: MinutesData, wording: Wording) -> PrintableDocument:
    """The minutes of *data* as a printable document."""
    parts = _Parts(data, wording)
    meeting = data.meeting
    title = parts.t("Minutes: {meeting}").format(meeting=meeting.title)
    html = fill(load_template(TEMPLATE), {
        "title": esc(title), "logo": _logo(), "cooperation": esc(data.cooperation_name),
        "heading": esc(parts.t("Minutes of the meeting")), "meeting_title": esc(meeting.title),
        "facts": parts.facts(), "approval": parts.approval(),
        "partner_logos": parts.partner_logos(),
        "label_attendance": esc(parts.t("Attendance")), "attendance": parts.attendance(),
        "quorum": parts.quorum(),
        "label_agenda": esc(parts.t("Agenda and discussions")), "agenda": parts.agenda(),
        "approves": parts.approves(), "notes": parts.notes(),
        "label_decisions": esc(parts.t("Decisions")), "decisions": parts.decisions(),
        "label_actions": esc(parts.t("Actions decided")), "actions": parts.actions(),
        "label_carried": esc(parts.t("Open actions carried over")),
        "carried": parts.carried(),
        "label_next_meeting": esc(parts.t("Next meeting")),
        "next_meeting": parts.next_meeting(), "annotations": parts.annotations(),
        "closing": esc(parts.t("With the agenda dealt with, the meeting was closed.")),
        "label_president": esc(parts.t("The president of the lead partner")),
        "lead_organisation": esc(data.lead_name),
        "label_secretary": esc(parts.t("The secretary of the meeting")),
        "secretary": esc(data.detail.secretary_name),
        "label_signature": esc(parts.t("Signature:")),
        "approval_mention": parts.approval_mention(),
    })
    return PrintableDocument(title=title, html=html)


def _logo() -> str:
    try:
        path = template_path(LOGO)
    except FileNotFoundError:
        return ""
    return f'<img src="{esc(path.as_uri())}" height="56"/>'


class _Parts(WordedParts):
    CONTEXT = CONTEXT

    def __init__(self, data: MinutesData, wording: Wording) -> None:
        super().__init__(wording)
        self.d = data

    def meeting_date(self, meeting: rm.Meeting) -> str:
        return self.w.date(meeting.starts_at.date())

    # -- header ------------------------------------------------------------------------
    def facts(self) -> str:
        meeting, w = self.d.meeting, self.w
        start, end = meeting.starts_at, meeting.ends_at
        hours = (self.t("{start} – {end}").format(start=w.time(start), end=w.time(end))
                 if end is not None else w.time(start))
        rows = [
            (self.t("Project"), self.d.detail.project_title),
            (self.t("Partner associations"), ", ".join(self.d.partners)),
            (self.t("Date"), self.meeting_date(meeting)),
            (self.t("Time"), hours),
            (self.t("Place"), meeting.place),
            (self.t("Video link"), meeting.video_link),
            (self.t("Secretary of the meeting"), self.d.detail.secretary_name),
            (self.t("Status"), w.label(meeting.status)),
        ]
        return facts([(esc(label), esc(value)) for label, value in rows])

    def partner_logos(self) -> str:
        """The logos of the partner associations that have one (see docs/minutes.md)."""
        cells = []
        for name in self.d.partners:
            path = logo_path(name)
            if path is not None:
                cells.append(f'<td align="center"><img src="{esc(path.as_uri())}" height="40" '
                             f'alt="{esc(name)}"/></td>')
        if not cells:
            return ""
        return ('<table cellspacing="0" cellpadding="6" style="margin-top: 4px;"><tr>'
                + "".join(cells) + "</tr></table>")

    def approval(self) -> str:
        approved = self.d.approved_in
        meeting = self.d.meeting
        if approved is not None:
            return paragraph(self.te("Minutes approved at the meeting “{meeting}” of {date}.",
                                     meeting=approved.title, date=self.meeting_date(approved)),
                             "stamp")
        if meeting.status is MeetingStatus.PLANNED:
            return paragraph(esc(self.t("Draft: this meeting has not been held yet.")),
                             "draft")
        if meeting.status is MeetingStatus.CANCELLED:
            return paragraph(esc(self.t("This meeting was cancelled.")), "draft")
        return paragraph(esc(self.t("Draft minutes, to be approved at a later meeting.")),
                         "draft")

    def approval_mention(self) -> str:
        approved = self.d.approved_in
        if approved is None:
            return esc(self.t("Minutes not approved yet."))
        return self.te("Approved at the meeting “{meeting}” of {date}; no longer changed "
                       "since, except for the annotations above.", meeting=approved.title,
                       date=self.meeting_date(approved))

    # -- attendance --------------------------------------------------------------------
    def attendance(self) -> str:
        groups = self.d.detail.attendance
        if not groups:
            return self.none("No attendance recorded.")
        rows: list[str] = []
        for group in groups:
            name = group.organisation_name or self.t("Without an association")
            rows.append(f'<tr class="group"><td colspan="2" style="background-color: #f4f6f8;">'
                        f"<b>{esc(name)}</b></td></tr>")
            for line in group.lines:
                rows.append(f'<tr><td width="55%">{esc(self.who(line, name))}</td>'
                            f'<td width="45%">{esc(self.status(line))}</td></tr>')
        head = "".join(f"<th>{c.header}</th>" for c in self.columns(("Name", 55),
                                                                    ("Attendance", 45)))
        return ('<table width="100%" border="1" cellspacing="0" cellpadding="4" '
                'style="border-collapse: collapse; border-color: #9aa5b1;">'
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")

    def who(self, line: AttendanceLine, organisation: str) -> str:
        if line.person_name:
            return line.person_name
        return self.t("{organisation} (the organisation)").format(organisation=organisation)

    def status(self, line: AttendanceLine) -> str:
        if line.status is AttendanceStatus.REPRESENTED:
            return self.t("Represented by {person}").format(
                person=line.represented_by_name or "?")
        return self.w.label(line.status)

    def quorum(self) -> str:
        detail = self.d.detail
        counts = detail.counts
        summary = self.te("Present: {present} · represented: {represented} · excused: "
                          "{excused} · absent: {absent}.", present=counts.present,
                          represented=counts.represented, excused=counts.excused,
                          absent=counts.absent)
        if detail.quorum is None:
            return paragraph(summary, "muted")
        key = ("Quorum reached: {attending} of {partners} partner organisations present or "
               "represented (quorum: {quorum})." if detail.quorum_reached else
               "Quorum not reached: {attending} of {partners} partner organisations present "
               "or represented (quorum: {quorum}).")
        return paragraph(summary, "muted") + paragraph(
            "<b>" + self.te(key, attending=detail.partners_attending,
                            partners=detail.partner_count, quorum=detail.quorum) + "</b>")

    # -- agenda ------------------------------------------------------------------------
    def approves(self) -> str:
        return "".join(paragraph(self.te(
            "The minutes of the meeting “{meeting}” of {date} were approved.",
            meeting=earlier.title, date=self.meeting_date(earlier)))
            for earlier in self.d.approves)

    def agenda(self) -> str:
        lines = self.d.detail.agenda
        if not lines:
            return self.none("No agenda item.")
        out: list[str] = []
        for line in lines:
            item = line.item
            out.append(f"<h3>{line.number}. {esc(item.title)}</h3>")
            if line.presenter_name:
                out.append(paragraph(self.te("Presented by {person}.",
                                             person=line.presenter_name), "muted"))
            out.append(paragraph(esc(item.notes)))
            if item.outcome:
                out.append(paragraph(self.te("Outcome: {outcome}", outcome=item.outcome),
                                     "outcome"))
        return "\n".join(out)

    def notes(self) -> str:
        notes = self.d.meeting.notes
        if not notes:
            return ""
        return f"<h3>{esc(self.t('General notes'))}</h3>" + paragraph(esc(notes))

    # -- decisions and actions ---------------------------------------------------------
    def decisions(self) -> str:
        decisions = self.d.detail.decisions
        if not decisions:
            return self.none("No decision recorded.")
        rows = []
        for number, line in enumerate(decisions, start=1):
            decision = line.decision
            text = esc(decision.text)
            if line.agenda_title:
                text += '<br/><span class="muted">' + self.te(
                    "Agenda item: {item}", item=line.agenda_title) + "</span>"
            rows.append([str(number), text, _count(decision.votes_for),
                         _count(decision.votes_against), _count(decision.votes_abstain)])
        return table(self.columns(("No.", 6, True), ("Decision", 55), ("For", 11, True),
                                  ("Against", 12, True), ("Abstain", 16, True)), rows)

    def action_row(self, line: ActionLine) -> list[str]:
        action = line.action
        return [esc(action.title), esc(line.owner_person_name or line.owner_name),
                esc(line.owner_organisation_name), esc(self.w.short_date(action.due_on))]

    def actions(self) -> str:
        decided = self.d.decided_actions
        if not decided:
            return self.none("No action decided.")
        rows = [[str(number), *self.action_row(line)] for number, line in decided]
        return table(self.columns(("Dec.", 7, True), ("What", 39), ("Who", 18),
                                  ("Association", 21), ("By", 15)), rows)

    def carried(self) -> str:
        carried = self.d.carried
        if not carried:
            return self.none("No open action to carry over.")
        rows = [[*self.action_row(line), esc(self.w.label(line.action.status))]
                for line in carried]
        return table(self.columns(("What", 34), ("Who", 17), ("Association", 19), ("By", 15),
                                  ("Status", 15)), rows)

    # -- end ---------------------------------------------------------------------------
    def next_meeting(self) -> str:
        following = self.d.next_meeting
        if following is None:
            return self.none("Not set yet.")
        where = following.place or following.video_link
        text = self.te("{title}, {date} at {time}", title=following.title,
                       date=self.meeting_date(following), time=self.w.time(following.starts_at))
        return paragraph(text + (" — " + esc(where) if where else ""))

    def annotations(self) -> str:
        if not self.d.annotations:
            return ""
        return (f"<h2>{esc(self.t('Annotations after approval'))}</h2>"
                + paragraph(esc(self.d.annotations)))


def _count(value: int | None) -> str:
    return "" if value is None else str(value)
