"""The contact log service: names, filters, paging, authors from the profile, follow-ups."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import pytest

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ExchangeKind
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.profile import Profile
from coopdesk.domain.projects import ProjectFields
from coopdesk.services.exchange_log import (
    ExchangeFilter,
    ExchangeSort,
    FollowUpFilter,
    FollowUpState,
    entry_fields,
)
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE

TODAY = dt.date(2026, 3, 16)


class Ids(NamedTuple):
    caf: str
    club: str
    helene: str
    karim: str
    loner: str
    clas: str


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ids]:
    folder = tmp_path_factory.mktemp("exchanges") / "workspace"
    with Workspace.create(folder, "Journal", TEST_PROFILE) as workspace:
        s = Services(workspace)
        caf = s.organisations.create(OrganisationFields(name="CAF du Rhône")).id
        club = s.organisations.create(OrganisationFields(name="Club de foot")).id
        helene = s.people.create(PersonFields(first_name="Hélène", last_name="Martin",
                                              organisation_id=caf)).id
        karim = s.people.create(PersonFields(first_name="Karim", last_name="Benali",
                                             organisation_id=club)).id
        loner = s.people.create(PersonFields(first_name="Zoé", last_name="Arnaud")).id
        clas = s.projects.create(ProjectFields(title="CLAS des Tilleuls")).id
    return folder, Ids(caf, club, helene, karim, loner, clas)


@pytest.fixture
def workspace(template: tuple[Path, Ids], tmp_path: Path) -> Iterator[Workspace]:
    shutil.copytree(template[0], tmp_path / "copy")
    with Workspace.open(tmp_path / "copy", TEST_PROFILE) as opened:
        yield opened


@pytest.fixture
def ids(template: tuple[Path, Ids]) -> Ids:
    return template[1]


def entry(subject: str, day: int = 0, **values: object) -> ContactLogEntryFields:
    fields = ContactLogEntryFields(kind=ExchangeKind.CALL,
                                   occurred_on=TODAY + dt.timedelta(days=day), subject=subject)
    return replace(fields, **values)  # type: ignore[arg-type]


def subjects(rows: list[object]) -> list[str]:
    return [row.entry.subject for row in rows]  # type: ignore[attr-defined]


def test_log_fills_the_author_from_the_profile_and_the_organisation_from_the_person(
        services: Services, ids: Ids) -> None:
    created = services.exchanges.create(entry("Bilan CAF", person_id=ids.helene,
                                              project_id=ids.clas))
    assert created.kinds == {"contact_log_entry"} and created.id
    row = services.exchanges.row(created.id)
    assert row.entry.author_name == "Marie Dupont"
    assert row.entry.author_organisation == "Asso du Pont"
    assert row.entry.organisation_id == ids.caf
    assert (row.person_name, row.organisation_name, row.project_title) == (
        "Hélène Martin", "CAF du Rhône", "CLAS des Tilleuls")
    # An author given explicitly (the demo, an import) is kept.
    other = services.exchanges.create(entry("Import", organisation_id=ids.club,
                                            author_name="Karim", author_organisation="Club"))
    assert services.exchanges.get(other.id).author_name == "Karim"


def test_someone_without_organisation_and_an_organisation_alone(services: Services,
                                                                ids: Ids) -> None:
    alone = services.exchanges.create(entry("Voisine", person_id=ids.loner)).id
    org = services.exchanges.create(entry("Courrier", organisation_id=ids.club)).id
    assert services.exchanges.row(alone).organisation_name == ""
    assert services.exchanges.row(alone).person_name == "Zoé Arnaud"
    assert services.exchanges.row(org).person_name == ""
    assert services.exchanges.row(org).organisation_name == "Club de foot"
    with pytest.raises(ValidationError) as refused:
        services.exchanges.create(entry("Personne"))
    assert refused.value.field == "person_id"
    with pytest.raises(NotFoundError):
        services.exchanges.row("no-such-id")


def test_edit_keeps_the_author_even_for_another_profile(services: Services, ids: Ids) -> None:
    entry_id = services.exchanges.create(entry("Appel", organisation_id=ids.club)).id
    services.db.profile = Profile(name="Nadia", organisation="APE")
    current = services.exchanges.get(entry_id)
    services.exchanges.update(entry_id, replace(entry_fields(current), subject="Appel du club",
                                                 author_name="Nadia"))
    saved = services.exchanges.get(entry_id)
    assert saved.subject == "Appel du club"
    assert (saved.author_name, saved.author_organisation) == ("Marie Dupont", "Asso du Pont")
    assert saved.audit.updated_by == "Nadia"


def test_rows_newest_first_and_paged(services: Services, ids: Ids) -> None:
    for n in range(7):
        services.exchanges.create(entry(f"Échange {n}", day=-n, organisation_id=ids.club))
    log = services.exchanges
    assert subjects(log.rows(limit=3)) == ["Échange 0", "Échange 1", "Échange 2"]
    assert subjects(log.rows(limit=3, offset=3)) == ["Échange 3", "Échange 4", "Échange 5"]
    assert subjects(log.rows(limit=3, offset=6)) == ["Échange 6"]
    assert subjects(log.rows(descending=False, limit=2)) == ["Échange 6", "Échange 5"]
    assert log.count() == 7
    # Same day: the one logged last comes first.
    services.exchanges.create(entry("Même jour", day=0, organisation_id=ids.club))
    assert subjects(log.rows(limit=2)) == ["Même jour", "Échange 0"]
    assert log.position(log.rows()[4].id) == 4


def test_filters_by_whom_project_author_period_and_text(services: Services, ids: Ids) -> None:
    log = services.exchanges
    log.create(entry("Avec Hélène", day=-1, person_id=ids.helene, project_id=ids.clas))
    log.create(entry("Avec la CAF", day=-40, organisation_id=ids.caf, summary="Budget serré"))
    log.create(entry("Avec Karim", day=-2, person_id=ids.karim))
    services.db.profile = Profile(name="Nadia", organisation="APE")
    log.create(entry("Par Nadia", day=-3, organisation_id=ids.club, follow_up="Rappeler"))

    def shown(**where: object) -> list[str]:
        found = log.rows(ExchangeFilter(**where))  # type: ignore[arg-type]
        assert log.count(ExchangeFilter(**where)) == len(found)  # type: ignore[arg-type]
        return subjects(found)

    assert shown(organisation_id=ids.caf) == ["Avec Hélène", "Avec la CAF"]
    assert shown(person_id=ids.karim) == ["Avec Karim"]
    assert shown(project_id=ids.clas) == ["Avec Hélène"]
    assert shown(author_name="Nadia") == ["Par Nadia"]
    assert log.authors() == ["Marie Dupont", "Nadia"]
    assert shown(since=TODAY - dt.timedelta(days=2), until=TODAY) == ["Avec Hélène",
                                                                       "Avec Karim"]
    assert shown(text="budget") == ["Avec la CAF"]
    assert shown(text="rappeler") == ["Par Nadia"]
    assert shown(organisation_id=ids.club, text="avec") == ["Avec Karim"]


def test_follow_up_filters_states_and_marking_done(services: Services, ids: Ids) -> None:
    log = services.exchanges
    late = log.create(entry("En retard", day=-10, organisation_id=ids.club, follow_up="Relancer",
                         follow_up_on=TODAY - dt.timedelta(days=2))).id
    today = log.create(entry("Aujourd'hui", day=-5, organisation_id=ids.club, follow_up="Écrire",
                          follow_up_on=TODAY)).id
    later = log.create(entry("Plus tard", day=-4, organisation_id=ids.club, follow_up="Passer",
                          follow_up_on=TODAY + dt.timedelta(days=5))).id
    undated = log.create(entry("Sans date", day=-3, organisation_id=ids.club,
                            follow_up="Un jour")).id
    log.create(entry("Rien à faire", day=-1, organisation_id=ids.club))

    due = ExchangeFilter(follow_up=FollowUpFilter.DUE, today=TODAY)
    assert subjects(log.rows(due)) == ["Aujourd'hui", "En retard"]
    assert subjects(log.rows(ExchangeFilter(follow_up=FollowUpFilter.OPEN))) == [
        "Sans date", "Plus tard", "Aujourd'hui", "En retard"]
    states = {row.entry.subject: row.follow_up_state(TODAY) for row in log.rows()}
    assert states == {"En retard": FollowUpState.LATE, "Aujourd'hui": FollowUpState.TODAY,
                      "Plus tard": FollowUpState.UPCOMING, "Sans date": FollowUpState.UNDATED,
                      "Rien à faire": FollowUpState.NONE}
    # Sorted by follow-up date, the entries without one come last.
    assert subjects(log.rows(sort=ExchangeSort.FOLLOW_UP, descending=False)) == [
        "En retard", "Aujourd'hui", "Plus tard", "Sans date", "Rien à faire"]

    changes = log.mark_follow_up_done(late)
    assert changes.kinds == {"contact_log_entry"} and late in changes.ids
    assert subjects(log.rows(due)) == ["Aujourd'hui"]
    assert log.row(late).follow_up_state(TODAY) is FollowUpState.DONE
    assert not log.mark_follow_up_done(late)  # already done: nothing changes
    log.mark_follow_up_done(late, done=False)
    assert subjects(log.rows(due)) == ["Aujourd'hui", "En retard"]
    assert {today, later, undated} <= {row.id for row in log.rows()}


def test_trash_is_listed_apart(services: Services, ids: Ids) -> None:
    log = services.exchanges
    kept = log.create(entry("Gardé", organisation_id=ids.club)).id
    gone = log.create(entry("Jeté", organisation_id=ids.club)).id
    services.exchanges.delete(gone)
    assert [row.id for row in log.rows()] == [kept]
    assert [row.id for row in log.rows(ExchangeFilter(in_trash=True))] == [gone]
    assert log.row(gone).entry.audit.in_trash
    assert log.position(gone) is None
    assert log.position(gone, ExchangeFilter(in_trash=True)) == 0


def test_sorts_by_each_column(services: Services, ids: Ids) -> None:
    log = services.exchanges
    log.create(entry("b", day=-1, kind=ExchangeKind.VISIT, person_id=ids.karim))
    log.create(entry("A", day=-2, kind=ExchangeKind.EMAIL, person_id=ids.helene,
                  project_id=ids.clas))
    log.create(entry("c", day=-3, kind=ExchangeKind.CALL, organisation_id=ids.caf))
    assert subjects(log.rows(sort=ExchangeSort.SUBJECT, descending=False)) == ["A", "b", "c"]
    assert subjects(log.rows(sort=ExchangeSort.KIND, descending=False)) == ["c", "A", "b"]
    # People by last name, organisations by name: Benali, CAF du Rhône, Martin.
    assert subjects(log.rows(sort=ExchangeSort.WITH, descending=False)) == ["b", "c", "A"]
    assert subjects(log.rows(sort=ExchangeSort.PROJECT))[0] == "A"
    assert len(log.rows(sort=ExchangeSort.AUTHOR)) == 3


def test_correspondents_are_people_and_organisations_by_name(services: Services,
                                                             ids: Ids) -> None:
    found = services.exchanges.correspondents()
    assert [(c.kind, c.name) for c in found] == [
        ("organisation", "CAF du Rhône"), ("organisation", "Club de foot"),
        ("person", "Hélène Martin"), ("person", "Karim Benali"), ("person", "Zoé Arnaud")]
    helene = next(c for c in found if c.id == ids.helene)
    assert (helene.organisation_id, helene.organisation_name) == (ids.caf, "CAF du Rhône")
    services.people.delete(ids.loner)
    assert ids.loner not in {c.id for c in services.exchanges.correspondents()}
