"""The Synchronisation page's one-file exchange: "Export to a file…" writes the whole
workspace to one file (for a USB stick or an email), "Import from a file…" merges such a
file. Both run off the GUI thread through the page's runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.output_files import check_workspace_outputs
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.share_file import (
    FILE_SUFFIX,
    FileExport,
    FileImport,
    export_to_file,
    import_with_changes,
)
from coopdesk.ui.labels import error_text
from coopdesk.ui.runner import Runner
from coopdesk.ui.widgets.message_bar import MessageBar


class FilePicker:
    """The file dialogs (tests replace these two class methods)."""

    @classmethod
    def save(cls, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, suggested, f"coopdesk (*{FILE_SUFFIX});;* (*)")
        return Path(chosen) if chosen else None

    @classmethod
    def open(cls, parent: QWidget | None, title: str) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, title, "", f"coopdesk (*{FILE_SUFFIX});;* (*)")
        return Path(chosen) if chosen else None


class ShareFileBar(QWidget):
    #: A file was imported: (FileImport, Changes) for the page to publish and refresh.
    imported = Signal(object, object)
    #: A file was written (FileExport).
    exported = Signal(object)

    def __init__(self, make_service: Callable[[], SyncService], runner: Runner,
                 messages: MessageBar, busy: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share_file_bar")
        self._make_service = make_service
        self._runner = runner
        self._messages = messages
        self._busy = busy
        self.export_button = QPushButton(self.tr("Export to a file…"), self)
        self.export_button.setToolTip(self.tr(
            "Write the whole workspace to one file, to pass on a USB stick or by email"))
        self.import_button = QPushButton(self.tr("Import from a file…"), self)
        self.import_button.setToolTip(self.tr(
            "Bring in a file exported by a partner: their changes are merged with yours"))
        self.export_button.clicked.connect(self.export_file)
        self.import_button.clicked.connect(self.import_file)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_button)
        layout.addWidget(self.import_button)
        layout.addStretch(1)

    def _enable(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.import_button.setEnabled(enabled)

    def _free(self) -> bool:
        if self._busy():
            self._messages.show_info(self.tr(
                "A synchronisation is running; try again when it has finished."))
            return False
        return True

    # -- export --------------------------------------------------------------------------
    def export_file(self) -> bool:
        if not self._free():
            return False
        service = self._make_service()
        suggested = f"{service.workspace.name}{FILE_SUFFIX}"
        target = FilePicker.save(self, self.tr("Export the workspace to a file"), suggested)
        if target is None:
            return False
        self._enable(False)
        self._messages.show_info(self.tr("Writing {path}…").format(path=str(target)))
        # the save dialog already asked before replacing an existing file
        # never into the workspace's own files or the team's folder (OutputRefusedError)
        self._runner.run(lambda: export_to_file(
            service, check_workspace_outputs(service.workspace, [target], force=True)[0].path,
            overwrite=True),
                         on_success=self._exported, on_error=self._failed)
        return True

    def _exported(self, done: FileExport) -> None:
        self._enable(True)
        self._messages.show_info(self.tr(
            "The whole workspace ({count} changes) is in {path}. Give it to your partners: "
            "they bring it in with “Import from a file…”.").format(
            count=done.ops, path=str(done.path)))
        self.exported.emit(done)

    # -- import --------------------------------------------------------------------------
    def import_file(self) -> bool:
        if not self._free():
            return False
        source = FilePicker.open(self, self.tr("Import a workspace file"))
        if source is None:
            return False
        service = self._make_service()
        self._enable(False)
        self._messages.show_info(self.tr("Importing {path}…").format(path=str(source)))
        self._runner.run(lambda: import_with_changes(service, source),
                         on_success=lambda got: self._imported(got, source),
                         on_error=self._failed)
        return True

    def _imported(self, got: tuple[FileImport, object], source: Path) -> None:
        self._enable(True)
        done, changes = got
        self._messages.show_info(self.summary(done, source))
        self.imported.emit(done, changes)

    def summary(self, done: FileImport, source: Path) -> str:
        who = done.author or self.tr("a partner")
        when = done.created[:10]
        if not done.applied:
            return self.tr("Nothing new in {file} (from {who}, {when}): this workspace "
                           "already had all of it.").format(file=source.name, who=who,
                                                             when=when)
        return self.tr("Imported {count} changes from {file} (from {who}, {when}).").format(
            count=done.applied, file=source.name, who=who, when=when)

    def _failed(self, error: BaseException) -> None:
        self._enable(True)
        if isinstance(error, CoopdeskError):  # said plainly, nothing was changed
            self._messages.show_error(error_text(error))
        else:
            self._messages.hide()
            self._runner.report(error)
