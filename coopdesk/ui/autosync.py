"""Automatic sync of the open workspace, owned by its window (not by a page): cycles off the
GUI thread on demand, when the shared folder changes, on a timer, and after local changes.

The shell starts it when it shows a workspace (`start()`), so changes made here are shared
whether or not the Synchronisation page was ever opened; that page only shows how things
stand and offers "Synchronise now". It hears the bus: a change made on this laptop
(`Changes.is_local`) schedules an export after a quiet time; what a cycle brings in is
published on the bus as imported changes (the pages refresh) and never schedules another
cycle. One cycle runs at a time; a request during a cycle runs one more cycle after it. The
folder watcher is debounced (a cloud client writes a file in several steps) and follows the
device folders as they appear. Nothing runs while the workspace is not shared.

A cycle never waits for another coopdesk (a `coopdesk sync` on the command line) holding the
workspace lock: it is skipped, the status says "synchronisation en attente : …" naming the
holder, and it is tried again after `LOCKED_RETRY_MS`.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes
from coopdesk.services.clock import utcnow
from coopdesk.services.sharing.service import SyncService, folders_to_watch
from coopdesk.services.sharing.types import SyncOutcome
from coopdesk.services.workspaces import WorkspaceLockedError
from coopdesk.ui.bus import Bus
from coopdesk.ui.runner import Runner


class AutoSync(QObject):
    #: A cycle started.
    started = Signal()
    #: A cycle ended with this SyncOutcome (its imported changes are on the bus already).
    succeeded = Signal(object)
    #: A cycle failed with this exception (a SyncError when the folder is unreachable).
    failed = Signal(object)
    #: A cycle was skipped: another coopdesk works on the workspace (this status text).
    waiting = Signal(str)

    #: Quiet time after the last change seen in the shared folder before syncing.
    WATCH_DELAY_MS = 3_000
    #: Quiet time after a local change before sharing it.
    LOCAL_DELAY_MS = 20_000
    #: A cycle at least this often while the workspace is shared.
    PERIOD_MS = 5 * 60 * 1000
    #: Another try after a cycle skipped because another coopdesk held the workspace.
    LOCKED_RETRY_MS = 15_000

    def __init__(self, sync: SyncService, bus: Bus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.bus = bus
        self.runner = Runner(self)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.timeout.connect(self.sync_now)
        self.timer = QTimer(self)
        self.timer.setInterval(self.PERIOD_MS)
        self.timer.timeout.connect(self.sync_now)
        self.folder: Path | None = None
        self.running = False
        #: When the last cycle ended well (naive UTC), None before the first.
        self.last_sync: dt.datetime | None = None
        self._again = False
        bus.changed.connect(self._bus_changed)

    def start(self) -> bool:
        """Follow the workspace's shared folder, if it is shared, and sync soon; False when
        it is not shared (nothing automatic then)."""
        try:
            folder, _team = self.sync.folder()
        except CoopdeskError:
            self.watch(None)
            return False
        self.watch(folder)
        self.schedule(self.WATCH_DELAY_MS)
        return True

    # -- watching ------------------------------------------------------------------------
    def watch(self, folder: Path | None) -> None:
        """Follow *folder* (the shared folder), or stop everything automatic with None."""
        self.folder = folder
        if folder is None:
            self.timer.stop()
            self.debounce.stop()
        elif not self.timer.isActive():
            self.timer.start()
        self._follow_folders()

    def _follow_folders(self) -> None:
        wanted = ([str(path) for path in folders_to_watch(self.folder)]
                  if self.folder is not None else [])
        current = set(self.watcher.directories())
        stale = [path for path in current if path not in wanted]
        if stale:
            self.watcher.removePaths(stale)
        fresh = [path for path in wanted if path not in current]
        if fresh:
            self.watcher.addPaths(fresh)

    def _folder_changed(self, _path: str) -> None:
        self.schedule(self.WATCH_DELAY_MS)

    def schedule(self, delay_ms: int) -> None:
        """A cycle after *delay_ms* of quiet (only while the workspace is shared)."""
        if self.folder is None:
            return
        if not self.debounce.isActive() or self.debounce.remainingTime() > delay_ms:
            self.debounce.start(delay_ms)

    def local_change(self) -> None:
        self.schedule(self.LOCAL_DELAY_MS)

    def _bus_changed(self, changes: Changes) -> None:
        # what sync itself brought in holds nothing of ours to share
        if changes.is_local:
            self.local_change()

    # -- running -------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a cycle; False when one runs already (another one follows it then)."""
        if self.running:
            self._again = True
            return False
        self.debounce.stop()
        self.running = True
        self.started.emit()
        # wait=0: never wait for another coopdesk's cycle; skip and retry later instead
        self.runner.run(functools.partial(self.sync.sync_with_changes, wait=0),
                        on_success=self._succeeded, on_error=self._failed)
        return True

    def _succeeded(self, outcome: SyncOutcome) -> None:
        self.last_sync = utcnow()
        self._ended()
        self.bus.publish(outcome.changes)
        self.succeeded.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self._ended()
        if isinstance(error, WorkspaceLockedError):
            self.schedule(self.LOCKED_RETRY_MS)
            holder = error.holder
            text = self.tr("Synchronisation waiting: another coopdesk ({command}, pid {pid} "
                           "on {host}) is working on this workspace").format(
                command=holder.command, pid=holder.pid, host=holder.host) if holder else \
                self.tr("Synchronisation waiting: another coopdesk is working on this "
                        "workspace")
            self.bus.status.emit(text)
            self.waiting.emit(text)
            return
        self.failed.emit(error)

    def _ended(self) -> None:
        self.running = False
        self._follow_folders()
        if self._again:
            self._again = False
            self.schedule(0)

    def stop(self, timeout_s: float = 10.0) -> bool:
        """Stop everything automatic and wait for a running cycle (before closing)."""
        self.watch(None)
        ended = self.runner.drain(timeout_s)
        self.running = False
        return ended


__all__ = ["AutoSync"]
