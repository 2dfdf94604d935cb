"""The directory page (Annuaire): lists, forms, trash and undo, on a real workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import LegalBasis, OrgKind, PartnerRole, ProjectStatus
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.directory import DirectoryPage
from coopdesk.ui.pages.directory.organisation_dialog import OrganisationDialog
from coopdesk.ui.pages.directory.person_dialog import PersonDialog
from coopdesk.ui.pages.directory.tab import RecordTab

Fill = Callable[[Any], None]

# The offscreen platform warns when a top-level window is shown; nothing to fix in the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Recorder:
    """Everything the page sends on the bus besides `changed`."""

    def __init__(self, bus: Bus) -> None:
        self.statuses: list[str] = []
        self.undoables: list[tuple[str, Callable[[], Changes]]] = []
        bus.status.connect(self.statuses.append)
        bus.undoable.connect(lambda text, undo: self.undoables.append((text, undo)))


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def recorder(bus: Bus) -> Recorder:
    return Recorder(bus)


@pytest.fixture
def page(qtbot: Any, services: Services, bus: Bus) -> DirectoryPage:
    widget = DirectoryPage(services, bus)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def drive_dialog(monkeypatch: pytest.MonkeyPatch, dialog_cls: type[QDialog],
                 *attempts: Fill) -> list[QDialog]:
    """Replace `ask` by a user: the real dialog, filled then saved, as often as it stays open.

    Each attempt fills the same dialog (like a user correcting what was refused) and clicks
    Save; when every attempt was refused the user cancels.
    """
    opened: list[QDialog] = []

    def ask(cls: type[Any], *args: Any) -> Changes | None:
        dialog = cls(*args)
        opened.append(dialog)
        for attempt in attempts:
            attempt(dialog)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            if dialog.result() == QDialog.DialogCode.Accepted:
                changes: Changes | None = dialog.changes
                return changes
        dialog.reject()
        return None

    monkeypatch.setattr(dialog_cls, "ask", classmethod(ask))
    return opened


def names(tab: RecordTab, column: int = 0) -> list[str]:
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def add_org(services: Services, name: str, **values: Any) -> str:
    return services.organisations.create(OrganisationFields(name=name, **values)).id


def add_person(services: Services, first: str, last: str = "", **values: Any) -> str:
    return services.people.create(PersonFields(first_name=first, last_name=last,
                                               **values)).id


# -- empty states ----------------------------------------------------------------------------
def test_empty_lists_say_what_to_do_next(page: DirectoryPage) -> None:
    for tab, words in ((page.organisations, "New organisation"),
                       (page.people, "New contact")):
        assert tab.stack.currentWidget() is tab.empty_state
        assert words in tab.empty_label.text() and "Ctrl+N" in tab.empty_label.text()
        assert not tab.empty_button.isHidden()
        assert tab.empty_button.text() == words
    assert page.title() == "Directory" and page.page_id == "directory"


def test_a_filter_without_match_offers_to_clear_it(page: DirectoryPage,
                                                   services: Services) -> None:
    page.bus.publish(services.organisations.create(OrganisationFields(name="Les Jardins")))
    tab = page.organisations
    tab.filter_edit.setText("zzz")
    assert tab.stack.currentWidget() is tab.empty_state
    assert "No organisation matches" in tab.empty_label.text()
    assert tab.empty_button.isHidden()
    tab.empty_label.linkActivated.emit("#clear")
    assert tab.filter_edit.text() == "" and names(tab) == ["Les Jardins"]
    assert tab.stack.currentWidget() is tab.view


@pytest.mark.parametrize(("typed", "expected"), [
    ("coeur", ["Le Cœur du quartier"]),
    ("CŒUR", ["Le Cœur du quartier"]),
    ("l'ecole", ["L’École des parents"]),
    ("L’ÉCOLE", ["L’École des parents"]),
    ("ecole", ["Ecole ouverte", "L’École des parents"]),
    ("ÉCOL", ["Ecole ouverte", "L’École des parents"]),
])
def test_the_list_filter_reads_as_a_french_reader(page: DirectoryPage, services: Services,
                                                  typed: str, expected: list[str]) -> None:
    for name in ("Le Cœur du quartier", "L’École des parents", "Ecole ouverte", "Les Jardins"):
        page.bus.publish(services.organisations.create(OrganisationFields(name=name)))
    tab = page.organisations
    tab.filter_edit.setText(typed)
    assert sorted(names(tab)) == expected


# -- creating through the dialogs -----------------------------------------------------------
def test_create_organisation_through_its_dialog(page: DirectoryPage, services: Services,
                                                recorder: Recorder, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: OrganisationDialog) -> None:
        dialog.name.setText("Les Jardins du Pont")
        dialog.kind.set_value(OrgKind.COLLECTIVE)
        dialog.city.setText("Lyon")
        dialog.email.setText("contact@jardins.org")
        dialog.strengths.setPlainText("Un local, des outils")

    drive_dialog(monkeypatch, OrganisationDialog, fill)
    with qtbot.waitSignal(page.bus.changed):
        page.organisations.new_action.trigger()

    [org] = services.organisations.list()
    assert (org.name, org.kind, org.city, org.strengths) == (
        "Les Jardins du Pont", OrgKind.COLLECTIVE, "Lyon", "Un local, des outils")
    tab = page.organisations
    assert names(tab) == ["Les Jardins du Pont"]
    assert tab.selected_id() == org.id
    assert tab.stack.currentWidget() is tab.view
    assert "Un local, des outils" in tab.organisation_detail.toPlainText()
    assert recorder.statuses == ["“Les Jardins du Pont” saved."]
    # Creating is undoable: the undo moves the new record to the trash.
    description, undo = recorder.undoables[-1]
    assert "Les Jardins du Pont" in description
    page.bus.publish(undo())
    assert services.organisations.list() == [] and names(tab) == []


def test_empty_name_shows_the_error_next_to_the_field_and_keeps_the_text(
        qtbot: Any, services: Services) -> None:
    dialog = OrganisationDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.acronym.setText("JDP")
    dialog.city.setText("Lyon")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    error = dialog.error_label("name")
    assert error.isVisible() and error.text() == "This field cannot be empty."
    assert dialog.acronym.text() == "JDP" and dialog.city.text() == "Lyon"
    assert services.organisations.list() == []

    dialog.name.setText("Jardins du Pont")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [o.acronym for o in services.organisations.list()] == ["JDP"]


def test_bad_email_is_shown_next_to_the_email_field(qtbot: Any, services: Services) -> None:
    dialog = OrganisationDialog(services)
    qtbot.addWidget(dialog)
    dialog.name.setText("Collectif")
    dialog.email.setText("not-an-address")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.error_label("email").isHidden()
    assert dialog.error_label("name").isHidden()
    assert "does not look like an email" in dialog.error_label("email").text()


def test_organisation_form_tab_order_and_buddies(qtbot: Any, services: Services) -> None:
    dialog = OrganisationDialog(services)
    qtbot.addWidget(dialog)
    expected = ["name", "kind", "acronym", "address", "postcode", "city", "email", "phone",
                "website", "description", "strengths"]
    # Walking the focus chain from the first field: every field in form order, then the
    # buttons, then back to the first field.
    chain: list[QWidget] = []
    widget: QWidget | None = dialog.field_widget("name")
    while widget is not None and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    focusable = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    buttons = [dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
               dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
    assert focusable == [dialog.field_widget(name) for name in expected] + buttons
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.field_widget("name"))
    for name in expected:
        holder = dialog.field_widget(name).parentWidget()
        assert holder is not None
        label = dialog.form.labelForField(holder)
        assert isinstance(label, QLabel) and label.buddy() is dialog.field_widget(name)


def test_create_person_through_its_dialog(page: DirectoryPage, services: Services,
                                          qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    org_id = add_org(services, "Centre social")
    page.refresh()

    def fill_without_consent_date(dialog: PersonDialog) -> None:
        dialog.first_name.setText("Amina")
        dialog.last_name.setText("Benali")
        dialog.organisation.set_value(org_id)
        dialog.role.setText("Coordinatrice")
        dialog.legal_basis.set_value(LegalBasis.CONSENT)

    def add_the_date(dialog: PersonDialog) -> None:
        # Consent needs its date: the error sits next to that field, nothing was saved,
        # and what was typed is still there.
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert not dialog.error_label("consent_on").isHidden()
        assert dialog.first_name.text() == "Amina"
        assert services.people.list() == []
        dialog.consent_on.setText("12/03/2025")

    opened = drive_dialog(monkeypatch, PersonDialog, fill_without_consent_date, add_the_date)
    page.tabs.setCurrentWidget(page.people)
    with qtbot.waitSignal(page.bus.changed):
        page.people.new_action.trigger()
    assert len(opened) == 1
    [person] = services.people.list()
    assert (person.full_name, person.organisation_id, person.consent_on) == (
        "Amina Benali", org_id, dt.date(2025, 3, 12))
    assert names(page.people) == ["Amina Benali"]
    assert names(page.people, 1) == ["Centre social"]
    assert names(page.people, 5) == ["Consent"]
    # The organisation list counts its new contact.
    assert names(page.organisations, 3) == ["1"]


def test_bad_consent_date_is_reported_on_that_field(qtbot: Any, services: Services) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Paul")
    dialog.consent_on.setText("31/02/2025")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "is not a valid date" in dialog.error_label("consent_on").text()
    assert dialog.consent_on.text() == "31/02/2025"


def test_new_contact_from_an_organisation_detail_is_attached_to_it(
        page: DirectoryPage, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    org_id = add_org(services, "Union sportive")
    page.refresh()
    assert page.show_record("organisation", org_id)
    seen: list[str | None] = []

    def fill(dialog: PersonDialog) -> None:
        seen.append(dialog.organisation.value())
        dialog.first_name.setText("Karim")

    drive_dialog(monkeypatch, PersonDialog, fill)
    page.organisations.organisation_detail.anchorClicked.emit(
        QUrl(f"new-person:{org_id}"))
    assert seen == [org_id]
    assert page.tabs.currentWidget() is page.people
    [person] = services.people.list()
    assert person.organisation_id == org_id and page.people.selected_id() == person.id


# -- editing ---------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["enter", "f2", "double_click", "button"])
def test_edit_opens_the_form_with_the_record(page: DirectoryPage, services: Services,
                                             qtbot: Any, recorder: Recorder,
                                             monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    org_id = add_org(services, "Jardins", city="Lyon")
    page.refresh()
    tab = page.organisations
    assert tab.select(org_id)

    def fill(dialog: OrganisationDialog) -> None:
        assert dialog.name.text() == "Jardins" and dialog.city.text() == "Lyon"
        dialog.name.setText("Jardins du Pont")

    opened = drive_dialog(monkeypatch, OrganisationDialog, fill)
    if how == "enter":
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    elif how == "f2":
        qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    elif how == "double_click":
        tab.view.doubleClicked.emit(tab.view.currentIndex())
    else:
        tab.edit_action.trigger()
    assert len(opened) == 1
    assert services.organisations.get(org_id).name == "Jardins du Pont"
    assert names(tab) == ["Jardins du Pont"] and tab.selected_id() == org_id
    # Undo puts the old values back.
    _description, undo = recorder.undoables[-1]
    page.bus.publish(undo())
    assert names(tab) == ["Jardins"]


def test_cancelled_edit_changes_nothing(page: DirectoryPage, services: Services,
                                        recorder: Recorder,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    person_id = add_person(services, "Lucie", "Ferrand")
    page.refresh()
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, *args: None))
    assert page.show_record("person", person_id)
    page.people.edit_action.trigger()
    assert recorder.undoables == [] and names(page.people) == ["Lucie Ferrand"]


# -- trash and undo --------------------------------------------------------------------------
def test_delete_with_del_then_restore_from_the_trash(page: DirectoryPage, services: Services,
                                                     qtbot: Any, recorder: Recorder) -> None:
    keep = add_org(services, "Alpha")
    gone = add_org(services, "Beta")
    page.refresh()
    tab = page.organisations
    assert tab.select(gone)
    with qtbot.waitSignal(page.bus.changed):
        qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert names(tab) == ["Alpha"]
    assert tab.selected_id() == keep  # the selection moves to a neighbour
    assert recorder.statuses[-1] == "“Beta” moved to the trash."
    assert recorder.undoables[-1][0] == "Delete “Beta”"

    assert not tab.restore_action.isVisible()
    tab.trash_toggle.setChecked(True)
    assert names(tab) == ["Alpha", "Beta"]
    row = tab.model.row_of_id(gone)
    index = tab.model.index(row, 0)
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Restore" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.model.index(tab.model.row_of_id(keep), 0).data(Qt.ItemDataRole.FontRole) is None

    assert tab.select(gone)
    assert tab.restore_action.isEnabled() and not tab.delete_action.isEnabled()
    assert not tab.edit_action.isEnabled()
    assert "In the trash since" in tab.organisation_detail.toPlainText()
    tab.restore_action.trigger()
    assert [o.name for o in services.organisations.list()] == ["Alpha", "Beta"]
    assert recorder.statuses[-1] == "“Beta” restored from the trash."
    assert tab.selected_id() == gone and not tab.selected_in_trash()
    assert tab.delete_action.isEnabled() and not tab.restore_action.isEnabled()
    # Restoring is undoable too: the undo puts it back in the trash.
    description, undo = recorder.undoables[-1]
    assert description == "Restore “Beta”"
    page.bus.publish(undo())
    assert tab.selected_id() == gone and tab.selected_in_trash()


def test_undo_callable_brings_a_deleted_contact_back(page: DirectoryPage, services: Services,
                                                     recorder: Recorder) -> None:
    person_id = add_person(services, "Paul", "Martin")
    page.refresh()
    assert page.show_record("person", person_id)
    page.people.delete_action.trigger()
    assert services.people.list() == [] and names(page.people) == []
    assert page.people.stack.currentWidget() is page.people.empty_state
    description, undo = recorder.undoables[-1]
    assert description == "Delete “Paul Martin”"
    page.bus.publish(undo())
    assert names(page.people) == ["Paul Martin"]


def test_show_record_reveals_a_record_in_the_trash(page: DirectoryPage,
                                                   services: Services) -> None:
    org_id = add_org(services, "Gamma")
    services.organisations.delete(org_id)
    page.refresh()
    assert names(page.organisations) == []
    assert page.show_record("organisation", org_id)
    assert page.organisations.trash_toggle.isChecked()
    assert page.organisations.selected_in_trash()


# -- filters and sorting ---------------------------------------------------------------------
def test_filter_by_text_and_by_kind(page: DirectoryPage, services: Services) -> None:
    add_org(services, "Jardins du Pont", city="Lyon")
    add_org(services, "Fondation Solidaire", kind=OrgKind.FUNDER, city="Paris")
    add_org(services, "Mairie de Lyon", kind=OrgKind.PUBLIC_BODY, city="Lyon")
    page.refresh()
    tab = page.organisations
    tab.filter_edit.setText("lyon")
    assert names(tab) == ["Jardins du Pont", "Mairie de Lyon"]
    tab.filter_edit.clear()
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(OrgKind.FUNDER))
    assert names(tab) == ["Fondation Solidaire"]
    tab.filter_edit.setText("lyon")
    assert names(tab) == [] and tab.stack.currentWidget() is tab.empty_state
    tab.clear_filters()
    assert len(names(tab)) == 3


def test_filter_contacts_by_organisation(page: DirectoryPage, services: Services) -> None:
    jardins = add_org(services, "Jardins")
    add_person(services, "Amina", "Benali", organisation_id=jardins)
    add_person(services, "Lucie", "Ferrand")
    page.refresh()
    tab = page.people
    assert names(tab) == ["Amina Benali", "Lucie Ferrand"]
    tab.set_organisation_filter(jardins)
    assert names(tab) == ["Amina Benali"]
    tab.set_organisation_filter("")
    assert names(tab) == ["Lucie Ferrand"]
    # A new organisation appears in the filter without losing the current choice.
    page.bus.publish(services.organisations.create(OrganisationFields(name="Zèbre")))
    assert tab.filter_combo.findText("Zèbre") > 0 and names(tab) == ["Lucie Ferrand"]


def test_sort_by_clicking_columns(page: DirectoryPage, services: Services) -> None:
    small = add_org(services, "Alpha")
    busy = add_org(services, "beta")
    add_org(services, "Gamma")
    for first in ("Ana", "Bea"):
        add_person(services, first, organisation_id=busy)
    add_person(services, "Cyd", organisation_id=small)
    page.refresh()
    tab = page.organisations
    assert names(tab) == ["Alpha", "beta", "Gamma"]  # case-insensitive
    tab.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert names(tab, 3) == ["2", "1", "0"]
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(tab) == ["Gamma", "beta", "Alpha"]
    people = page.people
    people.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(people) == ["Cyd", "Bea", "Ana"]


# -- navigation and detail ------------------------------------------------------------------
def test_detail_shows_contacts_and_projects_with_roles(page: DirectoryPage,
                                                       services: Services) -> None:
    org_id = add_org(services, "Jardins du Pont", acronym="JDP", city="Lyon")
    person_id = add_person(services, "Amina", "Benali", organisation_id=org_id,
                           role="Coordinatrice")
    project = services.projects.create(ProjectFields(title="Fête des jardins",
                                                     status=ProjectStatus.ACTIVE)).id
    services.partners.create(ProjectPartnerFields(project_id=project, organisation_id=org_id,
                                                  role=PartnerRole.LEAD))
    page.refresh()
    page.extra_screenshots()[0][1]()
    detail = page.organisations.organisation_detail.toPlainText()
    assert page.organisations.selected_id() == org_id
    for expected in ("Jardins du Pont", "(JDP)", "Contacts (1)", "Amina Benali",
                     "Coordinatrice", "Projects (1)", "Fête des jardins", "Lead partner",
                     "Under way", "Added by Marie Dupont"):
        assert expected in detail

    # Following a contact's link switches to that contact; its organisation link comes back.
    opened: list[tuple[str, str]] = []
    page.bus.open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    page.organisations.organisation_detail.anchorClicked.emit(QUrl(f"person:{person_id}"))
    assert page.tabs.currentWidget() is page.people
    assert page.people.selected_id() == person_id
    person_text = page.people.person_detail.toPlainText()
    assert "Coordinatrice at Jardins du Pont" in person_text
    assert "No legal basis recorded" in person_text
    page.people.person_detail.anchorClicked.emit(QUrl(f"organisation:{org_id}"))
    assert page.tabs.currentWidget() is page.organisations
    # Projects belong to another page: the window is asked to open them.
    page.organisations.organisation_detail.anchorClicked.emit(QUrl(f"project:{project}"))
    assert opened == [("project", project)]


def test_show_record_switches_tab_and_selects(page: DirectoryPage, services: Services) -> None:
    org_id = add_org(services, "Jardins")
    person_id = add_person(services, "Amina", organisation_id=org_id,
                           legal_basis=LegalBasis.CONSENT, consent_on=dt.date(2025, 1, 5))
    page.refresh()
    page.organisations.filter_edit.setText("nothing like it")
    assert page.show_record("person", person_id)
    assert page.tabs.currentWidget() is page.people
    assert "Consent" in page.people.person_detail.toPlainText()
    assert page.show_record("organisation", org_id)
    assert page.tabs.currentWidget() is page.organisations
    assert page.organisations.selected_id() == org_id
    assert page.organisations.filter_edit.text() == ""
    assert not page.show_record("project", org_id)
    assert not page.show_record("person", "0190f0f0-0000-7000-8000-000000000000")
    assert not page.people.trash_toggle.isChecked()


def test_ctrl_n_adds_to_the_current_tab(page: DirectoryPage, services: Services, qtbot: Any,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    drive_dialog(monkeypatch, PersonDialog, lambda d: d.first_name.setText("Léa"))
    page.tabs.setCurrentWidget(page.people)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.people.filter_edit.setFocus()
    qtbot.waitUntil(page.people.filter_edit.hasFocus)
    qtbot.keyClick(page.people.filter_edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    assert [p.first_name for p in services.people.list()] == ["Léa"]
    assert page.focus_search() and page.people.filter_edit.hasFocus()


def test_ctrl_n_in_the_page_wins_over_a_window_wide_ctrl_n(
        qtbot: Any, services: Services, bus: Bus, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window_new: list[bool] = []
    action = QAction("New workspace", window)
    action.setShortcut(QKeySequence("Ctrl+N"))
    action.triggered.connect(lambda: window_new.append(True))
    window.addAction(action)
    central = QWidget(window)
    outside = QLineEdit(central)
    page = DirectoryPage(services, bus, central)
    layout = QVBoxLayout(central)
    layout.addWidget(outside)
    layout.addWidget(page)
    window.setCentralWidget(central)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    drive_dialog(monkeypatch, OrganisationDialog, lambda d: d.name.setText("Jardins"))

    page.organisations.filter_edit.setFocus()
    qtbot.waitUntil(page.organisations.filter_edit.hasFocus)
    qtbot.keyClick(page.organisations.filter_edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    assert [o.name for o in services.organisations.list()] == ["Jardins"]
    assert window_new == []
    outside.setFocus()
    qtbot.waitUntil(outside.hasFocus)
    qtbot.keyClick(outside, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window_new == [True]


def test_page_refreshes_from_changes_made_elsewhere(page: DirectoryPage,
                                                    services: Services) -> None:
    page.bus.publish(services.organisations.create(OrganisationFields(name="Ailleurs")))
    assert names(page.organisations) == ["Ailleurs"]
    # A change of a kind the page does not show leaves it alone.
    add_org(services, "Silencieux")
    page.bus.publish(Changes.of("meeting"))
    assert names(page.organisations) == ["Ailleurs"]


# -- item models -----------------------------------------------------------------------------
def test_models_pass_the_model_tester(page: DirectoryPage, services: Services,
                                      qtmodeltester: Any) -> None:
    org_id = add_org(services, "Jardins", city="Lyon")
    add_person(services, "Amina", organisation_id=org_id)
    gone = add_person(services, "Paul")
    services.people.delete(gone)
    page.refresh()
    page.people.trash_toggle.setChecked(True)
    for tab in (page.organisations, page.people):
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)
    assert page.organisations.model.index(0, 0).parent() == QModelIndex()
