"""The bar above a directory list: its buttons on the left, its filters on the right, or the
filters on a line of their own when the page is too narrow for both (large text, French
words), so the page never makes the window wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QSizePolicy, QWidget


class ToolbarRow(QWidget):
    def __init__(self, left: QWidget, right: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = left
        self.right = right
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._box.addWidget(left)
        self._box.addStretch(1)
        self._box.addWidget(right)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def one_line_width(self) -> int:
        """The width both sides need on one line."""
        return (self.left.sizeHint().width() + self._box.spacing()
                + self.right.sizeHint().width())

    def is_one_line(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def sizeHint(self) -> QSize:
        return QSize(self.one_line_width(), self._box.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # As narrow as the wider side: the other one then goes below it.
        width = max(self.left.minimumSizeHint().width(), self.right.minimumSizeHint().width())
        return QSize(width, self._box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def arrange(self, width: int) -> None:
        """One line when *width* is enough for both sides, else the filters below."""
        direction = (QBoxLayout.Direction.LeftToRight if width >= self.one_line_width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self._box.direction():
            self._box.setDirection(direction)
            self.updateGeometry()
