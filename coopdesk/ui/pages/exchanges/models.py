"""The table of the contact log: one page of rows at a time, fetched as the list scrolls,
sorted by the service (the whole log, not just the rows already loaded)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from coopdesk.services.exchange_log import (
    PAGE_SIZE,
    ExchangeFilter,
    ExchangeRow,
    ExchangeSort,
)
from coopdesk.services.exchanges import ExchangeService
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import ROW_ROLE, Index
from coopdesk.ui.pages.exchanges.look import (
    follow_up_text,
    lock_icon,
    private_tooltip,
    state_colour,
)
from coopdesk.ui.widgets.record_list import RowListModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeColumns", text)


def with_whom(row: ExchangeRow) -> str:
    """The person and their organisation (for tooltips and the detail)."""
    if row.person_name and row.organisation_name:
        return _tr("{person} ({organisation})").format(person=row.person_name,
                                                       organisation=row.organisation_name)
    return row.person_name or row.organisation_name


class ExchangeTableModel(RowListModel[ExchangeRow]):
    DATE, KIND, WITH, SUBJECT, PROJECT, FOLLOW_UP, AUTHOR = range(7)
    SORTS = (ExchangeSort.DATE, ExchangeSort.KIND, ExchangeSort.WITH, ExchangeSort.SUBJECT,
             ExchangeSort.PROJECT, ExchangeSort.FOLLOW_UP, ExchangeSort.AUTHOR)

    def __init__(self, service: ExchangeService, parent: QObject | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__([_tr("Date"), _tr("Kind"), _tr("With"), _tr("Subject"),
                          _tr("Project"), _tr("Follow-up"), _tr("Author")], parent)
        self._service = service
        self._today = today
        self._total = 0
        self._resetting = False
        self._where = ExchangeFilter()
        self._sort = ExchangeSort.DATE
        self._descending = True
        self._lock = lock_icon()
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading -------------------------------------------------------------------------
    def load(self, where: ExchangeFilter | None = None, *, minimum: int = 0) -> None:
        """Show the first page of *where* (the current filter when None), or at least
        *minimum* rows."""
        if where is not None:
            self._where = where
        size = max(PAGE_SIZE, minimum)
        # No fetching while the reset is being announced: whoever reacts to it (a view,
        # the model tester) must not append rows to a list about to be replaced.
        self._resetting = True
        try:
            self.beginResetModel()
            self._rows = self._service.rows(self._where, sort=self._sort,
                                            descending=self._descending, limit=size)
            self._total = (len(self._rows) if len(self._rows) < size
                           else self._service.count(self._where))
            self.endResetModel()
        finally:
            self._resetting = False

    def where(self) -> ExchangeFilter:
        return self._where

    def total(self) -> int:
        """Rows the filter matches, loaded or not."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._resetting and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        more = self._service.rows(self._where, sort=self._sort, descending=self._descending,
                                  limit=PAGE_SIZE, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORTS):
            return
        sort = self.SORTS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = sort, descending
        self.load()

    def sorting(self) -> tuple[ExchangeSort, bool]:
        return self._sort, self._descending

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.SUBJECT:
            return self._lock if row.entry.is_private else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.SUBJECT:
            if row.entry.is_private:
                return _tr("Private: {subject}").format(subject=row.entry.subject)
            return row.entry.subject
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FOLLOW_UP:
            return state_colour(row.follow_up_state(self._today()))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.FOLLOW_UP:
            # The text says what the colour does ("overdue since…", "Done: …").
            return self._text(row, column)
        if role == Qt.ItemDataRole.FontRole and row.entry.audit.in_trash:
            return self._italic
        return None

    def _text(self, row: ExchangeRow, column: int) -> str:
        entry = row.entry
        texts = {
            self.DATE: lambda: date_text(entry.occurred_on),
            self.KIND: lambda: enum_label(entry.kind),
            self.WITH: lambda: row.person_name or row.organisation_name,
            self.SUBJECT: lambda: entry.subject,
            self.PROJECT: lambda: row.project_title,
            self.FOLLOW_UP: lambda: follow_up_text(row, self._today()),
            self.AUTHOR: lambda: entry.author_name,
        }
        return texts[column]()

    def _tooltip(self, row: ExchangeRow, column: int) -> str | None:
        if column == self.SUBJECT:
            if row.entry.is_private:
                return private_tooltip()
            return row.entry.subject
        if column == self.AUTHOR and row.entry.author_organisation:
            return _tr("{name} ({organisation})").format(
                name=row.entry.author_name, organisation=row.entry.author_organisation)
        if column == self.WITH:
            return with_whom(row) or None
        if column in (self.PROJECT, self.FOLLOW_UP):
            return self._text(row, column) or None
        return None
