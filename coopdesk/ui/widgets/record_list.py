"""What the pages' record lists share: the selected row of a table seen through a sorting
proxy, selecting a record's row, resetting filter widgets without firing their signals, and
the plumbing of a table model over a list of rows loaded a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

from coopdesk.ui.models.record_table import Index


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R")
RowT = TypeVar("RowT", bound=_Identified)


def selected_record(table: QAbstractItemView, proxy: QSortFilterProxyModel,
                    row_at: Callable[[int], R]) -> R | None:
    """The row object of *table*'s first selected row (*row_at* reads the source model)."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return row_at(proxy.mapToSource(rows[0]).row())


def select_source_row(table: QAbstractItemView, proxy: QSortFilterProxyModel,
                      source_row: int) -> bool:
    """Select and show the row *source_row* of the proxy's source model; False when it
    is negative (the record is not listed)."""
    if source_row < 0:
        return False
    index = proxy.mapFromSource(proxy.sourceModel().index(source_row, 0))
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)
    return True


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Reset filter widgets inside the block without any of them asking for a refresh."""
    for item in objects:
        item.blockSignals(True)
    try:
        yield
    finally:
        for item in objects:
            item.blockSignals(False)


class RowListModel(QAbstractTableModel, Generic[RowT]):
    """The reading side of a table model over `_rows` with the column titles `_headers`
    (subclasses load the rows and say what each cell shows)."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._headers = headers

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def row_of_id(self, record_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
