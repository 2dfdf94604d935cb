"""Service calls off the GUI thread, with their result or error delivered back on it.

A call runs in a worker of Qt's global thread pool. The worker never touches a widget: it
hands the result (or the exception) to the `Runner`, a QObject living in the GUI thread,
through a queued signal, and the Runner emits the task's `succeeded`/`failed` signals there.
Services open their own session per call, and SQLAlchemy's default pool for a file database
gives the worker its own SQLite connection (`check_same_thread` is off for file databases).

Tasks that carry a text make the window busy: `BusyIndicator` shows that text with an
indeterminate progress bar in the status bar while they run. A task started with a `key`
supersedes the previous running task with the same key, whose result is dropped (a search
typed further while the previous one still runs).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QWidget

from coopdesk.domain.errors import CoopdeskError
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.labels import error_text

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The name of coopdesk's log file in the log folder (written by coopdesk.app.gui).
LOG_FILE_NAME = "coopdesk.log"
#: A busy indicator appears only for work that lasts longer than this (no flicker).
SHOW_DELAY_MS = 250

translate = QCoreApplication.translate


def unexpected_error_text(log_file: Path | None) -> str:
    """What to tell the user about a bug: their data is safe, and where the log is."""
    if log_file is None:
        return translate("Shell", "Something went wrong. Your data is safe: every change is "
                         "saved as soon as it is made.")
    return translate("Shell", "Something went wrong. Your data is safe: every change is "
                     "saved as soon as it is made. Please send the log file {file} to the "
                     "people who maintain coopdesk.").format(file=str(log_file))


class CancelledError(Exception):
    """`Runner.call` was interrupted by `Runner.drain` before its call ended."""


@dataclass
class _Job:
    """What the worker thread and the GUI thread share about one call (no Qt object)."""

    id: int
    call: Callable[[], Any]
    cancelled: threading.Event = field(default_factory=threading.Event)
    ended: threading.Event = field(default_factory=threading.Event)


class Task(QObject):
    """One call running in a worker. Its signals are emitted on the GUI thread."""

    #: The call returned this value.
    succeeded = Signal(object)
    #: The call raised this exception.
    failed = Signal(object)
    #: The call ended (after `succeeded`/`failed`, or with its result dropped if cancelled).
    finished = Signal()

    def __init__(self, job: _Job, text: str, key: str | None) -> None:
        # No parent: the runner holds the task until it ends, then whoever kept it.
        super().__init__()
        self._job = job
        self.text = text
        self.key = key
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    @property
    def cancelled(self) -> bool:
        return self._job.cancelled.is_set()

    def cancel(self) -> None:
        """Drop the result: neither `succeeded` nor `failed` will be emitted.

        A call that has not started yet is not run at all; one already running (an SQLite
        query) runs to its end in the worker.
        """
        self._job.cancelled.set()


class Runner(QObject):
    """Starts calls in workers and delivers their outcome on the GUI thread."""

    #: The text of the busy work to show ("" when there is none).
    activity = Signal(str)
    # Worker → GUI thread: (job id, (True, result) or (False, exception)). Queued, because
    # it is emitted from the worker thread and the Runner lives in the GUI thread.
    _delivered = Signal(int, object)

    def __init__(self, parent: QObject | None = None, *, log_file: Path | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        #: The window alerts about failures are shown over (the active window if None).
        self.alert_parent: QWidget | None = parent if isinstance(parent, QWidget) else None
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._tasks: dict[int, Task] = {}
        self._delivered.connect(self._deliver)

    # -- starting ------------------------------------------------------------------------
    def run(self, call: Callable[[], T], *, text: str = "", key: str | None = None,
            on_success: Callable[[T], Any] | None = None,
            on_error: Callable[[BaseException], Any] | None = None,
            error_title: str = "") -> Task:
        """Start *call* in a worker; *on_success*/*on_error* run on the GUI thread.

        Without *on_error*, a failure is reported (`report`). *text* makes the window
        busy while the call runs. Connect callbacks that are methods of widgets so that
        a widget deleted meanwhile is simply not called.
        """
        if key is not None:
            for running in self._tasks.values():
                if running.key == key:
                    running.cancel()
        job = _Job(next(self._ids), call)
        task = Task(job, text, key)
        if on_success is not None:
            task.succeeded.connect(on_success)
        if on_error is not None:
            task.failed.connect(on_error)
        else:
            task.failed.connect(lambda error: self.report(error, error_title))
        self._tasks[job.id] = task
        if text:
            self.activity.emit(text)
        self._pool.start(lambda: self._work(job))
        return task

    def _work(self, job: _Job) -> None:
        """Runs in the worker thread."""
        try:
            if job.cancelled.is_set():
                outcome: tuple[bool, Any] = (True, None)
            else:
                outcome = (True, job.call())
        except BaseException as error:  # delivered to the GUI thread, never lost
            outcome = (False, error)
        try:
            self._delivered.emit(job.id, outcome)
        except RuntimeError:  # the runner is gone (window closed): nobody to tell
            pass
        finally:
            job.ended.set()

    @Slot(int, object)
    def _deliver(self, job_id: int, outcome: tuple[bool, Any]) -> None:
        task = self._tasks.pop(job_id, None)
        if task is None:
            return
        ok, value = outcome
        task.done = True
        if not task.cancelled:
            if ok:
                task.result = value
                task.succeeded.emit(value)
            else:
                task.error = value
                task.failed.emit(value)
        task.finished.emit()
        if task.text:
            self.activity.emit(self.busy_text())

    # -- waiting ---------------------------------------------------------------------------
    def call(self, call: Callable[[], T], *, text: str = "") -> T:
        """Run *call* in a worker and return its result (or raise its exception).

        The GUI keeps repainting meanwhile: a local event loop runs until the call ends,
        like a modal dialog's. Callers must not start the same call again meanwhile.
        """
        outcome: list[tuple[bool, Any]] = []
        task = self.run(call, text=text, on_success=lambda value: outcome.append((True, value)),
                        on_error=lambda error: outcome.append((False, error)))
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        loop.exec()
        if not outcome:
            raise CancelledError()
        ok, value = outcome[0]
        if not ok:
            raise value
        result: T = value
        return result

    def busy_text(self) -> str:
        """The text of the latest running busy task ("" when idle)."""
        texts = [task.text for task in self._tasks.values() if task.text and not task.cancelled]
        return texts[-1] if texts else ""

    def running(self) -> int:
        return len(self._tasks)

    def drain(self, timeout_s: float = 10.0) -> bool:
        """Drop every pending result and wait for the workers to end (before closing the
        workspace they use); False if some call still runs after *timeout_s*."""
        tasks = list(self._tasks.values())
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        deadline = time.monotonic() + timeout_s
        ended = all(task._job.ended.wait(max(0.0, deadline - time.monotonic()))
                    for task in tasks)
        for task in tasks:
            task.done = True
            task.finished.emit()
        if tasks:
            self.activity.emit("")
        return ended

    # -- failures ----------------------------------------------------------------------
    def report(self, error: BaseException, title: str = "") -> None:
        """Explain a failure: a CoopdeskError in its translated words; anything else is a
        bug, logged, and explained in plain words (`ErrorReport`: the log file's place,
        "Copy the details" for whoever helps)."""
        parent = self.alert_parent or QApplication.activeWindow()
        if isinstance(error, CoopdeskError):
            log.info("Background task refused: %s", error.message)
            Alert.warn(parent, title or translate("Shell", "coopdesk"), error_text(error))
            return
        log.error("Unexpected error in a background task",
                  exc_info=(type(error), error, error.__traceback__))
        from coopdesk.ui.dialogs.error_report import ErrorReport, error_details

        ErrorReport.present(parent, translate("Shell", "Unexpected error"),
                            unexpected_error_text(self.log_file),
                            error_details(type(error), error, error.__traceback__,
                                          self.log_file),
                            self.log_file)


class BusyIndicator(QWidget):
    """Status-bar widget: the running work's text and an indeterminate progress bar."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.label = QLabel(self)
        self.label.setObjectName("busyText")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.bar.setMaximumHeight(self.fontMetrics().height())
        self.bar.setAccessibleName(self.tr("Working"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_DELAY_MS)
        self._delay.timeout.connect(self.show)
        runner.activity.connect(self.set_text)
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        if not text:
            self._delay.stop()
            self.hide()
        elif not self.isVisible() and not self._delay.isActive():
            self._delay.start()
