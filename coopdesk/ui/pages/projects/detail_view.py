"""One project's page: a header with what the project is, then its overview, partners,
objectives and charter in tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import ProjectMode
from coopdesk.domain.errors import NotFoundError
from coopdesk.services.projects import ProjectDetail
from coopdesk.ui.document_exports import DocumentExports
from coopdesk.ui.formatting import date_text, money_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.look import scaled_font
from coopdesk.ui.pages.projects.charter_tab import CharterTab
from coopdesk.ui.pages.projects.objectives_tab import ObjectivesTab
from coopdesk.ui.pages.projects.overview_tab import OverviewTab
from coopdesk.ui.pages.projects.partners_tab import PartnersTab
from coopdesk.ui.pages.projects.project_dialog import ProjectDialog
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.facts import FactGrid
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE

TRASH_STYLE = ("QFrame#trashBanner { background: #fef7e0; border: 1px solid #f9ab00;"
               " border-radius: 4px; }")


class ProjectDetailView(QWidget):
    #: The user wants the list of projects back.
    back_requested = Signal()

    OVERVIEW, PARTNERS, OBJECTIVES, CHARTER = range(4)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id: str | None = None
        self.detail: ProjectDetail | None = None
        self.back_button = QPushButton(self.tr("← All projects"), self)
        self.back_button.setFlat(True)
        self.back_button.setToolTip(self.tr("Back to the list of projects (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        back = QAction(self)
        back.setShortcut(QKeySequence.StandardKey.Back)
        back.triggered.connect(self.back_requested)
        self.addAction(back)
        self.edit_button = button(self.tr("Edit…"), self.edit_project, self)
        self.delete_button = button(self.tr("Delete"), self.delete_project, self,
                                    tooltip=self.tr("Move the project to the trash"))
        self.dossier_button = button(
            self.tr("Cooperation dossier (PDF)…"), self.export_dossier, self,
            tooltip=self.tr("One PDF with the charter, commitments, meetings, decisions, "
                            "actions, pooled resources and reviews, for funders and hand-over"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.dossier_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setFont(scaled_font(self.title_label, 1.6, bold=True))
        self.kind_label = QLabel(self)
        self.kind_label.setStyleSheet(MUTED_STYLE)
        self.kind_label.setFont(scaled_font(self.kind_label, 1.1))
        self._build_trash_banner()
        self.facts = FactGrid(self)
        self.territory = FactGrid(self)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts, 1)
        facts_row.addWidget(self.territory, 1)
        self.overview = OverviewTab(context, self)
        self.partners = PartnersTab(context, self)
        self.objectives = ObjectivesTab(context, self)
        self.charter = CharterTab(context, self)
        self.tabs = QTabWidget(self)
        for tab in (self.overview, self.partners, self.objectives, self.charter):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.trash_banner)
        layout.addLayout(facts_row)
        layout.addWidget(self.tabs, 1)

    def _build_trash_banner(self) -> None:
        self.trash_banner = QFrame(self)
        self.trash_banner.setObjectName("trashBanner")
        self.trash_banner.setStyleSheet(TRASH_STYLE)
        text = QLabel(self.tr("This project is in the trash."), self.trash_banner)
        restore = button(self.tr("Restore"), self.restore_project, self.trash_banner)
        row = QHBoxLayout(self.trash_banner)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(text, 1)
        row.addWidget(restore)
        self.trash_banner.hide()

    # -- showing -------------------------------------------------------------------------
    def show_project(self, project_id: str) -> bool:
        self.project_id = project_id
        return self.refresh()

    def refresh(self) -> bool:
        """Reload the project; False when it no longer exists."""
        if self.project_id is None:
            return False
        try:
            detail = self.context.services.projects.detail(self.project_id)
        except NotFoundError:
            self.project_id = None
            self.detail = None
            return False
        self.detail = detail
        self._show_header(detail)
        self.overview.set_detail(detail)
        self.partners.set_detail(detail)
        self.objectives.set_detail(detail)
        self.charter.set_detail(detail)
        self._name_tabs(detail)
        return True

    def _show_header(self, detail: ProjectDetail) -> None:
        project = detail.project
        in_trash = project.audit.in_trash
        self.title_label.setText(project.title)
        self.kind_label.setText(self.tr("{status} · {mode} · {form}").format(
            status=enum_label(project.status), mode=enum_label(project.mode),
            form=enum_label(project.form)))
        self.trash_banner.setVisible(in_trash)
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
        """Ctrl+N: add what the current tab lists."""
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

    def edit_project(self) -> None:
        if self.detail is not None and not self.detail.project.audit.in_trash:
            self.context.publish(ProjectDialog.ask(self.context.services, self.detail.project,
                                                   self))

    def delete_project(self) -> None:
        if self.detail is None:
            return
        project = self.detail.project
        if self.context.trash("project", project.id, project.title):
            self.back_requested.emit()

    def restore_project(self) -> None:
        if self.detail is not None:
            project = self.detail.project
            self.context.restore("project", project.id, project.title)
