"""An encrypted team syncing: joining, wrong passphrases, passphrase change and key rotation
with a laptop offline across them, forged files, forgotten keys (SYNC.md "Encryption")."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.services.sharing.crypto import KeysError
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.sharing.service import SyncService
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, keys, share
from tests.sync.encrypted_team import PASSPHRASE, Member, encrypted_team, settle
from tests.sync.replicas import ALICE, BOB, CHLOE

NEW_PASSPHRASE = "trois pommes vertes au marché"


def test_join_with_the_passphrase_brings_everything(tmp_path: Path) -> None:
    (alice, bob), shared = encrypted_team(tmp_path, [ALICE, BOB])
    alice.add_org("Les Amis du Parc")
    settle([alice, bob])
    assert "Les Amis du Parc" in bob.org_names()
    assert alice.fingerprint() == bob.fingerprint()
    assert share.preflight(shared).encrypted
    segments = [p for p in share.share_root(shared).rglob("*.cdseg")]
    assert segments
    for path in segments:
        header = frame.peek_header(path.read_bytes()) or {}
        assert header["enc"]["key_id"] and "author" not in header


def test_wrong_passphrase_on_join_changes_nothing(tmp_path: Path) -> None:
    (_alice,), shared = encrypted_team(tmp_path, [ALICE])
    carol = Member(Workspace.create(tmp_path / "carol", "nouvel espace", CHLOE))
    files_before = sorted(share.share_root(shared).rglob("*"))
    with pytest.raises(KeysError, match="Wrong passphrase"):
        carol.service.join(shared, "not the passphrase at all")
    assert carol.service.team_of() == ""
    assert carol.ring.secrets == {}
    assert sorted(share.share_root(shared).rglob("*")) == files_before


def test_without_keys_nothing_is_imported_and_the_message_says_what_is_missing(
        tmp_path: Path) -> None:
    (alice, bob), _shared = encrypted_team(tmp_path, [ALICE, BOB])
    alice.add_org("Premier contact")
    settle([alice, bob])
    ShareKeys(bob.service).forget()
    assert bob.ring.secrets == {}
    alice.add_org("Secret du comité")
    alice.sync()
    bob.add_org("Chez Bob")
    before = bob.fingerprint()
    report = bob.sync()
    assert report.imported_ops == 0 and bob.fingerprint() == before
    assert "Secret du comité" not in bob.org_names()
    (problem,) = report.problems
    assert problem.status == "unknown_key"
    assert "enter the team passphrase" in problem.detail
    # a file this laptop cannot open is not attributed to anyone (docs/sync.md)
    assert problem.author == "" and "written on device" in problem.detail
    assert report.exported_ops == 0 and "passphrase" in report.keys_needed
    assert ShareKeys(bob.service).status().missing
    with pytest.raises(KeysError):
        ShareKeys(bob.service).unlock("a wrong passphrase, sorry")
    assert ShareKeys(bob.service).unlock(PASSPHRASE) == "keyring"
    settle([alice, bob])
    assert {"Secret du comité", "Chez Bob"} <= alice.org_names() == bob.org_names()


def test_a_forged_file_is_not_imported_and_names_its_device(tmp_path: Path) -> None:
    (alice, bob), shared = encrypted_team(tmp_path, [ALICE, BOB])
    alice.add_org("Vraie association")
    settle([alice, bob])
    data = next(share.share_root(shared).rglob("seg-*.cdseg")).read_bytes()
    header = frame.peek_header(data) or {}
    forged_header = {k: v for k, v in header.items()
                     if k not in ("format", "payload_sha256", "enc")}
    forged_header["replica_id"] = "intruder"
    forged_header["seq"] = [1, 1]
    forged_header["op_count"] = 0
    foreign_key = frame.WriteKey(header["enc"]["key_id"], bytes(32))
    share.write_new_file(share.device_dir(shared, "intruder"), "seg-000000000001-"
                         "000000000001.cdseg", frame.encode(forged_header, b"", foreign_key),
                         verify=lambda _b: True)
    plain_header = {**forged_header, "replica_id": "plain"}
    share.write_new_file(share.device_dir(shared, "plain"), "seg-000000000001-"
                         "000000000001.cdseg", frame.encode(plain_header, b""))
    before = bob.fingerprint()
    report = bob.sync()
    assert bob.fingerprint() == before
    # neither reads back as its device's: named by their folder, not attributed
    assert {p.replica for p in report.problems} == {""}
    statuses = {Path(p.path).parent.name: (p.status, p.detail) for p in report.problems}
    assert statuses["intruder"][0] == "wrong_key"
    assert "written on device intruder" in statuses["intruder"][1]
    assert statuses["plain"][0] == "wrong_key"
    assert "not encrypted" in statuses["plain"][1]


def test_passphrase_change_and_rotation_with_one_laptop_offline_converge(
        tmp_path: Path) -> None:
    (alice, bob, chloe), shared = encrypted_team(tmp_path, [ALICE, BOB, CHLOE])
    alice.add_org("Avant le changement")
    settle([alice, bob, chloe])
    first_key = keys.newest_key_id(keys.key_files(shared, alice.service.folder()[1]))

    # Chloé goes offline; Alice changes the passphrase then rotates the key (Bob left)
    ShareKeys(alice.service).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    team_id = alice.service.folder()[1]
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(shared, team_id, PASSPHRASE)
    # no re-encryption: Bob still holds the same data key and keeps working
    bob.add_org("Pendant le changement")
    bob.sync()
    assert bob.sync().keys_needed == ""
    new_key = ShareKeys(alice.service).rotate(NEW_PASSPHRASE)
    assert new_key != first_key
    alice.add_org("Après la rotation")
    alice.sync()
    newest = [p for p in share.device_dir(shared, alice_me(alice)).glob("*.cdseg")][-1]
    assert (frame.peek_header(newest.read_bytes()) or {})["enc"]["key_id"] == new_key

    # Bob must enter the new passphrase to read files written with the new key
    report = bob.sync()
    assert "Après la rotation" not in bob.org_names()
    assert any(p.status == "unknown_key" for p in report.problems)
    bob.add_org("Bob attend la clé")
    assert bob.sync().keys_needed
    ShareKeys(bob.service).unlock(NEW_PASSPHRASE)

    # Chloé comes back: she edited offline with the old key, then learns the new one
    chloe.add_org("Chloé hors ligne")
    report = chloe.sync()
    assert report.keys_needed and report.exported_ops == 0
    with pytest.raises(KeysError):
        ShareKeys(chloe.service).unlock(PASSPHRASE)
    ShareKeys(chloe.service).unlock(NEW_PASSPHRASE)
    settle([alice, bob, chloe])
    names = {"Avant le changement", "Pendant le changement", "Après la rotation",
             "Bob attend la clé", "Chloé hors ligne"}
    assert names <= alice.org_names() == bob.org_names() == chloe.org_names()
    assert alice.fingerprint() == bob.fingerprint() == chloe.fingerprint()
    for member in (alice, bob, chloe):
        assert member.sync().problems == []


def alice_me(member: Member) -> str:
    with member.workspace.db.engine.begin() as conn:
        return member.workspace.db.sync.ensure(conn)


def test_a_plain_team_is_untouched(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "w", "Plain", ALICE)
    shared = tmp_path / "share"
    shared.mkdir()
    service = SyncService(ws)
    service.create_share(shared)
    assert not share.preflight(shared).encrypted
    assert ShareKeys(service).status().encrypted is False
    with pytest.raises(KeysError):
        ShareKeys(service).rotate(PASSPHRASE)
    ws.close()
