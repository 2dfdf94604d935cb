"""The one app-wide "changed" signal: pages refresh from it, never call each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from coopdesk.services.changes import Changes


class Bus(QObject):
    #: Emitted with the Changes a use case returned.
    changed = Signal(object)
    #: Ask the window to show a record: (kind, id).
    open_record = Signal(str, str)
    #: A short message for the status bar.
    status = Signal(str)
    #: An operation the user may undo: (description, callable returning Changes).
    #: The window keeps an undo stack (Ctrl+Z) and offers "Annuler" in the status bar.
    undoable = Signal(str, object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
