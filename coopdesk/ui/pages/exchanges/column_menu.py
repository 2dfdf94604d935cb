"""A header menu that shows or hides a table's columns (narrow pages keep the essentials)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView


def install_column_menu(view: QTableView, *, hidden: Iterable[int] = (),
                        always_shown: Iterable[int] = (0,)) -> None:
    """Hide *hidden* columns; a right click on the header lets the user choose."""
    header = view.horizontalHeader()
    for column in hidden:
        header.setSectionHidden(column, True)
    keep = set(always_shown)

    def show_menu(position: QPoint) -> None:
        model = view.model()
        menu = QMenu(view)
        for column in range(model.columnCount()):
            if column in keep:
                continue
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.popup(header.mapToGlobal(position))

    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(show_menu)
