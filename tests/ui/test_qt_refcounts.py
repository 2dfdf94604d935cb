"""Guards against a Qt binding that loses references to None or booleans.

PySide6 6.12.0 dropped one reference to None per call of a void method; on Python 3.11 the
process then aborts ("deallocating None") once None's count runs out, which showed up as a
crash at the end of the test run and would crash the app after long use. Measured in a
fresh interpreter so that other tests' garbage does not blur the counts.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import gc, sys
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
app = QApplication([])
widget = QWidget(); button = QPushButton("x", widget)
def counts():
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
before = counts()
for _ in range(2000):
    widget.setEnabled(True); widget.setToolTip("x"); button.setChecked(False)
    button.isEnabled()
after = counts()
print(max(abs(a - b) for a, b in zip(after, before)))
"""


def test_void_and_bool_calls_keep_reference_counts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=env, check=True, timeout=120)
    # 2,000 calls of each kind: a binding that loses one reference per call drifts by
    # thousands; a sound one stays within a handful.
    assert int(result.stdout.strip().splitlines()[-1]) < 100
