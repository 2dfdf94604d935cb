"""A line edit that finds a person or an organisation as you type (accents optional)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.text import fold
from coopdesk.services.exchange_log import Correspondent
from coopdesk.ui.labels import QT_TRANSLATE_NOOP
from coopdesk.ui.widgets.accessible import enable_clear_button

#: Text the completer matches: the label and the label without accents.
KEY_ROLE = Qt.ItemDataRole.UserRole + 20
#: The position of the correspondent in the list the edit was given.
ROW_ROLE = Qt.ItemDataRole.UserRole + 21

UNKNOWN = QT_TRANSLATE_NOOP(
    "errors", "No person or organisation is called “{text}”: pick one in the list.")


class _Completer(QCompleter):
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # The line edit shows the label, not the matching key.
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CorrespondentModel(QAbstractListModel):
    """Labels, matching keys and tooltips of the correspondents, computed once per list
    (thousands of people: no item objects, nothing computed while the user types)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._keys: list[str] = []
        self._tips: list[str] = []

    def set_rows(self, labels: list[str], folded_labels: list[str], tips: list[str]) -> None:
        self.beginResetModel()
        self._labels = labels
        self._keys = [f"{label}\n{key}" for label, key in zip(labels, folded_labels,
                                                                strict=True)]
        self._tips = tips
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self._labels)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._labels):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._labels[row]
        if role == KEY_ROLE:
            return self._keys[row]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row] or self._labels[row]
        return None


class CorrespondentEdit(QLineEdit):
    """Type part of a name, pick in the list (or leave the field: a single match is taken)."""

    #: The chosen correspondent changed (picked, cleared or set).
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Type a name: a person or an organisation…"))
        enable_clear_button(self)
        self._value: Correspondent | None = None
        self._items: list[Correspondent] = []
        self._folded: list[str] = []
        # Translated once: thousands of labels are built with them.
        self._organisation_label = self.tr("{name} (organisation)")
        self._person_label = self.tr("{name} — {organisation}")
        self._labels: list[str] = []
        self._model = CorrespondentModel(self)
        self._completer = _Completer(self._model, self)
        self._completer.setCompletionRole(KEY_ROLE)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._picked)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self.resolve)

    # -- choices -------------------------------------------------------------------------
    def set_correspondents(self, items: Sequence[Correspondent]) -> None:
        self._items = list(items)
        self._labels = [self.label(item) for item in self._items]
        self._folded = [fold(label) for label in self._labels]
        self._model.set_rows(self._labels, self._folded, [item.detail for item in self._items])
        if self._value is not None:
            found = self._find(self._value.kind, self._value.id)
            self._set(found, keep_text=found is None)

    def completion_model(self) -> CorrespondentModel:
        """The list the completer searches."""
        return self._model

    def label(self, item: Correspondent) -> str:
        if item.kind == "organisation":
            return self._organisation_label.format(name=item.name)
        if item.organisation_name:
            return self._person_label.format(name=item.name, organisation=item.organisation_name)
        return item.name

    def matches(self, text: str) -> list[Correspondent]:
        wanted = fold(text.strip())
        return [item for item, key in zip(self._items, self._folded, strict=True)
                if wanted in key]

    # -- value ---------------------------------------------------------------------------
    def value(self) -> Correspondent | None:
        return self._value

    def set_value(self, kind: str | None, record_id: str | None) -> None:
        """Show the person (or else the organisation) with this id; None clears."""
        self._set(self._find(kind, record_id) if kind and record_id else None)

    def clear_value(self) -> None:
        self._set(None)

    def ids(self, field: str = "person_id") -> tuple[str | None, str | None]:
        """(person id, organisation id) of the choice; refuses text that names nobody."""
        self.resolve()
        if self._value is None:
            if self.text().strip():
                raise ValidationError(field, UNKNOWN, text=self.text().strip())
            return None, None
        if self._value.kind == "person":
            return self._value.id, self._value.organisation_id
        return None, self._value.id

    def resolve(self) -> None:
        """Take what the text names when it is one match (or a label typed in full)."""
        text = self.text().strip()
        if self._value is not None or not text:
            return
        found = self.matches(text)
        wanted = fold(text)
        exact = [item for item in found
                 if fold(self.label(item)) == wanted or fold(item.name) == wanted]
        if len(exact) == 1 or len(found) == 1:
            self._set((exact or found)[0])

    # -- internals -----------------------------------------------------------------------
    def _find(self, kind: str | None, record_id: str | None) -> Correspondent | None:
        return next((item for item in self._items
                     if item.kind == kind and item.id == record_id), None)

    def _set(self, item: Correspondent | None, keep_text: bool = False) -> None:
        changed = item != self._value
        self._value = item
        if not keep_text:
            self.setText(self.label(item) if item else "")
        if changed:
            self.value_changed.emit()

    def _picked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, int) and 0 <= row < len(self._items):
            self._set(self._items[row])

    def _edited(self, text: str) -> None:
        if self._value is not None and text != self.label(self._value):
            self._value = None
            self.value_changed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self._completer.popup().isVisible():
            self.resolve()
