"""The Synchronisation page: sharing, syncing off the GUI thread, the inbox and its choices."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMainWindow

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.services.changes import Changes
from coopdesk.services.sharing.demo import partner_profile
from coopdesk.services.sharing.inbox import ConflictNotice, DeleteEditNotice
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.sync import share
from coopdesk.ui.autosync import AutoSync
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs import conflicts as conflicts_module
from coopdesk.ui.dialogs.conflicts import ConflictDialog
from coopdesk.ui.dialogs.share_keys import EncryptionChoiceDialog, ShareChoice
from coopdesk.ui.pages.sync import SyncPage
from coopdesk.ui.pages.sync import page as page_module
from coopdesk.ui.pages.sync.merge_dialog import MergeDialog
from tests.services.sync_pair import Pair, pair_fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PERSON = PersonFields(first_name="Inès", last_name="Garcia", notes="Première version")
HOUR_MS = 3_600_000


class Recorder:
    def __init__(self, bus: Bus) -> None:
        self.statuses: list[str] = []
        self.changes: list[Changes] = []
        bus.status.connect(self.statuses.append)
        bus.changed.connect(self.changes.append)


@pytest.fixture(autouse=True)
def quiet_autosync(monkeypatch: pytest.MonkeyPatch) -> None:
    """No automatic cycle unless a test asks for one."""
    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", HOUR_MS)
    # sharing in clear here; encryption from the page: tests/ui/test_share_keys_dialogs.py
    monkeypatch.setattr(EncryptionChoiceDialog, "ask",
                        classmethod(lambda cls, parent=None: ShareChoice(None)))
    monkeypatch.setattr(AutoSync, "LOCAL_DELAY_MS", HOUR_MS)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from pair_fixture(tmp_path)


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def recorder(bus: Bus) -> Recorder:
    return Recorder(bus)


def make_page(qtbot: Any, services: Services, bus: Bus) -> SyncPage:
    page = SyncPage(services, bus)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading())  # the inbox is read in a worker
    return page


def finish_sync(qtbot: Any, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: not page.syncing, timeout=30_000)


# -- sharing -----------------------------------------------------------------------------
def test_sharing_from_the_page(qtbot: Any, services: Services, bus: Bus, recorder: Recorder,
                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services.organisations.create(OrganisationFields(name="Asso du Pont"))
    folder = tmp_path / "Nextcloud" / "Coopération"
    folder.mkdir(parents=True)
    monkeypatch.setattr(page_module.FolderPicker, "ask",
                        classmethod(lambda cls, parent, title: folder))
    page = make_page(qtbot, services, bus)
    assert page.stack.currentWidget() is page.not_shared
    assert page.title() == "Synchronisation"

    assert page.share_folder()

    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.shared, timeout=30_000)
    assert page.status is not None and page.status.shared
    assert page.status.folder == str(folder)
    assert page.status.unexported == 0
    assert share.share_root(folder).is_dir()
    assert page.shared.devices.rowCount() == 1
    assert "(this computer)" in page.shared.devices.index(0, 1).data()
    assert "Workspace shared." in recorder.statuses
    assert str(folder) in page.shared.facts.texts()
    assert page.extra_screenshots() == []


def test_a_cancelled_folder_choice_shares_nothing(qtbot: Any, services: Services, bus: Bus,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module.FolderPicker, "ask",
                        classmethod(lambda cls, parent, title: None))
    page = make_page(qtbot, services, bus)
    assert not page.share_folder()
    assert not page.sync_now()
    assert page.stack.currentWidget() is page.not_shared


def test_sharing_into_a_folder_of_another_team_says_why(
        qtbot: Any, services: Services, bus: Bus, pair: Pair,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module.FolderPicker, "ask",
                        classmethod(lambda cls, parent, title: pair.share))
    page = make_page(qtbot, services, bus)
    page.share_folder()
    qtbot.waitUntil(lambda: page.not_shared.share_button.isEnabled(), timeout=30_000)
    assert page.messages.text()
    assert page.stack.currentWidget() is page.not_shared


# -- synchronising -----------------------------------------------------------------------
def test_sync_now_brings_the_partners_changes(qtbot: Any, pair: Pair, bus: Bus,
                                              recorder: Recorder) -> None:
    page = make_page(qtbot, pair.alice.services, bus)
    org = pair.bob.services.organisations.create(OrganisationFields(name="Collectif")).id
    pair.bob.sync()

    assert page.sync_now()
    finish_sync(qtbot, page)

    assert pair.alice.services.organisations.get(org).name == "Collectif"
    assert any(c.touches("organisation") and org in c.ids for c in recorder.changes)
    assert any(s.startswith("Synchronised:") for s in recorder.statuses)
    people = [page.shared.devices.index(r, 1).data() for r in range(2)]
    assert people == ["Alice Martin (this computer)", "Bob Leroy"]
    assert page.shared.devices.index(1, 0).data() == "Collectif Voisins"
    assert page.shared.devices.index(1, 2).data() == "just now"
    # Shared, the inbox shows even when empty: it says that all is well.
    assert not page.inbox.isHidden() and page.inbox.stack.is_empty()


def test_ctrl_shift_s_synchronises(qtbot: Any, pair: Pair, bus: Bus) -> None:
    page = make_page(qtbot, pair.alice.services, bus)
    assert page.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    assert page.sync_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert page.sync_action in page.actions()
    with qtbot.waitSignal(page.autosync.succeeded, timeout=30_000):
        page.sync_action.trigger()
    pair.alice.services.organisations.create(OrganisationFields(name="Asso"))
    page.refresh()
    assert page.status is not None and page.status.unexported > 0
    with qtbot.waitSignal(page.autosync.succeeded, timeout=30_000):
        page.sync_now()
    assert page.status.unexported == 0


def test_the_shared_folder_changing_syncs_by_itself(qtbot: Any, pair: Pair, bus: Bus,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", 50)
    page = make_page(qtbot, pair.alice.services, bus)
    finish_sync(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.autosync.watcher.directories()), timeout=30_000)
    org = pair.bob.services.organisations.create(OrganisationFields(name="Écrit par Bob")).id
    pair.bob.sync()

    def arrived() -> bool:
        return any(o.id == org for o in pair.alice.services.organisations.list())

    qtbot.waitUntil(arrived, timeout=30_000)
    finish_sync(qtbot, page)


def test_an_unreachable_folder_is_explained(qtbot: Any, pair: Pair, bus: Bus,
                                            recorder: Recorder) -> None:
    page = make_page(qtbot, pair.alice.services, bus)
    pair.share.rename(pair.share.with_name("moved away"))

    with qtbot.waitSignal(page.autosync.failed, timeout=30_000):
        page.sync_now()

    assert "did not run" in page.messages.text()
    assert recorder.statuses and "did not run" in recorder.statuses[-1]


def test_unreadable_files_are_listed_but_not_attributed(qtbot: Any, pair: Pair,
                                                        bus: Bus) -> None:
    """Garbage in Bob's folder is not "written by" Bob: it does not read back as his."""
    pair.bob.services.organisations.create(OrganisationFields(name="Collectif"))
    pair.bob.sync()
    bob_folder = next(p for p in (share.share_root(pair.share) / "devices").iterdir()
                      if p.name != pair.alice.workspace.db.sync.replica)
    damaged = bob_folder / "seg-000000009000-000000009001.cdseg"
    damaged.write_bytes(b"CDSK\x00v1\n" + b"\x00" * 40)
    page = make_page(qtbot, pair.alice.services, bus)

    with qtbot.waitSignal(page.autosync.succeeded, timeout=30_000):
        page.sync_now()

    assert page.shared.problems.rowCount() == 1
    assert page.shared.problems.index(0, 0).data() == damaged.name
    assert page.shared.problems.index(0, 1).data() == "unknown"
    assert not page.shared.problem_table.isHidden()
    assert page.shared.remove_leftovers_button.isHidden()
    assert "cannot be read" in page.messages.text()


def test_the_leftover_copies_button_deletes_exactly_those(qtbot: Any, pair: Pair, bus: Bus,
                                                          recorder: Recorder) -> None:
    pair.bob.services.organisations.create(OrganisationFields(name="Collectif"))
    (written,) = SyncService(pair.bob.workspace).sync().exported_files
    real = Path(written)
    copy = real.with_name(f"{real.stem} (conflicted copy 2026-12-01){real.suffix}")
    copy.write_bytes(real.read_bytes()[:200])
    damaged = real.with_name("seg-000000009000-000000009001.cdseg")
    damaged.write_bytes(b"garbage")
    page = make_page(qtbot, pair.alice.services, bus)

    with qtbot.waitSignal(page.autosync.succeeded, timeout=30_000):
        page.sync_now()

    states = {page.shared.problems.index(row, 0).data(): page.shared.problems.index(row, 2)
              .data() for row in range(page.shared.problems.rowCount())}
    assert states[copy.name].startswith("A leftover copy made by your sync program")
    assert not page.shared.remove_leftovers_button.isHidden()
    page.shared.remove_leftovers_button.click()
    assert not copy.exists() and real.exists() and damaged.exists()
    assert recorder.statuses[-1] == "1 leftover copy(ies) deleted."
    assert [page.shared.problems.index(row, 0).data()
            for row in range(page.shared.problems.rowCount())] == [damaged.name]
    assert page.shared.remove_leftovers_button.isHidden()


# -- the inbox ---------------------------------------------------------------------------
def notes_conflict(pair: Pair) -> str:
    alice, bob = pair.alice.services, pair.bob.services
    person = alice.people.create(PERSON).id
    pair.sync()
    alice.people.update(person, replace(PERSON, notes="Notes d'Alice"))
    bob.people.update(person, replace(PERSON, notes="Notes de Bob"))
    pair.sync()
    return person


def test_resolving_a_conflict_keeping_bobs_version(qtbot: Any, pair: Pair, bus: Bus,
                                                   recorder: Recorder,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    person = notes_conflict(pair)
    page = make_page(qtbot, pair.alice.services, bus)
    (notice,) = page.inbox.notices()
    assert isinstance(notice, ConflictNotice)
    assert page.inbox_heading.text() == "To look at (1)"
    assert page.inbox.primary_button.text() == "Compare and choose…"
    assert "Alice Martin" in page.inbox.explanation.text()
    opened: list[ConflictDialog] = []

    def keep_bob(cls: Any, services: Services, shown: ConflictNotice, parent: Any) -> Changes:
        dialog = cls(services, shown, parent)  # a child of the page: closed with it
        opened.append(dialog)
        bob = next(n for n, v in enumerate(shown.versions) if v.author == "Bob Leroy")
        assert dialog.keep_buttons[bob].text().startswith("Keep Bob Leroy's version (")
        assert dialog.editors[bob].toPlainText() == "Notes de Bob"
        dialog.keep_buttons[bob].click()
        changes: Changes = dialog.changes
        return changes

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(keep_bob))

    page.inbox.primary_button.click()

    assert opened and opened[0].result() == ConflictDialog.DialogCode.Accepted
    assert page.inbox.notices() == []
    assert page.inbox_heading.text() == "To look at"
    assert pair.alice.services.people.get(person).notes == "Notes de Bob"
    assert any(c.touches("person") for c in recorder.changes)
    assert recorder.statuses and recorder.statuses[-1].startswith("Settled:")
    pair.sync()
    assert pair.bob.services.sync_inbox.notices() == ()


def test_a_merged_text_from_the_conflict_dialog(qtbot: Any, pair: Pair,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    person = notes_conflict(pair)
    services = pair.alice.services
    (notice,) = services.sync_inbox.notices()
    assert isinstance(notice, ConflictNotice)
    drafts: list[str] = []

    def edit(cls: Any, parent: Any, title: str, text: str) -> str:
        drafts.append(text)
        return text + "\nRelu par Alice"

    monkeypatch.setattr(conflicts_module.MergeEditor, "ask", classmethod(edit))
    dialog = ConflictDialog(services, notice)
    qtbot.addWidget(dialog)

    assert dialog.merge()

    assert sorted(drafts[0].splitlines()) == ["Notes d'Alice", "Notes de Bob"]
    assert services.people.get(person).notes.endswith("\nRelu par Alice")
    assert services.sync_inbox.notices() == ()


def test_a_cancelled_merge_keeps_the_conflict(qtbot: Any, pair: Pair,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    notes_conflict(pair)
    services = pair.alice.services
    (notice,) = services.sync_inbox.notices()
    assert isinstance(notice, ConflictNotice)
    monkeypatch.setattr(conflicts_module.MergeEditor, "ask",
                        classmethod(lambda cls, parent, title, text: None))
    dialog = ConflictDialog(services, notice)
    qtbot.addWidget(dialog)
    assert not dialog.merge()
    assert len(services.sync_inbox.notices()) == 1


def test_keeping_a_record_deleted_while_edited(qtbot: Any, pair: Pair, bus: Bus) -> None:
    alice, bob = pair.alice.services, pair.bob.services
    org = alice.organisations.create(OrganisationFields(name="Asso des Jardins")).id
    pair.sync()
    alice.organisations.delete(org)
    bob.organisations.update(org, OrganisationFields(name="Asso des Jardins", city="Bron"))
    pair.sync()
    page = make_page(qtbot, alice, bus)
    (notice,) = page.inbox.notices()
    assert isinstance(notice, DeleteEditNotice)
    assert page.inbox.primary_button.text() == "Keep it"
    assert page.inbox.secondary_button.text() == "Move it to the trash"

    page.inbox.primary_button.click()

    assert page.inbox.notices() == []
    assert alice.organisations.get(org).audit.deleted_at is None


def test_merging_duplicates_from_the_inbox(qtbot: Any, services: Services, bus: Bus,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    keep = services.organisations.create(OrganisationFields(name="Asso du Pont")).id
    double = services.organisations.create(OrganisationFields(name="ASSO DU PONT")).id
    person = services.people.create(PersonFields(first_name="Inès",
                                                 organisation_id=double)).id
    page = make_page(qtbot, services, bus)
    assert page.inbox.primary_button.text() == "Merge…"

    def merge_into_first(cls: Any, services: Services, group: Any, parent: Any) -> Changes:
        dialog = cls(services, group, parent)
        assert dialog.choices.checkedId() == 1  # the one with a contact is proposed
        dialog.choose(next(n for n, r in enumerate(group.records) if r.id == keep))
        dialog.merge()
        changes: Changes = dialog.changes
        return changes

    monkeypatch.setattr(MergeDialog, "ask", classmethod(merge_into_first))
    page.inbox.primary_button.click()

    assert services.people.get(person).organisation_id == keep
    assert services.organisations.get(double).audit.deleted_at is not None
    assert page.inbox.notices() == []
    assert page.inbox.isHidden()  # not shared and nothing to look at


def test_different_records_with_one_name_can_be_left_alone(qtbot: Any, services: Services,
                                                           bus: Bus) -> None:
    services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    page = make_page(qtbot, services, bus)
    assert page.inbox.secondary_button.text() == "They are different"
    page.inbox.secondary_button.click()
    assert page.inbox.notices() == []


def test_open_the_record_asks_the_window(qtbot: Any, pair: Pair, bus: Bus) -> None:
    person = notes_conflict(pair)
    page = make_page(qtbot, pair.alice.services, bus)
    with qtbot.waitSignal(bus.open_record) as opened:
        page.inbox.open_button.click()
    assert opened.args == ["person", person]


def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, pair: Pair,
                                      bus: Bus) -> None:
    notes_conflict(pair)
    pair.alice.services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    pair.alice.services.people.create(PersonFields(first_name="paul", last_name="petit"))
    page = make_page(qtbot, pair.alice.services, bus)
    assert page.inbox.model.rowCount() == 2
    qtmodeltester.check(page.inbox.model)
    qtmodeltester.check(page.shared.devices)
    qtmodeltester.check(page.shared.problems)


def test_local_changes_are_refreshed_only_when_seen(qtbot: Any, pair: Pair, bus: Bus) -> None:
    page = make_page(qtbot, pair.alice.services, bus)
    page.hide()
    org = pair.alice.services.organisations.create(OrganisationFields(name="Asso"))
    bus.publish(org)
    assert page.autosync.debounce.isActive()
    assert page.status is not None and page.status.unexported == 0
    page.show()
    assert page.status.unexported > 0
    page.shutdown()
    assert not page.autosync.debounce.isActive() and not page.autosync.timer.isActive()


def test_closing_the_window_waits_for_a_running_cycle(qtbot: Any, pair: Pair,
                                                     bus: Bus) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = SyncPage(pair.alice.services, bus)
    window.setCentralWidget(page)
    window.show()
    pair.bob.services.organisations.create(OrganisationFields(name="Collectif"))
    pair.bob.sync()
    assert page.sync_now() and page.syncing

    window.close()

    assert not page.syncing
    assert not page.autosync.timer.isActive()
    assert page.autosync.runner.running() == 0


def test_screenshot_states_share_the_demo_with_a_partner(qtbot: Any, demo_services: Services,
                                                         bus: Bus, tmp_path: Path) -> None:
    from coopdesk.ui.screenshots import capture_state

    window = QMainWindow()
    qtbot.addWidget(window)
    page = SyncPage(demo_services, bus)
    window.setCentralWidget(page)
    window.resize(1100, 750)
    window.show()
    states = page.extra_screenshots()
    assert [name for name, _enter in states] == ["shared", "conflict", "history"]

    sizes = []
    for name, enter in states:
        target = capture_state(window, enter, tmp_path / f"{name}.png")  # type: ignore[arg-type]
        image = QImage(str(target))
        sizes.append((image.width(), image.height()))

    assert sizes[0] == (1100, 750) and sizes[1] != sizes[0] and sizes[2] != sizes[0]
    assert page.status is not None and page.status.shared
    assert [d.person for d in page.status.devices if not d.is_me] == [partner_profile().name]
    (notice,) = page.inbox.notices()
    assert isinstance(notice, ConflictNotice) and notice.field == "description"
    assert {v.author for v in notice.versions} == {partner_profile().name,
                                                   demo_services.db.profile.name}
    page.shutdown()


def test_the_inbox_is_read_off_the_gui_thread(qtbot: Any, services: Services, bus: Bus,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Looking for duplicates takes most of a second on a large workspace (after every
    sync cycle): the page stays usable meanwhile and says what it is doing."""
    import threading

    services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    release = threading.Event()
    read_in: list[int] = []
    real_notices = services.sync_inbox.notices

    def slow_notices() -> Any:
        read_in.append(threading.get_ident())
        release.wait(10)
        return real_notices()

    monkeypatch.setattr(services.sync_inbox, "notices", slow_notices)
    page = SyncPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    assert page.loading() and page.inbox.notices() == []
    assert page.inbox.stack.is_empty()
    assert "Looking for conflicts" in page.inbox.stack.empty.text()
    release.set()
    qtbot.waitUntil(lambda: not page.loading())
    assert read_in and read_in[0] != threading.get_ident()
    assert len(page.inbox.notices()) == 1
    assert page.inbox.secondary_button.text() == "They are different"


def test_a_reading_older_than_a_choice_never_brings_the_notice_back(
        qtbot: Any, services: Services, bus: Bus, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync cycle's reading still running when the volunteer settles a notice (even with
    the shared folder out of reach): the newer reading wins; the choice itself reads
    nothing on the GUI thread."""
    import threading

    from coopdesk.domain.errors import CoopdeskError
    from coopdesk.services.sharing import service as sync_service

    services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    services.people.create(PersonFields(first_name="Paul", last_name="Petit"))
    page = make_page(qtbot, services, bus)
    assert len(page.inbox.notices()) == 1
    real_notices = services.sync_inbox.notices
    has_read, release = threading.Event(), threading.Event()
    readers: list[int] = []

    def old_reading() -> Any:
        found = real_notices()
        has_read.set()
        release.wait(10)
        return found

    def counted_reading() -> Any:
        readers.append(threading.get_ident())
        return real_notices()

    monkeypatch.setattr(services.sync_inbox, "notices", old_reading)
    page.refresh()  # after a sync cycle: reads the state before the choice
    assert has_read.wait(10)

    def unreachable(_self: object) -> object:
        raise CoopdeskError("The shared folder cannot be reached")

    monkeypatch.setattr(sync_service.SyncService, "status", unreachable)
    monkeypatch.setattr(services.sync_inbox, "notices", counted_reading)
    page.inbox.select(0)
    page.inbox.secondary_button.click()  # "They are different"
    assert page.inbox.notices() == []
    release.set()
    qtbot.waitUntil(lambda: not page.loading())
    assert page.inbox.notices() == []
    assert readers and threading.get_ident() not in readers
