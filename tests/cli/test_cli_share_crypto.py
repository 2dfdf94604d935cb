"""`share create FOLDER --encrypt`, `share join` of an encrypted team, `share
change-passphrase` and `share rotate-key`, through `main()` on real folders (the passphrase
from COOPDESK_PASSPHRASE or standard input, with the default Argon2id parameters)."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import open_workspace
from coopdesk.store.workspace import is_workspace
from coopdesk.sync import frame, keys, share
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import TEST_PROFILE, add_organisation
from tests.conftest import organisation_names as names
from tests.sync.encrypted_team import BrokenRing

PASSPHRASE = "la clé du local est sous le pot"
NEW = "un autre secret bien plus long"


@pytest.fixture
def encrypted(capsys: pytest.CaptureFixture[str], services: Services, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    services.organisations.create(OrganisationFields(name="Asso des Tilleuls",
                                                     description="Bilan confidentiel"))
    shared = tmp_path / "Dropbox"
    shared.mkdir()
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "--workspace", services.workspace.folder, "share", "create",
                         shared, "--encrypt")
    assert (code, err) == (0, "")
    assert "encrypted" in out and "keyring" in out and "Exported" in out
    return services.workspace.folder, shared


def test_create_encrypts_and_join_with_the_passphrase(
        capsys: pytest.CaptureFixture[str], encrypted: tuple[Path, Path],
        tmp_path: Path) -> None:
    _alice, shared = encrypted
    assert share.preflight(shared).encrypted
    for path in share.share_root(shared).rglob("*.cdseg"):
        data = path.read_bytes()
        assert b"Tilleuls" not in data and b"confidentiel" not in data
        assert (frame.peek_header(data) or {})["enc"]
    code, out, err = run(capsys, "--workspace", tmp_path / "bob", "share", "join", shared)
    assert (code, err) == (0, "") and "encrypted workspace" in out
    assert names(tmp_path / "bob") == ["Asso des Tilleuls"]


def test_wrong_passphrase_on_join_is_one_line_and_leaves_nothing(
        capsys: pytest.CaptureFixture[str], encrypted: tuple[Path, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _alice, shared = encrypted
    before = sorted(share.share_root(shared).rglob("*"))
    monkeypatch.setenv("COOPDESK_PASSPHRASE", "pas la bonne phrase du tout")
    code, out, err = run(capsys, "--workspace", tmp_path / "bob", "share", "join", shared)
    assert_one_line_error(code, out, err, "Wrong passphrase", "Nothing was changed")
    assert not (tmp_path / "bob").exists()
    assert sorted(share.share_root(shared).rglob("*")) == before


def test_the_passphrase_can_come_from_standard_input(
        capsys: pytest.CaptureFixture[str], encrypted: tuple[Path, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _alice, shared = encrypted
    monkeypatch.delenv("COOPDESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code, _out, err = run(capsys, "--workspace", tmp_path / "bob", "share", "join", shared)
    assert (code, err) == (0, "")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "--workspace", tmp_path / "carol", "share", "join", shared)
    assert_one_line_error(code, out, err, "COOPDESK_PASSPHRASE")
    assert not is_workspace(tmp_path / "carol")


def test_a_short_passphrase_is_refused(capsys: pytest.CaptureFixture[str], services: Services,
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COOPDESK_PASSPHRASE", "court")
    code, out, err = run(capsys, "--workspace", services.workspace.folder, "share", "create",
                         tmp_path, "--encrypt")
    assert_one_line_error(code, out, err, "at least 12 characters")
    assert not share.share_root(tmp_path).exists()


def test_change_passphrase_then_rotate_key(capsys: pytest.CaptureFixture[str],
                                           encrypted: tuple[Path, Path], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    alice, shared = encrypted
    team_id = share.preflight(shared).team_id
    monkeypatch.setenv("COOPDESK_NEW_PASSPHRASE", NEW)
    code, out, err = run(capsys, "--workspace", alice, "share", "change-passphrase")
    assert (code, err) == (0, "") and "Nothing was encrypted again" in out
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(shared, team_id, PASSPHRASE)
    code, out, err = run(capsys, "--workspace", alice, "share", "rotate-key")
    assert_one_line_error(code, out, err, "Wrong passphrase")
    monkeypatch.setenv("COOPDESK_PASSPHRASE", NEW)
    code, out, err = run(capsys, "--workspace", alice, "share", "rotate-key")
    assert (code, err) == (0, "") and "What rotation cannot do" in out
    assert len(keys.unlock(shared, team_id, NEW).keys) == 2
    code, out, err = run(capsys, "--workspace", tmp_path / "bob", "share", "join", shared)
    assert (code, err) == (0, "")
    assert names(tmp_path / "bob") == ["Asso des Tilleuls"]


def test_a_team_in_clear_has_no_keys_to_change(capsys: pytest.CaptureFixture[str],
                                               services: Services, tmp_path: Path) -> None:
    folder = services.workspace.folder
    assert run(capsys, "--workspace", folder, "share", "create", tmp_path)[0] == 0
    code, _out, err = run(capsys, "--workspace", folder, "share", "rotate-key")
    assert code == 2 and "not encrypted" in err


# -- issue 13: keys no folder writer can break, nothing readable on the share -------------------
def every_share_byte(shared: Path, *more: Path) -> list[tuple[Path, bytes]]:
    """Every file of the share (and *more*), with each zlib stream found in it opened."""
    from tests.sync.test_encrypted_share_content import readable_forms

    found = []
    for path in [*sorted(p for p in share.share_root(shared).rglob("*") if p.is_file()),
                 *more]:
        found += [(path, form) for form in readable_forms(path.read_bytes())]
    return found


def test_an_encrypted_share_and_its_one_file_export_hold_no_name_nor_title(
        capsys: pytest.CaptureFixture[str], encrypted: tuple[Path, Path],
        tmp_path: Path) -> None:
    alice, shared = encrypted
    with open_workspace(alice, TEST_PROFILE) as workspace:
        assert Services(workspace).sync.write_snapshot() is not None
    exported = tmp_path / "tilleuls.cdshare"
    code, _out, err = run(capsys, "--workspace", alice, "share", "export", exported)
    assert (code, err) == (0, "")
    words = [w.encode("utf-8") for w in ("Coopération test", TEST_PROFILE.name,
                                         TEST_PROFILE.organisation, "Asso des Tilleuls",
                                         "Bilan confidentiel")]
    files = every_share_byte(shared, exported)
    assert {p.suffix for p, _ in files} >= {".json", ".cdkey", ".cdseg", ".cdsnap",
                                            ".cdshare"}
    leaks = [(p.name, w) for p, data in files for w in words if w in data]
    assert leaks == []
    # joining shows the name once the passphrase opened it
    code, out, err = run(capsys, "--workspace", tmp_path / "bob", "share", "join", shared)
    assert (code, err) == (0, "") and "“Coopération test”" in out


def test_a_tampered_encrypted_export_is_refused_naming_its_device(
        capsys: pytest.CaptureFixture[str], encrypted: tuple[Path, Path],
        tmp_path: Path) -> None:
    alice, shared = encrypted
    assert run(capsys, "--workspace", tmp_path / "bob", "share", "join", shared)[0] == 0
    exported = tmp_path / "tilleuls.cdshare"
    assert run(capsys, "--workspace", alice, "share", "export", exported)[0] == 0
    data = bytearray(exported.read_bytes())
    data[-40] ^= 0x01  # one bit of the encrypted body
    exported.write_bytes(bytes(data))
    device = (frame.peek_header(bytes(data)) or {})["replica_id"]
    code, out, err = run(capsys, "--workspace", tmp_path / "bob", "share", "import", exported)
    assert_one_line_error(code, out, err, "tampered", device)


def test_without_a_keyring_the_environment_passphrase_serves_every_command(
        capsys: pytest.CaptureFixture[str], encrypted: tuple[Path, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    alice, shared = encrypted
    keyring.set_keyring(BrokenRing())  # no Secret Service: keys last one command
    add_organisation(alice, "Après le trousseau")
    monkeypatch.delenv("COOPDESK_PASSPHRASE")
    code, out, err = run(capsys, "--workspace", alice, "sync")
    assert code == 0 and "Exported" not in out and "passphrase" in out
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "--workspace", alice, "sync")
    assert (code, err) == (0, "") and "Exported" in out
    assert run(capsys, "--workspace", tmp_path / "bob", "share", "join", shared)[0] == 0
    add_organisation(alice, "Par clé USB")
    exported = tmp_path / "usb.cdshare"
    code, out, err = run(capsys, "--workspace", alice, "share", "export", exported)
    assert (code, err) == (0, "")
    code, out, err = run(capsys, "--workspace", tmp_path / "bob", "share", "import", exported)
    assert (code, err) == (0, "")
    assert "Par clé USB" in names(tmp_path / "bob")


def test_repair_keys_writes_a_deleted_key_file_again(
        capsys: pytest.CaptureFixture[str], encrypted: tuple[Path, Path]) -> None:
    alice, shared = encrypted
    team_id = share.preflight(shared).team_id
    (lost,) = keys.key_files(shared, team_id)
    lost.path.unlink()
    code, out, err = run(capsys, "--workspace", alice, "share", "repair-keys")
    assert (code, err) == (0, "") and lost.path.name in out
    code, out, err = run(capsys, "--workspace", alice, "share", "repair-keys")
    assert (code, err) == (0, "") and "nothing was written" in out
    assert run(capsys, "--workspace", alice, "share", "rotate-key")[0] == 0


def join_in_subprocess(folder: Path, shared: Path, memory: int) -> subprocess.CompletedProcess[
        str]:
    """`share join` in a child limited to *memory* bytes of address space."""
    root = str(Path(__file__).resolve().parents[2])
    xdg = folder.parent / "xdg"  # no settings of this computer's user
    env = dict(os.environ, COOPDESK_PASSPHRASE=PASSPHRASE,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               XDG_CONFIG_HOME=str(xdg / "config"), XDG_DATA_HOME=str(xdg / "data"),
               XDG_CACHE_HOME=str(xdg / "cache"), XDG_STATE_HOME=str(xdg / "state"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-m", "coopdesk", "--lang", "en", "--workspace",
                           str(folder),
                           "share", "join", str(shared)], capture_output=True, text=True,
                          env=env, preexec_fn=limit, timeout=120, check=False)


def test_a_key_file_asking_for_4_gib_is_refused_within_a_memory_limit(
        encrypted: tuple[Path, Path], tmp_path: Path) -> None:
    _alice, shared = encrypted
    (real,) = keys.key_files(shared, share.preflight(shared).team_id)
    data = json.loads(real.path.read_text("utf-8"))
    data["kdf"].update({"t": 64, "m": 4 * 1024 * 1024, "p": 4})
    data["key_created_at"] = "2999-01-01T00:00:00+00:00"
    greedy = real.path.with_name("greedy" + keys.KEY_SUFFIX)
    greedy.write_text(json.dumps(data), "utf-8")
    memory = 1536 * 1024 * 1024
    done = join_in_subprocess(tmp_path / "bob", shared, memory)  # beside the real key
    assert done.returncode == 0, done.stderr
    assert "greedy" in done.stdout and "ceiling" in done.stdout
    real.path.unlink()  # the greedy file alone
    done = join_in_subprocess(tmp_path / "carol", shared, memory)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "MemoryError" not in done.stderr and "4096 MiB" in done.stderr
    assert not (tmp_path / "carol").exists()
