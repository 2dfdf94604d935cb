"""The pooled resources page (Ressources): resources, bookings on a month calendar, refused
overlaps, contributions in kind per partner, trash and undo, on a real workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ResourceKind
from coopdesk.domain.pooling import BookingFields, ResourceFields
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.formatting import money_text
from coopdesk.ui.pages.resources import ResourcesPage
from coopdesk.ui.pages.resources.calendar import MonthCalendar
from coopdesk.ui.pages.resources.dialogs import BookingDialog, ResourceDialog

TODAY = dt.date(2026, 5, 13)  # a Wednesday

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

Fill = Callable[[Any], None]


class Recorder:
    def __init__(self, bus: Bus) -> None:
        self.statuses: list[str] = []
        self.undoables: list[tuple[str, Callable[[], Changes]]] = []
        bus.status.connect(self.statuses.append)
        bus.undoable.connect(lambda text, undo: self.undoables.append((text, undo)))

    def undo_last(self, bus: Bus) -> None:
        bus.publish(self.undoables.pop()[1]())


class Partners:
    def __init__(self, services: Services) -> None:
        self.centre = services.organisations.create(OrganisationFields(
            name="Centre social Les Tilleuls", acronym="CSL")).id
        self.club = services.organisations.create(OrganisationFields(
            name="Union sportive des Tilleuls", acronym="UST")).id
        self.ape = services.organisations.create(OrganisationFields(name="APE Jean-Moulin")).id
        self.nadia = services.people.create(PersonFields(
            first_name="Nadia", last_name="Ouhibi", organisation_id=self.ape)).id


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def recorder(bus: Bus) -> Recorder:
    return Recorder(bus)


@pytest.fixture
def partners(services: Services) -> Partners:
    return Partners(services)


@pytest.fixture
def page(qtbot: Any, services: Services, bus: Bus, partners: Partners) -> ResourcesPage:
    widget = ResourcesPage(services, bus, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def room(services: Services, partners: Partners, **values: Any) -> str:
    fields = ResourceFields(organisation_id=partners.centre, name="Salle polyvalente",
                            kind=ResourceKind.ROOM, value_per_day_cents=15_000)
    return services.resources.create(ResourceFields(**{**fields.__dict__, **values})).id


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 5, day, hour)


def book(services: Services, resource: str, start: dt.datetime, end: dt.datetime,
         **values: Any) -> str:
    return services.bookings.create(BookingFields(resource_id=resource, starts_at=start,
                                                  ends_at=end, **values)).id


def drive(monkeypatch: pytest.MonkeyPatch, dialog_cls: type[QDialog],
          *attempts: Fill) -> list[Any]:
    """Replace `ask` by a user: the real dialog, filled then saved, as often as it stays open."""
    opened: list[Any] = []

    def ask(cls: type[Any], *args: Any, **kwargs: Any) -> Changes | None:
        dialog = cls(*args, **kwargs)
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


def names(page: ResourcesPage) -> list[str]:
    return [row.resource.name for row in page.register.model.rows()]


# -- resources -------------------------------------------------------------------------
def test_an_empty_register_says_what_to_do(page: ResourcesPage) -> None:
    assert page.title() == "Pooled resources" and page.page_id == "resources"
    register = page.register
    assert register.stack.is_empty()
    assert "Nothing pooled yet" in register.stack.empty.text()
    assert register.stack.empty.button.text() == "New resource…"
    assert page.register.panel.stack.is_empty()
    assert page.totals.stack.is_empty()
    assert "No loan between partners" in page.totals.stack.empty.text()


def test_create_a_resource_then_book_it_from_the_calendar(
        page: ResourcesPage, services: Services, partners: Partners, recorder: Recorder,
        bus: Bus, monkeypatch: pytest.MonkeyPatch) -> None:
    def resource_without_name(dialog: ResourceDialog) -> None:
        dialog.owner_combo.set_value(partners.centre)
        dialog.kind_combo.set_value(ResourceKind.ROOM)
        dialog.value_edit.setText("150")

    def name_it(dialog: ResourceDialog) -> None:
        assert dialog.error_label("name").isVisibleTo(dialog)
        dialog.name_edit.setText("Salle polyvalente")
        dialog.location_edit.setText("12 place des Tilleuls")

    drive(monkeypatch, ResourceDialog, resource_without_name, name_it)
    page.register.stack.empty.button.click()
    assert names(page) == ["Salle polyvalente"]
    panel = page.register.panel
    assert panel.row is not None and panel.title_label.text() == "Salle polyvalente"
    assert money_text(15_000) in panel.facts_label.text()
    assert "offered by Centre social Les Tilleuls" in panel.facts_label.text()
    assert panel.month_label.text().endswith("2026") and panel.calendar.month() == (2026, 5)
    assert "Nothing booked in" in panel.bookings.empty.text()

    def fill(dialog: BookingDialog) -> None:
        # A double click on the 20th books that day, 9:00 to 18:00 by default.
        assert dialog.start_edit.text() == "20/05/2026 09:00"
        assert dialog.end_edit.text() == "20/05/2026 18:00"
        assert dialog.value_edit.placeholderText().startswith(money_text(15_000))
        dialog.start_edit.setText("20/05/2026 14:00")
        dialog.person_combo.set_value(partners.nadia)  # her organisation comes with her
        assert dialog.borrower_combo.value() == partners.ape
        dialog.purpose_edit.setText("Assemblée générale")

    opened = drive(monkeypatch, BookingDialog, fill)
    calendar = panel.calendar
    calendar.day_activated.emit(dt.date(2026, 5, 20))  # what a double click on the 20th says
    assert len(opened) == 1
    [line] = panel.model.rows()
    assert line.booking.starts_at == at(20, 14) and line.borrower_name == "APE Jean-Moulin"
    assert (line.value_cents, line.value_estimated) == (15_000, True)
    assert panel.selected_booking_id() == line.id
    [bar] = calendar.bars()
    assert bar.rect.intersects(calendar.cell_rect(dt.date(2026, 5, 20)))
    assert calendar.bar_at(bar.rect.center()) == line.id
    assert recorder.statuses[-1] == "“Salle polyvalente” booked."
    assert page.register.model.rows()[0].booking_count == 1
    recorder.undo_last(bus)
    assert panel.model.rows() == [] and calendar.bars() == []


def test_an_overlapping_booking_is_refused_next_to_the_dates(
        page: ResourcesPage, services: Services, partners: Partners,
        monkeypatch: pytest.MonkeyPatch) -> None:
    salle = room(services, partners)
    book(services, salle, at(20, 14), at(20, 17), borrower_organisation_id=partners.ape)
    page.refresh()

    def overlapping(dialog: BookingDialog) -> None:
        dialog.start_edit.setText("20/05/2026 16:00")
        dialog.end_edit.setText("20/05/2026 19:00")
        dialog.borrower_combo.set_value(partners.club)
        dialog.purpose_edit.setText("Réunion du bureau")

    def moved(dialog: BookingDialog) -> None:
        error = dialog.error_label("starts_at")
        assert error.isVisibleTo(dialog)
        assert error.text() == ("This resource is already booked from 20/05/2026 14:00 to "
                                "20/05/2026 17:00 (APE Jean-Moulin).")
        assert not dialog.banner.isVisibleTo(dialog)
        assert dialog.purpose_edit.text() == "Réunion du bureau"  # nothing lost
        assert dialog.focusWidget() is dialog.start_edit
        dialog.start_edit.setText("20/05/2026 17:00")

    opened = drive(monkeypatch, BookingDialog, overlapping, moved)
    page.register.panel.book_button.click()
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    starts = [line.booking.starts_at for line in page.register.panel.model.rows()]
    assert starts == [at(20, 14), at(20, 17)]

    def ends_before(dialog: BookingDialog) -> None:
        dialog.start_edit.setText("21/05/2026 10:00")
        dialog.end_edit.setText("21/05/2026 09:00")

    refused = drive(monkeypatch, BookingDialog, ends_before)
    page.register.panel.book_button.click()
    assert refused[0].result() != QDialog.DialogCode.Accepted
    assert refused[0].error_label("ends_at").text() == "The booking must end after it starts."


def test_edit_a_booking_to_note_its_return_then_undo(
        page: ResourcesPage, services: Services, partners: Partners, recorder: Recorder,
        bus: Bus, monkeypatch: pytest.MonkeyPatch) -> None:
    salle = room(services, partners)
    booking = book(services, salle, at(4, 9), at(4, 12), borrower_organisation_id=partners.ape)
    page.refresh()
    panel = page.register.panel
    assert panel.select_booking(booking)

    def returned(dialog: BookingDialog) -> None:
        dialog.return_edit.setText("Salle propre, une chaise cassée")
        dialog.value_edit.setText("120")

    drive(monkeypatch, BookingDialog, returned)
    panel.table.edit_requested.emit()  # Enter in the list
    [line] = panel.model.rows()
    assert line.booking.return_condition == "Salle propre, une chaise cassée"
    assert (line.value_cents, line.value_estimated) == (12_000, False)
    recorder.undo_last(bus)
    assert services.bookings.get(booking).return_condition == ""


def test_cancel_a_booking_with_the_keyboard_and_undo(
        page: ResourcesPage, services: Services, partners: Partners, recorder: Recorder,
        bus: Bus, qtbot: Any) -> None:
    salle = room(services, partners)
    booking = book(services, salle, at(4, 9), at(4, 12), borrower_organisation_id=partners.ape)
    page.refresh()
    panel = page.register.panel
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    panel.select_booking(booking)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.model.rows() == [] and services.bookings.get(booking).audit.in_trash
    assert recorder.statuses[-1] == "“Salle polyvalente, APE Jean-Moulin” was moved to the trash."
    recorder.undo_last(bus)
    assert [line.id for line in panel.model.rows()] == [booking]


def test_delete_restore_and_filter_resources(page: ResourcesPage, services: Services,
                                             partners: Partners, recorder: Recorder,
                                             bus: Bus) -> None:
    salle = room(services, partners)
    services.resources.create(ResourceFields(organisation_id=partners.club, name="Minibus",
                                             kind=ResourceKind.VEHICLE))
    page.refresh()
    register = page.register
    assert names(page) == ["Minibus", "Salle polyvalente"]
    register.kind_filter.setCurrentIndex(register.kind_filter.findData("vehicle"))
    assert names(page) == ["Minibus"]
    register.kind_filter.setCurrentIndex(0)
    register.owner_filter.setCurrentIndex(register.owner_filter.findData(partners.centre))
    assert names(page) == ["Salle polyvalente"]
    register.search_edit.setText("rien")
    assert register.stack.is_empty() and register.stack.empty.button.text() == \
        "Clear the filters"
    register.stack.empty.button.click()
    assert len(names(page)) == 2
    register.select(salle)
    register.delete_button.click()
    assert names(page) == ["Minibus"]
    recorder.undo_last(bus)
    assert len(names(page)) == 2
    register.select(salle)
    register.table.delete_requested.emit()  # Del
    register.trash_check.setChecked(True)
    assert names(page) == ["Salle polyvalente"]
    register.select(salle)
    assert register.restore_button.isEnabled()
    assert not register.panel.book_button.isEnabled()
    register.restore_button.click()
    assert register.stack.is_empty() and "no resource" in register.stack.empty.text()


# -- calendar --------------------------------------------------------------------------
def test_calendar_months_multi_week_bars_and_keyboard(page: ResourcesPage, services: Services,
                                                      partners: Partners, qtbot: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    salle = room(services, partners)
    long_loan = book(services, salle, at(16, 9), at(19, 18),  # Saturday to Tuesday
                     borrower_organisation_id=partners.club, purpose="Stage de foot")
    book(services, salle, dt.datetime(2026, 6, 2, 9), dt.datetime(2026, 6, 2, 12),
         borrower_organisation_id=partners.ape)
    page.refresh()
    panel = page.register.panel
    calendar = panel.calendar
    # Two weeks: one bar in each.
    bars = [bar for bar in calendar.bars() if bar.booking_id == long_loan]
    assert len(bars) == 2 and [bar.first for bar in bars] == [True, False]
    assert calendar.bookings_on(dt.date(2026, 5, 18))[0].id == long_loan
    # The grid shows the first days of June, so the June booking is drawn but not listed.
    assert len(calendar.bars()) == 3
    assert [line.id for line in panel.model.rows()] == [long_loan]
    assert "Stage de foot" in calendar.accessibleDescription() or \
        "free" in calendar.accessibleDescription()

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    calendar.setFocus()
    calendar.set_current_day(dt.date(2026, 5, 15))
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.current_day() == dt.date(2026, 5, 16)
    assert calendar.selected_booking() == long_loan
    assert panel.selected_booking_id() == long_loan
    assert "Stage de foot" in calendar.accessibleDescription()
    edited = drive(monkeypatch, BookingDialog, lambda dialog: None)
    qtbot.keyClick(calendar, Qt.Key.Key_Return)  # a booked day: its booking opens
    assert len(edited) == 1 and edited[0].booking.id == long_loan
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)
    assert calendar.month() == (2026, 6) and panel.month_label.text().endswith("2026")
    assert len(panel.model.rows()) == 1
    qtbot.keyClick(calendar, Qt.Key.Key_Home)
    assert calendar.month() == (2026, 5) and calendar.current_day() == TODAY
    booked: list[BookingDialog] = drive(monkeypatch, BookingDialog,
                                        lambda dialog: dialog.borrower_combo.set_value(
                                            partners.ape))
    qtbot.keyClick(calendar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(booked) == 1 and booked[0].start_edit.text() == "13/05/2026 09:00"
    panel.next_button.click()
    panel.previous_button.click()
    panel.today_button.click()
    assert calendar.month() == (2026, 5)
    # A click on a bar selects the booking; a double click on a free day books it.
    bar = next(b for b in calendar.bars() if b.booking_id == long_loan)
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=bar.rect.center().toPoint())
    assert panel.selected_booking_id() == long_loan
    free_day = calendar.cell_rect(dt.date(2026, 5, 27)).center() + QPointF(0, 12)
    days = drive(monkeypatch, BookingDialog, lambda dialog: None)
    qtbot.mouseDClick(calendar, Qt.MouseButton.LeftButton, pos=free_day.toPoint())
    assert days and days[0].start_edit.text() == "27/05/2026 09:00"


def test_calendar_stacks_same_day_bookings_and_paints(qtbot: Any, services: Services,
                                                      partners: Partners) -> None:
    salle = room(services, partners)
    for hour in (8, 10, 12, 14, 16):
        book(services, salle, at(20, hour), at(20, hour + 1),
             borrower_organisation_id=partners.ape)
    lines = services.resources.bookings(salle)
    calendar = MonthCalendar(today=TODAY)
    qtbot.addWidget(calendar)
    calendar.resize(700, 420)
    calendar.set_bookings(lines)
    calendar.show()
    bars = calendar.bars()
    assert 1 <= len(bars) < 5  # no room for five: "+N more" instead
    assert len({bar.rect.top() for bar in bars}) == len(bars)  # lanes, not on top of each other
    image = calendar.grab()
    assert not image.isNull()
    calendar.resize(700, 900)
    assert len(calendar.bars()) == 5


# -- contributions in kind -------------------------------------------------------------
def test_totals_per_partner_for_the_year_and_a_chosen_period(
        page: ResourcesPage, services: Services, partners: Partners) -> None:
    salle = room(services, partners)
    bus_id = services.resources.create(ResourceFields(
        organisation_id=partners.club, name="Minibus", value_per_day_cents=9_000)).id
    book(services, salle, at(4, 9), at(4, 12), borrower_organisation_id=partners.ape)
    book(services, bus_id, at(6, 8), at(7, 19), borrower_organisation_id=partners.centre,
         value_cents=10_000)
    book(services, salle, dt.datetime(2025, 11, 3, 9), dt.datetime(2025, 11, 3, 12),
         borrower_organisation_id=partners.club, value_cents=5_000)
    page.refresh()
    totals = page.totals
    page.tabs.setCurrentWidget(totals)
    rows = {r.organisation_name: (r.lent_cents, r.received_cents)
            for r in totals.model.rows()}
    assert rows == {"Centre social Les Tilleuls": (15_000, 10_000),
                    "Union sportive des Tilleuls": (10_000, 0),
                    "APE Jean-Moulin": (0, 15_000)}
    assert money_text(25_000) in totals.summary_label.text()
    assert "2 loan(s)" in totals.summary_label.text()
    totals.year_spin.setValue(2025)
    assert {r.organisation_name for r in totals.model.rows()} == {
        "Centre social Les Tilleuls", "Union sportive des Tilleuls"}
    totals.since_edit.setText("05/05/2026")
    totals.until_edit.setText("31/05/2026")
    totals.until_edit.editingFinished.emit()
    assert [r.organisation_name for r in totals.model.rows()] == [
        "Centre social Les Tilleuls", "Union sportive des Tilleuls"]
    totals.until_edit.setText("01/05/2026")
    totals.until_edit.editingFinished.emit()
    assert totals.period_error.isVisibleTo(totals)
    assert "comes before the start" in totals.period_error.text()
    totals.year_spin.setValue(2026)
    assert not totals.period_error.isVisibleTo(totals)
    totals.copy_table()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:3] == ["Partner", "Value lent", "Loans"]
    assert len(copied) == 4 and copied[1].startswith("APE Jean-Moulin\t")


# -- global search, keyboard, models, screenshots --------------------------------------
def test_show_record_of_a_resource_and_of_a_booking(page: ResourcesPage, services: Services,
                                                    partners: Partners) -> None:
    salle = room(services, partners)
    minibus = services.resources.create(ResourceFields(organisation_id=partners.club,
                                                       name="Minibus")).id
    later = book(services, salle, dt.datetime(2026, 9, 8, 9), dt.datetime(2026, 9, 8, 12),
                 borrower_organisation_id=partners.ape)
    page.refresh()
    page.register.search_edit.setText("minibus")
    assert page.show_record("booking", later)
    assert page.register.selected_id() == salle
    assert page.register.panel.calendar.month() == (2026, 9)
    assert page.register.panel.selected_booking_id() == later
    assert page.current_record() == ("booking", later)
    assert page.show_record("resource", minibus)
    assert page.register.selected_id() == minibus
    assert page.current_record() == ("resource", minibus)
    services.resources.delete(minibus)
    page.refresh()
    assert page.show_record("resource", minibus)
    assert page.register.trash_check.isChecked()
    assert page.show_record("booking", "missing") is False
    services.bookings.delete(later)
    assert page.show_record("booking", later) is False
    assert page.show_record("organisation", partners.ape) is False


def test_ctrl_n_adds_a_resource_from_the_list(page: ResourcesPage, services: Services,
                                              partners: Partners, qtbot: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    room(services, partners)
    page.refresh()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    opened = drive(monkeypatch, ResourceDialog,
                   lambda dialog: dialog.name_edit.setText("Sono mobile"))
    page.register.table.setFocus()
    qtbot.keyClick(page.register.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and "Sono mobile" in names(page)
    assert page.register.selected_row() is not None
    assert page.register.selected_row().resource.name == "Sono mobile"  # type: ignore[union-attr]


def test_every_model_passes_the_model_tester(page: ResourcesPage, services: Services,
                                             partners: Partners, qtmodeltester: Any) -> None:
    salle = room(services, partners)
    services.resources.create(ResourceFields(organisation_id=partners.club, name="Minibus"))
    for day in (4, 11, 18):
        book(services, salle, at(day, 9), at(day, 12), borrower_organisation_id=partners.ape)
    page.refresh()
    page.register.select(salle)
    panel = page.register.panel
    models = [page.register.model, page.register.proxy, panel.model, panel.proxy,
              page.totals.model, page.totals.proxy]
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_extra_screenshots_on_the_demo(qtbot: Any, demo_services: Services, bus: Bus,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    page = ResourcesPage(demo_services, bus)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    states = dict(page.extra_screenshots())
    assert set(states) == {"calendar", "totals", "booking"}
    states["calendar"]()
    row = page.register.selected_row()
    assert row is not None and row.resource.kind is ResourceKind.ROOM
    assert len(page.register.panel.calendar.bars()) >= 3
    states["totals"]()
    assert page.tabs.currentWidget() is page.totals and page.totals.model.rowCount() >= 3
    opened = drive(monkeypatch, BookingDialog, lambda dialog: None)
    states["booking"]()
    assert len(opened) == 1 and opened[0].booking is not None
