"""The Meetings page on a real workspace: the list and its filters, the meeting form, and
preparing and holding a meeting (agenda in order with its notes, attendance, decisions and
the actions made from them), trash and undo, keyboard and models."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMainWindow, QPlainTextEdit

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, VoteKind
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.validation import LONG_TEXT_MAX
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.formatting import date_text
from coopdesk.ui.pages.meetings import MeetingsPage
from coopdesk.ui.pages.meetings.meeting_dialog import MeetingDialog
from coopdesk.ui.pages.meetings.part_dialogs import (
    ActionFromDecisionDialog,
    AgendaItemDialog,
    AttendanceDialog,
    DecisionDialog,
    RepresentedByDialog,
    action_title,
)
from coopdesk.ui.widgets.form import text_of
from coopdesk.ui.widgets.record_dialog import RecordDialog
from coopdesk.ui.widgets.styles import ERROR, colour_name
from tests.conftest import TEST_PROFILE
from tests.services.test_meeting_details import START, World, build

Fill = Callable[[Any], None]
P, E, A, R = (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT,
              AttendanceStatus.REPRESENTED)

# The offscreen platform cannot pass a shown window's size hints on; it says so at each show.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    folder = tmp_path_factory.mktemp("meetings-page") / "workspace"
    with Workspace.create(folder, "Coopération test", TEST_PROFILE) as workspace:
        return folder, build(Services(workspace))


@pytest.fixture
def workspace(template: tuple[Path, World], tmp_path: Path) -> Iterator[Workspace]:
    shutil.copytree(template[0], tmp_path / "workspace")
    with Workspace.open(tmp_path / "workspace", TEST_PROFILE) as opened:
        yield opened


@pytest.fixture
def w(template: tuple[Path, World]) -> World:
    return template[1]


class Recorder:
    """What the page says on the bus besides `changed`."""

    def __init__(self, bus: Bus) -> None:
        self.statuses: list[str] = []
        self.undoables: list[tuple[str, Callable[[], Changes]]] = []
        self.opened: list[tuple[str, str]] = []
        bus.status.connect(self.statuses.append)
        bus.undoable.connect(lambda text, undo: self.undoables.append((text, undo)))
        bus.open_record.connect(lambda kind, record_id: self.opened.append((kind, record_id)))


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def recorder(bus: Bus) -> Recorder:
    return Recorder(bus)


@pytest.fixture
def page(qtbot: Any, services: Services, bus: Bus) -> MeetingsPage:
    widget = MeetingsPage(services, bus)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def type_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def click_save(dialog: RecordDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def drive(monkeypatch: pytest.MonkeyPatch, dialog_cls: type[RecordDialog],
          *fills: Fill) -> list[RecordDialog]:
    """Replace `ask`: build the real dialog, fill it and click Save, once per fill."""
    opened: list[RecordDialog] = []
    pending = list(fills)

    def ask(cls: type[RecordDialog], *args: Any, **kwargs: Any) -> Changes | None:
        dialog = cls(*args, **kwargs)
        opened.append(dialog)
        pending.pop(0)(dialog)
        click_save(dialog)
        accepted = dialog.result() == RecordDialog.DialogCode.Accepted
        return dialog.changes if accepted else None

    monkeypatch.setattr(dialog_cls, "ask", classmethod(ask))
    return opened


def add_items(services: Services, meeting: str, *items: tuple[str, int | None]) -> list[str]:
    return [services.agenda.create(AgendaItemFields(meeting_id=meeting, title=title,
                                                    planned_minutes=minutes)).id
            for title, minutes in items]


def agenda_titles(page: MeetingsPage) -> list[str]:
    return [line.item.title for line in page.detail_view.agenda.model.rows()]


def select_people(page: MeetingsPage, *person_ids: str) -> None:
    tab = page.detail_view.attendance
    selection = tab.tree.selectionModel()
    selection.clearSelection()
    for group in tab.model.groups():
        for line in group.lines:
            if line.attendance.person_id in person_ids:
                selection.select(tab.model.index_of(line.id),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)


def statuses(services: Services, meeting: str) -> dict[str | None, AttendanceStatus]:
    return {a.person_id: a.status for a in services.attendance.list(meeting_id=meeting)}


# -- the list and the meeting form -----------------------------------------------------
def test_title_and_empty_list_says_what_to_do(services: Services, w: World,
                                              page: MeetingsPage) -> None:
    assert page.title() == "Meetings" and page.page_id == "meetings"
    assert page.list_view.model.rowCount() == 1
    services.meetings.delete(w.meeting)
    page.refresh()
    assert page.list_view.stack.is_empty()
    assert "No meeting yet" in page.list_view.stack.empty.text()
    assert page.list_view.stack.empty.button.text() == "New meeting"
    assert page.extra_screenshots() == []


def test_create_meeting_with_errors_next_to_the_fields(services: Services, w: World,
                                                      page: MeetingsPage,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: MeetingDialog) -> None:
        # The list is filtered on a project: the new meeting belongs to it.
        assert dialog.project_combo.value() == w.project
        click_save(dialog)
        assert dialog.error_label("title").isVisibleTo(dialog)
        type_text(dialog.title_edit, "Comité de suivi")
        click_save(dialog)
        assert dialog.error_label("starts_at").isVisibleTo(dialog)
        assert not dialog.error_label("title").isVisibleTo(dialog)
        dialog.start_edit.setText("12/05/2026 18:30")
        dialog.end_edit.setText("tard")
        click_save(dialog)
        assert dialog.error_label("ends_at").isVisibleTo(dialog)
        assert "not an end time" in dialog.error_label("ends_at").text()
        dialog.end_edit.setText("17h")
        click_save(dialog)
        assert "ends before it starts" in dialog.error_label("ends_at").text()
        assert dialog.result() != RecordDialog.DialogCode.Accepted
        assert text_of(dialog.title_edit) == "Comité de suivi"  # nothing typed is lost
        dialog.end_edit.setText("20h")
        assert dialog.length_label.text() == "Length: 1 h 30"
        type_text(dialog.place_edit, "Maison des associations")
        dialog.secretary_combo.set_value(w.nadia)

    view = page.list_view
    view.project_filter.setCurrentIndex(view.project_filter.findData(w.project))
    drive(monkeypatch, MeetingDialog, fill)
    view.new_button.click()
    [created] = [m for m in services.meetings.list() if m.title == "Comité de suivi"]
    assert created.starts_at == dt.datetime(2026, 5, 12, 18, 30)
    assert created.ends_at == dt.datetime(2026, 5, 12, 20, 0)
    assert (created.project_id, created.secretary_person_id) == (w.project, w.nadia)
    # Its page opens at once.
    assert page.showing_detail() and page.detail_view.meeting_id == created.id
    view_ = page.detail_view
    assert view_.title_label.text() == "Comité de suivi"
    assert view_.kind_label.text() == "Planned · Parentalité"
    assert "Maison des associations" in view_.facts.texts()
    assert "Nadia Ouhibi" in view_.people_facts.texts()
    assert any("18:30" in text and "(1 h 30)" in text for text in view_.facts.texts())
    assert "The agenda is empty" in view_.agenda.stack.empty.text()


def test_list_filters_by_project_status_period_and_text(services: Services, w: World,
                                                        page: MeetingsPage) -> None:
    future = dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=20)
    services.meetings.create(MeetingFields(title="Réunion de la fête", starts_at=future,
                                           project_id=w.other_project,
                                           video_link="https://visio.example.org/fete"))
    services.meetings.update(w.meeting, MeetingFields(
        title="Comité de pilotage", starts_at=START, ends_at=START + dt.timedelta(hours=2),
        project_id=w.project, place="Salle polyvalente", status=MeetingStatus.HELD))
    page.refresh()
    view = page.list_view

    def titles() -> list[str]:
        return [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]

    assert titles() == ["Réunion de la fête", "Comité de pilotage"]  # the latest first
    assert view.proxy.index(0, 3).data() == "Video: https://visio.example.org/fete"
    assert view.count_label.text() == "2 meeting(s)"
    view.period_filter.setCurrentIndex(view.period_filter.findData("past"))
    assert titles() == ["Comité de pilotage"]
    view.period_filter.setCurrentIndex(view.period_filter.findData("upcoming"))
    assert titles() == ["Réunion de la fête"]
    view.period_filter.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(view.status_filter.findData(MeetingStatus.HELD.value))
    assert titles() == ["Comité de pilotage"]
    assert view.proxy.index(0, 5).data() == "0"
    view.status_filter.setCurrentIndex(0)
    view.project_filter.setCurrentIndex(view.project_filter.findData(w.other_project))
    assert titles() == ["Réunion de la fête"]
    view.search_edit.setText("comite")  # no accent typed: still found… in another project
    assert titles() == []
    assert "No meeting matches" in view.stack.empty.text()
    view.stack.empty.button.click()  # "Clear the filters"
    assert len(titles()) == 2
    view.search_edit.setText("salle poly")
    assert titles() == ["Comité de pilotage"]
    assert page.focus_search() and view.search_edit.hasFocus()


# -- preparing and holding a meeting: the workflow ------------------------------
def test_prepare_and_hold_a_meeting(qtbot: Any, services: Services, w: World,
                                    page: MeetingsPage, recorder: Recorder,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert page.show_record("meeting", w.meeting)
    view = page.detail_view
    tab = view.agenda

    def item(title: str, minutes: str, presenter: str | None = None) -> Fill:
        def fill(dialog: AgendaItemDialog) -> None:
            type_text(dialog.title_edit, title)
            dialog.duration_edit.setText(minutes)
            dialog.presenter_combo.set_value(presenter)
        return fill

    def bad_duration(dialog: AgendaItemDialog) -> None:
        type_text(dialog.title_edit, "Divers")
        dialog.duration_edit.setText("un bon moment")
        click_save(dialog)
        assert dialog.error_label("planned_minutes").isVisibleTo(dialog)
        assert "not a duration" in dialog.error_label("planned_minutes").text()
        dialog.duration_edit.setText("15")

    drive(monkeypatch, AgendaItemDialog, item("Accueil", "10", w.marie),
          item("Budget du semestre", "1 h 30", w.karim), item("Fête", "20 min"), bad_duration)
    for _ in range(4):
        tab.add_button.click()
    assert agenda_titles(page) == ["Accueil", "Budget du semestre", "Fête", "Divers"]
    assert tab.model.index(1, 2).data() == "Karim Benali"
    assert tab.model.index(1, 3).data() == "1 h 30"
    # 2 h 15 planned for a 2-hour meeting: said clearly.
    assert tab.total_label.text() == ("⚠ 2 h 15 planned for 2 h: 15 min too long. Shorten "
                                      "or remove an item.")
    assert colour_name(ERROR) in tab.total_label.styleSheet()

    # Reorder: the last item goes up twice, the first goes down once.
    assert tab.select(tab.model.rows()[3].id)
    tab.up_button.click()
    tab.up_button.click()
    assert agenda_titles(page) == ["Accueil", "Divers", "Budget du semestre", "Fête"]
    assert tab.selected_line().item.title == "Divers"  # type: ignore[union-attr]
    assert tab.select(tab.model.rows()[0].id)
    tab.down_button.click()
    assert agenda_titles(page) == ["Divers", "Accueil", "Budget du semestre", "Fête"]
    assert [i.title for i in services.agenda.list(meeting_id=w.meeting)] == agenda_titles(page)
    tab.select(tab.model.rows()[3].id)
    assert not tab.down_button.isEnabled() and not tab.down_action.isEnabled()
    # The fête takes less time: the warning goes.
    fete = tab.model.rows()[3]
    services.agenda.update(fete.id, AgendaItemFields(meeting_id=w.meeting, title="Fête",
                                                     position=fete.item.position,
                                                     planned_minutes=5))
    page.bus.publish(Changes.of("agenda_item", fete.id))
    assert tab.total_label.text() == "2 h planned for 2 h"

    # Attendance: filled from the partners, then marked.
    attendance = view.attendance
    view.tabs.setCurrentIndex(view.ATTENDANCE)
    assert attendance.fill_button.isEnabled()
    attendance.fill_button.click()
    assert statuses(services, w.meeting) == {w.marie: A, w.aicha: A, w.karim: A,
                                             w.sofiane: A, w.nadia: A}
    assert not attendance.fill_button.isEnabled()
    select_people(page, w.marie, w.karim)
    attendance.status_buttons[P].click()
    select_people(page, w.sofiane)
    attendance.status_buttons[E].click()

    def represented(dialog: RepresentedByDialog) -> None:
        click_save(dialog)  # nobody chosen yet
        assert dialog.error_label("represented_by_person_id").isVisibleTo(dialog)
        dialog.proxy_combo.set_value(w.karim)

    drive(monkeypatch, RepresentedByDialog, represented)
    select_people(page, w.nadia)
    attendance.status_buttons[R].click()
    assert statuses(services, w.meeting) == {w.marie: P, w.aicha: A, w.karim: P,
                                             w.sofiane: E, w.nadia: R}
    [nadia] = [a for a in services.attendance.list(meeting_id=w.meeting)
               if a.person_id == w.nadia]
    assert nadia.represented_by_person_id == w.karim
    assert attendance.counts_label.text() == ("2 present · 1 represented · 1 excused · "
                                              "1 absent")
    assert attendance.quorum_label.text() == ("✔ Quorum reached: 3 of 3 voting partners present or "
                                              "represented (2 needed).")
    assert view.tabs.tabText(view.ATTENDANCE) == "Attendance (3 of 5)"
    nadia_index = attendance.model.index_of(nadia.id)
    assert nadia_index.siblingAtColumn(2).data() == "Karim Benali"

    # A decision with its votes, then the action that carries it out, in one step.
    decisions = view.decisions
    view.tabs.setCurrentIndex(view.DECISIONS)
    budget_id = next(line.id for line in tab.model.rows() if line.item.title.startswith("Bud"))

    def decide(dialog: DecisionDialog) -> None:
        type_text(dialog.text_edit, "Recruter deux bénévoles de plus pour l'aide aux devoirs "
                                    "du mardi.")
        dialog.item_combo.set_value(budget_id)
        assert not dialog.for_edit.isVisibleTo(dialog)  # no vote recorded yet
        dialog.kind_combo.set_value(VoteKind.COUNTED)
        assert dialog.for_edit.isVisibleTo(dialog)
        dialog.for_edit.setText("5")
        dialog.against_edit.setText("beaucoup")
        click_save(dialog)
        assert dialog.error_label("votes_against").isVisibleTo(dialog)
        assert "not a whole number" in dialog.error_label("votes_against").text()
        dialog.against_edit.setText("0")
        dialog.abstain_edit.setText("1")

    drive(monkeypatch, DecisionDialog, decide)
    decisions.add_button.click()
    [line] = decisions.model.rows()
    assert (line.decision.votes_for, line.decision.votes_against,
            line.decision.votes_abstain) == (5, 0, 1)
    assert line.agenda_title == "Budget du semestre"
    assert decisions.votes_label.text() == "Adopted by 5 votes for, 1 abstention."
    assert "No action carries out this decision yet" in decisions.actions_stack.empty.text()

    def act(dialog: ActionFromDecisionDialog) -> None:
        assert text_of(dialog.title_edit) == ("Recruter deux bénévoles de plus pour l'aide aux "
                                              "devoirs du mardi.")
        assert dialog.project_combo.value() == w.project
        dialog.person_combo.set_value(w.karim)
        assert dialog.organisation_combo.value() == w.club  # follows the person
        dialog.due_edit.setText("31/13/2026")
        click_save(dialog)
        assert dialog.error_label("due_on").isVisibleTo(dialog)
        dialog.due_edit.setText("15/04/2026")

    drive(monkeypatch, ActionFromDecisionDialog, act)
    decisions.action_button.click()
    [action] = services.actions.list(origin_decision_id=line.id)
    assert (action.owner_person_id, action.owner_organisation_id, action.due_on,
            action.project_id) == (w.karim, w.club, dt.date(2026, 4, 15), w.project)
    assert [a.id for a in decisions.actions_model.rows()] == [action.id]
    assert decisions.model.index(0, 5).data() == "1"
    decisions.actions_table.activated.emit(decisions.actions_model.index(0, 0))
    assert recorder.opened[-1] == ("action", action.id)  # the Actions page shows it
    assert view.tabs.tabText(view.DECISIONS) == "Decisions (1)"


def test_action_title_is_the_decision_cut_at_a_word() -> None:
    assert action_title("  Recruter   deux bénévoles ") == "Recruter deux bénévoles"
    long = "Verser un acompte " * 20
    title = action_title(long)
    assert len(title) <= 160 and title.endswith("…")
    cut = title[:-1]
    assert long.startswith(cut) and long[len(cut)] == " "  # at the end of a word


def test_a_long_decision_goes_whole_into_the_action_description(
        qtbot: Any, services: Services, w: World) -> None:
    text = "Verser au collectif un acompte de trente pour cent de sa part. " * 4
    decision = services.decisions.get(services.decisions.create(DecisionFields(
        meeting_id=w.meeting, text=text)).id)
    dialog = ActionFromDecisionDialog(services, decision, None)
    qtbot.addWidget(dialog)
    assert text_of(dialog.description_edit) == text.strip()
    assert text_of(dialog.title_edit).endswith("…")
    type_text(dialog.title_edit, "")
    click_save(dialog)
    assert dialog.error_label("title").isVisibleTo(dialog)
    assert services.actions.list() == []


def test_drag_and_drop_moves_an_item(qtbot: Any, services: Services, w: World,
                                     page: MeetingsPage) -> None:
    add_items(services, w.meeting, ("Accueil", 10), ("Budget", 20), ("Divers", 10))
    page.show_record("meeting", w.meeting)
    model = page.detail_view.agenda.model
    data = model.mimeData([model.index(2, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    # Dropping an item where it already is does nothing.
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: agenda_titles(page) == ["Divers", "Accueil", "Budget"])
    first = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(first, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: agenda_titles(page) == ["Accueil", "Budget", "Divers"])
    assert [i.title for i in services.agenda.list(meeting_id=w.meeting)] == [
        "Accueil", "Budget", "Divers"]


def test_notes_are_saved_on_leaving_the_item_and_never_lost(
        qtbot: Any, services: Services, w: World, page: MeetingsPage, bus: Bus) -> None:
    first, second = add_items(services, w.meeting, ("Accueil", 10), ("Budget", 20))
    services.meeting_details.save_notes(second, "Déjà noté", "")
    page.show_record("agenda_item", first)
    tab = page.detail_view.agenda
    editor = tab.editor
    assert editor.item_id == first and editor.title_label.text() == "1. Accueil"
    editor.notes_edit.setPlainText("Tour de table : six structures")
    assert editor.is_dirty() and editor.state_label.text().startswith("Not saved yet")
    # Something else changes the meeting: the page refreshes, the typed text stays.
    bus.publish(services.agenda.update(second, AgendaItemFields(
        meeting_id=w.meeting, title="Budget 2026", planned_minutes=20, notes="Déjà noté")))
    assert tab.model.rows()[1].item.title == "Budget 2026"
    assert editor.notes_edit.toPlainText() == "Tour de table : six structures"
    assert services.agenda.get(first).notes == ""
    # Leaving the item saves it.
    tab.select(second)
    assert services.agenda.get(first).notes == "Tour de table : six structures"
    assert editor.item_id == second and editor.notes_edit.toPlainText() == "Déjà noté"

    # Ctrl+S saves at once.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    editor.outcome_edit.setFocus()
    editor.outcome_edit.setPlainText("Adopté à l'unanimité")
    qtbot.keyClick(editor.outcome_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.agenda.get(second).outcome == "Adopté à l'unanimité"
    assert editor.state_label.text() == "Saved."
    # So does leaving the editor, and leaving the tab.
    editor.notes_edit.setFocus()
    editor.notes_edit.setPlainText("Déjà noté, et plus")
    tab.table.setFocus()
    qtbot.waitUntil(lambda: services.agenda.get(second).notes == "Déjà noté, et plus")
    editor.notes_edit.setPlainText("Dernier mot")
    page.detail_view.tabs.setCurrentIndex(page.detail_view.DECISIONS)
    assert services.agenda.get(second).notes == "Dernier mot"


def test_notes_that_cannot_be_saved_stay_on_their_item(
        services: Services, w: World, page: MeetingsPage, bus: Bus) -> None:
    first, second = add_items(services, w.meeting, ("Accueil", 10), ("Budget", 20))
    page.show_record("agenda_item", first)
    tab = page.detail_view.agenda
    too_long = "x\n" * (LONG_TEXT_MAX // 2 + 1)
    tab.editor.notes_edit.setPlainText(too_long)
    tab.select(second)
    # Refused (too long): the user stays on the item, with the text, and is told why.
    assert tab.selected_id() == first and tab.editor.item_id == first
    assert tab.editor.notes_edit.toPlainText() == too_long
    assert "too long" in page.messages.text()
    tab.editor.notes_edit.setPlainText("Court")
    tab.select(second)
    assert services.agenda.get(first).notes == "Court" and tab.editor.item_id == second
    # Deleted elsewhere while notes are being typed: the text stays on screen.
    tab.editor.notes_edit.setPlainText("Encore à dire")
    bus.publish(services.agenda.delete(second))
    assert tab.editor.notes_edit.toPlainText() == "Encore à dire"
    assert "This agenda item was deleted" in page.messages.text()


def test_attendance_form_errors_and_guests(services: Services, w: World, page: MeetingsPage,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page.show_record("meeting", w.meeting)
    tab = page.detail_view.attendance
    assert "Fill it with the people of the project's partners" in tab.stack.empty.text()

    def guest(dialog: AttendanceDialog) -> None:
        click_save(dialog)
        assert dialog.error_label("person_id").isVisibleTo(dialog)
        assert not dialog.proxy_combo.isVisibleTo(dialog)
        dialog.person_combo.set_value(w.claire)
        assert dialog.organisation_combo.value() == w.mairie
        dialog.status_combo.set_value(R)
        assert dialog.proxy_combo.isVisibleTo(dialog)
        click_save(dialog)
        assert dialog.error_label("represented_by_person_id").isVisibleTo(dialog)
        dialog.status_combo.set_value(P)

    drive(monkeypatch, AttendanceDialog, guest)
    tab.add_button.click()
    [group] = tab.model.groups()
    assert group.organisation_name == "Mairie" and not group.is_partner
    assert tab.model.index(0, 0).data() == "Mairie (guest)"
    # Before the meeting, a missing quorum is said calmly; once held, as a warning.
    assert tab.quorum_label.text() == ("Quorum: 2 voting partners needed; 0 of 3 marked present or "
                                       "represented so far.")
    page.detail_view.held_button.click()
    assert tab.quorum_label.text() == ("⚠ Quorum not reached: 0 of 3 voting partners present or "
                                       "represented, 2 needed.")
    assert colour_name(ERROR) in tab.quorum_label.styleSheet()


def test_follow_up_adds_its_agenda_item_once(services: Services, w: World,
                                             page: MeetingsPage, recorder: Recorder) -> None:
    services.actions.create(ActionFields(title="Imprimer les affiches", project_id=w.project,
                                         owner_person_id=w.nadia,
                                         due_on=dt.date(2026, 3, 20)))
    services.actions.create(ActionFields(title="Bilan", project_id=w.project,
                                         status=ActionStatus.DONE))
    page.show_record("meeting", w.meeting)
    tab = page.detail_view.follow_up
    assert [line.action.title for line in tab.model.rows()] == ["Imprimer les affiches"]
    assert page.detail_view.tabs.tabText(page.detail_view.FOLLOW_UP) == "To follow up (1)"
    tab.add_item_button.click()
    [item] = services.agenda.list(meeting_id=w.meeting)
    assert item.title == "Follow-up of actions"
    due = date_text(dt.date(2026, 3, 20))
    assert item.notes == f"• Imprimer les affiches — Nadia Ouhibi, due {due}"
    assert item.planned_minutes == 5
    assert not tab.add_item_button.isEnabled()
    assert tab.state_label.text() == "The agenda already has this item."
    tab.table.activated.emit(tab.proxy.index(0, 0))
    assert recorder.opened[-1][0] == "action"


# -- trash, undo, read-only ----------------------------------------------------------------
def test_delete_and_restore_with_undo(services: Services, w: World, page: MeetingsPage,
                                      bus: Bus, recorder: Recorder) -> None:
    first, _second = add_items(services, w.meeting, ("Accueil", 10), ("Budget", 20))
    decision = services.decisions.create(DecisionFields(meeting_id=w.meeting,
                                                        text="La fête aura lieu.")).id
    attendance = services.attendance.create(AttendanceFields(meeting_id=w.meeting,
                                                             person_id=w.karim)).id
    page.show_record("agenda_item", first)
    view = page.detail_view
    view.agenda.delete_button.click()
    assert agenda_titles(page) == ["Budget"]
    assert recorder.statuses[-1] == "“Accueil” was moved to the trash."
    bus.publish(recorder.undoables[-1][1]())
    assert agenda_titles(page) == ["Accueil", "Budget"]

    assert page.show_record("decision", decision)
    view.decisions.delete_button.click()
    assert view.decisions.stack.is_empty()
    bus.publish(recorder.undoables[-1][1]())
    assert view.decisions.model.rowCount() == 1

    assert page.show_record("attendance", attendance)
    assert [line.id for line in view.attendance.selected_lines()] == [attendance]
    view.attendance.remove_button.click()
    assert view.attendance.stack.is_empty()
    bus.publish(recorder.undoables[-1][1]())
    assert view.attendance.model.rowCount() == 1

    # The meeting itself: from its page, then restored from the list's trash.
    view.delete_button.click()
    assert not page.showing_detail()
    assert page.list_view.model.rowCount() == 0
    assert page.show_record("meeting", w.meeting)  # still opens, read-only with a banner
    assert view.banner.isVisibleTo(page) and not view.agenda.add_button.isEnabled()
    assert not view.edit_button.isEnabled()
    view.back_button.click()
    page.list_view.trash_check.setChecked(True)
    assert page.list_view.select(w.meeting)
    page.list_view.restore_button.click()
    assert "The trash holds no meeting" in page.list_view.stack.empty.text()
    page.list_view.trash_check.setChecked(False)
    assert page.list_view.model.rowCount() == 1


def test_approved_minutes_lock_the_meeting(services: Services, w: World,
                                           page: MeetingsPage) -> None:
    add_items(services, w.meeting, ("Accueil", 10))
    meeting = services.meetings.get(w.meeting)
    page.show_record("meeting", w.meeting)
    view = page.detail_view
    assert view.held_button.isVisibleTo(page)
    view.held_button.click()
    assert services.meetings.get(w.meeting).status is MeetingStatus.HELD
    assert not view.held_button.isVisibleTo(page)
    later = services.meetings.create(MeetingFields(
        title="Réunion suivante", starts_at=meeting.starts_at + dt.timedelta(days=30),
        project_id=meeting.project_id)).id
    page.bus.publish(services.minutes.approve(w.meeting, later))
    assert "were approved at the meeting “Réunion suivante”" in view.banner_label.text()
    assert not view.restore_button.isVisibleTo(page)
    assert not view.edit_button.isEnabled()  # locked: only annotations
    assert not view.delete_button.isEnabled()
    for widget in (view.agenda.add_button, view.agenda.delete_button,
                   view.attendance.add_button, view.decisions.add_button,
                   view.follow_up.add_item_button):
        assert not widget.isEnabled()
    assert not view.agenda.editor.isEnabled()


# -- navigation, models, keyboard ----------------------------------------------------------
def test_show_record_for_every_part_of_a_meeting(services: Services, w: World,
                                                 page: MeetingsPage) -> None:
    [item] = add_items(services, w.meeting, ("Budget", 20))
    decision = services.decisions.create(DecisionFields(meeting_id=w.meeting,
                                                        text="Oui")).id
    line = services.attendance.create(AttendanceFields(meeting_id=w.meeting,
                                                       person_id=w.nadia)).id
    view = page.detail_view
    assert page.show_record("agenda_item", item)
    assert view.tabs.currentIndex() == view.AGENDA and view.agenda.selected_id() == item
    assert page.show_record("decision", decision)
    assert view.tabs.currentIndex() == view.DECISIONS
    assert view.decisions.selected_id() == decision
    assert page.show_record("attendance", line)
    assert view.tabs.currentIndex() == view.ATTENDANCE
    assert not page.show_record("meeting", "0190f0f0-0000-7000-8000-000000000000")
    assert not page.show_record("project", w.project)


def test_current_record_follows_the_focus(qtbot: Any, services: Services, w: World,
                                          page: MeetingsPage) -> None:
    [item] = add_items(services, w.meeting, ("Budget", 20))
    decision = services.decisions.create(DecisionFields(meeting_id=w.meeting,
                                                        text="Oui")).id
    line = services.attendance.create(AttendanceFields(meeting_id=w.meeting,
                                                       person_id=w.nadia)).id
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.list_view.select(w.meeting)
    assert page.current_record() == ("meeting", w.meeting)
    view = page.detail_view
    page.show_record("agenda_item", item)
    view.back_button.setFocus()
    assert page.current_record() == ("meeting", w.meeting)
    view.agenda.table.setFocus()
    assert page.current_record() == ("agenda_item", item)
    page.show_record("decision", decision)
    view.decisions.table.setFocus()
    assert page.current_record() == ("decision", decision)
    page.show_record("attendance", line)
    view.attendance.tree.setFocus()
    assert page.current_record() == ("attendance", line)


def test_extra_screenshots_open_the_richest_held_meeting(services: Services, w: World,
                                                        page: MeetingsPage) -> None:
    held = services.meetings.create(MeetingFields(title="Comité tenu", starts_at=START,
                                                  status=MeetingStatus.HELD)).id
    services.decisions.create(DecisionFields(meeting_id=held, text="Oui"))
    page.refresh()
    states = dict(page.extra_screenshots())
    assert {"detail", "attendance", "decisions", "follow-up", "form"} <= set(states)
    states["decisions"]()
    assert page.detail_view.meeting_id == held
    assert page.detail_view.tabs.currentIndex() == page.detail_view.DECISIONS


def test_every_model_passes_the_model_tester(services: Services, w: World,
                                             page: MeetingsPage, qtmodeltester: Any) -> None:
    first, _ = add_items(services, w.meeting, ("Accueil", 10), ("Budget", 20))
    services.meeting_details.fill_attendance(w.meeting)
    services.attendance.create(AttendanceFields(meeting_id=w.meeting,
                                                organisation_id=w.mairie))
    decision = services.decisions.create(DecisionFields(meeting_id=w.meeting, text="Oui",
                                                        agenda_item_id=first, votes_for=3)).id
    services.meeting_details.action_from_decision(decision, ActionFields(title="Faire"))
    services.actions.create(ActionFields(title="Ancienne", project_id=w.project))
    page.refresh()
    assert page.show_record("decision", decision)
    view = page.detail_view
    models = [page.list_view.model, page.list_view.proxy, view.agenda.model,
              view.attendance.model, view.decisions.model, view.decisions.proxy,
              view.decisions.actions_model, view.follow_up.model, view.follow_up.proxy]
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert view.attendance.model.rowCount(view.attendance.model.index(0, 0)) == 2


def test_keyboard_enter_alt_arrows_delete_and_ctrl_n(
        qtbot: Any, services: Services, w: World, page: MeetingsPage, recorder: Recorder,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add_items(services, w.meeting, ("Accueil", 10), ("Budget", 20))
    page.refresh()
    view = page.list_view
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view.table.setFocus()
    view.select(w.meeting)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert page.showing_detail()
    agenda = page.detail_view.agenda
    agenda.table.setFocus()
    agenda.select(agenda.model.rows()[0].id)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert agenda_titles(page) == ["Budget", "Accueil"]
    assert agenda.selected_line().item.title == "Accueil"  # type: ignore[union-attr]
    qtbot.keyClick(agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert agenda_titles(page) == ["Accueil", "Budget"]
    added = drive(monkeypatch, AgendaItemDialog,
                  lambda dialog: type_text(dialog.title_edit, "Divers"))
    qtbot.keyClick(agenda.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(added) == 1 and agenda_titles(page) == ["Accueil", "Budget", "Divers"]
    assert agenda.selected_line().item.title == "Divers"  # type: ignore[union-attr]
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert agenda_titles(page) == ["Accueil", "Budget"]
    qtbot.keyClick(page.detail_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not page.showing_detail()
    assert view.table.hasFocus() and view.selected_id() == w.meeting
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 0 and recorder.undoables


def test_ctrl_n_in_the_page_wins_over_a_window_wide_ctrl_n(
        qtbot: Any, services: Services, bus: Bus, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window_wide: list[bool] = []
    new_workspace = QAction("New workspace", window)
    new_workspace.setShortcut(QKeySequence("Ctrl+N"))
    new_workspace.triggered.connect(lambda: window_wide.append(True))
    window.addAction(new_workspace)
    page = MeetingsPage(services, bus)
    window.setCentralWidget(page)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def fill(dialog: MeetingDialog) -> None:
        type_text(dialog.title_edit, "Assemblée")
        dialog.start_edit.setText("01/06/2026 18:00")

    opened = drive(monkeypatch, MeetingDialog, fill)
    page.list_view.search_edit.setFocus()
    qtbot.keyClick(page.list_view.search_edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and window_wide == []
