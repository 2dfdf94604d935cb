"""The team keys of an encrypted shared folder on the Synchronisation page: change the
passphrase, and give the team a new data key when a member leaves. The work (Argon2id,
about half a second) runs in the page's runner; a wrong passphrase keeps the dialog open
with the reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.output_files import protected_places
from coopdesk.services.sharing.crypto import MIN_PASSPHRASE, strength
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.sharing.service import SyncService
from coopdesk.ui.dialogs.recovery_sheet import RecoverySheetDialog
from coopdesk.ui.labels import error_text
from coopdesk.ui.runner import Runner
from coopdesk.ui.widgets.message_bar import MessageBar


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def strength_hint(text: str) -> str:
    """The strength hint of the sharing dialog (same wording, same translations)."""
    def tr(source: str) -> str:
        return QCoreApplication.translate("EncryptionChoiceDialog", source)

    if not text:
        return ""
    if len(text.strip()) < MIN_PASSPHRASE:
        return tr("Too short: at least {n} characters.").format(n=MIN_PASSPHRASE)
    return (tr("Weak: add a word or two."), tr("Fair."), tr("Good."), tr("Strong."),
            tr("Very strong."))[strength(text)]


class _KeysJobDialog(QDialog):
    """A dialog whose OK runs one team-keys call in *runner*; a CoopdeskError (a wrong
    passphrase) is shown in the dialog, which stays open."""

    #: The call's result, once it succeeded (the dialog is then accepted).
    succeeded = Signal(object)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.busy = False
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("keysError")
        self.error_label.setWordWrap(True)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def job(self) -> Callable[[], Any]:
        raise NotImplementedError

    def ready(self) -> bool:
        return True

    def working_text(self) -> str:
        return ""

    def accept(self) -> None:
        if self.busy or not self.ready():
            return
        call = self.job()
        self._set_busy(True)
        self.error_label.setText(self.working_text())
        self.runner.run(call, on_success=self._succeeded, on_error=self._failed)

    def reject(self) -> None:
        if not self.busy:  # the key files are being written: let the call end
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        if not busy:
            self.ok_button().setEnabled(self.ready())

    def _succeeded(self, result: object) -> None:
        self._set_busy(False)
        super().accept()
        self.succeeded.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, CoopdeskError):
            self.error_label.setText("")
            self.runner.report(error)
            return
        self.error_label.setText(self.tr("{reason} Nothing was changed.").format(
            reason=error_text(error)))
        self.focus_passphrase()

    def focus_passphrase(self) -> None:
        pass


class ChangePassphraseDialog(_KeysJobDialog):
    """The current passphrase, the new one twice with the strength hint."""

    def __init__(self, change: Callable[[str, str], object], runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the team passphrase"))
        self.change = change
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "New key files are written to the shared folder and the old passphrase opens "
            "nothing any more. No file is encrypted again: laptops that already hold the team "
            "key keep working. Tell the members the new passphrase."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = _secret_field(self, "currentEdit")
        self.passphrase = _secret_field(self, "passphraseEdit")
        self.passphrase.setPlaceholderText(self.tr("several words, at least {n} characters")
                                           .format(n=MIN_PASSPHRASE))
        self.confirm = _secret_field(self, "confirmEdit")
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.passphrase)
        form.addRow(self.tr("Type it again"), self.confirm)
        layout.addLayout(form)
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("strengthLabel")
        layout.addWidget(self.strength_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for field in (self.current, self.passphrase, self.confirm):
            field.textChanged.connect(self._update)
        self._update()

    def ready(self) -> bool:
        new = self.passphrase.text()
        return (bool(self.current.text()) and len(new.strip()) >= MIN_PASSPHRASE
                and self.confirm.text() == new)

    def _update(self) -> None:
        new = self.passphrase.text()
        message = strength_hint(new)
        if self.confirm.text() and self.confirm.text() != new:
            message = QCoreApplication.translate("EncryptionChoiceDialog",
                                                 "The two passphrases differ.")
        self.strength_label.setText(message)
        self.ok_button().setEnabled(self.ready() and not self.busy)

    def job(self) -> Callable[[], object]:
        old, new, change = self.current.text(), self.passphrase.text(), self.change
        return lambda: change(old, new)

    def working_text(self) -> str:
        return self.tr("Writing the new key files…")

    def focus_passphrase(self) -> None:
        self.current.selectAll()
        self.current.setFocus()


class RotateKeyDialog(_KeysJobDialog):
    """What rotation can and cannot do, then the passphrase."""

    def __init__(self, rotate: Callable[[str], object], runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("rotateKeyDialog")
        self.setWindowTitle(self.tr("New team key"))
        self.rotate = rotate
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self.tr(
            "Files written from now on use a new team key. What a new key cannot do: "
            "whatever a person already read or copied stays known to them, and files "
            "written before stay readable with the old key. Someone who knows the passphrase "
            "can open the new key too, so when a member leaves, change the passphrase first, "
            "then create a new key. Each other laptop then asks for the passphrase once."),
            self)
        self.explanation.setObjectName("rotationLimits")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.passphrase = _secret_field(self, "passphraseEdit")
        form.addRow(self.tr("Team passphrase"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.ok_button().setText(self.tr("Create a new key"))
        self.passphrase.textChanged.connect(
            lambda: self.ok_button().setEnabled(self.ready() and not self.busy))
        self.ok_button().setEnabled(False)

    def ready(self) -> bool:
        return bool(self.passphrase.text())

    def job(self) -> Callable[[], object]:
        passphrase, rotate = self.passphrase.text(), self.rotate
        return lambda: rotate(passphrase)

    def working_text(self) -> str:
        return self.tr("Creating the new key…")

    def focus_passphrase(self) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class TeamKeysBar(QWidget):
    """The page's buttons for the team keys; hidden unless the team is encrypted."""

    def __init__(self, make_service: Callable[[], SyncService], runner: Runner,
                 messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamKeysBar")
        self.make_service = make_service
        self.runner = runner
        self.messages = messages
        self.folder = ""
        self.change_button = QPushButton(self.tr("Change the passphrase…"), self)
        self.change_button.setObjectName("changePassphraseButton")
        self.rotate_button = QPushButton(self.tr("New team key (a member left)…"), self)
        self.rotate_button.setObjectName("rotateKeyButton")
        self.change_button.clicked.connect(self.change_passphrase)
        self.rotate_button.clicked.connect(self.rotate_key)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("The shared folder is encrypted."), self), 1)
        layout.addWidget(self.change_button)
        layout.addWidget(self.rotate_button)
        self.setVisible(False)

    def update_for(self, shared: bool, folder: str = "") -> None:
        """Shown only for a shared, encrypted team (a status read fails: hidden)."""
        self.folder = folder
        encrypted = False
        if shared:
            try:
                encrypted = ShareKeys(self.make_service()).status().encrypted
            except CoopdeskError:
                encrypted = False
        self.setVisible(encrypted)

    def change_passphrase(self) -> ChangePassphraseDialog:
        team_keys = ShareKeys(self.make_service())
        dialog = ChangePassphraseDialog(team_keys.change_passphrase, self.runner, self)
        dialog.succeeded.connect(
            lambda _storage: self._changed(team_keys, dialog.passphrase.text()))
        dialog.open()
        return dialog

    def _changed(self, team_keys: ShareKeys, passphrase: str) -> None:
        self.messages.show_info(self.tr(
            "The team passphrase is changed: new key files are in the shared folder and the "
            "old passphrase opens nothing any more. Nothing was encrypted again; laptops that "
            "already hold the key keep working. Print a new recovery sheet."))
        workspace = team_keys.service.workspace
        sheet = RecoverySheetDialog(workspace.name, self.folder, passphrase, self,
                                    protected=protected_places(workspace))
        sheet.open()

    def rotate_key(self) -> RotateKeyDialog:
        team_keys = ShareKeys(self.make_service())
        dialog = RotateKeyDialog(team_keys.rotate, self.runner, self)
        dialog.succeeded.connect(self._rotated)
        dialog.open()
        return dialog

    def _rotated(self, key_id: object) -> None:
        self.messages.show_info(self.tr(
            "New team key {key}: files written from now on use it. A laptop that was given "
            "the current passphrase opens it by itself; the others ask for the passphrase "
            "once.").format(key=str(key_id)))


__all__ = ["ChangePassphraseDialog", "RotateKeyDialog", "TeamKeysBar", "strength_hint"]
