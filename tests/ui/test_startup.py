"""Startup: the profile at first start, which workspace opens, errors, screenshots mode."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from coopdesk.app import gui
from coopdesk.app.context import AppContext
from coopdesk.app.gui import DEMO_PROFILE, Shell, folder_name_for
from coopdesk.app.main import build_parser
from coopdesk.app.paths import ENV_VAR, app_icon_path, resources_dir, translations_dir
from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppPaths, load_settings
from coopdesk.store.workspace import DB_NAME, Workspace
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.dialogs.start import FolderDialog, NewWorkspaceDialog, StartChoice, StartDialog
from coopdesk.ui.dialogs.welcome import WelcomeDialog
from coopdesk.ui.pages.registry import available_areas
from tests.conftest import TEST_PROFILE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Script:
    """Replaces the dialogs: answers in order, and records the messages shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.profiles: list[Profile | None] = []
        self.choices: list[StartChoice | None] = []
        self.alerts: list[tuple[str, str]] = []
        self.asked_profile = 0
        self.asked_choice = 0
        monkeypatch.setattr(WelcomeDialog, "ask", classmethod(self._profile))
        monkeypatch.setattr(StartDialog, "ask", classmethod(self._choice))
        monkeypatch.setattr(Alert, "warn", classmethod(self._alert))

    def _profile(self, _cls: Any, profile: Profile | None = None, parent: Any = None
                 ) -> Profile | None:
        self.asked_profile += 1
        return self.profiles.pop(0)

    def _choice(self, _cls: Any, recent: Any = (), parent: Any = None) -> StartChoice | None:
        self.asked_choice += 1
        return self.choices.pop(0) if self.choices else None

    def _alert(self, _cls: Any, parent: Any, title: str, text: str, detail: str = "") -> None:
        self.alerts.append((title, text))


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> Script:
    return Script(monkeypatch)


@pytest.fixture
def context(app_paths: AppPaths) -> AppContext:
    return AppContext.load(app_paths)


@pytest.fixture
def shell(qtbot: Any, context: AppContext) -> Iterator[Shell]:
    made = Shell(context)
    yield made
    made.close()


def with_profile(context: AppContext) -> AppContext:
    context.set_profile(TEST_PROFILE)
    return context


def test_first_start_asks_the_profile_then_creates_a_workspace(shell: Shell, script: Script,
                                                               context: AppContext) -> None:
    script.profiles = [Profile(name="Marie Dupont", organisation="Asso du Pont")]
    script.choices = [StartChoice("create", name="Collectif Été 2026")]
    assert shell.start()
    assert load_settings(context.paths).profile == TEST_PROFILE
    assert shell.workspace is not None and shell.window is not None
    assert shell.workspace.folder == context.workspaces_dir / "collectif-ete-2026"
    assert shell.window.windowTitle() == "Collectif Été 2026 — coopdesk"
    assert shell.window.profile_label.text() == "Marie Dupont — Asso du Pont"
    assert load_settings(context.paths).last_workspace == shell.workspace.folder


def test_declining_the_profile_quits(shell: Shell, script: Script) -> None:
    script.profiles = [None]
    assert not shell.start()
    assert script.asked_choice == 0 and shell.window is None


def test_welcome_dialog_keeps_asking_until_a_name_is_given(qtbot: Any) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert isinstance(dialog.name_edit, QLineEdit)
    assert isinstance(dialog.organisation_edit, QLineEdit)
    dialog.organisation_edit.setText("Asso du Pont")
    save.click()
    assert dialog.isVisible() and dialog.error_label("name").isVisible()
    assert dialog.error_label("name").text() == "This field cannot be empty."
    dialog.name_edit.setText("  Marie Dupont ")
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.profile == TEST_PROFILE


def test_startup_opens_the_last_workspace(shell: Shell, script: Script, context: AppContext,
                                          tmp_path: Path) -> None:
    with_profile(context)
    for name in ("older", "latest"):
        Workspace.create(tmp_path / name, name.capitalize()).close()
        context.remember_workspace(tmp_path / name)
    assert shell.start()
    assert shell.workspace is not None and shell.workspace.folder == tmp_path / "latest"
    assert script.asked_profile == script.asked_choice == 0
    assert [a.text() for a in shell.window.recent_menu.actions()] == ["older"]  # type: ignore[union-attr]


def test_workspace_option_wins_over_the_last_one(shell: Shell, script: Script,
                                                 context: AppContext, tmp_path: Path) -> None:
    with_profile(context)
    for name in ("given", "last"):
        Workspace.create(tmp_path / name, name).close()
    context.remember_workspace(tmp_path / "last")
    assert shell.start(workspace=tmp_path / "given")
    assert shell.workspace is not None and shell.workspace.folder == tmp_path / "given"


def test_broken_workspace_shows_the_error_and_goes_back_to_the_choice(
        shell: Shell, script: Script, context: AppContext, tmp_path: Path) -> None:
    with_profile(context)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / DB_NAME).write_bytes(b"this is not a database at all")
    context.remember_workspace(broken)
    script.choices = [StartChoice("open", folder=tmp_path / "missing"), StartChoice("demo")]
    assert shell.start()
    assert [title for title, _text in script.alerts] == ["Cannot open the workspace"] * 2
    assert "is not a coopdesk database" in script.alerts[0][1]
    assert "does not exist" in script.alerts[1][1]
    assert script.asked_choice == 2
    assert shell.workspace is not None and shell.workspace.folder.name == "demo"


def test_quitting_at_the_choice_after_an_error(shell: Shell, script: Script,
                                               context: AppContext, tmp_path: Path) -> None:
    with_profile(context)
    assert not shell.start(workspace=tmp_path / "nowhere")
    assert len(script.alerts) == 1 and script.asked_choice == 1
    assert shell.window is None and shell.workspace is None


def test_demo_option_uses_a_default_profile(shell: Shell, script: Script,
                                            context: AppContext) -> None:
    assert shell.start(demo=True)
    assert context.profile == DEMO_PROFILE
    assert shell.window is not None
    assert shell.window.profile_label.text() == "Invité·e — Démo"
    assert shell.workspace is not None and shell.workspace.folder.parent == context.workspaces_dir
    assert script.asked_profile == script.asked_choice == 0


def test_file_menu_creates_and_opens_workspaces(shell: Shell, script: Script,
                                                context: AppContext, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with_profile(context)
    Workspace.create(tmp_path / "first", "Premier").close()
    assert shell.start(workspace=tmp_path / "first")
    first_window, first_workspace = shell.window, shell.workspace
    assert first_window is not None and first_workspace is not None
    monkeypatch.setattr(NewWorkspaceDialog, "ask", classmethod(lambda cls, parent=None: "Deux"))
    first_window.new_action.trigger()
    assert shell.workspace is not first_workspace and shell.window is not first_window
    assert shell.window is not None and shell.window.windowTitle() == "Deux — coopdesk"
    assert not first_window.isVisible()

    not_a_workspace = tmp_path / "empty"
    not_a_workspace.mkdir()
    monkeypatch.setattr(FolderDialog, "ask", classmethod(
        lambda cls, title, start=None, parent=None: not_a_workspace))
    current = shell.window
    current.open_action.trigger()
    assert shell.window is current  # the error leaves the open workspace in place
    assert "is not a coopdesk workspace" in script.alerts[-1][1]

    current.open_recent_requested.emit(str(tmp_path / "first"))
    assert shell.workspace is not None and shell.workspace.folder == tmp_path / "first"


def test_folder_names_for_new_workspaces(shell: Shell, context: AppContext) -> None:
    assert folder_name_for("Collectif Été 2026 !") == "collectif-ete-2026"
    assert folder_name_for("???") == "espace"
    (context.workspaces_dir / "jardins").mkdir(parents=True)
    assert shell.new_folder("Jardins") == context.workspaces_dir / "jardins-2"


def test_resources_are_found(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert app_icon_path().is_file()
    assert (translations_dir() / "coopdesk_fr.ts").is_file()
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "coopdesk.svg").write_text("<svg/>")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert resources_dir() == tmp_path


# -- screenshots mode -----------------------------------------------------------------------
def run_gui(*argv: str, base: Path) -> int:
    return gui.run(build_parser().parse_args(list(argv)), base)


def test_screenshots_mode_writes_every_page(qapp: QApplication, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    style = qapp.style().name()
    out = tmp_path / "shots"
    assert run_gui("--demo", "--screenshots", str(out), base=tmp_path / "base") == 0
    names = {path.name for path in out.iterdir()}
    pages = [spec.page_id for spec in available_areas()]
    assert {"main-window.png", "search.png", "record-history.png",
            *(f"{page}.png" for page in pages)} <= names
    assert any(name.startswith("projects-") for name in names)
    for path in out.iterdir():
        image = QImage(str(path))
        assert not image.isNull(), path
        if "-" not in path.stem or path.stem == "main-window":
            assert (image.width(), image.height()) == (1280, 800), path
    assert "screenshots in" in capsys.readouterr().out
    # The test application gets its look and language back.
    assert qapp.style().name() == style
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_screenshots_need_the_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_gui("--screenshots", str(tmp_path / "shots"), base=tmp_path / "base") == 2
    assert "--demo" in capsys.readouterr().err
    assert not (tmp_path / "shots").exists()


def test_a_page_state_that_opens_a_dialog_is_captured(qtbot: Any, tmp_path: Path,
                                                      make_window: Callable[..., Any],
                                                      demo_services: Any) -> None:
    from coopdesk.ui.screenshots import capture_state

    window = make_window(demo_services)
    opened: list[QDialog] = []

    def open_modal() -> None:
        dialog = QDialog(window)
        dialog.resize(300, 200)
        opened.append(dialog)
        dialog.exec()  # captured and closed from inside its own event loop

    target = capture_state(window, open_modal, tmp_path / "state.png")
    assert (QImage(str(target)).width(), QImage(str(target)).height()) == (300, 200)
    assert not opened[0].isVisible()


def test_an_unexpected_error_is_logged_and_explained(script: Script, app_paths: AppPaths,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.ui.dialogs.error_report import ErrorReport

    monkeypatch.setattr(ErrorReport, "present", classmethod(
        lambda cls, parent, title, text, details, log_file=None: script.alerts.append(
            (title, text))))
    previous = sys.excepthook
    with gui._logging_to(app_paths) as log_file, gui._unexpected_errors_reported(app_paths):
        try:
            raise RuntimeError("a bug in a slot")
        except RuntimeError as error:
            sys.excepthook(RuntimeError, error, error.__traceback__)
    assert sys.excepthook is previous
    assert log_file is not None and "a bug in a slot" in log_file.read_text(encoding="utf-8")
    [(title, text)] = script.alerts
    assert title == "Unexpected error" and str(log_file) in text


# -- opening off the GUI thread ---------------------------------------------------------------
def test_the_first_workspace_opens_in_a_worker_behind_a_loading_window(
        shell: Shell, script: Script, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with_profile(context)
    Workspace.create(tmp_path / "slow", "Lent").close()
    opened_in: list[int] = []
    seen: list[tuple[bool, str, bool, list[str]]] = []
    real_open = Workspace.open.__func__  # type: ignore[attr-defined]

    def slow_open(cls: type[Workspace], folder: Path, profile: Profile) -> Workspace:
        opened_in.append(threading.get_ident())
        ready.wait(10)
        return real_open(cls, folder, profile)

    def look_while_opening() -> None:
        frame = shell.loading  # the main window's frame: no workspace, no page yet
        assert frame is not None
        seen.append((frame.isVisible(), frame.loading_text(), frame.attached(),
                     frame.page_titles()[:2]))
        windows.append(frame)
        ready.set()

    ready = threading.Event()
    windows: list[object] = []
    monkeypatch.setattr(Workspace, "open", classmethod(slow_open))
    QTimer.singleShot(0, look_while_opening)  # runs while the worker waits
    assert shell.start(workspace=tmp_path / "slow")
    assert opened_in and opened_in[0] != threading.get_ident()
    assert seen == [(True, "Opening slow…", False, ["Dashboard", "Projects"])]
    window = shell.window
    assert shell.loading is None and window is not None and window.isVisible()
    assert windows == [window]  # the frame itself became the workspace's window
    assert window.attached() and window.loading_text() == ""
    assert window.windowTitle() == "Lent — coopdesk"
    page = window.current_page()
    assert page is not None and page.page_id == "dashboard"
    assert [p.page_id for p in window.built_pages()] == ["dashboard"]
    assert window.runner is shell.runner


def test_the_frame_modules_do_not_import_the_database_layer() -> None:
    """What start-up paints first (the app, the main window's frame) needs no SQLAlchemy,
    store, services or keyring: those are imported by the worker opening the workspace."""
    code = ("import sys, coopdesk.app.gui, coopdesk.ui.main_window, coopdesk.ui.pages.registry;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'alembic', 'keyring') or m.startswith(('coopdesk.store.',"
            " 'coopdesk.ui.pages.dashboard')) or m == 'coopdesk.services.workspace_services'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    # both use the standard library only (the file checks and the workspace lock)
    assert done.stdout.strip() == "['coopdesk.store.backups', 'coopdesk.store.workspace_lock']"


def test_a_second_open_while_one_runs_is_ignored(shell: Shell, script: Script,
                                                 context: AppContext, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with_profile(context)
    for name in ("first", "second"):
        Workspace.create(tmp_path / name, name).close()
    answers: list[bool] = []
    QTimer.singleShot(0, lambda: answers.append(shell.open_folder(tmp_path / "second")))
    assert shell.start(workspace=tmp_path / "first")
    assert answers == [False]
    assert shell.workspace is not None and shell.workspace.folder == tmp_path / "first"


def test_smoke_startup_reports_the_first_paint_and_quits(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "base"
    context = AppContext.load(AppPaths.under(base))
    context.set_profile(TEST_PROFILE)
    Workspace.create(tmp_path / "ws", "Rapide").close()
    monkeypatch.setenv(gui.SMOKE_ENV, "1")
    assert run_gui("--workspace", str(tmp_path / "ws"), base=base) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    fields = dict(item.split("=") for item in line.split()[2:])
    assert line.startswith("coopdesk: smoke-startup ")
    assert 0 < float(fields["first_window_ms"]) <= float(fields["page_ms"]) \
        <= float(fields["interactive_ms"])
    # Nothing kept from an earlier run: the board with data is the page's own.
    assert float(fields["page_ms"]) <= float(fields["board_ms"])
    assert float(fields["rss_mb"]) > 0


def test_look_from_the_environment(qapp: QApplication) -> None:
    from coopdesk.ui.look import apply_look, is_dark, look_from_environment, style_sheet

    assert look_from_environment({}) == (None, 1.0)
    assert look_from_environment({"COOPDESK_PALETTE": "Dark",
                                  "COOPDESK_FONT_SCALE": "1.5"}) == ("dark", 1.5)
    assert look_from_environment({"COOPDESK_PALETTE": "purple",
                                  "COOPDESK_FONT_SCALE": "huge"}) == (None, 1.0)
    saved = (QPalette(qapp.palette()), QFont(qapp.font()), qapp.styleSheet())
    try:
        size = qapp.font().pointSizeF()
        apply_look(qapp, "dark", 1.5)
        assert is_dark(qapp.palette())
        assert qapp.styleSheet() == style_sheet(dark=True) != style_sheet(dark=False)
        assert qapp.font().pointSizeF() == pytest.approx(max(10.0, size) * 1.5)
        apply_look(qapp, "light", 1.0)
        assert not is_dark(qapp.palette())
    finally:
        qapp.setPalette(saved[0])
        qapp.setFont(saved[1])
        qapp.setStyleSheet(saved[2])


def test_preferences_change_the_profile_at_once(shell: Shell, script: Script,
                                                context: AppContext, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from coopdesk.domain.profile import Profile
    from coopdesk.services.settings import load_settings
    from coopdesk.ui.dialogs import settings as settings_dialog

    with_profile(context)
    Workspace.create(tmp_path / "w", "W").close()
    context.remember_workspace(tmp_path / "w")
    assert shell.start()
    karim = Profile(name="Karim Benali", organisation="Union sportive")
    monkeypatch.setattr(settings_dialog.SettingsDialog, "ask", classmethod(
        lambda cls, settings, parent=None, default_workspaces_dir=None, forget_keys=None:
        replace(settings, profile=karim, language="en")))
    assert shell.edit_preferences()
    assert load_settings(context.paths).profile == karim
    assert load_settings(context.paths).language == "en"
    assert shell.workspace is not None and shell.workspace.db.profile == karim
    assert shell.window is not None and "Karim Benali" in shell.window.profile_label.text()
