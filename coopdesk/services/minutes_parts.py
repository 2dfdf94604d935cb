"""The parts of a meeting's minutes, shared by the compte rendu (minutes.py) and the
procès-verbal (proces_verbal.py): header facts, attendance by association, the quorum, the
agenda, decisions and the formula of their vote, actions, signatures.

Every user text goes through `esc`; the words come from the `Wording` (English source,
translated in the Qt context "MinutesDocument").
"""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.enums import AttendanceStatus, ConvocationMeans, MeetingStatus
from coopdesk.domain.meetings import VoteResult
from coopdesk.domain.quorum import ProxyRefusal
from coopdesk.services import read_models as rm
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import esc, logo_path, template_path
from coopdesk.services.html_blocks import WordedParts, facts, paragraph, table
from coopdesk.services.meeting_read_models import (
    ActionLine,
    AgendaLine,
    AttendanceGroup,
    AttendanceLine,
    DecisionLine,
    Signatory,
    SignatoryRole,
)
from coopdesk.services.minutes_data import MinutesData

CONTEXT = "MinutesDocument"
LOGO = "logo.png"

def logo() -> str:
    try:
        path = template_path(LOGO)
    except FileNotFoundError:
        return ""
    return f'<img src="{esc(path.as_uri())}" height="56"/>'


class MinutesParts(WordedParts):
    """The parts of the minutes of one meeting, as HTML."""

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
            (self.t("Type of meeting"), w.label(meeting.kind)),
            (self.t("President of the meeting"), self.d.detail.president_name),
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

    #: The approval sentences: the procès-verbal names itself (ProcesVerbalParts).
    APPROVED = "Minutes approved at the meeting “{meeting}” of {date}."
    DRAFT = "Draft minutes, to be approved at a later meeting."
    NOT_APPROVED = "Minutes not approved yet."

    def approval(self) -> str:
        approved = self.d.approved_in
        meeting = self.d.meeting
        if approved is not None:
            return paragraph(self.te(self.APPROVED, meeting=approved.title,
                                     date=self.meeting_date(approved)), "stamp")
        if meeting.status is MeetingStatus.PLANNED:
            return paragraph(esc(self.t("Draft: this meeting has not been held yet.")),
                             "draft")
        if meeting.status is MeetingStatus.CANCELLED:
            return paragraph(esc(self.t("This meeting was cancelled.")), "draft")
        return paragraph(esc(self.t(self.DRAFT)), "draft")

    def approval_mention(self) -> str:
        approved = self.d.approved_in
        if approved is None:
            return esc(self.t(self.NOT_APPROVED))
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
                        f"<b>{esc(name)}</b>{self.group_note(group)}</td></tr>")
            for line in group.lines:
                rows.append(f'<tr><td width="55%">{esc(self.who(line, name))}</td>'
                            f'<td width="45%">{esc(self.status(line))}</td></tr>')
        head = "".join(f"<th>{c.header}</th>" for c in self.columns(("Name", 55),
                                                                    ("Attendance", 45)))
        return ('<table width="100%" border="1" cellspacing="0" cellpadding="4" '
                'style="border-collapse: collapse; border-color: #9aa5b1;">'
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")

    def group_note(self, group: AttendanceGroup) -> str:
        """" — partner role, without a vote" after an organisation that does not vote."""
        if group.organisation_id is None or group.votes or self.d.detail.partner_count == 0:
            return ""
        if group.role is None:
            return '<span class="muted"> — ' + esc(self.t("guest, without a vote")) + "</span>"
        return '<span class="muted"> — ' + self.te("{role}, without a vote",
                                                   role=lower_first(self.w.label(group.role))) \
            + "</span>"

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
        key = ("Quorum reached: {attending} of {partners} voting partner organisations "
               "present or represented (quorum: {quorum})." if detail.quorum_reached else
               "Quorum not reached: {attending} of {partners} voting partner organisations "
               "present or represented (quorum: {quorum}).")
        return (paragraph(summary, "muted") + paragraph(
            "<b>" + self.te(key, attending=detail.partners_attending,
                            partners=detail.partner_count, quorum=detail.quorum) + "</b>")
            + self.proxies_refused() + self.non_voting())

    def proxies_refused(self) -> str:
        detail = self.d.detail
        limit = detail.quorum_rule.max_proxies
        out = []
        for refused in detail.refused_proxies:
            if refused.reason is ProxyRefusal.OVER_LIMIT:
                text = self.te("Proxy not counted: {organisation}, represented by {holder}, "
                               "who already holds {limit} (the most one person may hold).",
                               organisation=refused.organisation_name,
                               holder=refused.holder_name, limit=limit)
            else:
                text = self.te("Proxy not counted: {organisation}, represented by {holder}, "
                               "who is not present.", organisation=refused.organisation_name,
                               holder=refused.holder_name)
            out.append(paragraph(text, "muted"))
        return "".join(out)

    def non_voting(self) -> str:
        """The organisations that attend without a vote (a funder, a guest)."""
        groups = self.d.detail.non_voting_attending
        if not groups or self.d.detail.partner_count == 0:
            return ""
        names = ", ".join(
            self.t("{organisation} ({role})").format(organisation=g.organisation_name,
                                                     role=lower_first(self.w.label(g.role)))
            if g.role is not None else g.organisation_name for g in groups)
        return paragraph(self.te("Attending without a vote: {names}.", names=names), "muted")

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
        return "\n".join(part for line in lines for part in self.agenda_item(line))

    def agenda_item(self, line: AgendaLine) -> list[str]:
        """One agenda item: its title, who presented it, its notes and outcome."""
        item = line.item
        out = [f"<h3>{line.number}. {esc(item.title)}</h3>"]
        if line.presenter_name:
            out.append(paragraph(self.te("Presented by {person}.",
                                         person=line.presenter_name), "muted"))
        out.append(paragraph(esc(item.notes)))
        if item.outcome:
            out.append(paragraph(self.te("Outcome: {outcome}", outcome=item.outcome),
                                 "outcome"))
        return out

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
            rows.append([str(number), text, self.vote(line)])
        return table(self.columns(("No.", 6, True), ("Decision", 56), ("Vote", 38)), rows)

    def vote(self, line: DecisionLine) -> str:
        """The formula of the decision's vote, and who voted what when minuted."""
        result = line.decision.result
        if result is None:
            return ""
        out = esc(self.formula(result))
        if line.decision.named_votes.strip() and not result.secret:
            out += '<br/><span class="muted">' + self.te(
                "Detail of the vote: {detail}", detail=line.decision.named_votes.strip()) \
                + "</span>"
        return out

    def formula(self, result: VoteResult) -> str:
        return vote_formula(result, self.w)

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


    # -- signatures --------------------------------------------------------------------
    def closing(self) -> str:
        """"The agenda being exhausted, the meeting was closed at 20 h 15." (not escaped)."""
        closed = self.d.meeting.closed_at
        if closed is None:
            return self.t("With the agenda dealt with, the meeting was closed.")
        return self.t("With the agenda dealt with, the meeting was closed at {time}.").format(
            time=self.clock(closed))

    def clock(self, value: dt.datetime) -> str:
        """A time of day as a procès-verbal writes it ("20 h 15" in French)."""
        return self.t("{hours}:{minutes}").format(hours=value.hour,
                                                   minutes=f"{value.minute:02d}")

    def role_of(self, signatory: Signatory) -> str:
        return self.t({SignatoryRole.PRESIDENT: "President of the meeting",
                       SignatoryRole.SECRETARY: "Secretary of the meeting",
                       SignatoryRole.OTHER: "Signatory"}[signatory.role])

    def person(self, signatory: Signatory) -> str:
        """"Name (role, organisation)" for a sentence (not escaped)."""
        details = ", ".join(part for part in (lower_first(signatory.person_role),
                                              signatory.organisation_name) if part)
        return f"{signatory.name} ({details})" if details and signatory.name else signatory.name

    def signatures(self) -> str:
        """One box per signatory, two a row: the role at the meeting, the name, the role in
        their organisation and which one, and room to sign."""
        signatories = self.d.detail.signatories
        cells = []
        for signatory in signatories:
            details = " — ".join(esc(part) for part in (signatory.person_role,
                                                          signatory.organisation_name) if part)
            cells.append(
                f'<td width="50%"><b>{esc(self.role_of(signatory))}</b><br/>'
                f"{esc(signatory.name) or '&nbsp;'}<br/>"
                f'<span class="muted">{details}</span><br/>'
                f'<span class="muted">{esc(self.t("Signature:"))}</span>'
                "<br/><br/><br/><br/></td>")
        if len(cells) % 2:
            cells.append('<td width="50%"></td>')
        rows = "".join("<tr>" + "".join(cells[n:n + 2]) + "</tr>"
                       for n in range(0, len(cells), 2))
        return rows


def vote_formula(result: VoteResult, wording: Wording) -> str:
    """"Adopted unanimously by the members present and represented.", "Adopted by 5
    votes for, 1 against, 1 abstention.", "Rejected by …" (not escaped), in *wording*'s
    language (the minutes and the meeting page say it alike)."""

    def t(source: str) -> str:
        return wording.tr(CONTEXT, source)

    if result.unanimous:
        key = {(True, False): "Adopted unanimously by the members present and represented.",
               (False, False): "Rejected unanimously by the members present and "
                               "represented.",
               (True, True): "Adopted unanimously by secret ballot.",
               (False, True): "Rejected unanimously by secret ballot."}
        return t(key[(result.adopted, result.secret)])
    counts = [t("{n} vote for" if result.votes_for == 1 else "{n} votes for").format(
        n=result.votes_for)]
    if result.against:
        counts.append(t("{n} against").format(n=result.against))
    if result.abstain:
        counts.append(t("{n} abstention" if result.abstain == 1 else
                        "{n} abstentions").format(n=result.abstain))
    if result.not_taking_part:
        counts.append(t("{n} not taking part in the vote").format(
            n=result.not_taking_part))
    key2 = {(True, False): "Adopted by {votes}.", (False, False): "Rejected by {votes}.",
            (True, True): "Adopted by secret ballot, by {votes}.",
            (False, True): "Rejected by secret ballot, by {votes}."}
    return t(key2[(result.adopted, result.secret)]).format(votes=", ".join(counts))


def lower_first(text: str) -> str:
    """A role or label in the middle of a sentence: "Président" → "président", but an
    acronym ("CAF") or a name stays as it is."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def convocation_key(means: ConvocationMeans | str, with_person: bool) -> str:
    """The sentence that says when, by whom and how the members were convened (an unknown
    means reads as e-mail)."""
    how = ("letter" if means == ConvocationMeans.LETTER else
           "both" if means == ConvocationMeans.EMAIL_AND_LETTER else "email")
    return {
        ("email", True): "The members were convened on {date} by {person}, by e-mail.",
        ("letter", True): "The members were convened on {date} by {person}, by letter.",
        ("both", True): "The members were convened on {date} by {person}, by e-mail and by "
                        "letter.",
        ("email", False): "The members were convened on {date}, by e-mail.",
        ("letter", False): "The members were convened on {date}, by letter.",
        ("both", False): "The members were convened on {date}, by e-mail and by letter.",
    }[(how, with_person)]
