"""First start: join the workspace a partner shares, from the start dialog."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from coopdesk.app.gui import Shell
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.dialogs.start import FolderDialog, StartChoice, StartDialog
from coopdesk.ui.main_window import MainWindow
from tests.conftest import TEST_PROFILE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PARTNER = Profile(name="Karim Benali", organisation="UST")


class Answers:
    """Stands in for the start dialog and the alerts: answers in order, records alerts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.choices: list[StartChoice | None] = []
        self.alerts: list[tuple[str, str]] = []
        monkeypatch.setattr(StartDialog, "ask", classmethod(self._choice))
        monkeypatch.setattr(Alert, "warn", classmethod(self._alert))

    def _choice(self, _cls: Any, recent: Any = (), parent: Any = None) -> StartChoice | None:
        return self.choices.pop(0) if self.choices else None

    def _alert(self, _cls: Any, parent: Any, title: str, text: str, detail: str = "") -> None:
        self.alerts.append((title, text))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def shared_team(tmp_path: Path, passphrase: str | None = None) -> Path:
    """A partner's workspace with one organisation, shared in tmp_path/cloud."""
    shared = tmp_path / "cloud"
    shared.mkdir()
    with Workspace.create(tmp_path / "partner", "Collectif des Tilleuls", PARTNER) as ws:
        services = Services(ws)
        services.organisations.create(OrganisationFields(name="Union sportive"))
        SyncService(ws).create_share(shared, passphrase=passphrase)
    return shared


def workspace_folders(shell: Shell) -> list[Path]:
    base = shell.context.workspaces_dir
    return sorted(base.iterdir()) if base.exists() else []


def test_the_start_dialog_offers_to_join_a_shared_folder(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[str] = []

    def pick(_cls: Any, title: str, start: Path | None = None, parent: Any = None) -> Path:
        asked.append(title)
        return tmp_path / "cloud"

    monkeypatch.setattr(FolderDialog, "ask", classmethod(pick))
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.join_button.isVisible() and dialog.join_button.isEnabled()
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert asked == ["Choose the folder your partners share"]
    assert dialog.choice == StartChoice("join", folder=tmp_path / "cloud")
    assert dialog.result() == StartDialog.DialogCode.Accepted


def test_join_a_shared_workspace_off_the_gui_thread(
        shell: Shell, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        qtbot: Any) -> None:
    shared = shared_team(tmp_path)
    threads: list[bool] = []
    loading_shown: list[bool] = []
    real_join = SyncService.join

    def join(service: SyncService, folder: Path, passphrase: str | None = None) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        # The main window's frame, without a workspace yet, shows the progress.
        frame = shell.loading
        loading_shown.append(isinstance(frame, MainWindow) and not frame.attached()
                             and frame.isVisible())
        return real_join(service, folder, passphrase)

    monkeypatch.setattr(SyncService, "join", join)
    answers.choices = [StartChoice("join", folder=shared)]
    assert shell.start()
    assert threads == [False]  # joined in a worker…
    assert loading_shown == [True]  # …while the loading window showed progress
    assert answers.alerts == []
    assert shell.workspace is not None and shell.window is not None
    assert shell.workspace.name == "Collectif des Tilleuls"
    assert shell.workspace.folder.parent == shell.context.workspaces_dir
    names = [row.name for row in Services(shell.workspace).organisations.list()]
    assert names == ["Union sportive"]  # the partner's records came with it
    assert SyncService(shell.workspace).team_of()
    assert shell.window.windowTitle() == "Collectif des Tilleuls — coopdesk"
    assert shell._forget_keys() is None  # a team in clear has no keys to forget
    assert shell.loading is None


@pytest.mark.parametrize("kind", ["empty", "foreign", "missing"])
def test_a_folder_without_a_shared_workspace_is_explained(
        shell: Shell, answers: Answers, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / kind
    if kind != "missing":
        folder.mkdir()
    if kind == "foreign":
        (folder / "holiday.jpg").write_bytes(b"\xff\xd8")
        Workspace.create(folder / "a-workspace", "Not shared", TEST_PROFILE).close()
    answers.choices = [StartChoice("join", folder=folder), None]
    assert not shell.start()
    assert len(answers.alerts) == 1
    title, text = answers.alerts[0]
    assert title == "Cannot open the workspace"
    expected = "cannot be found" if kind == "missing" else "holds no shared coopdesk workspace"
    assert expected in text and str(folder) in text
    assert workspace_folders(shell) == []  # nothing was made
    assert shell.workspace is None


def test_a_failed_join_leaves_nothing_behind(shell: Shell, answers: Answers, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.services.sharing.types import SyncError

    shared = shared_team(tmp_path)

    def refuse(_service: SyncService, _folder: Path, _passphrase: str | None = None) -> Any:
        raise SyncError("This workspace already belongs to another team.")

    monkeypatch.setattr(SyncService, "join", refuse)
    answers.choices = [StartChoice("join", folder=shared), None]
    assert not shell.start()
    assert [text for _title, text in answers.alerts] == [
        "This workspace already belongs to another team."]
    assert workspace_folders(shell) == []


def test_an_encrypted_team_asks_for_its_passphrase(
        shell: Shell, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.domain.errors import CoopdeskError
    from coopdesk.ui.dialogs.share_keys import PassphraseDialog

    shared = shared_team(tmp_path, passphrase="tilleuls partagent leurs clefs 2026")
    refused: list[str] = []

    def type_passphrases(_cls: Any, team_name: str, unlock: Any, parent: Any = None) -> bool:
        assert team_name == ""  # sealed in the team file until the passphrase opens it
        try:
            unlock("pas la bonne")
        except CoopdeskError as exc:  # the dialog stays open and shows this
            refused.append(exc.message)
        unlock("tilleuls partagent leurs clefs 2026")
        return True

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(type_passphrases))
    answers.choices = [StartChoice("join", folder=shared)]
    assert shell.start()
    assert refused == ["Wrong passphrase: it opens none of the team's keys."]
    assert answers.alerts == []
    assert shell.workspace is not None
    names = [row.name for row in Services(shell.workspace).organisations.list()]
    assert names == ["Union sportive"]  # decrypted and imported
    assert shell.workspace.name == "Collectif des Tilleuls"  # the name, once opened
    assert shell.window is not None
    secrets = shell.window.services.team_secrets
    team_id = SyncService(shell.workspace).team_of()
    assert secrets.load(team_id, "") != {}  # kept in the keyring, under the team id
    forget = shell._forget_keys()  # Préférences offers "Forget the keys on this computer"
    assert forget is not None
    forget()
    assert secrets.load(team_id, "") == {}


def test_cancelling_the_passphrase_creates_nothing(
        shell: Shell, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.ui.dialogs.share_keys import PassphraseDialog

    shared = shared_team(tmp_path, passphrase="tilleuls partagent leurs clefs 2026")
    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda _cls, _name, _unlock, parent=None: False))
    answers.choices = [StartChoice("join", folder=shared), None]
    assert not shell.start()
    assert workspace_folders(shell) == []
    assert shell.workspace is None
