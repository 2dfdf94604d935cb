"""A dismissable line above a page for refusals and confirmations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from coopdesk.ui.widgets.styles import palette_is_dark

_BAR = ("QFrame#messageBar {{ background: {back}; border: 1px solid {line};"
        " border-radius: 4px; }} QLabel {{ color: {text}; }}")
#: (light, dark) style of the bar for a refusal.
ERROR_BAR_STYLES = (_BAR.format(back="#fce8e6", line="#d93025", text="#a50e0e"),
                    _BAR.format(back="#4a2422", line="#f28b82", text="#fad2cf"))
#: (light, dark) style of the bar for a confirmation.
INFO_BAR_STYLES = (_BAR.format(back="#e8f0fe", line="#1a73e8", text="#174ea6"),
                   _BAR.format(back="#1f3045", line="#8ab4f8", text="#d2e3fc"))


class MessageBar(QFrame):
    """A dismissable line above the page for refusals and confirmations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_BAR_STYLES[palette_is_dark()])
        self.label.setText(text)
        self.show()

    def show_info(self, text: str) -> None:
        self.setStyleSheet(INFO_BAR_STYLES[palette_is_dark()])
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
