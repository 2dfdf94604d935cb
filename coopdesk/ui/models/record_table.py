"""A read-only table model over a list of read models, one column per `Column`.

Rows are whatever frozen objects a service returns; the model never touches the database.
Sorting and text filtering go through a QSortFilterProxyModel (see `make_proxy`).

Large lists stay quick: each cell's text is formatted once (views, column sizing and
filtering ask for it many times); sorting a `RecordTableModel` is one Python `sort()` of
its rows by cached keys, done by the model itself (the proxy only filters), and the
proxy's text filter matches each row's cached text once instead of asking every cell.
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

from coopdesk.domain.text import fold

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: How many rows a view measures to size a column to its contents (all rows is slow).
ROWS_MEASURED = 100
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
    #: What a screen reader says for the cell (AccessibleTextRole): a column whose colour
    #: means something gives it in words here, e.g. the date and "(overdue)".
    spoken: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        #: The rows in the order they were given (`_rows` is kept sorted).
        self._given: list[T] = []
        #: Sort keys per column, computed once per set of rows (sorting asks thousands).
        self._sort_keys: dict[int, list[Any]] = {}
        #: Display text per (row, column), formatted on first use.
        self._texts: dict[tuple[int, int], str] = {}
        #: Each row's texts joined and folded, for the proxy's filter.
        self._row_texts: dict[int, str] = {}
        #: The column and order the rows are kept sorted by (-1: as given).
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.dataChanged.connect(self._forget_texts)

    # -- data ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._given = list(rows)
        self._sort_keys = {}
        self._forget_texts()
        if self._sort_column >= 0:
            order = self._sorted_positions(self._sort_column, self._sort_order)
            self._rows = [self._rows[n] for n in order]
            self._sort_keys = {}
        self.endResetModel()

    def _forget_texts(self) -> None:
        self._texts = {}
        self._row_texts = {}

    def cell_text(self, row: int, column: int) -> str:
        """The text of a cell (cached until the rows change)."""
        text = self._texts.get((row, column))
        if text is None:
            text = self._columns[column].text(self._rows[row])
            self._texts[(row, column)] = text
        return text

    def row_text(self, row: int) -> str:
        """Every cell of *row*, one per line, folded (what the proxy's text filter searches:
        "ecole" finds "L’École")."""
        text = self._row_texts.get(row)
        if text is None:
            text = fold("\n".join(self.cell_text(row, column)
                                  for column in range(len(self._columns))))
            self._row_texts[row] = text
        return text

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows sorted by *column* (-1: leave them in the order given)."""
        self._sort_column, self._sort_order = column, order
        if column < 0 or column >= len(self._columns) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        order_list = self._sorted_positions(column, order)
        new_row = [0] * len(order_list)
        for position, old in enumerate(order_list):
            new_row[old] = position
        self._rows = [self._rows[n] for n in order_list]
        self._sort_keys = {key: [values[n] for n in order_list]
                           for key, values in self._sort_keys.items()}
        self._forget_texts()
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[index.row()], index.column())
                         if index.isValid() and index.row() < len(new_row) else QModelIndex()
                         for index in persistent])
        self.layoutChanged.emit()

    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _sorted_positions(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Today's row numbers in the order *column* sorts them (a stable sort)."""
        keys = [self.sort_key(row, column) for row in range(len(self._rows))]
        descending = order == Qt.SortOrder.DescendingOrder
        positions = list(range(len(keys)))
        try:
            positions.sort(key=keys.__getitem__, reverse=descending)
        except TypeError:  # e.g. numbers and "" (no value): empties first, then by type
            try:
                positions.sort(key=lambda n: (keys[n] != "", type(keys[n]).__name__, keys[n]),
                               reverse=descending)
            except TypeError:
                positions.sort(key=lambda n: str(keys[n]), reverse=descending)
        return positions

    def rows(self) -> list[T]:
        """The rows in the order they were given (model rows may be sorted: `row_at`)."""
        return list(self._given)

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
        key = column.sort_key(item) if column.sort_key else fold(column.text(item))
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
            return self.cell_text(index.row(), index.column())
        if role == ROW_ROLE:
            return item
        if role == SORT_ROLE:
            return self._key(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(item)
        if role == Qt.ItemDataRole.AccessibleTextRole and column.spoken:
            return column.spoken(item)
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
    """Sorting a RecordTableModel is left to the model (one Python sort instead of a Python
    comparison per pair); filtering every column by a fixed string looks for it, folded, in
    each row's cached folded text (case, accents, ligatures and apostrophes ignored)."""

    _wanted = ""

    def setFilterFixedString(self, pattern: str) -> None:
        self._wanted = fold(pattern)
        super().setFilterFixedString(pattern)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel) and self.sortRole() == SORT_ROLE:
            source.sort(column, order)
            super().sort(-1)
            return
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel) and self.filterKeyColumn() == -1:
            return not self._wanted or self._wanted in source.row_text(source_row)
        return super().filterAcceptsRow(source_row, source_parent)

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
    """A sorting proxy over every column, filtered by `setFilterFixedString` the way a
    reader compares (see `fold`)."""
    proxy = _SortProxy(parent)
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy
