"""A workspace used only from the command line has backups (issue 14, part 2): the daily
automatic backup before any command that writes, a backup before each import or change of
sharing, none for the commands that only read; `restore` lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import create_workspace
from tests.cli.test_cli import run


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A workspace made and filled outside the window, closed, with no backup."""
    where = tmp_path / "espace"
    with create_workspace(where, "Espace", Profile(name="Marie")) as workspace:
        Services(workspace).organisations.create(OrganisationFields(name="Asso des Tilleuls"))
    assert not (where / "backups").exists()
    return where


def backups(folder: Path) -> list[str]:
    return sorted(path.name for path in (folder / "backups").glob("*.sqlite"))


def test_reading_commands_take_no_backup(capsys: pytest.CaptureFixture[str], folder: Path,
                                         tmp_path: Path) -> None:
    for argv in (["search", "Tilleuls"], ["sync", "--status"],
                 ["export", "--format", "json", "--out", tmp_path / "e.json"],
                 ["share", "export", tmp_path / "e.cdsnap"], ["restore"]):
        assert run(capsys, "-w", folder, *argv)[0] == 0
    assert not (folder / "backups").exists()


def test_sync_and_share_back_up_and_restore_lists_it(capsys: pytest.CaptureFixture[str],
                                                     folder: Path, tmp_path: Path) -> None:
    cloud = tmp_path / "nuage"
    cloud.mkdir()
    assert run(capsys, "-w", folder, "share", "create", cloud)[0] == 0
    [first] = backups(folder)
    assert first.startswith("coopdesk-auto-")
    # the daily backup: not again the same day
    assert run(capsys, "-w", folder, "sync")[0] == 0
    assert backups(folder) == [first]
    code, out, _err = run(capsys, "-w", folder, "restore")
    assert code == 0 and first in out and "auto" in out
    # a day later, the next sync takes one
    taken = folder / "backups" / first
    older = taken.with_name("coopdesk-auto-20200101-120000.sqlite")
    taken.rename(older)
    assert run(capsys, "-w", folder, "sync")[0] == 0
    assert len(backups(folder)) == 2
    # an import is always preceded by a backup
    assert run(capsys, "-w", folder, "share", "export", tmp_path / "tout.cdsnap")[0] == 0
    assert run(capsys, "-w", folder, "share", "import", tmp_path / "tout.cdsnap")[0] == 0
    assert len(backups(folder)) == 3
    code, out, _err = run(capsys, "-w", folder, "restore", backups(folder)[-1])
    assert code == 0 and "Restored" in out


def test_a_backup_that_cannot_be_made_stops_the_command(capsys: pytest.CaptureFixture[str],
                                                        folder: Path, tmp_path: Path) -> None:
    (folder / "backups").write_text("a file where the backups folder goes")
    cloud = tmp_path / "nuage"
    cloud.mkdir()
    code, out, err = run(capsys, "-w", folder, "share", "create", cloud)
    assert code != 0 and out == "" and "Cannot back up" in err
    assert list(cloud.iterdir()) == []
