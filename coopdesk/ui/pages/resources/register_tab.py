"""The pooling register: the resources partners offer (filters, trash) on the left, the
selected one with its calendar on the right; forms for resources and bookings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import ResourceKind
from coopdesk.domain.pooling import BookingFields, ResourceFields
from coopdesk.services.pooling_register import ResourceRow
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import make_proxy
from coopdesk.ui.models.trashable_table import TrashableTableModel
from coopdesk.ui.pages.exchanges.column_menu import install_column_menu
from coopdesk.ui.pages.exchanges.entry_fields import set_record_choices
from coopdesk.ui.pages.resources.dialogs import BookingDialog, ResourceDialog
from coopdesk.ui.pages.resources.models import resource_columns
from coopdesk.ui.pages.resources.resource_panel import ResourcePanel
from coopdesk.ui.widgets.accessible import enable_clear_button
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.combos import compact
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.form_tools import fields_of
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_list import select_source_row, selected_record, signals_blocked
from coopdesk.ui.widgets.record_view import RecordView
from coopdesk.ui.widgets.typing import TypingPause
from coopdesk.ui.widgets.wrap_row import WrapRow


class RegisterTab(QWidget):
    VALUE, AVAILABLE, NEXT, LOCATION = 3, 4, 5, 7

    def __init__(self, context: PageContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.model: TrashableTableModel[ResourceRow] = TrashableTableModel(
            resource_columns(), lambda r: r.resource.audit.in_trash,
            lambda r: self.tr("In the trash: select it and click “Restore”"), self)
        self.proxy = make_proxy(self.model, self)
        self._build_filters()
        self.table = RecordView(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Pooled resources"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, ems in ((1, 7), (2, 10), (3, 7), (4, 6), (5, 7), (6, 7), (7, 10)):
            header.resizeSection(column, ems * em)
        # The essentials fit beside the calendar; the header's menu shows the rest.
        install_column_menu(self.table, hidden=[self.VALUE, self.AVAILABLE, self.NEXT,
                                                self.LOCATION])
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self._empty_action)
        self.new_button = button(self.tr("New resource…"), self.create_resource, self,
                                 tooltip=self.tr("Add what a partner can lend (Ctrl+N)"))
        self.edit_button = button(self.tr("Edit…"), self.edit_resource, self,
                                  tooltip=self.tr("Change the selected resource (Enter or F2)"))
        self.delete_button = button(self.tr("Delete"), self.delete_resource, self,
                                    tooltip=self.tr("Move the resource to the trash (Del)"))
        self.restore_button = button(self.tr("Restore"), self.restore_resource, self)
        # The buttons go onto two lines when the list is narrow (large text).
        self.button_row = WrapRow(self)
        for widget in (self.new_button, self.edit_button, self.delete_button,
                       self.restore_button):
            self.button_row.add_widget(widget)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.filter_rows)
        left_layout.addWidget(self.button_row)
        left_layout.addWidget(self.stack, 1)
        self.panel = ResourcePanel(self.services, self, today)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([2000, 3000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.edit_requested.connect(self.edit_resource)
        self.table.delete_requested.connect(self.delete_resource)
        self.panel.book_requested.connect(self.book)
        self.panel.edit_booking_requested.connect(self.edit_booking)
        self.panel.delete_booking_requested.connect(self.delete_booking)

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit(self)
        enable_clear_button(self.search_edit)
        self.search_edit.setPlaceholderText(self.tr("Search a resource, a place, a partner…"))
        self.search_edit.setAccessibleName(self.tr("Search the resources"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Kind of resource"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in ResourceKind:
            self.kind_filter.addItem(enum_label(kind), kind.value)
        self.owner_filter = QComboBox(self)
        self.owner_filter.setAccessibleName(self.tr("Offered by"))
        # Narrow lists, and filters that go onto more lines when the list is narrow: the
        # list and the calendar fit side by side on a laptop's screen with large text.
        compact(self.kind_filter, 9)
        compact(self.owner_filter, 10)
        self.count_label = QLabel(self)
        self.trash_check = QCheckBox(self.tr("Show trash"), self)
        self.trash_check.setToolTip(self.tr("Show the resources in the trash, to restore them"))
        first = WrapRow(self)
        first.add_widget(self.search_edit, 1)
        first.add_widget(self.trash_check)
        second = WrapRow(self)
        second.add_widget(self.kind_filter, 1)
        second.add_widget(self.owner_filter, 2)
        second.add_widget(self.count_label)
        self.filter_rows = QVBoxLayout()
        self.filter_rows.addWidget(first)
        self.filter_rows.addWidget(second)
        self.typing = TypingPause(self.search_edit, self.refresh)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.owner_filter.currentIndexChanged.connect(self.refresh)
        self.trash_check.toggled.connect(self.refresh)

    # -- loading -------------------------------------------------------------------------
    def in_trash_mode(self) -> bool:
        return self.trash_check.isChecked()

    def filters_active(self) -> bool:
        return bool(self.search_edit.text().strip() or self.kind_filter.currentIndex() > 0
                    or self.owner_filter.currentIndex() > 0)

    def refresh(self) -> None:
        organisations = self.services.organisations.list()
        set_record_choices(self.owner_filter, [(o.id, o.name) for o in organisations],
                           self.tr("All partners"))
        selected = self.selected_id()
        kind = self.kind_filter.currentData()
        rows = self.services.resources.resource_rows(
            kind=ResourceKind(kind) if kind else None,
            organisation_id=self.owner_filter.currentData(), text=self.search_edit.text(),
            in_trash=self.in_trash_mode())
        self.model.set_rows(rows)
        self._show_count_or_empty(len(rows))
        if not (selected and self.select(selected)):
            if rows and not self.in_trash_mode():
                self.select(self.model.id_at(self.proxy.mapToSource(
                    self.proxy.index(0, 0)).row()))
            else:
                self._selection_changed()

    def _show_count_or_empty(self, count: int) -> None:
        self.count_label.setText(self.tr("%n resource(s)", "", count))
        if count:
            self.stack.show_content()
        elif self.in_trash_mode():
            self.stack.show_empty(self.tr("The trash holds no resource."),
                                  self.tr("Back to the register"))
        elif self.filters_active():
            self.stack.show_empty(self.tr("No resource matches these filters."),
                                  self.tr("Clear the filters"))
        else:
            self.stack.show_empty(
                self.tr("Nothing pooled yet.\nAdd what a partner can lend: a room, a vehicle, "
                        "equipment, a skill or funding, with its value per day."),
                self.tr("New resource…"))

    def _empty_action(self) -> None:
        if self.in_trash_mode() or self.filters_active():
            self.clear_filters()
        else:
            self.create_resource()

    def clear_filters(self, *, trash: bool = False) -> None:
        with signals_blocked(self.search_edit, self.kind_filter, self.owner_filter,
                             self.trash_check):
            self.search_edit.clear()
            self.kind_filter.setCurrentIndex(0)
            self.owner_filter.setCurrentIndex(0)
            self.trash_check.setChecked(trash)
        self.refresh()

    # -- selection -----------------------------------------------------------------------
    def selected_row(self) -> ResourceRow | None:
        return selected_record(self.table, self.proxy, self.model.row_at)

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, resource_id: str) -> bool:
        if not select_source_row(self.table, self.proxy, self.model.row_of_id(resource_id)):
            return False
        self._selection_changed()
        return True

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        in_trash = row is not None and row.resource.audit.in_trash
        self.new_button.setVisible(not self.in_trash_mode())
        self.edit_button.setEnabled(row is not None and not in_trash)
        self.delete_button.setEnabled(row is not None and not in_trash)
        self.delete_button.setVisible(not self.in_trash_mode())
        self.edit_button.setVisible(not self.in_trash_mode())
        self.restore_button.setVisible(self.in_trash_mode())
        self.restore_button.setEnabled(in_trash)
        self.panel.show_resource(row)

    # -- resources -----------------------------------------------------------------------
    def create_resource(self) -> None:
        if self.in_trash_mode():
            self.clear_filters()
        changes = ResourceDialog.ask(self.services, parent=self)
        created = self.context.publish(changes)
        if created:
            name = self.services.resources.get(created).name
            self.select(created)
            self.context.bus.undoable.emit(self.tr("Add “{name}”").format(name=name),
                                           lambda: self.services.resources.delete(created))
            self.context.bus.status.emit(self.tr("“{name}” added to the register.")
                                         .format(name=name))

    def edit_resource(self) -> None:
        row = self.selected_row()
        if row is None or row.resource.audit.in_trash:
            return
        before = fields_of(row.resource, ResourceFields)
        changes = ResourceDialog.ask(self.services, row.resource, parent=self)
        if changes:
            self.context.publish(changes)
            resources = self.services.resources
            self.context.bus.undoable.emit(
                self.tr("Edit “{name}”").format(name=row.resource.name),
                lambda: resources.update(row.id, before))

    def delete_resource(self) -> None:
        row = self.selected_row()
        if row is not None and not row.resource.audit.in_trash:
            self.context.trash("resource", row.id, row.resource.name)

    def restore_resource(self) -> None:
        row = self.selected_row()
        if row is not None and row.resource.audit.in_trash:
            self.context.restore("resource", row.id, row.resource.name)

    # -- bookings ------------------------------------------------------------------------
    def book(self, day: dt.date | None = None) -> None:
        row = self.selected_row()
        if row is None or row.resource.audit.in_trash:
            return
        changes = BookingDialog.ask(self.services, resource_id=row.id, day=day, parent=self)
        created = self.context.publish(changes)
        if created:
            line = self.services.resources.booking_line(created)
            self.show_booking_line(created)
            text = self.tr("Book “{name}”").format(name=line.resource_name)
            self.context.bus.undoable.emit(text, lambda: self.services.bookings.delete(created))
            self.context.bus.status.emit(self.tr("“{name}” booked.").format(
                name=line.resource_name))

    def edit_booking(self, booking_id: str) -> None:
        booking = self.services.bookings.get(booking_id)
        before = fields_of(booking, BookingFields)
        changes = BookingDialog.ask(self.services, booking, parent=self)
        if changes:
            self.context.publish(changes)
            self.show_booking_line(booking_id)
            bookings = self.services.bookings
            self.context.bus.undoable.emit(self.tr("Edit the booking"),
                                           lambda: bookings.update(booking_id, before))

    def delete_booking(self, booking_id: str) -> None:
        line = self.services.resources.booking_line(booking_id)
        name = self.tr("{resource}, {borrower}").format(
            resource=line.resource_name, borrower=line.borrower_name or "?")
        self.context.trash("booking", booking_id, name)

    def show_booking_line(self, booking_id: str) -> bool:
        line = self.services.resources.booking_line(booking_id)
        if self.selected_id() != line.booking.resource_id and \
                not self.select(line.booking.resource_id):
            return False
        self.panel.show_booking(line)
        return True
