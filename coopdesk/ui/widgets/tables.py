"""Read-only tables (and trees) of whole rows, shared by the pages, their tabs and dialogs:
columns fitted to their contents, the keys that act on the selected row, selecting a row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from coopdesk.ui.models.record_table import ROWS_MEASURED

Key = QKeySequence | QKeySequence.StandardKey

#: F2 edits the selected row, as in file managers.
EDIT_KEY = QKeySequence("F2")
DELETE_KEY = QKeySequence.StandardKey.Delete


class _SelectOnFocus(QObject):
    """Select the current row when the focus comes to a view that has none selected: the
    row shows the focus, and Enter or Delete act on it (with a single row, the arrows
    would have nothing to move to)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            QTimer.singleShot(0, watched, lambda: _select_current(watched))
        return False


def _select_current(view: QAbstractItemView) -> None:
    selection = view.selectionModel()
    current = view.currentIndex()
    if selection is not None and current.isValid() and not selection.hasSelection():
        selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)


def release_tab(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab leave *view* for the next or previous widget, the arrows move
    inside it: a table's own Tab goes from cell to cell, wraps around and never lets go.
    The row the focus lands on is selected, so that the keys act on what the user sees."""
    view.setTabKeyNavigation(False)
    view.installEventFilter(_SelectOnFocus(view))


def table_view(parent: QWidget, model: QAbstractItemModel, name: str, stretch: int = 0,
               others: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive
               ) -> QTableView:
    """A read-only table of whole rows, one selected at a time; column *stretch* takes the
    room left, the *others* fit their contents when asked (`fit_columns`), or always."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    release_tab(view)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(others)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    view.setAccessibleName(name)
    return view


def tree_view(parent: QWidget, model: QAbstractItemModel, name: str,
              many: bool = False) -> QTreeView:
    """A read-only tree of whole rows of one height; several selected at once if *many*."""
    view = QTreeView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if many
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(True)
    release_tab(view)
    view.setAccessibleName(name)
    return view


def fit_columns(view: QTableView, widest: dict[int, int] | None = None) -> None:
    """Fit the columns to their contents; column N at most *widest*[N] characters wide."""
    # Measure the first rows only: sizing from two thousand meetings took a second.
    view.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
    view.resizeColumnsToContents()
    char = view.fontMetrics().averageCharWidth()
    for column, chars in (widest or {}).items():
        if view.columnWidth(column) > chars * char:
            view.setColumnWidth(column, chars * char)


def row_key_text(key: Key) -> str:
    """What *key* does to a list's selected row, in words (the shortcuts help shows it)."""
    if key is EDIT_KEY:
        return QCoreApplication.translate("RecordView", "Open or edit the selected row")
    if key is DELETE_KEY:
        return QCoreApplication.translate("RecordView", "Delete the selected row")
    return ""


def on_keys(view: QAbstractItemView, *keys: tuple[Key, Callable[[], object]]) -> None:
    """Keys that act while *view* has the focus: (key, what it does) pairs."""
    for key, slot in keys:
        action = QAction(row_key_text(key), view)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        view.addAction(action)


def select_index(view: QAbstractItemView, index: QModelIndex) -> None:
    """Make *index*'s row the current and only selected one, and scroll to it."""
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)
