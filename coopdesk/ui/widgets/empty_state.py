"""Empty states: a centred sentence saying what to do next, and a stack that shows
it in place of the content when there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from coopdesk.ui.look import scaled_font
from coopdesk.ui.widgets.styles import HINT_STYLE

#: The empty state's sentence is a little larger than the text around it.
HINT_SCALE = 1.1


class EmptyState(QWidget):
    """A centred sentence that says what to do next, with an optional button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(HINT_STYLE)
        self.label.setFont(scaled_font(self.label, HINT_SCALE))
        self.label.setObjectName("emptyText")
        self.button = QPushButton(self)
        self.button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_text(self, text: str, button_text: str = "") -> None:
        self.label.setText(text)
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text))

    def text(self) -> str:
        return self.label.text()


class EmptyStack(QStackedWidget):
    """Shows *content* when there is something to show, else an EmptyState."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = EmptyState(self)
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def show_empty(self, text: str, button_text: str = "") -> None:
        self.empty.set_text(text, button_text)
        self.setCurrentWidget(self.empty)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty
