"""Form building blocks: a dialog whose errors appear next to the field they concern,
and edits for optional dates, amounts, enums and references to other records.

A failed save keeps everything the user typed; the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import UnknownValue
from coopdesk.domain.errors import CoopdeskError, ValidationError
from coopdesk.domain.validation import parse_date
from coopdesk.ui.formatting import money_text, parse_money
from coopdesk.ui.labels import enum_label, error_text
from coopdesk.ui.widgets.styles import ERROR, text_style

E = TypeVar("E", bound=Enum)
#: The error style on a light palette (prefer `error_style()`, which follows the palette).
ERROR_STYLE = f"color: {ERROR.light}; font-weight: 600;"


def error_style() -> str:
    """The style of an error next to a field, in a red that reads on the palette."""
    return text_style(ERROR, bold=True)


class DateEdit(QLineEdit):
    """An optional date typed as 31/03/2026; empty means no date."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.set_value(value)

    def set_value(self, value: dt.date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")

    def value(self, field: str = "") -> dt.date | None:
        """The date, None when empty; raises ValidationError naming *field* when invalid."""
        text = self.text().strip()
        return parse_date(field, text) if text else None


class DateTimeEdit(QLineEdit):
    """An optional date and time typed as 31/03/2026 18:30."""

    def __init__(self, value: dt.datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        self.set_value(value)

    def set_value(self, value: dt.datetime | None) -> None:
        self.setText(value.strftime("%d/%m/%Y %H:%M") if value else "")

    def value(self, field: str = "") -> dt.datetime | None:
        text = self.text().strip()
        if not text:
            return None
        date_part, _, time_part = text.partition(" ")
        day = parse_date(field, date_part)
        hours, minutes = 0, 0
        if time_part.strip():
            try:
                hours_text, _, minutes_text = time_part.strip().replace("h", ":").partition(":")
                hours, minutes = int(hours_text), int(minutes_text or 0)
                return dt.datetime.combine(day, dt.time(hours, minutes))
            except ValueError:
                raise ValidationError(field, "“{text}” is not a valid time (for example 18:30).",
                                      text=time_part.strip()) from None
        return dt.datetime.combine(day, dt.time(hours, minutes))


class MoneyEdit(QLineEdit):
    """An optional amount in euros, kept in cents."""

    def __init__(self, cents: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("0,00 €"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_value(cents)

    def set_value(self, cents: int | None) -> None:
        self.setText(money_text(cents) if cents is not None else "")

    def value(self, field: str = "") -> int | None:
        try:
            return parse_money(self.text(), QLocale())
        except ValueError:
            raise ValidationError(field, "“{text}” is not an amount (for example 1 250,00).",
                                  text=self.text()) from None


class EnumCombo(QComboBox):
    def __init__(self, enum_cls: type[E], value: E | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum: type[Enum] = enum_cls
        for member in enum_cls:
            self.addItem(enum_label(member), member.value)
        if value is not None:
            self.set_value(value)

    def set_value(self, value: Enum | UnknownValue) -> None:
        index = self.findData(value.value)
        if index < 0 and isinstance(value, UnknownValue):
            # a value this version does not know stays chosen, so saving keeps it
            self.addItem(enum_label(value), value.value)
            index = self.count() - 1
        self.setCurrentIndex(max(0, index))

    def value(self) -> Any:
        """The chosen member of the enum (Qt hands back plain strings); an unknown value
        shown as such comes back as it was."""
        data = self.currentData()
        try:
            return self._enum(data)
        except ValueError:
            return UnknownValue(str(data))


class RecordCombo(QComboBox):
    """Pick another record by its label; the data is its id (None for "none")."""

    def __init__(self, choices: Iterable[tuple[str, str]], value: str | None = None,
                 allow_none: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(False)
        if allow_none:
            self.addItem(self.tr("— none —"), None)
        for record_id, label in choices:
            self.addItem(label, record_id)
        self.set_value(value)

    def set_value(self, record_id: str | None) -> None:
        index = self.findData(record_id)
        self.setCurrentIndex(index if index >= 0 else 0)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None


class FormDialog(QDialog):
    """A form with an error label under each field. Subclasses implement `save()`.

    `save()` builds the domain fields and calls a service; a CoopdeskError it raises is
    shown next to its field (or above the form) and the dialog stays open.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(error_style())
        self.banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget, *, required: bool = False) -> Any:
        """Add a row; *name* is the domain field name errors refer to."""
        error = QLabel(self)
        error.setWordWrap(True)
        error.setStyleSheet(error_style())
        error.setObjectName(f"error_{name}")
        error.hide()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        shown = f"{label} *" if required else label
        self.form.addRow(shown, holder)
        label_widget = self.form.labelForField(holder)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)
        widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(label)
        self._fields[name] = (widget, error)
        return widget

    def add_text(self, name: str, label: str, value: str = "", *, required: bool = False,
                 multiline: bool = False) -> QLineEdit | QPlainTextEdit:
        widget: QLineEdit | QPlainTextEdit
        if multiline:
            widget = QPlainTextEdit(value, self)
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(80)
        else:
            widget = QLineEdit(value, self)
        result: QLineEdit | QPlainTextEdit = self.add_field(name, label, widget,
                                                            required=required)
        return result

    def field_widget(self, name: str) -> QWidget:
        return self._fields[name][0]

    def error_label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def clear_errors(self) -> None:
        self.banner.hide()
        for _widget, error in self._fields.values():
            error.hide()

    def show_error(self, error: CoopdeskError) -> None:
        self.clear_errors()
        text = error_text(error)
        field = getattr(error, "field", None)
        if isinstance(error, ValidationError) and field in self._fields:
            widget, label = self._fields[field]
            label.setText(text)
            label.show()
            widget.setFocus()
        else:
            self.banner.setText(text)
            self.banner.show()

    def save(self) -> None:
        raise NotImplementedError

    def _try_save(self) -> None:
        try:
            self.save()
        except CoopdeskError as error:
            self.show_error(error)
            return
        self.accept()


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def choices(items: Sequence[Any], label: Callable[[Any], str]) -> list[tuple[str, str]]:
    """(id, label) pairs for a RecordCombo from read models."""
    return [(item.id, label(item)) for item in items]
