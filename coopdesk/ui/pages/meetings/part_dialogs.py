"""The forms of a meeting's parts: an agenda item, a decision, an attendance line, who
represents someone, and the action that carries out a decision."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import AttendanceStatus, DecisionOutcome, VoteKind
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.meetings import AgendaItemFields, AttendanceFields, DecisionFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.meeting_details import AgendaLine, AttendanceLine, MeetingDetail
from coopdesk.services.workspace_services import Services
from coopdesk.ui.pages.meetings.meeting_dialog import person_choices
from coopdesk.ui.pages.meetings.widgets import DurationEdit, IntEdit
from coopdesk.ui.widgets.form import DateEdit, EnumCombo, RecordCombo, text_of
from coopdesk.ui.widgets.record_dialog import RecordDialog

#: Longest prefilled action title; a longer decision goes whole into the description.
TITLE_LIMIT = 160


class AgendaItemDialog(RecordDialog):
    """Title, presenter and planned duration; notes and outcome are edited beside the
    agenda."""

    def __init__(self, services: Services, meeting_id: str, item: rm.AgendaItem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New agenda item") if item is None else
                         self.tr("Edit agenda item"), parent)
        self.services = services
        self.meeting_id = meeting_id
        # the latest text, and which versions of it this form shows (edit_base)
        item = services.agenda.get(item.id) if item is not None else None
        self.item = item
        self.title_edit = self.add_text("title", self.tr("Title"), item.title if item else "",
                                        required=True)
        self.presenter_combo: RecordCombo = self.add_field(
            "presenter_person_id", self.tr("Presented by"),
            RecordCombo(person_choices(services), item.presenter_person_id if item else None,
                        parent=self))
        self.duration_edit: DurationEdit = self.add_field(
            "planned_minutes", self.tr("Planned duration"),
            DurationEdit(item.planned_minutes if item else None, self))

    def save(self) -> None:
        fields = AgendaItemFields(
            meeting_id=self.meeting_id,
            title=text_of(self.title_edit).strip(),
            position=self.item.position if self.item else "",
            presenter_person_id=self.presenter_combo.value(),
            planned_minutes=self.duration_edit.value("planned_minutes"),
            notes=self.item.notes if self.item else "",
            outcome=self.item.outcome if self.item else "")
        if self.item is None:
            self.changes = self.services.agenda.create(fields)
        else:
            self.changes = self.services.agenda.update(
                self.item.id, fields, base=self.item.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, meeting_id: str, item: rm.AgendaItem | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, meeting_id, item, parent).run()


class DecisionDialog(RecordDialog):
    def __init__(self, services: Services, meeting_id: str, agenda: Sequence[AgendaLine],
                 decision: rm.Decision | None = None, agenda_item_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New decision") if decision is None else
                         self.tr("Edit decision"), parent)
        self.services = services
        self.meeting_id = meeting_id
        # the latest text, and which versions of it this form shows (edit_base)
        decision = services.decisions.get(decision.id) if decision is not None else None
        self.decision = decision
        self.text_edit = self.add_text("text", self.tr("Decision"),
                                       decision.text if decision else "", required=True,
                                       multiline=True)
        self.text_edit.setPlaceholderText(self.tr("What was decided, as it will read in the "
                                                  "minutes"))
        self.item_combo: RecordCombo = self.add_field(
            "agenda_item_id", self.tr("Agenda item"),
            RecordCombo([(line.id, self.tr("{number}. {title}").format(
                number=line.number, title=line.item.title)) for line in agenda],
                decision.agenda_item_id if decision else agenda_item_id, parent=self))
        result = decision.result if decision else None
        # Counts typed before votes had a kind show as a counted vote.
        kind = (VoteKind.COUNTED if decision and result and not result.unanimous
                else decision.vote_kind if decision else VoteKind.NONE)
        self.kind_combo: EnumCombo = self.add_field(
            "vote_kind", self.tr("Vote"), EnumCombo(VoteKind, kind, self))
        self.outcome_combo: EnumCombo = self.add_field(
            "outcome", self.tr("Outcome"),
            EnumCombo(DecisionOutcome, DecisionOutcome.ADOPTED if result is None or
                      result.adopted else DecisionOutcome.REJECTED, self))
        self.for_edit: IntEdit = self.add_field(
            "votes_for", self.tr("Votes for"),
            IntEdit(decision.votes_for if decision else None, self))
        self.against_edit: IntEdit = self.add_field(
            "votes_against", self.tr("Votes against"),
            IntEdit(decision.votes_against if decision else None, self))
        self.abstain_edit: IntEdit = self.add_field(
            "votes_abstain", self.tr("Abstentions"),
            IntEdit(decision.votes_abstain if decision else None, self))
        self.apart_edit: IntEdit = self.add_field(
            "votes_not_taking_part", self.tr("Not taking part in the vote"),
            IntEdit(decision.votes_not_taking_part if decision else None, self))
        self.secret_check = QCheckBox(self.tr("Secret ballot (only the counts are recorded)"),
                                      self)
        self.secret_check.setChecked(bool(decision and decision.secret_ballot))
        self.add_field("secret_ballot", self.tr("Ballot"), self.secret_check)
        self.named_edit = self.add_text(
            "named_votes", self.tr("Who voted against or abstained"),
            decision.named_votes if decision else "")
        self.named_edit.setPlaceholderText(self.tr("only when they asked for it to be minuted"))
        self._outcome_chosen = decision is not None
        self.outcome_combo.activated.connect(self._choose_outcome)
        self.kind_combo.currentIndexChanged.connect(self._show_vote)
        self.secret_check.toggled.connect(self._show_vote)
        self.for_edit.textChanged.connect(self._suggest_outcome)
        self.against_edit.textChanged.connect(self._suggest_outcome)
        self._show_vote()

    def _row_visible(self, widget: QWidget, visible: bool) -> None:
        holder = widget.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, visible)

    def _show_vote(self) -> None:
        """Counts for a counted vote only; who voted what never for a secret ballot."""
        kind = self.kind_combo.value()
        counted = kind is VoteKind.COUNTED
        for widget in (self.for_edit, self.against_edit, self.abstain_edit, self.apart_edit):
            self._row_visible(widget, counted)
        self._row_visible(self.outcome_combo, kind is not VoteKind.NONE)
        self._row_visible(self.secret_check, kind is not VoteKind.NONE)
        self._row_visible(self.named_edit, counted and not self.secret_check.isChecked())

    def _choose_outcome(self) -> None:
        self._outcome_chosen = True

    def _suggest_outcome(self) -> None:
        """More votes for than against: adopted, until someone chooses otherwise."""
        if self._outcome_chosen:
            return
        try:
            votes_for = self.for_edit.value() or 0
            against = self.against_edit.value() or 0
        except ValidationError:
            return
        self.outcome_combo.set_value(DecisionOutcome.ADOPTED if votes_for > against
                                     else DecisionOutcome.REJECTED)

    def save(self) -> None:
        kind = self.kind_combo.value()
        counted = kind is VoteKind.COUNTED
        secret = self.secret_check.isChecked() and kind is not VoteKind.NONE
        fields = DecisionFields(
            meeting_id=self.meeting_id,
            text=text_of(self.text_edit).strip(),
            agenda_item_id=self.item_combo.value(),
            vote_kind=kind,
            votes_for=self.for_edit.value("votes_for") if counted else None,
            votes_against=self.against_edit.value("votes_against") if counted else None,
            votes_abstain=self.abstain_edit.value("votes_abstain") if counted else None,
            votes_not_taking_part=(self.apart_edit.value("votes_not_taking_part")
                                   if counted else None),
            outcome=self.outcome_combo.value(),
            secret_ballot=secret,
            named_votes=(text_of(self.named_edit).strip()
                         if counted and not secret else ""))
        if self.decision is None:
            self.changes = self.services.decisions.create(fields)
        else:
            self.changes = self.services.decisions.update(
                self.decision.id, fields, base=self.decision.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, meeting_id: str, agenda: Sequence[AgendaLine],
            decision: rm.Decision | None = None, agenda_item_id: str | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, meeting_id, agenda, decision, agenda_item_id, parent).run()


def action_title(text: str) -> str:
    """A decision's text as an action title: whole when short, else cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= TITLE_LIMIT:
        return flat
    cut = flat[:TITLE_LIMIT - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


class ActionFromDecisionDialog(RecordDialog):
    """One step from a decision to the action that carries it out."""

    def __init__(self, services: Services, decision: rm.Decision, project_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create an action from this decision"), parent)
        self.services = services
        self.decision = decision
        title = action_title(decision.text)
        self.title_edit = self.add_text("title", self.tr("Action"), title, required=True)
        self.project_combo: RecordCombo = self.add_field(
            "project_id", self.tr("Project"),
            RecordCombo([(p.id, p.title) for p in services.projects.list()], project_id,
                        parent=self))
        self.person_combo: RecordCombo = self.add_field(
            "owner_person_id", self.tr("Who does it"),
            RecordCombo(person_choices(services), parent=self))
        self.organisation_combo: RecordCombo = self.add_field(
            "owner_organisation_id", self.tr("For which organisation"),
            RecordCombo([(o.id, o.name) for o in services.organisations.list()], parent=self))
        self.due_edit: DateEdit = self.add_field("due_on", self.tr("Due on"),
                                                 DateEdit(None, self))
        self.description_edit = self.add_text(
            "description", self.tr("Description"),
            decision.text.strip() if title != " ".join(decision.text.split()) else "",
            multiline=True)
        self._organisation_of = {p.id: p.organisation_id for p in services.people.list()}
        self.person_combo.currentIndexChanged.connect(self._follow_person)

    def _follow_person(self) -> None:
        """Choosing who does it also chooses their organisation."""
        organisation = self._organisation_of.get(self.person_combo.value() or "")
        if organisation is not None:
            self.organisation_combo.set_value(organisation)

    def fields(self) -> ActionFields:
        return ActionFields(
            title=text_of(self.title_edit).strip(),
            project_id=self.project_combo.value(),
            description=text_of(self.description_edit).strip(),
            owner_organisation_id=self.organisation_combo.value(),
            owner_person_id=self.person_combo.value(),
            due_on=self.due_edit.value("due_on"))

    def save(self) -> None:
        self.changes = self.services.meeting_details.action_from_decision(
            self.decision.id, self.fields())

    @classmethod
    def ask(cls, services: Services, decision: rm.Decision, project_id: str | None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, decision, project_id, parent).run()


class AttendanceDialog(RecordDialog):
    """Someone on the attendance list: who, from which organisation, and their status."""

    def __init__(self, services: Services, detail: MeetingDetail,
                 line: AttendanceLine | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add to the attendance list") if line is None else
                         self.tr("Edit attendance"), parent)
        self.services = services
        self.meeting_id = detail.meeting.id
        self.line = line
        current = line.attendance if line else None
        people = person_choices(services)
        self.person_combo: RecordCombo = self.add_field(
            "person_id", self.tr("Person"),
            RecordCombo(people, current.person_id if current else None, parent=self))
        self.organisation_combo: RecordCombo = self.add_field(
            "organisation_id", self.tr("Organisation"),
            RecordCombo([(o.id, o.name) for o in services.organisations.list()],
                        current.organisation_id if current else None, parent=self))
        self.status_combo: EnumCombo = self.add_field(
            "status", self.tr("Status"),
            EnumCombo(AttendanceStatus, current.status if current else
                      AttendanceStatus.PRESENT, self))
        self.proxy_combo: RecordCombo = self.add_field(
            "represented_by_person_id", self.tr("Represented by"),
            RecordCombo(people, current.represented_by_person_id if current else None,
                        parent=self))
        self.signs_check = QCheckBox(self.tr("Signs the minutes too"), self)
        self.signs_check.setChecked(bool(current and current.signs_minutes))
        self.signs_check.setToolTip(self.tr("Besides the president and the secretary of the "
                                            "meeting, who sign anyway"))
        self.add_field("signs_minutes", self.tr("Signature"), self.signs_check)
        self._organisation_of = {p.id: p.organisation_id for p in services.people.list()}
        self.person_combo.currentIndexChanged.connect(self._follow_person)
        self.status_combo.currentIndexChanged.connect(self._show_proxy)
        self._show_proxy()

    def _follow_person(self) -> None:
        organisation = self._organisation_of.get(self.person_combo.value() or "")
        if organisation is not None:
            self.organisation_combo.set_value(organisation)

    def _show_proxy(self) -> None:
        represented = self.status_combo.value() is AttendanceStatus.REPRESENTED
        holder = self.proxy_combo.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, represented)

    def save(self) -> None:
        status = self.status_combo.value()
        fields = AttendanceFields(
            meeting_id=self.meeting_id,
            person_id=self.person_combo.value(),
            organisation_id=self.organisation_combo.value(),
            status=status,
            represented_by_person_id=(self.proxy_combo.value()
                                      if status is AttendanceStatus.REPRESENTED else None),
            signs_minutes=self.signs_check.isChecked())
        if self.line is None:
            self.changes = self.services.attendance.create(fields)
        else:
            self.changes = self.services.attendance.update(self.line.id, fields)

    @classmethod
    def ask(cls, services: Services, detail: MeetingDetail, line: AttendanceLine | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, detail, line, parent).run()


class RepresentedByDialog(RecordDialog):
    """Who represents the chosen people (a proxy): one choice for all of them."""

    def __init__(self, services: Services, attendance_ids: Sequence[str], names: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Represented by"), parent)
        self.services = services
        self.attendance_ids = list(attendance_ids)
        self.form.addRow(self.tr("Who is represented"), self._label(names))
        self.proxy_combo: RecordCombo = self.add_field(
            "represented_by_person_id", self.tr("Represented by"),
            RecordCombo(person_choices(services), parent=self), required=True)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def save(self) -> None:
        self.changes = self.services.meeting_details.mark_attendance(
            self.attendance_ids, AttendanceStatus.REPRESENTED, self.proxy_combo.value())

    @classmethod
    def ask(cls, services: Services, attendance_ids: Sequence[str], names: str,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, attendance_ids, names, parent).run()
