"""The rows lists show, a project's detail page, a partner's overview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pytest

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import OrgKind, PartnerRole, ProjectMode, ProjectStatus
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.projects import ProjectRow
from coopdesk.services.workspace_services import Services
from tests.domain.field_cases import Ids, valid_fields
from tests.services.builders import workspace_fixtures

workspace_template, workspace, ids = workspace_fixtures()


@dataclass(frozen=True)
class World:
    """Three organisations, people and projects linked in known ways."""

    jardins: str
    voisins: str
    mairie: str
    fete: str
    jardin: str
    consortium: str


def _world(services: Services, ids: Ids) -> World:
    """Built beside the records `ids` names (its project has no partner yet)."""
    mairie = services.organisations.create(OrganisationFields(
        name="mairie du 8e", kind=OrgKind.PUBLIC_BODY, city="Lyon")).id
    for first, last, org in (("Karim", "Benali", ids.other_organisation),
                             ("Awa", "Diallo", ids.other_organisation),
                             ("Zoé", "Martin", None)):
        services.people.create(PersonFields(first_name=first, last_name=last,
                                            organisation_id=org, role="Bénévole"))
    fete = ids.project  # "Fête de quartier", preparing, cooperation
    jardin = services.projects.create(ProjectFields(
        title="Jardin partagé", status=ProjectStatus.ACTIVE, qpv_name="Mermoz")).id
    consortium = services.projects.create(ProjectFields(
        title="Consortium emploi", status=ProjectStatus.ACTIVE, mode=ProjectMode.CONSORTIUM,
        lead_organisation_id=mairie)).id
    for project, org, role in ((fete, ids.organisation, PartnerRole.LEAD),
                               (fete, ids.other_organisation, PartnerRole.PARTNER),
                               (fete, mairie, PartnerRole.FUNDER),
                               (jardin, ids.organisation, PartnerRole.PARTNER),
                               (consortium, mairie, PartnerRole.LEAD),
                               (consortium, ids.other_organisation, PartnerRole.SUPPORT)):
        services.partners.create(ProjectPartnerFields(project_id=project, organisation_id=org,
                                                      role=role))
    return World(jardins=ids.organisation, voisins=ids.other_organisation, mairie=mairie,
                 fete=fete, jardin=jardin, consortium=consortium)


def _titles(rows: Sequence[ProjectRow]) -> list[str]:
    return [row.project.title for row in rows]


def test_project_rows_and_their_filters(services: Services, ids: Ids) -> None:
    world = _world(services, ids)
    rows = services.projects.rows()
    assert _titles(rows) == ["Consortium emploi", "Fête de quartier", "Jardin partagé"]
    by_id = {row.id: row for row in rows}
    assert (by_id[world.consortium].lead_name, by_id[world.consortium].partner_count) == (
        "mairie du 8e", 2)
    assert (by_id[world.fete].lead_name, by_id[world.fete].partner_count) == ("", 3)
    assert _titles(services.projects.rows(status=ProjectStatus.ACTIVE)) == [
        "Consortium emploi", "Jardin partagé"]
    assert _titles(services.projects.rows(status=ProjectStatus.COMPLETED)) == []
    assert _titles(services.projects.rows(mode=ProjectMode.CONSORTIUM)) == ["Consortium emploi"]
    assert _titles(services.projects.rows(organisation_id=world.jardins)) == [
        "Fête de quartier", "Jardin partagé"]
    assert _titles(services.projects.rows(organisation_id=world.mairie,
                                          status=ProjectStatus.ACTIVE)) == ["Consortium emploi"]
    assert _titles(services.projects.rows(text="  jardin ")) == ["Jardin partagé"]
    assert _titles(services.projects.rows(text="MERMOZ")) == ["Jardin partagé"]  # QPV name
    assert _titles(services.projects.rows(text="rien")) == []


def test_project_rows_leave_out_the_trash(services: Services, ids: Ids) -> None:
    world = _world(services, ids)
    services.projects.delete(world.jardin)
    part = next(p for p in services.partners.list(project_id=world.fete)
                if p.organisation_id == world.mairie)
    services.partners.delete(part.id)
    rows = services.projects.rows()
    assert _titles(rows) == ["Consortium emploi", "Fête de quartier"]
    assert {row.id: row.partner_count for row in rows}[world.fete] == 2
    assert _titles(services.projects.rows(organisation_id=world.jardins)) == [
        "Fête de quartier"]
    assert _titles(services.projects.rows(organisation_id=world.mairie)) == [
        "Consortium emploi"]
    assert _titles(services.projects.rows(include_deleted=True)) == [
        "Consortium emploi", "Fête de quartier", "Jardin partagé"]


def test_project_detail(services: Services, ids: Ids) -> None:
    world = _world(services, ids)
    fete = world.fete
    # Objectives in their order, each with its indicators (by name).
    second = services.objectives.create(replace(valid_fields("objective", ids),
                                                title="Associer les jeunes")).id
    for objective, name in ((second, "Jeunes présents"), (ids.objective, "Stands"),
                            (ids.objective, "Participants")):
        services.indicators.create(replace(valid_fields("indicator", ids), objective_id=objective,
                                           name=name))
    gone = services.indicators.create(replace(valid_fields("indicator", ids), name="Ancien")).id
    services.indicators.delete(gone)
    # Two charter versions, the first accepted by two partners.
    first_version = ids.charter_version
    assert services.charter_versions.next_number(ids.charter) == 2
    second_version = services.charter_versions.create(replace(
        valid_fields("charter_version", ids), number=2, text="Version 2")).id
    for org, day in ((world.voisins, 20), (world.jardins, 18)):
        services.charter_acceptances.create(replace(
            valid_fields("charter_acceptance", ids), organisation_id=org,
            accepted_on=dt.date(2026, 3, day)))
    # Deadlines by date; a deleted one is left out.
    for label, month in (("Bilan final", 12), ("Bilan intermédiaire", 6), ("Annulé", 1)):
        services.deadlines.create(replace(valid_fields("reporting_deadline", ids), label=label,
                                          due_on=dt.date(2026, month, 30 if month != 1 else 2)))
    cancelled = next(d for d in services.deadlines.list() if d.label == "Annulé")
    services.deadlines.delete(cancelled.id)

    detail = services.projects.detail(fete)
    assert detail.project.title == "Fête de quartier"
    assert detail.lead_name == ""
    assert [(line.organisation_name, line.partner.role) for line in detail.partners] == [
        ("Les Jardins du Pont", PartnerRole.LEAD),
        ("Collectif Voisins", PartnerRole.PARTNER),
        ("mairie du 8e", PartnerRole.FUNDER),
    ]
    assert [(line.objective.title, [i.name for i in line.indicators])
            for line in detail.objectives] == [
        ("Réunir 200 habitants", ["Participants", "Stands"]),
        ("Associer les jeunes", ["Jeunes présents"]),
    ]
    (charter,) = detail.charters
    assert charter.charter.title == "Charte du collectif"
    assert [v.number for v in charter.versions] == [1, 2]
    assert charter.current is not None and charter.current.id == second_version
    assert [(a.organisation_name, a.acceptance.accepted_on)
            for a in charter.acceptances[first_version]] == [
        ("Les Jardins du Pont", dt.date(2026, 3, 18)),
        ("Collectif Voisins", dt.date(2026, 3, 20)),
    ]
    assert charter.acceptances[second_version] == ()
    assert [d.label for d in detail.deadlines] == ["Bilan intermédiaire", "Bilan final"]


def test_consortium_detail_names_its_lead(services: Services, ids: Ids) -> None:
    world = _world(services, ids)
    detail = services.projects.detail(world.consortium)
    assert detail.lead_name == "mairie du 8e"
    assert [line.organisation_name for line in detail.partners] == ["mairie du 8e",
                                                                    "Collectif Voisins"]
    assert detail.objectives == () and detail.charters == () and detail.deadlines == ()


def test_organisation_rows_count_people_and_projects(services: Services, ids: Ids) -> None:
    world = _world(services, ids)
    rows = services.organisations.rows()
    assert [row.name for row in rows] == ["Collectif Voisins", "Les Jardins du Pont",
                                          "mairie du 8e"]  # case does not matter
    counts = {row.id: (row.people_count, row.project_count) for row in rows}
    assert counts == {world.voisins: (2, 2), world.jardins: (1, 2), world.mairie: (0, 2)}
    jardins = next(row for row in rows if row.id == world.jardins)
    assert (jardins.acronym, jardins.city, jardins.email, jardins.kind) == (
        "JDP", "Lyon", "contact@jdp.fr", OrgKind.ASSOCIATION)
    assert [r.name for r in services.organisations.rows(kind=OrgKind.PUBLIC_BODY)] == [
        "mairie du 8e"]
    assert [r.name for r in services.organisations.rows(text="jdp")] == [
        "Les Jardins du Pont"]  # acronym
    assert [r.name for r in services.organisations.rows(text="lyon")] == [
        "Les Jardins du Pont", "mairie du 8e"]  # city


def test_organisation_counts_leave_out_the_trash(services: Services, ids: Ids) -> None:
    world = _world(services, ids)
    karim = next(p for p in services.people.list() if p.first_name == "Karim")
    services.people.delete(karim.id)
    services.projects.delete(world.jardin)
    services.organisations.delete(world.mairie)
    counts = {row.id: (row.people_count, row.project_count)
              for row in services.organisations.rows()}
    assert counts == {world.voisins: (1, 2), world.jardins: (1, 1)}
    assert world.mairie in {row.id for row in services.organisations.rows(include_deleted=True)}


def test_organisation_overview(services: Services, ids: Ids) -> None:
    world = _world(services, ids)
    services.projects.delete(world.fete)
    overview = services.organisations.overview(world.voisins)
    assert overview.organisation.name == "Collectif Voisins"
    assert [p.full_name for p in overview.people] == ["Karim Benali", "Awa Diallo"]
    assert [(project.title, part.role) for project, part in overview.projects] == [
        ("Consortium emploi", PartnerRole.SUPPORT)]
    empty = services.organisations.create(OrganisationFields(name="Nouvelle asso")).id
    overview = services.organisations.overview(empty)
    assert overview.people == () and overview.projects == ()


def test_person_rows(services: Services, ids: Ids) -> None:
    world = _world(services, ids)
    rows = services.people.rows()
    assert [(row.person.full_name, row.organisation_name) for row in rows] == [
        ("Ali Benali", "Les Jardins du Pont"),
        ("Karim Benali", "Collectif Voisins"),
        ("Awa Diallo", "Collectif Voisins"),
        ("Zoé Martin", ""),
    ]
    assert all(row.id == row.person.id for row in rows)
    assert [r.person.full_name for r in services.people.rows(organisation_id=world.voisins)] == [
        "Karim Benali", "Awa Diallo"]
    assert [r.person.full_name for r in services.people.rows(text="DIALLO")] == ["Awa Diallo"]
    assert [r.person.full_name for r in services.people.rows(text="jdp.fr")] == [
        "Ali Benali"]  # email
    assert len(services.people.rows(text="bénévole")) == 3  # role
    zoe = next(r.id for r in rows if r.person.first_name == "Zoé")
    services.people.delete(zoe)
    assert [r.person.first_name for r in services.people.rows()] == ["Ali", "Karim", "Awa"]
    assert len(services.people.rows(include_deleted=True)) == 4


@pytest.mark.parametrize("name", ["Élan solidaire", "élan solidaire"])
def test_organisation_rows_find_by_part_of_the_name(services: Services, ids: Ids,
                                                    name: str) -> None:
    services.organisations.create(OrganisationFields(name=name))
    assert [r.name for r in services.organisations.rows(text="solidaire")] == [name]
