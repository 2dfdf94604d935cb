"""The contact log page (Journal des échanges): quick entry by keyboard, filters, follow-ups,
edit, trash and undo, on a real workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QWidget

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ExchangeKind
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.profile import Profile
from coopdesk.domain.projects import ProjectFields
from coopdesk.services.changes import Changes
from coopdesk.services.exchange_log import FollowUpFilter
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.formatting import date_text
from coopdesk.ui.pages.exchanges import ExchangesPage
from coopdesk.ui.pages.exchanges.dialog import ExchangeDialog
from coopdesk.ui.pages.exchanges.models import ExchangeTableModel
from coopdesk.ui.widgets.record_dialog import RecordDialog

TODAY = dt.date(2026, 3, 16)

# The offscreen platform warns when it shows a window or the completer's popup.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise")


class Recorder:
    def __init__(self, bus: Bus) -> None:
        self.statuses: list[str] = []
        self.undoables: list[tuple[str, Callable[[], Changes]]] = []
        bus.status.connect(self.statuses.append)
        bus.undoable.connect(lambda text, undo: self.undoables.append((text, undo)))

    def undo_last(self, bus: Bus) -> None:
        bus.publish(self.undoables.pop()[1]())


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def recorder(bus: Bus) -> Recorder:
    return Recorder(bus)


class People:
    def __init__(self, services: Services) -> None:
        self.caf = services.organisations.create(OrganisationFields(name="CAF du Rhône")).id
        self.club = services.organisations.create(OrganisationFields(name="Club de foot")).id
        self.helene = services.people.create(PersonFields(
            first_name="Hélène", last_name="Martin", organisation_id=self.caf)).id
        self.karim = services.people.create(PersonFields(
            first_name="Karim", last_name="Benali", organisation_id=self.club)).id
        self.clas = services.projects.create(ProjectFields(title="CLAS des Tilleuls")).id


@pytest.fixture
def people(services: Services) -> People:
    return People(services)


@pytest.fixture
def page(qtbot: Any, services: Services, bus: Bus, people: People) -> ExchangesPage:
    widget = ExchangesPage(services, bus, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def log(services: Services, subject: str, day: int = 0, **values: Any) -> str:
    fields = ContactLogEntryFields(kind=values.pop("kind", ExchangeKind.CALL),
                                   occurred_on=TODAY + dt.timedelta(days=day),
                                   subject=subject, **values)
    return services.exchanges.create(fields).id


def shown(page: ExchangesPage) -> list[str]:
    return [row.entry.subject for row in page.model.rows()]


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed as a user would: an open popup (a completer's list) gets it first."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def type_keys(qtbot: Any, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def focus_in(page: ExchangesPage) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


# -- empty state and quick entry -------------------------------------------------------
def test_empty_log_says_what_to_do(page: ExchangesPage, qtbot: Any) -> None:
    assert page.title() == "Exchange log" and page.page_id == "exchanges"
    assert page.stack.is_empty()
    assert "No exchange logged yet" in page.stack.empty.text()
    assert "Ctrl+N" in page.stack.empty.text()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.stack.empty.button.click()
    assert page.entry_bar.fields.kind.hasFocus()
    assert page.entry_bar.author_label.text() == "Logged by Marie Dupont (Asso du Pont)"


def test_log_an_exchange_with_the_keyboard_only(page: ExchangesPage, services: Services,
                                                people: People, recorder: Recorder,
                                                qtbot: Any) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.filters.search_edit.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    bar = page.entry_bar.fields
    assert focus_in(page) is bar.kind
    type_keys(qtbot, "E")  # the combo jumps to "Email"
    assert bar.kind.value() is ExchangeKind.EMAIL
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_in(page) is bar.occurred_on and bar.occurred_on.text() == "16/03/2026"
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_in(page) is bar.with_whom
    type_keys(qtbot, "helene")  # no accent needed; the only match is taken on Tab
    press(qtbot, Qt.Key.Key_Tab)
    assert bar.with_whom.text() == "Hélène Martin — CAF du Rhône"
    assert focus_in(page) is bar.project
    press(qtbot, Qt.Key.Key_Down)
    assert bar.project.currentText() == "CLAS des Tilleuls"
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Justificatifs du semestre")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_in(page) is bar.private
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Quinze jours de plus.")  # QTest types ASCII only
    press(qtbot, Qt.Key.Key_Tab)  # the summary passes Tab on
    type_keys(qtbot, "Envoyer les justificatifs")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "20/03/2026")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [row] = services.exchanges.rows()
    entry = row.entry
    assert (entry.kind, entry.occurred_on, entry.subject) == (
        ExchangeKind.EMAIL, TODAY, "Justificatifs du semestre")
    assert (entry.person_id, entry.organisation_id, entry.project_id) == (
        people.helene, people.caf, people.clas)
    assert entry.summary == "Quinze jours de plus."
    assert (entry.follow_up, entry.follow_up_on) == ("Envoyer les justificatifs",
                                                      dt.date(2026, 3, 20))
    assert (entry.author_name, entry.author_organisation) == ("Marie Dupont", "Asso du Pont")
    assert not entry.is_private
    # The log shows it, selected; the bar is ready for the next one.
    assert shown(page) == ["Justificatifs du semestre"]
    assert page.selected_id() == entry.id
    assert "Envoyer les justificatifs" in page.detail.text()
    assert bar.subject.text() == "" and bar.with_whom.value() is None
    assert bar.kind.value() is ExchangeKind.EMAIL
    assert recorder.statuses[-1] == "“Justificatifs du semestre” logged."
    recorder.undo_last(page.bus)
    assert shown(page) == []


def test_refusals_show_next_to_the_field_and_keep_the_text(page: ExchangesPage,
                                                           services: Services) -> None:
    bar = page.entry_bar
    bar.fields.with_whom.setText("Personne inconnue")
    bar.fields.subject.setText("Appel")
    assert not bar.save()
    error = bar.error_label("person_id")
    assert error is not None and error.isVisibleTo(bar)
    assert "No person or organisation is called “Personne inconnue”" in error.text()
    assert bar.fields.subject.text() == "Appel"

    bar.fields.with_whom.setText("karim")
    bar.fields.subject.clear()
    assert not bar.save()
    assert not error.isVisibleTo(bar)
    subject_error = bar.error_label("subject")
    assert subject_error is not None and subject_error.isVisibleTo(bar)
    assert subject_error.text() == "This field cannot be empty."

    bar.fields.subject.setText("Appel")
    bar.fields.occurred_on.setText("31/02/2026")
    assert not bar.save()
    date_error = bar.error_label("occurred_on")
    assert date_error is not None and "not a valid date" in date_error.text()
    bar.fields.occurred_on.setText("15/03/2026")
    bar.fields.follow_up_on.setText("01/03/2026")  # before the exchange
    assert not bar.save()
    follow_error = bar.error_label("follow_up_on")
    assert follow_error is not None and "comes before the start" in follow_error.text()
    bar.fields.follow_up_on.clear()
    assert bar.save()
    assert shown(page) == ["Appel"]
    assert services.exchanges.rows()[0].person_name == "Karim Benali"


# -- list, filters and follow-ups ------------------------------------------------------
def test_filter_follow_up_due_then_mark_done_and_undo(page: ExchangesPage, services: Services,
                                                      people: People, recorder: Recorder,
                                                      bus: Bus) -> None:
    late = log(services, "Bilan CAF", -10, person_id=people.helene, follow_up="Relancer",
               follow_up_on=TODAY - dt.timedelta(days=3))
    log(services, "Tournoi", -2, person_id=people.karim, follow_up="Envoyer la liste",
        follow_up_on=TODAY + dt.timedelta(days=4))
    log(services, "Courrier", -1, organisation_id=people.club)
    page.refresh()
    assert shown(page) == ["Courrier", "Tournoi", "Bilan CAF"]
    follow_ups = [page.model.index(n, ExchangeTableModel.FOLLOW_UP).data() for n in range(3)]
    assert follow_ups == ["", f"Envoyer la liste — by {date_text(dt.date(2026, 3, 20))}",
                          f"Relancer — late since {date_text(dt.date(2026, 3, 13))}"]
    assert page.model.index(2, ExchangeTableModel.FOLLOW_UP).data(
        Qt.ItemDataRole.ForegroundRole) is not None

    page.filters.set_follow_up(FollowUpFilter.DUE)
    assert shown(page) == ["Bilan CAF"]
    assert page.count_label.text() == "1 exchange(s)"
    assert page.select(late)
    assert f"Late: it was due on {date_text(dt.date(2026, 3, 13))}" in page.detail.text()
    assert page.detail.follow_up_button.text() == "Mark the follow-up done"
    page.detail.follow_up_button.click()
    assert services.exchanges.get(late).follow_up_done
    assert shown(page) == []
    assert page.stack.is_empty() and "No exchange matches" in page.stack.empty.text()
    assert recorder.undoables[-1][0] == "Follow-up “Relancer” done"
    recorder.undo_last(bus)
    assert shown(page) == ["Bilan CAF"]
    page.filters.set_follow_up(FollowUpFilter.OPEN)
    assert shown(page) == ["Tournoi", "Bilan CAF"]
    page.stack.empty.button.click()  # nothing to click: the list is not empty
    page.filters.clear()
    assert len(shown(page)) == 3


def test_filters_with_whom_project_author_period_and_words(page: ExchangesPage,
                                                           services: Services,
                                                           people: People) -> None:
    log(services, "Avec Hélène", -1, person_id=people.helene, project_id=people.clas)
    log(services, "Avec la CAF", -200, organisation_id=people.caf, summary="Budget serré")
    services.db.profile = Profile(name="Nadia", organisation="APE")
    log(services, "Par Nadia", -3, person_id=people.karim)
    page.refresh()
    filters = page.filters
    filters.with_edit.setText("caf du rhone")  # the organisation, not Hélène of the CAF
    filters.with_edit.resolve()
    assert shown(page) == ["Avec Hélène", "Avec la CAF"]
    filters.with_edit.clear_value()
    assert len(shown(page)) == 3
    filters.project_combo.setCurrentIndex(filters.project_combo.findData(people.clas))
    assert shown(page) == ["Avec Hélène"]
    filters.clear()
    filters.author_combo.setCurrentIndex(filters.author_combo.findText("Nadia"))
    assert shown(page) == ["Par Nadia"]
    filters.clear()
    filters.period_combo.setCurrentIndex(1)  # the last 30 days
    assert shown(page) == ["Avec Hélène", "Par Nadia"]
    filters.clear()
    filters.search_edit.setText("budget")
    assert shown(page) == ["Avec la CAF"]
    filters.search_edit.setText("rien de tel")
    assert page.stack.empty.button.text() == "Clear the filters"
    page.stack.empty.button.click()
    assert len(shown(page)) == 3


def test_private_entries_are_marked(page: ExchangesPage, services: Services,
                                    people: People) -> None:
    secret = log(services, "Famille en difficulté", person_id=people.karim, is_private=True)
    log(services, "Réunion publique", -1, organisation_id=people.club)
    page.refresh()
    index = page.model.index(0, ExchangeTableModel.SUBJECT)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "never shared" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Private: Famille en difficulté"
    assert page.model.index(1, ExchangeTableModel.SUBJECT).data(
        Qt.ItemDataRole.DecorationRole) is None
    page.select(secret)
    assert "Private: this entry stays on this laptop" in page.detail.text()


def test_sorting_asks_the_service(page: ExchangesPage, services: Services,
                                  people: People) -> None:
    log(services, "b", -1, person_id=people.karim)
    log(services, "A", -2, person_id=people.helene)
    log(services, "c", -3, organisation_id=people.caf)
    page.refresh()
    page.table.sortByColumn(ExchangeTableModel.SUBJECT, Qt.SortOrder.AscendingOrder)
    assert shown(page) == ["A", "b", "c"]
    page.table.sortByColumn(ExchangeTableModel.WITH, Qt.SortOrder.AscendingOrder)
    assert shown(page) == ["b", "c", "A"]  # Benali, CAF du Rhône, Martin
    page.table.sortByColumn(ExchangeTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert shown(page) == ["b", "A", "c"]


def test_the_list_loads_more_as_it_scrolls_and_show_record_finds_old_entries(
        page: ExchangesPage, services: Services, people: People) -> None:
    with services.db.unit_of_work() as session:  # 250 entries at once, as an import would
        from coopdesk.store import models as m
        for n in range(250):
            session.add(m.ContactLogEntry(kind=ExchangeKind.CALL, subject=f"Appel {n:03}",
                                          occurred_on=TODAY - dt.timedelta(days=n),
                                          organisation_id=people.club))
    page.refresh()
    assert page.model.rowCount() == 100 and page.model.total() == 250
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 200
    page.filters.search_edit.setText("Appel 00")
    assert page.model.rowCount() == 10
    oldest = services.exchanges.rows(limit=1, descending=False)[0].id
    assert page.show_record("contact_log_entry", oldest)
    assert page.filters.search_edit.text() == ""  # the filter hid it: cleared
    assert page.selected_id() == oldest and page.model.rowCount() >= 250
    assert page.show_record("contact_log_entry", "no-such-id") is False
    assert page.show_record("person", people.karim) is False


# -- edit, delete, restore -------------------------------------------------------------
def test_edit_in_the_form_then_undo(page: ExchangesPage, services: Services, people: People,
                                    recorder: Recorder, bus: Bus,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    entry_id = log(services, "Appel", person_id=people.karim)
    page.refresh()
    page.select(entry_id)
    opened: list[ExchangeDialog] = []

    def ask(cls: type[ExchangeDialog], *args: Any) -> Changes | None:
        dialog = cls(*args)
        opened.append(dialog)
        assert dialog.widgets.with_whom.text() == "Karim Benali — Club de foot"
        assert dialog.author_label.text() == "Marie Dupont (Asso du Pont)"
        dialog.widgets.subject.clear()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.error_label("subject").isVisibleTo(dialog)
        dialog.widgets.subject.setText("Appel du club")
        dialog.widgets.with_whom.set_value("organisation", people.caf)
        dialog.widgets.follow_up.setText("Rappeler")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.result() == RecordDialog.DialogCode.Accepted
        return dialog.changes

    monkeypatch.setattr(ExchangeDialog, "ask", classmethod(ask))
    page.table.setFocus()
    page.table.edit_requested.emit()  # Enter or F2
    assert len(opened) == 1
    saved = services.exchanges.get(entry_id)
    assert (saved.subject, saved.person_id, saved.organisation_id, saved.follow_up) == (
        "Appel du club", None, people.caf, "Rappeler")
    assert shown(page) == ["Appel du club"] and page.selected_id() == entry_id
    assert "CAF du Rhône" in page.detail.text()
    recorder.undo_last(bus)
    assert services.exchanges.get(entry_id).subject == "Appel"
    assert services.exchanges.get(entry_id).person_id == people.karim


def test_delete_with_the_keyboard_undo_and_restore_from_trash(
        page: ExchangesPage, services: Services, people: People, recorder: Recorder,
        bus: Bus, qtbot: Any) -> None:
    entry_id = log(services, "Appel", person_id=people.karim)
    page.refresh()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    page.select(entry_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown(page) == [] and services.exchanges.get(entry_id).audit.in_trash
    assert recorder.statuses[-1] == "“Appel” was moved to the trash."
    recorder.undo_last(bus)
    assert shown(page) == ["Appel"]
    page.select(entry_id)
    page.detail.delete_button.click()
    page.filters.trash_check.setChecked(True)
    assert shown(page) == ["Appel"]
    page.select(entry_id)
    assert page.detail.restore_button.isVisibleTo(page.detail)
    assert not page.detail.edit_button.isVisibleTo(page.detail)
    assert "In the trash since" in page.detail.text()
    page.detail.restore_button.click()
    assert page.stack.is_empty() and "The trash holds no exchange" in page.stack.empty.text()
    page.stack.empty.button.click()  # back to the log
    assert shown(page) == ["Appel"]


def test_ctrl_n_in_the_page_wins_over_a_window_wide_ctrl_n(qtbot: Any, services: Services,
                                                           bus: Bus, people: People) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window_wide: list[bool] = []
    new_workspace = QAction("New workspace", window)
    new_workspace.setShortcut(QKeySequence("Ctrl+N"))
    new_workspace.triggered.connect(lambda: window_wide.append(True))
    window.addAction(new_workspace)
    page = ExchangesPage(services, bus)
    window.setCentralWidget(page)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.filters.search_edit.setFocus()
    qtbot.keyClick(page.filters.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window_wide == [] and page.entry_bar.fields.kind.hasFocus()


def test_a_hidden_page_reloads_when_shown(page: ExchangesPage, services: Services,
                                          people: People, bus: Bus) -> None:
    page.hide()
    entry_id = log(services, "Pendant ce temps", person_id=people.karim)
    bus.publish(Changes.of("contact_log_entry", entry_id))
    assert shown(page) == []
    page.show()
    assert shown(page) == ["Pendant ce temps"]
    services.people.create(PersonFields(first_name="Inès", last_name="Carvalho"))
    bus.publish(Changes.of("person"))
    assert "Inès Carvalho" in [item.name for item in page.filters.with_edit.matches("ines")]


def test_the_model_passes_the_model_tester(page: ExchangesPage, services: Services,
                                           people: People, qtmodeltester: Any) -> None:
    for n in range(120):
        log(services, f"Échange {n}", -n, person_id=people.karim if n % 2 else None,
            organisation_id=None if n % 2 else people.caf, is_private=n % 7 == 0,
            follow_up="Rappeler" if n % 3 == 0 else "",
            follow_up_on=TODAY + dt.timedelta(days=n % 5 - n) if n % 3 == 0 else None,
            follow_up_done=n % 9 == 0)
    page.refresh()
    assert page.model.rowCount() == 100
    qtmodeltester.check(page.model)
    completions = page.entry_bar.fields.with_whom.completion_model()
    assert completions.rowCount() == 4  # two organisations, two people
    qtmodeltester.check(completions)
    page.table.sortByColumn(ExchangeTableModel.FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model)


def test_extra_screenshots_on_the_demo(qtbot: Any, demo_services: Services, bus: Bus,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    page = ExchangesPage(demo_services, bus)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    states = dict(page.extra_screenshots())
    assert set(states) == {"follow-up", "due", "form"}
    states["follow-up"]()
    row = page.selected_row()
    assert row is not None and row.entry.follow_up and not row.entry.follow_up_done
    assert "Follow-up" in page.detail.text()
    states["due"]()
    assert page.model.rowCount() >= 1
    assert all(r.entry.follow_up_on and r.entry.follow_up_on <= dt.date.today()
               for r in page.model.rows())
    opened: list[ExchangeDialog] = []
    monkeypatch.setattr(ExchangeDialog, "ask",
                        classmethod(lambda cls, *args: opened.append(cls(*args))))
    states["form"]()
    assert len(opened) == 1 and opened[0].widgets.follow_up.text()
