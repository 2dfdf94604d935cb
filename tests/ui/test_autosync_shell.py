"""Automatic sync belongs to the open workspace's window, not to the Synchronisation page:
a change made here reaches the shared folder though that page was never built, and what a
cycle brings in refreshes the pages without starting another cycle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coopdesk.app.gui import Shell
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.changes import Changes
from coopdesk.services.sharing import membership
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.autosync import AutoSync
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.sync import SyncPage
from tests.conftest import TEST_PROFILE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOUR_MS = 3_600_000
PARTNER = Profile(name="Karim Benali", organisation="UST")


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path]:
    """(workspace folder, shared folder): a workspace of this laptop, shared in clear."""
    folder, cloud = tmp_path / "ours", tmp_path / "cloud"
    cloud.mkdir()
    with Workspace.create(folder, "Collectif des Tilleuls", TEST_PROFILE) as workspace:
        membership.share_workspace(Services(workspace).sync, cloud)
    return folder, cloud


def share_files(cloud: Path) -> set[Path]:
    return {p for p in cloud.rglob("*") if p.is_file()}


def open_in_shell(shell: Shell, folder: Path) -> MainWindow:
    assert shell.open_folder(folder)
    window = shell.window
    assert window is not None and window.attached()
    return window


def sync_page_built(window: MainWindow) -> bool:
    return any(isinstance(page, SyncPage) for page in window.built_pages())


def test_a_local_change_is_shared_without_the_sync_page(
        shell: Shell, shared: tuple[Path, Path], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", HOUR_MS)  # no cycle of its own
    monkeypatch.setattr(AutoSync, "LOCAL_DELAY_MS", 50)
    folder, cloud = shared
    window = open_in_shell(shell, folder)
    autosync = window.autosync
    assert autosync is not None and autosync.folder == cloud  # started with the workspace
    before = share_files(cloud)

    services = window.services
    org = services.organisations.create(OrganisationFields(name="Jardin partagé"))
    window.bus.publish(org)  # as every page does after a use case
    assert autosync.debounce.isActive()
    qtbot.waitUntil(lambda: services.sync.status().unexported == 0, timeout=30_000)
    qtbot.waitUntil(lambda: not autosync.running, timeout=30_000)

    written = share_files(cloud) - before
    assert written, "the change was not written to the shared folder"
    assert autosync.last_sync is not None
    assert not sync_page_built(window)  # nobody ever opened the Synchronisation page

    # a partner joining the share receives it
    joined = membership.join(folder.parent / "partner", PARTNER, cloud)
    with joined.workspace as theirs:
        assert [o.name for o in Services(theirs).organisations.list()] == ["Jardin partagé"]


def test_imported_changes_refresh_the_pages_without_another_cycle(
        shell: Shell, shared: tuple[Path, Path], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", HOUR_MS)
    monkeypatch.setattr(AutoSync, "LOCAL_DELAY_MS", 50)
    folder, cloud = shared
    joined = membership.join(folder.parent / "partner", PARTNER, cloud)
    with joined.workspace as theirs:
        partner = Services(theirs)
        made = partner.organisations.create(OrganisationFields(name="Union sportive")).id
        partner.sync.sync()
    window = open_in_shell(shell, folder)
    autosync = window.autosync
    assert autosync is not None
    heard: list[Changes] = []
    window.bus.changed.connect(heard.append)

    autosync.debounce.stop()
    with qtbot.waitSignal(autosync.succeeded, timeout=30_000) as done:
        assert autosync.sync_now()

    assert done.args is not None and done.args[0].report.imported_ops > 0
    (imported,) = heard  # the pages heard what arrived…
    assert imported.imported_only and made in imported.ids
    assert not autosync.debounce.isActive()  # …and no export was scheduled for it
    window.bus.publish(Changes.imported({"organisation"}, {made}))
    assert not autosync.debounce.isActive()
    window.bus.publish(Changes.of("organisation", made) | imported)  # partly made here
    assert autosync.debounce.isActive()
    assert not sync_page_built(window)


def test_the_sync_page_shows_the_windows_automatic_sync(
        shell: Shell, shared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", HOUR_MS)
    folder, _cloud = shared
    window = open_in_shell(shell, folder)
    assert window.show_page("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    assert page.autosync is window.autosync  # one automatic sync per workspace
    assert window.findChildren(AutoSync) == [window.autosync]


def test_a_workspace_not_shared_syncs_nothing(shell: Shell, tmp_path: Path) -> None:
    Workspace.create(tmp_path / "alone", "Seul", TEST_PROFILE).close()
    window = open_in_shell(shell, tmp_path / "alone")
    autosync = window.autosync
    assert autosync is not None and autosync.folder is None
    window.bus.publish(window.services.organisations.create(OrganisationFields(name="A")))
    assert not autosync.debounce.isActive() and not autosync.timer.isActive()


def test_a_cycle_while_another_coopdesk_holds_the_workspace_waits_its_turn(
        shell: Shell, shared: tuple[Path, Path], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import subprocess
    import sys

    from tests.cli.test_cli import subprocess_env

    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", HOUR_MS)
    monkeypatch.setattr(AutoSync, "LOCKED_RETRY_MS", 200)
    folder, _cloud = shared
    window = open_in_shell(shell, folder)
    autosync = window.autosync
    assert autosync is not None
    statuses: list[str] = []
    window.bus.status.connect(statuses.append)
    failures: list[BaseException] = []
    autosync.failed.connect(failures.append)
    # a command-line sync of another process holds the workspace
    holder = subprocess.Popen([sys.executable, "-m", "tests.cli.lock_worker", "hold",
                               str(folder), "sync", "30"], env=subprocess_env(), text=True,
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with qtbot.waitSignal(autosync.waiting, timeout=30_000) as waiting:
            assert autosync.sync_now()  # returns at once: the cycle runs off the GUI thread
        text = waiting.args[0]
        assert f"pid {holder.pid}" in text and socket.gethostname() in text
        assert text in statuses and text.lower().startswith(("synchronisation en attente",
                                                              "synchronisation waiting"))
        assert autosync.debounce.isActive()  # tried again soon
    finally:
        holder.kill()
        holder.communicate()
    with qtbot.waitSignal(autosync.succeeded, timeout=30_000):
        pass  # the retry ran once the holder had gone
    assert failures == []
