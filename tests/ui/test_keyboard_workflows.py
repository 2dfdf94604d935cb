"""Keyboard-only workflows, end to end in the main window: every step is a key press on
the focused widget (Tab finds the widgets by their accessible names); no mouse, no widget
called directly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.workspace_services import Services
from coopdesk.ui.main_window import MainWindow
from tests.ui.keyboard import CTRL, in_dialog, name_of, press, tab_to, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow], services: Services) -> MainWindow:
    made = make_window(services)
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
    made.nav.setFocus()  # where the window puts the focus when it opens
    return made


def go_to(window: MainWindow, key: Qt.Key) -> None:
    press(key, CTRL)
    assert window.current_page() is not None


def test_create_a_project_with_partners(qtbot: Any, window: MainWindow,
                                        services: Services) -> None:
    for name in ("Club de foot", "Jardin partagé"):
        services.organisations.create(OrganisationFields(name=name))

    go_to(window, Qt.Key.Key_2)
    page = window.current_page()
    assert page is window.page("projects")

    def new_project(dialog: QWidget) -> None:
        tab_to("Title")
        type_text("Fête de quartier")
        press(Qt.Key.Key_Return)  # the dialog's default button: Save

    in_dialog(new_project, title="New project")
    press(Qt.Key.Key_N, CTRL)
    assert [p.title for p in services.projects.list()] == ["Fête de quartier"]
    assert page.showing_detail()
    tab_bar = tab_to("Overview")  # the project's tabs: the arrows go from one to the next
    press(Qt.Key.Key_Right)
    assert name_of(tab_bar).startswith("Partners")

    for name in ("Club de foot", "Jardin partagé"):
        def add_partner(dialog: QWidget, name: str = name) -> None:
            tab_to("Organisation")
            type_text(name.split()[0])  # a list box finds an item by its first letters
            tab_to("Save")
            press(Qt.Key.Key_Space)

        in_dialog(add_partner)
        tab_to("Add a partner")
        press(Qt.Key.Key_Space)
    project = services.projects.list()[0]
    partners = services.projects.detail(project.id).partners
    assert sorted(p.organisation_name for p in partners) == ["Club de foot", "Jardin partagé"]
