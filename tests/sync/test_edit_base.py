"""A form names the long-text versions it opened (SYNC.md, "Operations and merge"): a
remote edit that lands while someone types becomes a visible conflict on every laptop,
never a silent overwrite; a long text the person did not touch keeps the remote edit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.meetings import AgendaItemFields, MeetingFields
from coopdesk.services.sync_inbox import ConflictNotice
from coopdesk.store.sync_state import SqlState
from tests.sync.replicas import (
    Laptop,
    fields_of,
    fingerprint,
    make_team,
    open_notices,
    sync_until_quiet,
)


def live_values(laptop: Laptop, table: str, row: str, column: str) -> list[object]:
    with laptop.workspace.db.engine.begin() as conn:
        return [op.value for op in SqlState(conn).live_ops(table, row, column)]


def conflicts(laptop: Laptop) -> set[tuple[str, str, str]]:
    return {(kind_table, row, col) for kind, kind_table, row, col, _detail
            in open_notices(laptop, ["conflict"])}


def team(tmp_path: Path) -> tuple[Laptop, Laptop, str]:
    laptops, _share = make_team(tmp_path, 2)
    alice, bob = laptops
    meeting = alice.services.meetings.create(MeetingFields(
        title="Comité", starts_at=dt.datetime(2024, 5, 2, 18, 0), notes="Ordre du jour"))
    sync_until_quiet(laptops)
    return alice, bob, meeting.id


def test_a_remote_edit_while_the_form_is_open_becomes_a_conflict(tmp_path: Path) -> None:
    alice, bob, meeting_id = team(tmp_path)
    try:
        opened = alice.services.meetings.get(meeting_id)  # Alice opens the form
        assert opened.audit.edit_base
        seen = bob.services.meetings.get(meeting_id)
        bob.services.meetings.update(meeting_id, fields_of(seen, MeetingFields,
                                                           notes="Version de Bob"),
                                     base=seen.audit.edit_base)
        bob.sync()
        alice.sync()  # Bob's text arrives while Alice types
        alice.services.meetings.update(
            meeting_id, fields_of(opened, MeetingFields, notes="Version d'Alice"),
            base=opened.audit.edit_base)
        sync_until_quiet([alice, bob])
        for laptop in (alice, bob):
            assert sorted(map(str, live_values(laptop, "meeting", meeting_id, "notes"))) == [
                "Version d'Alice", "Version de Bob"]
            assert conflicts(laptop) == {("meeting", meeting_id, "notes")}
        assert open_notices(alice) == open_notices(bob)
        assert fingerprint(alice) == fingerprint(bob)
        # the inbox shows both versions, and keeping one closes the conflict everywhere
        notice = next(n for n in alice.services.sync_inbox.notices()
                      if isinstance(n, ConflictNotice) and n.record_id == meeting_id)
        assert sorted(v.text for v in notice.versions) == ["Version d'Alice",
                                                           "Version de Bob"]
        alice.services.sync_inbox.keep_version(notice, notice.versions[0])
        sync_until_quiet([alice, bob])
        assert conflicts(alice) == conflicts(bob) == set()
    finally:
        alice.close()
        bob.close()


def test_without_the_base_the_save_still_replaces_what_is_live(tmp_path: Path) -> None:
    """The behaviour of an edit without a form (command line, scripts) is unchanged."""
    alice, bob, meeting_id = team(tmp_path)
    try:
        opened = alice.services.meetings.get(meeting_id)
        seen = bob.services.meetings.get(meeting_id)
        bob.services.meetings.update(meeting_id, fields_of(seen, MeetingFields,
                                                           notes="Version de Bob"))
        sync_until_quiet([bob, alice])
        alice.services.meetings.update(meeting_id, fields_of(opened, MeetingFields,
                                                             notes="Version d'Alice"))
        sync_until_quiet([alice, bob])
        assert live_values(bob, "meeting", meeting_id, "notes") == ["Version d'Alice"]
        assert conflicts(bob) == set()
    finally:
        alice.close()
        bob.close()


def test_a_text_the_person_did_not_touch_keeps_the_remote_edit(tmp_path: Path) -> None:
    alice, bob, meeting_id = team(tmp_path)
    try:
        opened = alice.services.meetings.get(meeting_id)
        seen = bob.services.meetings.get(meeting_id)
        bob.services.meetings.update(meeting_id, fields_of(seen, MeetingFields,
                                                           notes="Version de Bob"))
        sync_until_quiet([bob, alice])
        # Alice's form still holds the old notes; she only changed the place
        alice.services.meetings.update(meeting_id, fields_of(opened, MeetingFields,
                                                             place="Salle des fêtes"),
                                       base=opened.audit.edit_base)
        sync_until_quiet([alice, bob])
        for laptop in (alice, bob):
            meeting = laptop.services.meetings.get(meeting_id)
            assert (meeting.notes, meeting.place) == ("Version de Bob", "Salle des fêtes")
            assert conflicts(laptop) == set()
    finally:
        alice.close()
        bob.close()


def test_agenda_notes_and_other_concept_services_take_the_base(tmp_path: Path) -> None:
    alice, bob, meeting_id = team(tmp_path)
    try:
        item = alice.services.agenda.create(AgendaItemFields(meeting_id=meeting_id,
                                                             title="Budget"))
        action = alice.services.actions.create(ActionFields(title="Devis",
                                                                description="Trois devis"))
        org = alice.services.organisations.create(OrganisationFields(name="Asso",
                                                                     description="Début"))
        sync_until_quiet([alice, bob])
        item_base = alice.services.agenda.get(item.id).audit.edit_base
        action_read = alice.services.actions.get(action.id)
        org_read = alice.services.organisations.get(org.id)
        bob.services.meeting_details.save_notes(item.id, "Notes de Bob", "")
        bob.services.actions.update(action.id, fields_of(
            bob.services.actions.get(action.id), ActionFields, description="Deux devis"))
        bob.services.organisations.update(org.id, fields_of(
            bob.services.organisations.get(org.id), OrganisationFields, description="Bob"))
        sync_until_quiet([bob, alice])
        alice.services.meeting_details.save_notes(item.id, "Notes d'Alice", "",
                                                  base=item_base)
        alice.services.actions.update(action.id, fields_of(
            action_read, ActionFields, description="Quatre devis"),
            base=action_read.audit.edit_base)
        alice.services.organisations.update(org.id, fields_of(
            org_read, OrganisationFields, description="Alice"), base=org_read.audit.edit_base)
        sync_until_quiet([alice, bob])
        expected = {("agenda_item", item.id, "notes"), ("action", action.id, "description"),
                    ("organisation", org.id, "description")}
        assert conflicts(alice) == conflicts(bob) == expected
    finally:
        alice.close()
        bob.close()


def test_a_token_for_another_record_or_a_damaged_one_is_ignored(tmp_path: Path) -> None:
    alice, bob, meeting_id = team(tmp_path)
    try:
        other = alice.services.meetings.create(MeetingFields(
            title="Bureau", starts_at=dt.datetime(2024, 6, 2, 18, 0), notes="Autre"))
        wrong = alice.services.meetings.get(other.id).audit.edit_base
        for token in (wrong, "{not json", '{"table": 3}'):
            opened = alice.services.meetings.get(meeting_id)
            alice.services.meetings.update(meeting_id, fields_of(
                opened, MeetingFields, notes=f"Nouveau {len(token)}"), base=token)
            assert alice.services.meetings.get(meeting_id).notes == f"Nouveau {len(token)}"
        assert conflicts(alice) == set()
    finally:
        alice.close()
        bob.close()


def test_read_models_compare_equal_with_or_without_the_base(tmp_path: Path) -> None:
    alice, bob, meeting_id = team(tmp_path)
    try:
        read = alice.services.meetings.get(meeting_id)
        listed = next(m for m in alice.services.meetings.list() if m.id == meeting_id)
        assert read.audit.edit_base and not listed.audit.edit_base
        assert read == listed
        assert dataclasses.replace(read.audit, edit_base="") == read.audit
    finally:
        alice.close()
        bob.close()
