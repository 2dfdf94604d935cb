"""The window's save dialogs never write into the workspace's own files (issue 14, part 1):
the dossier, the calendar, the minutes and the export dialog refuse such a path with a plain
message and leave the workspace as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coopdesk.services.dossier import DossierService
from coopdesk.services.output_files import OutputRefusedError, protected_places
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.export import ExportDialog, ExportRequest, run_export
from coopdesk.ui.document_exports import DocumentExports
from coopdesk.ui.pages.meetings import MeetingsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def files_of(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()
            if path.is_file() and not path.name.endswith("-shm")}


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(DocumentExports, "show_error", classmethod(
        lambda cls, parent, title, text: shown.append(text)))
    return shown


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(DocumentExports, "ask_file", classmethod(lambda cls, *args: path))


@pytest.mark.parametrize("name", ["coopdesk.sqlite", "workspace.json"])
def test_dossier_and_calendar_refuse_the_workspace(qtbot: Any, demo_services: Services,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   errors: list[str], name: str) -> None:
    folder = demo_services.workspace.folder
    before = files_of(folder)
    exports = DocumentExports(demo_services)
    choose(monkeypatch, folder / name)  # the suffix is added: still inside the workspace
    assert exports.export_dossier(DossierService(demo_services.db).find_project(
        "Parentalité")) is None
    assert exports.export_calendar() is None
    assert len(errors) == 2 and all("inside the workspace's own files" in e for e in errors)
    assert files_of(folder) == before


def test_minutes_refuse_the_workspace(qtbot: Any, demo_services: Services,
                                      monkeypatch: pytest.MonkeyPatch,
                                      errors: list[str]) -> None:
    folder = demo_services.workspace.folder
    before = files_of(folder)
    page = MeetingsPage(demo_services, Bus())
    qtbot.addWidget(page)
    page.show()
    meeting_id = demo_services.minutes.find_meeting("Comité de pilotage du consortium")
    assert page.open_meeting(meeting_id)
    choose(monkeypatch, folder / "coopdesk.sqlite")
    assert page.detail_view.minutes.export_odt() is None
    assert len(errors) == 1 and "inside the workspace's own files" in errors[0]
    assert files_of(folder) == before


def test_the_export_dialog_refuses_the_workspace(qtbot: Any, demo_services: Services) -> None:
    workspace = demo_services.workspace
    dialog = ExportDialog(workspace.name, workspace.folder,
                          protected=protected_places(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    for text in (workspace.folder / "coopdesk.sqlite", workspace.folder / "backups"):
        dialog.path_edit.setText(str(text))
        dialog.export_button.click()
        assert "inside the workspace's own files" in dialog.error_label.text()
        assert dialog.request is None
    dialog.csv_radio.setChecked(True)
    dialog.path_edit.setText(str(workspace.folder))
    dialog.export_button.click()
    assert "inside the workspace's own files" in dialog.error_label.text()
    assert dialog.request is None


def test_the_export_worker_checks_again(demo_services: Services) -> None:
    workspace = demo_services.workspace
    before = files_of(workspace.folder)
    for request in (ExportRequest("json", workspace.folder / "coopdesk.sqlite"),
                    ExportRequest("csv", workspace.folder / "tableaux")):
        with pytest.raises(OutputRefusedError):
            run_export(workspace, request)
    assert files_of(workspace.folder) == before
    assert not (workspace.folder / "tableaux").exists()
