"""The Projects page: the list of shared projects, and one project's page in its place."""

from __future__ import annotations

from coopdesk.domain.enums import ProjectMode
from coopdesk.ui.pages.list_detail import ListDetailPage, Location
from coopdesk.ui.pages.projects.detail_view import ProjectDetailView
from coopdesk.ui.pages.projects.list_view import ProjectListView


class ProjectsPage(ListDetailPage):
    page_id = "projects"
    watches = frozenset({"project", "project_partner", "objective", "indicator", "charter",
                         "charter_version", "charter_acceptance", "reporting_deadline",
                         "organisation", "person"})
    list_view: ProjectListView
    detail_view: ProjectDetailView

    def make_views(self) -> tuple[ProjectListView, ProjectDetailView]:
        return ProjectListView(self.context, self), ProjectDetailView(self.context, self)

    def title(self) -> str:
        return self.tr("Projects")

    def open_project(self, project_id: str) -> bool:
        return self.open_record(project_id)

    def locate(self, kind: str, record_id: str) -> Location | None:
        s, view = self.services, self.detail_view
        if kind == "project":
            return s.projects.get(record_id).id, None, None
        if kind == "project_partner":
            return (s.partners.get(record_id).project_id, view.PARTNERS,
                    lambda: view.partners.select(record_id))
        if kind == "reporting_deadline":
            return (s.deadlines.get(record_id).project_id, view.OVERVIEW,
                    lambda: view.overview.select_deadline(record_id))
        if kind == "indicator":
            objective_id = s.indicators.get(record_id).objective_id
            return (s.objectives.get(objective_id).project_id, view.OBJECTIVES,
                    lambda: view.objectives.select(record_id))
        if kind == "objective":
            return (s.objectives.get(record_id).project_id, view.OBJECTIVES,
                    lambda: view.objectives.select(record_id))
        if kind == "charter":
            return s.charters.get(record_id).project_id, view.CHARTER, None
        if kind == "charter_version":
            version = s.charter_versions.get(record_id)
            return (s.charters.get(version.charter_id).project_id, view.CHARTER,
                    lambda: view.charter.select_version(record_id))
        if kind == "charter_acceptance":
            acceptance = s.charter_acceptances.get(record_id)
            version = s.charter_versions.get(acceptance.charter_version_id)
            return (s.charters.get(version.charter_id).project_id, view.CHARTER,
                    lambda: view.charter.select_version(version.id))
        return None

    # -- screenshots ---------------------------------------------------------------------
    def screenshot_tabs(self) -> list[tuple[str, int]]:
        view = self.detail_view
        return [("detail", view.OVERVIEW), ("partners", view.PARTNERS),
                ("objectives", view.OBJECTIVES), ("charter", view.CHARTER)]

    def showcase_id(self) -> str | None:
        return self._richest_project()

    def _richest_project(self) -> str | None:
        """The consortium project with the most partners (else any project)."""
        rows = self.services.projects.rows(mode=ProjectMode.CONSORTIUM) or \
            self.services.projects.rows()
        if not rows:
            return None
        return max(rows, key=lambda r: r.partner_count).id
