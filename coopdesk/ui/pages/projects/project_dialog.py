"""The form of a project: what it is, where, when, and (in consortium mode) who leads it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coopdesk.domain.enums import CooperationForm, ProjectMode, ProjectStatus
from coopdesk.domain.projects import ProjectFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.widgets.form import (
    DateEdit,
    EnumCombo,
    MoneyEdit,
    RecordCombo,
    choices,
    text_of,
)
from coopdesk.ui.widgets.quorum_edit import ProxyLimitEdit, QuorumEdit
from coopdesk.ui.widgets.record_dialog import RecordDialog
from coopdesk.ui.widgets.values import enum_value

#: Fields that only mean something for a consortium.
CONSORTIUM_FIELDS = ("lead_organisation_id", "funder_agreement_ref")


class ProjectDialog(RecordDialog):
    def __init__(self, services: Services, project: rm.Project | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New project") if project is None else
                         self.tr("Edit project"), parent)
        self.services = services
        # the latest text, and which versions of it this form shows (edit_base)
        project = services.projects.get(project.id) if project is not None else None
        self.project = project
        p = project or ProjectFields(title="")
        self.title_edit = self.add_text("title", self.tr("Title"), p.title, required=True)
        self.form_combo: EnumCombo = self.add_field(
            "form", self.tr("Form of cooperation"), EnumCombo(CooperationForm, p.form, self))
        self.mode_combo: EnumCombo = self.add_field(
            "mode", self.tr("Mode"), EnumCombo(ProjectMode, p.mode, self))
        self.mode_combo.setToolTip(self.tr(
            "A cooperation is supple and often informal; a consortium is contractual: a "
            "lead partner, a funder's agreement, defined roles and shares, reporting "
            "deadlines."))
        self.status_combo: EnumCombo = self.add_field(
            "status", self.tr("Status"), EnumCombo(ProjectStatus, p.status, self))
        self.start_edit: DateEdit = self.add_field(
            "start_on", self.tr("Start"), DateEdit(p.start_on, self))
        self.end_edit: DateEdit = self.add_field(
            "end_on", self.tr("End"), DateEdit(p.end_on, self))
        self.budget_edit: MoneyEdit = self.add_field(
            "budget_cents", self.tr("Budget"), MoneyEdit(p.budget_cents, self))
        self.qpv_name_edit = self.add_text("qpv_name", self.tr("Neighbourhood (QPV)"),
                                           p.qpv_name)
        self.qpv_code_edit = self.add_text("qpv_code", self.tr("QPV code"), p.qpv_code)
        self.qpv_code_edit.setPlaceholderText(self.tr("for example QN06901M"))
        self.contrat_edit = self.add_text("contrat_de_ville", self.tr("Contrat de ville"),
                                          p.contrat_de_ville)
        self.residents_edit = self.add_text(
            "resident_participation", self.tr("Residents' participation"),
            p.resident_participation, multiline=True)
        self.residents_edit.setPlaceholderText(self.tr(
            "How residents take part: consultation, co-construction, volunteering…"))
        self.description_edit = self.add_text("description", self.tr("Description"),
                                              p.description, multiline=True)
        self.quorum_edit: QuorumEdit = self.add_field(
            "quorum", self.tr("Quorum"), QuorumEdit(p.quorum_rule, self))
        self.quorum_edit.setToolTip(self.tr(
            "How many voting partners must be present or represented for the project's "
            "meetings to decide: a number (4) or a fraction of them (1/2). A meeting may have "
            "its own."))
        self._fields["quorum_numerator"] = self._fields["quorum"]
        self.proxies_edit: ProxyLimitEdit = self.add_field(
            "max_proxies", self.tr("Proxies one person may hold"),
            ProxyLimitEdit(p.max_proxies, self))
        organisations = services.organisations.list()
        self.lead_combo: RecordCombo = self.add_field(
            "lead_organisation_id", self.tr("Lead partner (chef de file)"),
            RecordCombo(choices(organisations, lambda o: o.name), p.lead_organisation_id,
                        parent=self))
        self.agreement_edit = self.add_text("funder_agreement_ref",
                                            self.tr("Funder agreement reference"),
                                            p.funder_agreement_ref)
        self.mode_combo.currentIndexChanged.connect(self._show_mode_fields)
        self._show_mode_fields()

    def is_consortium(self) -> bool:
        return enum_value(self.mode_combo, ProjectMode) is ProjectMode.CONSORTIUM

    def _show_mode_fields(self) -> None:
        for name in CONSORTIUM_FIELDS:
            holder = self.field_widget(name).parentWidget()
            if holder is not None:
                self.form.setRowVisible(holder, self.is_consortium())

    def fields(self) -> ProjectFields:
        consortium = self.is_consortium()
        number, numerator, denominator = self.quorum_edit.value("quorum")
        return ProjectFields(
            title=text_of(self.title_edit).strip(),
            form=enum_value(self.form_combo, CooperationForm),
            mode=enum_value(self.mode_combo, ProjectMode),
            status=enum_value(self.status_combo, ProjectStatus),
            description=text_of(self.description_edit).strip(),
            start_on=self.start_edit.value("start_on"),
            end_on=self.end_edit.value("end_on"),
            budget_cents=self.budget_edit.value("budget_cents"),
            qpv_name=text_of(self.qpv_name_edit).strip(),
            qpv_code=text_of(self.qpv_code_edit).strip(),
            contrat_de_ville=text_of(self.contrat_edit).strip(),
            resident_participation=text_of(self.residents_edit).strip(),
            quorum=number,
            quorum_numerator=numerator,
            quorum_denominator=denominator,
            max_proxies=self.proxies_edit.value("max_proxies"),
            lead_organisation_id=self.lead_combo.value() if consortium else None,
            funder_agreement_ref=text_of(self.agreement_edit).strip() if consortium else "",
        )

    def save(self) -> None:
        fields = self.fields()
        if self.project is None:
            self.changes = self.services.projects.create(fields)
        else:
            self.changes = self.services.projects.update(
                self.project.id, fields, base=self.project.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, project: rm.Project | None = None,
            parent: QWidget | None = None) -> Changes | None:
        """Show the form; the changes saved, or None when cancelled."""
        return cls(services, project, parent).run()

