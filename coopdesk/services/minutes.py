"""The minutes of a meeting as a printable document: a procès-verbal for the statutory
meetings (general assemblies, board, bureau: proces_verbal.py), a compte rendu for the others.

The compte rendu's template, `resources/templates/minutes.html`, holds the layout, the
signature lines and the logo; this module fills it with the meeting: header, attendance by
association and the quorum, the agenda with each item's notes, decisions with their votes,
the actions decided, the open actions carried over, the next meeting, annotations and the
approval mention. Every user text goes through `esc`; the words come from a `Wording`
(English here, the user's language through `coopdesk.ui.document_wording`).
"""

from __future__ import annotations

import datetime as dt

from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import PrintableDocument, esc, fill, load_template
from coopdesk.services.meeting_details import MeetingDetailService
from coopdesk.services.meeting_read_models import SignatoryRole
from coopdesk.services.minutes_data import MinutesData, MinutesDataService
from coopdesk.services.minutes_parts import CONTEXT, MinutesParts, logo
from coopdesk.services.proces_verbal import render_proces_verbal
from coopdesk.store.db import Database

__all__ = ["CONTEXT", "MinutesService", "render_minutes"]

TEMPLATE = "minutes.html"


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
    """The minutes of *data* as a printable document: the procès-verbal of a statutory
    meeting, else the compte rendu."""
    if data.meeting.kind.is_statutory:
        return render_proces_verbal(data, wording)
    return render_compte_rendu(data, wording)


def render_compte_rendu(data: MinutesData, wording: Wording) -> PrintableDocument:
    """The lighter minutes of a steering committee, a working meeting or another meeting."""
    parts = MinutesParts(data, wording)
    meeting = data.meeting
    title = parts.t("Minutes: {meeting}").format(meeting=meeting.title)
    president = next((s for s in data.detail.signatories
                      if s.role is SignatoryRole.PRESIDENT), None)
    html = fill(load_template(TEMPLATE), {
        "title": esc(title), "logo": logo(), "cooperation": esc(data.cooperation_name),
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
        "closing": esc(parts.closing()),
        "signatures": parts.signatures(),
        # The keys of templates adapted before signatures had names (docs/minutes.md).
        "label_president": esc(parts.t("President of the meeting")),
        "lead_organisation": esc(parts.person(president) if president else ""),
        "label_secretary": esc(parts.t("Secretary of the meeting")),
        "secretary": esc(data.detail.secretary_name),
        "label_signature": esc(parts.t("Signature:")),
        "approval_mention": parts.approval_mention(),
    })
    return PrintableDocument(title=title, html=html)
