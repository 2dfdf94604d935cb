"""The window shown at start-up while the first workspace opens (or the demo is made).

It imports nothing but Qt, so it can be on screen before the database layer is loaded;
the main window takes its place, at the same position and size, once the workspace is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

#: The main window's first size; the loading window has the same so that one replaces the other.
WINDOW_SIZE = (1280, 800)


class LoadingWindow(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadingWindow")
        self.setWindowTitle("coopdesk")
        self.resize(*WINDOW_SIZE)
        self.label = QLabel(text, self)
        self.label.setObjectName("loadingText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.label.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate: how long it takes is not known
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(text)
        self.bar.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.label)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleName(text)
