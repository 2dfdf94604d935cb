"""The pooling register: resources offered by partners, and bookings without overlap."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import ConflictError
from coopdesk.domain.pooling import BookingFields, ResourceFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.pooling_register import PoolingRegisterQueries
from coopdesk.services.records import RecordService
from coopdesk.store import models as m


class ResourceService(PoolingRegisterQueries,
                      RecordService[ResourceFields, rm.Resource, m.Resource]):
    """Pooled resources: the register's rows, bookings and totals, and every write."""


class BookingService(RecordService[BookingFields, rm.Booking, m.Booking]):
    def check(self, session: Session, fields: BookingFields, record: m.Booking | None) -> None:
        self._refuse_overlap(session, fields.resource_id, fields.starts_at, fields.ends_at,
                             record.id if record else None)

    def check_restore(self, session: Session, record: m.Booking) -> None:
        self._refuse_overlap(session, record.resource_id, record.starts_at, record.ends_at,
                             record.id)

    def related_changes(self, session: Session, record: m.Booking) -> Changes:
        return Changes.of("resource", record.resource_id)

    @staticmethod
    def _refuse_overlap(session: Session, resource_id: str, starts_at: object, ends_at: object,
                        own_id: str | None) -> None:
        clash = session.scalars(select(m.Booking).where(
            m.Booking.resource_id == resource_id, m.Booking.deleted_at.is_(None),
            m.Booking.id != (own_id or ""), m.Booking.starts_at < ends_at,
            m.Booking.ends_at > starts_at).order_by(m.Booking.starts_at)).first()
        if clash is None:
            return
        borrower = (session.get(m.Organisation, clash.borrower_organisation_id)
                    if clash.borrower_organisation_id else None)
        raise ConflictError(
            "This resource is already booked from {start} to {end}{by}.",
            start=clash.starts_at.strftime("%d/%m/%Y %H:%M"),
            end=clash.ends_at.strftime("%d/%m/%Y %H:%M"),
            by=f" ({borrower.name})" if borrower else "")
