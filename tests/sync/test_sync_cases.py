"""What sync must show on real workspaces (SYNC.md tests 2-6): re-import changes nothing,
no edit is silently lost, causality beats clocks, a delete never swallows a concurrent
edit, long-text conflicts look the same everywhere and one write settles them, and private
contact-log entries never reach the share."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import ExchangeKind
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services import read_models as rm
from coopdesk.services.sharing.service import SyncService
from coopdesk.store.base import table_of
from coopdesk.store.models.sync_tables import SyncFile, SyncOp
from coopdesk.store.sync_state import SqlState
from coopdesk.sync import frame
from coopdesk.sync.hlc import wall_ms
from coopdesk.sync.ops import Dot
from tests.sync.replicas import (
    Laptop,
    domain_tables,
    fields_of,
    fingerprint,
    lost_ops,
    make_team,
    open_notices,
    share_files,
    sync_until_quiet,
)

YEAR_MS = 365 * 24 * 3600 * 1000


@pytest.fixture
def team(tmp_path: Path) -> Iterator[list[Laptop]]:
    """Alice shares a workspace holding an organisation and a meeting; Bob and Chloé joined."""
    laptops, _share = make_team(tmp_path, 3)
    alice = laptops[0].services
    alice.organisations.create(OrganisationFields(name="Asso des Tilleuls", city="Lyon"))
    alice.meetings.create(MeetingFields(title="Comité de pilotage",
                                        starts_at=dt.datetime(2024, 5, 2, 18, 0),
                                        notes="Ordre du jour"))
    sync_until_quiet(laptops)
    yield laptops
    for laptop in laptops:
        laptop.close()


def org_of(laptop: Laptop) -> rm.Organisation:
    return laptop.services.organisations.list(include_deleted=True)[0]


def meeting_of(laptop: Laptop) -> rm.Meeting:
    return laptop.services.meetings.list()[0]


def set_clock(laptop: Laptop, skew_ms: int) -> None:
    """This laptop's clock is *skew_ms* off (negative: behind)."""
    laptop.workspace.db.sync.physical = lambda: wall_ms() + skew_ms
    laptop.workspace.db.sync.reset()


def assert_converged(laptops: list[Laptop], tmp_path: Path) -> None:
    tables = domain_tables(laptops[0], tmp_path / "export.json")
    for other in laptops[1:]:
        assert domain_tables(other, tmp_path / "export.json") == tables
        assert fingerprint(other) == fingerprint(laptops[0])
        assert open_notices(other) == open_notices(laptops[0])
    for laptop in laptops:
        assert lost_ops(laptop) == []


# -- 2. idempotence ------------------------------------------------------------------------
def test_reimporting_every_file_changes_nothing(team: list[Laptop], tmp_path: Path) -> None:
    _alice, bob, chloe = team
    chloe.services.organisations.create(OrganisationFields(name="Centre social Nord"))
    bob.services.organisations.create(OrganisationFields(name="Jardin partagé"))
    sync_until_quiet(team)
    before = (fingerprint(bob), domain_tables(bob, tmp_path / "x.json"), open_notices(bob))
    with bob.workspace.db.engine.begin() as conn:
        conn.execute(delete(table_of(SyncFile)))  # forget which files were read
    report = bob.sync()
    segments = [p for p in share_files(tmp_path / "share") if p.suffix == ".cdseg"]
    assert len(segments) == 3
    assert (report.imported_ops, report.exported_ops, report.problems) == (0, 0, [])
    assert report.duplicates == 3
    assert (fingerprint(bob), domain_tables(bob, tmp_path / "x.json"),
            open_notices(bob)) == before


# -- 3. no silent loss ---------------------------------------------------------------------
def test_concurrent_short_edits_keep_both_until_someone_writes_again(
        team: list[Laptop], tmp_path: Path) -> None:
    alice, bob, chloe = team
    org = org_of(alice)
    alice.services.organisations.update(org.id, fields_of(org, OrganisationFields,
                                                          name="Tilleuls (Alice)"))
    bob.services.organisations.update(org.id, fields_of(org_of(bob), OrganisationFields,
                                                        name="Tilleuls (Bob)"))
    sync_until_quiet(team)
    names = {laptop.services.organisations.get(org.id).name for laptop in team}
    assert len(names) == 1  # the same winner everywhere
    with chloe.workspace.db.engine.begin() as conn:
        live = SqlState(conn).live_ops("organisation", org.id, "name")
    assert sorted(op.value for op in live) == ["Tilleuls (Alice)", "Tilleuls (Bob)"]
    assert_converged(team, tmp_path)
    # Chloé's edit names both versions: they are replaced, not lost
    chloe.services.organisations.update(org.id, fields_of(
        chloe.services.organisations.get(org.id), OrganisationFields, name="Tilleuls"))
    sync_until_quiet(team)
    with alice.workspace.db.engine.begin() as conn:
        live = SqlState(conn).live_ops("organisation", org.id, "name")
    assert [op.value for op in live] == ["Tilleuls"]
    assert {d.replica for d in live[0].ctx} == {alice.me, bob.me}
    assert_converged(team, tmp_path)


# -- 4. causality beats clocks -------------------------------------------------------------
def test_a_laptop_years_behind_wins_when_it_edits_after_seeing(
        team: list[Laptop], tmp_path: Path) -> None:
    alice, bob, _chloe = team
    set_clock(bob, -5 * YEAR_MS)
    org = org_of(alice)
    alice.services.organisations.update(org.id, fields_of(org, OrganisationFields,
                                                          city="Villeurbanne"))
    alice.sync()
    bob.sync()
    assert bob.services.organisations.get(org.id).city == "Villeurbanne"
    bob.services.organisations.update(org.id, fields_of(
        bob.services.organisations.get(org.id), OrganisationFields, city="Vénissieux"))
    sync_until_quiet(team)
    for laptop in team:
        assert laptop.services.organisations.get(org.id).city == "Vénissieux"
    assert_converged(team, tmp_path)


def test_a_clock_far_ahead_is_reported_by_name_and_does_not_win_later_edits(
        team: list[Laptop], tmp_path: Path) -> None:
    alice, _bob, chloe = team
    set_clock(chloe, 3 * YEAR_MS)
    meeting = meeting_of(chloe)
    chloe.services.meetings.update(meeting.id, fields_of(meeting, MeetingFields,
                                                         place="Salle du futur"))
    chloe.sync()
    report = alice.sync()
    assert report.clock_warnings == ["Chloé Girard"]
    notices = [n for n in SyncService(alice.workspace).notices() if n.kind == "clock"]
    assert len(notices) == 1 and notices[0].column == chloe.me
    assert notices[0].detail["author"] == "Chloé Girard"
    assert notices[0].detail["ahead_ms"] > 2 * YEAR_MS
    # Alice's later edit names Chloé's and wins everywhere, clock or not
    alice.services.meetings.update(meeting.id, fields_of(
        alice.services.meetings.get(meeting.id), MeetingFields, place="Salle 2"))
    sync_until_quiet(team)
    for laptop in team:
        assert laptop.services.meetings.get(meeting.id).place == "Salle 2"
    assert_converged(team, tmp_path)


# -- 5. deletes ------------------------------------------------------------------------------
def test_delete_against_a_concurrent_edit_keeps_the_row_with_a_notice(
        team: list[Laptop], tmp_path: Path) -> None:
    alice, bob, chloe = team
    org = org_of(alice)
    alice.services.delete("organisation", org.id)
    bob.services.organisations.update(org.id, fields_of(org_of(bob), OrganisationFields,
                                                        phone="04 78 00 00 00"))
    sync_until_quiet(team)
    for laptop in team:
        kept = laptop.services.organisations.get(org.id)
        assert kept.audit.deleted_at is None and kept.phone == "04 78 00 00 00"
        assert {(n[0], n[2]) for n in open_notices(laptop)} == {("delete_edit", org.id)}
    detail = json.loads(next(iter(open_notices(chloe)))[4])
    assert detail == {"deleted_by": "Alice Martin", "edited_by": "Bob Leroy"}
    assert_converged(team, tmp_path)
    # deleting again, having seen the edit, deletes it everywhere and settles the notice
    chloe.services.delete("organisation", org.id)
    assert open_notices(chloe) == set()
    sync_until_quiet(team)
    for laptop in team:
        assert laptop.services.organisations.get(org.id).audit.deleted_at is not None
        assert open_notices(laptop) == set()
    assert_converged(team, tmp_path)


def test_restore_works_across_laptops(team: list[Laptop], tmp_path: Path) -> None:
    alice, bob, chloe = team
    meeting = meeting_of(alice)
    alice.services.delete("meeting", meeting.id)
    sync_until_quiet(team)
    assert [item.id for item in chloe.services.trash()] == [meeting.id]
    bob.services.restore("meeting", meeting.id)
    sync_until_quiet(team)
    for laptop in team:
        assert laptop.services.trash() == []
        assert laptop.services.meetings.get(meeting.id).title == "Comité de pilotage"
    assert_converged(team, tmp_path)


# -- 6. long-text conflicts --------------------------------------------------------------------
def test_text_conflict_is_the_same_everywhere_and_one_write_settles_it(
        team: list[Laptop], tmp_path: Path) -> None:
    alice, bob, chloe = team
    meeting = meeting_of(alice)
    alice.services.meetings.update(meeting.id, fields_of(meeting, MeetingFields,
                                                         notes="Notes d'Alice"))
    bob.services.meetings.update(meeting.id, fields_of(meeting_of(bob), MeetingFields,
                                                       notes="Notes de Bob"))
    sync_until_quiet(team)
    conflicts = [open_notices(laptop) for laptop in team]
    assert conflicts[0] == conflicts[1] == conflicts[2]
    ((kind, tbl, row, col, detail),) = conflicts[0]
    assert (kind, tbl, row, col) == ("conflict", "meeting", meeting.id, "notes")
    versions = [Dot.decode(d) for d in json.loads(detail)["versions"]]
    assert {d.replica for d in versions} == {alice.me, bob.me}
    lines = [n for n in SyncService(chloe.workspace).notices() if n.kind == "conflict"]
    assert lines[0].title == "Comité de pilotage"
    assert sorted(lines[0].authors) == ["Alice Martin — Asso du Pont",
                                        "Bob Leroy — Collectif Voisins"]
    shown = {laptop.services.meetings.get(meeting.id).notes for laptop in team}
    assert len(shown) == 1  # every laptop shows the same version meanwhile
    assert_converged(team, tmp_path)
    # Chloé writes a merge: one op naming both versions settles it everywhere
    chloe.services.meetings.update(meeting.id, fields_of(
        chloe.services.meetings.get(meeting.id), MeetingFields,
        notes="Notes d'Alice et de Bob"))
    assert open_notices(chloe) == set()
    sync_until_quiet(team)
    with alice.workspace.db.engine.begin() as conn:
        resolving = conn.execute(select(SyncOp.__table__).where(
            SyncOp.__table__.c.replica == chloe.me,
            SyncOp.__table__.c.col == "notes")).one()
    assert {Dot(r, s) for r, s in json.loads(resolving.ctx)} == set(versions)
    for laptop in team:
        assert laptop.services.meetings.get(meeting.id).notes == "Notes d'Alice et de Bob"
        assert open_notices(laptop) == set()
    assert_converged(team, tmp_path)


# -- private entries ---------------------------------------------------------------------------
def payloads(shared: Path) -> list[bytes]:
    """Every file on the share, raw and, for our files, decompressed."""
    found = []
    for path in share_files(shared):
        data = path.read_bytes()
        found.append(data)
        if path.suffix == ".cdseg":
            result = frame.decode(data)
            assert result.payload is not None
            found.append(result.payload)
    return found


def test_private_entries_never_reach_the_share(team: list[Laptop], tmp_path: Path) -> None:
    alice, bob, _chloe = team
    secret = "Confidence-Zorglub-4242"
    org = org_of(alice).id
    alice.services.exchanges.create(ContactLogEntryFields(
        kind=ExchangeKind.CALL, occurred_on=dt.date(2024, 3, 5), subject=secret,
        summary=f"{secret} : à garder pour moi", is_private=True, organisation_id=org))
    entry = alice.services.exchanges.create(ContactLogEntryFields(
        kind=ExchangeKind.MEETING, occurred_on=dt.date(2024, 3, 6), subject="Réunion publique",
        organisation_id=org))
    sync_until_quiet(team)
    assert [e.subject for e in bob.services.exchanges.list()] == ["Réunion publique"]
    # made private later: its new content stays here, and it leaves the other laptops
    public = alice.services.exchanges.get(entry.id)
    alice.services.exchanges.update(entry.id, fields_of(
        public, ContactLogEntryFields, is_private=True, summary=f"{secret} (ajouté)"))
    sync_until_quiet(team)
    assert bob.services.exchanges.list(include_deleted=True) == []
    assert alice.services.exchanges.get(entry.id).summary == f"{secret} (ajouté)"
    shared = tmp_path / "share"
    for data in payloads(shared):
        assert secret.encode() not in data
    assert any("Réunion publique".encode() in data for data in payloads(shared))
    # and made shared again, it comes back whole
    alice.services.exchanges.update(entry.id, fields_of(
        alice.services.exchanges.get(entry.id), ContactLogEntryFields, is_private=False,
        summary="Compte rendu public"))
    sync_until_quiet(team)
    assert bob.services.exchanges.get(entry.id).summary == "Compte rendu public"
    assert open_notices(bob) == set()  # back in full, not as an edit of a deleted row
    assert_converged(team, tmp_path)


def test_a_remote_edit_never_overwrites_an_entry_made_private_here(
        team: list[Laptop]) -> None:
    alice, bob, chloe = team
    entry = alice.services.exchanges.create(ContactLogEntryFields(
        kind=ExchangeKind.CALL, occurred_on=dt.date(2024, 3, 5), subject="Appel à la mairie",
        organisation_id=org_of(alice).id))
    sync_until_quiet(team)
    alice.services.exchanges.update(entry.id, fields_of(
        alice.services.exchanges.get(entry.id), ContactLogEntryFields, is_private=True,
        summary="Ce que m'a dit l'adjoint, pour moi seule"))
    bob.services.exchanges.update(entry.id, fields_of(
        bob.services.exchanges.get(entry.id), ContactLogEntryFields,
        summary="Rappeler jeudi"))
    sync_until_quiet(team)
    mine = alice.services.exchanges.get(entry.id)
    assert (mine.is_private, mine.summary) == (True, "Ce que m'a dit l'adjoint, pour moi seule")
    # the others keep Bob's edit, made without seeing it leave: nothing of his is lost
    for laptop in (bob, chloe):
        theirs = laptop.services.exchanges.get(entry.id)
        assert (theirs.is_private, theirs.summary) == (False, "Rappeler jeudi")
        assert {n[0] for n in open_notices(laptop)} == {"delete_edit"}
