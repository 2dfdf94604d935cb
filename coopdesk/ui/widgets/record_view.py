"""The table of a directory list, with the keys a volunteer expects."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from coopdesk.ui.widgets.tables import DELETE_KEY, EDIT_KEY, release_tab, row_key_text

#: The keys a record list acts on, and what they do (the shortcuts help lists them).
EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
DELETE_KEYS = (Qt.Key.Key_Delete,)


class RecordView(QTableView):
    """Enter, F2 and double-click ask to edit the current row; Delete asks to delete it."""

    @staticmethod
    def key_help() -> list[tuple[list[QKeySequence], str]]:
        """The keys this view acts on, with what they do: for the shortcuts help."""
        shown = (Qt.Key.Key_Return, Qt.Key.Key_F2)  # the keypad's Enter goes without saying
        return [([QKeySequence(key) for key in shown], row_key_text(EDIT_KEY)),
                ([QKeySequence(key) for key in DELETE_KEYS], row_key_text(DELETE_KEY))]

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        release_tab(self)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self._double_clicked)

    def event(self, event: QEvent) -> bool:
        # Claim our keys before any window-wide shortcut on the same key can take them.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._handles(event)):
            event.accept()
            return True
        return super().event(event)

    def _handles(self, event: QKeyEvent) -> bool:
        if not self.currentIndex().isValid():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        return plain and event.key() in (*EDIT_KEYS, *DELETE_KEYS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handles(event):
            event.accept()
            if event.key() in DELETE_KEYS:
                self.delete_requested.emit()
            else:
                self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit()
