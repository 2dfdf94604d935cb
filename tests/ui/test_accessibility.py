"""Everything can be done with the keyboard alone and read by a screen reader (issue 21)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.workspace_services import Services
from coopdesk.ui.dialogs.shortcuts import ShortcutsDialog, plain, shortcut_groups
from coopdesk.ui.main_menus import with_mnemonic
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
    assert {"main-window", "projects-form", "sync-conflict", "help-shortcuts", "help-about",
            "file-backups", "file-export", "record-history"} <= set(states)
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


def test_mnemonics_take_a_free_letter_each() -> None:
    taken: set[str] = set()
    titles = ["Projets", "Plan d'action", "Évaluations", "Échanges", "R&D", "123"]
    assert [with_mnemonic(title, taken) for title in titles] == [
        "&Projets", "P&lan d'action", "&Évaluations", "É&changes", "&R&&D", "123"]


def test_the_go_menu_lists_every_page_with_its_key(
        qtbot: Any, ui_language: Callable[[str], None], make_window: Callable[..., Any],
        demo_services: Services) -> None:
    ui_language("fr")
    window = make_window(demo_services)
    actions = window.go_menu.actions()
    assert window.go_menu.title() == "A&ller à"
    assert [plain(action.text()) for action in actions] == window.page_titles()
    assert [action.shortcut().toString() for action in actions] == [
        f"Ctrl+{key}" for key in "1234567890"][:len(actions)]
    letters = [action.text()[action.text().index("&") + 1].lower() for action in actions]
    assert len(set(letters)) == len(letters)
    assert window.nav.item(9).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Ctrl+0"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.nav, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("trash")
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("actions")


def test_the_shortcuts_help_is_read_from_the_actions(
        qtbot: Any, make_window: Callable[..., Any], demo_services: Services) -> None:
    window = make_window(demo_services)
    trash = window.page("trash")
    added = QAction("Empty the bin at once", trash)
    added.setShortcut(QKeySequence("Ctrl+Shift+E"))
    trash.addAction(added)

    dialog = ShortcutsDialog(shortcut_groups(window, window.pages), window)
    qtbot.addWidget(dialog)
    listed = dialog.shortcuts()

    assert listed["Edit"]["Search"] == "Ctrl+F, Ctrl+K"
    assert listed["Go"]["Trash"] == "Ctrl+0"
    assert listed["Help"]["Keyboard shortcuts"] == "F1"
    assert listed["Trash"]["Empty the bin at once"] == "Ctrl+Shift+E"
    assert listed["Exchange log"]["Save the exchange"] == "Ctrl+Return, Ctrl+Enter"
    assert listed["Lists of records"] == {"Open or edit the selected row": "Return, F2",
                                          "Delete the selected row": "Del"}
    for action in window.findChildren(QAction):  # every window key with words is listed
        if not action.shortcut().isEmpty() and plain(action.text()):
            assert any(plain(action.text()) in group for group in listed.values()), action
