"""Everything can be done with the keyboard alone and read by a screen reader (issue 21)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.workspace_services import Services
from coopdesk.ui.screenshots import walk
from tests.ui.a11y_audit import Finding, audit


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_state_and_dialog_passes_the_audit(
        language: str, ui_language: Callable[[str], None], make_window: Callable[..., Any],
        demo_services: Services) -> None:
    ui_language(language)
    window = make_window(demo_services)
    states: list[str] = []
    findings: list[Finding] = []

    def check(name: str, widget: QWidget) -> None:
        states.append(name)
        findings.extend(audit(name, widget))

    walk(window, check)

    assert len(states) > 30
    assert not findings, _summary(findings)


def _summary(findings: list[Finding]) -> str:
    """One line per problem and widget, with the states it was found in."""
    states: dict[tuple[str, str], list[str]] = {}
    for finding in findings:
        states.setdefault((finding.problem, finding.widget), []).append(finding.state)
    return "\n".join(f"{problem}: {widget} [{', '.join(dict.fromkeys(names))}]"
                     for (problem, widget), names in states.items())


def test_the_audit_finds_each_problem(qtbot: Any) -> None:
    """A dialog with one of each problem: the audit names them all (it can fail)."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    named = QLineEdit(dialog)
    named.setAccessibleName("Named")
    unnamed = QLineEdit(dialog)
    model = QStandardItemModel(2, 2, dialog)
    for row in range(2):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"{row}{column}"))
    model.item(0, 1).setData(QColor("red"), Qt.ItemDataRole.ForegroundRole)
    trap = QTableView(dialog)
    trap.setAccessibleName("Trap")
    trap.setModel(model)
    mouse_only = QPushButton("Mouse only", dialog)
    mouse_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    after = QPushButton("After", dialog)
    for widget in (named, unnamed, trap, mouse_only, after):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)

    found = {(f.problem, f.widget.split(" <")[0]) for f in audit("test", dialog)}

    assert found == {("no accessible name", "QLineEdit"),
                     ("decorated cell without accessible text", "QTableView"),
                     ("keeps Tab", "QTableView"),
                     ("reachable by mouse, not by Tab", "QPushButton")}
    model.item(0, 1).setData("00, in red", Qt.ItemDataRole.AccessibleTextRole)
    trap.setTabKeyNavigation(False)
    mouse_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    unnamed.setAccessibleName("Now named")
    assert audit("test", dialog) == []
