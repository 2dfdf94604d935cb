"""The list of contact people, with their organisation and the RGPD basis for their data."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from coopdesk.domain.directory import PersonFields
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.directory import PersonRow, PersonService
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.models.trashable_table import TrashableTableModel
from coopdesk.ui.pages.directory.details import PersonDetail
from coopdesk.ui.pages.directory.models import person_columns
from coopdesk.ui.pages.directory.person_dialog import PersonDialog
from coopdesk.ui.pages.directory.tab import RecordTab
from coopdesk.ui.widgets.form_tools import fields_of

#: Filter combo data meaning "people attached to no organisation" (None means everyone).
WITHOUT_ORGANISATION = ""


class PeopleTab(RecordTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        model: TrashableTableModel[PersonRow] = TrashableTableModel(
            person_columns(), lambda row: row.person.audit.in_trash, self._trash_tooltip)
        super().__init__(services, bus, model, PersonDetail(), parent)
        self.setObjectName("people_tab")
        self.person_detail: PersonDetail = self.detail  # type: ignore[assignment]
        self.new_action.setText(self.tr("&New contact"))
        self.new_action.setToolTip(self.tr("Add a contact person (Ctrl+N)"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, role, email…"))
        self.filter_edit.setAccessibleName(self.tr("Filter contacts"))
        self.filter_combo.setAccessibleName(self.tr("Organisation of the contacts"))
        header = self.view.horizontalHeader()
        for column, width in enumerate((150, 170, 140, 190, 100)):
            header.resizeSection(column, width)

    def service(self) -> PersonService:
        return self.services.people

    def organisation_filter(self) -> str | None:
        data = self.filter_combo.currentData()
        return str(data) if data is not None else None

    def set_organisation_filter(self, organisation_id: str | None) -> None:
        index = self.filter_combo.findData(organisation_id)
        self.filter_combo.setCurrentIndex(max(index, 0))

    def load_rows(self) -> list[PersonRow]:
        self._fill_organisation_filter()
        chosen = self.organisation_filter()
        rows = self.services.people.rows(organisation_id=chosen or None,
                                         include_deleted=self.trash_toggle.isChecked())
        if chosen == WITHOUT_ORGANISATION:
            rows = [row for row in rows if row.person.organisation_id is None]
        return rows

    def open_editor(self, record: Any) -> Changes | None:
        preset = self.organisation_filter() or None
        return PersonDialog.ask(self.services, record, preset, self.window())

    def create_in(self, organisation_id: str) -> None:
        """Add a contact already attached to *organisation_id*."""
        self.set_organisation_filter(organisation_id)
        self.create_record()

    def fields_of(self, record: rm.Person) -> PersonFields:
        return fields_of(record, PersonFields)

    def record_name(self, record_id: str) -> str:
        row = self.model.row_of_id(record_id)
        if row >= 0:
            return str(self.model.row_at(row).person.full_name)
        try:
            return self.services.people.get(record_id).full_name
        except CoopdeskError:
            return ""

    def show_detail(self, row: PersonRow) -> None:
        self.person_detail.show_person(row)

    def empty_text(self) -> str:
        return self.tr("No contact yet. Click “New contact” (Ctrl+N) to add the first person "
                       "you work with.")

    def no_match_text(self) -> str:
        return self.tr("No contact matches the filter.")

    def _trash_tooltip(self, row: PersonRow) -> str:
        return self.tr("In the trash: select it and click “Restore” to bring it back.")

    def _fill_organisation_filter(self) -> None:
        """All, without organisation, then each live organisation; keeps the choice."""
        chosen = self.organisation_filter()
        combo = self.filter_combo
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All organisations"), None)
        combo.addItem(self.tr("Without organisation"), WITHOUT_ORGANISATION)
        for organisation in self.services.organisations.list():
            combo.addItem(organisation.name, organisation.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(blocked)
