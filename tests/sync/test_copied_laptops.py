"""Copied laptops and restored backups with real folders and a file-sync program between
them (tests/sync/copier.py): each laptop has its own copy of the shared folder, the "cloud"
carries files under temporary names, late, cut short, and makes Dropbox-style conflicted
copies when two laptops wrote the same name.

A workspace folder is copied to a new laptop (or a backup put back) and both copies share
before either sees the other's files. Every laptop must end with both copies' changes under
ids derived from their content, in whatever order the files arrive; both copies go on
sharing under their new ids; nothing is lost or left unshared; the notice says that nothing
needs doing and does not come back once dismissed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing.fork import known_forks
from coopdesk.services.sharing.inbox import ForkNotice, SyncInboxService
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.store.sync_state import SqlState
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame
from tests.sync.copier import Cloud, copy_share
from tests.sync.replicas import (
    ALICE,
    BOB,
    Laptop,
    domain_tables,
    fields_of,
    fingerprint,
    lost_ops,
    open_notices,
)


@dataclass
class Machine:
    """A laptop with its own copy of the shared folder, kept in sync by the cloud."""

    laptop: Laptop
    local: Path
    person: str

    def sync(self, cloud: Cloud, **pull: object) -> None:
        cloud.pull(self.local, **pull)  # type: ignore[arg-type]
        report = self.laptop.sync()
        assert not report.fork, report
        cloud.push(self.local, self.person)


def settle(cloud: Cloud, machines: list[Machine], rounds: int = 8) -> None:
    """Every machine pulls, syncs and pushes in turn until a round moves nothing."""
    for _round in range(rounds):
        before = sorted(p.name for p in cloud.folder.rglob("*"))
        moved = False
        for machine in machines:
            cloud.pull(machine.local)
            report = machine.laptop.sync()
            assert not report.fork, report
            moved |= bool(report.imported_ops or report.exported_ops)
            cloud.push(machine.local, machine.person)
        if not moved and sorted(p.name for p in cloud.folder.rglob("*")) == before:
            return
    raise AssertionError("the laptops did not settle")


def org_named(machine: Machine, name: str) -> str:
    return next(o.id for o in machine.laptop.services.organisations.list() if o.name == name)


def edit_org(machine: Machine, org_id: str, **changes: str) -> None:
    services = machine.laptop.services
    services.organisations.update(org_id, fields_of(
        services.organisations.get(org_id), OrganisationFields, **changes))


def edit_meeting(machine: Machine, meeting_id: str, **changes: str) -> None:
    services = machine.laptop.services
    services.meetings.update(meeting_id, fields_of(
        services.meetings.get(meeting_id), MeetingFields, **changes))


def alice_shares(tmp_path: Path, alice_local: Path) -> Machine:
    """Alice's workspace (an organisation, a meeting) shared in her local folder."""
    workspace = Workspace.create(tmp_path / "alice", "Coopération des Tilleuls", ALICE)
    alice = Machine(Laptop(workspace.folder, workspace, Services(workspace)), alice_local,
                    "Alice")
    alice.laptop.services.organisations.create(OrganisationFields(name="Asso des Tilleuls"))
    alice.laptop.services.meetings.create(MeetingFields(
        title="Comité de pilotage", starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    SyncService(workspace).create_share(alice_local)
    return alice


def bob_joins(tmp_path: Path, bob_local: Path) -> Machine:
    """Bob joins from his local folder, which holds Alice's files, and edits once."""
    other = Workspace.create(tmp_path / "bob", "nouvel espace", BOB)
    SyncService(other).join(bob_local)
    bob = Machine(Laptop(other.folder, other, Services(other)), bob_local, "Bob")
    edit_org(bob, org_named(bob, "Asso des Tilleuls"), city="Lyon")
    return bob


def team(tmp_path: Path) -> tuple[Cloud, Machine, Machine]:
    """Alice shares a workspace through the cloud; Bob joined and edited; all settled."""
    cloud = Cloud(tmp_path / "cloud")
    cloud.folder.mkdir()
    alice_local, bob_local = tmp_path / "alice-dropbox", tmp_path / "bob-dropbox"
    alice_local.mkdir()
    bob_local.mkdir()
    alice = alice_shares(tmp_path, alice_local)
    cloud.push(alice_local, "Alice")
    cloud.pull(bob_local)
    bob = bob_joins(tmp_path, bob_local)
    settle(cloud, [alice, bob])
    return cloud, alice, bob


def copy_laptop(bob: Machine, target: Path, person: str, profile: Profile = BOB) -> Machine:
    """The workspace folder and the local shared folder copied as they are now (a new
    laptop set up from a copy, or a backup of both)."""
    bob.laptop.close()
    shutil.copytree(bob.laptop.folder, target)
    local = target.with_name(f"{target.name}-dropbox")
    copy_share(bob.local, local)
    bob.laptop = Laptop.open(bob.laptop.folder, profile)
    laptop = Laptop.open(target, profile)
    laptop.sync_service.move_folder(local)
    return Machine(laptop, local, person)


def check_converged(machines: list[Machine], tmp_path: Path) -> None:
    first = machines[0].laptop
    tables = domain_tables(first, tmp_path / "x.json")
    for machine in machines:
        laptop = machine.laptop
        assert lost_ops(laptop) == []
        assert fingerprint(laptop) == fingerprint(first)
        assert domain_tables(laptop, tmp_path / "x.json") == tables
        assert open_notices(laptop) == open_notices(first)
        status = laptop.sync_service.status()
        assert status.unexported == 0 and status.problems == ()
    assert len({m.laptop.me for m in machines}) == len(machines)


def later_edits_reach_everyone(settle_all: Callable[[list[Machine]], None],
                               machines: list[Machine], org_id: str, tmp_path: Path) -> None:
    """Each laptop dismisses the notice, edits once more; every edit reaches every laptop
    and the notice does not come back."""
    for machine in machines:
        inbox = SyncInboxService(machine.laptop.workspace.db)
        forks = [n for n in inbox.notices() if isinstance(n, ForkNotice)]
        assert forks and all(n.recovered for n in forks)
        for notice in forks:
            inbox.dismiss(notice)
    for n, machine in enumerate(machines):
        edit_org(machine, org_id, **{("phone", "address", "postcode")[n]: f"après {n}"})
    settle_all(machines)
    for machine in machines:
        org = machine.laptop.services.organisations.get(org_id)
        assert (org.phone, org.address, org.postcode) == ("après 0", "après 1", "après 2")
        inbox = SyncInboxService(machine.laptop.workspace.db)
        assert not [n for n in inbox.notices() if isinstance(n, ForkNotice)]
    check_converged(machines, tmp_path)


def both_edits_kept_then_shared(settle_all: Callable[[list[Machine]], None],
                                machines: list[Machine], org_id: str,
                                tmp_path: Path) -> None:
    """After a restored backup shared: the edit made before the failure and the one made
    after the restoration are both kept (a visible conflict) on every laptop, and the
    laptops [first, restored] go on sharing their next edits."""
    first, restored = machines
    for machine in machines:
        with machine.laptop.workspace.db.engine.begin() as conn:
            cities = sorted(op.value for op in SqlState(conn).live_ops(
                "organisation", org_id, "city"))
        assert cities == ["Après la restauration", "Avant la panne"]
    check_converged(machines, tmp_path)
    edit_org(restored, org_id, phone="01 02 03 04 05")
    edit_org(first, org_id, email="alice@tilleuls.fr")
    settle_all(machines)
    for machine in machines:
        org = machine.laptop.services.organisations.get(org_id)
        assert (org.phone, org.email) == ("01 02 03 04 05", "alice@tilleuls.fr")
    check_converged(machines, tmp_path)


def both_copies_share(bob: Machine, copy: Machine, org_id: str, meeting_id: str,
                      original_twice: bool) -> None:
    """The original and its copy edit the same field and the same long text and share
    before either sees the other's files: two files of the same name (with
    *original_twice*, the original shares a second file continuing its first). Then both
    make changes that stay in their outbox until the next sync."""
    edit_org(bob, org_id, city="Par l'original")
    edit_meeting(bob, meeting_id, notes="Notes de l'original")
    edit_org(copy, org_id, city="Par la copie")
    edit_meeting(copy, meeting_id, notes="Notes de la copie")
    assert bob.laptop.sync().exported_ops == copy.laptop.sync().exported_ops == 2
    if original_twice:  # a second file continuing the original's, before it knows
        edit_meeting(bob, meeting_id, place="Salle de l'original")
        edit_org(bob, org_id, acronym="ORIG")
        assert bob.laptop.sync().exported_ops
    else:
        edit_meeting(bob, meeting_id, place="Salle de l'original")
    # changes made after sharing and before noticing: shared under the new ids
    copy.laptop.services.organisations.create(OrganisationFields(name="Créée sur la copie"))
    bob.laptop.services.meetings.create(MeetingFields(
        title="Écrite sur l'original", starts_at=dt.datetime(2024, 6, 1, 9, 0)))
    copy.laptop.services.meetings.create(MeetingFields(
        title="Écrite sur la copie", starts_at=dt.datetime(2024, 6, 2, 9, 0)))


def check_recovered(machines: list[Machine], shared_id: str, org_id: str, meeting_id: str,
                    original_twice: bool) -> None:
    """Every laptop holds both copies' changes, the shared id split (`both_copies_share`)."""
    assert shared_id not in {m.laptop.me for m in machines}
    for machine in machines:
        services = machine.laptop.services
        titles = {m.title for m in services.meetings.list()}
        assert {"Écrite sur l'original", "Écrite sur la copie"} <= titles
        assert "Créée sur la copie" in {o.name for o in services.organisations.list()}
        assert services.meetings.get(meeting_id).place == "Salle de l'original"
        with machine.laptop.workspace.db.engine.begin() as conn:
            state = SqlState(conn)
            cities = sorted(op.value for op in state.live_ops("organisation", org_id,
                                                              "city"))
            notes = sorted(op.value for op in state.live_ops("meeting", meeting_id,
                                                             "notes"))
            assert list(known_forks(conn)) == [shared_id]
        assert cities == ["Par l'original", "Par la copie"]
        assert notes == ["Notes de l'original", "Notes de la copie"]  # a conflict
        if original_twice:
            assert services.organisations.get(org_id).acronym == "ORIG"


@pytest.mark.parametrize("first", ["original", "copy"])
@pytest.mark.parametrize("third_reads", ["between", "after", "cut short"])
@pytest.mark.parametrize("original_twice", [False, True])
def test_a_copied_laptop_that_shared_is_recovered_on_every_laptop(
        tmp_path: Path, first: str, third_reads: str, original_twice: bool) -> None:
    cloud, alice, bob = team(tmp_path)
    copy = copy_laptop(bob, tmp_path / "copy", "Bob (copie)")
    machines = [alice, bob, copy]
    shared_id = bob.laptop.me
    org_id = org_named(bob, "Asso des Tilleuls")
    meeting_id = bob.laptop.services.meetings.list()[0].id
    try:
        both_copies_share(bob, copy, org_id, meeting_id, original_twice)
        order = [bob, copy] if first == "original" else [copy, bob]
        cloud.push(order[0].local, order[0].person)
        if third_reads == "between":  # the third laptop reads one copy's file first
            alice.sync(cloud)
        made = cloud.push(order[1].local, order[1].person)
        assert made, "the cloud made a conflicted copy"
        if third_reads == "cut short":
            cloud.pull(alice.local, cut=True)
            report = alice.laptop.sync()
            assert not report.imported_ops and not report.fork
            cloud.finish()
        settle(cloud, machines)
        check_recovered(machines, shared_id, org_id, meeting_id, original_twice)
        check_converged(machines, tmp_path)
        later_edits_reach_everyone(lambda ms: settle(cloud, ms), machines, org_id, tmp_path)
    finally:
        for machine in machines:
            machine.laptop.close()


def test_a_backup_put_back_after_the_laptop_shared_is_recovered(tmp_path: Path) -> None:
    """Bob's backup is put back (on a new laptop) after his laptop shared more; the restored
    one shares before its copy of the folder caught up. Bob's laptop is gone for good."""
    cloud, alice, bob = team(tmp_path)
    org_id = org_named(bob, "Asso des Tilleuls")
    restored = copy_laptop(bob, tmp_path / "restored", "Bob")  # the backup, taken now
    try:
        edit_org(bob, org_id, city="Avant la panne")
        bob.sync(cloud)  # shared, then the laptop dies
        alice.sync(cloud)
        bob.laptop.close()
        shared_id = restored.laptop.me
        edit_org(restored, org_id, city="Après la restauration")
        (written,) = restored.laptop.sync().exported_files  # its folder had not caught up
        result = frame.decode(Path(written).read_bytes())
        made = cloud.push(restored.local, restored.person)
        assert made
        machines = [alice, restored]
        settle(cloud, machines)
        # the id it took is the documented derivation from its first op after the fork
        head = json.loads((result.payload or b"").decode("utf-8").splitlines()[0])
        content = [head["hlc"], head["table"], head["row"], head["column"], head["value"],
                   head["wall"], head["tx"]]
        digest = hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True,
                                           separators=(",", ":")).encode("utf-8")).hexdigest()
        namespace = uuid.UUID("4c8f0d53-2b1e-5d7a-9a0e-6f3c2b1d9e47")
        assert restored.laptop.me == str(uuid.uuid5(
            namespace, f"{shared_id}/{head['dot'][1]}/{digest}"))
        both_edits_kept_then_shared(lambda ms: settle(cloud, ms), machines, org_id,
                                    tmp_path)
    finally:
        alice.laptop.close()
        restored.laptop.close()


@pytest.mark.parametrize("first", ["original", "copy"])
def test_a_delete_and_later_files_of_one_copy_before_it_knew(tmp_path: Path,
                                                             first: str) -> None:
    """The original shares three files before it sees the copy's: an edit (same name as the
    copy's), a delete, then an edit following the delete; the copy edits the record the
    original deleted. Every laptop keeps the record with the same notice and the same
    state."""
    cloud, alice, bob = team(tmp_path)
    copy = copy_laptop(bob, tmp_path / "copy", "Bob (copie)")
    machines = [alice, bob, copy]
    org_id = org_named(bob, "Asso des Tilleuls")
    meeting_id = bob.laptop.services.meetings.list()[0].id
    try:
        edit_org(bob, org_id, city="Par l'original")
        edit_org(copy, org_id, city="Par la copie")
        assert bob.laptop.sync().exported_ops == copy.laptop.sync().exported_ops == 1
        bob.laptop.services.meetings.delete(meeting_id)
        assert bob.laptop.sync().exported_ops
        edit_org(bob, org_id, acronym="ORIG")  # follows the delete (its prev is the delete)
        assert bob.laptop.sync().exported_ops
        edit_meeting(copy, meeting_id, place="Salle de la copie")
        order = [bob, copy] if first == "original" else [copy, bob]
        alice.sync(cloud)
        cloud.push(order[0].local, order[0].person)
        alice.sync(cloud)
        cloud.push(order[1].local, order[1].person)
        settle(cloud, machines)
        for machine in machines:
            services = machine.laptop.services
            assert services.organisations.get(org_id).acronym == "ORIG"
            assert services.meetings.get(meeting_id).place == "Salle de la copie"
            assert {k for k, *_ in open_notices(machine.laptop)} == {"delete_edit"}
        check_converged(machines, tmp_path)
    finally:
        for machine in machines:
            machine.laptop.close()
