"""The scoring grid of one review: partners as rows, the five practices as columns.

A cell holds the partner's score (1 to 5) for the practice, or nothing yet. Typing a digit,
F2 or a double click edits it in place with a spin box; the model hands every entered value
to the page (`set_scorer`), which saves it through the review services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coopdesk.domain.enums import Practice
from coopdesk.domain.reviews import SCORE_MAX
from coopdesk.services import read_models as rm
from coopdesk.services.review_history import GridRow, ScoreGrid
from coopdesk.ui.labels import enum_label

Index = QModelIndex | QPersistentModelIndex
PRACTICES = tuple(Practice)
#: (row, practice, value entered: 0 clears the score) -> True when saved.
Scorer = Callable[[GridRow, Practice, int], bool]

#: Cell colours from a low to a high score, with a text colour that reads on each,
#: whatever the palette (both are fixed, so a dark theme keeps the contrast).
SCORE_COLOURS = {1: ("#f4c7c3", "#5c1410"), 2: ("#fce0c4", "#5a2e00"),
                 3: ("#fdf1c0", "#4a3b00"), 4: ("#d7eccb", "#1f4312"),
                 5: ("#b7dfc0", "#0d3a1b")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoreGrid", text)


class ScoreGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: ScoreGrid | None = None
        self._rows: list[GridRow] = []
        self._scorer: Scorer | None = None

    def set_scorer(self, scorer: Scorer | None) -> None:
        self._scorer = scorer

    def set_grid(self, grid: ScoreGrid | None) -> None:
        """Show *grid*; the same review with the same partners updates the cells in place
        (an editor being closed keeps a valid index)."""
        rows = list(grid.rows) if grid else []
        same_shape = (grid is not None and self._grid is not None
                      and grid.review.id == self._grid.review.id
                      and [r.organisation_id for r in rows]
                      == [r.organisation_id for r in self._rows])
        if same_shape and rows:
            self._grid, self._rows = grid, rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._grid, self._rows = grid, rows
        self.endResetModel()

    def grid(self) -> ScoreGrid | None:
        return self._grid

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    @staticmethod
    def practice_of(index: Index) -> Practice | None:
        return PRACTICES[index.column() - 1] if index.column() >= 1 else None

    def score_at(self, index: Index) -> rm.ReviewScore | None:
        practice = self.practice_of(index)
        if practice is None or not index.isValid():
            return None
        return self._rows[index.row()].scores.get(practice)

    def index_of(self, organisation_id: str, practice: Practice) -> QModelIndex:
        for row, line in enumerate(self._rows):
            if line.organisation_id == organisation_id:
                return self.index(row, PRACTICES.index(practice) + 1)
        return QModelIndex()

    # -- Qt interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(PRACTICES)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr("Partner") if section == 0 else enum_label(PRACTICES[section - 1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        if index.column() == 0:
            return self._partner_data(line, role)
        score = self.score_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if score is None:
                return "—"
            return f"{score.score} ✎" if score.comment else str(score.score)
        if role == Qt.ItemDataRole.EditRole:
            return score.score if score else 0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return score.comment if score and score.comment else None
        colours = SCORE_COLOURS.get(score.score) if score else None
        if role == Qt.ItemDataRole.BackgroundRole and colours:
            return QBrush(QColor(colours[0]))
        if role == Qt.ItemDataRole.ForegroundRole and colours:
            return QBrush(QColor(colours[1]))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            practice = enum_label(PRACTICES[index.column() - 1])
            if score is None:
                return _tr("{partner}, {practice}: no score").format(
                    partner=line.name, practice=practice)
            return _tr("{partner}, {practice}: {score} out of 5").format(
                partner=line.name, practice=practice, score=score.score)
        return None

    @staticmethod
    def _partner_data(line: GridRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return line.name if line.is_partner else _tr("{name} (former partner)").format(
                name=line.name)
        if role == Qt.ItemDataRole.FontRole and not line.is_partner:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        practice = self.practice_of(index)
        if (role != Qt.ItemDataRole.EditRole or practice is None or not index.isValid()
                or self._scorer is None):
            return False
        try:
            entered = int(value)
        except (TypeError, ValueError):
            return False
        current = self.score_at(index)
        if entered == (current.score if current else 0):
            return False
        return self._scorer(self._rows[index.row()], practice, entered)


class ScoreDelegate(QStyledItemDelegate):
    """A spin box from "—" (no score) to 5; typing a digit replaces the score."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, SCORE_MAX)
        spin.setSpecialValueText("—")
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setAccessibleName(_tr("Score from 1 to 5"))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
