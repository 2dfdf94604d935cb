"""A change this version cannot store is kept aside, listed in one notice, and never stops
sync; unknown stored values read as "unknown value" (issue 13, parts 1 and 6).

Real workspaces and a real shared folder: Alice's laptop writes the files with the real
writer, after her outbox op is changed the way a buggy or newer version would write it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from coopdesk import __version__
from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import ActionStatus, UnknownValue
from coopdesk.services.export import export_json
from coopdesk.services.sharing.inbox import QuarantineNotice
from coopdesk.store.workspace import Workspace
from tests.services.sync_pair import Pair, make_pair


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path)
    yield made
    made.close()


def tamper_outbox(workspace: Workspace, column: str, value: Any) -> None:
    """Change the value of Alice's not yet shared op on *column*, as a buggy writer would."""
    with workspace.db.engine.begin() as conn:
        changed = conn.execute(text(
            "UPDATE sync_op SET value = :value WHERE exported = 0 AND col = :col"),
            {"value": json.dumps(value), "col": column}).rowcount
    assert changed == 1


def quarantine(pair_side: Any) -> QuarantineNotice | None:
    found = [n for n in pair_side.services.sync_inbox.notices()
             if isinstance(n, QuarantineNotice)]
    assert len(found) <= 1  # one notice, whatever the number of refused changes
    return found[0] if found else None


def test_a_null_required_field_is_kept_aside_and_sync_goes_on(pair: Pair) -> None:
    alice, bob = pair.alice, pair.bob
    org = alice.services.organisations.create(OrganisationFields(name="Asso du Pont")).id
    pair.sync()
    alice.services.organisations.update(org, OrganisationFields(name="Asso du Pont-Neuf"))
    tamper_outbox(alice.workspace, "name", None)
    other = alice.services.organisations.create(OrganisationFields(name="Centre social")).id
    alice.sync()
    bob.sync()
    bob.sync()  # the next sync succeeds too: nothing is stuck
    assert bob.services.organisations.get(org).name == "Asso du Pont"  # not applied
    assert bob.services.organisations.get(other).name == "Centre social"  # the rest is
    notice = quarantine(bob)
    assert notice is not None and len(notice.changes) == 1
    change = notice.changes[0]
    assert (change.record_kind, change.record_id, change.field, change.reason) == (
        "organisation", org, "name", "required")
    assert (change.author, change.author_org) == ("Alice Martin", "Asso du Pont")
    with alice.workspace.db.engine.begin() as conn:
        assert change.replica == alice.workspace.db.sync.ensure(conn)
    assert change.app_version == __version__
    # kept: the op is in Bob's log, and a later valid change from Alice clears the notice
    with bob.workspace.db.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_op WHERE col = 'name' "
                                 "AND value = 'null'")).scalar() == 1
    alice.services.organisations.update(org, OrganisationFields(name="Asso du Pont Neuf"))
    pair.sync()
    bob.sync()
    assert bob.services.organisations.get(org).name == "Asso du Pont Neuf"
    assert quarantine(bob) is None


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("status", "zzz", "not_allowed"),
    ("status", 3, "wrong_type"),
    ("title", "x" * 501, "too_long"),
    ("title", "   ", "required"),
    ("due_on", "not a date", "wrong_type"),
    ("due_on", "2026-01-01T10:00:00+02:00", "wrong_type"),
])
def test_every_kind_of_bad_value_is_refused_by_name(pair: Pair, column: str, value: Any,
                                                    reason: str) -> None:
    alice, bob = pair.alice, pair.bob
    action = alice.services.actions.create(ActionFields(title="Plan de com")).id
    pair.sync()
    fields = {"status": ActionFields(title="Plan de com", status=ActionStatus.DONE),
              "title": ActionFields(title="Plan de communication"),
              "due_on": ActionFields(title="Plan de com", due_on=dt.date(2026, 5, 1))}[column]
    alice.services.actions.update(action, fields)
    tamper_outbox(alice.workspace, column, value)
    alice.sync()
    bob.sync()
    bob.sync()
    read = bob.services.actions.get(action)
    assert (read.title, read.status, read.due_on) == ("Plan de com", ActionStatus.TODO, None)
    notice = quarantine(bob)
    assert notice is not None
    assert [(c.field, c.reason) for c in notice.changes] == [(column, reason)]
    bob.services.actions.rows()  # the lists read


def test_a_reference_to_a_row_not_here_is_kept_and_reads_as_no_link(pair: Pair) -> None:
    """SYNC.md: a child may arrive before its parent (or the parent is private to its
    writer, or purged): the id is stored as it is, never refused, and reads tolerate it."""
    alice, bob = pair.alice, pair.bob
    action = alice.services.actions.create(ActionFields(title="Plan de com")).id
    alice.sync()
    alice.services.actions.update(action, ActionFields(title="Plan de com 2"))
    with alice.workspace.db.engine.begin() as conn:
        conn.execute(text("INSERT INTO sync_op (replica, seq, hlc, wall, tx, tbl, row_id, "
                          "col, value, ctx, author, author_org, exported) SELECT replica, "
                          "seq + 1, hlc, wall, tx, tbl, row_id, 'project_id', "
                          "'\"0190a0a0-0000-7000-8000-000000000000\"', '[]', author, "
                          "author_org, 0 FROM sync_op WHERE exported = 0 "
                          "ORDER BY seq DESC LIMIT 1"))
    alice.sync()
    bob.sync()
    bob.sync()
    assert bob.services.actions.get(action).project_id == (
        "0190a0a0-0000-7000-8000-000000000000")
    assert quarantine(bob) is None
    assert any(row.action.id == action for row in bob.services.actions.rows())


def test_an_unknown_enum_value_in_the_database_reads_as_unknown_and_is_kept(
        pair: Pair) -> None:
    bob = pair.bob
    action = bob.services.actions.create(ActionFields(title="Plan de com")).id
    with bob.workspace.db.engine.begin() as conn:
        conn.execute(text("UPDATE action SET status = 'zzz' WHERE id = :id"), {"id": action})
    read = bob.services.actions.get(action)
    assert isinstance(read.status, UnknownValue) and read.status.value == "zzz"
    from coopdesk.services.action_plan import ActionFilter
    rows = bob.services.actions.rows(ActionFilter(statuses=frozenset()))
    assert any(r.action.id == action for r in rows)
    # an unrelated edit keeps it
    bob.services.actions.update(action, ActionFields(title="Plan de communication",
                                                     status=read.status))
    with bob.workspace.db.engine.begin() as conn:
        assert conn.execute(text("SELECT status FROM action WHERE id = :id"),
                            {"id": action}).scalar() == "zzz"


def test_converged_laptops_export_the_same_rows_to_the_microsecond(pair: Pair,
                                                               tmp_path: Path) -> None:
    alice, bob = pair.alice, pair.bob
    org = alice.services.organisations.create(OrganisationFields(name="Asso du Pont")).id
    pair.sync()
    bob_org = bob.services.organisations.create(OrganisationFields(name="Collectif")).id
    alice.services.organisations.update(org, OrganisationFields(name="Asso du Pont-Neuf"))
    alice.services.actions.create(ActionFields(title="Plan de com"))
    pair.sync()
    bob.services.organisations.delete(bob_org)
    pair.sync()
    pair.sync()
    export_json(alice.workspace, tmp_path / "a.json")
    export_json(bob.workspace, tmp_path / "b.json")
    a = json.loads((tmp_path / "a.json").read_text("utf-8"))["tables"]
    b = json.loads((tmp_path / "b.json").read_text("utf-8"))["tables"]
    assert a == b
    # the times come from the changes' own (microsecond) times, on the writer too
    assert a["organisation"] and all(
        row["created_at"] and "." in row["created_at"] for row in a["organisation"])
