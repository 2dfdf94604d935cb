"""One project's page: a header with what the project is, then its overview, partners,
objectives and charter in tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QWidget

from coopdesk.domain.enums import ProjectMode
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.projects import ProjectDetail
from coopdesk.ui.document_exports import DocumentExports
from coopdesk.ui.formatting import date_text, money_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.look import scaled_font
from coopdesk.ui.pages.list_detail import DetailTexts, RecordDetailView
from coopdesk.ui.pages.projects.charter_tab import CharterTab
from coopdesk.ui.pages.projects.objectives_tab import ObjectivesTab
from coopdesk.ui.pages.projects.overview_tab import OverviewTab
from coopdesk.ui.pages.projects.partners_tab import PartnersTab
from coopdesk.ui.pages.projects.project_dialog import ProjectDialog
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.facts import FactGrid
from coopdesk.ui.widgets.page_context import PageContext


class ProjectDetailView(RecordDetailView[ProjectDetail]):
    kind = "project"
    OVERVIEW, PARTNERS, OBJECTIVES, CHARTER = range(4)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dossier_button = button(
            self.tr("Cooperation dossier (PDF)…"), self.export_dossier, self,
            tooltip=self.tr("One PDF with the charter, commitments, meetings, decisions, "
                            "actions, pooled resources and reviews, for funders and hand-over"))
        self.kind_label.setFont(scaled_font(self.kind_label, 1.1))
        self.facts = FactGrid(self)
        self.territory = FactGrid(self)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts, 1)
        facts_row.addWidget(self.territory, 1)
        self.overview = OverviewTab(context, self)
        self.partners = PartnersTab(context, self)
        self.objectives = ObjectivesTab(context, self)
        self.charter = CharterTab(context, self)
        self.lay_out([self.dossier_button], facts_row,
                     [self.overview, self.partners, self.objectives, self.charter])

    @property
    def project_id(self) -> str | None:
        return self.record_id

    def texts(self) -> DetailTexts:
        return DetailTexts(back=self.tr("← All projects"),
                           back_tip=self.tr("Back to the list of projects (Alt+Left)"),
                           edit_tip=self.tr("Title, status, dates, budget, territory"),
                           delete_tip=self.tr("Move the project to the trash"))

    # -- showing -------------------------------------------------------------------------
    def load(self, record_id: str) -> ProjectDetail:
        return self.context.services.projects.detail(record_id)

    def record(self) -> rm.Project | None:
        return self.detail.project if self.detail else None

    def show_detail(self, detail: ProjectDetail) -> None:
        self._show_header(detail)
        self.overview.set_detail(detail)
        self.partners.set_detail(detail)
        self.objectives.set_detail(detail)
        self.charter.set_detail(detail)
        self._name_tabs(detail)

    def _show_header(self, detail: ProjectDetail) -> None:
        project = detail.project
        in_trash = project.audit.in_trash
        self.title_label.setText(project.title)
        self.kind_label.setText(self.tr("{status} · {mode} · {form}").format(
            status=enum_label(project.status), mode=enum_label(project.mode),
            form=enum_label(project.form)))
        self.show_banner(self.tr("This project is in the trash.") if in_trash else "")
        self.edit_button.setEnabled(not in_trash)
        self.dossier_button.setEnabled(not in_trash)
        self.delete_button.setEnabled(not in_trash)
        self.tabs.setEnabled(not in_trash)
        self.facts.set_facts([
            (self.tr("Dates"), self._dates(detail)),
            (self.tr("Budget"), money_text(project.budget_cents)),
            (self.tr("Lead partner"), detail.lead_name)],
            empty_text=self.tr("No dates or budget recorded yet."))
        qpv = (self.tr("{name} ({code})").format(name=project.qpv_name, code=project.qpv_code)
               if project.qpv_name and project.qpv_code else project.qpv_name or project.qpv_code)
        self.territory.set_facts([
            (self.tr("Neighbourhood (QPV)"), qpv),
            (self.tr("Contrat de ville"), project.contrat_de_ville)],
            empty_text=self.tr("No territory recorded: “Edit…” to name the neighbourhood "
                               "(QPV) and the contrat de ville."))

    def _dates(self, detail: ProjectDetail) -> str:
        start, end = detail.project.start_on, detail.project.end_on
        if start and end:
            return self.tr("{start} to {end}").format(start=date_text(start),
                                                      end=date_text(end))
        if start:
            return self.tr("from {start}").format(start=date_text(start))
        if end:
            return self.tr("until {end}").format(end=date_text(end))
        return ""

    def _name_tabs(self, detail: ProjectDetail) -> None:
        self.tabs.setTabText(self.OVERVIEW, self.tr("Overview"))
        self.tabs.setTabText(self.PARTNERS, self.tr("Partners ({count})")
                             .format(count=len(detail.partners)))
        self.tabs.setTabText(self.OBJECTIVES, self.tr("Objectives and indicators ({count})")
                             .format(count=len(detail.objectives)))
        current = detail.charters[0].current if detail.charters else None
        self.tabs.setTabText(self.CHARTER, self.tr("Charter (version {number})")
                             .format(number=current.number) if current
                             else self.tr("Charter"))

    # -- acting --------------------------------------------------------------------------
    def create_in_current_tab(self) -> None:
        if self.detail is None or self.detail.project.audit.in_trash:
            return
        tab = self.tabs.currentIndex()
        if tab == self.PARTNERS:
            self.partners.add_partner()
        elif tab == self.OBJECTIVES:
            self.objectives.add_objective()
        elif tab == self.CHARTER:
            if self.detail.charters:
                self.charter.add_version()
            else:
                self.charter.create_charter()
        elif self.detail.project.mode is ProjectMode.CONSORTIUM:
            self.overview.add_deadline()

    def export_dossier(self) -> Path | None:
        """Save the project's cooperation dossier as a PDF (asks where)."""
        if self.project_id is None:
            return None
        return DocumentExports(self.context.services, self).export_dossier(self.project_id)

    def ask_edit(self) -> Changes | None:
        if self.detail is None:
            return None
        return ProjectDialog.ask(self.context.services, self.detail.project, self)
