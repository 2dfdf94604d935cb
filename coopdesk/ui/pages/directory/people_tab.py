"""The list of contact people, with their organisation and the RGPD basis for their data.

A cooperation may know thousands of people: the list reads them a page at a time as it
scrolls, sorted and filtered by the database (accents and case ignored, like a French
reader), and the text filter waits for a pause in typing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QAbstractTableModel, QIdentityProxyModel
from PySide6.QtWidgets import QWidget

from coopdesk.domain.directory import PersonFields
from coopdesk.domain.enums import LegalBasis
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.directory import (
    WITHOUT_ORGANISATION,
    PersonFilter,
    PersonRow,
    PersonService,
)
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.directory.details import PersonDetail
from coopdesk.ui.pages.directory.models import PersonTableModel
from coopdesk.ui.pages.directory.person_dialog import PersonDialog
from coopdesk.ui.pages.directory.tab import RecordTab
from coopdesk.ui.widgets.form_tools import fields_of
from coopdesk.ui.widgets.typing import TypingPause


class PeopleTab(RecordTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        self.people_model = PersonTableModel(services.people, self._trash_tooltip)
        super().__init__(services, bus, self.people_model, PersonDetail(), parent)
        self.view.setAccessibleName(self.tr("Contacts"))
        self.people_model.setParent(self)
        self.setObjectName("people_tab")
        self.person_detail: PersonDetail = self.detail  # type: ignore[assignment]
        self.typing = TypingPause(self.filter_edit, self.refresh)
        self.new_action.setText(self.tr("&New contact"))
        self.new_action.setToolTip(self.tr("Add a contact person (Ctrl+N)"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, role, email…"))
        self.filter_edit.setAccessibleName(self.tr("Filter contacts"))
        self.filter_combo.setAccessibleName(self.tr("Organisation of the contacts"))
        self.size_columns((25, 28, 23, 32, 17))

    def service(self) -> PersonService:
        return self.services.people

    def organisation_filter(self) -> str | None:
        data = self.filter_combo.currentData()
        return str(data) if data is not None else None

    def set_organisation_filter(self, organisation_id: str | None) -> None:
        index = self.filter_combo.findData(organisation_id)
        self.filter_combo.setCurrentIndex(max(index, 0))

    def person_filter(self) -> PersonFilter:
        """What the filters keep (the text as typed so far)."""
        return PersonFilter(
            organisation_id=self.organisation_filter(), text=self.filter_edit.text().strip(),
            basis_labels=tuple((basis, enum_label(basis)) for basis in LegalBasis),
            include_deleted=self.trash_toggle.isChecked())

    # -- the paged list (hooks of RecordTab) ----------------------------------------------
    def make_proxy(self, model: QAbstractTableModel) -> QAbstractProxyModel:
        # The database sorts and filters: the view sees the model as it is.
        proxy = QIdentityProxyModel(self)
        proxy.setSourceModel(model)
        return proxy

    def reload(self) -> None:
        self.typing.timer.stop()  # the text typed so far is read now
        self._fill_organisation_filter()
        self.people_model.where = self.person_filter()
        self.people_model.load()

    def locate(self, record_id: str) -> int:
        return self.people_model.locate(record_id)

    def filter_text_changed(self, text: str) -> None:
        """The list is read again once typing pauses (see `typing`)."""

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
        row = self.people_model.row_of_id(record_id)
        if row >= 0:
            return self.people_model.row_at(row).person.full_name
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
