"""The recovery sheet of an encrypted team: a hint or the passphrase itself, then a print
preview or a PDF (the HTML is built by services/recovery_sheet.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.documents import PrintableDocument
from coopdesk.services.output_files import OutputRefusedError, check_outputs
from coopdesk.services.recovery_sheet import RecoveryFacts, recovery_sheet
from coopdesk.ui import printing
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.labels import error_text


class RecoverySheetDialog(QDialog):
    def __init__(self, team_name: str, folder: str, passphrase: str = "",
                 parent: QWidget | None = None, *, protected: Sequence[Path] = ()) -> None:
        """*protected*: the places no file may be written to (the workspace's folder and
        the team's folder on the share, `output_files.protected_places`)."""
        super().__init__(parent)
        self.protected = list(protected)
        self.setObjectName("recoverySheetDialog")
        self.setWindowTitle(self.tr("Recovery sheet"))
        self.team_name, self.folder = team_name, folder
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Print this sheet and keep it in the association's binder: it tells a successor "
            "how to rejoin the shared workspace on a new laptop."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.hint_edit = QLineEdit(self)
        self.hint_edit.setObjectName("hintEdit")
        self.hint_edit.setPlaceholderText(self.tr("a reminder only the team understands"))
        form.addRow(self.tr("Passphrase hint"), self.hint_edit)
        self.include_box = QCheckBox(self.tr("Print the passphrase itself"), self)
        self.include_box.setObjectName("includePassphrase")
        form.addRow("", self.include_box)
        self.passphrase_edit = QLineEdit(passphrase, self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Team passphrase"), self.passphrase_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = QPushButton(self.tr("Print preview…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.include_box.toggled.connect(self.passphrase_edit.setEnabled)
        self.passphrase_edit.setEnabled(False)

    def document(self) -> PrintableDocument:
        passphrase = self.passphrase_edit.text() if self.include_box.isChecked() else ""
        facts = RecoveryFacts(team_name=self.team_name, folder=self.folder,
                              hint=self.hint_edit.text().strip(), passphrase=passphrase,
                              day=dt.date.today())
        return recovery_sheet(facts, QtWording())

    # -- replaceable in tests ----------------------------------------------------------
    @classmethod
    def ask_file(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                      "PDF (*.pdf)")
        return Path(chosen) if chosen else None

    def preview(self) -> None:
        printing.show_print_preview(self.document(), self)

    def save_pdf(self) -> Path | None:
        suggested = Path.home() / f"{self.tr('Recovery sheet')} - {self.team_name}.pdf"
        path = self.ask_file(self, self.tr("Save the recovery sheet"), suggested)
        if path is None:
            return None
        path = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        try:
            # the save dialog has confirmed replacing an existing file already
            check_outputs([path], protected=self.protected, force=True)
            printing.write_pdf(self.document(), path)
        except OutputRefusedError as exc:
            QMessageBox.warning(self, self.tr("Recovery sheet"), error_text(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Recovery sheet"), exc.strerror or str(exc))
            return None
        return path


__all__ = ["RecoverySheetDialog"]
