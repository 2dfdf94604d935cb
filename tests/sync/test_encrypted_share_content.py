"""What an encrypted team's shared folder reveals: no field of any record, in clear or in a
compressed stream, and where the keys live on the laptop (keyring, else memory)."""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path
from typing import Any

import pytest

from coopdesk.services import export
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.sharing.secrets import ENTRY, TeamSecrets, service_name
from coopdesk.sync import frame, share
from tests.sync.encrypted_team import BrokenRing, DictRing, encrypted_team, settle
from tests.sync.replicas import ALICE, BOB

ZLIB_STARTS = re.compile(rb"\x78[\x01\x5e\x9c\xda]")


def texts(value: Any) -> set[str]:
    """Every person-written text in an export: names, notes, places (not enum values,
    dates or ids, which are not personal words and can collide with header field names)."""
    if isinstance(value, dict):
        return set().union(*(texts(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(texts(v) for v in value)) if value else set()
    wordy = isinstance(value, str) and len(value) >= 5 and (
        " " in value or not value.isascii() or value != value.lower())
    if wordy and not re.fullmatch(r"[\d\-T:.+Z ]+", str(value)):
        return {str(value)}
    return set()


def _team(shared: Path) -> tuple[str, str]:
    team = share.preflight(shared)
    return team.team_id, team.name


def readable_forms(data: bytes) -> list[bytes]:
    """The file, and every zlib stream found anywhere in it, decompressed."""
    forms = [data]
    for match in ZLIB_STARTS.finditer(data):
        try:
            forms.append(zlib.decompressobj().decompress(data[match.start():]))
        except zlib.error:
            continue
    return forms


def test_the_share_of_an_encrypted_demo_team_holds_no_field_in_clear(tmp_path: Path) -> None:
    demo = create_demo_workspace(tmp_path / "laptop0", ALICE)
    export.export_json(demo, tmp_path / "export.json", include_private=True)
    words = texts(json.loads((tmp_path / "export.json").read_text("utf-8"))["tables"])
    words |= {ALICE.name, ALICE.organisation, BOB.name, BOB.organisation}
    assert len(words) > 100
    members, shared = encrypted_team(tmp_path / "team", [ALICE, BOB], first=demo)
    settle(members)
    assert members[1].fingerprint() == members[0].fingerprint()
    files = [p for p in share.share_root(shared).rglob("*") if p.is_file()]
    assert any(p.suffix == ".cdseg" for p in files) and any(p.suffix == ".cdkey" for p in files)
    team_name = share.preflight(shared).name  # the team file names the team, on purpose
    found = []
    for path in files:
        for form in readable_forms(path.read_bytes()):
            found += [(path.name, w) for w in words
                      if w != team_name and w.encode("utf-8") in form]
    assert found == []
    # the control: the same grep does find the words once the files are decrypted
    resolve = members[0].service.crypto.secrets.load(*_team(shared)).get
    plain = b"".join(frame.decode(p.read_bytes(), resolve).payload or b""
                     for p in files if p.suffix == ".cdseg")
    assert sum(w.encode("utf-8") in plain for w in words) > len(words) // 2
    for member in members:
        member.workspace.close()


def test_keys_go_to_the_keyring_under_the_team_id_never_the_passphrase(
        tmp_path: Path) -> None:
    (alice,), _shared = encrypted_team(tmp_path, [ALICE])
    team_id = alice.service.folder()[1]
    ((service, entry), stored), = alice.ring.secrets.items()
    # the name of an encrypted team is sealed in its team file: the entry shows the id
    assert service == service_name(team_id, "") and entry == ENTRY
    assert team_id in service and "Tilleuls" not in service and "jardin" not in stored
    assert ShareKeys(alice.service).status().storage == "keyring"
    ShareKeys(alice.service).forget()
    assert alice.ring.secrets == {}


def test_without_a_working_keyring_keys_stay_in_memory_and_it_is_said(tmp_path: Path) -> None:
    secrets = TeamSecrets(BrokenRing())
    assert secrets.store("t", "Team", {"k1": b"\x01" * 32}) == "memory"
    assert secrets.load("t", "Team") == {"k1": b"\x01" * 32}
    assert secrets.storage("t", "Team") == "memory"
    assert "kept in memory" in secrets.problem and "Secret Service" in secrets.problem
    secrets.forget("t", "Team")
    assert secrets.load("t", "Team") == {}
    fresh = TeamSecrets(BrokenRing())  # a new session asks again
    assert fresh.load("t", "Team") == {}


def test_a_member_without_keyring_syncs_with_keys_in_memory(tmp_path: Path) -> None:
    (alice, bob), _shared = encrypted_team(tmp_path, [ALICE, BOB])
    bob_memory = type(bob)(bob.workspace, BrokenRing())
    assert ShareKeys(bob_memory.service).unlock("le jardin partagé des Tilleuls") == "memory"
    alice.add_org("Vu en mémoire")
    settle([alice, bob_memory])
    assert "Vu en mémoire" in bob_memory.org_names()
    status = ShareKeys(bob_memory.service).status()
    assert status.storage == "memory" and status.keyring_problem


def test_a_damaged_keyring_entry_only_costs_the_passphrase() -> None:
    ring = DictRing()
    ring.set_password(service_name("t", "Team"), ENTRY, "{not json")
    assert TeamSecrets(ring).load("t", "Team") == {}


@pytest.mark.parametrize("stored", ['{"k": "***"}', "[1, 2]"])
def test_odd_keyring_entries_are_ignored(stored: str) -> None:
    ring = DictRing()
    ring.set_password(service_name("t", "Team"), ENTRY, stored)
    assert TeamSecrets(ring).load("t", "Team") == {}
