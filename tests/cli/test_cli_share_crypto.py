"""`share create FOLDER --encrypt`, `share join` of an encrypted team, `share
change-passphrase` and `share rotate-key`, through `main()` on real folders (the passphrase
from COOPDESK_PASSPHRASE or standard input, with the default Argon2id parameters)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import is_workspace
from coopdesk.sync import frame, keys, share
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import organisation_names as names

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
