"""Fixtures for the window tests: the demo workspace, a main window, the interface language."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.app.paths import translations_dir
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.settings import AppPaths
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.about import DataLocations
from coopdesk.ui.i18n import install_translators, remove_translators
from coopdesk.ui.look import apply_look
from coopdesk.ui.main_window import MainWindow
from tests.conftest import TEST_PROFILE

if TYPE_CHECKING:
    from coopdesk.app.gui import Shell


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, made once per session (it takes seconds) and copied by tests."""
    folder = tmp_path_factory.mktemp("demo-template") / "demo"
    create_demo_workspace(folder, TEST_PROFILE).close()
    return folder


@pytest.fixture
def shell(qtbot: Any, app_paths: AppPaths) -> Iterator[Shell]:
    """The application (no workspace open yet) on fresh settings, with the test profile."""
    from coopdesk.app.context import AppContext  # the app layer only for the tests using it
    from coopdesk.app.gui import Shell

    context = AppContext.load(app_paths)
    context.set_profile(TEST_PROFILE)
    made = Shell(context)
    yield made
    made.close()


@pytest.fixture
def demo_workspace(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of the demo cooperation, open."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    workspace = Workspace.open(folder, TEST_PROFILE)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_services(demo_workspace: Workspace) -> Services:
    return Services(demo_workspace)


def locations_for(workspace: Workspace, base: Path) -> DataLocations:
    return DataLocations(workspace_folder=workspace.folder,
                         settings_file=base / "config" / "settings.json",
                         workspaces_dir=base / "data" / "workspaces", log_dir=base / "logs")


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Callable[..., MainWindow]:
    """Build a main window on some services (shown, 1280×800); closed after the test."""

    def make(services: Services, bus: Bus | None = None, **options: Any) -> MainWindow:
        options.setdefault("profile", TEST_PROFILE)
        options.setdefault("locations", locations_for(services.workspace, tmp_path / "base"))
        window = MainWindow(services, bus or Bus(), **options)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def ui_language(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """Switch the interface language for one test; English source text again afterwards."""
    previous = QLocale()

    def switch(language: str) -> None:
        install_translators(qapp, language, translations_dir(), tmp_path / "qm-cache")

    yield switch
    remove_translators(qapp)
    QLocale.setDefault(previous)


@pytest.fixture
def look(qapp: QApplication) -> Iterator[Callable[[str, float], None]]:
    """Apply a palette and a font scale for one test; the previous look afterwards."""
    saved = (QPalette(qapp.palette()), QFont(qapp.font()), qapp.styleSheet())
    yield lambda scheme, scale: apply_look(qapp, scheme, scale)
    qapp.setPalette(saved[0])
    qapp.setFont(saved[1])
    qapp.setStyleSheet(saved[2])


@pytest.fixture
def large_text(look: Callable[[str, float], None]) -> None:
    """The dark look with text 1.5 times larger, for one test."""
    look("dark", 1.5)
