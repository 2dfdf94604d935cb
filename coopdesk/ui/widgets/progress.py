"""A table delegate with roomier rows that draws a progress bar for cells with
PROGRESS_ROLE."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coopdesk.ui.widgets.styles import DONE, INFO, TRACK, tone
from coopdesk.ui.widgets.values import progress_text

#: Role holding a progress between 0 and 1 (None: nothing to draw).
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 10


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
        painter.setBrush(tone(TRACK, palette))
        painter.drawRoundedRect(bar, 4, 4)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * max(0.0, min(1.0, progress))))
        if filled.width() > 0:
            painter.setBrush(tone(DONE if progress >= 1 else INFO, palette))
            painter.drawRoundedRect(filled, 4, 4)
        text_rect = QRect(bar.right() + 6, rect.top(), self.TEXT_WIDTH, rect.height())
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(align), progress_text(progress))
        painter.restore()
