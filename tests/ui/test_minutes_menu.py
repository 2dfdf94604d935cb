"""The Minutes menu of a meeting's page on the demo workspace: print preview with Ctrl+P,
PDF and ODT exports, approval at a later meeting (the page locks), annotations and the
carry-over of open actions. Dialogs are replaced through their `ask` functions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain.enums import MeetingStatus
from coopdesk.services import read_models as rm
from coopdesk.services.documents import PrintableDocument
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.document_exports import DocumentExports
from coopdesk.ui.pages.meetings import MeetingsPage
from coopdesk.ui.pages.meetings.minutes_menu import ApproveMinutesDialog, MinutesMenu
from tests.pdf_reading import pdf_text
from tests.ui.test_printing import odt_text

HELD = "Comité de pilotage du consortium"
PLANNED = "Comité de pilotage – bilan à mi-parcours"


@pytest.fixture
def services(demo_workspace: Workspace) -> Iterator[Services]:
    yield Services(demo_workspace)


@pytest.fixture
def page(qtbot: Any, services: Services) -> MeetingsPage:
    widget = MeetingsPage(services, Bus())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def open_meeting(page: MeetingsPage, title: str) -> str:
    meeting_id = page.services.minutes.find_meeting(title)
    assert page.open_meeting(meeting_id)
    return meeting_id


def test_ctrl_p_shows_the_print_preview_of_the_minutes(qtbot: Any, page: MeetingsPage,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[PrintableDocument] = []
    monkeypatch.setattr(DocumentExports, "show_preview",
                        classmethod(lambda cls, document, parent: shown.append(document)))
    open_meeting(page, HELD)
    view = page.detail_view
    view.agenda.setFocus()
    qtbot.keyClick(view.agenda, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [d.title for d in shown] == [f"Minutes: {HELD}"]
    assert "Aïcha Diallo" in shown[0].html


def test_export_pdf_and_odt(page: MeetingsPage, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Path] = []

    def ask_file(cls: Any, parent: Any, title: str, suggested: Path, filter_text: str) -> Path:
        asked.append(suggested)
        return tmp_path / f"choisi{len(asked)}"  # the suffix is added

    monkeypatch.setattr(DocumentExports, "ask_file", classmethod(ask_file))
    open_meeting(page, HELD)
    menu = page.detail_view.minutes
    assert menu.button.isVisibleTo(page)
    menu.pdf_action.trigger()
    menu.odt_action.trigger()
    assert [p.name for p in asked] == [f"Minutes - {HELD}.pdf", f"Minutes - {HELD}.odt"]
    assert "Recruter deux bénévoles" in pdf_text(tmp_path / "choisi1.pdf")
    assert "Recruter deux bénévoles" in odt_text(tmp_path / "choisi2.odt")


def test_a_failed_export_is_explained(page: MeetingsPage, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(DocumentExports, "ask_file", classmethod(
        lambda cls, *args: tmp_path / "missing" / "cr.pdf"))
    monkeypatch.setattr(DocumentExports, "show_error", classmethod(
        lambda cls, parent, title, text: errors.append(text)))
    open_meeting(page, HELD)
    assert page.detail_view.minutes.export_pdf() is None
    assert len(errors) == 1 and "could not be written" in errors[0]
    assert not (tmp_path / "missing").exists()


def test_approve_locks_the_page_and_annotations_remain(page: MeetingsPage,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []

    def ask(cls: Any, meeting: rm.Meeting, candidates: list[rm.Meeting],
            parent: Any) -> str:
        offered.append([c.title for c in candidates])
        return candidates[0].id

    monkeypatch.setattr(ApproveMinutesDialog, "ask", classmethod(ask))
    monkeypatch.setattr(MinutesMenu, "ask_annotation", classmethod(
        lambda cls, parent, title: "Erratum : 2 800 € et non 2 700 €."))
    meeting_id = open_meeting(page, HELD)
    view = page.detail_view
    menu = view.minutes
    assert menu.approve_action.isEnabled() and not menu.annotate_action.isEnabled()
    menu.approve_action.trigger()
    assert offered == [[PLANNED]]
    services = page.services
    assert services.meetings.get(meeting_id).status is MeetingStatus.APPROVED
    assert view.banner.isVisibleTo(page)
    assert PLANNED in view.banner_label.text()
    assert not view.edit_button.isEnabled() and not view.agenda.add_button.isEnabled()
    assert not menu.approve_action.isEnabled() and not menu.carry_action.isEnabled()
    assert menu.annotate_action.isEnabled()
    menu.annotate_action.trigger()
    assert "Erratum : 2 800 €" in services.minutes.gather(meeting_id).annotations


def test_approval_needs_a_later_meeting(page: MeetingsPage,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ApproveMinutesDialog, "ask", classmethod(
        lambda cls, *args: pytest.fail("no meeting to choose from")))
    meeting_id = open_meeting(page, "fête de quartier")
    page.detail_view.minutes.approve_action.trigger()
    assert page.messages.isVisibleTo(page)
    assert page.services.meetings.get(meeting_id).status is MeetingStatus.HELD


def test_carry_over_fills_the_next_agenda(page: MeetingsPage) -> None:
    meeting_id = open_meeting(page, PLANNED)
    menu = page.detail_view.minutes
    assert not menu.approve_action.isEnabled() and menu.carry_action.isEnabled()
    before = len(page.detail_view.detail.agenda)
    menu.carry_action.trigger()
    agenda = page.services.meeting_details.detail(meeting_id).agenda
    carried = [line.item for line in agenda if line.item.title.startswith("Carried over: ")]
    assert carried and len(agenda) == before + len(carried)
    assert all(item.notes.startswith("Status: ") for item in carried)
    assert len(page.detail_view.detail.agenda) == len(agenda)  # the page refreshed


def test_the_approval_dialog_lists_the_candidates(qtbot: Any, services: Services) -> None:
    held = services.meetings.get(services.minutes.find_meeting(HELD))
    candidates = services.minutes.approval_candidates(held.id)
    dialog = ApproveMinutesDialog(held, candidates)
    qtbot.addWidget(dialog)
    assert dialog.choice.count() == 1 and dialog.choice.itemText(0).startswith(PLANNED)
    assert dialog.chosen_id() == candidates[0].id
