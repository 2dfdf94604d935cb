"""Dialogs of an encrypted shared folder: choosing encryption and a passphrase when a
workspace is first shared, and typing the passphrase when this laptop lacks the team key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.sharing.crypto import MIN_PASSPHRASE, strength
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.types import SyncReport
from coopdesk.ui.labels import error_text


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


@dataclass(frozen=True)
class ShareChoice:
    """None: the folder is shared in clear."""

    passphrase: str | None


class EncryptionChoiceDialog(QDialog):
    """Encryption is offered, on by default, with a passphrase strength hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionChoiceDialog")
        self.setWindowTitle(self.tr("Share the workspace"))
        self.choice: ShareChoice | None = None
        layout = QVBoxLayout(self)
        self.encrypt_box = QCheckBox(self.tr("Encrypt everything written to the shared folder "
                                             "(recommended)"), self)
        self.encrypt_box.setChecked(True)
        layout.addWidget(self.encrypt_box)
        explanation = QLabel(self.tr(
            "Your cloud or network drive then only holds unreadable files. Every member "
            "types the team passphrase once on each laptop; without it nobody can join, so "
            "print the recovery sheet afterwards."), self)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.passphrase = _secret_field(self, "passphraseEdit")
        self.passphrase.setPlaceholderText(self.tr("several words, at least {n} characters")
                                           .format(n=MIN_PASSPHRASE))
        self.confirm = _secret_field(self, "confirmEdit")
        form.addRow(self.tr("Team passphrase"), self.passphrase)
        form.addRow(self.tr("Type it again"), self.confirm)
        layout.addLayout(form)
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("strengthLabel")
        layout.addWidget(self.strength_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (self.passphrase.textChanged, self.confirm.textChanged,
                       self.encrypt_box.toggled):
            signal.connect(self._update)
        self._update()

    def strength_text(self, text: str) -> str:
        if not text:
            return ""
        if len(text.strip()) < MIN_PASSPHRASE:
            return self.tr("Too short: at least {n} characters.").format(n=MIN_PASSPHRASE)
        return (self.tr("Weak: add a word or two."), self.tr("Fair."),
                self.tr("Good."), self.tr("Strong."), self.tr("Very strong."))[
            strength(text)]

    def _update(self) -> None:
        encrypt = self.encrypt_box.isChecked()
        self.passphrase.setEnabled(encrypt)
        self.confirm.setEnabled(encrypt)
        text = self.passphrase.text()
        message = self.strength_text(text) if encrypt else self.tr(
            "The shared folder will hold your data in clear.")
        if encrypt and self.confirm.text() and self.confirm.text() != text:
            message = self.tr("The two passphrases differ.")
        self.strength_label.setText(message)
        ok = not encrypt or (len(text.strip()) >= MIN_PASSPHRASE
                             and self.confirm.text() == text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        self.choice = ShareChoice(self.passphrase.text() if self.encrypt_box.isChecked()
                                  else None)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> ShareChoice | None:
        """The person's choice; None when they cancelled."""
        dialog = cls(parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


class PassphraseDialog(QDialog):
    """Asks for the team passphrase and tries it with *unlock* (which raises a
    CoopdeskError for a wrong one: the dialog then stays open with the reason)."""

    def __init__(self, team_name: str, unlock: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Team passphrase"))
        self.unlock = unlock
        layout = QVBoxLayout(self)
        text = self.tr(
            "The shared folder of “{team}” is encrypted. Type the team passphrase: this "
            "laptop then keeps the team key in its keyring.").format(team=team_name)
        if not team_name:  # an encrypted team's name is sealed until the passphrase opens it
            text = self.tr(
                "This shared folder is encrypted, its name too: it shows once the team "
                "passphrase is given. Type the team passphrase: this laptop then keeps the "
                "team key in its keyring.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = _secret_field(self, "passphraseEdit")
        layout.addWidget(self.passphrase)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("passphraseError")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.unlock(self.passphrase.text())
        except CoopdeskError as exc:
            self.error_label.setText(error_text(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, team_name: str, unlock: Callable[[str], object],
            parent: QWidget | None = None) -> bool:
        """True once the passphrase opened the keys; False when the person cancelled."""
        return cls(team_name, unlock, parent).exec() == QDialog.DialogCode.Accepted




def needs_passphrase(report: SyncReport) -> bool:
    """This laptop lacks a team key it could open with the passphrase."""
    return bool(report.keys_needed) or any(
        p.status == "unknown_key" and "passphrase" in p.detail for p in report.problems)


class KeysPrompt(QObject):
    """After a sync that lacked a key (a rotation, forgotten keys, no keyring last session):
    asks for the passphrase once per session, without blocking the window."""

    unlocked = Signal()

    def __init__(self, make_service: Callable[[], SyncService], parent: QWidget) -> None:
        super().__init__(parent)
        self.make_service = make_service
        self.parent_widget = parent
        self.dialog: PassphraseDialog | None = None
        self.asked = False

    def check(self, report: SyncReport) -> bool:
        """Open the passphrase dialog when *report* needs it; True when it opened."""
        if self.asked or not needs_passphrase(report):
            return False
        self.asked = True
        service = self.make_service()
        team_keys = ShareKeys(service)
        self.dialog = PassphraseDialog(service.workspace.name, team_keys.unlock,
                                       self.parent_widget)
        self.dialog.accepted.connect(self.unlocked)
        self.dialog.open()
        return True


def forget_keys_of(service: SyncService) -> Callable[[], None]:
    """For the settings' "Forget the keys on this computer" of the open workspace."""
    return lambda: ShareKeys(service).forget()


__all__ = ["EncryptionChoiceDialog", "KeysPrompt", "PassphraseDialog", "ShareChoice",
           "forget_keys_of", "needs_passphrase"]
