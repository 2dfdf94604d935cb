"""The Synchronisation page's "Export to a file…" and "Import from a file…" (one-file
exchange by USB stick or email), run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.changes import Changes
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.share_file import export_to_file, import_from_file
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.autosync import AutoSync
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.sync import share_file as share_file_module
from tests.sync.replicas import BOB
from tests.ui.test_sync_page import make_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def quiet_autosync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", 3_600_000)
    monkeypatch.setattr(AutoSync, "LOCAL_DELAY_MS", 3_600_000)


def pick(monkeypatch: pytest.MonkeyPatch, which: str, path: Path | None) -> None:
    if which == "save":
        monkeypatch.setattr(share_file_module.FilePicker, "save", classmethod(
            lambda cls, parent, title, suggested: path))
    else:
        monkeypatch.setattr(share_file_module.FilePicker, "open", classmethod(
            lambda cls, parent, title: path))


def test_export_then_import_a_partners_file(qtbot: Any, services: Services, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    services.organisations.create(OrganisationFields(name="Asso du Pont"))
    bus = Bus()
    published: list[Changes] = []
    bus.changed.connect(published.append)
    page = make_page(qtbot, services, bus)
    bar = page.share_file
    assert bar.export_button.text() == "Export to a file…"
    assert bar.import_button.text() == "Import from a file…"

    target = tmp_path / "pont.cdsnap"
    pick(monkeypatch, "save", target)
    assert bar.export_file()
    qtbot.waitUntil(lambda: bar.export_button.isEnabled(), timeout=30_000)
    assert target.is_file()
    assert str(target) in page.messages.text()
    assert page.stack.currentWidget() is page.not_shared  # a file is not a shared folder

    # Bob starts from the file, adds a partner and sends his own file back
    with Workspace.create(tmp_path / "bob", "nouvel espace", BOB) as bob:
        import_from_file(SyncService(bob), target)
        Services(bob).organisations.create(OrganisationFields(name="Collectif Voisins"))
        export_to_file(SyncService(bob), tmp_path / "bob.cdsnap")

    pick(monkeypatch, "open", tmp_path / "bob.cdsnap")
    assert bar.import_file()
    qtbot.waitUntil(lambda: bar.import_button.isEnabled(), timeout=30_000)
    assert page.messages.text().startswith("Imported ")
    assert "bob.cdsnap" in page.messages.text() and BOB.name in page.messages.text()
    assert sorted(o.name for o in services.organisations.list()) == [
        "Asso du Pont", "Collectif Voisins"]
    assert published and "organisation" in published[-1].kinds

    assert bar.import_file()  # the same file again brings nothing
    qtbot.waitUntil(lambda: bar.import_button.isEnabled(), timeout=30_000)
    assert page.messages.text().startswith("Nothing new in bob.cdsnap")


def test_a_file_of_another_team_is_refused_with_a_message(
        qtbot: Any, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.organisations.create(OrganisationFields(name="Asso du Pont"))
    export_to_file(SyncService(services.workspace), tmp_path / "mine.cdsnap")
    with Workspace.create(tmp_path / "other", "Autre équipe") as other:
        Services(other).organisations.create(OrganisationFields(name="Ailleurs"))
        export_to_file(SyncService(other), tmp_path / "other.cdsnap")
    page = make_page(qtbot, services, Bus())
    pick(monkeypatch, "open", tmp_path / "other.cdsnap")
    assert page.share_file.import_file()
    qtbot.waitUntil(lambda: page.share_file.import_button.isEnabled(), timeout=30_000)
    assert "another team" in page.messages.text()
    assert [o.name for o in services.organisations.list()] == ["Asso du Pont"]


def test_cancelled_file_choices_do_nothing(qtbot: Any, services: Services,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, services, Bus())
    pick(monkeypatch, "save", None)
    pick(monkeypatch, "open", None)
    assert not page.share_file.export_file()
    assert not page.share_file.import_file()
    assert page.share_file.export_button.isEnabled()
