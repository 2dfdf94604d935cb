"""Every command-line output (issue 14, part 1) on real workspaces and files: never inside
the workspace's own files or the team's shared folder, never over an existing file without
`--force`, the minutes' PDF and ODT written both or neither."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from coopdesk.domain.meetings import MeetingFields
from coopdesk.domain.projects import ProjectFields
from coopdesk.services.workspace_services import Services
from coopdesk.ui.i18n import remove_translators
from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    yield
    remove_translators(qapp)
    QLocale.setDefault(previous)


@pytest.fixture
def folder(services: Services) -> Path:
    services.meetings.create(MeetingFields(title="Réunion de lancement",
                                           starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    services.projects.create(ProjectFields(title="Jardin partagé"))
    return services.workspace.folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """The files of *folder* (the shared-memory index, rewritten by any reader, by name)."""
    return {str(path.relative_to(folder)): b"" if path.name.endswith("-shm")
            else path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


COMMANDS = {
    "minutes": ["minutes", "lancement", "--pdf"],
    "odt": ["minutes", "lancement", "--odt"],
    "dossier": ["dossier", "Jardin", "--pdf"],
    "calendar": ["calendar", "--out"],
    "json": ["export", "--format", "json", "--out"],
    "share-file": ["share", "export"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("target", ["coopdesk.sqlite", "coopdesk.sqlite-wal", "workspace.json",
                                    "backups/copie.sqlite", "nouveau.pdf"])
def test_no_output_goes_into_the_workspace(qapp: object, capsys: pytest.CaptureFixture[str],
                                           folder: Path, command: str, target: str) -> None:
    (folder / "backups").mkdir(exist_ok=True)
    before = snapshot(folder)
    assert_one_line_error(*run(capsys, "--temp-basedir", "-w", folder, *COMMANDS[command],
                               folder / target, "--force"),
                          "inside the workspace's own files")
    assert snapshot(folder) == before


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_existing_file_needs_force(qapp: object, capsys: pytest.CaptureFixture[str],
                                      folder: Path, tmp_path: Path, command: str) -> None:
    target = tmp_path / "déjà là"
    target.write_text("à garder", encoding="utf-8")
    argv = ["--temp-basedir", "-w", folder, *COMMANDS[command], target]
    assert_one_line_error(*run(capsys, *argv), "already exists; add --force")
    assert target.read_text(encoding="utf-8") == "à garder"
    code, out, err = run(capsys, *argv, "--force")
    assert (code, err) == (0, "")
    assert str(target) in out
    assert target.read_bytes() != "à garder".encode()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_links_into_the_workspace_are_followed(qapp: object, capsys: pytest.CaptureFixture[str],
                                               folder: Path, tmp_path: Path) -> None:
    link = tmp_path / "lien.json"
    link.symlink_to(folder / "coopdesk.sqlite")
    before = snapshot(folder)
    assert_one_line_error(*run(capsys, "-w", folder, "export", "--format", "json", "--out",
                               link, "--force"), "inside the workspace's own files")
    assert snapshot(folder) == before


def test_csv_folder_outside_the_workspace_and_force_for_a_previous_export(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    before = snapshot(folder)
    for inside in (folder, folder / "csv", folder / "backups"):
        assert_one_line_error(*run(capsys, "-w", folder, "export", "--format", "csv",
                                   "--out", inside, "--force"), "workspace's own files")
    assert snapshot(folder) == before and not (folder / "csv").exists()
    out = tmp_path / "tableaux"
    assert run(capsys, "-w", folder, "export", "--format", "csv", "--out", out)[0] == 0
    assert_one_line_error(*run(capsys, "-w", folder, "export", "--format", "csv",
                               "--out", out), "already holds an export; add --force")
    assert run(capsys, "-w", folder, "export", "--format", "csv", "--out", out,
               "--force")[0] == 0


def test_nothing_goes_into_the_teams_shared_folder(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    cloud = tmp_path / "nuage"
    cloud.mkdir()
    assert run(capsys, "-w", folder, "share", "create", cloud)[0] == 0
    before = snapshot(cloud)
    for target in (cloud / "CoopDesk" / "x.json", cloud / "CoopDesk"):
        assert_one_line_error(*run(capsys, "-w", folder, "export", "--format", "json",
                                   "--out", target, "--force"), "own files")
    assert snapshot(cloud) == before
    # beside the team's folder, in the shared folder itself, is the person's choice
    assert run(capsys, "-w", folder, "export", "--format", "json", "--out",
               cloud / "export.json")[0] == 0


def test_minutes_write_both_files_or_neither(qapp: object, capsys: pytest.CaptureFixture[str],
                                             folder: Path, tmp_path: Path) -> None:
    pdf, odt = tmp_path / "ok.pdf", tmp_path / "nodir" / "x.odt"
    assert_one_line_error(*run(capsys, "--temp-basedir", "-w", folder, "minutes", "lancement",
                               "--pdf", pdf, "--odt", odt), "does not exist")
    assert not pdf.exists()
    assert_one_line_error(*run(capsys, "--temp-basedir", "-w", folder, "minutes", "lancement",
                               "--pdf", pdf, "--odt", pdf), "given twice")
    assert not pdf.exists()


def test_minutes_failing_late_leave_no_file(qapp: object, capsys: pytest.CaptureFixture[str],
                                            folder: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.ui import printing

    def broken(_document: object, _path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(printing, "write_odt", broken)
    pdf, odt = tmp_path / "cr.pdf", tmp_path / "cr.odt"
    code, out, err = run(capsys, "--temp-basedir", "-w", folder, "minutes", "lancement",
                         "--pdf", pdf, "--odt", odt)
    assert code != 0 and "No space left on device" in err and out == ""
    assert not pdf.exists() and not odt.exists()
    assert [path.name for path in tmp_path.iterdir() if path.suffix == ".part"] == []
