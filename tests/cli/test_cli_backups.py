"""`coopdesk --workspace DIR backup` and `restore [BACKUP]` on real workspace folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.backups import BackupService
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import DB_NAME, Workspace
from tests.cli.test_cli import run
from tests.conftest import TEST_PROFILE, workspace_with
from tests.conftest import organisation_names as names
from tests.store.test_backups import corrupt


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return workspace_with(tmp_path / "ws", "Ligne de commande", "Avant")


def test_backup_then_list_then_restore(capsys: pytest.CaptureFixture[str],
                                       folder: Path) -> None:
    code, out, err = run(capsys, "--workspace", folder, "backup")
    assert (code, err) == (0, "")
    taken = BackupService(folder).backups()
    assert len(taken) == 1 and str(taken[0].path) in out

    with Workspace.open(folder, TEST_PROFILE) as ws:
        Services(ws).organisations.create(OrganisationFields(name="Après"))

    code, out, err = run(capsys, "restore", "--workspace", folder)
    assert (code, err) == (0, "")
    assert taken[0].name in out and "manual" in out
    assert names(folder) == ["Après", "Avant"]  # listing changes nothing

    code, out, err = run(capsys, "--workspace", folder, "restore", taken[0].name)
    assert (code, err) == (0, "")
    assert f"from {taken[0].name}" in out
    assert "before the restore was backed up" in out
    assert names(folder) == ["Avant"]
    kinds = sorted(backup.kind for backup in BackupService(folder).backups())
    assert kinds == ["before-restore", "manual"]


def test_restore_by_day(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    taken = BackupService(folder).back_up()
    code, out, _err = run(capsys, "--workspace", folder, "restore",
                          f"{taken.taken_at:%Y-%m-%d}")
    assert code == 0 and taken.name in out


def test_restore_lists_nothing_yet(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _err = run(capsys, "--workspace", folder, "restore")
    assert code == 0 and "No backup" in out


@pytest.mark.parametrize("argv", [["restore", "2001-01-01"], ["restore", "nothing.sqlite"]])
def test_an_unknown_backup_is_a_one_line_error(capsys: pytest.CaptureFixture[str],
                                               folder: Path, argv: list[str]) -> None:
    BackupService(folder).back_up()
    code, out, err = run(capsys, "--workspace", folder, *argv)
    assert code == 2 and out == ""
    assert err.startswith("coopdesk: error: There is no backup")
    assert len(err.strip().splitlines()) == 1


def test_backup_of_a_folder_that_is_not_a_workspace(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    code, _out, err = run(capsys, "--workspace", tmp_path, "backup")
    assert code == 2 and "not a coopdesk workspace" in err


def test_a_damaged_workspace_is_restored_and_kept(capsys: pytest.CaptureFixture[str],
                                                  folder: Path) -> None:
    taken = BackupService(folder).back_up()
    corrupt(folder / DB_NAME)
    code, _out, err = run(capsys, "--workspace", folder, "backup")
    assert code == 2 and "damaged" in err
    code, out, err = run(capsys, "--workspace", folder, "restore", taken.name)
    assert (code, err) == (0, "")
    assert "damaged database was kept as" in out
    assert names(folder) == ["Avant"]
    assert len(list(folder.glob(DB_NAME + ".damaged-*"))) == 1
