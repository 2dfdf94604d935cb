"""The conflict and notice inbox: listing, each resolution, duplicates and their merge."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.errors import ConflictError, CoopdeskError, ValidationError
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.domain.validation import LONG_TEXT_MAX
from coopdesk.services.sharing.inbox import (
    ClockNotice,
    ConflictNotice,
    DeleteEditNotice,
    DuplicateGroup,
    ForkNotice,
)
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.types import NOTICE_KIND
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.sync.hlc import HybridClock, wall_ms
from tests.conftest import TEST_PROFILE
from tests.services.sync_pair import ALICE, Laptop, Pair, pair_fixture

PERSON = PersonFields(first_name="Inès", last_name="Garcia", notes="Première version")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from pair_fixture(tmp_path)


def conflicts(services: Services) -> list[ConflictNotice]:
    return [n for n in services.sync_inbox.notices() if isinstance(n, ConflictNotice)]


def notes_conflict(pair: Pair) -> str:
    """Alice and Bob edit the same person's notes without seeing each other."""
    alice, bob = pair.alice.services, pair.bob.services
    person = alice.people.create(PERSON).id
    pair.sync()
    alice.people.update(person, replace(PERSON, notes="Notes d'Alice"))
    bob.people.update(person, replace(PERSON, notes="Notes de Bob"))
    pair.sync()
    return person


# -- conflicts ---------------------------------------------------------------------------
def test_a_text_conflict_lists_every_version_the_same_on_both_laptops(pair: Pair) -> None:
    person = notes_conflict(pair)
    seen = []
    for laptop in (pair.alice, pair.bob):
        (notice,) = conflicts(laptop.services)
        assert (notice.record_kind, notice.record_id, notice.field) == ("person", person,
                                                                       "notes")
        assert notice.record_title == "Inès Garcia"
        seen.append([(v.author, v.author_org, v.text) for v in notice.versions])
        assert laptop.services.people.get(person).notes == notice.versions[-1].text
    assert seen[0] == seen[1]
    assert sorted(seen[0]) == [("Alice Martin", "Asso du Pont", "Notes d'Alice"),
                               ("Bob Leroy", "Collectif Voisins", "Notes de Bob")]


@pytest.mark.parametrize("keep", ["Alice Martin", "Bob Leroy"])
def test_keeping_one_version_closes_the_notice_everywhere(pair: Pair, keep: str) -> None:
    person = notes_conflict(pair)
    (notice,) = conflicts(pair.alice.services)
    chosen = next(v for v in notice.versions if v.author == keep)

    changes = pair.alice.services.sync_inbox.keep_version(notice, chosen)

    assert changes.touches("person", NOTICE_KIND) and person in changes.ids
    assert conflicts(pair.alice.services) == []
    assert pair.alice.services.people.get(person).notes == chosen.text
    pair.sync()
    assert conflicts(pair.bob.services) == []
    assert pair.bob.services.people.get(person).notes == chosen.text


def test_a_merged_text_closes_the_notice_everywhere(pair: Pair) -> None:
    person = notes_conflict(pair)
    (notice,) = conflicts(pair.bob.services)

    pair.bob.services.sync_inbox.save_merged(notice, "Notes d'Alice\nNotes de Bob")

    pair.sync()
    for laptop in (pair.alice, pair.bob):
        assert conflicts(laptop.services) == []
        assert laptop.services.people.get(person).notes == "Notes d'Alice\nNotes de Bob"
    newest = pair.alice.services.history.of("person", person)[0]
    assert newest.author == "Bob Leroy" and newest.fields == ("notes",)


def test_a_version_arriving_while_resolving_keeps_the_conflict_open(pair: Pair) -> None:
    person = notes_conflict(pair)
    (shown,) = conflicts(pair.alice.services)  # Alice opens the conflict...
    bob_notice = conflicts(pair.bob.services)[0]
    pair.bob.services.sync_inbox.save_merged(bob_notice, "Troisième version de Bob")
    pair.sync()  # ... Bob's third version arrives meanwhile ...
    alice_version = next(v for v in shown.versions if v.author == "Alice Martin")

    pair.alice.services.sync_inbox.keep_version(shown, alice_version)  # ... she keeps hers.

    (still,) = conflicts(pair.alice.services)
    assert sorted(v.text for v in still.versions) == ["Notes d'Alice",
                                                      "Troisième version de Bob"]
    assert person == still.record_id


def test_a_merged_text_too_long_is_refused(pair: Pair) -> None:
    notes_conflict(pair)
    (notice,) = conflicts(pair.alice.services)
    with pytest.raises(ValidationError):
        pair.alice.services.sync_inbox.save_merged(notice, "x" * (LONG_TEXT_MAX + 1))
    assert len(conflicts(pair.alice.services)) == 1


# -- deleted while edited ----------------------------------------------------------------
def delete_edit(pair: Pair) -> str:
    alice, bob = pair.alice.services, pair.bob.services
    org = alice.organisations.create(OrganisationFields(name="Asso des Jardins")).id
    pair.sync()
    alice.organisations.delete(org)
    bob.organisations.update(org, OrganisationFields(name="Asso des Jardins", city="Bron"))
    pair.sync()
    return org


def delete_notices(services: Services) -> list[DeleteEditNotice]:
    return [n for n in services.sync_inbox.notices() if isinstance(n, DeleteEditNotice)]


def test_deleted_while_edited_names_both_people(pair: Pair) -> None:
    org = delete_edit(pair)
    for laptop in (pair.alice, pair.bob):
        (notice,) = delete_notices(laptop.services)
        assert (notice.record_id, notice.record_title) == (org, "Asso des Jardins")
        assert (notice.deleted_by, notice.edited_by) == ("Alice Martin", "Bob Leroy")
        assert laptop.services.organisations.get(org).audit.deleted_at is None


def test_keeping_the_edited_record_settles_it_everywhere(pair: Pair) -> None:
    org = delete_edit(pair)
    (notice,) = delete_notices(pair.alice.services)

    pair.alice.services.sync_inbox.keep_record(notice)

    assert delete_notices(pair.alice.services) == []
    pair.sync()
    for laptop in (pair.alice, pair.bob):
        assert delete_notices(laptop.services) == []
        record = laptop.services.organisations.get(org)
        assert record.audit.deleted_at is None and record.city == "Bron"


def test_deleting_after_all_settles_it_everywhere(pair: Pair) -> None:
    org = delete_edit(pair)
    (notice,) = delete_notices(pair.bob.services)

    changes = pair.bob.services.sync_inbox.delete_record(notice)

    assert changes.touches("organisation")
    pair.sync()
    for laptop in (pair.alice, pair.bob):
        assert delete_notices(laptop.services) == []
        record = laptop.services.organisations.get(org)
        assert record.audit.deleted_at is not None and record.audit.deleted_by == "Bob Leroy"


# -- warnings ----------------------------------------------------------------------------
def test_a_clock_far_ahead_names_the_device_person_and_can_be_dismissed(pair: Pair) -> None:
    two_days = 2 * 24 * 3600 * 1000
    with pair.bob.workspace.db.engine.begin() as conn:
        pair.bob.workspace.db.sync.ensure(conn)
    bob_sync = pair.bob.workspace.db.sync
    bob_sync.clock = HybridClock(bob_sync.clock.last, physical=lambda: wall_ms() + two_days)
    pair.bob.services.organisations.create(OrganisationFields(name="Asso du futur"))
    pair.bob.sync()
    pair.alice.sync()

    (notice,) = [n for n in pair.alice.services.sync_inbox.notices()
                 if isinstance(n, ClockNotice)]

    assert (notice.person, notice.organisation) == ("Bob Leroy", "Collectif Voisins")
    assert notice.ahead_ms > 24 * 3600 * 1000
    pair.alice.services.sync_inbox.dismiss(notice)
    assert not any(isinstance(n, ClockNotice) for n in pair.alice.services.sync_inbox.notices())


def test_a_cloned_laptop_is_a_fork_warning(pair: Pair, tmp_path: Path) -> None:
    pair.alice.services.organisations.create(OrganisationFields(name="Asso du Pont"))
    pair.alice.sync()
    pair.alice.workspace.close()
    shutil.copytree(pair.alice.workspace.folder, tmp_path / "clone")
    pair.alice.workspace = Workspace.open(pair.alice.workspace.folder, ALICE)
    pair.alice.services = Services(pair.alice.workspace)
    cloned = Workspace.open(tmp_path / "clone", ALICE)
    clone = Laptop(cloned, Services(cloned))
    try:
        clone.services.organisations.create(OrganisationFields(name="Écrit par le clone"))
        clone.sync()
        pair.alice.services.organisations.create(OrganisationFields(name="Écrit par Alice"))
        pair.alice.sync()
        forks = [n for n in pair.alice.services.sync_inbox.notices()
                 if isinstance(n, ForkNotice)]
        assert len(forks) == 1
        pair.alice.services.sync_inbox.dismiss(forks[0])
        assert not any(isinstance(n, ForkNotice)
                       for n in pair.alice.services.sync_inbox.notices())
    finally:
        cloned.close()


# -- duplicates --------------------------------------------------------------------------
def test_possible_duplicates_ignore_case_accents_spaces_and_the_trash(
        services: Services) -> None:
    orgs = services.organisations
    first = orgs.create(OrganisationFields(name="Asso du Pont", city="Lyon")).id
    second = orgs.create(OrganisationFields(name="  ASSO  du pont")).id
    trashed = orgs.create(OrganisationFields(name="Asso du Pônt")).id
    orgs.delete(trashed)
    orgs.create(OrganisationFields(name="Asso du Pont-Neuf"))
    people = services.people
    elise = people.create(PersonFields(first_name="Élise", last_name="Martin",
                                       organisation_id=first)).id
    other = people.create(PersonFields(first_name="elise", last_name="MARTIN",
                                       email="elise@example.org")).id

    groups = services.sync_inbox.duplicates()

    assert [(g.record_kind, {r.id for r in g.records}) for g in groups] == [
        ("organisation", {first, second}), ("person", {elise, other})]
    assert {r.id: r.detail for r in groups[1].records} == {
        elise: "Asso du Pont", other: "elise@example.org"}
    assert {r.id: r.references for r in groups[0].records} == {first: 1, second: 0}
    assert [n for n in services.sync_inbox.notices() if isinstance(n, DuplicateGroup)] == \
        list(groups)


def test_ignored_duplicates_are_not_proposed_again(services: Services) -> None:
    services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    (group,) = services.sync_inbox.duplicates()
    services.sync_inbox.ignore_duplicates(group)
    assert services.sync_inbox.duplicates() == ()
    services.people.create(PersonFields(first_name="paul", last_name="petit"))
    (again,) = services.sync_inbox.duplicates()
    assert len(again.records) == 3


def test_merging_organisations_repoints_every_reference(services: Services) -> None:
    orgs = services.organisations
    keep = orgs.create(OrganisationFields(name="Asso du Pont", city="Lyon")).id
    double = orgs.create(OrganisationFields(name="asso du pont")).id
    person = services.people.create(PersonFields(first_name="Inès",
                                                 organisation_id=double)).id
    shared = services.projects.create(ProjectFields(title="Fête de quartier")).id
    other = services.projects.create(ProjectFields(title="Jardin partagé",
                                                   lead_organisation_id=double)).id
    services.partners.create(ProjectPartnerFields(project_id=shared, organisation_id=keep))
    redundant = services.partners.create(ProjectPartnerFields(
        project_id=shared, organisation_id=double, contribution="Salle")).id
    moved = services.partners.create(ProjectPartnerFields(project_id=other,
                                                          organisation_id=double)).id
    action = services.actions.create(ActionFields(title="Appeler la mairie",
                                                  owner_organisation_id=double)).id

    changes = services.sync_inbox.merge_duplicates("organisation", keep, (double,))

    assert changes.touches("organisation", "person", "project", "project_partner", "action")
    assert services.people.get(person).organisation_id == keep
    assert services.projects.get(other).lead_organisation_id == keep
    assert services.partners.get(moved).organisation_id == keep
    assert services.partners.get(moved).audit.deleted_at is None
    assert services.partners.get(redundant).audit.deleted_at is not None
    assert services.actions.get(action).owner_organisation_id == keep
    gone = services.organisations.get(double)
    assert gone.audit.deleted_at is not None and gone.audit.deleted_by == TEST_PROFILE.name
    assert services.sync_inbox.duplicates() == ()
    # One transaction on each record: one entry in its history.
    assert len(services.history.of("person", person)) == 2


def test_a_merge_that_fails_changes_nothing(services: Services) -> None:
    keep = services.organisations.create(OrganisationFields(name="Asso du Pont")).id
    double = services.organisations.create(OrganisationFields(name="Asso du pont")).id
    person = services.people.create(PersonFields(first_name="Inès",
                                                 organisation_id=double)).id
    services.organisations.delete(keep)
    with pytest.raises(ConflictError):
        services.sync_inbox.merge_duplicates("organisation", keep, (double,))
    assert services.people.get(person).organisation_id == double
    assert services.organisations.get(double).audit.deleted_at is None
    with pytest.raises(CoopdeskError):
        services.sync_inbox.merge_duplicates("organisation", double, (double,))


def test_merging_people_repoints_actions(services: Services) -> None:
    keep = services.people.create(PersonFields(first_name="Paul", last_name="Petit")).id
    double = services.people.create(PersonFields(first_name="paul", last_name="petit")).id
    action = services.actions.create(ActionFields(title="Réserver la salle",
                                                  owner_person_id=double)).id
    services.sync_inbox.merge_duplicates("person", keep, (double,))
    assert services.actions.get(action).owner_person_id == keep
    assert services.people.get(double).audit.deleted_at is not None


# -- one sync cycle and what it brought --------------------------------------------------
def test_sync_with_changes_reports_the_imported_records(pair: Pair) -> None:
    org = pair.alice.services.organisations.create(OrganisationFields(name="Asso")).id
    person = pair.alice.services.people.create(PersonFields(first_name="Inès")).id
    pair.alice.sync()

    outcome = SyncService(pair.bob.workspace).sync_with_changes()

    assert outcome.report.imported_ops > 0
    assert outcome.changes.touches("organisation", "person", NOTICE_KIND)
    assert {org, person} <= outcome.changes.ids
    assert outcome.changes.imported_only and not outcome.changes.is_local
    again = SyncService(pair.bob.workspace).sync_with_changes()
    assert not again.changes and again.report.imported_ops == 0


def test_notices_of_a_purged_record_are_left_out(pair: Pair) -> None:
    person = notes_conflict(pair)
    services = pair.alice.services
    services.people.delete(person)
    services.purge("person", person)
    assert conflicts(services) == []
