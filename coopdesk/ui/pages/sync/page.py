"""The Synchronisation page: share the workspace through a folder, see how every computer
stands, and settle what sync could not settle alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes
from coopdesk.services.clock import utcnow
from coopdesk.services.output_files import protected_places
from coopdesk.services.sharing.inbox import ConflictNotice, Notice
from coopdesk.services.sharing.membership import Shared, share_workspace
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.types import SyncOutcome, SyncStatus
from coopdesk.services.workspace_services import Services
from coopdesk.ui.autosync import AutoSync
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.conflicts import ConflictDialog
from coopdesk.ui.dialogs.history import HistoryDialog
from coopdesk.ui.dialogs.recovery_sheet import RecoverySheetDialog
from coopdesk.ui.dialogs.share_keys import EncryptionChoiceDialog, KeysPrompt
from coopdesk.ui.dialogs.team_keys import TeamKeysBar
from coopdesk.ui.labels import error_text
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.sync.inbox import InboxPanel
from coopdesk.ui.pages.sync.share_file import ShareFileBar
from coopdesk.ui.pages.sync.status_view import NotSharedView, SharedView
from coopdesk.ui.pages.sync.texts import ago_text
from coopdesk.ui.widgets.message_bar import MessageBar


class FolderPicker:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> Path | None:
        """A folder the person chooses, or None."""
        chosen = QFileDialog.getExistingDirectory(parent, title)
        return Path(chosen) if chosen else None


class SyncPage(Page):
    page_id = "sync"
    # Empty: any change may add an unshared change, a conflict or a duplicate.
    watches: frozenset[str] = frozenset()
    #: The window gives this page its automatic sync (MainWindow._build).
    uses_autosync = True

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None, *,
                 autosync: AutoSync | None = None) -> None:
        """The page shows and drives *autosync*, the one the window owns; a page standing
        alone (tests, screenshots) makes its own and stops it when its window closes."""
        super().__init__(services, bus, parent)
        self.setObjectName("sync_page")
        self.status: SyncStatus | None = None
        self._stale = False
        self._watched_window: QWidget | None = None
        self._owns_autosync = autosync is None
        self.messages = MessageBar(self)
        self.not_shared = NotSharedView(self)
        self.shared = SharedView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.not_shared)
        self.stack.addWidget(self.shared)
        self.inbox = InboxPanel(services, bus, self)
        self.inbox_heading = QLabel(self)
        font = self.inbox_heading.font()
        font.setBold(True)
        self.inbox_heading.setFont(font)
        self.inbox.counted.connect(self._counted)

        self.sync_action = QAction(self.tr("&Synchronise now"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sync_action.setToolTip(self.tr("Read what the others shared and share your "
                                            "changes (Ctrl+Shift+S)"))
        self.sync_action.triggered.connect(self.sync_now)
        self.addAction(self.sync_action)
        self.shared.sync_button.setDefaultAction(self.sync_action)
        self.shared.open_folder_button.clicked.connect(self.open_folder)
        self.shared.remove_leftovers_button.clicked.connect(self.remove_leftovers)
        self.not_shared.share_button.clicked.connect(self.share_folder)

        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.stack)
        layout.addWidget(self.inbox_heading)
        layout.addWidget(self.inbox, 1)

        self.autosync = autosync if autosync is not None else AutoSync(services.sync, bus, self)
        self.keys_prompt = KeysPrompt(self._sync_service, self)
        self.keys_prompt.unlocked.connect(self.sync_now)
        self.autosync.started.connect(self._sync_started)
        self.autosync.succeeded.connect(self._sync_succeeded)
        self.autosync.failed.connect(self._sync_failed)
        self.autosync.waiting.connect(self._sync_waiting)
        self.share_file = ShareFileBar(self._sync_service, self.autosync.runner, self.messages,
                                       lambda: self.autosync.running, self)
        self.share_file.imported.connect(self._file_imported)
        layout.insertWidget(2, self.share_file)
        self.team_keys = TeamKeysBar(self._sync_service, self.autosync.runner, self.messages,
                                     self)
        layout.insertWidget(3, self.team_keys)
        self._manual = False
        self.refresh()
        if self._owns_autosync and self.status is not None and self.status.shared:
            self.autosync.schedule(self.autosync.WATCH_DELAY_MS)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Notices (from the dashboard) are settled in this page's inbox."""
        return kind == "sync_notice"

    def title(self) -> str:
        return self.tr("Synchronisation")

    # -- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        # Conflicts and possible duplicates are looked for in a worker: on a large
        # workspace that takes most of a second, after every sync cycle. Started first,
        # so that a newer reading always replaces an older one still running.
        self.inbox.show_loading()
        self.load_in_background(self.services.sync_inbox.notices, self._show_notices)
        try:
            self.status = self.services.sync.status()
        except CoopdeskError as error:
            self.messages.show_error(error_text(error))
            return
        if self.status.shared:
            self.stack.setCurrentWidget(self.shared)
            self.shared.show_status(self.status, self._last_sync_text())
            self.autosync.watch(Path(self.status.folder))
        else:
            self.stack.setCurrentWidget(self.not_shared)
            self.autosync.watch(None)
        self.team_keys.update_for(self.status.shared, self.status.folder)
        self.sync_action.setEnabled(not self.autosync.running)

    def _show_notices(self, notices: list[Notice]) -> None:
        self.inbox.show_notices(notices)

    @property
    def last_sync(self) -> dt.datetime | None:
        return self.autosync.last_sync

    def _last_sync_text(self) -> str:
        if self.autosync.running:
            return self.tr("Synchronising…")
        if self.last_sync is None:
            return self.tr("Not yet since coopdesk started")
        return ago_text(self.last_sync)

    def _counted(self, count: int) -> None:
        self.inbox_heading.setText(self.tr("To look at ({count})").format(count=count)
                                   if count else self.tr("To look at"))
        # Shared: the inbox always shows (empty, it says all is well); else only if needed.
        wanted = bool(count) or bool(self.status and self.status.shared)
        self.inbox_heading.setVisible(wanted)
        self.inbox.setVisible(wanted)

    def _on_changed(self, changes: Changes) -> None:
        # the automatic sync hears the bus itself: this page only shows how things stand
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- sharing -------------------------------------------------------------------------
    def share_folder(self) -> bool:
        """Ask for a folder and share the workspace in it (its data is written there)."""
        folder = FolderPicker.ask(self, self.tr("Choose the folder to share through"))
        if folder is None:
            return False
        choice = EncryptionChoiceDialog.ask(self)
        if choice is None:
            return False
        sync = self._sync_service()
        self.messages.show_info(self.tr("Sharing the workspace in {folder}…").format(
            folder=str(folder)))
        self.not_shared.share_button.setEnabled(False)
        self.autosync.runner.run(
            lambda: share_workspace(sync, folder, choice.passphrase),
            on_success=lambda done: self._shared(done, choice.passphrase),
            on_error=self._share_failed)
        return True

    def _sync_service(self) -> SyncService:
        # the container's: the team keys live as long as the open workspace
        return self.services.sync

    def _shared(self, done: Shared, passphrase: str | None = None) -> None:
        if passphrase is not None:  # encrypted: offer the recovery sheet right away
            sheet = RecoverySheetDialog(done.workspace_name, str(done.folder), passphrase,
                                        self, protected=protected_places(
                                            self.services.workspace))
            sheet.open()
        self.not_shared.share_button.setEnabled(True)
        self.autosync.last_sync = utcnow()
        self.messages.show_info(self.tr(
            "The workspace is shared. Give the folder to your partners (through your cloud "
            "or network drive): they join it from coopdesk's start window."))
        self.bus.status.emit(self.tr("Workspace shared."))
        self.refresh()

    def _share_failed(self, error: BaseException) -> None:
        self.not_shared.share_button.setEnabled(True)
        self._show_failure(error)

    def _file_imported(self, _done: object, changes: Changes) -> None:
        self.bus.publish(changes)  # imported: the automatic sync does not export for it
        self.refresh()

    def open_folder(self) -> None:
        if self.status is not None and self.status.folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.status.folder))

    def remove_leftovers(self) -> int:
        """Delete the leftover copies of the sync program the last cycle found (each is
        checked again first); how many were deleted."""
        if self.syncing or self.status is None or not self.status.shared:
            return 0
        try:
            done = self._sync_service().remove_leftovers()
        except CoopdeskError as error:
            self._show_failure(error)
            return 0
        if done.failed:
            self.messages.show_error(QCoreApplication.translate(
                "SyncPage", "%n leftover copy(ies) could not be deleted (in use?); try "
                "again later.", None, len(done.failed)))
        else:
            self.messages.hide()
        self.bus.status.emit(QCoreApplication.translate(
            "SyncPage", "%n leftover copy(ies) deleted.", None, len(done.removed)))
        self.refresh()
        return len(done.removed)

    # -- synchronising -------------------------------------------------------------------
    def sync_now(self) -> bool:
        if self.status is None or not self.status.shared:
            return False
        self._manual = True
        self.autosync.sync_now()
        return True

    @property
    def syncing(self) -> bool:
        return self.autosync.running

    def _sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        if self.status is not None:
            self.shared.show_status(self.status, self._last_sync_text())

    def _sync_succeeded(self, outcome: SyncOutcome) -> None:
        manual, self._manual = self._manual, False
        report = outcome.report
        self.keys_prompt.check(report)
        if any(problem.status != "leftover" for problem in report.problems):
            self.messages.show_error(self.tr(
                "Some files of the shared folder cannot be read yet: see the list below."))
        elif report.key_files:  # forged, damaged or too demanding key files: sharing goes on
            self.messages.show_error(self.tr(
                "Key files of the shared folder were ignored (sharing goes on with the "
                "team's trusted key): {files}").format(files="; ".join(report.key_files)))
        elif report.problems:
            self.messages.show_info(self.tr(
                "Your sync program left copies of files whose changes all arrived: they can "
                "be deleted (see the list below)."))
        else:
            self.messages.hide()
        if report.keys_republished:
            self.bus.status.emit(self.tr(
                "The team's key files {files} were missing or damaged: this laptop wrote "
                "them again.").format(files=", ".join(report.keys_republished)))
        if report.imported_ops or report.exported_ops or manual:
            self.bus.status.emit(self.tr(
                "Synchronised: {received} changes received, {sent} shared.").format(
                received=report.imported_ops, sent=report.exported_ops))
        # what it brought is on the bus already (published by the automatic sync)
        self.refresh()

    def _sync_waiting(self, text: str) -> None:
        """Skipped: another coopdesk works on the workspace (the status says who)."""
        self._manual = False
        self.messages.show_error(text)
        self.refresh()

    def _sync_failed(self, error: BaseException) -> None:
        self._manual = False
        self._show_failure(error)
        self.refresh()

    def _show_failure(self, error: BaseException) -> None:
        if not isinstance(error, CoopdeskError):
            self.autosync.runner.report(error)
            return
        text = self.tr("Synchronisation did not run: {reason}").format(
            reason=error_text(error))
        self.messages.show_error(text)
        self.bus.status.emit(text)

    def shutdown(self) -> bool:
        """Stop automatic sync and wait for a running cycle (before the workspace closes)."""
        return self.autosync.stop()

    # The window closes the workspace right after it closes: a sync cycle still running in
    # a worker must end first. A page with its own automatic sync watches its window for
    # that (the main window stops the one it owns itself).
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and self._owns_autosync:
            window = self.window()
            if window is not self and window is not self._watched_window:
                window.installEventFilter(self)
                self._watched_window = window
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    # -- screenshots ---------------------------------------------------------------------
    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        if self.status is not None and self.status.shared:
            return []
        return [("shared", self._show_demo_share), ("conflict", self._show_demo_conflict),
                ("history", self._show_demo_history)]

    def _show_demo_share(self) -> None:
        from coopdesk.services.sharing.demo import share_with_a_partner

        share_with_a_partner(self.services)
        self.autosync.last_sync = utcnow()
        self.refresh()

    def _demo_conflict(self) -> ConflictNotice | None:
        found = [n for n in self.inbox.notices() if isinstance(n, ConflictNotice)]
        return found[0] if found else None

    def _show_demo_conflict(self) -> None:
        notice = self._demo_conflict()
        if notice is not None:
            ConflictDialog(self.services, notice, self).exec()

    def _show_demo_history(self) -> None:
        notice = self._demo_conflict()
        if notice is not None:
            HistoryDialog(self.services, notice.record_kind, notice.record_id, self,
                          self.bus).exec()


__all__ = ["FolderPicker", "SyncPage"]
