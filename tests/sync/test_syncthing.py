"""Laptops syncing their shared folders through real Syncthing instances on localhost
(tests/sync/syncthing.py): the cases of tests/sync/test_copied_laptops.py, its helpers and
checks, with the real program instead of the Python copier.

Each laptop's shared folder is the Syncthing folder of its own instance; the instances know
each other by device id and 127.0.0.1 address only (no discovery, relays, NAT, reporting or
upgrades). A laptop is "offline" while its Syncthing has the folder paused (nothing scanned,
sent or received). The tests wait for Syncthing through its REST API (scan, then every
running instance idle, connected and complete, every folder holding the same files), never
by sleeping; a wait that runs out says what each instance reports.

- A workspace folder copied to a new laptop (with a Syncthing of its own), and a backup put
  back: both installations share a file of the same name while one of them is offline;
  when it comes back Syncthing keeps one under the name and makes a `.sync-conflict-…` copy
  of the other, on every laptop. Every laptop ends with both copies' changes (the long text
  in conflict) under the derived ids, both installations go on sharing, nothing is lost or
  left unshared, no laptop reports a problem file, and the notices are those of the
  Python-copier test (the copied-laptop notice says nothing needs doing and does not come
  back once dismissed).
- Two laptops editing through Syncthing converge; a laptop syncing while Syncthing is still
  receiving a segment into `.syncthing.NAME.tmp` (slowed by a receive rate limit) reports
  no problem, and imports the segment once it is complete.

Skipped when the `syncthing` program is not installed; CI installs Debian's package
(.ci/run). 4 tests, about 50 s on two cores busy with other work (each test starts its
instances, about 1 s each; the Python-copier cases take 8 s each on the same machine).
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.domain.meetings import MeetingFields
from coopdesk.sync import share
from tests.sync.replicas import open_notices
from tests.sync.syncthing import SYNCTHING, Mesh, folder_files, temp_files
from tests.sync.test_copied_laptops import (
    Machine,
    alice_shares,
    bob_joins,
    both_copies_share,
    both_edits_kept_then_shared,
    check_converged,
    check_recovered,
    copy_laptop,
    edit_meeting,
    edit_org,
    later_edits_reach_everyone,
    org_named,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SYNCTHING is None, reason="the syncthing program is not installed "
                       "(apt-get install syncthing; CI installs it)"),
]


@pytest.fixture
def mesh(tmp_path: Path) -> Iterator[Mesh]:
    """Syncthing instances, added and started by the test; all stopped at teardown."""
    instances = Mesh(tmp_path / "syncthing")
    try:
        yield instances
    finally:
        instances.stop()


def settle(mesh: Mesh, machines: list[Machine], rounds: int = 8) -> None:
    """Syncthing brings every file to every laptop online, then each laptop syncs; until a
    round in which no laptop reads or writes anything. No laptop reports a problem."""
    for _round in range(rounds):
        mesh.wait_in_sync()
        moved = False
        for machine in machines:
            report = machine.laptop.sync()
            assert not report.fork, report
            assert report.problems == [], report.problems
            moved |= bool(report.imported_ops or report.exported_ops)
        if not moved:
            return
    raise AssertionError("the laptops did not settle\n" + mesh.describe())


def team(mesh: Mesh, tmp_path: Path) -> tuple[Machine, Machine]:
    """Alice shares a workspace in her Syncthing folder; once Syncthing brought it to
    Bob's, Bob joins and edits; all settled."""
    alice = alice_shares(tmp_path, mesh.instances["alice"].folder)
    mesh.wait_in_sync()
    bob = bob_joins(tmp_path, mesh.instances["bob"].folder)
    settle(mesh, [alice, bob])
    return alice, bob


def conflict_copies(machine: Machine) -> list[str]:
    return [name for name in folder_files(machine.local) if ".sync-conflict-" in name]


def check_conflict_copies(machines: list[Machine], shared_id: str) -> None:
    """Syncthing made its conflicted copy of the shared id's segment on every laptop."""
    for machine in machines:
        copies = conflict_copies(machine)
        assert copies, "Syncthing made no conflicted copy"
        assert all(name.startswith(f"{share.ROOT_NAME}/devices/{shared_id}/seg-")
                   and name.endswith(".cdseg") for name in copies), copies


@pytest.mark.parametrize("first", ["original", "copy"])
def test_a_copied_laptop_that_shared_is_recovered_through_syncthing(
        mesh: Mesh, tmp_path: Path, first: str) -> None:
    """Bob's laptop is copied to a new one with its own Syncthing; one of the two is offline
    while both share a file of the same name (the original a second one too) and Alice
    reads the other's; Syncthing makes the conflicted copy when it comes back."""
    mesh.add("alice", tmp_path / "alice-dropbox")
    mesh.add("bob", tmp_path / "bob-dropbox")
    mesh.add("copy", tmp_path / "copy-dropbox", paused=True)  # until its folder is copied
    mesh.start()
    alice, bob = team(mesh, tmp_path)
    copy = copy_laptop(bob, tmp_path / "copy", "Bob (copie)")
    machines = [alice, bob, copy]
    try:
        mesh.resume("copy")
        settle(mesh, machines)  # the same files on both copies: not a conflict
        assert not any(conflict_copies(m) for m in machines)
        shared_id = bob.laptop.me
        org_id = org_named(bob, "Asso des Tilleuls")
        meeting_id = bob.laptop.services.meetings.list()[0].id
        second = "copy" if first == "original" else "bob"
        mesh.pause(second)
        both_copies_share(bob, copy, org_id, meeting_id, original_twice=True)
        mesh.wait_in_sync()
        assert alice.laptop.sync().imported_ops  # Alice reads the first one's files
        mesh.resume(second)
        settle(mesh, machines)
        check_conflict_copies(machines, shared_id)
        check_recovered(machines, shared_id, org_id, meeting_id, original_twice=True)
        check_converged(machines, tmp_path)
        later_edits_reach_everyone(lambda ms: settle(mesh, ms), machines, org_id, tmp_path)
    finally:
        for machine in machines:
            machine.laptop.close()


def test_a_backup_put_back_is_recovered_through_syncthing(mesh: Mesh,
                                                          tmp_path: Path) -> None:
    """Bob's backup (workspace and Syncthing folder) is put back on a new laptop with its
    own Syncthing after his laptop shared more and died; the restored one shares offline
    before its folder caught up, then comes online."""
    mesh.add("alice", tmp_path / "alice-dropbox")
    mesh.add("bob", tmp_path / "bob-dropbox")
    mesh.add("restored", tmp_path / "restored-dropbox", paused=True)
    mesh.start()
    alice, bob = team(mesh, tmp_path)
    org_id = org_named(bob, "Asso des Tilleuls")
    restored = copy_laptop(bob, tmp_path / "restored", "Bob")  # the backup, taken now
    try:
        edit_org(bob, org_id, city="Avant la panne")
        settle(mesh, [alice, bob])  # shared, then the laptop dies
        bob.laptop.close()
        mesh.pause("bob")
        shared_id = restored.laptop.me
        edit_org(restored, org_id, city="Après la restauration")
        assert restored.laptop.sync().exported_files  # its folder had not caught up
        mesh.resume("restored")
        machines = [alice, restored]
        settle(mesh, machines)
        check_conflict_copies(machines, shared_id)
        assert restored.laptop.me != shared_id
        both_edits_kept_then_shared(lambda ms: settle(mesh, ms), machines, org_id,
                                    tmp_path)
    finally:
        alice.laptop.close()
        restored.laptop.close()


def wait_for(mesh: Mesh, path: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise AssertionError(f"no {path} after {timeout:.0f} s\n" + mesh.describe())
        time.sleep(0.05)


def test_two_laptops_converge_through_syncthing_and_its_temporary_files_are_no_problem(
        mesh: Mesh, tmp_path: Path) -> None:
    mesh.add("alice", tmp_path / "alice-dropbox")
    mesh.add("bob", tmp_path / "bob-dropbox")
    mesh.start()
    alice, bob = team(mesh, tmp_path)
    machines = [alice, bob]
    try:
        org_id = org_named(alice, "Asso des Tilleuls")
        meeting_id = alice.laptop.services.meetings.list()[0].id
        edit_org(alice, org_id, phone="04 78 00 00 00")
        edit_org(bob, org_id, email="bob@voisins.fr")
        edit_meeting(alice, meeting_id, notes="Notes d'Alice")  # both, before syncing:
        edit_meeting(bob, meeting_id, notes="Notes de Bob")  # a conflict on every laptop
        settle(mesh, machines)
        for machine in machines:
            org = machine.laptop.services.organisations.get(org_id)
            assert (org.city, org.phone, org.email) == ("Lyon", "04 78 00 00 00",
                                                        "bob@voisins.fr")
            assert {k for k, *_ in open_notices(machine.laptop)} == {"conflict"}
        check_converged(machines, tmp_path)

        # A file big enough to take a while at 32 KiB/s: Bob syncs while Syncthing is still
        # writing it under its temporary name next to where it will land.
        for n in range(6):
            alice.laptop.services.meetings.create(MeetingFields(
                title=f"Réunion {n}", starts_at=dt.datetime(2024, 7, 1 + n, 18, 0),
                notes=secrets.token_urlsafe(140_000)))
        mesh.set_receive_rate("bob", 32)
        (written,) = alice.laptop.sync().exported_files
        assert Path(written).stat().st_size > 800_000
        mesh.scan(["alice"])
        rel = Path(written).relative_to(share.share_root(alice.local))
        temp = share.share_root(bob.local) / rel.with_name(f".syncthing.{rel.name}.tmp")
        wait_for(mesh, temp)
        report = bob.laptop.sync()
        assert report.problems == [] and not report.imported_ops
        assert bob.laptop.sync_service.status().problems == ()
        assert temp.exists(), "Syncthing finished before Bob's sync: make the file bigger"
        mesh.set_receive_rate("bob", 0)
        settle(mesh, machines)
        assert len(bob.laptop.services.meetings.list()) == 7
        assert not temp_files(bob.local)
        check_converged(machines, tmp_path)
    finally:
        for machine in machines:
            machine.laptop.close()
