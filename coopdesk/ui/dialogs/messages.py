"""Plain message boxes, behind one class method tests can replace."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Alert:
    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
        """A warning the user acknowledges; *detail* goes under "Show Details…"."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, parent)
        if detail:
            box.setDetailedText(detail)
        box.exec()
