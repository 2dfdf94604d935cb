"""Forms of the pooling register: a resource a partner offers, and a booking of it.

A booking that overlaps another is refused by the service with the clashing period; the
form shows that message under the dates, where the user changes them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from coopdesk.domain.enums import ResourceKind
from coopdesk.domain.errors import ConflictError, CoopdeskError, ValidationError
from coopdesk.domain.pooling import BookingFields, ResourceFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.pooling_register import days_started
from coopdesk.services.workspace_services import Services
from coopdesk.ui.formatting import money_text
from coopdesk.ui.labels import QT_TRANSLATE_NOOP, error_text
from coopdesk.ui.widgets.combos import compact
from coopdesk.ui.widgets.form import (
    DateTimeEdit,
    EnumCombo,
    MoneyEdit,
    RecordCombo,
    choices,
    text_of,
)
from coopdesk.ui.widgets.form_tools import follow_form_order
from coopdesk.ui.widgets.record_dialog import RecordDialog
from coopdesk.ui.widgets.values import enum_value

REQUIRED = QT_TRANSLATE_NOOP("errors", "This field cannot be empty.")
#: Long names shorten in the lists rather than widen the form past a laptop's screen.
FORM_COMBO_CHARS = 28


class ResourceDialog(RecordDialog):
    """What a partner offers: equipment, a room, a vehicle, a skill or funding."""

    def __init__(self, services: Services, resource: rm.Resource | None = None, *,
                 organisation_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New pooled resource") if resource is None else
                         self.tr("Edit the resource"), parent)
        self.services = services
        # the latest text, and which versions of it this form shows (edit_base)
        resource = services.resources.get(resource.id) if resource is not None else None
        self.resource = resource
        r = resource or ResourceFields(organisation_id=organisation_id or "", name="")
        organisations = services.organisations.list()
        self.owner_combo: RecordCombo = self.add_field(
            "organisation_id", self.tr("Offered by"),
            RecordCombo(choices(organisations, lambda o: o.name), r.organisation_id or None,
                        allow_none=not organisations, parent=self), required=True)
        if not organisations:
            self.banner.setText(self.tr("The directory has no organisation yet: add the "
                                        "partner that offers the resource first."))
            self.banner.show()
        self.name_edit = self.add_text("name", self.tr("Name"), r.name, required=True)
        self.name_edit.setPlaceholderText(self.tr("for example: minibus, meeting room, "
                                                  "sound system, graphic design"))
        self.kind_combo: EnumCombo = self.add_field(
            "kind", self.tr("Kind"), EnumCombo(ResourceKind, r.kind, self))
        self.location_edit = self.add_text("location", self.tr("Where"), r.location)
        self.value_edit: MoneyEdit = self.add_field(
            "value_per_day_cents", self.tr("Value per day"),
            MoneyEdit(r.value_per_day_cents, self))
        self.value_edit.setToolTip(self.tr(
            "What a day of it is worth: the in-kind contribution funders ask about"))
        self.available_check = QCheckBox(self.tr("Can be lent at the moment"), self)
        self.available_check.setChecked(r.available)
        self.add_field("available", self.tr("Available"), self.available_check)
        self.description_edit = self.add_text("description", self.tr("Description"),
                                              r.description, multiline=True)
        self.description_edit.setPlaceholderText(self.tr(
            "Conditions of the loan: keys, deposit, fuel, who to call…"))
        follow_form_order(self, ["organisation_id", "name", "kind", "location",
                                 "value_per_day_cents", "available", "description"])
        compact(self.owner_combo, FORM_COMBO_CHARS)

    def save(self) -> None:
        fields = ResourceFields(
            organisation_id=self.owner_combo.value() or "",
            name=text_of(self.name_edit).strip(),
            kind=enum_value(self.kind_combo, ResourceKind),
            description=text_of(self.description_edit).strip(),
            location=text_of(self.location_edit).strip(),
            value_per_day_cents=self.value_edit.value("value_per_day_cents"),
            available=self.available_check.isChecked())
        if self.resource is None:
            self.changes = self.services.resources.create(fields)
        else:
            self.changes = self.services.resources.update(
                self.resource.id, fields, base=self.resource.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, resource: rm.Resource | None = None, *,
            organisation_id: str | None = None, parent: QWidget | None = None
            ) -> Changes | None:
        return cls(services, resource, organisation_id=organisation_id, parent=parent).run()


class BookingDialog(RecordDialog):
    """Who borrows a resource, when, for what, and how it came back."""

    def __init__(self, services: Services, booking: rm.Booking | None = None, *,
                 resource_id: str | None = None, day: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New booking") if booking is None else
                         self.tr("Edit the booking"), parent)
        self.services = services
        self.booking = booking
        resources = services.resources.list()
        self.resource_combo: RecordCombo = self.add_field(
            "resource_id", self.tr("Resource"),
            RecordCombo(choices(resources, lambda r: r.name),
                        booking.resource_id if booking else resource_id,
                        allow_none=not resources, parent=self), required=True)
        start = end = None
        if booking is not None:
            start, end = booking.starts_at, booking.ends_at
        elif day is not None:
            start = dt.datetime.combine(day, dt.time(9))
            end = dt.datetime.combine(day, dt.time(18))
        self.start_edit = DateTimeEdit(start, self)
        self.end_edit = DateTimeEdit(end, self)
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_edit, 1)
        row.addWidget(QLabel(self.tr("to"), period))
        row.addWidget(self.end_edit, 1)
        period.setFocusProxy(self.start_edit)
        self.add_field("starts_at", self.tr("From"), period, required=True)
        self._fields["ends_at"] = self._fields["starts_at"]  # one error line for the dates
        self.start_edit.setAccessibleName(self.tr("Start of the booking"))
        self.end_edit.setAccessibleName(self.tr("End of the booking"))
        organisations = services.organisations.list()
        self.borrower_combo: RecordCombo = self.add_field(
            "borrower_organisation_id", self.tr("Borrowing organisation"),
            RecordCombo(choices(organisations, lambda o: o.name),
                        booking.borrower_organisation_id if booking else None, parent=self))
        self._people = {row.id: row for row in services.people.rows()}
        self.person_combo: RecordCombo = self.add_field(
            "borrower_person_id", self.tr("Person"),
            RecordCombo([(pid, self._person_label(pid)) for pid in self._people],
                        booking.borrower_person_id if booking else None, parent=self))
        projects = services.projects.list()
        self.project_combo: RecordCombo = self.add_field(
            "project_id", self.tr("For the project"),
            RecordCombo(choices(projects, lambda p: p.title),
                        booking.project_id if booking else None, parent=self))
        self.purpose_edit = self.add_text("purpose", self.tr("Purpose"),
                                          booking.purpose if booking else "")
        self.purpose_edit.setPlaceholderText(self.tr("for example: general assembly"))
        self.return_edit = self.add_text("return_condition", self.tr("Returned in what state"),
                                         booking.return_condition if booking else "")
        self.return_edit.setPlaceholderText(self.tr("Filled in when it comes back: clean, "
                                                    "full tank, a cable missing…"))
        self.value_edit: MoneyEdit = self.add_field(
            "value_cents", self.tr("Value of the loan"),
            MoneyEdit(booking.value_cents if booking else None, self))
        self.value_edit.setToolTip(self.tr("Left empty, the loan counts the resource's value "
                                           "per day for each day started."))
        follow_form_order(self, ["resource_id", "starts_at", "borrower_organisation_id",
                                 "borrower_person_id", "project_id", "purpose",
                                 "return_condition", "value_cents"])
        for combo in (self.resource_combo, self.borrower_combo, self.person_combo,
                      self.project_combo):
            compact(combo, FORM_COMBO_CHARS)
        QWidget.setTabOrder(self.start_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.borrower_combo)
        self.start_edit.setFocus()
        self.person_combo.currentIndexChanged.connect(self._person_chosen)
        for edit in (self.start_edit, self.end_edit):
            edit.textChanged.connect(self._suggest_value)
        self.resource_combo.currentIndexChanged.connect(self._suggest_value)
        self._suggest_value()

    def _person_label(self, person_id: str) -> str:
        row = self._people[person_id]
        if row.organisation_name:
            return self.tr("{name} — {organisation}").format(
                name=row.person.full_name, organisation=row.organisation_name)
        return row.person.full_name

    def _person_chosen(self) -> None:
        person = self._people.get(self.person_combo.value() or "")
        if person is not None and person.person.organisation_id and \
                self.borrower_combo.value() is None:
            self.borrower_combo.set_value(person.person.organisation_id)

    def _suggest_value(self) -> None:
        """The placeholder of the value says what an empty value will count for."""
        resource_id = self.resource_combo.value()
        try:
            start, end = self.start_edit.value(), self.end_edit.value()
        except ValidationError:
            start = end = None
        estimate = (self.services.resources.suggested_value(resource_id, start, end)
                    if resource_id and start and end else None)
        if estimate is None or start is None or end is None:
            self.value_edit.setPlaceholderText(self.tr("0,00 €"))
            return
        self.value_edit.setPlaceholderText(self.tr("{amount} ({days} day(s) started)").format(
            amount=money_text(estimate), days=days_started(start, end)))

    def fields(self) -> BookingFields:
        start = self.start_edit.value("starts_at")
        end = self.end_edit.value("ends_at")
        if start is None:
            raise ValidationError("starts_at", REQUIRED)
        if end is None:
            raise ValidationError("ends_at", REQUIRED)
        return BookingFields(
            resource_id=self.resource_combo.value() or "", starts_at=start, ends_at=end,
            borrower_organisation_id=self.borrower_combo.value(),
            borrower_person_id=self.person_combo.value(),
            project_id=self.project_combo.value(),
            purpose=text_of(self.purpose_edit).strip(),
            return_condition=text_of(self.return_edit).strip(),
            value_cents=self.value_edit.value("value_cents"))

    def save(self) -> None:
        fields = self.fields()
        if self.booking is None:
            self.changes = self.services.bookings.create(fields)
        else:
            self.changes = self.services.bookings.update(self.booking.id, fields)

    def show_error(self, error: CoopdeskError) -> None:
        if isinstance(error, ConflictError):
            # The clashing period belongs next to the dates the user has to change.
            self.clear_errors()
            label = self.error_label("starts_at")
            label.setText(error_text(error))
            label.show()
            self.start_edit.setFocus()
            return
        super().show_error(error)
        if isinstance(error, ValidationError) and error.field == "ends_at":
            self.end_edit.setFocus()

    @classmethod
    def ask(cls, services: Services, booking: rm.Booking | None = None, *,
            resource_id: str | None = None, day: dt.date | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, booking, resource_id=resource_id, day=day, parent=parent).run()
