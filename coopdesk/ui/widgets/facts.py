"""Read-only "label: value" facts; empty values are left out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from coopdesk.ui.widgets.styles import MUTED_STYLE


class FactGrid(QWidget):
    """Read-only "label: value" lines; empty values are left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._layout.setHorizontalSpacing(16)
        # A value too wide for the space goes under its label (large text, narrow window).
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def set_facts(self, facts: list[tuple[str, str]], empty_text: str = "") -> None:
        while self._layout.rowCount():
            self._layout.removeRow(0)
        shown = [(label, value) for label, value in facts if value.strip()]
        for label, value in shown:
            name = QLabel(label, self)
            name.setStyleSheet(MUTED_STYLE)
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.addRow(name, text)
        if not shown and empty_text:
            hint = QLabel(empty_text, self)
            hint.setWordWrap(True)
            hint.setStyleSheet(MUTED_STYLE)
            self._layout.addRow(hint)

    def texts(self) -> list[str]:
        found = []
        for row in range(self._layout.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):
                item = self._layout.itemAt(row, role)
                widget = item.widget() if item else None
                if isinstance(widget, QLabel):
                    found.append(widget.text())
        return found
