"""A read-only table model over a list of read models, one column per `Column`.

Rows are whatever frozen objects a service returns; the model never touches the database.
Sorting and text filtering go through a QSortFilterProxyModel (see `make_proxy`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: Role holding the row object itself.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role holding the value used to sort (dates sort as dates, not as French text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    foreground: Callable[[T], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        #: Sort keys per column, computed once per set of rows (sorting asks thousands).
        self._sort_keys: dict[int, list[Any]] = {}

    # -- data ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys = {}
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, predicate: Callable[[T], bool]) -> int:
        return next((n for n, item in enumerate(self._rows) if predicate(item)), -1)

    def sort_key(self, row: int, column: int) -> Any:
        """The value rows sort by in *column* (cached: the proxy compares rows many times)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [self._key(item, self._columns[column]) for item in self._rows]
            self._sort_keys[column] = keys
        return keys[row]

    @staticmethod
    def _key(item: T, column: Column[T]) -> Any:
        key = column.sort_key(item) if column.sort_key else column.text(item).casefold()
        return key if key is not None else ""

    # -- Qt interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == ROW_ROLE:
            return item
        if role == SORT_ROLE:
            return self._key(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel) and self.sortRole() == SORT_ROLE:
            a = source.sort_key(left.row(), left.column())
            b = source.sort_key(right.row(), right.column())
        else:
            a = left.data(self.sortRole())
            b = right.data(self.sortRole())
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def make_proxy(source: QAbstractTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A sorting, case-insensitive filtering proxy over every column."""
    proxy = _SortProxy(parent)
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy
