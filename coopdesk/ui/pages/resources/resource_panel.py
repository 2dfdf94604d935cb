"""The selected resource: what it is, its month of bookings (calendar and list), and the
buttons that book it and change or cancel a booking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.pooling_register import BookingLine, ResourceRow
from coopdesk.services.workspace_services import Services
from coopdesk.ui.formatting import money_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import RecordTableModel, make_proxy
from coopdesk.ui.pages.resources.calendar import MonthCalendar, add_months
from coopdesk.ui.pages.resources.models import booking_columns
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.record_view import RecordView
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.wrap_row import WrapRow

WARNING_STYLE = ("QLabel { background: #fef7e0; color: #7a4a00; border: 1px solid #f9ab00;"
                 " border-radius: 4px; padding: 4px 8px; }")


class ResourcePanel(QWidget):
    #: Book the resource: the day to start from (None: no day chosen).
    book_requested = Signal(object)
    #: Change a booking: its id.
    edit_booking_requested = Signal(str)
    #: Cancel (move to the trash) a booking: its id.
    delete_booking_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.services = services
        self._today = today
        self.row: ResourceRow | None = None
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.facts_label.setStyleSheet(MUTED_STYLE)
        self.unavailable_label = QLabel(self.tr("Not available for loans at the moment."), self)
        self.unavailable_label.setStyleSheet(WARNING_STYLE)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_month_bar()
        self.calendar = MonthCalendar(self, today())
        self.model: RecordTableModel[BookingLine] = RecordTableModel(booking_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self.table = RecordView(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Bookings of the month"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        em = metrics.horizontalAdvance("M")
        when = metrics.horizontalAdvance(" 00/00/0000 00:00–00:00 ") + em // 2
        for column, width in ((0, when), (1, 9 * em), (3, 7 * em), (4, 6 * em), (5, 9 * em)):
            header.resizeSection(column, width)
        self.bookings = EmptyStack(self.table, self)
        self.bookings.empty.button.clicked.connect(lambda: self.book_requested.emit(None))
        self.edit_button = button(self.tr("Edit the booking…"), self._edit_selected, self,
                                  tooltip=self.tr("Change the selected booking, or note how "
                                                  "it came back (Enter)"))
        self.delete_button = button(self.tr("Cancel the booking"), self._delete_selected, self,
                                    tooltip=self.tr("Move the selected booking to the trash "
                                                    "(Del); Ctrl+Z undoes it"))
        # The two buttons go under each other when the panel is narrow (large text).
        actions = WrapRow(self)
        actions.add_widget(self.edit_button)
        actions.add_widget(self.delete_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.bookings, 1)
        lower_layout.addWidget(actions)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.calendar)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([3000, 2000])
        split.setChildrenCollapsible(False)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.unavailable_label)
        layout.addWidget(self.description_label)
        layout.addLayout(self.month_bar)
        layout.addWidget(split, 1)
        self.stack = EmptyStack(content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.calendar.booking_selected.connect(self.select_booking)
        self.calendar.booking_activated.connect(self.edit_booking_requested)
        self.calendar.day_activated.connect(self.book_requested)
        self.calendar.month_changed.connect(lambda _y, _m: self._load_month())
        self.table.selectionModel().selectionChanged.connect(self._table_selection)
        self.table.edit_requested.connect(self._edit_selected)
        self.table.delete_requested.connect(self._delete_selected)
        self.show_resource(None)

    def _build_month_bar(self) -> None:
        self.previous_button = QToolButton(self)
        self.previous_button.setText("‹")
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (Page Up in the calendar)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("›")
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month (Page Down in the calendar)"))
        self.month_label = QLabel(self)
        font = self.month_label.font()
        font.setBold(True)
        self.month_label.setFont(font)
        self.today_button = QPushButton(self.tr("This month"), self)
        self.book_button = QPushButton(self.tr("Book it…"), self)
        self.book_button.setToolTip(self.tr("Book this resource (Ctrl+N in the calendar); a "
                                            "double click on a day books that day"))
        self.previous_button.clicked.connect(lambda: self.move_month(-1))
        self.next_button.clicked.connect(lambda: self.move_month(1))
        self.today_button.clicked.connect(self.show_this_month)
        self.book_button.clicked.connect(
            lambda: self.book_requested.emit(self.calendar.current_day()))
        self.month_bar = QHBoxLayout()
        self.month_bar.addWidget(self.previous_button)
        self.month_bar.addWidget(self.month_label)
        self.month_bar.addWidget(self.next_button)
        self.month_bar.addWidget(self.today_button)
        self.month_bar.addStretch(1)
        self.month_bar.addWidget(self.book_button)

    # -- showing -------------------------------------------------------------------------
    def show_resource(self, row: ResourceRow | None) -> None:
        same = row is not None and self.row is not None and row.id == self.row.id
        self.row = row
        if row is None:
            self.stack.show_empty(self.tr("Select a resource to see its calendar and book "
                                          "it."))
            self.model.set_rows([])
            self.calendar.set_bookings([])
            return
        self.stack.show_content()
        resource = row.resource
        self.title_label.setText(resource.name)
        facts = [enum_label(resource.kind),
                 self.tr("offered by {owner}").format(owner=row.owner_name)]
        if resource.location:
            facts.append(resource.location)
        if resource.value_per_day_cents is not None:
            facts.append(self.tr("{amount} per day").format(
                amount=money_text(resource.value_per_day_cents)))
        self.facts_label.setText(" · ".join(facts))
        self.unavailable_label.setVisible(not resource.available)
        self.description_label.setText(resource.description)
        self.description_label.setVisible(bool(resource.description))
        in_trash = resource.audit.in_trash
        for widget in (self.book_button, self.edit_button, self.delete_button):
            widget.setEnabled(not in_trash)
        if not same:
            self.calendar.set_today(self._today())
        self._load_month()

    def move_month(self, count: int) -> None:
        year, month = add_months(*self.calendar.month(), count)
        self.calendar.set_month(year, month)
        self._load_month()

    def show_this_month(self) -> None:
        today = self._today()
        self.calendar.set_current_day(today)
        self._load_month()

    def show_booking(self, line: BookingLine) -> None:
        start = line.booking.starts_at.date()
        self.calendar.set_month(start.year, start.month)
        self._load_month()
        self.select_booking(line.id)

    def _load_month(self) -> None:
        year, month = self.calendar.month()
        locale = QLocale()
        self.month_label.setText(locale.standaloneMonthName(month).capitalize() + f" {year}")
        if self.row is None:
            return
        since, until = self.calendar.shown_period()
        lines = self.services.resources.bookings(self.row.id, since=since, until=until)
        self.calendar.set_bookings(lines)
        first = dt.datetime(year, month, 1)
        after = dt.datetime(*add_months(year, month, 1), 1)
        in_month = [line for line in lines
                    if line.booking.starts_at < after and line.booking.ends_at > first]
        selected = self.selected_booking_id()
        self.model.set_rows(in_month)
        if in_month:
            self.bookings.show_content()
        else:
            name = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
            self.bookings.show_empty(self.tr("Nothing booked in {month}.").format(month=name),
                                     self.tr("Book it…"))
        if selected:
            self.select_booking(selected)
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------
    def selected_booking(self) -> BookingLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def selected_booking_id(self) -> str | None:
        line = self.selected_booking()
        return line.id if line else None

    def select_booking(self, booking_id: str) -> bool:
        self.calendar.select_booking(booking_id)
        source = self.model.row_of(lambda line: line.id == booking_id)
        if source < 0:
            self.table.clearSelection()
            self._update_buttons()
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._update_buttons()
        return True

    def _table_selection(self, *_args: object) -> None:
        booking_id = self.selected_booking_id()
        if booking_id is not None and booking_id != self.calendar.selected_booking():
            self.calendar.select_booking(booking_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_booking() is not None
        usable = self.row is not None and not self.row.resource.audit.in_trash
        self.edit_button.setEnabled(has and usable)
        self.delete_button.setEnabled(has and usable)

    def _edit_selected(self) -> None:
        booking_id = self.selected_booking_id()
        if booking_id is not None:
            self.edit_booking_requested.emit(booking_id)

    def _delete_selected(self) -> None:
        booking_id = self.selected_booking_id()
        if booking_id is not None:
            self.delete_booking_requested.emit(booking_id)
