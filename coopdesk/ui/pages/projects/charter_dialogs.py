"""Forms for a project's charter: the charter itself, its versions, who accepted them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QSpinBox, QWidget

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.projects import (
    CharterAcceptanceFields,
    CharterFields,
    CharterVersionFields,
)
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.pages.projects.part_dialogs import REQUIRED
from coopdesk.ui.widgets.form import DateEdit, RecordCombo, text_of
from coopdesk.ui.widgets.record_dialog import RecordDialog


class CharterDialog(RecordDialog):
    def __init__(self, services: Services, project_id: str, charter: rm.Charter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New charter") if charter is None else
                         self.tr("Rename the charter"), parent)
        self.services = services
        self.project_id = project_id
        self.charter = charter
        self.title_edit = self.add_text(
            "title", self.tr("Title"),
            charter.title if charter else self.tr("Charter of cooperation"), required=True)

    def save(self) -> None:
        fields = CharterFields(project_id=self.project_id,
                               title=text_of(self.title_edit).strip())
        if self.charter is None:
            self.changes = self.services.charters.create(fields)
        else:
            self.changes = self.services.charters.update(self.charter.id, fields)

    @classmethod
    def ask(cls, services: Services, project_id: str, charter: rm.Charter | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, project_id, charter, parent).run()


class CharterVersionDialog(RecordDialog):
    """A version of the charter's text; a new one starts from the current text."""

    def __init__(self, services: Services, charter_id: str,
                 version: rm.CharterVersion | None = None, *, start_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New version of the charter") if version is None else
                         self.tr("Edit the charter version"), parent)
        self.setMinimumWidth(640)
        self.services = services
        self.charter_id = charter_id
        # the latest text, and which versions of it this form shows (edit_base)
        version = services.charter_versions.get(version.id) if version is not None else None
        self.version = version
        self.number_spin = QSpinBox(self)
        self.number_spin.setRange(1, 10_000)
        self.number_spin.setValue(version.number if version else
                                  services.charter_versions.next_number(charter_id))
        self.add_field("number", self.tr("Version number"), self.number_spin)
        self.adopted_edit: DateEdit = self.add_field(
            "adopted_on", self.tr("Adopted on"), DateEdit(version.adopted_on if version
                                                          else None, self))
        self.text_edit = self.add_text("text", self.tr("Text"),
                                       version.text if version else start_text,
                                       required=True, multiline=True)
        self.text_edit.setMinimumHeight(240)
        self.text_edit.setPlaceholderText(self.tr(
            "The shared rules: purpose, commitments of each partner, how decisions are "
            "taken, how a partner joins or leaves…"))

    def save(self) -> None:
        fields = CharterVersionFields(charter_id=self.charter_id,
                                      number=self.number_spin.value(),
                                      text=text_of(self.text_edit).strip(),
                                      adopted_on=self.adopted_edit.value("adopted_on"))
        if self.version is None:
            self.changes = self.services.charter_versions.create(fields)
        else:
            self.changes = self.services.charter_versions.update(
                self.version.id, fields, base=self.version.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, charter_id: str, version: rm.CharterVersion | None = None,
            *, start_text: str = "", parent: QWidget | None = None) -> Changes | None:
        return cls(services, charter_id, version, start_text=start_text, parent=parent).run()


class AcceptanceDialog(RecordDialog):
    """Which partner accepted a version of the charter, who signed for it, and when."""

    def __init__(self, services: Services, version: rm.CharterVersion,
                 organisations: list[tuple[str, str]], parent: QWidget | None = None,
                 *, organisation_id: str | None = None, today: dt.date | None = None) -> None:
        super().__init__(self.tr("Record an acceptance of version {number}")
                         .format(number=version.number), parent)
        self.services = services
        self.version = version
        self.people = services.people.list()
        self.organisation_combo: RecordCombo = self.add_field(
            "organisation_id", self.tr("Organisation"),
            RecordCombo(organisations, organisation_id, allow_none=not organisations,
                        parent=self), required=True)
        self.person_combo: RecordCombo = self.add_field(
            "accepted_by_person_id", self.tr("Accepted by"), RecordCombo([], parent=self))
        self.name_edit = self.add_text("accepted_by_name", self.tr("Or name"))
        self.name_edit.setPlaceholderText(self.tr("if the person is not in the directory"))
        self.date_edit: DateEdit = self.add_field(
            "accepted_on", self.tr("Accepted on"), DateEdit(today or dt.date.today(), self),
            required=True)
        self.organisation_combo.currentIndexChanged.connect(self._fill_people)
        self._fill_people()

    def _fill_people(self) -> None:
        organisation_id = self.organisation_combo.value()
        people = [p for p in self.people
                  if organisation_id is None or p.organisation_id == organisation_id]
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("— not in the directory —"), None)
        for person in people:
            self.person_combo.addItem(person.full_name, person.id)

    def save(self) -> None:
        accepted_on = self.date_edit.value("accepted_on")
        if accepted_on is None:
            raise ValidationError("accepted_on", REQUIRED)
        fields = CharterAcceptanceFields(
            charter_version_id=self.version.id,
            organisation_id=self.organisation_combo.value() or "",
            accepted_on=accepted_on,
            accepted_by_person_id=self.person_combo.value(),
            accepted_by_name=text_of(self.name_edit).strip())
        self.changes = self.services.charter_acceptances.create(fields)

    @classmethod
    def ask(cls, services: Services, version: rm.CharterVersion,
            organisations: list[tuple[str, str]], parent: QWidget | None = None, *,
            organisation_id: str | None = None) -> Changes | None:
        return cls(services, version, organisations, parent,
                   organisation_id=organisation_id).run()
