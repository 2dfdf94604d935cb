"""The columns of the pooling register's lists: resources, bookings, totals per partner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from coopdesk.services.pooling_register import BookingLine, PartnerTotal, ResourceRow
from coopdesk.ui.formatting import date_text, datetime_text, money_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import Column

NUMBER = Qt.AlignmentFlag.AlignRight


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResourceColumns", text)


def value_text(line: BookingLine) -> str:
    """The loan's value; an estimate (from the value per day) is marked with "≈"."""
    if line.value_cents is None:
        return ""
    amount = money_text(line.value_cents)
    return _tr("≈ {amount}").format(amount=amount) if line.value_estimated else amount


def value_tooltip(line: BookingLine) -> str:
    if line.value_estimated:
        return _tr("Estimated from the resource's value per day (no value was recorded for "
                   "this loan)")
    return ""


def resource_columns() -> list[Column[ResourceRow]]:
    return [
        Column(_tr("Resource"), lambda r: r.resource.name,
               tooltip=lambda r: r.resource.description or r.resource.name),
        Column(_tr("Kind"), lambda r: enum_label(r.resource.kind)),
        Column(_tr("Offered by"), lambda r: r.owner_name, tooltip=lambda r: r.owner_name),
        Column(_tr("Value per day"), lambda r: money_text(r.resource.value_per_day_cents),
               sort_key=lambda r: r.resource.value_per_day_cents or 0, alignment=NUMBER),
        Column(_tr("Available"), lambda r: _tr("Yes") if r.resource.available
               else _tr("Not now")),
        Column(_tr("Next booking"), lambda r: date_text(r.next_booking.date())
               if r.next_booking else "",
               sort_key=lambda r: r.next_booking.isoformat() if r.next_booking else "~"),
        Column(_tr("Bookings"), lambda r: str(r.booking_count),
               sort_key=lambda r: r.booking_count, alignment=NUMBER),
        Column(_tr("Location"), lambda r: r.resource.location,
               tooltip=lambda r: r.resource.location),
    ]


def period_text(line: BookingLine) -> str:
    """"06/11/2026 17:00–22:00" within a day, else both dates and times."""
    start, end = line.booking.starts_at, line.booking.ends_at
    if start.date() == end.date():
        return _tr("{start}–{end}").format(start=datetime_text(start),
                                           end=end.strftime("%H:%M"))
    return _tr("{start} → {end}").format(start=datetime_text(start), end=datetime_text(end))


def booking_columns() -> list[Column[BookingLine]]:
    return [
        Column(_tr("When"), period_text, sort_key=lambda b: b.booking.starts_at.isoformat()),
        Column(_tr("Borrower"), lambda b: b.borrower_name,
               tooltip=lambda b: (_tr("{organisation}, booked by {person}").format(
                   organisation=b.borrower_organisation_name, person=b.borrower_person_name)
                   if b.borrower_organisation_name and b.borrower_person_name
                   else b.borrower_name)),
        Column(_tr("Purpose"), lambda b: b.booking.purpose, tooltip=lambda b: b.booking.purpose),
        Column(_tr("Project"), lambda b: b.project_title, tooltip=lambda b: b.project_title),
        Column(_tr("Value"), value_text, sort_key=lambda b: b.value_cents or 0,
               tooltip=value_tooltip, alignment=NUMBER),
        Column(_tr("Returned"), lambda b: b.booking.return_condition,
               tooltip=lambda b: b.booking.return_condition),
    ]


def total_columns() -> list[Column[PartnerTotal]]:
    return [
        Column(_tr("Partner"), lambda t: t.organisation_name),
        Column(_tr("Value lent"), lambda t: money_text(t.lent_cents),
               sort_key=lambda t: t.lent_cents, alignment=NUMBER),
        Column(_tr("Loans"), lambda t: str(t.loans), sort_key=lambda t: t.loans,
               alignment=NUMBER),
        Column(_tr("Value received"), lambda t: money_text(t.received_cents),
               sort_key=lambda t: t.received_cents, alignment=NUMBER),
        Column(_tr("Borrowings"), lambda t: str(t.borrowings), sort_key=lambda t: t.borrowings,
               alignment=NUMBER),
        Column(_tr("Balance"), lambda t: money_text(t.balance_cents),
               sort_key=lambda t: t.balance_cents, alignment=NUMBER,
               tooltip=lambda t: _tr("Value lent minus value received")),
    ]
