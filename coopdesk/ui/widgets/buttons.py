"""A push button wired to its slot in one call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def button(text: str, slot: Callable[[], object], parent: QWidget, *,
           tooltip: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.clicked.connect(slot)
    if tooltip:
        widget.setToolTip(tooltip)
    return widget
