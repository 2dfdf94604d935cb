"""The Projects page: the list of shared projects, and one project's page in its place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from coopdesk.domain.enums import ProjectMode
from coopdesk.domain.errors import NotFoundError
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.projects.detail_view import ProjectDetailView
from coopdesk.ui.pages.projects.list_view import ProjectListView
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.page_context import PageContext


class ProjectsPage(Page):
    page_id = "projects"
    watches = frozenset({"project", "project_partner", "objective", "indicator", "charter",
                         "charter_version", "charter_acceptance", "reporting_deadline",
                         "organisation", "person"})

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.messages = MessageBar(self)
        self.context = PageContext(services, bus, self.messages)
        self.list_view = ProjectListView(self.context, self)
        self.detail_view = ProjectDetailView(self.context, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.stack, 1)
        self.list_view.open_requested.connect(self.open_project)
        self.detail_view.back_requested.connect(self.show_list)
        self.refresh()

    def create_new(self) -> None:
        if self.showing_detail():
            self.detail_view.create_in_current_tab()
        else:
            self.list_view.create_project()

    def title(self) -> str:
        return self.tr("Projects")

    def refresh(self) -> None:
        self.list_view.refresh()
        if self.showing_detail() and not self.detail_view.refresh():
            self.show_list()

    def showing_detail(self) -> bool:
        return self.stack.currentWidget() is self.detail_view

    # -- navigation ----------------------------------------------------------------------
    def open_project(self, project_id: str) -> bool:
        if not self.detail_view.show_project(project_id):
            return False
        self.messages.hide()
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.tabs.setFocus()
        return True

    def show_list(self) -> None:
        previous = self.detail_view.project_id
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.refresh()
        if previous:
            self.list_view.select(previous)
        self.list_view.table.setFocus()

    def show_record(self, kind: str, record_id: str) -> bool:
        try:
            target = self._locate(kind, record_id)
        except NotFoundError:
            return False
        if target is None or not self.open_project(target[0]):
            return False
        tab, select = target[1], target[2]
        tabs = self.detail_view.tabs
        if tab is not None:
            tabs.setCurrentIndex(tab)
        if select is not None:
            select()
        return True

    def _locate(self, kind: str, record_id: str
                ) -> tuple[str, int | None, Callable[[], object] | None] | None:
        """(project id, tab to show, how to select the record) for a record of *kind*."""
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

    def current_record(self) -> tuple[str, str] | None:
        """The open project (its parts have their own lists), else the selected one."""
        if self.showing_detail():
            project_id = self.detail_view.project_id
        else:
            project_id = self.list_view.selected_id()
        return ("project", project_id) if project_id else None

    # -- screenshots and keyboard --------------------------------------------------------
    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        richest = self._richest_project()
        if richest is None:
            return []

        def on_tab(tab: int) -> Callable[[], None]:
            def put() -> None:
                self.open_project(richest)
                self.detail_view.tabs.setCurrentIndex(tab)
            return put

        def edit_form() -> None:
            # Opens the (modal) project form; the screenshot tool captures and closes it.
            self.open_project(richest)
            self.detail_view.edit_project()

        view = self.detail_view
        return [("detail", on_tab(view.OVERVIEW)), ("partners", on_tab(view.PARTNERS)),
                ("objectives", on_tab(view.OBJECTIVES)), ("charter", on_tab(view.CHARTER)),
                ("form", edit_form)]

    def _richest_project(self) -> str | None:
        """The consortium project with the most partners (else any project)."""
        rows = self.services.projects.rows(mode=ProjectMode.CONSORTIUM) or \
            self.services.projects.rows()
        if not rows:
            return None
        return max(rows, key=lambda r: r.partner_count).id

    def focus_search(self) -> bool:
        if self.showing_detail():
            self.show_list()
        self.list_view.search_edit.setFocus()
        self.list_view.search_edit.selectAll()
        return True
