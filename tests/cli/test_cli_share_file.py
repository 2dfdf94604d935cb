"""`share export FILE` and `share import FILE`: the whole workspace as one file (USB stick,
email), run through `main()` on real workspace folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace, is_workspace
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import organisation_names as names
from tests.sync.replicas import BOB


def export(capsys: pytest.CaptureFixture[str], folder: Path, target: Path) -> None:
    code, out, err = run(capsys, "--workspace", folder, "share", "export", target)
    assert (code, err) == (0, ""), err
    assert out.splitlines()[0].startswith("Wrote the whole workspace “")
    assert str(target) in out


def test_export_then_import_into_a_new_folder_makes_a_copy(
        capsys: pytest.CaptureFixture[str], alice: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb" / "tilleuls.cdsnap"
    stick.parent.mkdir()
    export(capsys, alice, stick)
    assert [p.name for p in stick.parent.iterdir()] == ["tilleuls.cdsnap"]  # no temp left
    copy = tmp_path / "copy"
    code, out, err = run(capsys, "--workspace", copy, "share", "import", stick)
    assert (code, err) == (0, "")
    assert out.startswith("Created a copy of the workspace “Coopération test” from ")
    assert names(copy) == names(alice) == ["Asso des Tilleuls"]
    with Workspace.open(copy) as workspace:
        assert workspace.name == "Coopération test"
        assert [m.title for m in Services(workspace).meetings.list()] == [
            "Réunion de lancement"]
    code, out, err = run(capsys, "--workspace", copy, "share", "import", stick)
    assert (code, err) == (0, "") and out.startswith("Nothing new in ")


def test_files_passed_back_and_forth_merge(capsys: pytest.CaptureFixture[str], alice: Path,
                                           tmp_path: Path) -> None:
    export(capsys, alice, tmp_path / "from-alice.cdsnap")
    bob = tmp_path / "bob"
    code, _out, _err = run(capsys, "--workspace", bob, "share", "import",
                           tmp_path / "from-alice.cdsnap")
    assert code == 0
    with Workspace.open(bob, BOB) as workspace:
        Services(workspace).organisations.create(OrganisationFields(name="Collectif Voisins"))
    export(capsys, bob, tmp_path / "from-bob.cdsnap")
    code, out, err = run(capsys, "--workspace", alice, "share", "import",
                         tmp_path / "from-bob.cdsnap")
    assert (code, err) == (0, "")
    assert out.startswith("Imported ") and "changes from" in out
    assert names(alice) == names(bob) == ["Asso des Tilleuls", "Collectif Voisins"]


def test_a_file_of_another_team_is_refused(capsys: pytest.CaptureFixture[str], alice: Path,
                                           tmp_path: Path) -> None:
    other = tmp_path / "other"
    Workspace.create(other, "Autre équipe").close()
    with Workspace.open(other) as workspace:
        Services(workspace).organisations.create(OrganisationFields(name="Ailleurs"))
    export(capsys, other, tmp_path / "other.cdsnap")
    export(capsys, alice, tmp_path / "alice.cdsnap")  # Alice's workspace has a team now
    code, out, err = run(capsys, "--workspace", alice, "share", "import",
                         tmp_path / "other.cdsnap")
    assert_one_line_error(code, out, err, "another team", "nothing was imported")
    assert names(alice) == ["Asso des Tilleuls"]


def test_a_workspace_outside_any_team_with_records_is_not_merged_into(
        capsys: pytest.CaptureFixture[str], alice: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    Workspace.create(other, "Autre").close()
    with Workspace.open(other) as workspace:
        Services(workspace).organisations.create(OrganisationFields(name="Ailleurs"))
    export(capsys, other, tmp_path / "other.cdsnap")
    code, out, err = run(capsys, "--workspace", alice, "share", "import",
                         tmp_path / "other.cdsnap")
    assert_one_line_error(code, out, err, "new, empty workspace")
    assert names(alice) == ["Asso des Tilleuls"]


@pytest.mark.parametrize("damage", ["truncated", "flipped", "not ours", "missing"])
def test_a_bad_file_leaves_nothing_behind(capsys: pytest.CaptureFixture[str], alice: Path,
                                          tmp_path: Path, damage: str) -> None:
    path = tmp_path / "file.cdsnap"
    export(capsys, alice, path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        path.write_bytes(data[:40] + bytes([data[40] ^ 1]) + data[41:])
    elif damage == "not ours":
        path.write_bytes(b"Bonjour, voici le compte rendu.\n" * 10)
    else:
        path.unlink()
    target = tmp_path / "new"
    code, out, err = run(capsys, "--workspace", target, "share", "import", path)
    assert_one_line_error(code, out, err, str(path))
    assert not target.exists() and not is_workspace(target)


def test_export_refuses_to_overwrite_and_needs_a_workspace(
        capsys: pytest.CaptureFixture[str], alice: Path, tmp_path: Path) -> None:
    path = tmp_path / "taken.cdsnap"
    path.write_text("précieux")
    code, out, err = run(capsys, "--workspace", alice, "share", "export", path)
    assert_one_line_error(code, out, err, "already exists; add --force")
    assert path.read_text() == "précieux"
    code, out, err = run(capsys, "--workspace", tmp_path / "nothing", "share", "export",
                         tmp_path / "x.cdsnap")
    assert_one_line_error(code, out, err, "holds no workspace")
    code, out, err = run(capsys, "--workspace", alice, "share", "export",
                         tmp_path / "no" / "such" / "x.cdsnap")
    assert_one_line_error(code, out, err, "does not exist")
