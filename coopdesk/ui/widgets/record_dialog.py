"""The base of the pages' record forms: a FormDialog that remembers what it saved."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coopdesk.services.changes import Changes
from coopdesk.ui.widgets.form import FormDialog


class RecordDialog(FormDialog):
    """`save()` stores the service's Changes in `self.changes`; `run()` shows the form."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.changes: Changes | None = None

    def run(self) -> Changes | None:
        """Show the form modally; the changes saved, or None when cancelled."""
        return self.changes if self.exec() == FormDialog.DialogCode.Accepted else None
