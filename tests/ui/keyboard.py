"""A keyboard-only user for the window tests: keys go to the focused widget, as they would
from a real keyboard, and widgets are found by pressing Tab until the one with the wanted
accessible name has the focus. No widget is clicked or called directly."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.a11y_audit import accessible_name

#: Presses of Tab to look for a widget before giving up.
TAB_LIMIT = 120
#: How long a dialog may take to open, and to close once its steps are done (ms).
OPEN_TIMEOUT = 5_000
CLOSE_TIMEOUT = 3_000

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    """The widget with the focus. When a dialog closes, the window under it becomes active
    again and gets its focus back: a window manager does that, the offscreen platform does
    not, so it is done here."""
    if QApplication.activeWindow() is None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        modal = QApplication.activeModalWidget()
        window = modal if modal is not None else (shown[-1] if shown else None)
        if window is not None:
            window.activateWindow()
    widget = QApplication.focusWidget()
    for _ in range(100):
        if widget is not None:
            return widget
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        widget = QApplication.focusWidget()
    raise AssertionError("nothing has the keyboard focus")


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    """Type *text* into the focused widget, key by key (accented letters too)."""
    for char in text:
        if char.isascii():
            QTest.keyClick(focused(), char)
        else:  # a key of a French keyboard: QTest only knows ASCII keys by name
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focused(), QKeyEvent(kind, 0, NO_MODIFIER, char))


def name_of(widget: QWidget) -> str:
    """What a screen reader calls *widget*: its accessible name (on Linux a combo box's is
    its value; its label comes through the "labelled by" relation, as set here)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget.accessibleName() or accessible_name(widget)


def tab_to(name: str, *, backwards: bool = False, prefix: bool = False) -> QWidget:
    """Press Tab (Shift+Tab) until the widget named *name* (or, with *prefix*, a name that
    starts with it) has the focus; that widget."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    seen: list[str] = []
    for _ in range(TAB_LIMIT):
        found = name_of(focused())
        if found == name or (prefix and found.startswith(name)):
            return focused()
        seen.append(name_of(focused()))
        press(key, SHIFT if backwards else NO_MODIFIER)
    raise AssertionError(f"Tab never reached {name!r}; it went through {seen[:40]}")


def _still_open(dialog: QWidget) -> None:
    if shiboken6.isValid(dialog) and dialog.isVisible():
        said = [label.text() for label in dialog.findChildren(QLabel)
                if label.isVisible() and label.text()]
        dialog.close()
        raise AssertionError(f"the dialog {dialog.windowTitle()!r} stayed open; it said {said}")


def in_dialog(steps: Callable[[QWidget], None], *, title: str = "",
              close_after: bool = True) -> list[QWidget]:
    """Run *steps* with the next modal dialog once it opens (a dialog's `exec()` blocks the
    test until then): call this, then press the key that opens it. The dialog, once seen,
    is in the list returned. A dialog still open a while after *steps* (*close_after*) is
    closed and fails the test, instead of waiting for ever."""
    before = QApplication.activeModalWidget()
    seen: list[QWidget] = []
    waited = [0]

    def look() -> None:
        modal = QApplication.activeModalWidget()
        opened = modal is not None and modal is not before and modal.isVisible()
        if opened and modal.isAncestorOf(QApplication.focusWidget()):
            if title:
                assert modal.windowTitle() == title, modal.windowTitle()
            seen.append(modal)
            try:
                steps(modal)
            except BaseException:
                modal.close()  # else its exec() would wait for ever
                raise
            if close_after:
                QTimer.singleShot(CLOSE_TIMEOUT, lambda: _still_open(modal))
            return
        if opened:
            modal.activateWindow()
        waited[0] += 10
        if waited[0] >= OPEN_TIMEOUT:
            if opened:
                modal.close()
            raise AssertionError(f"no dialog got the focus: {modal!r}, "
                                 f"focus on {QApplication.focusWidget()!r}")
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return seen


def settle() -> None:
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
