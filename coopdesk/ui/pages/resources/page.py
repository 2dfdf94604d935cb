"""The pooled resources page (Ressources): the register with each resource's calendar, and
the contributions in kind per partner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coopdesk.domain.enums import ResourceKind
from coopdesk.domain.errors import NotFoundError
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.resources.register_tab import RegisterTab
from coopdesk.ui.pages.resources.totals_tab import TotalsTab
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.page_context import PageContext


class ResourcesPage(Page):
    page_id = "resources"
    watches = frozenset({"resource", "booking", "organisation", "person", "project"})

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(services, bus, parent)
        self.setObjectName("resources_page")
        self._stale = False
        self.messages = MessageBar(self)
        self.context = PageContext(services, bus, self.messages)
        self.register = RegisterTab(self.context, self, today)
        self.totals = TotalsTab(services, self, today)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.register, self.tr("Register and bookings"))
        self.tabs.addTab(self.totals, self.tr("Contributions in kind"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Pooled resources")

    def refresh(self) -> None:
        self._stale = False
        self.register.refresh()
        self.totals.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*self.watches):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- keyboard: Ctrl+N adds a resource, or books the one shown ------------------------
    def create_new(self) -> None:
        self.create_in_focus()

    def create_in_focus(self) -> None:
        """Ctrl+N: a booking when the focus is in the calendar side, else a resource."""
        self.tabs.setCurrentWidget(self.register)
        focus = self.focusWidget()
        panel = self.register.panel
        if focus is not None and panel.isAncestorOf(focus) and panel.row is not None:
            self.register.book(panel.calendar.current_day())
        else:
            self.register.create_resource()

    def current_record(self) -> tuple[str, str] | None:
        booking_id = self.register.panel.selected_booking_id()
        if booking_id is not None:
            return "booking", booking_id
        resource_id = self.register.selected_id()
        return ("resource", resource_id) if resource_id else None

    def focus_search(self) -> bool:
        self.tabs.setCurrentWidget(self.register)
        self.register.search_edit.setFocus()
        self.register.search_edit.selectAll()
        return True

    # -- global search -------------------------------------------------------------------
    def show_record(self, kind: str, record_id: str) -> bool:
        try:
            if kind == "resource":
                resource_id = self.services.resources.get(record_id).id
                in_trash = self.services.resources.get(record_id).audit.in_trash
            elif kind == "booking":
                booking = self.services.bookings.get(record_id)
                if booking.audit.in_trash:
                    return False  # the calendar shows live bookings; the Trash page has it
                resource_id = booking.resource_id
                in_trash = self.services.resources.get(resource_id).audit.in_trash
            else:
                return False
        except NotFoundError:
            return False
        self.tabs.setCurrentWidget(self.register)
        if not self.register.select(resource_id):
            self.register.clear_filters(trash=in_trash)
            if not self.register.select(resource_id):
                return False
        if kind == "booking":
            self.register.show_booking_line(record_id)
            self.register.panel.calendar.setFocus()
        else:
            self.register.table.setFocus()
        return True

    # -- screenshots ---------------------------------------------------------------------
    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        return [("calendar", self._show_the_room), ("totals", self._show_totals),
                ("booking", self._edit_a_booking)]

    def _the_room(self) -> str | None:
        rows = self.services.resources.resource_rows(kind=ResourceKind.ROOM) or \
            self.services.resources.resource_rows()
        return max(rows, key=lambda r: r.booking_count).id if rows else None

    def _show_the_room(self) -> None:
        room = self._the_room()
        self.tabs.setCurrentWidget(self.register)
        if room is not None:
            self.register.clear_filters()
            self.register.select(room)
            panel = self.register.panel
            panel.show_this_month()
            now = dt.datetime.now()
            upcoming = [line for line in panel.model.rows() if line.booking.starts_at >= now]
            if upcoming:
                panel.select_booking(upcoming[0].id)

    def _show_totals(self) -> None:
        self.tabs.setCurrentWidget(self.totals)
        self.totals.refresh()

    def _edit_a_booking(self) -> None:
        self._show_the_room()
        panel = self.register.panel
        if panel.model.rowCount():
            booking = panel.model.row_at(0).id
            panel.select_booking(booking)
            self.register.edit_booking(booking)
