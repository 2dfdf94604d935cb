"""Bookings of a pooled resource never overlap; touching periods are fine."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from coopdesk.domain.errors import ConflictError
from coopdesk.domain.pooling import BookingFields
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from tests.domain.field_cases import Ids, assert_clear_sentence, valid_fields
from tests.services.builders import workspace_fixtures

workspace_template, workspace, ids = workspace_fixtures()

DAY = dt.datetime(2026, 6, 1)


def _booking(ids: Ids, start_hour: float, end_hour: float, **extra: Any) -> BookingFields:
    fields: BookingFields = valid_fields("booking", ids)
    return replace(fields, starts_at=DAY + dt.timedelta(hours=start_hour),
                   ends_at=DAY + dt.timedelta(hours=end_hour), **extra)


def _periods(services: Services) -> list[tuple[dt.datetime, dt.datetime]]:
    return [(b.starts_at, b.ends_at) for b in services.bookings.list()]


def test_touching_periods_are_allowed(services: Services, ids: Ids) -> None:
    services.bookings.create(_booking(ids, 9, 12))
    services.bookings.create(_booking(ids, 12, 14))  # starts when the first ends
    services.bookings.create(_booking(ids, 7, 9))  # ends when the first starts
    assert len(services.bookings.list()) == 3


@pytest.mark.parametrize(("start", "end"), [
    (11, 13),  # overlaps the end
    (8, 10),  # overlaps the start
    (10, 11),  # inside
    (8, 13),  # around
    (9, 12),  # the same period
    (11.99, 12),  # one minute and a bit before the end
])
def test_overlapping_period_is_refused_naming_the_booked_period(
        services: Services, ids: Ids, start: float, end: float) -> None:
    services.bookings.create(_booking(ids, 9, 12, borrower_organisation_id=ids.organisation))
    before = services.bookings.list(include_deleted=True)
    with pytest.raises(ConflictError) as caught:
        services.bookings.create(_booking(ids, start, end))
    assert caught.value.message == (
        "This resource is already booked from 01/06/2026 09:00 to 01/06/2026 12:00 "
        "(Les Jardins du Pont).")
    assert_clear_sentence(caught.value.message)
    assert services.bookings.list(include_deleted=True) == before


def test_message_without_a_borrower(services: Services, ids: Ids) -> None:
    services.bookings.create(_booking(ids, 9, 12))
    with pytest.raises(ConflictError) as caught:
        services.bookings.create(_booking(ids, 10, 11))
    assert caught.value.message == (
        "This resource is already booked from 01/06/2026 09:00 to 01/06/2026 12:00.")


def test_the_same_period_on_another_resource_is_allowed(services: Services, ids: Ids) -> None:
    services.bookings.create(_booking(ids, 9, 12))
    other = services.resources.create(replace(valid_fields("resource", ids),
                                              name="Sono")).id
    services.bookings.create(_booking(ids, 9, 12, resource_id=other))
    assert len(services.bookings.list()) == 2


def test_editing_a_booking_onto_another_period_is_refused(services: Services,
                                                          ids: Ids) -> None:
    services.bookings.create(_booking(ids, 9, 12))
    second = services.bookings.create(_booking(ids, 14, 16)).id
    before = services.bookings.get(second)
    with pytest.raises(ConflictError) as caught:
        services.bookings.update(second, _booking(ids, 11, 16))
    assert "from 01/06/2026 09:00 to 01/06/2026 12:00" in caught.value.message
    assert services.bookings.get(second) == before


def test_editing_a_booking_within_its_own_period_is_allowed(services: Services,
                                                            ids: Ids) -> None:
    booking = services.bookings.create(_booking(ids, 9, 12)).id
    changes = services.bookings.update(booking, _booking(ids, 10, 13, purpose="Fête"))
    assert changes == Changes.of("booking", booking) | Changes.of("resource", ids.resource)
    assert _periods(services) == [(DAY + dt.timedelta(hours=10), DAY + dt.timedelta(hours=13))]


def test_moving_a_booking_to_a_resource_already_booked_is_refused(services: Services,
                                                                  ids: Ids) -> None:
    services.bookings.create(_booking(ids, 9, 12))
    other = services.resources.create(replace(valid_fields("resource", ids),
                                              name="Sono")).id
    elsewhere = services.bookings.create(_booking(ids, 10, 11, resource_id=other)).id
    with pytest.raises(ConflictError):
        services.bookings.update(elsewhere, _booking(ids, 10, 11))
    assert services.bookings.get(elsewhere).resource_id == other


def test_a_deleted_booking_no_longer_blocks(services: Services, ids: Ids) -> None:
    first = services.bookings.create(_booking(ids, 9, 12)).id
    services.bookings.delete(first)
    services.bookings.create(_booking(ids, 10, 11))
    assert _periods(services) == [(DAY + dt.timedelta(hours=10), DAY + dt.timedelta(hours=11))]


def test_restoring_a_booking_that_now_overlaps_is_refused(services: Services,
                                                          ids: Ids) -> None:
    first = services.bookings.create(_booking(ids, 9, 12)).id
    services.bookings.delete(first)
    services.bookings.create(_booking(ids, 11, 13))
    with pytest.raises(ConflictError) as caught:
        services.bookings.restore(first)
    assert "from 01/06/2026 11:00 to 01/06/2026 13:00" in caught.value.message
    assert services.bookings.get(first).audit.in_trash
    with pytest.raises(ConflictError):
        services.restore("booking", first)
    assert [item.id for item in services.trash()] == [first]


def test_restoring_a_booking_that_no_longer_clashes(services: Services, ids: Ids) -> None:
    first = services.bookings.create(_booking(ids, 9, 12)).id
    services.bookings.delete(first)
    clash = services.bookings.create(_booking(ids, 11, 13)).id
    services.bookings.delete(clash)
    services.bookings.restore(first)
    assert _periods(services) == [(DAY + dt.timedelta(hours=9), DAY + dt.timedelta(hours=12))]


def test_restoring_a_live_booking_is_harmless(services: Services, ids: Ids) -> None:
    booking = services.bookings.create(_booking(ids, 9, 12)).id
    services.bookings.restore(booking)
    assert len(services.bookings.list()) == 1


def test_bookings_across_midnight_and_days(services: Services, ids: Ids) -> None:
    services.bookings.create(_booking(ids, 20, 24 + 8))  # overnight
    services.bookings.create(_booking(ids, 24 + 8, 24 * 3))  # the next two days
    with pytest.raises(ConflictError):
        services.bookings.create(_booking(ids, 23, 24 + 1))
    with pytest.raises(ConflictError):
        services.bookings.create(_booking(ids, 24 * 2, 24 * 2 + 1))
    assert len(services.bookings.list()) == 2
