"""The procès-verbal of a statutory meeting (general assembly, board, bureau), the record a
French association signs: header (associations, kind, date, place, opening time), the
opening paragraph (convocation, président·e and secrétaire de séance, quorum with its
figures), attendance by association, the agenda with its deliberations and each decision's
vote, the closing time, the signatures. Template: `resources/templates/proces_verbal.html`.
"""

from __future__ import annotations

from coopdesk.domain.enums import MeetingKind
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import PrintableDocument, esc, fill, load_template
from coopdesk.services.html_blocks import facts, paragraph
from coopdesk.services.meeting_read_models import DecisionLine, Signatory, SignatoryRole
from coopdesk.services.minutes_data import MinutesData
from coopdesk.services.minutes_parts import MinutesParts, convocation_key, logo

TEMPLATE = "proces_verbal.html"

_HEADINGS = {
    MeetingKind.ORDINARY_GENERAL_ASSEMBLY: "Minutes of the ordinary general assembly",
    MeetingKind.EXTRAORDINARY_GENERAL_ASSEMBLY: "Minutes of the extraordinary general "
                                                "assembly",
    MeetingKind.BOARD: "Minutes of the board meeting",
    MeetingKind.BUREAU: "Minutes of the bureau meeting",
}


def render_proces_verbal(data: MinutesData, wording: Wording) -> PrintableDocument:
    """The procès-verbal of *data*'s meeting as a printable document."""
    parts = ProcesVerbalParts(data, wording)
    meeting = data.meeting
    heading = parts.t(_HEADINGS.get(meeting.kind, "Minutes of the meeting"))
    title = parts.t("{heading}: {meeting}").format(heading=heading, meeting=meeting.title)
    html = fill(load_template(TEMPLATE), {
        "title": esc(title), "logo": logo(), "cooperation": esc(data.cooperation_name),
        "heading": esc(heading), "meeting_title": esc(meeting.title),
        "facts": parts.header(), "approval": parts.approval(),
        "partner_logos": parts.partner_logos(), "opening": parts.opening(),
        "label_attendance": esc(parts.t("Attendance")), "attendance": parts.attendance(),
        "label_agenda": esc(parts.t("Agenda and deliberations")),
        "approves": parts.approves(), "agenda": parts.deliberations(),
        "other_decisions": parts.other_decisions(), "notes": parts.notes(),
        "actions": parts.actions_section(),
        "annotations": parts.annotations(), "closing": esc(parts.closing()),
        "signatures": parts.signatures(), "approval_mention": parts.approval_mention(),
    })
    return PrintableDocument(title=title, html=html)


class ProcesVerbalParts(MinutesParts):
    """The parts only a procès-verbal has."""

    APPROVED = "Official minutes approved at the meeting “{meeting}” of {date}."
    DRAFT = "Draft official minutes, to be approved at a later meeting."
    NOT_APPROVED = "Official minutes not approved yet."

    def header(self) -> str:
        meeting, w = self.d.meeting, self.w
        voting = [name for name, votes in self.d.partner_votes if votes]
        others = [name for name, votes in self.d.partner_votes if not votes]
        rows = [
            (self.t("Voting members"), ", ".join(voting)),
            (self.t("Other partners"), ", ".join(others)),
            (self.t("Project"), self.d.detail.project_title),
            (self.t("Type of meeting"), w.label(meeting.kind)),
            (self.t("Date"), self.meeting_date(meeting)),
            (self.t("Opening of the meeting"), self.clock(meeting.starts_at)),
            (self.t("Place"), meeting.place),
            (self.t("Video link"), meeting.video_link),
        ]
        return facts([(esc(label), esc(value)) for label, value in rows])

    # -- the opening paragraph ---------------------------------------------------------
    def opening(self) -> str:
        return "".join((self.opened(), self.convened(), self.chaired(), self.quorum_text(),
                        self.proxies_refused(), self.non_voting()))

    def opened(self) -> str:
        meeting = self.d.meeting
        where = meeting.place or (self.t("by video conference") if meeting.video_link else "")
        values = {"date": self.meeting_date(meeting), "time": self.clock(meeting.starts_at)}
        if where:
            return paragraph(self.te("The meeting opened on {date} at {time} ({place}).",
                                     place=where, **values))
        return paragraph(self.te("The meeting opened on {date} at {time}.", **values))

    def convened(self) -> str:
        meeting, convener = self.d.meeting, self.d.detail.convener
        if meeting.convened_on is None:
            return ""
        key = convocation_key(meeting.convocation_means, convener is not None)
        return paragraph(self.te(key, date=self.w.date(meeting.convened_on),
                                 person=self.person(convener) if convener else ""))

    def _named(self, role: SignatoryRole) -> Signatory | None:
        return next((s for s in self.d.detail.signatories if s.role is role and s.name), None)

    def chaired(self) -> str:
        president = self._named(SignatoryRole.PRESIDENT)
        secretary = self._named(SignatoryRole.SECRETARY)
        if president and secretary:
            return paragraph(self.te("The meeting is chaired by {president}; {secretary} is "
                                     "the secretary of the meeting.",
                                     president=self.person(president),
                                     secretary=self.person(secretary)))
        if president:
            return paragraph(self.te("The meeting is chaired by {president}.",
                                     president=self.person(president)))
        if secretary:
            return paragraph(self.te("{secretary} is the secretary of the meeting.",
                                     secretary=self.person(secretary)))
        return paragraph(esc(self.t("No president of the meeting is named.")), "draft")

    def quorum_text(self) -> str:
        detail = self.d.detail
        count = detail.quorum_count
        if count.voting == 0:
            return ""
        figures = paragraph(self.te(
            "Voting member organisations: {voting}; present: {present}; represented: "
            "{represented}; that is {attending} present or represented.",
            voting=count.voting, present=count.present, represented=count.represented,
            attending=count.attending))
        required, rule = count.required, count.rule
        if required is None:
            return figures + paragraph(esc(self.t("No quorum is set for this meeting.")),
                                       "muted")
        if rule.is_fraction:
            key = ("The quorum being {fraction} of the voting organisations, that is "
                   "{required}, it is reached: the members present and represented can "
                   "validly deliberate." if count.reached else
                   "The quorum being {fraction} of the voting organisations, that is "
                   "{required}, it is not reached: the members present and represented "
                   "cannot validly deliberate.")
        else:
            key = ("The quorum being {required} organisations, it is reached: the members "
                   "present and represented can validly deliberate." if count.reached else
                   "The quorum being {required} organisations, it is not reached: the "
                   "members present and represented cannot validly deliberate.")
        return figures + paragraph("<b>" + self.te(
            key, fraction=f"{rule.numerator}/{rule.denominator}", required=required) + "</b>")

    def actions_section(self) -> str:
        """The actions decided, with their heading; nothing when none was."""
        if not self.d.decided_actions:
            return ""
        return f"<h2>{esc(self.t('Actions decided'))}</h2>" + self.actions()

    # -- deliberations -----------------------------------------------------------------
    def decision(self, number: int, line: DecisionLine) -> str:
        text = self.te("Decision no. {number}: {text}", number=number,
                       text=line.decision.text)
        vote = self.vote(line)
        return (f'<p class="decision"><b>{text}</b></p>'
                + (f'<p class="vote">{vote}</p>' if vote else ""))

    def numbered(self) -> list[tuple[int, DecisionLine]]:
        return list(enumerate(self.d.detail.decisions, start=1))

    def deliberations(self) -> str:
        """Each agenda item with its notes, outcome, and the decisions taken on it."""
        lines = self.d.detail.agenda
        if not lines:
            return self.none("No agenda item.")
        decided = self.numbered()
        out: list[str] = []
        for line in lines:
            out += self.agenda_item(line)
            out.extend(self.decision(number, decision) for number, decision in decided
                       if decision.decision.agenda_item_id == line.item.id)
        return "\n".join(out)

    def other_decisions(self) -> str:
        """Decisions tied to no agenda item (or to one deleted since)."""
        items = {line.id for line in self.d.detail.agenda}
        loose = [(n, line) for n, line in self.numbered()
                 if line.decision.agenda_item_id not in items]
        if not loose:
            return "" if self.d.detail.decisions else self.none("No decision recorded.")
        heading = "Other decisions" if self.d.detail.agenda else "Decisions"
        return (f"<h3>{esc(self.t(heading))}</h3>"
                + "".join(self.decision(n, line) for n, line in loose))
