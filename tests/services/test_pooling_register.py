"""The pooling register read side: resource rows, bookings of a period, totals per partner."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import pytest

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ResourceKind
from coopdesk.domain.errors import ConflictError, NotFoundError
from coopdesk.domain.pooling import BookingFields, ResourceFields
from coopdesk.domain.projects import ProjectFields
from coopdesk.services.pooling_register import (
    booking_value,
    days_started,
    year_period,
)
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE

NOW = dt.datetime(2026, 5, 10, 12, 0)


class Ids(NamedTuple):
    centre: str
    club: str
    ape: str
    nadia: str
    karim: str
    fete: str
    room: str
    bus: str


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ids]:
    folder = tmp_path_factory.mktemp("pooling") / "workspace"
    with Workspace.create(folder, "Mutualisation", TEST_PROFILE) as workspace:
        s = Services(workspace)
        centre = s.organisations.create(OrganisationFields(name="Centre social")).id
        club = s.organisations.create(OrganisationFields(name="Club de foot")).id
        ape = s.organisations.create(OrganisationFields(name="APE Jean-Moulin",
                                                        acronym="APE")).id
        nadia = s.people.create(PersonFields(first_name="Nadia", last_name="Ouhibi",
                                             organisation_id=ape)).id
        karim = s.people.create(PersonFields(first_name="Karim", organisation_id=club)).id
        fete = s.projects.create(ProjectFields(title="Fête de quartier")).id
        room = s.resources.create(ResourceFields(
            organisation_id=centre, name="Salle polyvalente", kind=ResourceKind.ROOM,
            location="12 place des Tilleuls", value_per_day_cents=15_000)).id
        bus = s.resources.create(ResourceFields(
            organisation_id=club, name="Minibus", kind=ResourceKind.VEHICLE,
            value_per_day_cents=9_000)).id
    return folder, Ids(centre, club, ape, nadia, karim, fete, room, bus)


@pytest.fixture
def workspace(template: tuple[Path, Ids], tmp_path: Path) -> Iterator[Workspace]:
    shutil.copytree(template[0], tmp_path / "copy")
    with Workspace.open(tmp_path / "copy", TEST_PROFILE) as opened:
        yield opened


@pytest.fixture
def ids(template: tuple[Path, Ids]) -> Ids:
    return template[1]


def at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 5, day, hour)


def book(services: Services, resource: str, start: dt.datetime, end: dt.datetime,
         **values: object) -> str:
    fields = BookingFields(resource_id=resource, starts_at=start, ends_at=end)
    return services.bookings.create(replace(fields, **values)).id  # type: ignore[arg-type]


def test_value_rules() -> None:
    assert days_started(at(1, 9), at(1, 12)) == 1
    assert days_started(at(1, 9), at(2, 9)) == 1
    assert days_started(at(1, 9), at(2, 10)) == 2
    assert booking_value(500, 15_000, at(1), at(3)) == (500, False)
    assert booking_value(0, 15_000, at(1), at(3)) == (0, False)
    assert booking_value(None, 15_000, at(1, 9), at(3, 18)) == (45_000, True)
    assert booking_value(None, None, at(1), at(3)) == (None, False)
    assert year_period(2026) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_resource_rows_with_owner_counts_and_next_booking(services: Services,
                                                          ids: Ids) -> None:
    book(services, ids.room, at(2), at(2, 12), borrower_organisation_id=ids.ape)
    book(services, ids.room, at(20), at(20, 12), borrower_organisation_id=ids.club)
    book(services, ids.room, at(25), at(25, 12), borrower_organisation_id=ids.club)
    gone = book(services, ids.room, at(28), at(28, 12), borrower_organisation_id=ids.club)
    services.bookings.delete(gone)
    register = services.resources
    rows = register.resource_rows(now=NOW)
    assert [(r.resource.name, r.owner_name, r.booking_count) for r in rows] == [
        ("Minibus", "Club de foot", 0), ("Salle polyvalente", "Centre social", 3)]
    room = register.resource_row(ids.room, now=NOW)
    assert room.next_booking == at(20) and rows[0].next_booking is None
    assert [r.id for r in register.resource_rows(kind=ResourceKind.VEHICLE)] == [ids.bus]
    assert [r.id for r in register.resource_rows(organisation_id=ids.centre)] == [ids.room]
    assert [r.id for r in register.resource_rows(text="tilleuls")] == [ids.room]
    assert [r.id for r in register.resource_rows(text="club")] == [ids.bus]  # the owner
    services.resources.delete(ids.bus)
    assert [r.id for r in register.resource_rows()] == [ids.room]
    assert [r.id for r in register.resource_rows(in_trash=True)] == [ids.bus]
    with pytest.raises(NotFoundError):
        register.resource_row("missing")


def test_bookings_of_a_period_with_names(services: Services, ids: Ids) -> None:
    first = book(services, ids.room, at(2), at(3, 18), borrower_person_id=ids.nadia,
                 project_id=ids.fete, purpose="Assemblée générale")
    second = book(services, ids.room, at(31), dt.datetime(2026, 6, 1, 12),
                  borrower_organisation_id=ids.club, value_cents=0)
    book(services, ids.room, dt.datetime(2026, 6, 3, 9), dt.datetime(2026, 6, 3, 12),
         borrower_organisation_id=ids.club)
    book(services, ids.bus, at(5), at(5, 18), borrower_organisation_id=ids.ape)
    may = services.resources.bookings(ids.room, since=dt.datetime(2026, 5, 1),
                                    until=dt.datetime(2026, 6, 1))
    assert [line.id for line in may] == [first, second]  # the second ends in June
    line = may[0]
    assert (line.resource_name, line.owner_name, line.project_title) == (
        "Salle polyvalente", "Centre social", "Fête de quartier")
    # Booked by a person: their organisation is the borrower.
    assert line.borrower_person_name == "Nadia Ouhibi"
    assert line.borrower_name == "APE Jean-Moulin"
    assert line.borrower_short_name == "APE"
    assert (line.value_cents, line.value_estimated) == (30_000, True)
    assert (may[1].value_cents, may[1].value_estimated) == (0, False)
    assert len(services.resources.bookings()) == 4
    assert len(services.resources.bookings(since=dt.datetime(2026, 6, 2))) == 1
    assert services.resources.booking_line(second).borrower_short_name == "Club de foot"
    services.bookings.delete(second)
    assert [b.id for b in services.resources.bookings(ids.room, in_trash=True)] == [second]


def test_an_overlapping_booking_is_refused_naming_the_period(services: Services,
                                                             ids: Ids) -> None:
    book(services, ids.room, at(2, 14), at(2, 17), borrower_organisation_id=ids.ape)
    with pytest.raises(ConflictError) as refused:
        book(services, ids.room, at(2, 16), at(2, 18), borrower_organisation_id=ids.club)
    assert refused.value.message == ("This resource is already booked from 02/05/2026 14:00 "
                                     "to 02/05/2026 17:00 (APE Jean-Moulin).")


def test_suggested_value(services: Services, ids: Ids) -> None:
    register = services.resources
    assert register.suggested_value(ids.room, at(1, 9), at(3, 12)) == 45_000
    assert register.suggested_value(ids.room, at(3), at(1)) is None
    services.resources.update(ids.bus, ResourceFields(organisation_id=ids.club,
                                                      name="Minibus"))
    assert register.suggested_value(ids.bus, at(1), at(2)) is None


def test_totals_per_partner_over_a_period(services: Services, ids: Ids) -> None:
    # The centre lends its room to the APE twice and to the club once; the club lends its
    # minibus to the APE, and uses it itself (not counted).
    book(services, ids.room, at(2), at(2, 12), borrower_organisation_id=ids.ape,
         value_cents=15_000)
    book(services, ids.room, at(4), at(5, 18), borrower_person_id=ids.nadia)  # 2 days
    book(services, ids.room, at(8), at(8, 12), borrower_organisation_id=ids.club,
         value_cents=0)
    book(services, ids.bus, at(3), at(3, 18), borrower_organisation_id=ids.ape)
    book(services, ids.bus, at(9), at(9, 18), borrower_organisation_id=ids.club)
    book(services, ids.room, dt.datetime(2025, 12, 30, 9), dt.datetime(2025, 12, 30, 12),
         borrower_organisation_id=ids.ape, value_cents=99_900)  # another year
    gone = book(services, ids.room, at(20), at(20, 12), borrower_organisation_id=ids.ape,
                value_cents=77_700)
    services.bookings.delete(gone)

    totals = services.resources.totals(*year_period(2026))
    found = {(t.organisation_name, t.lent_cents, t.received_cents, t.loans, t.borrowings)
             for t in totals}
    assert found == {("Centre social", 45_000, 0, 3, 0),
                     ("Club de foot", 9_000, 0, 1, 1),
                     ("APE Jean-Moulin", 0, 54_000, 0, 3)}
    assert [t.organisation_name for t in totals] == ["APE Jean-Moulin", "Centre social",
                                                     "Club de foot"]
    centre = next(t for t in totals if t.organisation_id == ids.centre)
    assert centre.balance_cents == 45_000
    # Both ends of the period are included; the bookings of 30/12/2025 only count in 2025.
    assert [(t.organisation_name, t.received_cents)
            for t in services.resources.totals(dt.date(2025, 12, 30), dt.date(2025, 12, 30))
            if t.received_cents] == [("APE Jean-Moulin", 99_900)]
    assert services.resources.totals(dt.date(2026, 5, 10), dt.date(2026, 5, 19)) == []
    # A resource in the trash no longer counts.
    services.resources.delete(ids.bus)
    assert {t.organisation_name for t in services.resources.totals(*year_period(2026))} == {
        "Centre social", "APE Jean-Moulin", "Club de foot"}
    club = next(t for t in services.resources.totals(*year_period(2026))
                if t.organisation_id == ids.club)
    assert (club.lent_cents, club.loans, club.borrowings) == (0, 0, 1)
