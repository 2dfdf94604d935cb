"""A record table whose rows in the trash are shown greyed and in italics."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.ui.models.record_table import Column, Index, RecordTableModel


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)

class TrashableTableModel(RecordTableModel[T]):
    """A RecordTableModel whose rows in the trash are shown greyed and in italics."""

    def __init__(self, columns: Sequence[Column[T]], is_trashed: Callable[[T], bool],
                 trash_tooltip: Callable[[T], str], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._is_trashed = is_trashed
        self._trash_tooltip = trash_tooltip
        self._italic = QFont()
        self._italic.setItalic(True)

    def id_at(self, row: int) -> str:
        return self.row_at(row).id

    def row_of_id(self, record_id: str) -> int:
        return self.row_of(lambda item: item.id == record_id)

    def is_trashed(self, row: int) -> bool:
        return self._is_trashed(self.row_at(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and 0 <= index.row() < self.rowCount()
                and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
                             Qt.ItemDataRole.ToolTipRole)):
            item = self.row_at(index.row())
            if self._is_trashed(item):
                if role == Qt.ItemDataRole.FontRole:
                    return self._italic
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                        QPalette.ColorRole.Text)
                return self._trash_tooltip(item)
        return super().data(index, role)
