"""What the desktop app sets up around its event loop: the log file (with Qt's own
messages), unexpected errors explained instead of lost, and the start-up probe of
`COOPDESK_SMOKE_STARTUP=1`. Used by `coopdesk.app.gui`."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.settings import AppPaths
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.labels import error_text
from coopdesk.ui.runner import LOG_FILE_NAME, unexpected_error_text

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

log = logging.getLogger("coopdesk.app.gui")

LOG_FILE = LOG_FILE_NAME

translate = QCoreApplication.translate


@contextmanager
def _logging_to(paths: AppPaths) -> Iterator[Path | None]:
    """coopdesk's log records go to a rotating file in the log folder."""
    logger = logging.getLogger("coopdesk")
    previous_level = logger.level
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler | None = RotatingFileHandler(
            paths.log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        print(f"coopdesk: cannot write the log file: {exc}", file=sys.stderr)
        handler = None
    if handler is not None:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    previous_qt_handler = qInstallMessageHandler(qt_message_to_log)
    try:
        yield paths.log_dir / LOG_FILE if handler is not None else None
    finally:
        qInstallMessageHandler(previous_qt_handler)
        if handler is not None:
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(previous_level)


_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def qt_message_to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to coopdesk's log (logger `coopdesk.qt`) instead of stderr."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger("coopdesk.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s",
                                         message, where)


@contextmanager
def _unexpected_errors_reported(paths: AppPaths) -> Iterator[None]:
    """A bug in a slot is logged and shown with the log file's path instead of vanishing."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, trace))
        parent = QApplication.activeWindow()
        if isinstance(error, CoopdeskError):
            Alert.warn(parent, translate("Shell", "coopdesk"), error_text(error))
            return
        log_file = paths.log_dir / LOG_FILE
        from coopdesk.ui.dialogs.error_report import ErrorReport, error_details

        ErrorReport.present(parent, translate("Shell", "Unexpected error"),
                            unexpected_error_text(log_file),
                            error_details(kind, error, trace, log_file), log_file)

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


class StartupProbe(QObject):
    """`COOPDESK_SMOKE_STARTUP=1`: report the first paints of start-up, then quit.

    Prints one line, `coopdesk: smoke-startup first_window_ms=… board_ms=… page_ms=…
    interactive_ms=… rss_mb=…`: the first paint of any window (the main window's frame while
    the workspace opens), the first paint of a dashboard with data in it (the copy kept from
    the last run, shown by the frame before the database layer is loaded, or else the page's
    own), the first paint of the main window's first page (its data may still be loading in
    a worker), and its first paint with its data read from the database, all counted from
    `run()`.
    """

    def __init__(self, app: QApplication, started: float) -> None:
        super().__init__(app)
        self.app = app
        self.started = started
        self.first_window_ms: float | None = None
        self.page_ms: float | None = None
        self.board_ms: float | None = None
        self.window: MainWindow | None = None
        self.reported = False
        app.installEventFilter(self)

    def watch(self, window: MainWindow | None) -> None:
        """Quit once *window*'s current page has been painted."""
        self.window = window
        if window is None:
            self.app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        elapsed = (time.perf_counter() - self.started) * 1000
        if self.first_window_ms is None:
            self.first_window_ms = elapsed
        if (self.board_ms is None and watched.objectName() == "dashboardBoard"
                and getattr(watched, "board", None) is not None):
            self.board_ms = elapsed
        page = self.window.current_page() if self.window is not None else None
        if (page is not None and not self.reported
                and (watched is page or page.isAncestorOf(watched))):
            if self.page_ms is None:
                self.page_ms = elapsed
            if page.loading():
                return False
            self.reported = True
            # After this paint event is delivered: the page is on screen.
            QTimer.singleShot(0, lambda: self._report(elapsed))
        return False

    def _report(self, interactive_ms: float) -> None:
        self.app.removeEventFilter(self)
        # quit() closes the windows; the last one closing must not post a second quit.
        self.app.setQuitOnLastWindowClosed(False)
        board_ms = self.board_ms if self.board_ms is not None else interactive_ms
        print(f"coopdesk: smoke-startup first_window_ms={self.first_window_ms:.1f} "
              f"board_ms={board_ms:.1f} page_ms={self.page_ms:.1f} "
              f"interactive_ms={interactive_ms:.1f} rss_mb={resident_mb():.1f}", flush=True)
        self.app.quit()


def resident_mb() -> float:
    """This process's resident memory in MB (0 where /proc is not available)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0
