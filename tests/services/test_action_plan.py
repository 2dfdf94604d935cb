"""The action plan service on the demo cooperation: names and origins, every filter, "my
actions", sorting and paging, positions, and status changes."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus, Priority
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.profile import Profile
from coopdesk.services.action_plan import (
    OPEN_STATUSES,
    ActionFilter,
    ActionRow,
    ActionSort,
    DuePeriod,
    action_fields,
    normalised_name,
    period_bounds,
)
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE

#: A Wednesday: "this week" runs from Monday the 9th to Sunday the 15th.
TODAY = dt.date(2026, 3, 11)
MARIE = Profile(name="Marie Lefebvre", organisation="Centre social Les Tilleuls")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("action-plan") / "demo"
    create_demo_workspace(folder, TEST_PROFILE, TODAY).close()
    return folder


@pytest.fixture
def open_demo(demo_template: Path, tmp_path: Path) -> Iterator[Callable[[Profile], Services]]:
    """Open a fresh copy of the demo as *profile* (one copy per test)."""
    opened: list[Workspace] = []

    def open_as(profile: Profile) -> Services:
        folder = tmp_path / "demo"
        if not folder.exists():
            shutil.copytree(demo_template, folder)
        workspace = Workspace.open(folder, profile)
        opened.append(workspace)
        return Services(workspace)

    yield open_as
    for workspace in opened:
        workspace.close()


@pytest.fixture
def services(open_demo: Callable[[Profile], Services]) -> Services:
    return open_demo(TEST_PROFILE)


def every_row(services: Services, **filters: object) -> list[ActionRow]:
    return services.actions.rows(ActionFilter(today=TODAY, **filters),  # type: ignore[arg-type]
                                     limit=None)


def by_title(rows: list[ActionRow], start: str) -> ActionRow:
    return next(row for row in rows if row.action.title.startswith(start))


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


# -- rows and their names -----------------------------------------------------------------
def test_a_row_names_its_project_owner_objective_and_origin(services: Services) -> None:
    row = by_title(every_row(services), "Relayer l'appel à bénévoles")
    assert row.project_title == "Parentalité et réussite éducative aux Tilleuls"
    assert (row.owner_person_name, row.owner_organisation_name,
            row.owner_organisation_acronym) == ("Karim Benali", "Union sportive des Tilleuls",
                                                "UST")
    assert row.owner_name == "Karim Benali"
    assert row.objective_title == "Accompagner quarante enfants dans leur scolarité"
    assert row.origin_decision_text.startswith("Recruter deux bénévoles de plus")
    assert row.origin_meeting_title == "Comité de pilotage du consortium"
    assert row.origin_meeting_date == day(-63)
    assert row.origin_meeting_id is not None
    assert services.meetings.get(row.origin_meeting_id).title == row.origin_meeting_title
    assert row.action.due_on == day(-20) and row.overdue and row.days_overdue == 20


def test_rows_without_project_objective_or_origin_have_empty_names(services: Services) -> None:
    row = by_title(every_row(services), "Rédiger une convention de prêt")
    assert (row.project_title, row.objective_title, row.origin_decision_text,
            row.origin_meeting_title, row.origin_meeting_id,
            row.origin_meeting_date) == ("", "", "", "", None, None)
    assert not row.overdue  # cancelled long ago: not late


def test_overdue_is_open_and_past_due_only(services: Services) -> None:
    for row in every_row(services):
        due = row.action.due_on
        expected = row.action.status in OPEN_STATUSES and due is not None and due < TODAY
        assert row.overdue is expected, row.action.title
        assert row.days_overdue == ((TODAY - due).days if expected and due else 0)


def test_default_order_is_by_due_date_with_undated_last(services: Services) -> None:
    undated = services.actions.create(ActionFields(title="Sans date")).id
    rows = every_row(services)
    assert rows[-1].id == undated
    dates = [row.action.due_on for row in rows[:-1]]
    assert all(d is not None for d in dates) and dates == sorted(dates)  # type: ignore[type-var]


def test_row_reads_one_action_even_in_the_trash(services: Services) -> None:
    row = by_title(every_row(services), "Commander du terreau")
    services.actions.delete(row.id)
    again = services.actions.row(row.id, TODAY)
    assert again.action.audit.in_trash and again.project_title == row.project_title
    with pytest.raises(NotFoundError):
        services.actions.row("no-such-action")


# -- filters ----------------------------------------------------------------------------
def test_project_organisation_and_person_filters(services: Services) -> None:
    rows = every_row(services)
    fete = by_title(rows, "Réaliser les maquettes").action.project_id
    karim = by_title(rows, "Relayer l'appel").action.owner_person_id
    club = by_title(rows, "Relayer l'appel").action.owner_organisation_id
    assert {r.id for r in every_row(services, project_id=fete)} == {
        r.id for r in rows if r.action.project_id == fete}
    assert {r.id for r in every_row(services, person_id=karim)} == {
        r.id for r in rows if r.action.owner_person_id == karim}
    assert {r.id for r in every_row(services, organisation_id=club)} == {
        r.id for r in rows if r.action.owner_organisation_id == club}
    # An action owned by a person of the organisation, without the organisation set.
    loose = services.actions.create(ActionFields(title="Sans structure",
                                                     owner_person_id=karim)).id
    assert loose in {r.id for r in every_row(services, organisation_id=club)}


def test_status_filter(services: Services) -> None:
    rows = every_row(services)
    for statuses in ({ActionStatus.DONE}, OPEN_STATUSES,
                     {ActionStatus.CANCELLED, ActionStatus.TODO}):
        found = every_row(services, statuses=frozenset(statuses))
        assert found and {r.id for r in found} == {
            r.id for r in rows if r.action.status in statuses}


@pytest.mark.parametrize("period", list(DuePeriod))
def test_every_due_period_keeps_what_its_definition_says(services: Services,
                                                         period: DuePeriod) -> None:
    services.actions.create(ActionFields(title="Sans date"))
    rows = every_row(services)
    bounds = period_bounds(period, TODAY)

    def keeps(row: ActionRow) -> bool:
        due = row.action.due_on
        if period is DuePeriod.ALL:
            return True
        if period is DuePeriod.OVERDUE:
            return row.overdue
        if period is DuePeriod.NO_DATE:
            return due is None
        assert bounds is not None
        return due is not None and bounds[0] <= due <= bounds[1]

    expected = {r.id for r in rows if keeps(r)}
    assert expected, "the demo has actions in every period"
    assert {r.id for r in every_row(services, period=period)} == expected


def test_period_bounds() -> None:
    assert period_bounds(DuePeriod.THIS_WEEK, TODAY) == (dt.date(2026, 3, 9),
                                                         dt.date(2026, 3, 15))
    assert period_bounds(DuePeriod.NEXT_14_DAYS, TODAY) == (TODAY, dt.date(2026, 3, 25))
    assert period_bounds(DuePeriod.THIS_MONTH, TODAY) == (dt.date(2026, 3, 1),
                                                          dt.date(2026, 3, 31))
    assert period_bounds(DuePeriod.THIS_MONTH, dt.date(2024, 2, 10)) == (
        dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period_bounds(DuePeriod.THIS_MONTH, dt.date(2026, 12, 31)) == (
        dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert period_bounds(DuePeriod.OVERDUE, TODAY) is None


def test_text_filter_searches_titles_and_descriptions(services: Services) -> None:
    assert [r.action.title for r in every_row(services, text="terreau")] == [
        "Commander du terreau pour l'atelier avec l'école"]
    found = every_row(services, text="factures du collectif")  # in a description only
    assert [r.action.title for r in found] == [
        "Envoyer les justificatifs de dépenses du premier semestre à la CAF"]
    assert every_row(services, text="  ") == every_row(services)


def test_trash_shows_only_deleted_actions(services: Services) -> None:
    row = by_title(every_row(services), "Commander du terreau")
    services.actions.delete(row.id)
    assert row.id not in {r.id for r in every_row(services)}
    assert [r.id for r in every_row(services, in_trash=True)] == [row.id]


def test_filters_combine(services: Services) -> None:
    rows = every_row(services)
    fete = by_title(rows, "Réaliser les maquettes").action.project_id
    found = every_row(services, project_id=fete, period=DuePeriod.OVERDUE)
    assert {r.action.title for r in found} == {
        "Déposer la demande d'arrêté de fermeture de la rue des Acacias",
        "Planifier les après-midi d'animation au jardin partagé"}


# -- my actions -------------------------------------------------------------------------
def test_my_actions_are_the_profiles_person_or_association(
        open_demo: Callable[[Profile], Services]) -> None:
    services = open_demo(MARIE)
    mine = every_row(services, mine=True)
    owners = {(r.owner_person_name, r.owner_organisation_name) for r in mine}
    assert owners == {("Marie Lefebvre", "Centre social Les Tilleuls"),
                      ("Jean-Pierre Garnier", "Centre social Les Tilleuls")}
    assert all(services.actions.is_mine(r) for r in mine)
    others = [r for r in every_row(services) if r.id not in {m.id for m in mine}]
    assert others and not any(services.actions.is_mine(r) for r in others)


def test_my_actions_ignore_case_accents_spaces_and_match_acronyms(
        open_demo: Callable[[Profile], Services]) -> None:
    services = open_demo(Profile(name="  karim   BENALI ", organisation="ust"))
    titles = {r.action.title for r in every_row(services, mine=True)}
    assert "Relayer l'appel à bénévoles auprès des licenciés du club" in titles  # Karim
    assert "Réserver le minibus pour aller chercher tables et barnums" in titles  # Sofiane, UST
    services.db.profile = Profile(name="Ines Carvalho", organisation="")
    assert [r.owner_person_name for r in every_row(services, mine=True)] == ["Inès Carvalho"]


def test_a_profile_without_association_does_not_match_organisations_without_acronym(
        open_demo: Callable[[Profile], Services]) -> None:
    services = open_demo(Profile(name="Personne Inconnue", organisation=""))
    assert every_row(services, mine=True) == []
    assert services.actions.count(ActionFilter(mine=True, today=TODAY)) == 0


def test_normalised_name() -> None:
    assert normalised_name("  Aïcha   DIALLO ") == normalised_name("aicha diallo") == \
        "aicha diallo"
    assert normalised_name("") == ""


# -- sorting, paging, counting, positions --------------------------------------------
@pytest.mark.parametrize("sort", list(ActionSort))
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_pages_counts_and_positions_agree(services: Services, sort: ActionSort,
                                                  descending: bool) -> None:
    services.actions.create(ActionFields(title="Sans date", priority=Priority.HIGH))
    where = ActionFilter(today=TODAY)
    rows = services.actions.rows(where, sort=sort, descending=descending, limit=None)
    assert len(rows) == services.actions.count(where) == 17
    pages = [services.actions.rows(where, sort=sort, descending=descending, limit=5,
                                       offset=offset) for offset in range(0, 20, 5)]
    assert [r.id for page in pages for r in page] == [r.id for r in rows]
    for index, row in enumerate(rows):
        assert services.actions.position(row.id, where, sort=sort,
                                             descending=descending) == index
    if sort is ActionSort.DUE:
        assert rows[-1].action.due_on is None  # undated last, whichever the direction
    keys = {ActionSort.TITLE: lambda r: r.action.title.lower(),
            ActionSort.STATUS: lambda r: list(ActionStatus).index(r.action.status),
            ActionSort.PRIORITY: lambda r: list(Priority).index(r.action.priority),
            ActionSort.PROJECT: lambda r: r.project_title.lower()}
    if sort in keys:
        values = [keys[sort](r) for r in rows]
        assert values == sorted(values, reverse=descending)


def test_position_is_none_when_the_filter_leaves_the_action_out(services: Services) -> None:
    done = by_title(every_row(services), "Lancer un appel à bénévoles")
    where = ActionFilter(statuses=OPEN_STATUSES, today=TODAY)
    assert services.actions.position(done.id, where) is None
    assert services.actions.position("no-such-action", where) is None


def test_count_follows_the_filters(services: Services) -> None:
    for where in (ActionFilter(today=TODAY), ActionFilter(period=DuePeriod.OVERDUE, today=TODAY),
                  ActionFilter(statuses=frozenset({ActionStatus.DONE}), today=TODAY)):
        assert services.actions.count(where) == len(
            services.actions.rows(where, limit=None))
    assert services.actions.count(ActionFilter(period=DuePeriod.OVERDUE,
                                                   today=TODAY)) == 5


def test_choices_offer_projects_organisations_and_action_owners(services: Services) -> None:
    choices = services.actions.choices()
    assert [c.label for c in choices.projects] == [
        "Fête de quartier et animations au pied des immeubles",
        "Parentalité et réussite éducative aux Tilleuls"]
    assert "Union sportive des Tilleuls (UST)" in [c.label for c in choices.organisations]
    assert "Jardin partagé La Main verte" in [c.label for c in choices.organisations]
    people = [c.label for c in choices.people]
    assert "Karim Benali (UST)" in people and "Gérard Lemoine (Jardin partagé La Main verte)" \
        in people
    owners = {r.action.owner_person_id for r in every_row(services)}
    assert {c.id for c in choices.people} == owners  # nobody who owns no action


# -- writing ----------------------------------------------------------------------------
def test_set_status_done_records_the_day_and_reopening_clears_it(services: Services) -> None:
    row = by_title(every_row(services), "Commander du terreau")
    changes = services.actions.set_status(row.id, ActionStatus.DONE, TODAY)
    assert changes.kinds == {"action"} and row.id in changes.ids
    done = services.actions.get(row.id)
    assert done.status is ActionStatus.DONE and done.done_on == TODAY
    assert done.audit.updated_by == TEST_PROFILE.name
    assert not services.actions.set_status(row.id, ActionStatus.DONE, day(3))
    assert services.actions.get(row.id).done_on == TODAY  # unchanged
    services.actions.set_status(row.id, ActionStatus.IN_PROGRESS, TODAY)
    reopened = services.actions.get(row.id)
    assert reopened.status is ActionStatus.IN_PROGRESS and reopened.done_on is None
    assert reopened.title == row.action.title and reopened.due_on == row.action.due_on


def test_set_status_of_a_missing_action_is_refused(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.actions.set_status("no-such-action", ActionStatus.DONE)


def test_editing_a_done_action_keeps_its_done_day(services: Services) -> None:
    row = by_title(every_row(services), "Lancer un appel à bénévoles")
    assert row.action.done_on == day(-33)
    fields = replace(action_fields(row.action), done_on=None, title="Appel lancé")
    services.actions.update(row.id, fields, TODAY)
    assert services.actions.get(row.id).done_on == day(-33)


def test_create_done_gets_today_and_open_gets_no_done_day(services: Services) -> None:
    done = services.actions.create(ActionFields(title="Fait", status=ActionStatus.DONE),
                                       TODAY).id
    assert services.actions.get(done).done_on == TODAY
    still = services.actions.create(ActionFields(title="À faire", done_on=TODAY)).id
    assert services.actions.get(still).done_on is None


def test_an_objective_of_another_project_is_refused(services: Services) -> None:
    rows = every_row(services)
    fete = by_title(rows, "Réaliser les maquettes")
    clas_objective = by_title(rows, "Relayer l'appel").action.objective_id
    fields = replace(action_fields(fete.action), objective_id=clas_objective)
    with pytest.raises(ValidationError) as refused:
        services.actions.update(fete.id, fields)
    assert refused.value.field == "objective_id"
    with pytest.raises(ValidationError):
        services.actions.create(ActionFields(title="x", objective_id=clas_objective))
    assert services.actions.get(fete.id).objective_id == fete.action.objective_id


def test_validation_runs_before_anything_is_written(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.actions.create(ActionFields(title="  "))
    assert refused.value.field == "title"
