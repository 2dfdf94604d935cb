"""The encryption dialogs: choosing encryption when sharing from the Synchronisation page,
the passphrase prompt when a key is missing, the recovery sheet and forgetting the keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppSettings
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.workspace_services import Services
from coopdesk.sync import keys, share
from coopdesk.ui.autosync import AutoSync
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.recovery_sheet import RecoverySheetDialog
from coopdesk.ui.dialogs.settings import SettingsDialog
from coopdesk.ui.dialogs.share_keys import (
    EncryptionChoiceDialog,
    KeysPrompt,
    PassphraseDialog,
    ShareChoice,
    forget_keys_of,
)
from coopdesk.ui.pages.sync import SyncPage
from coopdesk.ui.pages.sync import page as page_module
from tests.sync.encrypted_team import PASSPHRASE, encrypted_team
from tests.sync.replicas import ALICE, BOB

HOUR_MS = 3_600_000


@pytest.fixture(autouse=True)
def quiet_autosync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", HOUR_MS)
    monkeypatch.setattr(AutoSync, "LOCAL_DELAY_MS", HOUR_MS)


def ok_button(dialog: EncryptionChoiceDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_encryption_is_on_by_default_and_needs_a_confirmed_passphrase(qtbot: Any) -> None:
    dialog = EncryptionChoiceDialog()
    qtbot.addWidget(dialog)
    assert dialog.encrypt_box.isChecked() and not ok_button(dialog).isEnabled()
    dialog.passphrase.setText("court")
    assert "Too short" in dialog.strength_label.text()
    dialog.passphrase.setText("quatre mots bien choisis ici")
    assert dialog.strength_label.text() in ("Good.", "Strong.", "Very strong.")
    assert not ok_button(dialog).isEnabled()
    dialog.confirm.setText("quatre mots")
    assert "differ" in dialog.strength_label.text() and not ok_button(dialog).isEnabled()
    dialog.confirm.setText("quatre mots bien choisis ici")
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    assert dialog.choice == ShareChoice("quatre mots bien choisis ici")
    clear = EncryptionChoiceDialog()
    qtbot.addWidget(clear)
    clear.encrypt_box.setChecked(False)
    assert ok_button(clear).isEnabled() and "in clear" in clear.strength_label.text()
    clear.accept()
    assert clear.choice == ShareChoice(None)


def test_sharing_encrypted_from_the_page_offers_the_recovery_sheet(
        qtbot: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services.organisations.create(OrganisationFields(name="Asso du Pont",
                                                     description="Compte rendu sensible"))
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    monkeypatch.setattr(page_module.FolderPicker, "ask",
                        classmethod(lambda cls, parent, title: folder))
    monkeypatch.setattr(EncryptionChoiceDialog, "ask",
                        classmethod(lambda cls, parent=None: ShareChoice(PASSPHRASE)))
    page = SyncPage(services, Bus())
    qtbot.addWidget(page)
    page.show()
    assert page.share_folder()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.shared, timeout=30_000)
    assert share.preflight(folder).encrypted
    for path in share.share_root(folder).rglob("*.cdseg"):
        assert b"sensible" not in path.read_bytes()
    sheet = page.findChild(RecoverySheetDialog)
    assert sheet is not None and sheet.isVisible()
    assert sheet.passphrase_edit.text() == PASSPHRASE
    sheet.close()


def test_a_cancelled_encryption_choice_shares_nothing(
        qtbot: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module.FolderPicker, "ask",
                        classmethod(lambda cls, parent, title: tmp_path))
    monkeypatch.setattr(EncryptionChoiceDialog, "ask", classmethod(lambda cls, parent=None: None))
    page = SyncPage(services, Bus())
    qtbot.addWidget(page)
    assert not page.share_folder()
    assert not share.share_root(tmp_path).exists()


def test_the_passphrase_prompt_opens_once_and_unlocks(qtbot: Any, tmp_path: Path) -> None:
    (alice, bob), _shared = encrypted_team(tmp_path, [ALICE, BOB])
    alice.add_org("Premier contact")
    alice.sync()
    bob.sync()
    ShareKeys(bob.service).forget()
    alice.add_org("Après l'oubli")
    alice.sync()
    report = bob.sync()
    holder = SettingsDialog(AppSettings())  # any widget as the parent
    qtbot.addWidget(holder)
    prompt = KeysPrompt(lambda: bob.service, holder)
    assert prompt.check(report) and prompt.dialog is not None
    assert not prompt.check(report)  # once per session
    dialog = prompt.dialog
    dialog.passphrase.setText("pas la bonne phrase")
    dialog.accept()
    assert dialog.isVisible() and "Wrong passphrase" in dialog.error_label.text()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(prompt.unlocked, timeout=10_000):
        dialog.accept()
    assert not dialog.isVisible()
    bob.sync()
    assert "Après l'oubli" in bob.org_names()


def test_a_report_without_missing_keys_asks_nothing(qtbot: Any, tmp_path: Path) -> None:
    (alice,), _shared = encrypted_team(tmp_path, [ALICE])
    holder = SettingsDialog(AppSettings())
    qtbot.addWidget(holder)
    prompt = KeysPrompt(lambda: alice.service, holder)
    assert not prompt.check(alice.sync())
    assert holder.findChild(PassphraseDialog) is None


def test_recovery_sheet_prints_the_passphrase_only_when_asked(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = RecoverySheetDialog("Les <Tilleuls>", "/mnt/cloud/Asso", "secret & <b>x</b>")
    qtbot.addWidget(dialog)
    dialog.hint_edit.setText("le nom du chat")
    html = dialog.document().html
    assert "Les &lt;Tilleuls&gt;" in html and "/mnt/cloud/Asso" in html
    assert "le nom du chat" in html and "secret" not in html
    assert not dialog.passphrase_edit.isEnabled()
    dialog.include_box.setChecked(True)
    assert "secret &amp; &lt;b&gt;x&lt;/b&gt;" in dialog.document().html
    target = tmp_path / "fiche"
    monkeypatch.setattr(RecoverySheetDialog, "ask_file",
                        classmethod(lambda cls, parent, title, suggested: target))
    written = dialog.save_pdf()
    assert written == tmp_path / "fiche.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_recovery_sheet_is_never_written_into_the_workspace(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = tmp_path / "espace"
    workspace.mkdir()
    database = workspace / "coopdesk.sqlite"
    database.write_bytes(b"SQLite format 3\x00 the team's data")
    dialog = RecoverySheetDialog("Les Tilleuls", "/mnt/cloud/Asso", protected=[workspace])
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(RecoverySheetDialog, "ask_file",
                        classmethod(lambda cls, parent, title, suggested: database))
    assert dialog.save_pdf() is None
    assert database.read_bytes() == b"SQLite format 3\x00 the team's data"
    assert len(warnings) == 1 and str(database) in warnings[0]
    assert not list(workspace.glob("*.pdf"))


def test_settings_offer_to_forget_the_keys(qtbot: Any, tmp_path: Path) -> None:
    (alice,), shared = encrypted_team(tmp_path, [ALICE])
    assert alice.ring.secrets
    plain = SettingsDialog(AppSettings(profile=Profile(name="Alice")))
    qtbot.addWidget(plain)
    assert plain.findChild(type(plain.browse_button), "forgetKeysButton") is None
    dialog = SettingsDialog(AppSettings(profile=Profile(name="Alice")),
                            forget_keys=forget_keys_of(alice.service))
    qtbot.addWidget(dialog)
    dialog.forget_button.click()
    assert alice.ring.secrets == {} and not dialog.forget_button.isEnabled()
    assert "forgotten" in dialog.forget_note.text()
    assert keys.key_files(shared, alice.service.folder()[1])  # the share keeps its keys
