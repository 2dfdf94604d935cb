"""Key files nobody who can merely write to the folder can break (issue 13, part 5): forged
"newest" key files are reported and ignored, Argon2id parameters above the ceiling are
refused before anything is derived, a missing or damaged key file is written again by a
laptop holding the key, a damaged key file is called damaged, not a wrong passphrase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopdesk.services.sharing.crypto import KeysError
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.store.workspace import Workspace
from coopdesk.sync import crypto, frame, keys, share
from tests.sync.encrypted_team import PASSPHRASE, Member, encrypted_team
from tests.sync.replicas import ALICE, BOB


def team_id(shared: Path) -> str:
    return share.preflight(shared).team_id


def replica_of(member: Member) -> str:
    with member.workspace.db.engine.begin() as conn:
        return member.workspace.db.sync.ensure(conn)


def forge_newest_key(shared: Path, params: crypto.KdfParams | None = None) -> Path:
    """What anyone with write access to the folder can do: a new key under a passphrase of
    their own, dated after every real key."""
    files = keys.key_files(shared, team_id(shared))
    wrapper = keys.new_passphrase("le faussaire sait écrire", params or files[0].params)
    return keys.write_key_file(shared, team_id(shared), wrapper, "f0f0f0f0f0f0f0f0",
                               crypto.new_key(), "2999-01-01T00:00:00+00:00", "intruder")


def test_a_forged_newest_key_is_reported_and_exports_go_on(tmp_path: Path) -> None:
    (alice, bob), shared = encrypted_team(tmp_path, [ALICE, BOB])
    forged = forge_newest_key(shared)
    alice.add_org("Après le faux")
    report = alice.sync()
    assert report.exported_ops and not report.keys_needed
    assert any(forged.name in note and "ignored" in note for note in report.key_files)
    bob_report = bob.sync()
    assert "Après le faux" in bob.org_names() and not bob_report.keys_needed
    # typing the real passphrase again still works, and still ignores the forged key
    ShareKeys(bob.service).unlock(PASSPHRASE)
    bob.add_org("Bob après la phrase")
    assert bob.sync().exported_ops
    written = (share.share_root(shared) / "devices").rglob("*.cdseg")
    assert all(b"f0f0f0f0f0f0f0f0" not in path.read_bytes() for path in written)


def test_a_forged_copy_of_a_held_key_cannot_reorder_the_keys(tmp_path: Path) -> None:
    (alice,), shared = encrypted_team(tmp_path, [ALICE])
    real = keys.key_files(shared, team_id(shared))[0]
    data = json.loads(real.path.read_text("utf-8"))
    data["key_created_at"] = "2999-01-01T00:00:00+00:00"
    fake = real.path.with_name("fake" + keys.KEY_SUFFIX)
    fake.write_text(json.dumps(data), "utf-8")
    report = alice.sync()
    assert any(fake.name in note for note in report.key_files)


def test_a_rotation_by_a_partner_is_opened_with_the_passphrase_key_held(
        tmp_path: Path) -> None:
    """A rotated key under the same passphrase opens with the key-encryption key Bob holds:
    he writes with it at once, no passphrase asked (after a passphrase change he waits for
    the new passphrase instead: test_encrypted_sync)."""
    (alice, bob), shared = encrypted_team(tmp_path, [ALICE, BOB])
    new_key = ShareKeys(alice.service).rotate(PASSPHRASE)
    bob.add_org("Bob après la rotation")
    report = bob.sync()
    assert report.exported_ops and not report.keys_needed and not report.key_files
    newest = max(share.device_dir(shared, replica_of(bob)).glob("*.cdseg"))
    assert (frame.peek_header(newest.read_bytes()) or {})["enc"]["key_id"] == new_key


def ceiling_key_file(shared: Path, t: int, m_kib: int, p: int) -> Path:
    """A key file asking for Argon2id parameters above the ceiling (written by hand: the
    code refuses to derive with them)."""
    real = keys.key_files(shared, team_id(shared))[0]
    data = json.loads(real.path.read_text("utf-8"))
    data["kdf"].update({"t": t, "m": m_kib, "p": p})
    data["key_created_at"] = "2999-01-01T00:00:00+00:00"
    path = real.path.with_name("greedy" + keys.KEY_SUFFIX)
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_argon2_parameters_above_the_ceiling_are_refused_before_deriving(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (alice,), shared = encrypted_team(tmp_path, [ALICE])
    greedy = ceiling_key_file(shared, 64, 4 * 1024 * 1024, 4)
    derived: list[crypto.KdfParams] = []
    real_derive = crypto.derive_kek
    monkeypatch.setattr(crypto, "derive_kek", lambda pw, salt, params: (
        derived.append(params), real_derive(pw, salt, params))[1])
    report = alice.sync()
    assert report.exported_ops == 0 and not report.keys_needed
    note, = (n for n in report.key_files if greedy.name in n)
    assert "4096 MiB" in note and "1024 MiB" in note and "t=10" in note
    ShareKeys(alice.service).unlock(PASSPHRASE)
    assert all(p.memory_kib <= crypto.MAX_MEMORY_KIB for p in derived)
    for bad in ({"t": 11, "m": 65536, "p": 1}, {"t": 3, "m": crypto.MAX_MEMORY_KIB + 1,
                                                 "p": 4}, {"t": 3, "m": 65536, "p": 17}):
        with pytest.raises(crypto.KdfLimitError, match="ceiling"):
            crypto.KdfParams.from_dict(bad)
    assert crypto.KdfParams.from_dict({"t": 10, "m": crypto.MAX_MEMORY_KIB, "p": 16})


def test_a_deleted_key_file_is_written_again_and_exports_go_on(tmp_path: Path) -> None:
    (alice, bob), shared = encrypted_team(tmp_path, [ALICE, BOB])
    (lost,) = keys.key_files(shared, team_id(shared))
    lost.path.unlink()
    bob.add_org("Bob après la perte")
    report = bob.sync()  # Bob gave the passphrase when joining: he holds its KEK
    assert report.keys_republished == [lost.path.name] and report.exported_ops
    (again,) = keys.key_files(shared, team_id(shared))
    assert (again.key_id, again.key_created_at) == (lost.key_id, lost.key_created_at)
    assert lost.key_id in keys.unlock(shared, team_id(shared), PASSPHRASE).keys
    alice.sync()
    assert "Bob après la perte" in alice.org_names()
    # and the passphrase operations work again
    assert ShareKeys(alice.service).rotate(PASSPHRASE)
    ShareKeys(alice.service).change_passphrase(PASSPHRASE, PASSPHRASE + " bis")


def test_a_damaged_key_file_is_said_damaged_and_written_again(tmp_path: Path) -> None:
    (alice,), shared = encrypted_team(tmp_path, [ALICE])
    (real,) = keys.key_files(shared, team_id(shared))
    data = json.loads(real.path.read_text("utf-8"))
    wrapped = bytearray(bytes.fromhex(data["wrap"]["key"]))
    wrapped[3] ^= 0x40  # one flipped bit in the wrapped key
    data["wrap"]["key"] = wrapped.hex()
    real.path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(keys.DamagedKeyFileError, match="damaged"):
        keys.unlock(shared, team_id(shared), PASSPHRASE)
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(shared, team_id(shared), "une autre phrase bien longue")
    newcomer = Member(Workspace.create(tmp_path / "carol", "nouvel espace", BOB))
    with pytest.raises(KeysError, match="damaged") as refused:
        newcomer.service.join(shared, PASSPHRASE)
    assert "Wrong passphrase" not in refused.value.message
    report = alice.sync()
    assert report.keys_republished == [real.path.name]
    assert keys.unlock(shared, team_id(shared), PASSPHRASE).keys
    newcomer.service.join(shared, PASSPHRASE)
    assert newcomer.org_names() == alice.org_names()


def test_a_truncated_key_file_is_damaged_not_a_wrong_passphrase(tmp_path: Path) -> None:
    (alice,), shared = encrypted_team(tmp_path, [ALICE])
    (real,) = keys.key_files(shared, team_id(shared))
    real.path.write_bytes(real.path.read_bytes()[:100])
    with pytest.raises(keys.DamagedKeyFileError, match="damaged"):
        keys.unlock(shared, team_id(shared), PASSPHRASE)
    report = alice.sync()
    assert report.keys_republished == [real.path.name] and not report.key_files
    assert keys.unlock(shared, team_id(shared), PASSPHRASE).keys


def test_a_laptop_without_the_passphrase_key_repairs_with_the_passphrase(
        tmp_path: Path) -> None:
    """A laptop of an older version held data keys only: `repair` asks the passphrase
    (twice when no key file is left to check it against)."""
    (alice,), shared = encrypted_team(tmp_path, [ALICE])
    ring = alice.ring.secrets
    for entry, stored in list(ring.items()):
        kept = {k: v for k, v in json.loads(stored).items() if not k.startswith("kek:")}
        ring[entry] = json.dumps(kept)
    (lost,) = keys.key_files(shared, team_id(shared))
    lost.path.unlink()
    assert alice.sync().keys_republished == []
    asked: list[bool] = []

    def passphrase(twice: bool) -> str:
        asked.append(twice)
        return PASSPHRASE

    written = ShareKeys(alice.service).repair(passphrase)
    assert asked == [False, True] and len(written) == 1
    assert keys.unlock(shared, team_id(shared), PASSPHRASE).keys
