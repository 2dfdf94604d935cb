"""Forms that edit long texts hand back the versions they opened: a text that another
laptop changed while the form was open becomes a conflict with both versions, on both
laptops, instead of being overwritten."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import ExchangeKind
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.meetings import AgendaItemFields, MeetingFields
from coopdesk.services.sync_inbox import ConflictNotice
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.exchanges.dialog import ExchangeDialog
from coopdesk.ui.pages.meetings.meeting_dialog import MeetingDialog
from coopdesk.ui.pages.meetings.notes_editor import NotesEditor
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_dialog import RecordDialog
from tests.sync.replicas import Laptop, fields_of, make_team, sync_until_quiet


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    laptops, _share = make_team(tmp_path, 2)
    yield laptops[0], laptops[1]
    for laptop in laptops:
        laptop.close()


def conflict_texts(laptop: Laptop, record_id: str) -> list[list[str]]:
    return [sorted(v.text for v in n.versions) for n in laptop.services.sync_inbox.notices()
            if isinstance(n, ConflictNotice) and n.record_id == record_id]


def save(dialog: RecordDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == RecordDialog.DialogCode.Accepted


def test_meeting_form_open_while_another_laptop_edits_the_notes(
        qtbot: Any, pair: tuple[Laptop, Laptop]) -> None:
    alice, bob = pair
    created = alice.services.meetings.create(MeetingFields(
        title="Comité", starts_at=dt.datetime(2024, 5, 2, 18, 0), notes="Ordre du jour"))
    sync_until_quiet([alice, bob])
    listed = next(m for m in alice.services.meetings.list() if m.id == created.id)
    dialog = MeetingDialog(alice.services, listed)  # Alice opens the form
    qtbot.addWidget(dialog)
    theirs = bob.services.meetings.get(created.id)
    bob.services.meetings.update(created.id, fields_of(theirs, MeetingFields,
                                                       notes="Notes de Bob"))
    sync_until_quiet([bob, alice])  # lands while Alice types
    dialog.notes_edit.setPlainText("Notes d'Alice")
    save(dialog)
    sync_until_quiet([alice, bob])
    for laptop in (alice, bob):
        assert conflict_texts(laptop, created.id) == [["Notes d'Alice", "Notes de Bob"]]


def test_a_form_whose_text_was_not_touched_keeps_the_remote_text(
        qtbot: Any, pair: tuple[Laptop, Laptop]) -> None:
    alice, bob = pair
    org = alice.services.organisations.create(OrganisationFields(name="Asso"))
    entry = alice.services.exchanges.create(ContactLogEntryFields(
        kind=ExchangeKind.CALL, occurred_on=dt.date(2024, 6, 3), subject="Appel",
        summary="Premier résumé", organisation_id=org.id))
    sync_until_quiet([alice, bob])
    dialog = ExchangeDialog(alice.services, alice.services.exchanges.get(entry.id),
                            alice.services.exchanges.correspondents(), [])
    qtbot.addWidget(dialog)
    theirs = bob.services.exchanges.get(entry.id)
    bob.services.exchanges.update(entry.id, fields_of(theirs, ContactLogEntryFields,
                                                       summary="Résumé de Bob"))
    sync_until_quiet([bob, alice])
    save(dialog)  # Alice saves without touching the summary
    sync_until_quiet([alice, bob])
    for laptop in (alice, bob):
        assert laptop.services.exchanges.get(entry.id).summary == "Résumé de Bob"
        assert conflict_texts(laptop, entry.id) == []


def test_agenda_notes_typed_while_another_laptop_saved_them(
        qtbot: Any, pair: tuple[Laptop, Laptop]) -> None:
    alice, bob = pair
    meeting = alice.services.meetings.create(MeetingFields(
        title="Comité", starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    item = alice.services.agenda.create(AgendaItemFields(meeting_id=meeting.id,
                                                         title="Budget"))
    sync_until_quiet([alice, bob])
    messages = MessageBar()
    qtbot.addWidget(messages)
    editor = NotesEditor(PageContext(alice.services, Bus(), messages))
    qtbot.addWidget(editor)
    editor.load(alice.services.meeting_details.detail(meeting.id).agenda_line(item.id))
    editor.notes_edit.setPlainText("Alice note")  # typing, not saved yet
    bob.services.meeting_details.save_notes(item.id, "Bob note", "")
    sync_until_quiet([bob, alice])
    editor.set_detail(alice.services.meeting_details.detail(meeting.id))  # a refresh
    assert editor.notes_edit.toPlainText() == "Alice note"
    assert editor.commit()
    sync_until_quiet([alice, bob])
    for laptop in (alice, bob):
        assert conflict_texts(laptop, item.id) == [["Alice note", "Bob note"]]
    # the next save replaces what the editor now shows: no conflict with itself
    notice = next(n for n in alice.services.sync_inbox.notices()
                  if isinstance(n, ConflictNotice))
    alice.services.sync_inbox.keep_version(notice, notice.versions[0])
    editor.set_detail(alice.services.meeting_details.detail(meeting.id))
    editor.notes_edit.setPlainText("Texte final")
    assert editor.commit()
    sync_until_quiet([alice, bob])
    assert conflict_texts(alice, item.id) == conflict_texts(bob, item.id) == []
    assert bob.services.agenda.get(item.id).notes == "Texte final"
