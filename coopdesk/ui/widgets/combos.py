"""Combo boxes that stay narrow with large text: their popup still shows whole labels."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

#: Characters a compact combo box is at least wide enough for.
COMPACT_CHARS = 10


def compact(combo: QComboBox, chars: int = COMPACT_CHARS) -> QComboBox:
    """Size *combo* for *chars* characters instead of its longest item (long names of
    projects or partners would otherwise widen the whole window)."""
    combo.setMinimumContentsLength(chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo
