"""The message shown for an unexpected error: plain words, "Copy the details", the log file.

The app keeps running after it: the dialog only explains, and the details (the traceback,
coopdesk's version, the log file's path) go to the clipboard for whoever helps.
"""

from __future__ import annotations

import html
import platform
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk import __version__


def error_details(kind: type[BaseException], error: BaseException,
                  trace: TracebackType | None, log_file: Path | None) -> str:
    """What "Copy the details" copies: versions, the log file and the traceback."""
    lines = [f"coopdesk {__version__}, Python {platform.python_version()}, "
             f"{platform.platform()}"]
    if log_file is not None:
        lines.append(f"Log file: {log_file}")
    lines.append("")
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(kind, error, trace))
    return "\n".join(lines)


class ErrorReport(QDialog):
    """A plain message, the log's location, and the technical details on demand."""

    def __init__(self, title: str, text: str, details: str, log_file: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorReport")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.details = details
        message = QLabel(html.escape(text), self)
        message.setObjectName("errorText")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        if log_file is not None:
            url = QUrl.fromLocalFile(str(log_file.parent)).toString()
            where = QLabel(self.tr('Log file: <a href="{url}">{file}</a>').format(
                url=html.escape(url), file=html.escape(str(log_file))), self)
            where.setObjectName("errorLogFile")
            where.setWordWrap(True)
            where.setOpenExternalLinks(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            layout.addWidget(where)
        self.detail_view = QPlainTextEdit(details, self)
        self.detail_view.setObjectName("errorDetails")
        self.detail_view.setReadOnly(True)
        self.detail_view.hide()
        layout.addWidget(self.detail_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.copy_button = QPushButton(self.tr("Copy the details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton(self.tr("Show the details"), self)
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self.detail_view.setVisible)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))

    @classmethod
    def present(cls, parent: QWidget | None, title: str, text: str, details: str,
                log_file: Path | None = None) -> None:
        """Show the report and wait until it is closed (tests replace this)."""
        cls(title, text, details, log_file, parent).exec()
