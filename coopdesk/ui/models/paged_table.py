"""A table model over rows a service reads a page at a time.

`load` reads the first page (and how many rows there are in all); the view asks for the
next pages as it scrolls (`canFetchMore`/`fetchMore`). Sorting is the service's: clicking a
column header reads the first page again in the new order, so the whole list is sorted,
not just the rows already loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt

from coopdesk.ui.models.record_table import Index
from coopdesk.ui.widgets.record_list import RowListModel, RowT


class PagedRowModel(RowListModel[RowT]):
    """Subclasses read the rows (`fetch_rows`, `count_rows`) and say what cells show."""

    def __init__(self, headers: list[str], page_size: int,
                 parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self.page_size = page_size
        self._total = 0
        self._loaded = False
        #: True while a reset is announced: whoever reacts to it (a view, the model
        #: tester) must not append rows to a list about to be replaced.
        self._resetting = False
        #: True while a page is being inserted (a view may ask for more from inside).
        self._fetching = False
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- what subclasses read ------------------------------------------------------------
    def fetch_rows(self, limit: int, offset: int) -> list[RowT]:
        """Rows *offset* to *offset* + *limit* in the order `sorting()` says."""
        raise NotImplementedError

    def count_rows(self) -> int:
        """How many rows there are in all."""
        raise NotImplementedError

    # -- loading -------------------------------------------------------------------------
    def load(self, *, minimum: int = 0) -> None:
        """Show the first page again (or at least *minimum* rows)."""
        size = max(self.page_size, minimum)
        self._resetting = True
        try:
            self.beginResetModel()
            self._rows = self.fetch_rows(size, 0)
            self._total = (len(self._rows) if len(self._rows) < size
                           else max(self.count_rows(), len(self._rows)))
            self._loaded = True
            self.endResetModel()
        finally:
            self._resetting = False

    def total(self) -> int:
        """How many rows there are, loaded or not (as counted by the last `load`)."""
        return self._total

    def ensure_loaded(self, row: int) -> bool:
        """Fetch the rows up to *row* (in one reading, however far it is); False when the
        list is shorter."""
        while len(self._rows) <= row and self.canFetchMore():
            before = len(self._rows)
            self._fetch(max(self.page_size, row + 1 - before))
            if len(self._rows) == before:
                break
        return 0 <= row < len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and not self._resetting
                and len(self._rows) < self._total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch(self.page_size)

    def _fetch(self, limit: int) -> None:
        """Append the next *limit* rows."""
        if self._fetching or not self.canFetchMore():
            return
        self._fetching = True
        try:
            more = self.fetch_rows(limit, len(self._rows))
            # Rows added since the count may shift the pages: never list one twice.
            known = {row.id for row in self._rows}
            more = [row for row in more if row.id not in known]
            if not more:
                self._total = len(self._rows)  # the list shrank since it was counted
                return
            self.beginInsertRows(QModelIndex(), len(self._rows),
                                 len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Read the first page again sorted by *column* (a header click)."""
        if not 0 <= column < self.columnCount():
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        if self._loaded:
            self.load()

    def sorting(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows are sorted by, and in which order."""
        return self._sort_column, self._sort_order
