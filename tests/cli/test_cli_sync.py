"""`share create`, `share join`, `sync` and `sync --status`, run through `main()` on real
workspace folders and a real shared folder."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace, is_workspace
from coopdesk.sync import share
from tests.cli.test_cli import assert_no_qt_loaded, assert_one_line_error, run
from tests.conftest import TEST_PROFILE
from tests.conftest import organisation_names as names
from tests.sync.replicas import BOB


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Dropbox" / "Asso"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def shared(capsys: pytest.CaptureFixture[str], alice: Path, shared_folder: Path) -> Path:
    code, _out, _err = run(capsys, "--workspace", alice, "share", "create", shared_folder)
    assert code == 0
    return shared_folder


# -- share create ------------------------------------------------------------------------
def test_share_create_exports_everything_and_says_how_to_join(
        capsys: pytest.CaptureFixture[str], alice: Path, shared_folder: Path) -> None:
    code, out, err = run(capsys, "--workspace", alice, "share", "create", shared_folder)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"Workspace “Coopération test” is now shared in "
                        f"{shared_folder / 'CoopDesk'}.")
    assert "Exported" in out and "share join" in out
    assert list(share.share_root(shared_folder).glob("devices/*/seg-*.cdseg"))


def test_share_create_refuses_a_missing_folder(capsys: pytest.CaptureFixture[str],
                                               alice: Path, tmp_path: Path) -> None:
    assert_one_line_error(*run(capsys, "-w", alice, "share", "create", tmp_path / "nowhere"),
                          "does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_share_create_refuses_twice(capsys: pytest.CaptureFixture[str], alice: Path,
                                    shared: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    assert_one_line_error(*run(capsys, "share", "create", other, "-w", alice),
                          "already shared")
    assert list(other.iterdir()) == []


def test_share_create_refuses_a_folder_holding_another_team(
        capsys: pytest.CaptureFixture[str], shared: Path, tmp_path: Path) -> None:
    other = Workspace.create(tmp_path / "other", "Autre", BOB)
    other.close()
    assert_one_line_error(*run(capsys, "-w", tmp_path / "other", "share", "create", shared),
                          "already holds data")


# -- share join ----------------------------------------------------------------------------
def test_share_join_makes_a_new_copy(capsys: pytest.CaptureFixture[str], shared: Path,
                                     tmp_path: Path) -> None:
    bob = tmp_path / "bob"
    code, out, err = run(capsys, "share", "join", shared, "--workspace", bob)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (f"{bob} is now a copy of the workspace “Coopération test” "
                                   f"shared in {shared / 'CoopDesk'}.")
    assert "Imported" in out
    assert names(bob) == ["Asso des Tilleuls"]
    with Workspace.open(bob) as workspace:
        assert workspace.name == "Coopération test"
    # joining again the same copy just syncs it
    code, out, _err = run(capsys, "-w", bob, "share", "join", shared)
    assert code == 0 and "already a copy" in out


@pytest.mark.parametrize("setup", ["missing", "empty", "foreign", "damaged"])
def test_share_join_refuses_what_is_not_a_shared_workspace_and_leaves_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, setup: str) -> None:
    folder = tmp_path / "share"
    if setup != "missing":
        folder.mkdir()
    if setup == "foreign":
        (folder / "photos.jpg").write_bytes(b"\xff\xd8")
        (folder / "CoopDesk").mkdir()
    if setup == "damaged":
        (folder / "CoopDesk").mkdir()
        (folder / "CoopDesk" / "coopdesk-team-x.json").write_text("{pas du json")
    before = sorted(p.name for p in folder.rglob("*")) if folder.exists() else None
    bob = tmp_path / "bob"
    # the same explanation as the start window's (services/sharing/membership.py)
    words = {"missing": "cannot be found", "empty": "holds no shared coopdesk workspace",
             "foreign": "holds no shared coopdesk workspace", "damaged": "is damaged"}[setup]
    assert_one_line_error(*run(capsys, "-w", bob, "share", "join", folder), words,
                          "Nothing was changed")
    assert not bob.exists()
    assert (sorted(p.name for p in folder.rglob("*")) if folder.exists() else None) == before


def test_share_join_refuses_a_folder_holding_a_different_workspace(
        capsys: pytest.CaptureFixture[str], shared: Path, tmp_path: Path) -> None:
    other = Workspace.create(tmp_path / "other", "Mon espace", BOB)
    Services(other).organisations.create(OrganisationFields(name="À moi"))
    other.close()
    before = (tmp_path / "other" / "coopdesk.sqlite").read_bytes()
    assert_one_line_error(*run(capsys, "-w", tmp_path / "other", "share", "join", shared),
                          "already holds a different workspace")
    assert (tmp_path / "other" / "coopdesk.sqlite").read_bytes() == before
    assert names(tmp_path / "other") == ["À moi"]


def test_share_join_refuses_a_folder_of_user_files(capsys: pytest.CaptureFixture[str],
                                                   shared: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("à garder", encoding="utf-8")
    assert_one_line_error(*run(capsys, "-w", mine, "share", "join", shared),
                          "not a new or empty folder")
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_a_failed_join_leaves_nothing_behind(capsys: pytest.CaptureFixture[str],
                                             shared: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(_self: SyncService, _folder: Path, _passphrase: str | None = None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SyncService, "join", full_disk)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_one_line_error(*run(capsys, "-w", empty, "share", "join", shared),
                          "No space left on device")
    assert list(empty.iterdir()) == []
    assert_one_line_error(*run(capsys, "-w", tmp_path / "new", "share", "join", shared),
                          "No space left on device")
    assert not (tmp_path / "new").exists()


# -- sync ----------------------------------------------------------------------------------
def test_sync_says_what_it_did(capsys: pytest.CaptureFixture[str], alice: Path,
                               shared: Path, tmp_path: Path) -> None:
    bob = tmp_path / "bob"
    assert run(capsys, "-w", bob, "share", "join", shared)[0] == 0
    with Workspace.open(bob, BOB) as workspace:
        Services(workspace).organisations.create(OrganisationFields(name="Jardin partagé"))
    code, out, err = run(capsys, "-w", bob, "sync")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Nothing new from the others."
    assert out.splitlines()[1].startswith("Exported 11 changes of this laptop to ")
    code, out, err = run(capsys, "sync", "-w", alice)
    assert (code, err) == (0, "")
    assert out.splitlines() == ["Imported 11 changes from 1 files.",
                                "No change of this laptop to share."]
    assert names(alice) == ["Asso des Tilleuls", "Jardin partagé"]


def test_sync_names_a_file_it_cannot_read_and_who_wrote_it(
        capsys: pytest.CaptureFixture[str], alice: Path, shared: Path,
        tmp_path: Path) -> None:
    bob = tmp_path / "bob"
    run(capsys, "-w", bob, "share", "join", shared)
    with Workspace.open(bob, BOB) as workspace:
        services = Services(workspace)
        services.organisations.create(OrganisationFields(name="Jardin partagé"))
        (first,) = SyncService(workspace).sync().exported_files
        services.organisations.create(OrganisationFields(name="Ressourcerie"))
        (second,) = SyncService(workspace).sync().exported_files
    run(capsys, "-w", alice, "sync")
    Path(second).write_bytes(Path(second).read_bytes()[:-10])
    code, out, err = run(capsys, "-w", alice, "sync")
    assert (code, err) == (0, "")
    assert (f"Could not read {second}: incomplete (still arriving? retried next time), "
            f"written by Bob Leroy — Collectif Voisins (no trailer yet).") in out.splitlines()
    code, out, _err = run(capsys, "-w", alice, "sync", "--status")
    assert code == 0
    assert "Files waiting or unreadable:" in out and f"  Could not read {second}" in out
    assert first != second


def test_sync_status_shows_devices_outbox_files_and_conflicts(
        capsys: pytest.CaptureFixture[str], alice: Path, shared: Path,
        tmp_path: Path) -> None:
    bob = tmp_path / "bob"
    run(capsys, "-w", bob, "share", "join", shared)
    for folder, profile, notes in ((alice, TEST_PROFILE, "Notes de Marie"),
                                   (bob, BOB, "Notes de Bob")):
        with Workspace.open(folder, profile) as ws:
            services = Services(ws)
            meeting = services.meetings.list()[0]
            services.meetings.update(meeting.id, MeetingFields(
                title=meeting.title, starts_at=meeting.starts_at, notes=notes))
    run(capsys, "-w", bob, "sync")
    code, out, err = run(capsys, "-w", alice, "sync", "--status")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Shared folder: {shared}"
    assert "Changes not shared yet: 1" in lines
    assert any(line.startswith("  Marie Dupont — Asso du Pont: last change ")
               and "(this laptop) [" in line for line in lines)
    assert not any("Bob Leroy" in line for line in lines)  # not imported yet
    assert "Open conflicts and notices: 0" in lines
    run(capsys, "-w", alice, "sync")
    code, out, _err = run(capsys, "-w", alice, "sync", "--status")
    lines = out.splitlines()
    assert "Changes not shared yet: 0" in lines
    assert any(line.startswith("  Bob Leroy — Collectif Voisins: last change ")
               for line in lines)
    assert "Files waiting or unreadable: none" in lines
    assert "Open conflicts and notices: 1" in lines
    conflict = next(line for line in lines if "conflict:" in line)
    assert conflict.startswith("  conflict: meeting “Réunion de lancement”, field notes: "
                               "2 versions (")
    assert "Marie Dupont — Asso du Pont" in conflict and "Bob Leroy — Collectif Voisins" \
        in conflict


def test_sync_of_a_workspace_not_shared(capsys: pytest.CaptureFixture[str],
                                        alice: Path) -> None:
    assert_one_line_error(*run(capsys, "-w", alice, "sync"), "not shared yet")
    code, out, _err = run(capsys, "-w", alice, "sync", "--status")
    assert code == 0 and out.startswith("This workspace is not shared")


def test_sync_when_the_shared_folder_is_gone(capsys: pytest.CaptureFixture[str],
                                             alice: Path, shared: Path) -> None:
    (shared / "CoopDesk").rename(shared / "ailleurs")
    assert_one_line_error(*run(capsys, "-w", alice, "sync"), "holds no coopdesk team",
                          "Nothing was changed")


def test_sync_commands_never_import_qt(alice: Path, shared_folder: Path,
                                       tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from coopdesk.app.main import main
        codes = [
            main(["--workspace", {str(alice)!r}, "share", "create", {str(shared_folder)!r}]),
            main(["--workspace", {str(tmp_path / "bob")!r}, "share", "join",
                  {str(shared_folder)!r}]),
            main(["--workspace", {str(alice)!r}, "sync"]),
            main(["--workspace", {str(alice)!r}, "sync", "--status"]),
            main(["--workspace", {str(tmp_path / "carl")!r}, "share", "join",
                  {str(tmp_path / "nowhere")!r}]),
        ]
        assert codes == [0, 0, 0, 0, 2], codes
    """)
    assert_no_qt_loaded(script)
    assert is_workspace(tmp_path / "bob") and not (tmp_path / "carl").exists()
