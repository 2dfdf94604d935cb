"""The pooling register read side: resources with their owner and bookings, the bookings
of a period with the names they refer to, and the in-kind contributions per partner.

A booking's value is what was recorded for it; when nothing was recorded, the resource's
value per day times the days started (a three-hour loan counts as one day).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, or_, select
from sqlalchemy.orm import aliased

from coopdesk.domain.enums import ResourceKind
from coopdesk.domain.errors import NotFoundError
from coopdesk.services import read_models as rm
from coopdesk.services.records import to_read
from coopdesk.store import models as m
from coopdesk.store.db import Database

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class ResourceRow:
    resource: rm.Resource
    owner_name: str
    #: Live bookings of the resource, past and future.
    booking_count: int
    #: When its next booking starts (None: nothing booked ahead).
    next_booking: dt.datetime | None = None

    @property
    def id(self) -> str:
        return self.resource.id


@dataclass(frozen=True)
class BookingLine:
    booking: rm.Booking
    resource_name: str
    owner_id: str
    owner_name: str
    borrower_organisation_name: str
    borrower_person_name: str
    project_title: str
    #: The recorded value, or the estimate from the value per day (see `value_estimated`).
    value_cents: int | None
    value_estimated: bool
    borrower_acronym: str = ""

    @property
    def id(self) -> str:
        return self.booking.id

    @property
    def borrower_short_name(self) -> str:
        """The borrowing organisation's acronym when it has one (for narrow places)."""
        return self.borrower_acronym or self.borrower_name

    @property
    def borrower_name(self) -> str:
        """Who borrowed: the organisation, else the person."""
        return self.borrower_organisation_name or self.borrower_person_name


@dataclass(frozen=True)
class PartnerTotal:
    """What one organisation lent and received over a period (its in-kind contribution)."""

    organisation_id: str
    organisation_name: str
    lent_cents: int
    received_cents: int
    loans: int
    borrowings: int

    @property
    def balance_cents(self) -> int:
        return self.lent_cents - self.received_cents


def days_started(starts_at: dt.datetime, ends_at: dt.datetime) -> int:
    """Days a loan is counted for: every day started, at least one."""
    return max(1, math.ceil((ends_at - starts_at) / DAY))


def booking_value(value_cents: int | None, value_per_day_cents: int | None,
                  starts_at: dt.datetime, ends_at: dt.datetime) -> tuple[int | None, bool]:
    """(value, estimated): the recorded value, else the value per day × days started."""
    if value_cents is not None:
        return value_cents, False
    if value_per_day_cents is None:
        return None, False
    return value_per_day_cents * days_started(starts_at, ends_at), True


def year_period(year: int) -> tuple[dt.date, dt.date]:
    """The first and last days of *year*: the period funders usually ask about."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


_B = m.Booking
_R = m.Resource
_OWNER = aliased(m.Organisation, name="owner_org")
_BORROWER = aliased(m.Organisation, name="borrower_org")
_PERSON = aliased(m.Person, name="borrower_person")
_PERSON_ORG = aliased(m.Organisation, name="borrower_person_org")
_PROJECT = aliased(m.Project, name="for_project")


class PoolingRegisterQueries:
    """The pooling register's reads (never writes), mixed into `ResourceService`
    (services/pooling.py); bookings are written by the bookings service."""

    db: Database

    # -- resources ---------------------------------------------------------------------
    def resource_rows(self, *, kind: ResourceKind | None = None,
                      organisation_id: str | None = None, text: str = "",
                      in_trash: bool = False, now: dt.datetime | None = None,
                      ) -> list[ResourceRow]:
        """Resources by name; *in_trash* lists those in the trash instead of the live ones."""
        query = self._resources(now)
        query = query.where(_R.deleted_at.is_not(None) if in_trash else _R.deleted_at.is_(None))
        if kind is not None:
            query = query.where(_R.kind == kind)
        if organisation_id is not None:
            query = query.where(_R.organisation_id == organisation_id)
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(or_(_R.name.ilike(like), _R.location.ilike(like),
                                    _R.description.ilike(like), _OWNER.name.ilike(like)))
        with self.db.reading() as session:
            rows = session.execute(query.order_by(func.lower(_R.name), _R.id)).all()
            return [self._resource_row(row) for row in rows]

    def resource_row(self, resource_id: str, *, now: dt.datetime | None = None) -> ResourceRow:
        with self.db.reading() as session:
            row = session.execute(self._resources(now).where(_R.id == resource_id)).first()
        if row is None:
            raise NotFoundError(kind=_R.__kind__, id=resource_id)
        return self._resource_row(row)

    # -- bookings ----------------------------------------------------------------------
    def bookings(self, resource_id: str | None = None, *, since: dt.datetime | None = None,
                 until: dt.datetime | None = None, in_trash: bool = False,
                 ) -> list[BookingLine]:
        """Bookings sharing some time with [since, until), in the order they start."""
        query = self._bookings().where(
            _B.deleted_at.is_not(None) if in_trash else _B.deleted_at.is_(None))
        if resource_id is not None:
            query = query.where(_B.resource_id == resource_id)
        if since is not None:
            query = query.where(_B.ends_at > since)
        if until is not None:
            query = query.where(_B.starts_at < until)
        with self.db.reading() as session:
            rows = session.execute(query.order_by(_B.starts_at, _B.id)).all()
            return [self._booking_line(row) for row in rows]

    def booking_line(self, booking_id: str) -> BookingLine:
        with self.db.reading() as session:
            row = session.execute(self._bookings().where(_B.id == booking_id)).first()
        if row is None:
            raise NotFoundError(kind=_B.__kind__, id=booking_id)
        return self._booking_line(row)

    def suggested_value(self, resource_id: str, starts_at: dt.datetime,
                        ends_at: dt.datetime) -> int | None:
        """The resource's value per day × the days started; None without a value per day."""
        if ends_at <= starts_at:
            return None
        with self.db.reading() as session:
            resource = session.get(_R, resource_id)
            per_day = resource.value_per_day_cents if resource is not None else None
        return booking_value(None, per_day, starts_at, ends_at)[0]

    # -- contributions in kind ---------------------------------------------------------
    def totals(self, since: dt.date, until: dt.date, *,
               project_id: str | None = None) -> list[PartnerTotal]:
        """Per organisation, the value it lent and received in bookings starting between
        *since* and *until* (both included), only those for *project_id* when given. Use of
        a resource by its owner is not counted."""
        query = (self._bookings()
                 .where(_B.deleted_at.is_(None), _R.deleted_at.is_(None),
                        _B.starts_at >= dt.datetime.combine(since, dt.time()),
                        _B.starts_at < dt.datetime.combine(until + DAY, dt.time())))
        if project_id is not None:
            query = query.where(_B.project_id == project_id)
        lent: dict[str, list[int]] = {}
        received: dict[str, list[int]] = {}
        names: dict[str, str] = {}
        with self.db.reading() as session:
            for row in session.execute(query).all():
                line = self._booking_line(row)
                borrower = row.borrower_org_id
                if borrower == line.owner_id:
                    continue
                value = line.value_cents or 0
                names[line.owner_id] = line.owner_name
                lent.setdefault(line.owner_id, []).append(value)
                if borrower:
                    names[borrower] = line.borrower_organisation_name
                    received.setdefault(borrower, []).append(value)
        totals = [PartnerTotal(organisation_id=org_id, organisation_name=names[org_id],
                               lent_cents=sum(lent.get(org_id, [])),
                               received_cents=sum(received.get(org_id, [])),
                               loans=len(lent.get(org_id, [])),
                               borrowings=len(received.get(org_id, [])))
                  for org_id in names]
        return sorted(totals, key=lambda t: (t.organisation_name.casefold(), t.organisation_id))

    # -- queries -----------------------------------------------------------------------
    @staticmethod
    def _resources(now: dt.datetime | None) -> Select[Any]:
        moment = now or dt.datetime.now()
        live = _B.deleted_at.is_(None)
        counts = (select(_B.resource_id, func.count().label("n"),
                         func.min(_B.starts_at).filter(_B.starts_at >= moment).label("next_start"))
                  .where(live).group_by(_B.resource_id).subquery())
        return (select(*_R.__table__.columns, func.coalesce(_OWNER.name, "").label("owner"),
                       func.coalesce(counts.c.n, 0).label("n"), counts.c.next_start)
                .outerjoin(_OWNER, _OWNER.id == _R.organisation_id)
                .outerjoin(counts, counts.c.resource_id == _R.id))

    @staticmethod
    def _bookings() -> Select[Any]:
        person_name = func.trim(func.coalesce(_PERSON.first_name, "") + literal(" ")
                                + func.coalesce(_PERSON.last_name, ""))
        borrower_org: ColumnElement[Any] = func.coalesce(_B.borrower_organisation_id,
                                                         _PERSON.organisation_id)
        return (select(*_B.__table__.columns, _R.name.label("resource_name"),
                       _R.organisation_id.label("owner_id"),
                       func.coalesce(_OWNER.name, "").label("owner_name"),
                       _R.value_per_day_cents.label("per_day"),
                       borrower_org.label("borrower_org_id"),
                       func.coalesce(_BORROWER.name, _PERSON_ORG.name, "").label("borrower_org"),
                       func.coalesce(func.nullif(_BORROWER.acronym, ""),
                                     func.nullif(_PERSON_ORG.acronym, ""), "")
                       .label("borrower_acronym"),
                       person_name.label("person_name"),
                       func.coalesce(_PROJECT.title, "").label("project_title"))
                .join(_R, _R.id == _B.resource_id)
                .outerjoin(_OWNER, _OWNER.id == _R.organisation_id)
                .outerjoin(_BORROWER, _BORROWER.id == _B.borrower_organisation_id)
                .outerjoin(_PERSON, _PERSON.id == _B.borrower_person_id)
                .outerjoin(_PERSON_ORG, _PERSON_ORG.id == _PERSON.organisation_id)
                .outerjoin(_PROJECT, _PROJECT.id == _B.project_id))

    @staticmethod
    def _resource_row(row: Any) -> ResourceRow:
        return ResourceRow(resource=to_read(row, rm.Resource), owner_name=row.owner,
                           booking_count=int(row.n), next_booking=row.next_start)

    @staticmethod
    def _booking_line(row: Any) -> BookingLine:
        value, estimated = booking_value(row.value_cents, row.per_day, row.starts_at,
                                         row.ends_at)
        return BookingLine(booking=to_read(row, rm.Booking), resource_name=row.resource_name,
                           owner_id=row.owner_id, owner_name=row.owner_name,
                           borrower_organisation_name=row.borrower_org,
                           borrower_person_name=row.person_name, project_title=row.project_title,
                           value_cents=value, value_estimated=estimated,
                           borrower_acronym=row.borrower_acronym)
