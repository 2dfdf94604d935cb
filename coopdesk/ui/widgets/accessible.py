"""Small helpers that give screen readers the words a sighted user gets from an icon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolButton


def enable_clear_button(edit: QLineEdit) -> None:
    """Give *edit* its clear button (×), named for screen readers: Qt's own is unnamed.

    The keyboard clears the text as usual (Ctrl+A, Delete); the button is for the mouse.
    """
    edit.setClearButtonEnabled(True)
    text = QCoreApplication.translate("ClearButton", "Clear the text")
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(text)
        button.setToolTip(text)
