"""File ▸ Backups…: the workspace's backups (date, kind, size), "Back up now" and
"Restore…".

Listing and backing up run off the GUI thread through the window's Runner. Restoring needs
the workspace closed, which only the application can do: after the user confirms, the
dialog emits `restore_requested` with the backup's path and closes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.backups import BackupFile, BackupService
from coopdesk.ui.formatting import datetime_text
from coopdesk.ui.runner import Runner, Task

translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    """A backup's kind in the user's words."""
    if kind == "auto":
        return translate("BackupsDialog", "Automatic")
    if kind == "manual":
        return translate("BackupsDialog", "Manual")
    if kind == "before-restore":
        return translate("BackupsDialog", "Before a restore")
    if kind.startswith("before-upgrade"):
        return translate("BackupsDialog", "Before an upgrade")
    return kind


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def when_text(moment: dt.datetime) -> str:
    return datetime_text(moment)


class Confirm:
    """A yes/no question, behind one class method tests can replace."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class BackupsDialog(QDialog):
    #: The path of the backup to put back (the application closes, restores, reopens).
    restore_requested = Signal(str)
    #: The list was (re)filled.
    listed = Signal()

    def __init__(self, service: BackupService, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.backups: list[BackupFile] = []
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 420)
        intro = QLabel(self.tr(
            "coopdesk backs up this workspace every day when it starts, and keeps the last "
            "7 days and 4 weeks. Restoring a backup first backs up the current state."), self)
        intro.setWordWrap(True)
        folder_url = QUrl.fromLocalFile(str(service.backup_dir)).toString()
        self.folder_label = QLabel(self.tr('Folder: <a href="{url}">{folder}</a>').format(
            url=folder_url, folder=str(service.backup_dir)), self)
        self.folder_label.setObjectName("backupsFolder")
        self.folder_label.setOpenExternalLinks(True)
        self.folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.folder_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupsList")
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.setAccessibleName(self.tr("Backups"))
        self.empty_label = QLabel(self.tr("No backup yet."), self)
        self.empty_label.hide()
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._update_buttons()
        self.refresh()

    # -- listing -------------------------------------------------------------------------
    def refresh(self) -> Task:
        return self.runner.run(self.service.backups, key="backups-list",
                               on_success=self._fill)

    def _fill(self, backups: list[BackupFile]) -> None:
        self.backups = list(backups)
        self.tree.clear()
        for backup in self.backups:
            item = QTreeWidgetItem([when_text(backup.taken_at), kind_text(backup.kind),
                                    size_text(backup.size)])
            item.setToolTip(0, str(backup.path))
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.empty_label.setVisible(not self.backups)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()
        self.listed.emit()

    def selected(self) -> BackupFile | None:
        current = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(current) if current is not None else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # -- actions -------------------------------------------------------------------------
    def back_up_now(self) -> Task:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        return self.runner.run(self.service.back_up, text=self.tr("Backing up…"),
                               on_success=self._backed_up, on_error=self._backup_failed)

    def _backed_up(self, backup: BackupFile) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("Backed up to {file}.").format(file=backup.name))
        self.refresh()

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText("")
        self.runner.report(error, self.tr("Cannot back up"))

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        question = self.tr(
            "Put back the backup of {date}? Changes made since then on this laptop will be "
            "replaced; the current state is backed up first, so this can be undone by "
            "restoring that copy. The workspace is closed and opened again.").format(
                date=when_text(backup.taken_at))
        if not Confirm.ask(self, self.tr("Restore a backup"), question):
            return False
        self.restore_requested.emit(str(backup.path))
        self.accept()
        return True
