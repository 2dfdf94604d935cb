"""The Projects page: list, filters, forms, a project's page, trash and undo, on a real
workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMainWindow, QPlainTextEdit

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import PartnerRole, ProjectMode, ProjectStatus
from coopdesk.domain.projects import (
    CharterAcceptanceFields,
    CharterFields,
    CharterVersionFields,
    IndicatorFields,
    ObjectiveFields,
    ProjectFields,
    ProjectPartnerFields,
    ReportingDeadlineFields,
)
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.formatting import money_text
from coopdesk.ui.pages.projects import ProjectsPage
from coopdesk.ui.pages.projects.charter_dialogs import (
    AcceptanceDialog,
    CharterDialog,
    CharterVersionDialog,
)
from coopdesk.ui.pages.projects.objective_dialogs import IndicatorDialog, ObjectiveDialog
from coopdesk.ui.pages.projects.part_dialogs import DeadlineDialog, PartnerDialog
from coopdesk.ui.pages.projects.project_dialog import ProjectDialog
from coopdesk.ui.widgets.form import text_of
from coopdesk.ui.widgets.record_dialog import RecordDialog

Fill = Callable[[Any], None]

# The offscreen platform cannot pass a shown window's size hints on; it says so at each show.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Recorder:
    """What the page says on the bus besides `changed`."""

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
def page(qtbot: Any, services: Services, bus: Bus) -> ProjectsPage:
    widget = ProjectsPage(services, bus)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
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


def organisation(services: Services, name: str) -> str:
    return services.organisations.create(OrganisationFields(name=name)).id


def project(services: Services, title: str, **fields: Any) -> str:
    return services.projects.create(ProjectFields(title=title, **fields)).id


def texts(page: ProjectsPage) -> list[str]:
    return [row.project.title for row in page.list_view.model.rows()]


# -- list and project form -------------------------------------------------------------
def test_empty_list_says_what_to_do(page: ProjectsPage) -> None:
    assert page.title() == "Projects"
    assert page.list_view.stack.is_empty()
    assert "No shared project yet" in page.list_view.stack.empty.text()
    assert page.list_view.stack.empty.button.text() == "New project"


def test_create_consortium_project_with_end_before_start_error(
        qtbot: Any, services: Services, page: ProjectsPage,
        monkeypatch: pytest.MonkeyPatch) -> None:
    lead = organisation(services, "Centre social Les Tilleuls")

    def fill(dialog: ProjectDialog) -> None:
        assert not dialog.lead_combo.isVisibleTo(dialog)
        type_text(dialog.title_edit, "Parentalité aux Tilleuls")
        dialog.mode_combo.set_value(ProjectMode.CONSORTIUM)
        assert dialog.lead_combo.isVisibleTo(dialog)
        assert dialog.agreement_edit.isVisibleTo(dialog)
        dialog.lead_combo.set_value(lead)
        type_text(dialog.agreement_edit, "CAF 2025-0142")
        dialog.start_edit.setText("01/09/2026")
        dialog.end_edit.setText("30/06/2026")
        dialog.budget_edit.setText("48 000,50")
        type_text(dialog.qpv_name_edit, "Les Tilleuls")
        type_text(dialog.qpv_code_edit, "QN06977M")
        dialog.quorum_edit.setText("4")
        click_save(dialog)
        # Refused: the error sits under the end date, and what was typed is kept.
        assert dialog.result() != RecordDialog.DialogCode.Accepted
        error = dialog.error_label("end_on")
        assert error.isVisibleTo(dialog)
        assert "comes before the start" in error.text()
        assert not dialog.error_label("start_on").isVisibleTo(dialog)
        assert text_of(dialog.title_edit) == "Parentalité aux Tilleuls"
        dialog.end_edit.setText("30/06/2027")

    drive(monkeypatch, ProjectDialog, fill)
    page.list_view.create_record()

    [row] = services.projects.rows()
    saved = row.project
    assert saved.mode is ProjectMode.CONSORTIUM
    assert saved.lead_organisation_id == lead
    assert saved.funder_agreement_ref == "CAF 2025-0142"
    assert (saved.start_on, saved.end_on) == (dt.date(2026, 9, 1), dt.date(2027, 6, 30))
    assert saved.budget_cents == 4_800_050
    assert saved.quorum == 4
    # The new project's page opens, with its consortium block.
    assert page.showing_detail()
    view = page.detail_view
    assert view.title_label.text() == "Parentalité aux Tilleuls"
    assert "Consortium" in view.kind_label.text()
    assert "Les Tilleuls (QN06977M)" in view.territory.texts()
    assert view.overview.consortium_box.isVisibleTo(view)
    facts = view.overview.consortium_facts.texts()
    assert "Centre social Les Tilleuls" in facts and "CAF 2025-0142" in facts
    # The lead is not a partner yet: the page offers to add it.
    assert view.overview.add_lead_button.isVisibleTo(view)
    assert page.list_view.model.rowCount() == 1


def test_cooperation_mode_clears_consortium_fields(services: Services, qtbot: Any) -> None:
    lead = organisation(services, "Centre social")
    project_id = project(services, "Jardin", mode=ProjectMode.CONSORTIUM,
                         lead_organisation_id=lead, funder_agreement_ref="REF")
    dialog = ProjectDialog(services, services.projects.get(project_id))
    qtbot.addWidget(dialog)
    assert dialog.lead_combo.value() == lead
    dialog.mode_combo.set_value(ProjectMode.COOPERATION)
    assert not dialog.lead_combo.isVisibleTo(dialog)
    click_save(dialog)
    saved = services.projects.get(project_id)
    assert saved.lead_organisation_id is None and saved.funder_agreement_ref == ""


def test_empty_title_and_bad_amount_errors_stay_next_to_their_field(
        services: Services, qtbot: Any) -> None:
    dialog = ProjectDialog(services)
    qtbot.addWidget(dialog)
    click_save(dialog)
    assert dialog.error_label("title").isVisibleTo(dialog)
    type_text(dialog.title_edit, "Fête de quartier")
    dialog.budget_edit.setText("beaucoup")
    click_save(dialog)
    assert not dialog.error_label("title").isVisibleTo(dialog)
    assert dialog.error_label("budget_cents").isVisibleTo(dialog)
    assert services.projects.list() == []


def test_filters_by_status_mode_partner_and_text(services: Services,
                                                 page: ProjectsPage) -> None:
    garden = project(services, "Jardin partagé", status=ProjectStatus.ACTIVE,
                     qpv_name="Les Minguettes")
    project(services, "Fête de quartier", status=ProjectStatus.IDEA)
    project(services, "Parentalité", mode=ProjectMode.CONSORTIUM,
            status=ProjectStatus.ACTIVE)
    club = organisation(services, "Club de foot")
    services.partners.create(ProjectPartnerFields(project_id=garden, organisation_id=club))
    page.refresh()
    view = page.list_view
    assert texts(page) == ["Fête de quartier", "Jardin partagé", "Parentalité"]

    view.status_filter.setCurrentIndex(view.status_filter.findData(ProjectStatus.ACTIVE))
    assert texts(page) == ["Jardin partagé", "Parentalité"]
    view.mode_filter.setCurrentIndex(view.mode_filter.findData(ProjectMode.CONSORTIUM))
    assert texts(page) == ["Parentalité"]
    view.mode_filter.setCurrentIndex(0)
    view.partner_filter.setCurrentIndex(view.partner_filter.findData(club))
    assert texts(page) == ["Jardin partagé"]
    assert page.list_view.model.rows()[0].partner_count == 1
    view.search_edit.setText("fête")
    assert texts(page) == []
    assert "No project matches" in view.stack.empty.text()
    view.stack.empty.button.click()  # "Clear the filters"
    assert len(texts(page)) == 3
    view.search_edit.setText("minguettes")  # the neighbourhood is searched too
    assert texts(page) == ["Jardin partagé"]
    assert page.focus_search() and view.search_edit.hasFocus()


def test_list_sorts_by_status_order_and_dates(services: Services, page: ProjectsPage) -> None:
    project(services, "B", status=ProjectStatus.COMPLETED, start_on=dt.date(2025, 1, 1))
    project(services, "A", status=ProjectStatus.IDEA)
    project(services, "C", status=ProjectStatus.ACTIVE, start_on=dt.date(2024, 1, 1))
    page.refresh()
    table, proxy = page.list_view.table, page.list_view.proxy
    table.sortByColumn(3, table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["A", "C", "B"]
    table.sortByColumn(4, table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C", "B", "A"]


def test_delete_undo_and_restore_from_trash(services: Services, page: ProjectsPage,
                                            bus: Bus, recorder: Recorder) -> None:
    project_id = project(services, "Jardin partagé")
    page.refresh()
    view = page.list_view
    assert view.select(project_id)
    view.delete_selected()
    assert texts(page) == []
    assert services.projects.get(project_id).audit.in_trash
    assert recorder.statuses[-1] == "“Jardin partagé” was moved to the trash."
    text, undo = recorder.undoables[-1]
    assert "Jardin partagé" in text
    bus.publish(undo())
    assert texts(page) == ["Jardin partagé"]

    view.select(project_id)
    view.delete_selected()
    view.trash_check.setChecked(True)
    assert texts(page) == ["Jardin partagé"]
    assert view.restore_button.isVisibleTo(view) and not view.delete_button.isVisibleTo(view)
    view.select(project_id)
    view.restore_selected()
    assert texts(page) == []
    assert "The trash holds no project" in view.stack.empty.text()
    view.trash_check.setChecked(False)
    assert texts(page) == ["Jardin partagé"]


def test_delete_from_project_page_goes_back_to_list(services: Services,
                                                    page: ProjectsPage) -> None:
    project_id = project(services, "Jardin partagé")
    assert page.show_record("project", project_id)
    page.detail_view.delete_record()
    assert not page.showing_detail()
    assert texts(page) == []
    # A project in the trash still opens, with a banner to restore it.
    assert page.show_record("project", project_id)
    assert page.detail_view.banner.isVisibleTo(page)
    assert not page.detail_view.edit_button.isEnabled()
    page.detail_view.restore_record()
    assert not page.detail_view.banner.isVisibleTo(page)
    page.detail_view.back_button.click()
    assert texts(page) == ["Jardin partagé"]
    assert page.list_view.selected_id() == project_id


# -- the project's page ----------------------------------------------------------------
def test_empty_project_page_says_what_to_do(services: Services, page: ProjectsPage) -> None:
    assert page.show_record("project", project(services, "Jardin"))
    view = page.detail_view
    assert "No partner yet" in view.partners.stack.empty.text()
    assert "No common objective yet" in view.objectives.stack.empty.text()
    assert "no charter yet" in view.charter.stack.empty.text()
    assert "No description yet" in view.overview.description_label.text()
    assert view.overview.cooperation_hint.isVisibleTo(view)
    assert not view.overview.consortium_box.isVisibleTo(view)
    assert not view.objectives.add_indicator_button.isEnabled()


def test_add_partners_and_refused_duplicate(services: Services, page: ProjectsPage,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    club = organisation(services, "Club de foot")
    project_id = project(services, "Jardin", budget_cents=1_000_000)
    page.show_record("project", project_id)
    tab = page.detail_view.partners

    def add_club(dialog: PartnerDialog) -> None:
        dialog.organisation_combo.set_value(club)
        dialog.role_combo.set_value(PartnerRole.SUPPORT)
        type_text(dialog.contribution_edit, "Le terrain et deux éducateurs")
        type_text(dialog.commitments_edit, "Ouvrir le terrain le samedi")
        dialog.budget_edit.setText("2 500")
        type_text(dialog.task_edit, "Animations sportives")

    dialogs = drive(monkeypatch, PartnerDialog, add_club, add_club)
    tab.add_button.click()
    [line] = tab.model.rows()
    assert line.organisation_name == "Club de foot"
    assert tab.model.index(0, 1).data() == "Support"
    assert tab.model.index(0, 2).data() == "Le terrain et deux éducateurs"
    assert page.detail_view.tabs.tabText(page.detail_view.PARTNERS) == "Partners (1)"
    shares, budget = money_text(250_000), money_text(1_000_000)
    assert tab.total_label.text() == f"Budget shares: {shares} of {budget}"
    assert "Ouvrir le terrain le samedi" in tab.partner_facts.texts()

    tab.add_button.click()  # the same organisation again
    refused = dialogs[-1]
    assert refused.result() != RecordDialog.DialogCode.Accepted
    assert refused.banner.isVisibleTo(refused)
    assert refused.banner.text() == "Club de foot is already a partner of this project."
    assert len(tab.model.rows()) == 1


def test_edit_and_remove_partner_with_undo(services: Services, page: ProjectsPage, bus: Bus,
                                           recorder: Recorder,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    club = organisation(services, "Club de foot")
    project_id = project(services, "Jardin")
    partner_id = services.partners.create(
        ProjectPartnerFields(project_id=project_id, organisation_id=club)).id
    assert page.show_record("project_partner", partner_id)
    view = page.detail_view
    assert view.tabs.currentIndex() == view.PARTNERS
    assert view.partners.selected_line() is not None

    def make_lead(dialog: PartnerDialog) -> None:
        assert dialog.organisation_combo.value() == club
        dialog.role_combo.set_value(PartnerRole.LEAD)

    drive(monkeypatch, PartnerDialog, make_lead)
    view.partners.edit_button.click()
    assert services.partners.get(partner_id).role is PartnerRole.LEAD
    view.partners.remove_button.click()
    assert view.partners.stack.is_empty()
    bus.publish(recorder.undoables[-1][1]())
    assert len(view.partners.model.rows()) == 1


def test_objectives_and_indicators(services: Services, page: ProjectsPage,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page.show_record("project", project(services, "Jardin"))
    tab = page.detail_view.objectives

    def objective(dialog: ObjectiveDialog) -> None:
        type_text(dialog.title_edit, "Faire venir les habitants")
        type_text(dialog.description_edit, "Surtout les familles des tours")

    def bad_then_good_indicator(dialog: IndicatorDialog) -> None:
        type_text(dialog.name_edit, "Habitants présents")
        type_text(dialog.unit_edit, "personnes")
        dialog.baseline_edit.setText("10")
        dialog.target_edit.setText("beaucoup")
        click_save(dialog)
        assert dialog.error_label("target_value").isVisibleTo(dialog)
        dialog.target_edit.setText("50")
        dialog.current_edit.setText("30,5")

    drive(monkeypatch, ObjectiveDialog, objective)
    drive(monkeypatch, IndicatorDialog, bad_then_good_indicator)
    tab.add_objective_button.click()
    assert tab.add_indicator_button.isEnabled()
    tab.add_indicator_button.click()

    model = tab.model
    top = model.index(0, 0)
    assert top.data() == "Faire venir les habitants"
    assert model.rowCount(top) == 1
    indicator = model.index(0, 0, top)
    assert indicator.data() == "Habitants présents"
    assert model.index(0, model.TARGET, top).data() == "50"
    assert model.index(0, model.UNIT, top).data() == "personnes"
    assert model.index(0, model.PROGRESS, top).data() == "51 %"
    assert model.index(0, model.PROGRESS).data() == "51 %"  # the objective's mean
    assert tab.select(model.item(indicator).id)  # type: ignore[union-attr]
    assert tab.description_label.text() == "Surtout les familles des tours"

    tab.delete_button.click()  # the selected indicator
    assert model.rowCount(model.index(0, 0)) == 0
    tab.select(model.item(model.index(0, 0)).id)  # type: ignore[union-attr]
    tab.delete_button.click()
    assert tab.stack.is_empty()


def test_charter_versions_and_acceptances(services: Services, page: ProjectsPage,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    club = organisation(services, "Club de foot")
    parents = organisation(services, "Parents d'élèves")
    nadia = services.people.create(PersonFields(first_name="Nadia", last_name="Ouhibi",
                                                organisation_id=parents)).id
    project_id = project(services, "Jardin")
    for org in (club, parents):
        services.partners.create(ProjectPartnerFields(project_id=project_id,
                                                      organisation_id=org))
    page.show_record("project", project_id)
    tab = page.detail_view.charter

    drive(monkeypatch, CharterDialog, lambda dialog: None)  # keeps the suggested title
    tab.stack.empty.button.click()  # "Create the charter"
    assert not tab.stack.is_empty()
    assert tab.charter_title.text() == "Charter of cooperation"
    assert tab.version_stack.is_empty()

    def first(dialog: CharterVersionDialog) -> None:
        assert dialog.number_spin.value() == 1
        type_text(dialog.text_edit, "Article 1 – Objet")
        dialog.adopted_edit.setText("10/04/2026")

    def second(dialog: CharterVersionDialog) -> None:
        assert dialog.number_spin.value() == 2
        assert text_of(dialog.text_edit) == "Article 1 – Objet"  # starts from v1
        type_text(dialog.text_edit, "Article 1 – Objet\nArticle 2 – Décisions")

    drive(monkeypatch, CharterVersionDialog, first, second)
    tab.new_version_button.click()
    tab.new_version_button.click()
    assert [v.number for v in tab.version_model.rows()] == [1, 2]
    assert tab.selected_version().number == 2  # type: ignore[union-attr]
    assert "Décisions" in tab.text_view.toPlainText()
    assert "No partner has accepted version 2 yet" in tab.acceptance_stack.empty.text()
    assert page.detail_view.tabs.tabText(page.detail_view.CHARTER) == "Charter (version 2)"

    def accept(dialog: AcceptanceDialog) -> None:
        assert [dialog.organisation_combo.itemText(i)
                for i in range(dialog.organisation_combo.count())] == \
            ["Club de foot", "Parents d'élèves"]
        assert dialog.organisation_combo.value() == club  # the first one still to accept
        dialog.organisation_combo.set_value(parents)
        assert dialog.person_combo.findData(nadia) > 0
        dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(nadia))
        dialog.date_edit.setText("15/10/2026")

    drive(monkeypatch, AcceptanceDialog, accept)
    tab.accept_button.click()
    [line] = tab.acceptance_model.rows()
    assert line.organisation_name == "Parents d'élèves"
    assert tab.acceptance_model.index(0, 1).data() == "Nadia Ouhibi"
    assert line.acceptance.accepted_on == dt.date(2026, 10, 15)
    assert tab.missing_label.text() == "Not accepted yet by: Club de foot"
    assert tab.version_model.index(1, 2).data() == "1"
    assert tab.select_version(tab.version_model.rows()[0].id)
    assert tab.acceptance_stack.is_empty()

    def accept_club(dialog: AcceptanceDialog) -> None:
        assert dialog.organisation_combo.value() == club
        type_text(dialog.name_edit, "Karim Benali")

    drive(monkeypatch, AcceptanceDialog, accept_club)
    tab.select_version(tab.version_model.rows()[1].id)
    tab.accept_button.click()
    assert tab.acceptance_model.rowCount() == 2
    assert not tab.missing_label.isVisibleTo(page)
    assert "Karim Benali" in [tab.acceptance_model.index(r, 1).data() for r in range(2)]


def test_acceptance_needs_an_organisation(services: Services, qtbot: Any) -> None:
    project_id = project(services, "Jardin")
    charter = services.charters.create(CharterFields(project_id=project_id, title="Charte")).id
    version = services.charter_versions.get(services.charter_versions.create(
        CharterVersionFields(charter_id=charter, number=1, text="Règles")).id)
    dialog = AcceptanceDialog(services, version, [])
    qtbot.addWidget(dialog)
    dialog.date_edit.clear()
    click_save(dialog)
    assert dialog.error_label("accepted_on").isVisibleTo(dialog)
    dialog.date_edit.setText("01/02/2026")
    click_save(dialog)
    assert dialog.error_label("organisation_id").isVisibleTo(dialog)


def test_consortium_deadlines_add_mark_done_delete(services: Services, page: ProjectsPage,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    lead = organisation(services, "Centre social")
    project_id = project(services, "Parentalité", mode=ProjectMode.CONSORTIUM,
                         lead_organisation_id=lead)
    page.show_record("project", project_id)
    tab = page.detail_view.overview
    assert "No reporting deadline yet" in tab.deadline_stack.empty.text()

    def deadline(dialog: DeadlineDialog) -> None:
        type_text(dialog.label_edit, "Bilan intermédiaire")
        click_save(dialog)
        assert dialog.error_label("due_on").isVisibleTo(dialog)
        dialog.due_edit.setText("2020-03-31")

    drive(monkeypatch, DeadlineDialog, deadline)
    tab.add_deadline_button.click()
    [saved] = tab.deadline_model.rows()
    assert tab.deadline_model.index(0, 2).data() == "Overdue"
    tab.select_deadline(saved.id)
    tab.done_button.click()
    assert services.deadlines.get(saved.id).done
    assert tab.deadline_model.index(0, 2).data() == "Done"
    assert tab.done_button.text() == "Mark as not done"

    def add_lead(dialog: PartnerDialog) -> None:
        assert dialog.organisation_combo.value() == lead
        assert PartnerRole(dialog.role_combo.value()) is PartnerRole.LEAD

    drive(monkeypatch, PartnerDialog, add_lead)
    assert tab.add_lead_button.isVisibleTo(page)
    tab.add_lead_button.click()
    assert not tab.add_lead_button.isVisibleTo(page)

    tab.select_deadline(saved.id)
    tab.delete_deadline_button.click()
    assert tab.deadline_stack.is_empty()


def test_show_record_for_parts_of_a_project(services: Services, page: ProjectsPage) -> None:
    project_id = project(services, "Jardin")
    objective = services.objectives.create(ObjectiveFields(project_id=project_id,
                                                           title="Habitants")).id
    indicator = services.indicators.create(IndicatorFields(objective_id=objective,
                                                           name="Présents")).id
    view = page.detail_view
    assert page.show_record("objective", objective)
    assert page.showing_detail() and view.tabs.currentIndex() == view.OBJECTIVES
    assert view.objectives.selected_objective_id() == objective
    assert page.show_record("indicator", indicator)
    assert view.objectives.selected_item().id == indicator  # type: ignore[union-attr]
    deadline = services.deadlines.create(ReportingDeadlineFields(
        project_id=project_id, label="Bilan", due_on=dt.date(2030, 1, 1))).id
    assert page.show_record("reporting_deadline", deadline)
    assert view.tabs.currentIndex() == view.OVERVIEW
    charter = services.charters.create(CharterFields(project_id=project_id, title="Charte")).id
    version = services.charter_versions.create(CharterVersionFields(
        charter_id=charter, number=1, text="Règles")).id
    org = organisation(services, "Club")
    acceptance = services.charter_acceptances.create(CharterAcceptanceFields(
        charter_version_id=version, organisation_id=org, accepted_on=dt.date(2026, 1, 1))).id
    assert page.show_record("charter_acceptance", acceptance)
    assert view.tabs.currentIndex() == view.CHARTER
    assert view.charter.selected_version().id == version  # type: ignore[union-attr]
    assert not page.show_record("project", "0190f0f0-0000-7000-8000-000000000000")
    assert not page.show_record("meeting", project_id)


def test_extra_screenshots_open_the_consortium_project(services: Services,
                                                       page: ProjectsPage) -> None:
    assert page.extra_screenshots() == []
    project(services, "Fête", mode=ProjectMode.COOPERATION)
    consortium = project(services, "Parentalité", mode=ProjectMode.CONSORTIUM)
    page.refresh()
    states = dict(page.extra_screenshots())
    assert set(states) == {"detail", "partners", "objectives", "charter", "form"}
    states["charter"]()
    assert page.detail_view.project_id == consortium
    assert page.detail_view.tabs.currentIndex() == page.detail_view.CHARTER


def test_every_model_passes_the_model_tester(services: Services, page: ProjectsPage,
                                             qtmodeltester: Any) -> None:
    lead = organisation(services, "Centre social")
    project_id = project(services, "Parentalité", mode=ProjectMode.CONSORTIUM,
                         lead_organisation_id=lead, start_on=dt.date(2026, 1, 1))
    project(services, "Fête")
    services.partners.create(ProjectPartnerFields(project_id=project_id, organisation_id=lead,
                                                  role=PartnerRole.LEAD, budget_share_cents=5))
    for n in range(2):
        objective = services.objectives.create(ObjectiveFields(project_id=project_id,
                                                               title=f"Objectif {n}")).id
        for m in range(n + 1):
            services.indicators.create(IndicatorFields(
                objective_id=objective, name=f"Indicateur {m}", baseline=0,
                target_value=10, current_value=m * 4))
    services.deadlines.create(ReportingDeadlineFields(project_id=project_id, label="Bilan",
                                                      due_on=dt.date(2026, 6, 30)))
    charter = services.charters.create(CharterFields(project_id=project_id, title="Charte")).id
    version = services.charter_versions.create(CharterVersionFields(
        charter_id=charter, number=1, text="Règles")).id
    services.charter_acceptances.create(CharterAcceptanceFields(
        charter_version_id=version, organisation_id=lead, accepted_on=dt.date(2026, 2, 1),
        accepted_by_name="Jean-Pierre"))
    page.refresh()
    assert page.show_record("project", project_id)
    view = page.detail_view
    models = [page.list_view.model, page.list_view.proxy, view.partners.model,
              view.partners.proxy, view.overview.deadline_model, view.objectives.model,
              view.charter.version_model, view.charter.acceptance_model]
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert view.objectives.model.rowCount(view.objectives.model.index(1, 0)) == 2


def test_keyboard_enter_opens_delete_trashes_ctrl_n_creates(
        qtbot: Any, services: Services, page: ProjectsPage, recorder: Recorder,
        monkeypatch: pytest.MonkeyPatch) -> None:
    project_id = project(services, "Jardin partagé")
    page.refresh()
    view = page.list_view
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view.table.setFocus()
    view.select(project_id)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert page.showing_detail() and page.detail_view.project_id == project_id
    qtbot.keyClick(page.detail_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not page.showing_detail()
    assert view.table.hasFocus() and view.selected_id() == project_id
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert texts(page) == [] and recorder.undoables

    opened = drive(monkeypatch, ProjectDialog,
                   lambda dialog: type_text(dialog.title_edit, "Fête de quartier"))
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    assert texts(page) == ["Fête de quartier"]
    # The new project's page opened; there Ctrl+N adds what the current tab lists.
    assert page.showing_detail()
    detail = page.detail_view
    detail.tabs.setCurrentIndex(detail.OBJECTIVES)
    added = drive(monkeypatch, ObjectiveDialog,
                  lambda dialog: type_text(dialog.title_edit, "Faire venir les familles"))
    qtbot.keyClick(detail.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(added) == 1
    assert detail.objectives.model.index(0, 0).data() == "Faire venir les familles"


def test_ctrl_n_in_the_page_wins_over_a_window_wide_ctrl_n(
        qtbot: Any, services: Services, bus: Bus, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window_wide: list[bool] = []
    new_workspace = QAction("New workspace", window)
    new_workspace.setShortcut(QKeySequence("Ctrl+N"))
    new_workspace.triggered.connect(lambda: window_wide.append(True))
    window.addAction(new_workspace)
    page = ProjectsPage(services, bus)
    window.setCentralWidget(page)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    opened = drive(monkeypatch, ProjectDialog,
                   lambda dialog: type_text(dialog.title_edit, "Jardin"))
    page.list_view.search_edit.setFocus()
    qtbot.keyClick(page.list_view.search_edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and window_wide == []
