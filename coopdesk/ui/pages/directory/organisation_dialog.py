"""The form to add or edit a partner organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import OrgKind
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.widgets.form import EnumCombo, FormDialog, text_of
from coopdesk.ui.widgets.form_tools import add_labelled, follow_form_order

FIELD_ORDER = ["name", "kind", "acronym", "address", "postcode", "city", "email", "phone",
               "website", "description", "strengths"]


class OrganisationDialog(FormDialog):
    """Create an organisation (no *organisation* given) or edit one."""

    def __init__(self, services: Services, organisation: rm.Organisation | None = None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Edit organisation") if organisation is not None
                 else self.tr("New organisation"))
        super().__init__(title, parent)
        self.setObjectName("organisation_dialog")
        self.services = services
        # the latest text, and which versions of it this form shows (edit_base)
        if organisation is not None:
            organisation = services.organisations.get(organisation.id)
        self.organisation = organisation
        #: What the save changed; None until it succeeded.
        self.changes: Changes | None = None
        o = organisation
        self.name = self._line("name", self.tr("&Name"), o.name if o else "", required=True)
        self.name.setPlaceholderText(self.tr("Les Jardins du Pont"))
        self.kind = add_labelled(self, "kind", self.tr("&Kind"),
                                 EnumCombo(OrgKind, o.kind if o else OrgKind.ASSOCIATION))
        self.acronym = self._line("acronym", self.tr("&Acronym"), o.acronym if o else "")
        self.address = self._line("address", self.tr("A&ddress"), o.address if o else "")
        self.postcode = self._line("postcode", self.tr("&Postcode"), o.postcode if o else "")
        self.postcode.setMaxLength(20)
        self.city = self._line("city", self.tr("&City"), o.city if o else "")
        self.email = self._line("email", self.tr("&Email"), o.email if o else "")
        self.email.setPlaceholderText(self.tr("contact@example.org"))
        self.phone = self._line("phone", self.tr("P&hone"), o.phone if o else "")
        self.website = self._line("website", self.tr("&Website"), o.website if o else "")
        self.website.setPlaceholderText("https://")
        self.description = self._multi("description", self.tr("Desc&ription"),
                                       o.description if o else "")
        self.description.setPlaceholderText(self.tr("What the organisation does, its public."))
        self.strengths = self._multi("strengths", self.tr("What it can &bring"),
                                     o.strengths if o else "")
        self.strengths.setPlaceholderText(
            self.tr("Skills, rooms, equipment, volunteers… it can share with partners."))
        follow_form_order(self, FIELD_ORDER)

    @classmethod
    def ask(cls, services: Services, organisation: rm.Organisation | None = None,
            parent: QWidget | None = None) -> Changes | None:
        """Show the form; the changes once saved, None when cancelled."""
        dialog = cls(services, organisation, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.changes

    def fields(self) -> OrganisationFields:
        return OrganisationFields(
            name=self.name.text().strip(), kind=OrgKind(self.kind.value()),
            acronym=self.acronym.text().strip(), address=self.address.text().strip(),
            postcode=self.postcode.text().strip(), city=self.city.text().strip(),
            email=self.email.text().strip(), phone=self.phone.text().strip(),
            website=self.website.text().strip(), description=text_of(self.description).strip(),
            strengths=text_of(self.strengths).strip())

    def save(self) -> None:
        fields = self.fields()
        if self.organisation is None:
            self.changes = self.services.organisations.create(fields)
        else:
            self.changes = self.services.organisations.update(
                self.organisation.id, fields, base=self.organisation.audit.edit_base)

    def _line(self, name: str, label: str, value: str, *, required: bool = False) -> QLineEdit:
        widget = QLineEdit(value, self)
        return add_labelled(self, name, label, widget, required=required)

    def _multi(self, name: str, label: str, value: str) -> QPlainTextEdit:
        widget = QPlainTextEdit(value, self)
        widget.setTabChangesFocus(True)
        widget.setMinimumHeight(70)
        return add_labelled(self, name, label, widget)
