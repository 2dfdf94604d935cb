"""A row of widgets that goes onto several lines when it is narrower than they are.

Buttons side by side make a page as wide as all of them together; with large text in
French that can be wider than a laptop's screen. A `WrapRow` is only as wide as its widest
widget: when the room it gets is too narrow for one line, the widgets that do not fit go
onto the next line (left-aligned, like words), and its height grows to match.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QSizePolicy, QVBoxLayout, QWidget


class WrapRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._lines: list[list[QWidget]] = []
        self._stretch: dict[QWidget, int] = {}
        self._sized = False  # given a width by its parent's layout yet
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add *widget* at the end of the row (it becomes the row's child); a *stretch*
        above 0 makes it share its line's spare room (as in a QHBoxLayout)."""
        widget.setParent(self)
        widget.installEventFilter(self)
        self._widgets.append(widget)
        self._stretch[widget] = stretch
        self._arrange()

    def set_margins(self, left: int, top: int, right: int, bottom: int) -> None:
        self._rows.setContentsMargins(left, top, right, bottom)
        self._arrange()

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def lines(self) -> list[list[QWidget]]:
        """The visible widgets, line by line, as they are placed now."""
        return [list(line) for line in self._lines]

    # -- sizes -------------------------------------------------------------------------
    def _shown(self) -> list[QWidget]:
        return [widget for widget in self._widgets if not widget.isHidden()]

    def _spacing(self) -> int:
        return max(0, self._rows.spacing())

    def _margins(self) -> int:
        margins = self._rows.contentsMargins()
        return margins.left() + margins.right()

    def one_line_width(self) -> int:
        """The width the visible widgets need side by side."""
        shown = self._shown()
        widths = [widget.sizeHint().width() for widget in shown]
        return sum(widths) + self._spacing() * max(0, len(shown) - 1) + self._margins()

    def sizeHint(self) -> QSize:
        return QSize(self.one_line_width(), self._rows.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        widths = [widget.minimumSizeHint().width() for widget in self._shown()]
        return QSize(max(widths, default=0) + self._margins(), self._rows.minimumSize().height())

    # -- arranging ---------------------------------------------------------------------
    def _split(self, width: int) -> list[list[QWidget]]:
        lines: list[list[QWidget]] = []
        used = 0
        for widget in self._shown():
            need = widget.sizeHint().width()
            if lines and used + self._spacing() + need <= width:
                lines[-1].append(widget)
                used += self._spacing() + need
            else:
                lines.append([widget])
                used = need
        return lines

    def _arrange(self, width: int | None = None) -> None:
        if width is None:
            width = self.width() if self._sized else self.one_line_width()
        lines = self._split(width - self._margins())
        if lines == self._lines:
            return
        while (item := self._rows.takeAt(0)) is not None:
            line = item.layout()
            if line is not None:
                while line.takeAt(0) is not None:
                    pass
                line.deleteLater()
        for widgets in lines:
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(self._spacing())
            for widget in widgets:
                line.addWidget(widget, self._stretch[widget])
            if not any(self._stretch[widget] for widget in widgets):
                line.addStretch(1)  # left-aligned
            self._rows.addLayout(line)
        self._lines = lines
        self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange()  # a widget's size may have changed (a new text, say)
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sized = True
        self._arrange(event.size().width())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._widgets and event.type() in (
                QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._arrange()
        return False
