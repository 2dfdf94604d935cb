"""kill -9 during the one-file exchange of an encrypted team (`share export FILE`, `share
import FILE`, issue 13 part 8): the command runs in a subprocess (no keyring there: the
passphrase comes from COOPDESK_PASSPHRASE) that kills itself at an instrumented point.
Afterwards nothing is lost and nothing doubled: the target file is whole or absent, the
receiving workspace holds every change once after the command is run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import coopdesk
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, share
from tests.sync.encrypted_team import PASSPHRASE, Member, encrypted_team
from tests.sync.replicas import ALICE, BOB


def share_file_command(member_folder: Path, action: str, file: Path,
                       crash_at: str = "") -> subprocess.CompletedProcess[str]:
    root = str(Path(coopdesk.__file__).parents[1])
    xdg = member_folder.parent / "xdg"  # this laptop's settings: none (the CLI profile)
    env = dict(os.environ, COOPDESK_PASSPHRASE=PASSPHRASE,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               XDG_CONFIG_HOME=str(xdg / "config"), XDG_DATA_HOME=str(xdg / "data"),
               XDG_CACHE_HOME=str(xdg / "cache"), XDG_STATE_HOME=str(xdg / "state"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    env.pop(share.CRASH_ENV, None)
    if crash_at:
        env[share.CRASH_ENV] = crash_at
    done = subprocess.run([sys.executable, "-m", "coopdesk", "--workspace", str(member_folder),
                           "share", action, str(file)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path]:
    """Alice and Bob of an encrypted team, in sync; then Alice wrote changes that Bob has
    not seen (to be carried by a file). Both closed."""
    (alice, bob), _shared = encrypted_team(tmp_path, [ALICE, BOB])
    alice.add_org("Asso des Tilleuls")
    alice.sync()
    bob.sync()
    alice.add_org("Par la clé USB")
    alice.add_org("Jardin partagé")
    for member in (alice, bob):
        member.workspace.close()
    return tmp_path / "laptop0", tmp_path / "laptop1"


def reopen(folder: Path, profile: object) -> Member:
    return Member(Workspace.open(folder, profile))  # type: ignore[arg-type]


@pytest.mark.parametrize("point", ["after_temp_write", "after_rename"])
def test_a_killed_export_leaves_no_target_then_exports_whole(
        team: tuple[Path, Path], tmp_path: Path, point: str) -> None:
    alice_dir, bob_dir = team
    target = tmp_path / "usb" / "tilleuls.cdsnap"
    target.parent.mkdir()
    done = share_file_command(alice_dir, "export", target, point)
    assert done.returncode == -signal.SIGKILL
    assert not target.exists()  # never a partial file under the name asked for
    leftovers = list(target.parent.glob(f"{share.TEMP_PREFIX}*"))
    assert len(leftovers) == 1
    hour_ago = time.time() - 2 * 3600
    os.utime(leftovers[0], (hour_ago, hour_ago))  # an old crash's leftover
    done = share_file_command(alice_dir, "export", target)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    assert b"Par la cl" not in target.read_bytes()  # encrypted
    assert share_file_command(bob_dir, "import", target).returncode == 0
    alice, bob = reopen(alice_dir, ALICE), reopen(bob_dir, BOB)
    try:
        assert bob.org_names() == alice.org_names() >= {"Par la clé USB", "Jardin partagé"}
        assert bob.fingerprint() == alice.fingerprint()
    finally:
        alice.workspace.close()
        bob.workspace.close()


def test_a_killed_import_applies_nothing_then_everything_once(
        team: tuple[Path, Path], tmp_path: Path) -> None:
    alice_dir, bob_dir = team
    target = tmp_path / "tilleuls.cdsnap"
    assert share_file_command(alice_dir, "export", target).returncode == 0
    bob = reopen(bob_dir, BOB)
    before = (bob.org_names(), bob.fingerprint())
    bob.workspace.close()
    done = share_file_command(bob_dir, "import", target, "file_import_applied")
    assert done.returncode == -signal.SIGKILL
    bob = reopen(bob_dir, BOB)
    try:
        with bob.workspace.db.engine.begin() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert (bob.org_names(), bob.fingerprint()) == before  # nothing half-applied
    finally:
        bob.workspace.close()
    for _run in range(2):  # imported, then imported again: nothing doubles
        assert share_file_command(bob_dir, "import", target).returncode == 0
    alice, bob = reopen(alice_dir, ALICE), reopen(bob_dir, BOB)
    try:
        assert bob.fingerprint() == alice.fingerprint()
        names = [o.name for o in bob.services.organisations.list()]
        assert sorted(names) == sorted(set(names)) and "Par la clé USB" in names
        assert frame.decode(target.read_bytes()).status is frame.FileStatus.UNKNOWN_KEY
    finally:
        alice.workspace.close()
        bob.workspace.close()
