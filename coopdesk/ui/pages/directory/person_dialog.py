"""The form to add or edit a contact person, with the RGPD legal basis for keeping it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.directory import PersonFields
from coopdesk.domain.enums import LegalBasis
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.widgets.form import DateEdit, EnumCombo, FormDialog, RecordCombo, text_of
from coopdesk.ui.widgets.form_tools import add_labelled, follow_form_order

FIELD_ORDER = ["first_name", "last_name", "organisation_id", "role", "email", "phone",
               "legal_basis", "consent_on", "notes"]


class PersonDialog(FormDialog):
    """Create a contact (no *person* given, optionally in *organisation_id*) or edit one."""

    def __init__(self, services: Services, person: rm.Person | None = None,
                 organisation_id: str | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Edit contact") if person is not None else self.tr("New contact")
        super().__init__(title, parent)
        self.setObjectName("person_dialog")
        self.services = services
        # the latest text, and which versions of it this form shows (edit_base)
        person = services.people.get(person.id) if person is not None else None
        self.person = person
        #: What the save changed; None until it succeeded.
        self.changes: Changes | None = None
        p = person
        self.first_name = self._line("first_name", self.tr("&First name"),
                                     p.first_name if p else "", required=True)
        self.last_name = self._line("last_name", self.tr("&Last name"), p.last_name if p else "")
        current_org = p.organisation_id if p else organisation_id
        self.organisation = add_labelled(
            self, "organisation_id", self.tr("&Organisation"),
            RecordCombo(self._organisation_choices(current_org), current_org))
        self.role = self._line("role", self.tr("&Role"), p.role if p else "")
        self.role.setPlaceholderText(self.tr("Coordinator, treasurer, volunteer…"))
        self.email = self._line("email", self.tr("&Email"), p.email if p else "")
        self.phone = self._line("phone", self.tr("P&hone"), p.phone if p else "")
        self.legal_basis = add_labelled(
            self, "legal_basis", self.tr("RGPD legal &basis"),
            EnumCombo(LegalBasis, p.legal_basis if p else LegalBasis.UNKNOWN))
        self.legal_basis.setToolTip(self.tr(
            "Why you may keep this person's details under the RGPD (GDPR)."))
        self.consent_on = add_labelled(self, "consent_on", self.tr("&Consent given on"),
                                       DateEdit(p.consent_on if p else None))
        self.consent_hint = QLabel(self.tr("Consent needs the date it was given."), self)
        self.consent_hint.setEnabled(False)
        self.consent_hint.setWordWrap(True)
        self.form.addRow("", self.consent_hint)
        notes = QPlainTextEdit(p.notes if p else "", self)
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(70)
        self.notes = add_labelled(self, "notes", self.tr("&Notes"), notes)
        self.legal_basis.currentIndexChanged.connect(self._update_consent_hint)
        self.consent_on.textChanged.connect(self._update_consent_hint)
        self._update_consent_hint()
        follow_form_order(self, FIELD_ORDER)

    @classmethod
    def ask(cls, services: Services, person: rm.Person | None = None,
            organisation_id: str | None = None,
            parent: QWidget | None = None) -> Changes | None:
        """Show the form; the changes once saved, None when cancelled."""
        dialog = cls(services, person, organisation_id, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.changes

    def fields(self) -> PersonFields:
        return PersonFields(
            first_name=self.first_name.text().strip(), last_name=self.last_name.text().strip(),
            organisation_id=self.organisation.value(), role=self.role.text().strip(),
            email=self.email.text().strip(), phone=self.phone.text().strip(),
            legal_basis=self.basis(),
            consent_on=self.consent_on.value("consent_on"),
            notes=text_of(self.notes).strip())

    def basis(self) -> LegalBasis:
        # Qt hands StrEnum data back as plain str: turn it into the member again.
        return LegalBasis(self.legal_basis.value())

    def save(self) -> None:
        fields = self.fields()
        if self.person is None:
            self.changes = self.services.people.create(fields)
        else:
            self.changes = self.services.people.update(
                self.person.id, fields, base=self.person.audit.edit_base)

    def _organisation_choices(self, current: str | None) -> list[tuple[str, str]]:
        live = self.services.organisations.list()
        found = [(o.id, o.name) for o in live]
        if current is not None and all(o.id != current for o in live):
            # Keep the link to an organisation in the trash rather than dropping it silently.
            trashed = self.services.organisations.get(current)
            found.append((trashed.id, self.tr("{name} (in the trash)").format(name=trashed.name)))
        return found

    def _update_consent_hint(self) -> None:
        self.form.setRowVisible(self.consent_hint,
                                self.basis() is LegalBasis.CONSENT
                                and not self.consent_on.text().strip())

    def _line(self, name: str, label: str, value: str, *, required: bool = False) -> QLineEdit:
        return add_labelled(self, name, label, QLineEdit(value, self), required=required)
