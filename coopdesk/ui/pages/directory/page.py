"""The directory page (Annuaire): partner organisations and the people we work with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.directory.organisations_tab import OrganisationsTab
from coopdesk.ui.pages.directory.people_tab import PeopleTab
from coopdesk.ui.pages.directory.tab import RecordTab


class DirectoryPage(Page):
    page_id = "directory"
    watches = frozenset({"organisation", "person", "project", "project_partner"})

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.setObjectName("directory_page")
        self.organisations = OrganisationsTab(services, bus, self)
        self.people = PeopleTab(services, bus, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.addTab(self.people, self.tr("&Contacts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.organisations.organisation_detail.record_requested.connect(self._open_link)
        self.organisations.organisation_detail.new_person_requested.connect(
            self._new_person_in)
        self.people.person_detail.record_requested.connect(self._open_link)
        self.refresh()

    def create_new(self) -> None:
        self.current_tab().create_record()

    def title(self) -> str:
        return self.tr("Directory")

    def current_tab(self) -> RecordTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, RecordTab)
        return tab

    def refresh(self) -> None:
        self.organisations.refresh()
        self.people.refresh()

    def show_record(self, kind: str, record_id: str) -> bool:
        tab: RecordTab
        if kind == "organisation":
            tab = self.organisations
        elif kind == "person":
            tab = self.people
        else:
            return False
        if not tab.select(record_id):
            return False
        self.tabs.setCurrentWidget(tab)
        tab.view.setFocus()
        return True

    def focus_search(self) -> bool:
        self.current_tab().filter_edit.setFocus()
        self.current_tab().filter_edit.selectAll()
        return True

    def current_record(self) -> tuple[str, str] | None:
        tab = self.current_tab()
        record_id = tab.selected_id()
        if record_id is None:
            return None
        return ("organisation" if tab is self.organisations else "person"), record_id

    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        return [("organisation", self._show_full_organisation),
                ("contact", self._show_first_contact)]

    def _show_full_organisation(self) -> None:
        self.organisations.clear_filters()
        record_id = self.organisations.first_full_organisation()
        if record_id is not None:
            self.show_record("organisation", record_id)

    def _show_first_contact(self) -> None:
        self.people.clear_filters()
        rows = self.people.model.rows()
        chosen = next((r for r in rows if r.person.organisation_id), rows[0] if rows else None)
        if chosen is not None:
            self.show_record("person", chosen.id)
        else:
            self.tabs.setCurrentWidget(self.people)

    def _open_link(self, kind: str, record_id: str) -> None:
        if not self.show_record(kind, record_id):
            self.bus.open_record.emit(kind, record_id)

    def _new_person_in(self, organisation_id: str) -> None:
        self.tabs.setCurrentWidget(self.people)
        self.people.create_in(organisation_id)

