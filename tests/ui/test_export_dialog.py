"""Fichier ▸ Exporter…: the dialog, the export in a worker, the message and its folder."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMenu

from coopdesk.domain.enums import ExchangeKind
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.services.export import CSV_MANIFEST, ExportResult
from coopdesk.services.workspace_services import Services
from coopdesk.ui.dialogs.export import (
    ExportDialog,
    ExportDone,
    ExportRequest,
    FolderOpener,
    PathPicker,
    default_target,
)
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
TODAY = dt.date(2026, 3, 31)
WAIT_MS = 20_000

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path) -> ExportDialog:
    made = ExportDialog("Collectif Été", tmp_path, today=TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def error_of(dialog: ExportDialog) -> str:
    return dialog.error_label.text() if dialog.error_label.isVisible() else ""


def test_names_and_defaults(dialog: ExportDialog, tmp_path: Path) -> None:
    assert default_target(tmp_path, "Œuvres d’été", "csv", TODAY) == \
        tmp_path / "oeuvres-d-ete-2026-03-31-csv"
    assert default_target(tmp_path, "???", "json", TODAY) == tmp_path / "coopdesk-2026-03-31.json"
    assert default_target(tmp_path, "Collectif Été", "json", TODAY) == \
        tmp_path / "collectif-ete-2026-03-31.json"
    assert dialog.format() == "json" and not dialog.private_check.isChecked()
    assert dialog.path() == tmp_path / "collectif-ete-2026-03-31.json"
    assert dialog.where_box.title() == "File to write"
    note = dialog.findChild(QLabel, "privateNote")
    assert note is not None and "never shared" in note.text()
    # Switching the format switches the default destination, not a path the user typed.
    dialog.csv_radio.setChecked(True)
    assert dialog.path() == tmp_path / "collectif-ete-2026-03-31-csv"
    assert dialog.where_box.title() == "Folder that receives the CSV files"
    dialog.path_edit.setText(str(tmp_path / "mine"))
    dialog.json_radio.setChecked(True)
    assert dialog.path() == tmp_path / "mine"


def test_accepting_gives_the_request(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.path_edit.setText(str(tmp_path / "sauvegarde"))
    dialog.private_check.setChecked(True)
    dialog.export_button.click()
    assert dialog.request == ExportRequest("json", tmp_path / "sauvegarde.json", True)
    assert dialog.request.folder == tmp_path


def test_refusals_are_shown_in_the_dialog(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.path_edit.setText("  ")
    dialog.export_button.click()
    assert error_of(dialog) == "Choose where to write the export."
    dialog.path_edit.setText(str(tmp_path / "missing" / "x.json"))
    dialog.export_button.click()
    assert "does not exist" in error_of(dialog) and dialog.request is None
    # An existing file is replaced only after a second click.
    existing = tmp_path / "old.json"
    existing.write_text("{}")
    dialog.path_edit.setText(str(existing))
    dialog.export_button.click()
    assert "will be replaced" in error_of(dialog) and dialog.request is None
    dialog.export_button.click()
    assert dialog.request == ExportRequest("json", existing, False)


def test_csv_needs_a_new_empty_or_export_folder(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.csv_radio.setChecked(True)
    busy = tmp_path / "photos"
    busy.mkdir()
    (busy / "plage.jpg").write_bytes(b"jpg")
    dialog.path_edit.setText(str(busy))
    dialog.export_button.click()
    assert "already holds other files" in error_of(dialog)
    dialog.path_edit.setText(str(busy / "plage.jpg"))
    dialog.export_button.click()
    assert "is a file" in error_of(dialog)
    previous = tmp_path / "previous-export"
    previous.mkdir()
    (previous / CSV_MANIFEST).write_text(json.dumps({"format": "coopdesk-csv-export"}))
    (previous / "organisation.csv").write_text("id\n")
    dialog.path_edit.setText(str(previous))
    dialog.export_button.click()
    assert dialog.request == ExportRequest("csv", previous, False)


def test_choose_uses_the_system_pickers(dialog: ExportDialog, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, Path]] = []

    def picker(kind: str, answer: Path) -> Any:
        def ask(cls: Any, parent: Any, title: str, start: Path) -> Path:
            asked.append((kind, start))
            return answer
        return classmethod(ask)

    monkeypatch.setattr(PathPicker, "ask_file", picker("file", tmp_path / "a.json"))
    monkeypatch.setattr(PathPicker, "ask_folder", picker("folder", tmp_path / "b"))
    (tmp_path / "a.json").write_text("{}")
    dialog.choose_button.click()
    assert dialog.path() == tmp_path / "a.json"
    dialog.export_button.click()  # the system dialog already asked about replacing
    assert dialog.request == ExportRequest("json", tmp_path / "a.json", False)
    dialog.csv_radio.setChecked(True)
    dialog.choose_button.click()
    assert dialog.path() == tmp_path / "b"
    assert asked == [("file", tmp_path / "collectif-ete-2026-03-31.json"), ("folder", tmp_path)]


def test_done_message_says_where_and_how_many(tmp_path: Path) -> None:
    result = ExportResult(tmp_path / "x.json", (("organisation", 3), ("person", 1_250)), 2)
    text = ExportDone.text(result)
    assert str(tmp_path / "x.json") in text and "1253" in text.replace("\u202f", "").replace(
        ",", "").replace("\xa0", "")
    assert "2 private" in text


# -- from the window -------------------------------------------------------------------------
def add_private_entry(services: Services) -> None:
    org = services.organisations.list()[0]
    services.exchanges.create(ContactLogEntryFields(
        kind=ExchangeKind.CALL, occurred_on=TODAY, subject="Appel confidentiel",
        organisation_id=org.id, is_private=True))


def test_export_from_the_window_runs_in_the_worker(make_window: MakeWindow, qtbot: Any,
                                                   demo_services: Services, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    add_private_entry(demo_services)
    target = tmp_path / "export.json"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, name, start, parent=None, protected=(): ExportRequest("json", target, False)))
    shown: list[ExportResult] = []
    opened: list[Path] = []

    def done(cls: Any, result: ExportResult, parent: Any = None) -> bool:
        shown.append(result)
        return True  # "Open the folder"

    def open_folder(cls: Any, folder: Path) -> bool:
        opened.append(folder)
        return True

    monkeypatch.setattr(ExportDone, "ask", classmethod(done))
    monkeypatch.setattr(FolderOpener, "open", classmethod(open_folder))
    window = make_window(demo_services)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.export_action in file_menu.actions()
    task = window.export_workspace()
    assert task is not None and task.text == "Exporting to export.json…"
    assert window.runner.busy_text() == "Exporting to export.json…"
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    data = json.loads(target.read_text(encoding="utf-8"))
    [result] = shown
    assert result.total_rows == sum(len(rows) for rows in data["tables"].values())
    assert result.private_left_out >= 1 and data["private_left_out"] == result.private_left_out
    assert not any(entry["is_private"] for entry in data["tables"]["contact_log_entry"])
    assert opened == [tmp_path]
    assert str(target) in window.statusBar().currentMessage()


def test_a_refused_export_is_explained(make_window: MakeWindow, qtbot: Any,
                                       demo_services: Services, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    busy = tmp_path / "photos"
    busy.mkdir()
    (busy / "plage.jpg").write_bytes(b"jpg")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, name, start, parent=None, protected=(): ExportRequest("csv", busy, True)))
    alerts: list[tuple[str, str]] = []
    monkeypatch.setattr(Alert, "warn", classmethod(
        lambda cls, parent, title, text, detail="": alerts.append((title, text))))
    monkeypatch.setattr(ExportDone, "ask", classmethod(
        lambda cls, result, parent=None: pytest.fail("no export was written")))
    window = make_window(demo_services)
    task = window.export_workspace()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert alerts == [("Cannot export", f"The folder {busy} is not empty and is not a coopdesk "
                       "export; choose a new or empty folder.")]
    assert sorted(path.name for path in busy.iterdir()) == ["plage.jpg"]


def test_cancelling_the_dialog_exports_nothing(make_window: MakeWindow,
                                               demo_services: Services,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, name, start, parent=None, protected=(): None))
    window = make_window(demo_services)
    assert window.export_workspace() is None and window.runner.running() == 0
