"""The list of projects with its filters: status, mode, partner organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from coopdesk.domain.enums import ProjectMode, ProjectStatus
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.projects import ProjectRow
from coopdesk.ui.pages.projects.models import project_columns
from coopdesk.ui.pages.projects.project_dialog import ProjectDialog
from coopdesk.ui.pages.record_list_view import ListTexts, RecordListView
from coopdesk.ui.widgets.page_context import PageContext


class ProjectListView(RecordListView[ProjectRow]):
    kind = "project"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, project_columns(), parent)

    def texts(self) -> ListTexts:
        return ListTexts(
            table=self.tr("Projects"), search=self.tr("Search projects"),
            search_hint=self.tr("Search a title or a neighbourhood…"),
            new=self.tr("New project"), new_tip=self.tr("Create a shared project (Ctrl+N)"),
            open_tip=self.tr("Show the project's page (Enter)"),
            edit_tip=self.tr("Edit the project (F2)"),
            delete_tip=self.tr("Move the project to the trash (Del)"),
            trash_tip=self.tr("Show the projects in the trash, to restore them"),
            nothing_yet=self.tr("No shared project yet.\nCreate the first one: its partners, "
                                "common objectives and charter come next."),
            no_match=self.tr("No project matches these filters."),
            empty_trash=self.tr("The trash holds no project."),
            back_from_trash=self.tr("Back to the projects"))

    def count_text(self, count: int) -> str:
        return self.tr("%n project(s)", "", count)

    def build_filters(self) -> list[QComboBox]:
        all_statuses = self.tr("All statuses")
        self.status_filter = self.enum_filter(all_statuses, all_statuses, ProjectStatus)
        all_modes = self.tr("Cooperation and consortium")
        self.mode_filter = self.enum_filter(all_modes, all_modes, ProjectMode)
        self.partner_filter = self.record_filter(self.tr("Partner organisation"), 14)
        return [self.status_filter, self.mode_filter, self.partner_filter]

    def fill_filters(self) -> None:
        self.fill_combo(self.partner_filter, self.tr("All partners"),
                        ((o.id, o.name) for o in self.context.services.organisations.list()))

    def load_rows(self, text: str, include_deleted: bool) -> list[ProjectRow]:
        status, mode = self.status_filter.currentData(), self.mode_filter.currentData()
        return self.context.services.projects.rows(
            status=ProjectStatus(status) if status else None,
            mode=ProjectMode(mode) if mode else None,
            organisation_id=self.partner_filter.currentData(),
            text=text, include_deleted=include_deleted)

    def record(self, row: ProjectRow) -> rm.Project:
        return row.project

    def ask_new(self) -> Changes | None:
        return ProjectDialog.ask(self.context.services, parent=self)

    def ask_edit(self, row: ProjectRow) -> Changes | None:
        return ProjectDialog.ask(self.context.services, row.project, self)
