"""Guards against a Qt binding that loses references to None or booleans.

PySide6 6.12.0 dropped one reference to None per call of a void method; on Python 3.11 the
process then aborts ("deallocating None") once None's count runs out, which showed up as a
crash at the end of the test run and would crash the app after long use.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QPushButton, QWidget


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_void_and_bool_calls_keep_reference_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    button = QPushButton("x", widget)
    qtbot.addWidget(widget)
    before = _counts()
    for _ in range(500):
        widget.setEnabled(True)
        widget.setToolTip("x")
        button.setChecked(False)
        button.isEnabled()
    after = _counts()
    # A few references may come and go with the garbage collector; 500 lost ones may not.
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
