"""Fichier ▸ Exporter…: every record of the workspace to one JSON file or to CSV files.

`ExportDialog.ask` asks what and where; `run_export` (called in a worker by the window)
writes it with `coopdesk.services.export`; `ExportDone.ask` says where and how many rows,
and offers to open the folder (`FolderOpener.open`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.text import slug
from coopdesk.services import export
from coopdesk.services.output_files import (
    OutputRefusedError,
    ProtectedPlaceError,
    check_folder_output,
    check_outputs,
    protected_places,
)
from coopdesk.ui.labels import error_text
from coopdesk.ui.widgets.form import error_style

if TYPE_CHECKING:
    from coopdesk.services.workspaces import Workspace

ExportFormat = Literal["json", "csv"]

translate = QCoreApplication.translate
#: The form's error red is too dark to read on a dark background.


@dataclass(frozen=True)
class ExportRequest:
    format: ExportFormat
    #: JSON: the file to write; CSV: the folder that receives one file per table.
    path: Path
    include_private: bool = False

    @property
    def folder(self) -> Path:
        """The folder to open afterwards."""
        return self.path if self.format == "csv" else self.path.parent


def run_export(workspace: Workspace, request: ExportRequest) -> export.ExportResult:
    """Write the export *request* asks for (slow on a large workspace: run it in a worker)."""
    # the dialog refused these paths already; checked again where the file is written
    # (the dialog confirmed replacing an existing file)
    places = protected_places(workspace)
    if request.format == "csv":
        check_folder_output(request.path, protected=places, force=True)
        return export.export_csv(workspace, request.path,
                                 include_private=request.include_private)
    check_outputs([request.path], protected=places, force=True)
    return export.export_json(workspace, request.path, include_private=request.include_private)


def default_target(folder: Path, workspace_name: str, fmt: ExportFormat,
                   today: dt.date | None = None) -> Path:
    stem = f"{slug(workspace_name) or 'coopdesk'}-{(today or dt.date.today()).isoformat()}"
    return folder / (f"{stem}.json" if fmt == "json" else f"{stem}-csv")


def documents_folder() -> Path:
    """The user's documents folder, or their home folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


class PathPicker:
    """The system's file and folder choosers, behind class methods tests replace."""

    @classmethod
    def ask_file(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(start), translate("ExportDialog", "JSON files (*.json)"))
        return Path(chosen) if chosen else None

    @classmethod
    def ask_folder(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None


class ExportDialog(QDialog):
    """What to export (format, private entries) and where."""

    def __init__(self, workspace_name: str, start: Path, parent: QWidget | None = None,
                 today: dt.date | None = None, protected: Sequence[Path] = ()) -> None:
        super().__init__(parent)
        #: Where no export may go: the workspace's own files, the team's shared folder.
        self.protected = list(protected)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the workspace"))
        self.setMinimumWidth(560)
        self.workspace_name = workspace_name
        self.start = start
        self.today = today
        self.request: ExportRequest | None = None
        self._confirmed_replace: Path | None = None

        intro = QLabel(self.tr(
            "Writes every record of “{workspace}”, the trash included, to files other "
            "software can read: a copy to keep, or tables for a spreadsheet.")
            .format(workspace=workspace_name), self)
        intro.setWordWrap(True)

        format_box = QGroupBox(self.tr("Format"), self)
        self.json_radio = QRadioButton(self.tr("One &JSON file: complete, for a backup or "
                                               "another program"), format_box)
        self.csv_radio = QRadioButton(self.tr("&CSV files, one per table: for a spreadsheet "
                                              "(LibreOffice Calc, Excel)"), format_box)
        self.json_radio.setChecked(True)
        self._formats = QButtonGroup(self)
        self._formats.addButton(self.json_radio)
        self._formats.addButton(self.csv_radio)
        format_column = QVBoxLayout(format_box)
        format_column.addWidget(self.json_radio)
        format_column.addWidget(self.csv_radio)

        self.where_box = QGroupBox(self)
        self.path_edit = QLineEdit(self.where_box)
        self.path_edit.setObjectName("exportPath")
        self.choose_button = QPushButton(self.tr("C&hoose…"), self.where_box)
        self.choose_button.clicked.connect(self._choose)
        where_row = QHBoxLayout(self.where_box)
        where_row.addWidget(self.path_edit, 1)
        where_row.addWidget(self.choose_button)

        private_box = QGroupBox(self.tr("Private entries"), self)
        self.private_check = PrivateEntriesChoice(private_box)
        private_column = QVBoxLayout(private_box)
        private_column.addWidget(self.private_check)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(format_box)
        layout.addWidget(self.where_box)
        layout.addWidget(private_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.json_radio, self.path_edit)
        self.setTabOrder(self.path_edit, self.choose_button)
        self.setTabOrder(self.choose_button, self.private_check.check)

        self.path_edit.textEdited.connect(self._clear_error)
        self.json_radio.toggled.connect(self._format_changed)
        self._format_changed()

    # -- state ---------------------------------------------------------------------------
    def format(self) -> ExportFormat:
        return "csv" if self.csv_radio.isChecked() else "json"

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _default(self, fmt: ExportFormat) -> Path:
        return default_target(self.start, self.workspace_name, fmt, self.today)

    def _format_changed(self) -> None:
        fmt = self.format()
        if fmt == "json":
            self.where_box.setTitle(self.tr("File to write"))
            self.path_edit.setAccessibleName(self.tr("File to write"))
        else:
            self.where_box.setTitle(self.tr("Folder that receives the CSV files"))
            self.path_edit.setAccessibleName(self.tr("Folder that receives the CSV files"))
        other = self._default("csv" if fmt == "json" else "json")
        if not self.path_edit.text().strip() or self.path() == other:
            self.path_edit.setText(str(self._default(fmt)))
        self._clear_error()

    def _choose(self) -> None:
        current = self.path() or self._default(self.format())
        if self.format() == "json":
            chosen = PathPicker.ask_file(self, self.tr("Export to a JSON file"), current)
            if chosen is not None:
                self._confirmed_replace = chosen  # the system dialog asked already
        else:
            chosen = PathPicker.ask_folder(self, self.tr("Folder for the CSV files"),
                                           current if current.is_dir() else current.parent)
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self._clear_error()

    def _clear_error(self) -> None:
        self.error_label.hide()

    def _fail(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.path_edit.setFocus()

    # -- accepting -----------------------------------------------------------------------
    def _try_accept(self) -> None:
        path = self.path()
        if path is None:
            self._fail(self.tr("Choose where to write the export."))
            return
        path = path.absolute()
        fmt = self.format()
        try:
            if fmt == "csv":
                check_folder_output(path, protected=self.protected, force=True)
            else:
                check_outputs([path], protected=self.protected, force=True)
        except ProtectedPlaceError as exc:
            self._fail(error_text(exc))
            return
        except OutputRefusedError:
            pass  # a folder, a missing folder: said below in the dialog's own words
        if fmt == "json":
            if path.suffix.lower() != ".json" and not path.is_dir():
                path = path.with_name(path.name + ".json")
                self.path_edit.setText(str(path))
            if path.is_dir():
                self._fail(self.tr("{path} is a folder: give the name of the file to write, "
                                   "for example export.json.").format(path=str(path)))
                return
            if path.exists() and self._confirmed_replace != path:
                self._confirmed_replace = path
                self._fail(self.tr("{name} already exists and will be replaced. Click "
                                   "Export again to confirm.").format(name=path.name))
                return
        elif path.is_file():
            self._fail(self.tr("{path} is a file: CSV export writes into a folder.")
                       .format(path=str(path)))
            return
        elif path.is_dir() and any(path.iterdir()) and not export.is_csv_export(path):
            self._fail(self.tr("The folder {name} already holds other files. Choose a new or "
                               "empty folder (a previous CSV export may be replaced).")
                       .format(name=path.name))
            return
        if not path.parent.is_dir():
            self._fail(self.tr("The folder {folder} does not exist.")
                       .format(folder=str(path.parent)))
            return
        self.request = ExportRequest(fmt, path, self.private_check.isChecked())
        self.accept()

    @classmethod
    def ask(cls, workspace_name: str, start: Path, parent: QWidget | None = None,
            protected: Sequence[Path] = ()) -> ExportRequest | None:
        """What to export and where (never inside *protected*); None when the user
        cancelled."""
        dialog = cls(workspace_name, start, parent, protected=protected)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request


class PrivateEntriesChoice(QWidget):
    """The "include private entries" box and the sentence that explains it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(translate(
            "ExportDialog", "Include the &private contact-log entries"), self)
        self.check.setObjectName("includePrivate")
        self.note = QLabel(translate(
            "ExportDialog", "Contact-log entries marked private stay on this laptop: they "
            "are never shared with the partners. Leave this unticked unless the export is "
            "for you alone, because anyone who gets the files can read them."), self)
        self.note.setWordWrap(True)
        self.note.setObjectName("privateNote")
        self.check.setAccessibleDescription(self.note.text())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.check)
        column.addWidget(self.note)

    def isChecked(self) -> bool:
        return self.check.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.check.setChecked(checked)


class ExportDone:
    """The message after an export: where, how many rows, and "Open the folder"."""

    @staticmethod
    def text(result: export.ExportResult) -> str:
        lines = [translate("ExportDone", "%Ln row(s) written to {path}.", None,
                           result.total_rows).format(path=str(result.path))]
        if result.private_left_out:
            lines.append(translate("ExportDone", "%Ln private contact-log entry(ies) left out.",
                                   None, result.private_left_out))
        return "\n\n".join(lines)

    @classmethod
    def ask(cls, result: export.ExportResult, parent: QWidget | None = None) -> bool:
        """Show the message; True when the user asked to open the folder."""
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("ExportDone", "Export finished"), cls.text(result),
                          QMessageBox.StandardButton.Close, parent)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton(translate("ExportDone", "&Open the folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_button)
        box.exec()
        return box.clickedButton() is open_button


class FolderOpener:
    @classmethod
    def open(cls, folder: Path) -> bool:
        """Show *folder* in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
