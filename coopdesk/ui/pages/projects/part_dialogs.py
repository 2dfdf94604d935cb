"""Forms for a project's partners and its reporting deadlines."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QWidget

from coopdesk.domain.enums import PartnerRole, VotingRight
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.projects import ProjectPartnerFields, ReportingDeadlineFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.labels import QT_TRANSLATE_NOOP
from coopdesk.ui.widgets.form import DateEdit, EnumCombo, MoneyEdit, RecordCombo, choices, text_of
from coopdesk.ui.widgets.record_dialog import RecordDialog
from coopdesk.ui.widgets.values import enum_value

REQUIRED = QT_TRANSLATE_NOOP("errors", "This field cannot be empty.")


class PartnerDialog(RecordDialog):
    """An organisation's part in a project: role, what it brings, commitments, shares."""

    def __init__(self, services: Services, project_id: str,
                 partner: rm.ProjectPartner | None = None, *,
                 role: PartnerRole = PartnerRole.PARTNER, organisation_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a partner") if partner is None else
                         self.tr("Edit the partner"), parent)
        self.services = services
        self.project_id = project_id
        # the latest text, and which versions of it this form shows (edit_base)
        partner = services.partners.get(partner.id) if partner is not None else None
        self.partner = partner
        organisations = services.organisations.list()
        self.organisation_combo: RecordCombo = self.add_field(
            "organisation_id", self.tr("Organisation"),
            RecordCombo(choices(organisations, lambda o: o.name),
                        partner.organisation_id if partner else organisation_id,
                        allow_none=not organisations, parent=self), required=True)
        if not organisations:
            self.banner.setText(self.tr(
                "The directory has no organisation yet: add the partner organisations in "
                "the Directory first."))
            self.banner.show()
        self.role_combo: EnumCombo = self.add_field(
            "role", self.tr("Role"), EnumCombo(PartnerRole, partner.role if partner else role,
                                               self))
        self.voting_combo: EnumCombo = self.add_field(
            "voting", self.tr("Vote in meetings"),
            EnumCombo(VotingRight, partner.voting if partner else VotingRight.BY_ROLE, self))
        self.voting_combo.setToolTip(self.tr(
            "Whether it counts toward the quorum and votes. As its role says: the lead partner "
            "and the partners vote; funders, supporters, observers and guests do not."))
        self.contribution_edit = self.add_text(
            "contribution", self.tr("What it brings"),
            partner.contribution if partner else "", multiline=True)
        self.contribution_edit.setPlaceholderText(self.tr(
            "Skills, volunteers, a room, equipment, money, contacts…"))
        self.commitments_edit = self.add_text(
            "commitments", self.tr("Its commitments"),
            partner.commitments if partner else "", multiline=True)
        self.budget_edit: MoneyEdit = self.add_field(
            "budget_share_cents", self.tr("Budget share"),
            MoneyEdit(partner.budget_share_cents if partner else None, self))
        self.task_edit = self.add_text("task_share", self.tr("Task share"),
                                       partner.task_share if partner else "")
        self.task_edit.setPlaceholderText(self.tr("for example: workshops, communication"))

    def save(self) -> None:
        fields = ProjectPartnerFields(
            project_id=self.project_id,
            organisation_id=self.organisation_combo.value() or "",
            role=enum_value(self.role_combo, PartnerRole),
            contribution=text_of(self.contribution_edit).strip(),
            commitments=text_of(self.commitments_edit).strip(),
            budget_share_cents=self.budget_edit.value("budget_share_cents"),
            task_share=text_of(self.task_edit).strip(),
            voting=self.voting_combo.value())
        if self.partner is None:
            self.changes = self.services.partners.create(fields)
        else:
            self.changes = self.services.partners.update(
                self.partner.id, fields, base=self.partner.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, project_id: str, partner: rm.ProjectPartner | None = None,
            *, role: PartnerRole = PartnerRole.PARTNER, organisation_id: str | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, project_id, partner, role=role, organisation_id=organisation_id,
                   parent=parent).run()


class DeadlineDialog(RecordDialog):
    """A report or deliverable owed to the funder by a date."""

    def __init__(self, services: Services, project_id: str,
                 deadline: rm.ReportingDeadline | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New reporting deadline") if deadline is None else
                         self.tr("Edit the reporting deadline"), parent)
        self.services = services
        self.project_id = project_id
        self.deadline = deadline
        self.label_edit = self.add_text("label", self.tr("Report or deliverable"),
                                        deadline.label if deadline else "", required=True)
        self.label_edit.setPlaceholderText(self.tr("for example: interim activity report"))
        self.due_edit: DateEdit = self.add_field(
            "due_on", self.tr("Due on"), DateEdit(deadline.due_on if deadline else None, self),
            required=True)
        self.done_check = QCheckBox(self.tr("Sent to the funder"), self)
        self.done_check.setChecked(bool(deadline and deadline.done))
        self.add_field("done", self.tr("Done"), self.done_check)

    def save(self) -> None:
        due_on: dt.date | None = self.due_edit.value("due_on")
        label = text_of(self.label_edit).strip()
        if label and due_on is None:
            raise ValidationError("due_on", REQUIRED)
        fields = ReportingDeadlineFields(project_id=self.project_id, label=label,
                                         due_on=due_on or dt.date.today(),
                                         done=self.done_check.isChecked())
        if self.deadline is None:
            self.changes = self.services.deadlines.create(fields)
        else:
            self.changes = self.services.deadlines.update(self.deadline.id, fields)

    @classmethod
    def ask(cls, services: Services, project_id: str,
            deadline: rm.ReportingDeadline | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, project_id, deadline, parent).run()
