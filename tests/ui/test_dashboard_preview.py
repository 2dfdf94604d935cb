"""Start-up shows the dashboard the app kept when it last closed, while the database layer
loads; then the page takes over with a fresh reading. A changed workspace shows the plain
loading state instead; a line clicked meanwhile opens its record once the workspace is open."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from coopdesk.app.context import AppContext
from coopdesk.app.dashboard_memory import DashboardMemory
from coopdesk.app.gui import Shell
from coopdesk.domain.actions import ActionFields
from coopdesk.domain.profile import Profile
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.dashboard import DashboardPage
from coopdesk.ui.pages.dashboard.board import DashboardBoard
from tests.conftest import TEST_PROFILE
from tests.ui.conftest import locations_for

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def context(app_paths: Any) -> AppContext:
    made = AppContext.load(app_paths)
    made.set_profile(TEST_PROFILE)
    return made


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    shutil.copytree(demo_template, tmp_path / "demo")
    return tmp_path / "demo"


def run_once(context: AppContext, folder: Path, monkeypatch: pytest.MonkeyPatch,
             qtbot: Any) -> tuple[Shell, dict[str, Any]]:
    """Start the app on *folder* and look at the frame while the workspace opens (the
    opening waits until it has been looked at)."""
    shell = Shell(context)
    seen: dict[str, Any] = {}
    ready = threading.Event()
    real_open = Workspace.open.__func__  # type: ignore[attr-defined]

    def slow_open(cls: type[Workspace], where: Path, profile: Profile) -> Workspace:
        ready.wait(10)
        return real_open(cls, where, profile)

    def look() -> None:
        frame = shell.loading
        assert frame is not None and not frame.attached()
        if not frame.loading_text() and frame.preview is None:
            QTimer.singleShot(0, look)  # painted empty; the kept board comes next
            return
        preview = frame.preview
        seen.update(title=frame.windowTitle(), loading=frame.loading_text(),
                    preview=preview, nav=frame.nav.isEnabled(),
                    board=getattr(preview, "board", None),
                    overdue=[line.title for line in preview.card_of("overdue").lines()]
                    if isinstance(preview, DashboardBoard) else None)
        ready.set()

    monkeypatch.setattr(Workspace, "open", classmethod(slow_open))
    QTimer.singleShot(0, look)
    assert shell.start(workspace=folder)
    monkeypatch.undo()
    assert shell.window is not None  # closed and deleted by shell.close()
    return shell, seen


def test_the_second_start_shows_the_kept_dashboard_while_the_workspace_opens(
        context: AppContext, demo: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    first, seen = run_once(context, demo, monkeypatch, qtbot)
    assert seen["preview"] is None and seen["loading"] == "Opening demo…"  # nothing kept yet
    page = first.window.current_page() if first.window else None
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.loading())
    fresh = page.board
    first.close()

    second, seen = run_once(context, demo, monkeypatch, qtbot)
    try:
        assert isinstance(seen["preview"], DashboardBoard) and seen["board"] == fresh
        assert second.workspace is not None
        assert seen["title"] == f"{second.workspace.name} — coopdesk"
        assert seen["loading"] == "Opening demo…"  # said in the status bar meanwhile
        assert seen["nav"] and seen["overdue"]
        window = second.window
        assert window is not None and window.attached() and window.preview is None
        page = window.current_page()
        assert isinstance(page, DashboardPage)
        # The page took the kept board over: no "Loading…" between the two.
        assert page.board == fresh
        assert all(card.count_label.text() for card in page.cards[1:])
        assert [line.title for line in page.card_of("overdue").lines()] == seen["overdue"]
        qtbot.waitUntil(lambda: not page.loading())
        assert page.board == fresh
    finally:
        second.close()


def test_a_workspace_changed_since_shows_the_loading_state(
        context: AppContext, demo: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    first, _seen = run_once(context, demo, monkeypatch, qtbot)
    first.close()
    with Workspace.open(demo, TEST_PROFILE) as workspace:  # e.g. `coopdesk sync` meanwhile
        Services(workspace).actions.create(ActionFields(title="Écrite par la ligne de commande"))
    second, seen = run_once(context, demo, monkeypatch, qtbot)
    try:
        assert seen["preview"] is None and seen["loading"] == "Opening demo…"
    finally:
        second.close()


def test_a_line_clicked_in_the_preview_opens_its_record_once_attached(
        qtbot: Any, tmp_path: Path, demo_services: Services) -> None:
    board = demo_services.dashboard.load()
    preview = DashboardBoard()
    preview.show_board(board, "Marie", "Démo")
    frame = MainWindow(None, Bus(), profile=None, locations=None, loading_text="Opening…")
    qtbot.addWidget(frame)
    frame.show()
    frame.show_preview(preview, "Opening…")
    assert frame.loading_text() == "Opening…" and frame.nav.isEnabled()
    line = board.overdue.lines[0]
    card = preview.card_of("overdue")
    card.list.open_requested.emit("action", line.id)  # what a click on the line sends
    assert frame.current_page() is None  # nothing opens before the workspace is there

    frame.attach(demo_services, locations_for(demo_services.workspace, tmp_path / "base"))
    page = frame.current_page()
    assert page is not None and page.page_id == "actions"
    assert page.selected_id() == line.id  # type: ignore[attr-defined]
    assert frame.preview is None and frame.loading_text() == ""


def test_the_page_chosen_during_the_preview_opens_when_attached(
        qtbot: Any, tmp_path: Path, demo_services: Services) -> None:
    preview = DashboardBoard()
    preview.show_board(demo_services.dashboard.load(), "Marie", "Démo")
    frame = MainWindow(None, Bus(), profile=None, locations=None, loading_text="Opening…")
    qtbot.addWidget(frame)
    frame.show()
    frame.show_preview(preview, "Opening…")
    frame.nav.setCurrentRow(2)
    assert frame.built_pages() == []
    frame.attach(demo_services, locations_for(demo_services.workspace, tmp_path / "base"))
    page = frame.current_page()
    assert page is not None and page.page_id == frame.page_ids()[2]


def test_the_preview_needs_no_database_layer(demo: Path, app_paths: Any) -> None:
    """Reading the kept copy and building its board imports neither SQLAlchemy nor the
    store's models: that is what lets it show a second before the page."""
    workspace = Workspace.open(demo, TEST_PROFILE)
    memory = DashboardMemory(app_paths.cache_dir)
    memory.close_remembering(workspace, Services(workspace), TEST_PROFILE)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['x'])\n"
        "from coopdesk.app.dashboard_memory import DashboardMemory\n"
        "from coopdesk.domain.profile import Profile\n"
        f"memory = DashboardMemory(Path({str(app_paths.cache_dir)!r}))\n"
        f"board = memory.preview(Path({str(demo)!r}), Profile(name={TEST_PROFILE.name!r}, "
        f"organisation={TEST_PROFILE.organisation!r}))\n"
        "print(board is not None and board.board is not None)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
        " or m.startswith(('coopdesk.store.models', 'coopdesk.services.workspace_services'))))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False, env={**_env(), "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["True", "[]"]


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_closing_keeps_the_next_days_within_its_time_budget(demo: Path, app_paths: Any,
                                                            qtbot: Any) -> None:
    """The first start of tomorrow finds its dashboard too (read at closing, as the
    workspace then was); with no time to spare, closing keeps today's only."""
    import datetime as dt

    from coopdesk.app import dashboard_memory

    today = dt.date(2026, 11, 26)
    roomy = DashboardMemory(app_paths.cache_dir, today=lambda: today, budget_s=60.0)
    workspace = Workspace.open(demo, TEST_PROFILE)
    roomy.close_remembering(workspace, Services(workspace), TEST_PROFILE)
    for ahead in range(dashboard_memory.DAYS_AHEAD + 1):
        day = today + dt.timedelta(days=ahead)
        later = DashboardMemory(app_paths.cache_dir, today=lambda day=day: day)
        board = later.preview(demo, TEST_PROFILE)
        assert board is not None and board.board is not None
        assert board.board.today == day
        board.deleteLater()
    after_a_week = today + dt.timedelta(days=dashboard_memory.DAYS_AHEAD + 1)
    assert DashboardMemory(app_paths.cache_dir,
                           today=lambda: after_a_week).preview(demo, TEST_PROFILE) is None

    hurried = DashboardMemory(app_paths.cache_dir, today=lambda: today, budget_s=0.0)
    workspace = Workspace.open(demo, TEST_PROFILE)
    hurried.close_remembering(workspace, Services(workspace), TEST_PROFILE)
    tomorrow = today + dt.timedelta(days=1)
    assert DashboardMemory(app_paths.cache_dir, today=lambda: today).preview(
        demo, TEST_PROFILE) is not None
    assert DashboardMemory(app_paths.cache_dir, today=lambda: tomorrow).preview(
        demo, TEST_PROFILE) is None


def test_no_copy_is_kept_when_another_program_wrote_during_the_closing(
        demo: Path, app_paths: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another window or a command-line sync saving a change while the dashboards are read
    at closing: the copy would miss it, so none is kept."""
    memory = DashboardMemory(app_paths.cache_dir)
    workspace = Workspace.open(demo, TEST_PROFILE)
    services = Services(workspace)
    real_load = services.dashboard.load

    def load_while_another_writes(*args: Any, **kwargs: Any) -> Any:
        board = real_load(*args, **kwargs)
        with Workspace.open(demo, TEST_PROFILE) as other:
            Services(other).actions.create(ActionFields(title="Écrite ailleurs"))
        return board

    monkeypatch.setattr(services.dashboard, "load", load_while_another_writes)
    memory.close_remembering(workspace, services, TEST_PROFILE)
    assert not memory.has_copy(demo) and memory.preview(demo, TEST_PROFILE) is None


def test_no_copy_is_kept_while_another_program_has_the_workspace_open(
        demo: Path, app_paths: Any, qtbot: Any) -> None:
    memory = DashboardMemory(app_paths.cache_dir)
    other = Workspace.open(demo, TEST_PROFILE)
    Services(other).dashboard.load()  # a reader: its connection keeps the log file
    try:
        workspace = Workspace.open(demo, TEST_PROFILE)
        memory.close_remembering(workspace, Services(workspace), TEST_PROFILE)
        assert not memory.has_copy(demo)
    finally:
        other.close()
    workspace = Workspace.open(demo, TEST_PROFILE)
    memory.close_remembering(workspace, Services(workspace), TEST_PROFILE)
    assert memory.has_copy(demo)


def test_copies_of_workspaces_not_opened_for_a_month_are_removed(
        demo: Path, app_paths: Any, qtbot: Any) -> None:
    import os
    import time

    memory = DashboardMemory(app_paths.cache_dir)
    folder = memory.cache.folder
    folder.mkdir(parents=True)
    stale, recent = folder / ("0" * 24), folder / ("1" * 24)
    for path, age_days in ((stale, 40), (recent, 3)):
        path = path.with_suffix(".json")
        path.write_text("{}")
        then = time.time() - age_days * 86_400
        os.utime(path, (then, then))
    workspace = Workspace.open(demo, TEST_PROFILE)
    memory.close_remembering(workspace, Services(workspace), TEST_PROFILE)
    names = {path.name for path in folder.iterdir()}
    assert stale.with_suffix(".json").name not in names
    assert recent.with_suffix(".json").name in names
    assert memory.cache.file_for(demo).name in names
