"""The cooperation dossier: one printable document per project, for funders and hand-over.

Cover page, table of contents, then one chapter (h1, each on a new page) per part: the
project, objectives and indicators, partners and commitments, charter and acceptances,
meetings with their decisions, actions and their status, pooled resources with the in-kind
totals, reviews. Headings of the second level (h2) are meetings, objectives, charters and
reviews, so the contents list them with their page. Every user text goes through `esc`.
"""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, Practice
from coopdesk.services import read_models as rm
from coopdesk.services.action_plan import ActionRow
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import PrintableDocument, esc, fill, load_template
from coopdesk.services.dossier_data import DossierData, DossierDataService, DossierMeeting
from coopdesk.services.html_blocks import Column, WordedParts, boxed, facts, paragraph, table
from coopdesk.store.db import Database

CONTEXT = "DossierDocument"
TEMPLATE = "dossier.html"
_ACTION_GROUPS = ((ActionStatus.IN_PROGRESS, ActionStatus.TODO), (ActionStatus.DONE,),
                  (ActionStatus.CANCELLED,))


class DossierService:
    """Builds the dossier of a project (Qt-free: the renderer lives in `ui.printing`)."""

    def __init__(self, db: Database, cooperation_name: str = "") -> None:
        self.data = DossierDataService(db)
        self.cooperation_name = cooperation_name

    def find_project(self, text: str) -> str:
        """The project named by its id or an unambiguous title (see DossierDataService)."""
        return self.data.find_project(text)

    def document(self, project_id: str, wording: Wording | None = None,
                 today: dt.date | None = None) -> PrintableDocument:
        data = self.data.gather(project_id, cooperation_name=self.cooperation_name,
                                today=today)
        return render_dossier(data, wording or Wording())


def render_dossier(data: DossierData, wording: Wording) -> PrintableDocument:
    """The dossier of *data* as a printable document with a table of contents."""
    parts = _Parts(data, wording)
    title = parts.t("Cooperation dossier: {project}").format(project=data.project.title)
    sections = [parts.project(), parts.objectives(), parts.partners(), parts.charters(),
                parts.meetings(), parts.actions(), parts.resources(), parts.reviews()]
    html = fill(load_template(TEMPLATE), {
        "title": esc(title), "cover": parts.cover(),
        "contents_title": esc(parts.t("Contents")), "sections": "\n".join(sections)})
    return PrintableDocument(title=title, html=html, toc=True)


class _Parts(WordedParts):
    CONTEXT = CONTEXT

    def __init__(self, data: DossierData, wording: Wording) -> None:
        super().__init__(wording)
        self.d = data

    def h1(self, source: str) -> str:
        return f"<h1>{esc(self.t(source))}</h1>"

    # -- cover -------------------------------------------------------------------------
    def cover(self) -> str:
        project, detail, w = self.d.project, self.d.detail, self.w
        partners = ", ".join(line.organisation_name for line in detail.partners)
        rows = [
            (self.t("Form of cooperation"), w.label(project.form)),
            (self.t("Mode"), w.label(project.mode)),
            (self.t("Status"), w.label(project.status)),
            (self.t("Period"), self.period(project.start_on, project.end_on)),
            (self.t("Neighbourhood (QPV)"), " ".join(
                x for x in (project.qpv_name, f"({project.qpv_code})" if project.qpv_code
                            else "") if x)),
            (self.t("Contrat de ville"), project.contrat_de_ville),
            (self.t("Lead partner"), detail.lead_name),
            (self.t("Funder agreement"), project.funder_agreement_ref),
            (self.t("Partners"), partners),
        ]
        return ("<p>&nbsp;</p>" * 6 + '<p class="kicker">'
                f'{esc(self.t("COOPERATION DOSSIER"))}</p>'
                f'<p class="cover-title">{esc(project.title)}</p>'
                + paragraph(esc(self.d.cooperation_name), "cover-sub")
                + '<p style="margin-top: 40px;"></p>'
                + facts([(esc(label), esc(value)) for label, value in rows])
                + f'<p class="muted" style="margin-top: 60px;">'
                  f'{self.te("Produced with coopdesk on {date}.", date=w.date(self.d.today))}'
                  "</p>")

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start and end:
            return self.t("from {start} to {end}").format(start=self.w.date(start),
                                                          end=self.w.date(end))
        if start:
            return self.t("from {start}").format(start=self.w.date(start))
        if end:
            return self.t("until {end}").format(end=self.w.date(end))
        return ""

    # -- the project -------------------------------------------------------------------
    def project(self) -> str:
        project, w = self.d.project, self.w
        out = [self.h1("The project"), paragraph(esc(project.description), "lead")]
        if project.resident_participation:
            out += [f"<h3>{esc(self.t('How residents take part'))}</h3>",
                    paragraph(esc(project.resident_participation))]
        out.append(facts([
            (esc(self.t("Budget")), esc(w.money(project.budget_cents))),
            (esc(self.t("Quorum of meetings")),
             self.te("{count} partner organisations", count=project.quorum)
             if project.quorum else ""),
        ]))
        deadlines = self.d.detail.deadlines
        if deadlines:
            out.append(f"<h3>{esc(self.t('Reporting deadlines'))}</h3>")
            out.append(table(self.columns(("Report", 60), ("Due on", 25), ("Done", 15)), [
                [esc(d.label), esc(w.short_date(d.due_on)),
                 esc(self.t("yes") if d.done else self.t("no"))] for d in deadlines]))
        return "\n".join(out)

    # -- objectives --------------------------------------------------------------------
    def objectives(self) -> str:
        out = [self.h1("Objectives and indicators")]
        if not self.d.detail.objectives:
            out.append(self.none("No objective is recorded."))
        w = self.w
        for number, line in enumerate(self.d.detail.objectives, start=1):
            out.append(f"<h2>{number}. {esc(line.objective.title)}</h2>")
            out.append(paragraph(esc(line.objective.description)))
            if not line.indicators:
                out.append(self.none("No indicator yet."))
                continue
            out.append(table(self.columns(("Indicator", 31), ("Unit", 13), ("Baseline", 13, True),
                                          ("Target", 13, True), ("Current", 13, True),
                                          ("Progress", 17, True)), [
                [esc(i.name), esc(i.unit), esc(w.number(i.baseline)),
                 esc(w.number(i.target_value)), esc(w.number(i.current_value)),
                 esc(_progress(i.baseline, i.target_value, i.current_value))]
                for i in line.indicators]))
        return "\n".join(out)

    # -- partners ----------------------------------------------------------------------
    def partners(self) -> str:
        out = [self.h1("Partners and commitments")]
        partners = self.d.detail.partners
        if not partners:
            return "\n".join([*out, self.none("No partner is recorded.")])
        w = self.w
        out.append(table(self.columns(("Organisation", 40), ("Role", 20),
                                      ("Budget share", 15, True), ("Share of the tasks", 25)), [
            [esc(p.organisation_name), esc(w.label(p.partner.role)),
             esc(w.money(p.partner.budget_share_cents)), esc(p.partner.task_share)]
            for p in partners]))
        for p in partners:
            out.append(f"<h3>{esc(p.organisation_name)}</h3>")
            out.append(facts([(esc(self.t("What it brings")), esc(p.partner.contribution)),
                              (esc(self.t("Its commitments")), esc(p.partner.commitments))])
                       or self.none("No contribution or commitment recorded."))
        return "\n".join(out)

    # -- charter -----------------------------------------------------------------------
    def charters(self) -> str:
        out = [self.h1("Charter and acceptances")]
        if not self.d.detail.charters:
            out.append(self.none("No charter is recorded."))
        w = self.w
        for line in self.d.detail.charters:
            out.append(f"<h2>{esc(line.charter.title)}</h2>")
            current = line.current
            if current is None:
                out.append(self.none("No version of this charter yet."))
                continue
            adopted = (self.te("Version {number}, adopted on {date}.", number=current.number,
                               date=w.date(current.adopted_on)) if current.adopted_on
                       else self.te("Version {number}, not adopted yet.",
                                    number=current.number))
            out += [paragraph(adopted, "muted"), boxed(esc(current.text))]
            rows = [[esc(str(version.number)), esc(a.organisation_name),
                     esc(w.short_date(a.acceptance.accepted_on)),
                     esc(a.acceptance.accepted_by_name)]
                    for version in reversed(line.versions)
                    for a in line.acceptances.get(version.id, ())]
            out.append(f"<h3>{esc(self.t('Acceptances'))}</h3>")
            out.append(table(self.columns(("Version", 12, True), ("Organisation", 43),
                                          ("Accepted on", 20), ("Accepted by", 25)), rows)
                       if rows else self.none("No partner has accepted the charter yet."))
            missing = [signatory.name for signatory in line.missing(current.id)]
            if missing:
                out.append(paragraph(self.te(
                    "Not yet accepted version {number}: {names}.", number=current.number,
                    names=", ".join(missing))))
        return "\n".join(out)

    # -- meetings ----------------------------------------------------------------------
    def meetings(self) -> str:
        meetings = self.d.meetings
        out = [self.h1("Meetings and decisions")]
        if not meetings:
            return "\n".join([*out, self.none("No meeting is recorded.")])
        decisions = sum(len(x.decisions) for x in meetings)
        out.append(paragraph(self.te("Meetings: {meetings} · decisions recorded: {decisions}",
                                     meetings=len(meetings), decisions=decisions), "lead"))
        for meeting in meetings:
            out.append(self.meeting(meeting))
        return "\n".join(out)

    def meeting(self, line: DossierMeeting) -> str:
        meeting, w = line.meeting, self.w
        when = self.t("{date}, {start}").format(date=w.date(meeting.starts_at.date()),
                                                start=w.time(meeting.starts_at))
        if meeting.ends_at is not None:
            when = self.t("{date}, {start} to {end}").format(
                date=w.date(meeting.starts_at.date()), start=w.time(meeting.starts_at),
                end=w.time(meeting.ends_at))
        approved = ""
        if line.approved_in is not None:
            approved = self.t("Minutes approved at the meeting of {date}.").format(
                date=w.date(line.approved_in.starts_at.date()))
        counts = line.counts
        attendance = ""
        held = meeting.status in (MeetingStatus.HELD, MeetingStatus.APPROVED)
        if counts and held:
            attendance = self.t("{present} present, {represented} represented, {excused} "
                                "excused, {absent} absent").format(**{
                                    s.value: counts.get(s, 0) for s in AttendanceStatus})
        status = w.label(meeting.status)
        out = [f"<h2>{esc(w.short_date(meeting.starts_at.date()))} · {esc(meeting.title)}</h2>",
               facts([(esc(self.t("When")), esc(when)),
                      (esc(self.t("Where")), esc(meeting.place or meeting.video_link)),
                      (esc(self.t("Status")), esc(status)),
                      (esc(self.t("Secretary")), esc(line.secretary_name)),
                      (esc(self.t("Attendance")), esc(attendance)),
                      (esc(self.t("Organisations present")),
                       esc(", ".join(line.organisations_attending)) if held else ""),
                      (esc(self.t("Approval")), esc(approved))])]
        if line.decisions:
            out.append(table(self.columns(("Decision", 55), ("Agenda item", 25), ("Vote", 20)), [
                [esc(x.decision.text), esc(x.agenda_title), esc(self.vote(x.decision))]
                for x in line.decisions]))
        elif held:
            out.append(self.none("No decision recorded."))
        return "\n".join(out)

    def vote(self, decision: rm.Decision) -> str:
        votes = [getattr(decision, f"votes_{k}") for k in ("for", "against", "abstain")]
        if all(v is None for v in votes):
            return ""
        return self.t("{for_} for, {against} against, {abstain} abstaining").format(
            for_=votes[0] or 0, against=votes[1] or 0, abstain=votes[2] or 0)

    # -- actions -----------------------------------------------------------------------
    def actions(self) -> str:
        out = [self.h1("Actions and their status")]
        rows = self.d.actions
        if not rows:
            return "\n".join([*out, self.none("No action is recorded.")])
        out.append(table(
            [Column(esc(self.w.label(s)), 20, True) for s in ActionStatus]
            + self.columns(("Overdue", 20, True)),
            [[esc(str(self.d.action_count(s))) for s in ActionStatus]
             + [esc(str(self.d.overdue_count))]]))
        titles = ("Open actions", "Actions done", "Actions cancelled")
        for title, statuses in zip(titles, _ACTION_GROUPS, strict=True):
            group = [r for r in rows if r.action.status in statuses]
            if not group:
                continue
            out.append(f"<h2>{esc(self.t(title))} ({len(group)})</h2>")
            out.append(table(self.columns(("Action", 44), ("Who", 26), ("Due on", 15),
                                          ("Status", 15)), [self.action_row(r) for r in group]))
        return "\n".join(out)

    def action_row(self, row: ActionRow) -> list[str]:
        who = row.owner_name
        if row.owner_person_name and row.owner_organisation_name:
            who = f"{row.owner_person_name} ({row.owner_organisation_name})"
        status = esc(self.w.label(row.action.status))
        if row.overdue:
            late = self.te("Late ({days} d)", days=row.days_overdue)
            status += f'<br/><span class="late">{late}</span>'
        elif row.action.done_on is not None:
            status += "<br/>" + esc(self.w.short_date(row.action.done_on))
        return [esc(row.action.title), esc(who), esc(self.w.short_date(row.action.due_on)),
                status]

    # -- pooled resources --------------------------------------------------------------
    def resources(self) -> str:
        out = [self.h1("Pooled resources")]
        lines, totals, w = self.d.bookings, self.d.totals, self.w
        if not lines:
            return "\n".join([*out, self.none("No resource was lent for this project.")])
        out.append(paragraph(esc(self.t(
            "Equipment, rooms, vehicles and skills the partners lent each other for the "
            "project, valued as contributions in kind.")), "lead"))
        out.append(table(self.columns(("Resource", 24), ("Lent by", 20), ("Lent to", 20),
                                      ("When", 23), ("Value", 13, True)), [
            [esc(x.resource_name), esc(x.owner_name), esc(x.borrower_name),
             esc(self.t("{start} to {end}").format(start=w.short_date(x.booking.starts_at.date()),
                                                   end=w.short_date(x.booking.ends_at.date()))),
             esc(w.money(x.value_cents) + (" *" if x.value_estimated else ""))]
            for x in lines]))
        if any(x.value_estimated for x in lines):
            out.append(paragraph(esc(self.t(
                "* estimated from the resource's value per day.")), "muted"))
        if totals:
            out.append(f"<h2>{esc(self.t('Contributions in kind per partner'))}</h2>")
            lent = sum(t.lent_cents for t in totals)
            received = sum(t.received_cents for t in totals)
            out.append(table(self.columns(("Organisation", 40), ("Lent", 20, True),
                                          ("Received", 20, True), ("Balance", 20, True)), [
                [esc(t.organisation_name), esc(w.money(t.lent_cents)),
                 esc(w.money(t.received_cents)), esc(w.money(t.balance_cents))]
                for t in totals], footer=[esc(self.t("Total in kind")), esc(w.money(lent)),
                                          esc(w.money(received)), ""]))
        return "\n".join(out)

    # -- reviews -----------------------------------------------------------------------
    def reviews(self) -> str:
        out = [self.h1("Reviews of the cooperation")]
        if not self.d.reviews:
            return "\n".join([*out, self.none("No review is recorded.")])
        out.append(paragraph(esc(self.t(
            "Each partner scores the five good practices of the cooperation from 1 to 5.")),
            "lead"))
        w = self.w
        for grid in self.d.reviews:
            review = grid.review
            out.append(f"<h2>{esc(w.short_date(review.held_on))} · "
                       f"{esc(review.title or self.t('Review'))}</h2>")
            # Small, regular header text: "Complementarity" fits its column unbroken.
            columns = [Column(esc(self.t("Organisation")), 25)] + [
                Column(f'<span style="font-size: 7pt; font-weight: 400;">{esc(w.label(p))}'
                       "</span>", 15, True) for p in Practice]
            rows = [[esc(row.name)] + [esc(str(row.scores[p].score)) if p in row.scores else ""
                                       for p in Practice] for row in grid.rows if row.scores]
            averages = [_mean([row.scores[p].score for row in grid.rows if p in row.scores])
                        for p in Practice]
            out.append(table(columns, rows, footer=[esc(self.t("Average"))] + [
                esc(w.number(a)) for a in averages]) if rows
                else self.none("No score recorded."))
            if review.comments:
                out.append(paragraph(esc(review.comments)))
        return "\n".join(out)


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _progress(baseline: float | None, target: float | None, current: float | None) -> str:
    """How far the indicator went from its baseline towards its target, in percent."""
    if target is None or current is None:
        return ""
    start = baseline or 0.0
    if target == start:
        return ""
    return f"{round(100 * (current - start) / (target - start))} %"

