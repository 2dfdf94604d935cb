"""The team keys on the Synchronisation page: changing the passphrase and a new team key,
on a real encrypted team (cheap Argon2id for the members, an in-memory keyring)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.sync import frame, keys, share
from coopdesk.ui.autosync import AutoSync
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.recovery_sheet import RecoverySheetDialog
from coopdesk.ui.dialogs.share_keys import needs_passphrase
from coopdesk.ui.pages.sync import SyncPage
from tests.sync.encrypted_team import PASSPHRASE, Member, encrypted_team
from tests.sync.replicas import ALICE, BOB

HOUR_MS = 3_600_000
NEW_PASSPHRASE = "la glycine du préau fleurit en avril"


@pytest.fixture(autouse=True)
def quiet_autosync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoSync, "WATCH_DELAY_MS", HOUR_MS)
    monkeypatch.setattr(AutoSync, "LOCAL_DELAY_MS", HOUR_MS)


def page_of(qtbot: Any, member: Member) -> SyncPage:
    page = SyncPage(member.services, Bus())
    qtbot.addWidget(page)
    page.show()
    return page


def test_changing_the_passphrase_from_the_page(qtbot: Any, tmp_path: Path) -> None:
    (alice, bob), shared = encrypted_team(tmp_path, [ALICE, BOB])
    team_id = alice.service.folder()[1]
    page = page_of(qtbot, alice)
    assert page.team_keys.isVisible()
    dialog = page.team_keys.change_passphrase()
    assert dialog.isVisible() and not dialog.ok_button().isEnabled()
    dialog.current.setText("pas la bonne phrase du tout")
    dialog.passphrase.setText("court")
    assert "Too short" in dialog.strength_label.text()
    dialog.passphrase.setText(NEW_PASSPHRASE)
    assert dialog.strength_label.text() in ("Good.", "Strong.", "Very strong.")
    dialog.confirm.setText("la glycine")
    assert "differ" in dialog.strength_label.text() and not dialog.ok_button().isEnabled()
    dialog.confirm.setText(NEW_PASSPHRASE)
    assert dialog.ok_button().isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error_label.text(), timeout=30_000)
    assert dialog.isVisible() and "Nothing was changed" in dialog.error_label.text()
    keys.unlock(shared, team_id, PASSPHRASE)  # the wrong try changed nothing
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.succeeded, timeout=30_000):
        dialog.accept()
    assert not dialog.isVisible()
    with pytest.raises(keys.KeyFileError):
        keys.unlock(shared, team_id, PASSPHRASE)
    assert keys.unlock(shared, team_id, NEW_PASSPHRASE)
    assert "Print a new recovery sheet" in page.messages.text()
    sheet = page.findChild(RecoverySheetDialog)
    assert sheet is not None and sheet.isVisible()
    assert sheet.passphrase_edit.text() == NEW_PASSPHRASE
    sheet.close()
    # Nothing was encrypted again: the other laptop keeps reading without a passphrase.
    alice.add_org("Après le changement")
    alice.sync()
    report = bob.sync()
    assert not needs_passphrase(report)
    assert "Après le changement" in bob.org_names()


def test_a_new_team_key_opens_on_the_other_laptop_with_the_passphrase_key_it_holds(
        qtbot: Any, tmp_path: Path) -> None:
    """Bob typed the passphrase once (joining): he holds its key-encryption key, so a key
    rotated under the same passphrase opens by itself (docs/sync.md, "Key files nobody can
    forge"); after a passphrase change he would be asked (test_encrypted_sync)."""
    (alice, bob), shared = encrypted_team(tmp_path, [ALICE, BOB])
    page = page_of(qtbot, alice)
    dialog = page.team_keys.rotate_key()
    assert "cannot do" in dialog.explanation.text()
    assert not dialog.ok_button().isEnabled()
    dialog.passphrase.setText("pas la bonne phrase du tout")
    dialog.accept()
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error_label.text(), timeout=30_000)
    assert dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.succeeded, timeout=30_000) as done:
        dialog.accept()
    assert not dialog.isVisible()
    new_key = done.args[0]
    alice.add_org("Après le départ")
    written = page._sync_service().sync()  # the page's service holds the new key
    assert written.exported_ops
    first = bob.sync()
    assert not needs_passphrase(first) and "Après le départ" in bob.org_names()
    assert ShareKeys(bob.service).status().missing == ()
    bob.add_org("Bob avec la nouvelle clé")
    assert bob.sync().exported_ops
    with bob.workspace.db.engine.begin() as conn:
        bob_id = bob.workspace.db.sync.ensure(conn)
    newest = max(share.device_dir(shared, bob_id).glob("*.cdseg"))  # names sort by seq
    assert (frame.peek_header(newest.read_bytes()) or {})["enc"]["key_id"] == new_key


def test_the_key_buttons_are_hidden_for_a_team_in_clear(
        qtbot: Any, services: Services, tmp_path: Path) -> None:
    page = SyncPage(services, Bus())
    qtbot.addWidget(page)
    page.show()
    assert not page.team_keys.isVisible()  # not shared
    folder = tmp_path / "cloud"
    folder.mkdir()
    SyncService(services.workspace).create_share(folder)
    page.refresh()
    assert page.stack.currentWidget() is page.shared
    assert not page.team_keys.isVisible()


def test_the_page_names_ignored_key_files_and_republished_ones(
        qtbot: Any, tmp_path: Path) -> None:
    """A forged key file and a deleted one (issue 13): the page says which key file was
    ignored, sharing goes on, and the deleted one is written again."""
    from tests.sync.test_key_trust import forge_newest_key

    (alice,), shared = encrypted_team(tmp_path, [ALICE])
    page = page_of(qtbot, alice)
    (lost,) = keys.key_files(shared, share.preflight(shared).team_id)
    lost.path.unlink()
    forged = forge_newest_key(shared, lost.params)
    alice.add_org("Malgré le faux")
    statuses: list[str] = []
    page.bus.status.connect(statuses.append)
    outcome = alice.service.sync_with_changes()  # the laptop holding the keys
    page._sync_succeeded(outcome)
    assert outcome.report.exported_ops and outcome.report.keys_republished == [lost.path.name]
    assert forged.name in page.messages.text() and "sharing goes on" in page.messages.text()
    assert any(lost.path.name in text and "wrote them again" in text for text in statuses)
