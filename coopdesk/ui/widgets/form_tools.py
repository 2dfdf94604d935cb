"""Small helpers shared by the record forms: labels, edited fields, tab order."""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from coopdesk.ui.widgets.form import FormDialog

F = TypeVar("F")
W = TypeVar("W", bound=QWidget)


def add_labelled(dialog: FormDialog, name: str, label: str, widget: W, *,
                 required: bool = False) -> W:
    """FormDialog.add_field, with a mnemonic (&) in the label but not in the accessible name."""
    dialog.add_field(name, label, widget, required=required)
    widget.setAccessibleName(label.replace("&", ""))
    return widget


def fields_of(record: Any, fields_cls: type[F]) -> F:
    """The editable fields of a read model, e.g. to undo an edit with the old values."""
    names = [item.name for item in dataclasses.fields(fields_cls)]  # type: ignore[arg-type]
    return fields_cls(**{name: getattr(record, name) for name in names})


def follow_form_order(dialog: FormDialog, names: list[str]) -> None:
    """Tab from field to field in the order of the form, then to Save and Cancel; the
    first field has the focus when the dialog opens (not the Save button)."""
    chain: list[QWidget] = [dialog.field_widget(name) for name in names]
    for button in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
        widget = dialog.buttons.button(button)
        if widget is not None:
            chain.append(widget)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    chain[0].setFocus()
