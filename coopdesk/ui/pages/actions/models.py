"""The action plan's table: a paged model over `ActionService.rows`, sorted by the
database, with overdue actions marked by colour, an icon and words (never colour alone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from coopdesk.domain.enums import Priority
from coopdesk.services.action_plan import (
    PAGE_SIZE,
    ActionFilter,
    ActionRow,
    ActionSort,
)
from coopdesk.services.actions import ActionService
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import ROW_ROLE
from coopdesk.ui.pages.action_texts import base_colour as base_colour
from coopdesk.ui.pages.action_texts import late_text as late_text
from coopdesk.ui.pages.action_texts import overdue_colour as overdue_colour
from coopdesk.ui.pages.action_texts import owner_text as owner_text
from coopdesk.ui.widgets.record_list import RowListModel

Index = QModelIndex | QPersistentModelIndex

#: Role holding True for an open action past its due date.
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 20


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ActionsModels", text, disambiguation, n)


def status_text(row: ActionRow) -> str:
    """The status, and "overdue" in words for an open action past its due date."""
    status = enum_label(row.action.status)
    if row.overdue:
        return _tr("{status} · overdue").format(status=status)
    return status


class ActionTableModel(RowListModel[ActionRow]):
    """The rows of `where`, fetched a page at a time as the view scrolls."""

    TITLE, DUE, STATUS, OWNER, PROJECT, PRIORITY = range(6)
    SORTS = (ActionSort.TITLE, ActionSort.DUE, ActionSort.STATUS, ActionSort.OWNER,
             ActionSort.PROJECT, ActionSort.PRIORITY)

    def __init__(self, service: ActionService, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__([_tr("Action"), _tr("Due"), _tr("Status"), _tr("Who"),
                          _tr("Project"), _tr("Priority")], parent)
        self.service = service
        self.page_size = page_size
        self.where = ActionFilter()
        self.sort_key = ActionSort.DUE
        self.descending = False
        self.total = 0
        self._fetching = False
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading -------------------------------------------------------------------------
    def load(self, where: ActionFilter) -> None:
        """Show the first page of *where* (in the current order)."""
        self.beginResetModel()
        self.where = where
        self._rows = self.service.rows(where, sort=self.sort_key, descending=self.descending,
                                       limit=self.page_size)
        self.total = max(self.service.count(where), len(self._rows))
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.where)

    def ensure_loaded(self, row: int) -> bool:
        """Fetch pages until *row* is loaded; False when the list is shorter."""
        while len(self._rows) <= row and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                break
        return row < len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # A view may ask for more from inside endInsertRows(): one page at a time.
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        more = self.service.rows(self.where, sort=self.sort_key, descending=self.descending,
                                 limit=self.page_size, offset=len(self._rows))
        known = {row.id for row in self._rows}
        more = [row for row in more if row.id not in known]
        if not more:
            self.total = len(self._rows)  # the list shrank since it was counted
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORTS):
            return
        self.sort_key = self.SORTS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == OVERDUE_ROLE:
            return row.overdue
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.DUE and row.overdue:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, column)
        if role == Qt.ItemDataRole.FontRole:
            if row.action.audit.in_trash:
                return self._italic
            if column == self.PRIORITY and row.action.priority is Priority.HIGH:
                return self._bold
        return None

    def _text(self, row: ActionRow, column: int) -> str:
        action = row.action
        texts: dict[int, Callable[[], str]] = {
            self.TITLE: lambda: action.title,
            self.DUE: lambda: date_text(action.due_on),
            self.STATUS: lambda: status_text(row),
            self.OWNER: lambda: owner_text(row),
            self.PROJECT: lambda: row.project_title,
            self.PRIORITY: lambda: enum_label(action.priority),
        }
        return texts[column]()

    def _tooltip(self, row: ActionRow, column: int) -> str | None:
        if column == self.TITLE and row.action.description:
            return row.action.description[:500]
        if column in (self.DUE, self.STATUS) and row.overdue:
            return _tr("Overdue: due on {date}, {late}.").format(
                date=date_text(row.action.due_on), late=late_text(row.days_overdue))
        if column == self.OWNER and row.owner_person_name and row.owner_organisation_name:
            return row.owner_organisation_name
        return None

    def _spoken(self, row: ActionRow, column: int) -> str | None:
        """What a screen reader says where the colour or the warning icon means something:
        the overdue date with "overdue" in words (the status column says it already)."""
        if column == self.DUE and row.overdue:
            return _tr("{date}, {late}").format(
                date=date_text(row.action.due_on), late=late_text(row.days_overdue))
        if self._foreground(row, column) is not None:
            return self._text(row, column)
        return None

    def _foreground(self, row: ActionRow, column: int) -> Any:
        if row.action.audit.in_trash or not row.action.status.is_open:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if row.overdue and column in (self.DUE, self.STATUS):
            return overdue_colour()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
