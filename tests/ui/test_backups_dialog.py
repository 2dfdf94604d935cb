"""File ▸ Backups…, restoring through the application, a damaged workspace at start-up, the
automatic backup, the unexpected-error report and Qt's messages in the log, the About box."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from coopdesk.app import gui
from coopdesk.app.gui import Shell
from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.backups import BackupService
from coopdesk.services.settings import AppPaths
from coopdesk.store.workspace import DB_NAME
from coopdesk.ui.dialogs.about import AboutDialog, DataLocations, bundled_components
from coopdesk.ui.dialogs.backups import BackupsDialog, Confirm
from coopdesk.ui.dialogs.error_report import ErrorReport, error_details
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.runner import Runner
from tests.conftest import workspace_with
from tests.store.test_backups import corrupt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Answers:
    """Replaces the yes/no questions and the alerts; records what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[bool] = []
        self.questions: list[str] = []
        self.alerts: list[tuple[str, str]] = []
        monkeypatch.setattr(Confirm, "ask", classmethod(self._ask))
        monkeypatch.setattr(Alert, "warn", classmethod(
            lambda _cls, _parent, title, text, detail="": self.alerts.append((title, text))))

    def _ask(self, _cls: Any, _parent: Any, _title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answers.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return workspace_with(tmp_path / "ws", "Sauvegardes", "Avant")


def organisation_names(shell: Shell) -> list[str]:
    assert shell.window is not None
    return sorted(o.name for o in shell.window.services.organisations.list())


# -- the dialog -------------------------------------------------------------------------------
def test_the_dialog_lists_backs_up_and_asks_before_restoring(
        qtbot: Any, folder: Path, answers: Answers) -> None:
    service = BackupService(folder)
    first = service.back_up()
    runner = Runner()
    dialog = BackupsDialog(service, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    item = dialog.tree.topLevelItem(0)
    assert item is not None and item.text(1) == "Manual"
    assert item.toolTip(0) == str(first.path)
    assert dialog.restore_button.isEnabled()

    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2)
    assert "Backed up to" in dialog.status.text()

    second = dialog.tree.topLevelItem(1)
    assert second is not None
    dialog.tree.setCurrentItem(second)
    assert dialog.selected() == first
    answers.answers = [False]
    with qtbot.assertNotEmitted(dialog.restore_requested):
        assert not dialog.restore_selected()
    answers.answers = [True]
    with qtbot.waitSignal(dialog.restore_requested) as emitted:
        assert dialog.restore_selected()
    assert emitted.args == [str(first.path)]
    assert len(answers.questions) == 2 and "backed up first" in answers.questions[0]


def test_an_empty_backup_folder_says_so(qtbot: Any, folder: Path) -> None:
    dialog = BackupsDialog(BackupService(folder), Runner())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.listed):
        pass
    assert not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()


# -- through the application ------------------------------------------------------------------
def test_file_backups_restores_through_the_application(
        qtbot: Any, shell: Shell, folder: Path, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert shell.start(workspace=folder)
    window = shell.window
    assert window is not None
    # The automatic start-up backup, in a worker.
    qtbot.waitUntil(lambda: len(BackupService(folder).backups()) == 1, timeout=10_000)
    [automatic] = BackupService(folder).backups()
    assert automatic.kind == "auto"
    window.services.organisations.create(OrganisationFields(name="Après"))
    assert organisation_names(shell) == ["Après", "Avant"]

    monkeypatch.setattr(BackupsDialog, "exec", lambda self: (
        qtbot.waitUntil(lambda: self.tree.topLevelItemCount() == 1), self.restore_selected(),
        0)[-1])
    answers.answers = [True]
    window.backups_action.trigger()

    qtbot.waitUntil(lambda: shell.window is not window and shell.window is not None,
                    timeout=10_000)
    assert organisation_names(shell) == ["Avant"]
    kinds = sorted(backup.kind for backup in BackupService(folder).backups())
    assert kinds == ["auto", "before-restore"]
    assert answers.alerts == []
    assert shell.loading is None
    assert shell.window is not None and shell.window.isVisible()


def test_a_restore_refused_reopens_the_workspace_unchanged(
        qtbot: Any, shell: Shell, folder: Path, answers: Answers) -> None:
    taken = BackupService(folder).back_up()
    assert shell.start(workspace=folder)
    assert shell.window is not None
    shell.window.services.organisations.create(OrganisationFields(name="Après"))
    other = sqlite3.connect(folder / DB_NAME)  # another program has the file open
    try:
        other.execute("SELECT count(*) FROM organisation").fetchall()
        assert not shell.restore_backup(str(taken.path))
    finally:
        other.close()
    [(title, text)] = answers.alerts
    assert title == "Cannot restore the backup" and "open in another" in text
    assert organisation_names(shell) == ["Après", "Avant"]
    assert shell.loading is None


def test_a_damaged_workspace_is_replaced_from_a_backup_after_asking(
        shell: Shell, folder: Path, answers: Answers) -> None:
    BackupService(folder).back_up()
    corrupt(folder / DB_NAME)
    damaged = (folder / DB_NAME).read_bytes()
    answers.answers = [True]
    assert shell.start(workspace=folder)
    assert len(answers.questions) == 1 and "is damaged" in answers.questions[0]
    assert organisation_names(shell) == ["Avant"]
    [kept] = folder.glob(DB_NAME + ".damaged-*")
    assert kept.read_bytes() == damaged


def test_a_damaged_workspace_is_left_alone_when_the_user_declines(
        shell: Shell, folder: Path, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.ui.dialogs.start import StartDialog

    monkeypatch.setattr(StartDialog, "ask", classmethod(lambda cls, recent=(), parent=None:
                                                        None))
    BackupService(folder).back_up()
    corrupt(folder / DB_NAME)
    damaged = (folder / DB_NAME).read_bytes()
    answers.answers = [False]
    assert not shell.start(workspace=folder)
    [(title, text)] = answers.alerts
    assert title == "Cannot open the workspace" and "damaged" in text
    assert (folder / DB_NAME).read_bytes() == damaged
    assert not list(folder.glob(DB_NAME + ".damaged-*"))


# -- unexpected errors and the log ------------------------------------------------------------
def test_an_unexpected_error_shows_the_report_and_the_app_goes_on(
        qtbot: Any, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str, str, Path | None]] = []
    monkeypatch.setattr(ErrorReport, "present", classmethod(
        lambda cls, parent, title, text, details, log_file=None: shown.append(
            (title, text, details, log_file))))
    with gui._logging_to(app_paths) as log_file, gui._unexpected_errors_reported(app_paths):
        try:
            raise ZeroDivisionError("a bug in a slot")
        except ZeroDivisionError as error:
            sys.excepthook(ZeroDivisionError, error, error.__traceback__)
        qWarning("a warning from Qt itself")
    [(title, text, details, where)] = shown
    assert title == "Unexpected error" and where == log_file and str(log_file) in text
    assert "Traceback" in details and "ZeroDivisionError: a bug in a slot" in details
    assert log_file is not None
    logged = log_file.read_text(encoding="utf-8")
    assert "a bug in a slot" in logged
    assert "WARNING coopdesk.qt: a warning from Qt itself" in logged


def test_the_error_report_copies_its_details(qtbot: Any, tmp_path: Path) -> None:
    try:
        raise ValueError("broken")
    except ValueError as error:
        details = error_details(ValueError, error, error.__traceback__, tmp_path / "c.log")
    report = ErrorReport("Unexpected error", "Something went wrong.", details,
                         tmp_path / "c.log")
    qtbot.addWidget(report)
    assert str(tmp_path / "c.log") in details and "ValueError: broken" in details
    link = report.findChild(QLabel, "errorLogFile")
    assert link is not None and str(tmp_path / "c.log") in link.text()
    report.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert report.detail_view.isHidden()
    report.show_button.click()
    assert not report.detail_view.isHidden()


# -- About ------------------------------------------------------------------------------------
def test_about_lists_backups_logs_and_licences(qtbot: Any, tmp_path: Path) -> None:
    locations = DataLocations(workspace_folder=tmp_path / "ws", settings_file=tmp_path / "s.json",
                              workspaces_dir=tmp_path / "all", log_dir=tmp_path / "logs",
                              backups_dir=tmp_path / "ws" / "backups")
    dialog = AboutDialog(locations)
    qtbot.addWidget(dialog)
    where = dialog.findChild(QLabel, "aboutLocations")
    assert where is not None
    assert f'href="file://{tmp_path / "ws" / "backups"}"' in where.text()
    assert where.openExternalLinks()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert str(tmp_path / "logs") in copied and str(tmp_path / "ws" / "backups") in copied
    components = {c.name: c for c in bundled_components()}
    assert components["Qt"].licence == "LGPL-3.0-only"
    assert "LGPL-3.0" in components["PySide6 (Qt for Python)"].licence
    assert components["SQLAlchemy"].licence == "MIT"
    assert components["SQLAlchemy"].version
    text = dialog.findChild(QLabel, "aboutComponents")
    assert text is not None and "Alembic" in text.text() and "cryptography" in text.text()


def test_qt_messages_keep_their_level(caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    with caplog.at_level(logging.DEBUG, logger="coopdesk.qt"):
        gui.qt_message_to_log(QtMsgType.QtCriticalMsg, QMessageLogContext(), "critical one")
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.ERROR, "critical one")]
