"""The action plan page on the demo cooperation (dated around a fixed day): filters, the
overdue highlight, quick status changes with undo, the detail panel's links, the form,
trash, paging and showing one action from elsewhere."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.profile import Profile
from coopdesk.services.action_plan import ActionFilter, ActionRow, DuePeriod
from coopdesk.services.changes import Changes
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.store.workspace import Workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.actions import ActionsPage
from coopdesk.ui.pages.actions.dialog import ActionDialog
from coopdesk.ui.pages.actions.models import OVERDUE_ROLE, ActionTableModel, overdue_colour
from coopdesk.ui.widgets.form import text_of
from tests.conftest import TEST_PROFILE

TODAY = dt.date(2026, 3, 11)
MARIE = Profile(name="Marie Lefebvre", organisation="CSL")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Recorder:
    def __init__(self, bus: Bus) -> None:
        self.statuses: list[str] = []
        self.undoables: list[tuple[str, Callable[[], Changes]]] = []
        self.opened: list[tuple[str, str]] = []
        bus.status.connect(self.statuses.append)
        bus.undoable.connect(lambda text, undo: self.undoables.append((text, undo)))
        bus.open_record.connect(lambda kind, rid: self.opened.append((kind, rid)))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("actions-page") / "demo"
    create_demo_workspace(folder, TEST_PROFILE, TODAY).close()
    return folder


@pytest.fixture
def services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    shutil.copytree(demo_template, tmp_path / "demo")
    with Workspace.open(tmp_path / "demo", TEST_PROFILE) as workspace:
        yield Services(workspace)


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def recorder(bus: Bus) -> Recorder:
    return Recorder(bus)


def make_page(qtbot: Any, services: Services, bus: Bus) -> ActionsPage:
    page = ActionsPage(services, bus)
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot: Any, services: Services, bus: Bus) -> ActionsPage:
    return make_page(qtbot, services, bus)


def titles(page: ActionsPage) -> list[str]:
    return [row.action.title for row in page.model.rows()]


def row_titled(page: ActionsPage, start: str) -> ActionRow:
    return next(row for row in page.model.rows() if row.action.title.startswith(start))


def choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def choose_text(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


# -- the list ---------------------------------------------------------------------------
def test_open_actions_soonest_first_with_a_count(page: ActionsPage) -> None:
    assert page.title() == "Action plan" and page.page_id == "actions"
    rows = page.model.rows()
    assert len(rows) == 12 and all(r.action.status.is_open for r in rows)
    dates = [r.action.due_on for r in rows]
    assert dates == sorted(dates)  # type: ignore[type-var]
    assert page.count_label.text() == "12 action(s) · 5 overdue"
    assert not page.stack.is_empty()


def test_overdue_rows_say_so_in_words_colour_and_icon(page: ActionsPage) -> None:
    model = page.model
    for n, row in enumerate(model.rows()):
        status = model.index(n, ActionTableModel.STATUS)
        due = model.index(n, ActionTableModel.DUE)
        assert status.data(OVERDUE_ROLE) is row.overdue
        if row.overdue:
            assert status.data().endswith("· overdue")
            assert QBrush(status.data(Qt.ItemDataRole.ForegroundRole)).color() == \
                overdue_colour()
            icon = due.data(Qt.ItemDataRole.DecorationRole)
            assert isinstance(icon, QIcon) and not icon.isNull()
            assert "day(s) late" in due.data(Qt.ItemDataRole.ToolTipRole)
        else:
            assert "overdue" not in status.data()
            assert due.data(Qt.ItemDataRole.DecorationRole) is None
    assert sum(r.overdue for r in model.rows()) == 5


def test_overdue_colour_reads_on_a_dark_palette_too() -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    assert overdue_colour(light).lightness() < overdue_colour(dark).lightness()


def test_sorting_by_a_column_asks_the_database(page: ActionsPage) -> None:
    page.table.sortByColumn(ActionTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    shown = titles(page)
    assert shown == sorted(shown, key=str.lower)
    page.table.sortByColumn(ActionTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(page) == sorted(shown, key=str.lower, reverse=True)


# -- filters ----------------------------------------------------------------------------
def test_period_status_and_text_filters(page: ActionsPage) -> None:
    filters = page.filters
    choose(filters.period_combo, DuePeriod.OVERDUE.value)
    assert len(titles(page)) == 5 and all(r.overdue for r in page.model.rows())
    assert page.count_label.text() == "5 action(s)"
    choose(filters.period_combo, DuePeriod.NEXT_14_DAYS.value)
    assert titles(page) == ["Commander du terreau pour l'atelier avec l'école",
                            "Diffuser la synthèse de l'évaluation à six mois",
                            "Réaliser les maquettes de la fresque participative"]
    choose(filters.period_combo, DuePeriod.ALL.value)
    choose_text(filters.status_combo, "All statuses")
    assert len(titles(page)) == 16
    choose(filters.status_combo, ActionStatus.DONE.value)
    assert len(titles(page)) == 3
    choose_text(filters.status_combo, "All statuses")
    filters.search_edit.setText("terreau")
    assert titles(page) == ["Commander du terreau pour l'atelier avec l'école"]


def test_project_partner_and_person_filters(page: ActionsPage) -> None:
    filters = page.filters
    choose_text(filters.project_combo, "Fête de quartier et animations au pied des immeubles")
    assert len(titles(page)) == 7
    choose_text(filters.organisation_combo, "Union sportive des Tilleuls (UST)")
    assert titles(page) == [
        "Déposer la demande d'arrêté de fermeture de la rue des Acacias",
        "Réserver le minibus pour aller chercher tables et barnums"]
    choose_text(filters.person_combo, "Sofiane Haddad (UST)")
    assert titles(page) == ["Réserver le minibus pour aller chercher tables et barnums"]


def test_no_match_offers_to_clear_the_filters(page: ActionsPage) -> None:
    page.filters.search_edit.setText("introuvable")
    assert page.stack.is_empty()
    assert page.stack.empty.text() == "No action matches these filters."
    page.stack.empty.button.click()
    assert len(titles(page)) == 12 and page.filters.search_edit.text() == ""


def test_my_actions_follow_the_local_profile(qtbot: Any, services: Services,
                                             bus: Bus) -> None:
    services.db.profile = MARIE
    page = make_page(qtbot, services, bus)
    assert "Marie Lefebvre" in page.filters.mine_check.toolTip()
    page.filters.mine_check.setChecked(True)
    assert {r.owner_person_name for r in page.model.rows()} == {"Marie Lefebvre"}
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findText(
        "All statuses"))
    assert {r.owner_person_name for r in page.model.rows()} == {"Marie Lefebvre",
                                                                 "Jean-Pierre Garnier"}


# -- quick status changes ---------------------------------------------------------------
def test_ctrl_enter_marks_done_today_and_undo_reopens(qtbot: Any, page: ActionsPage,
                                                      services: Services,
                                                      recorder: Recorder) -> None:
    target = row_titled(page, "Relayer l'appel")
    assert page.select(target.id)
    page.table.setFocus()
    with qtbot.waitSignal(page.bus.changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    done = services.actions.get(target.id)
    assert done.status is ActionStatus.DONE and done.done_on == TODAY
    assert target.id not in {r.id for r in page.model.rows()}  # open actions only
    assert page.selected_row() is not None  # its neighbour took its place
    description, undo = recorder.undoables[-1]
    assert description.startswith("Status of “Relayer l'appel")
    page.bus.publish(undo())
    back = services.actions.get(target.id)
    assert back.status is ActionStatus.IN_PROGRESS and back.done_on is None
    assert target.id in {r.id for r in page.model.rows()}


def test_undoing_a_reopen_keeps_the_day_it_was_done_right(page: ActionsPage,
                                                          services: Services,
                                                          recorder: Recorder) -> None:
    # The undo goes through the one actions service, so the done_on rule holds on it too.
    target = row_titled(page, "Relayer l'appel")
    finished = TODAY - dt.timedelta(days=5)
    services.actions.update(target.id, ActionFields(
        **{**_fields(services.actions.get(target.id)), "status": ActionStatus.DONE,
           "done_on": finished}))
    page.reload()
    page.set_status(target.id, ActionStatus.TODO)
    reopened = services.actions.get(target.id)
    assert reopened.status is ActionStatus.TODO and reopened.done_on is None
    page.bus.publish(recorder.undoables[-1][1]())
    back = services.actions.get(target.id)
    assert back.status is ActionStatus.DONE and back.done_on == finished

    # A done action that came without its day (written by an older version, say): undoing
    # its reopening makes it done again, so it gets the page's today as its day.
    with services.db.unit_of_work() as session:
        session.get(m.Action, target.id).done_on = None  # type: ignore[union-attr]
    page.set_status(target.id, ActionStatus.IN_PROGRESS)
    page.bus.publish(recorder.undoables[-1][1]())
    again = services.actions.get(target.id)
    assert again.status is ActionStatus.DONE and again.done_on == TODAY


def _fields(action: Any) -> dict[str, Any]:
    return {name: getattr(action, name) for name in ActionFields.__dataclass_fields__}


def test_status_combo_of_the_detail_panel_changes_the_status(page: ActionsPage,
                                                             services: Services) -> None:
    target = row_titled(page, "Commander du terreau")
    page.select(target.id)
    assert page.detail.row is not None and page.detail.row.id == target.id
    page.detail.status_combo.set_value(ActionStatus.IN_PROGRESS)
    assert services.actions.get(target.id).status is ActionStatus.IN_PROGRESS
    assert row_titled(page, "Commander du terreau").action.status is ActionStatus.IN_PROGRESS
    assert page.detail.status_combo.value() is ActionStatus.IN_PROGRESS


def test_context_menu_statuses(page: ActionsPage, services: Services) -> None:
    target = row_titled(page, "Diffuser la synthèse")
    page.select(target.id)
    cancel = page.status_actions[ActionStatus.CANCELLED]
    assert cancel.text() == "Mark as “Cancelled”"
    cancel.trigger()
    assert services.actions.get(target.id).status is ActionStatus.CANCELLED
    assert services.actions.get(target.id).done_on is None


# -- detail panel --------------------------------------------------------------------------
def test_detail_shows_origin_objective_and_overdue(page: ActionsPage,
                                                   recorder: Recorder) -> None:
    target = row_titled(page, "Relayer l'appel")
    page.select(target.id)
    detail = page.detail
    assert detail.title_label.text() == target.action.title
    assert detail.overdue_label.isVisible()
    assert detail.overdue_label.text() == "⚠ Overdue: 20 day(s) late"
    text = detail.facts_text()
    assert "Recruter deux bénévoles de plus pour l'aide aux devoirs du mardi" in text
    assert "Comité de pilotage du consortium" in text
    assert "Accompagner quarante enfants dans leur scolarité" in text
    assert "Karim Benali (UST)" in text
    html = detail.browser.toHtml()
    assert f"meeting:{target.origin_meeting_id}" in html
    assert f"objective:{target.action.objective_id}" in html
    detail.browser.anchorClicked.emit(QUrl(f"meeting:{target.origin_meeting_id}"))
    detail.browser.anchorClicked.emit(QUrl(f"objective:{target.action.objective_id}"))
    assert recorder.opened == [("meeting", target.origin_meeting_id),
                               ("objective", target.action.objective_id)]


def test_detail_of_an_action_added_directly(page: ActionsPage) -> None:
    target = row_titled(page, "Commander du terreau")
    page.select(target.id)
    assert "not from a meeting decision" in page.detail.facts_text()
    assert not page.detail.overdue_label.isVisible()
    page.table.clearSelection()
    assert page.detail.placeholder.isVisible() and not page.detail.body.isVisible()


# -- the form ---------------------------------------------------------------------------
def fill_and_save(dialog: ActionDialog, **values: str) -> None:
    for name, value in values.items():
        widget = dialog.field_widget(name)
        widget.setText(value)  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_create_an_action_with_its_project_objective_and_owner(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: ActionsPage, services: Services,
        recorder: Recorder) -> None:
    opened: list[ActionDialog] = []

    def ask(cls: type[ActionDialog], *args: Any, **kwargs: Any) -> Changes | None:
        dialog = cls(*args, **kwargs)
        opened.append(dialog)
        assert not dialog.objective_combo.isEnabled()  # no project chosen yet
        dialog.project_combo.setCurrentIndex(dialog.project_combo.findText(
            "Fête de quartier et animations au pied des immeubles"))
        assert dialog.objective_combo.isEnabled()
        dialog.objective_combo.setCurrentIndex(dialog.objective_combo.findText(
            "Préparer la fête de quartier avec les habitants"))
        dialog.person_combo.setCurrentIndex(dialog.person_combo.findText(
            "Léa Moreau (Union sportive des Tilleuls)"))
        assert dialog.organisation_combo.currentText() == "Union sportive des Tilleuls (UST)"
        fill_and_save(dialog, title="Acheter des gobelets réutilisables", due_on="13/03/2026")
        return dialog.changes if dialog.result() == ActionDialog.DialogCode.Accepted else None

    monkeypatch.setattr(ActionDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(page.bus.changed):
        page.new_action.trigger()
    row = page.selected_row()
    assert row is not None and row.action.title == "Acheter des gobelets réutilisables"
    assert row.objective_title == "Préparer la fête de quartier avec les habitants"
    assert row.owner_person_name == "Léa Moreau" and row.action.due_on == dt.date(2026, 3, 13)
    description, undo = recorder.undoables[-1]
    assert description == "Add “Acheter des gobelets réutilisables”"
    page.bus.publish(undo())
    assert "Acheter des gobelets réutilisables" not in titles(page)


def test_the_form_shows_errors_next_to_the_field(qtbot: Any, services: Services) -> None:
    dialog = ActionDialog(services)
    qtbot.addWidget(dialog)
    fill_and_save(dialog, title="  ")
    assert dialog.result() != ActionDialog.DialogCode.Accepted
    assert not dialog.error_label("title").isHidden()
    fill_and_save(dialog, title="Une action", due_on="31/02/2026")
    assert not dialog.error_label("due_on").isHidden()
    assert "31/02/2026" in dialog.error_label("due_on").text()
    assert text_of(dialog.title_edit) == "Une action"  # what was typed is kept


def test_enter_edits_keeping_the_origin_and_undo_restores(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: ActionsPage, services: Services,
        recorder: Recorder) -> None:
    target = row_titled(page, "Relayer l'appel")

    def ask(cls: type[ActionDialog], *args: Any, **kwargs: Any) -> Changes | None:
        dialog = cls(*args, **kwargs)
        assert dialog.objective_combo.currentText() == \
            "Accompagner quarante enfants dans leur scolarité"
        fill_and_save(dialog, due_on="20/03/2026")
        return dialog.changes

    monkeypatch.setattr(ActionDialog, "ask", classmethod(ask))
    page.select(target.id)
    page.table.setFocus()
    with qtbot.waitSignal(page.bus.changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    edited = services.actions.get(target.id)
    assert edited.due_on == dt.date(2026, 3, 20)
    assert edited.origin_decision_id == target.action.origin_decision_id
    assert not row_titled(page, "Relayer l'appel").overdue
    page.bus.publish(recorder.undoables[-1][1]())
    assert services.actions.get(target.id).due_on == target.action.due_on


def test_ctrl_n_opens_the_form(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                               page: ActionsPage) -> None:
    asked: list[object] = []
    monkeypatch.setattr(ActionDialog, "ask", classmethod(
        lambda cls, *args, **kwargs: asked.append(kwargs.get("preset")) or None))
    choose_text(page.filters.project_combo,
                "Parentalité et réussite éducative aux Tilleuls")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    preset = asked[0]
    assert isinstance(preset, ActionFields) and preset.project_id is not None


# -- trash ------------------------------------------------------------------------------
def test_delete_to_trash_restore_and_undo(qtbot: Any, page: ActionsPage, services: Services,
                                          recorder: Recorder) -> None:
    target = row_titled(page, "Commander du terreau")
    page.select(target.id)
    page.table.setFocus()
    with qtbot.waitSignal(page.bus.changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert target.id not in {r.id for r in page.model.rows()}
    assert services.actions.get(target.id).audit.in_trash
    assert recorder.undoables[-1][0] == "Delete “Commander du terreau pour l'atelier avec " \
                                        "l'école”"
    page.filters.trash_check.setChecked(True)
    assert titles(page) == [target.action.title]
    assert page.restore_action.isVisible() and not page.new_action.isVisible()
    page.select(target.id)
    assert not page.detail.status_combo.isEnabled()
    page.restore_action.trigger()
    assert page.stack.is_empty() and page.stack.empty.text() == "The trash holds no action."
    page.stack.empty.button.click()
    assert target.id in {r.id for r in page.model.rows()}


# -- showing an action from elsewhere ---------------------------------------------------
def test_show_record_reveals_a_filtered_out_action(page: ActionsPage,
                                                   services: Services) -> None:
    done = next(a for a in services.actions.list() if a.status is ActionStatus.DONE)
    page.filters.search_edit.setText("terreau")
    assert page.show_record("action", done.id)
    assert page.selected_id() == done.id
    assert page.filters.search_edit.text() == ""
    trashed = next(a for a in services.actions.list() if a.status.is_open)
    services.actions.delete(trashed.id)
    assert page.show_record("action", trashed.id)
    assert page.filters.in_trash() and page.selected_id() == trashed.id
    assert not page.show_record("action", "no-such-action")
    assert not page.show_record("meeting", done.id)


def test_paging_loads_more_as_needed(qtbot: Any, qtmodeltester: Any, page: ActionsPage,
                                     services: Services) -> None:
    page.model.page_size = 3
    choose_text(page.filters.status_combo, "All statuses")
    assert page.model.rowCount() == 3 and page.model.total == 16
    assert page.model.canFetchMore()
    qtmodeltester.check(page.model)
    last = services.actions.rows(ActionFilter(today=TODAY), limit=None)[-1]
    assert page.show_record("action", last.id)
    assert page.selected_id() == last.id and page.model.rowCount() == 16
    assert not page.model.canFetchMore()


def test_models_pass_the_model_tester(qtmodeltester: Any, page: ActionsPage) -> None:
    qtmodeltester.check(page.model)
    page.filters.trash_check.setChecked(True)
    qtmodeltester.check(page.model)


def test_the_window_routes_an_action_to_this_page(make_window: Callable[..., QMainWindow],
                                                  services: Services) -> None:
    bus = Bus()
    page = ActionsPage(services, bus)
    page.today = lambda: TODAY
    window = make_window(services, bus, pages=[page])
    action = next(a for a in services.actions.list() if a.status is ActionStatus.DONE)
    bus.open_record.emit("action", action.id)
    assert window.current_page() is page and page.selected_id() == action.id
