"""The pieces of the dashboard: a card (title, count, lines or an encouraging word) whose
lines open their record, and a summary tile with one big number."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.ui.pages.action_texts import base_colour, overdue_colour
from coopdesk.ui.pages.dashboard.lines import DashboardLine

Index = QModelIndex | QPersistentModelIndex

LINE_ROLE = Qt.ItemDataRole.UserRole + 30
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 31
TAG_ROLE = Qt.ItemDataRole.UserRole + 32
URGENT_ROLE = Qt.ItemDataRole.UserRole + 33

# Palette roles only, so the cards follow a dark palette too.
STYLE = """
QFrame#dashboardCard, QFrame#dashboardTile {
    background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QFrame#dashboardCard QListView { border: none; }
QLabel#cardCount { background: palette(window); border-radius: 8px; padding: 1px 8px; }
"""


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """*font* made *factor* times bigger: sizes follow the system font, never pixels."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    elif result.pixelSize() > 0:
        result.setPixelSize(round(result.pixelSize() * factor))
    result.setBold(bold)
    return result


def muted_colour(palette: QPalette) -> QColor:
    """Text halfway to the background: secondary, and readable light or dark."""
    text, base = palette.color(QPalette.ColorRole.Text), base_colour(palette)
    return QColor((text.red() * 3 + base.red() * 2) // 5, (text.green() * 3 + base.green() * 2)
                  // 5, (text.blue() * 3 + base.blue() * 2) // 5)


class LineListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[DashboardLine] = []

    def set_lines(self, lines: Sequence[DashboardLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[DashboardLine]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        values: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: line.title,
            Qt.ItemDataRole.ToolTipRole: line.spoken,
            Qt.ItemDataRole.AccessibleTextRole: line.spoken,
            LINE_ROLE: line, DETAIL_ROLE: line.detail, TAG_ROLE: line.tag,
            URGENT_ROLE: line.urgent,
        }
        return values.get(role)


class LineDelegate(QStyledItemDelegate):
    """Title and tag on the first line, the detail muted below."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title = QFontMetrics(scaled(option.font, 1.0, bold=True)).height()
        detail = QFontMetrics(scaled(option.font, 0.92)).height()
        return QSize(200, title + detail + 3 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.highlight())
        elif hovered:
            painter.fillRect(rect, palette.alternateBase())
        inner = rect.adjusted(self.PAD + 2, self.PAD, -self.PAD - 2, -self.PAD)
        text = palette.highlightedText().color() if selected else palette.text().color()
        muted = palette.highlightedText().color() if selected else muted_colour(palette)
        urgent = bool(index.data(URGENT_ROLE))
        tag = str(index.data(TAG_ROLE) or "")
        if urgent and tag:
            tag = "⚠ " + tag
        title_font = scaled(option.font, 1.0, bold=True)
        painter.setFont(title_font)
        tag_width = painter.fontMetrics().horizontalAdvance(tag) + 8 if tag else 0
        line_height = painter.fontMetrics().height()
        title_rect = QRect(inner.left(), inner.top(), inner.width() - tag_width, line_height)
        painter.setPen(text)
        title = painter.fontMetrics().elidedText(str(index.data() or ""),
                                                 Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft
                                         | Qt.AlignmentFlag.AlignVCenter), title)
        if tag:
            painter.setPen(text if selected else overdue_colour(palette) if urgent else muted)
            painter.setFont(scaled(option.font, 1.0, bold=urgent))
            painter.drawText(QRect(inner.right() - tag_width, inner.top(), tag_width,
                                   line_height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             tag)
        detail_font = scaled(option.font, 0.92)
        painter.setFont(detail_font)
        painter.setPen(muted)
        detail_rect = QRect(inner.left(), inner.top() + line_height + self.PAD // 2,
                            inner.width(), painter.fontMetrics().height())
        detail = painter.fontMetrics().elidedText(str(index.data(DETAIL_ROLE) or ""),
                                                  Qt.TextElideMode.ElideRight,
                                                  detail_rect.width())
        painter.drawText(detail_rect, int(Qt.AlignmentFlag.AlignLeft
                                          | Qt.AlignmentFlag.AlignVCenter), detail)
        painter.restore()


class LineList(QListView):
    """The lines of a card: a click or Enter opens the line's record."""

    #: (kind, id) of the record to open.
    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_model = LineListModel(self)
        self.setModel(self.line_model)
        self.setItemDelegate(LineDelegate(self))
        self.setMouseTracking(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._open)

    def set_lines(self, lines: Sequence[DashboardLine]) -> None:
        self.line_model.set_lines(lines)
        row = self.sizeHintForRow(0) if lines else 0
        self.setFixedHeight(row * len(lines) + 2 * self.frameWidth() + 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and \
                self.currentIndex().isValid():
            event.accept()
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        line = index.data(LINE_ROLE)
        if isinstance(line, DashboardLine):
            self.open_requested.emit(line.kind, line.id)


class Card(QFrame):
    """A section of the dashboard: a title with its count, then lines or a kind word."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 urgent_count: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setAccessibleName(title)
        self.urgent_count = urgent_count
        self.title_label = QLabel(title, self)
        self.title_label.setFont(scaled(self.font(), 1.15, bold=True))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("cardCount")
        self.list = LineList(self)
        self.list.setAccessibleName(title)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("cardEmpty")
        self.empty_label.setWordWrap(True)
        self.more_label = QLabel(self)
        self.more_label.setObjectName("cardMore")
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.more_label)
        layout.addStretch(1)

    def set_lines(self, lines: Sequence[DashboardLine], total: int, empty_text: str,
                  more_text: str = "") -> None:
        self.count_label.setText(str(total))
        self.count_label.setAccessibleName(str(total))
        colour = overdue_colour(self.palette()) if self.urgent_count and total else \
            muted_colour(self.palette())
        self.count_label.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")
        self.list.set_lines(lines)
        self.list.setVisible(bool(lines))
        self.empty_label.setText(empty_text)
        self.empty_label.setStyleSheet(f"color: {muted_colour(self.palette()).name()};")
        self.empty_label.setVisible(not lines)
        self.more_label.setText(more_text)
        self.more_label.setStyleSheet(f"color: {muted_colour(self.palette()).name()};")
        self.more_label.setVisible(bool(more_text))

    def set_loading(self, text: str) -> None:
        """No count and no line yet: *text* says they are being read."""
        self.set_lines([], 0, text)
        self.count_label.setText("")
        self.count_label.setAccessibleName(text)

    def count(self) -> int:
        return int(self.count_label.text() or 0)

    def lines(self) -> list[DashboardLine]:
        return self.line_model().lines() if self.list.isVisibleTo(self) else []

    def line_model(self) -> LineListModel:
        return self.list.line_model


class Tile(QFrame):
    """One figure of the summary row: a big number (or date) and what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTile")
        self.value_label = QLabel(self)
        self.value_label.setFont(scaled(self.font(), 2.0, bold=True))
        self.caption_label = QLabel(caption, self)
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self._caption = caption

    def set_value(self, value: str, *, urgent: bool = False) -> None:
        self.value_label.setText(value)
        colour = overdue_colour(self.palette()) if urgent else \
            self.palette().color(QPalette.ColorRole.Text)
        self.value_label.setStyleSheet(f"color: {colour.name()};")
        self.caption_label.setStyleSheet(f"color: {muted_colour(self.palette()).name()};")
        self.setAccessibleName(f"{self._caption}: {value}")

    def value(self) -> str:
        return self.value_label.text()
