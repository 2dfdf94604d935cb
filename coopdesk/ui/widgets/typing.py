"""Filter boxes that wait for a pause in typing before refreshing a long list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

#: How long typing must pause before the list is refreshed.
TYPING_PAUSE_MS = 200


class TypingPause(QObject):
    """Calls *refresh* when *edit*'s text changes: once typing pauses for text the user
    types (a list of thousands is filtered once, not once per key), at once for text the
    program sets (`setText`, a reset of the filters)."""

    def __init__(self, edit: QLineEdit, refresh: Callable[[], object],
                 pause_ms: int = TYPING_PAUSE_MS) -> None:
        super().__init__(edit)
        self._edit = edit
        self._refresh = refresh
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(pause_ms)
        self.timer.timeout.connect(self._run)
        edit.textChanged.connect(self._changed)

    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> None:
        """Refresh now if typing is waiting for its pause."""
        if self.timer.isActive():
            self._run()

    def _changed(self, _text: str) -> None:
        if self._edit.isModified():
            self.timer.start()
        else:
            self._run()

    def _run(self) -> None:
        self.timer.stop()
        self._refresh()
