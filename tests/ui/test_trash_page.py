"""The trash page: deleted records of every kind, filters, restore, delete for good."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.meetings import AgendaItemFields
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.trash import TrashPage
from coopdesk.ui.pages.trash import page as trash_module
from tests.domain.field_cases import valid_fields

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Recorder:
    def __init__(self, bus: Bus) -> None:
        self.statuses: list[str] = []
        self.undoables: list[tuple[str, Callable[[], Changes]]] = []
        self.changes: list[Changes] = []
        bus.status.connect(self.statuses.append)
        bus.undoable.connect(lambda text, undo: self.undoables.append((text, undo)))
        bus.changed.connect(self.changes.append)


class Confirm:
    """Stands in for PurgeConfirmation.ask: records the question, answers *answer*."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answer = True
        self.asked: list[tuple[str, str]] = []

        def ask(cls: Any, parent: Any, text: str, detail: str) -> bool:
            self.asked.append((text, detail))
            return self.answer

        monkeypatch.setattr(trash_module.PurgeConfirmation, "ask", classmethod(ask))


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def recorder(bus: Bus) -> Recorder:
    return Recorder(bus)


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> Confirm:
    return Confirm(monkeypatch)


@pytest.fixture
def page(qtbot: Any, services: Services, bus: Bus) -> TrashPage:
    widget = TrashPage(services, bus)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def organisation(services: Services, name: str) -> str:
    return services.organisations.create(OrganisationFields(name=name)).id


def trashed(services: Services, bus: Bus, kind: str, record_id: str) -> str:
    bus.publish(services.delete(kind, record_id))
    return record_id


def titles(page: TrashPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 1).data() for row in range(proxy.rowCount())]


def test_empty_trash_says_so(page: TrashPage) -> None:
    assert page.title() == "Trash"
    assert page.stack.is_empty()
    assert "The trash is empty" in page.stack.empty.text()
    assert not page.stack.empty.button.isVisible()
    assert not page.restore_button.isEnabled() and not page.purge_button.isEnabled()


def test_lists_every_kind_newest_first_and_filters(qtbot: Any, services: Services, bus: Bus,
                                                   page: TrashPage) -> None:
    trashed(services, bus, "organisation", organisation(services, "Les Jardins du Pont"))
    person = services.people.create(PersonFields(first_name="Ali", last_name="Benali")).id
    trashed(services, bus, "person", person)
    project = services.projects.create(ProjectFields(title="Fête de quartier")).id
    trashed(services, bus, "project", project)
    assert titles(page) == ["Fête de quartier", "Ali Benali", "Les Jardins du Pont"]
    first = [page.proxy.index(0, column).data() for column in range(4)]
    assert first[0] == "Project" and first[3] == "Marie Dupont" and first[2]
    assert page.count_label.text() == "3 deleted record(s)"
    kinds = [page.kind_filter.itemText(n) for n in range(page.kind_filter.count())]
    assert kinds == ["All kinds", "Contact", "Organisation", "Project"]

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("person"))
    assert titles(page) == ["Ali Benali"]
    page.kind_filter.setCurrentIndex(0)
    page.search_edit.setText("jardins")
    assert titles(page) == ["Les Jardins du Pont"]
    page.search_edit.setText("marie dupont fête")  # words of the title and of who deleted
    assert titles(page) == ["Fête de quartier"]
    page.search_edit.setText("nothing like this")
    assert page.stack.is_empty() and "No deleted record matches" in page.stack.empty.text()
    page.stack.empty.button.click()
    assert page.search_edit.text() == "" and len(titles(page)) == 3
    assert page.show_record("person", person)
    assert [item.id for item in page.selected_items()] == [person]
    assert page.current_record() == ("person", person)
    assert not page.show_record("organisation", organisation(services, "Vivante"))


def test_model_passes_the_model_tester(qtmodeltester: Any, services: Services, bus: Bus,
                                       page: TrashPage) -> None:
    trashed(services, bus, "organisation", organisation(services, "A"))
    trashed(services, bus, "organisation", organisation(services, "B"))
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_restore_with_enter_then_undo(qtbot: Any, services: Services, bus: Bus,
                                      page: TrashPage, recorder: Recorder) -> None:
    org = trashed(services, bus, "organisation", organisation(services, "Les Jardins du Pont"))
    assert page.show_record("organisation", org)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert not services.organisations.get(org).audit.in_trash
    assert page.stack.is_empty()
    assert recorder.statuses[-1] == "“Les Jardins du Pont” was restored."
    text, undo = recorder.undoables[-1]
    assert text == "Restore “Les Jardins du Pont”"
    bus.publish(undo())
    assert services.organisations.get(org).audit.in_trash
    assert titles(page) == ["Les Jardins du Pont"]


def test_a_refused_restore_shows_the_service_message(services: Services, bus: Bus,
                                                     page: TrashPage,
                                                     recorder: Recorder) -> None:
    org = organisation(services, "Les Jardins du Pont")
    project = services.projects.create(ProjectFields(title="Fête")).id
    fields = ProjectPartnerFields(project_id=project, organisation_id=org)
    first = services.partners.create(fields).id
    trashed(services, bus, "project_partner", first)
    services.partners.create(fields)  # the organisation is a partner again
    bus.publish(Changes.of("project_partner"))
    assert page.show_record("project_partner", first)
    page.restore_button.click()
    assert page.messages.text() == "Les Jardins du Pont is already a partner of this project."
    assert recorder.statuses[-1] == page.messages.text()
    assert recorder.undoables == []
    assert services.partners.get(first).audit.in_trash


def test_delete_for_good_asks_first(qtbot: Any, services: Services, bus: Bus,
                                    page: TrashPage, confirm: Confirm,
                                    recorder: Recorder) -> None:
    meeting = services.meetings.create(valid_fields("meeting")).id
    services.agenda.create(AgendaItemFields(meeting_id=meeting, title="Budget"))
    trashed(services, bus, "meeting", meeting)
    assert page.show_record("meeting", meeting)
    confirm.answer = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert confirm.asked == [(
        "Delete “Comité de pilotage” for good?",
        "1 record(s) that belong to it (agenda items, scores, partners…) go with it. "
        "This cannot be undone.")]
    assert [item.id for item in services.trash()] == [meeting]

    confirm.answer = True
    page.purge_button.click()
    assert services.trash() == [] and services.agenda.list() == []
    assert page.stack.is_empty()
    assert recorder.statuses[-1] == "“Comité de pilotage” was deleted for good."
    assert recorder.changes[-1] == Changes.of("meeting", meeting)
    assert recorder.undoables == []  # nothing to undo: it is gone


def test_a_refused_purge_shows_the_service_message(services: Services, bus: Bus,
                                                   page: TrashPage, confirm: Confirm) -> None:
    org = organisation(services, "Les Jardins du Pont")
    services.people.create(PersonFields(first_name="Ali", last_name="Benali",
                                        organisation_id=org))
    trashed(services, bus, "organisation", org)
    assert page.show_record("organisation", org)
    page.purge_selected()
    assert confirm.asked[0][1].startswith("This cannot be undone")
    assert page.messages.text() == (
        "“Les Jardins du Pont” cannot be deleted for good: “Ali Benali” still refers to it. "
        "Delete that record for good first, or keep this one in the trash.")
    assert [item.id for item in services.trash()] == [org]


def test_several_at_once_in_an_order_that_works(qtbot: Any, services: Services, bus: Bus,
                                                page: TrashPage, confirm: Confirm,
                                                recorder: Recorder) -> None:
    org = organisation(services, "Les Jardins du Pont")
    person = services.people.create(PersonFields(first_name="Ali", organisation_id=org)).id
    kept = organisation(services, "Gardée")
    trashed(services, bus, "person", person)
    trashed(services, bus, "organisation", org)
    trashed(services, bus, "organisation", kept)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("organisation"))
    page.table.selectAll()
    assert len(page.selected_items()) == 2
    page.clear_filters()
    page.table.selectAll()
    # The organisation is tried first (newest), refused, then purged after its contact.
    page.purge_selected()
    assert confirm.asked[-1][0] == "Delete 3 records for good?"
    assert services.trash() == []
    assert recorder.statuses[-1] == "3 records were deleted for good."
    assert not page.messages.isVisible()


def test_restoring_several_is_one_undo(services: Services, bus: Bus, page: TrashPage,
                                       recorder: Recorder) -> None:
    first = trashed(services, bus, "organisation", organisation(services, "A"))
    second = trashed(services, bus, "organisation", organisation(services, "B"))
    page.table.selectAll()
    page.restore_selected()
    assert services.trash() == []
    assert recorder.statuses[-1] == "2 records were restored."
    text, undo = recorder.undoables[-1]
    assert text == "Restore 2 records"
    undo()
    assert {item.id for item in services.trash()} == {first, second}


def test_screenshot_state_asks_about_the_newest(services: Services, bus: Bus,
                                                page: TrashPage, confirm: Confirm) -> None:
    trashed(services, bus, "organisation", organisation(services, "Ancienne"))
    trashed(services, bus, "organisation", organisation(services, "Récente"))
    page.search_edit.setText("zzz")
    confirm.answer = False
    [(name, enter)] = page.extra_screenshots()
    enter()
    assert name == "confirm"
    assert confirm.asked[0][0] == "Delete “Récente” for good?"
    assert len(services.trash()) == 2
