"""Small widgets the project page is built from: empty states, a message bar, a number
edit, a progress-bar delegate and read-only "label: value" facts."""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.ui.labels import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=Enum)

#: Role holding a progress between 0 and 1 (None: nothing to draw).
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 10

HINT_STYLE = "color: #6b7280; font-size: 11pt;"
MUTED_STYLE = "color: #6b7280;"
ERROR_BAR_STYLE = ("QFrame#messageBar { background: #fce8e6; border: 1px solid #d93025;"
                   " border-radius: 4px; } QLabel { color: #a50e0e; }")
INFO_BAR_STYLE = ("QFrame#messageBar { background: #e8f0fe; border: 1px solid #1a73e8;"
                  " border-radius: 4px; } QLabel { color: #174ea6; }")


class EmptyState(QWidget):
    """A centred sentence that says what to do next, with an optional button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(HINT_STYLE)
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
        self.setStyleSheet(ERROR_BAR_STYLE)
        self.label.setText(text)
        self.show()

    def show_info(self, text: str) -> None:
        self.setStyleSheet(INFO_BAR_STYLE)
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


def enum_value(combo: QComboBox, enum_cls: type[E]) -> E:
    """The enum member a combo holds (Qt hands a StrEnum back as a plain str)."""
    return enum_cls(combo.currentData())


def number_text(value: float | None, locale: QLocale | None = None) -> str:
    """A number the French way, without useless decimals (12 ; 12,5 ; 0,75)."""
    if value is None:
        return ""
    loc = locale or QLocale()
    if float(value).is_integer():
        return loc.toString(int(value))
    return loc.toString(float(value), "f", 2).rstrip("0").rstrip(loc.decimalPoint())


def progress_text(progress: float | None) -> str:
    return "" if progress is None else f"{round(progress * 100)} %"


class NumberEdit(QLineEdit):
    """An optional decimal number typed as 12,5 or 12.5; empty means none."""

    NOT_A_NUMBER = QT_TRANSLATE_NOOP("errors", "“{text}” is not a number (for example 12,5).")

    def __init__(self, value: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_value(value)

    def set_value(self, value: float | None) -> None:
        self.setText(number_text(value))

    def value(self, field: str = "") -> float | None:
        raw = (self.text().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
               .replace("%", ""))
        if not raw:
            return None
        number, ok = QLocale().toDouble(raw)
        if not ok:
            try:
                number = float(raw.replace(",", "."))
            except ValueError:
                raise ValidationError(field, self.NOT_A_NUMBER, text=self.text()) from None
        if not math.isfinite(number):
            raise ValidationError(field, self.NOT_A_NUMBER, text=self.text())
        return number


class ProgressDelegate(QStyledItemDelegate):
    """Roomier rows, and a bar with its percentage beside it for cells with PROGRESS_ROLE."""

    TEXT_WIDTH = 48

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        progress = index.data(PROGRESS_ROLE)
        if progress is None:
            super().paint(painter, option, index)
            return
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.highlight())
        bar = QRect(rect.left() + 6, rect.center().y() - 4,
                    max(10, rect.width() - self.TEXT_WIDTH - 12), 9)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e0e3e7"))
        painter.drawRoundedRect(bar, 4, 4)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * max(0.0, min(1.0, progress))))
        if filled.width() > 0:
            painter.setBrush(QColor("#188038") if progress >= 1 else QColor("#1a73e8"))
            painter.drawRoundedRect(filled, 4, 4)
        text_rect = QRect(bar.right() + 6, rect.top(), self.TEXT_WIDTH, rect.height())
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(align), progress_text(progress))
        painter.restore()


class FactGrid(QWidget):
    """Read-only "label: value" lines; empty values are left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._layout.setHorizontalSpacing(16)

    def set_facts(self, facts: list[tuple[str, str]], empty_text: str = "") -> None:
        while self._layout.rowCount():
            self._layout.removeRow(0)
        shown = [(label, value) for label, value in facts if value.strip()]
        for label, value in shown:
            name = QLabel(label, self)
            name.setStyleSheet(MUTED_STYLE)
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.addRow(name, text)
        if not shown and empty_text:
            hint = QLabel(empty_text, self)
            hint.setWordWrap(True)
            hint.setStyleSheet(MUTED_STYLE)
            self._layout.addRow(hint)

    def texts(self) -> list[str]:
        found = []
        for row in range(self._layout.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):
                item = self._layout.itemAt(row, role)
                widget = item.widget() if item else None
                if isinstance(widget, QLabel):
                    found.append(widget.text())
        return found


def button(text: str, slot: Callable[[], None], parent: QWidget, *,
           tooltip: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.clicked.connect(slot)
    if tooltip:
        widget.setToolTip(tooltip)
    return widget

