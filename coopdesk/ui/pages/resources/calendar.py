"""A month of one resource's bookings, painted as a grid of weeks with a bar per booking.

Mouse: a click selects a booking, a double click opens it (or books a free day).
Keyboard: arrows move the current day, Page Up/Down change month, Home comes back to
today, Enter opens the day's booking or books the day.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coopdesk.services.pooling_register import BookingLine
from coopdesk.ui.formatting import datetime_text

WEEKS = 6
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Bar:
    booking_id: str
    rect: QRectF
    first: bool


def last_day(line: BookingLine) -> dt.date:
    """The last day a booking covers (one that ends at midnight stops the day before)."""
    end = line.booking.ends_at - dt.timedelta(microseconds=1)
    return max(end.date(), line.booking.starts_at.date())


def grid_start(year: int, month: int) -> dt.date:
    """The Monday on or before the first day of the month."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=first.weekday())


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


class MonthCalendar(QWidget):
    #: A booking was clicked: its id.
    booking_selected = Signal(str)
    #: A booking was double-clicked or chosen with Enter: its id.
    booking_activated = Signal(str)
    #: A free day was double-clicked or chosen with Enter: the date.
    day_activated = Signal(object)
    #: The month shown changed from the keyboard: (year, month).
    month_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today()
        self._year, self._month = self._today.year, self._today.month
        self._current = self._today
        self._lines: list[BookingLine] = []
        self._selected: str | None = None
        self._bars: list[Bar] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Calendar of the bookings"))

    # -- state ---------------------------------------------------------------------------
    def set_today(self, today: dt.date) -> None:
        self._today = today
        self.update()

    def month(self) -> tuple[int, int]:
        return self._year, self._month

    def set_month(self, year: int, month: int) -> None:
        self._year, self._month = year, month
        if (self._current.year, self._current.month) != (year, month):
            self._current = dt.date(year, month, 1)
        self._describe()
        self.update()

    def shown_period(self) -> tuple[dt.datetime, dt.datetime]:
        """The whole weeks the grid shows, as [start, end)."""
        start = grid_start(self._year, self._month)
        first = dt.datetime.combine(start, dt.time())
        return first, first + WEEKS * 7 * DAY

    def set_bookings(self, lines: list[BookingLine]) -> None:
        self._lines = sorted(lines, key=lambda line: line.booking.starts_at)
        if self._selected not in {line.id for line in self._lines}:
            self._selected = None
        self._describe()
        self.update()

    def select_booking(self, booking_id: str | None) -> None:
        self._selected = booking_id
        line = self._line(booking_id)
        if line is not None and self._in_month(line.booking.starts_at.date()):
            self._current = line.booking.starts_at.date()
        self._describe()
        self.update()

    def selected_booking(self) -> str | None:
        return self._selected

    def current_day(self) -> dt.date:
        return self._current

    def set_current_day(self, day: dt.date) -> None:
        if (day.year, day.month) != (self._year, self._month):
            self._year, self._month = day.year, day.month
            self.month_changed.emit(day.year, day.month)
        self._current = day
        self._describe()
        self.update()

    def bookings_on(self, day: dt.date) -> list[BookingLine]:
        return [line for line in self._lines
                if line.booking.starts_at.date() <= day <= last_day(line)]

    def bars(self) -> list[Bar]:
        """Where each booking is drawn (one bar per week it spans)."""
        self._layout()
        return list(self._bars)

    def day_at(self, point: QPointF) -> dt.date | None:
        top, width, height = self._geometry()
        if point.y() < top or width <= 0 or height <= 0:
            return None
        column = min(6, int(point.x() // width))
        row = min(WEEKS - 1, int((point.y() - top) // height))
        return grid_start(self._year, self._month) + dt.timedelta(days=row * 7 + column)

    def cell_rect(self, day: dt.date) -> QRectF:
        top, width, height = self._geometry()
        offset = (day - grid_start(self._year, self._month)).days
        return QRectF((offset % 7) * width, top + (offset // 7) * height, width, height)

    # -- geometry ------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 12 * 7,
                     self._header_height() + WEEKS * (self._day_line() + 2 * self._lane() + 8))

    def minimumSizeHint(self) -> QSize:
        # At least the day's number and one booking per cell: with large text the
        # resources page still fits a screen 800 pixels high.
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 6 * 7,
                     self._header_height() + WEEKS * (self._day_line() + self._lane()))

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _day_line(self) -> int:
        return self.fontMetrics().height() + 4

    def _lane(self) -> int:
        return self.fontMetrics().height() + 4

    def _geometry(self) -> tuple[float, float, float]:
        top = self._header_height()
        return top, (self.width() - 1) / 7, (self.height() - top - 1) / WEEKS

    def _layout(self) -> list[tuple[Bar, BookingLine, int]]:
        """Bars of the visible bookings, lanes assigned per week; also the overflow."""
        top, width, height = self._geometry()
        start = grid_start(self._year, self._month)
        lanes_fit = max(1, int((height - self._day_line() - 2) // self._lane()))
        placed: list[tuple[Bar, BookingLine, int]] = []
        self._overflow: dict[dt.date, int] = {}
        for week in range(WEEKS):
            week_start = start + dt.timedelta(days=7 * week)
            week_end = week_start + dt.timedelta(days=6)
            segments = []
            for line in self._lines:
                first_day, end_day = line.booking.starts_at.date(), last_day(line)
                if end_day < week_start or first_day > week_end:
                    continue
                segments.append((max(first_day, week_start), min(end_day, week_end), line))
            lane_ends: list[dt.date] = []
            for seg_start, seg_end, line in segments:
                lane = next((n for n, end in enumerate(lane_ends) if end < seg_start), None)
                if lane is None:
                    lane = len(lane_ends)
                    lane_ends.append(seg_end)
                else:
                    lane_ends[lane] = seg_end
                if lane >= lanes_fit:
                    day = seg_start
                    while day <= seg_end:
                        self._overflow[day] = self._overflow.get(day, 0) + 1
                        day += DAY
                    continue
                left = (seg_start - week_start).days * width + 3
                right = ((seg_end - week_start).days + 1) * width - 3
                y = top + week * height + self._day_line() + lane * self._lane()
                rect = QRectF(left, y, right - left, self._lane() - 3)
                first = seg_start == line.booking.starts_at.date()
                placed.append((Bar(line.id, rect, first), line, lane))
        self._bars = [bar for bar, _line, _lane in placed]
        return placed

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        top, width, _height = self._geometry()
        locale = QLocale()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(column * width, 0, width, top),
                             int(Qt.AlignmentFlag.AlignCenter), name)
        start = grid_start(self._year, self._month)
        grid_pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for offset in range(WEEKS * 7):
            day = start + dt.timedelta(days=offset)
            cell = self.cell_rect(day)
            if not self._in_month(day):
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(grid_pen)
            painter.drawRect(cell)
            painter.setPen(palette.color(QPalette.ColorRole.Text) if self._in_month(day)
                           else muted)
            number = QRectF(cell.left() + 4, cell.top() + 2, cell.width() - 8,
                            self._day_line() - 2)
            font = painter.font()
            font.setBold(day == self._today)
            painter.setFont(font)
            painter.drawText(number, int(Qt.AlignmentFlag.AlignLeft
                                         | Qt.AlignmentFlag.AlignVCenter), str(day.day))
            font.setBold(False)
            painter.setFont(font)
            if day == self._today:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
            if day == self._current and self.hasFocus():
                pen = QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawRect(cell.adjusted(3, 3, -3, -3))
        for bar, line, _lane in self._layout():
            self._paint_bar(painter, bar, line)
        painter.setPen(muted)
        for day, count in self._overflow.items():
            cell = self.cell_rect(day)
            painter.drawText(cell.adjusted(4, 0, -4, -2), int(Qt.AlignmentFlag.AlignRight
                                                               | Qt.AlignmentFlag.AlignBottom),
                             self.tr("+%n more", "", count))
        painter.end()

    def _paint_bar(self, painter: QPainter, bar: Bar, line: BookingLine) -> None:
        palette = self.palette()
        if bar.booking_id == self._selected:
            fill = palette.color(QPalette.ColorRole.Highlight)
            ink = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            fill, ink = borrower_colours(line.borrower_name or line.resource_name, palette)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bar.rect, 4, 4)
        painter.setPen(ink)
        name = line.borrower_short_name or self.tr("Booked")
        text = (self.tr("{time} {name}").format(time=line.booking.starts_at.strftime("%H:%M"),
                                                name=name) if bar.first else name)
        inner = bar.rect.adjusted(5, 0, -4, 0)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                  int(inner.width()))
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         elided)

    # -- interaction ---------------------------------------------------------------------
    def bar_at(self, point: QPointF) -> str | None:
        self._layout()
        return next((bar.booking_id for bar in self._bars if bar.rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        booking = self.bar_at(point)
        day = self.day_at(point)
        if day is not None:
            self._current = day
        self._selected = booking
        self._describe()
        self.update()
        if booking is not None:
            self.booking_selected.emit(booking)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        booking = self.bar_at(point)
        if booking is not None:
            self.booking_activated.emit(booking)
        else:
            day = self.day_at(point)
            if day is not None:
                self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                 Qt.Key.Key_Down: 7}
        if key in steps:
            self.set_current_day(self._current + dt.timedelta(days=steps[key]))
            self._select_on_current_day()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            year, month = add_months(self._year, self._month,
                                     -1 if key == Qt.Key.Key_PageUp else 1)
            day = min(self._current.day, 28)
            self.set_current_day(dt.date(year, month, day))
        elif key == Qt.Key.Key_Home:
            self.set_current_day(self._today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            on_day = self.bookings_on(self._current)
            if on_day:
                chosen = self._selected if self._selected in {b.id for b in on_day} \
                    else on_day[0].id
                self.booking_activated.emit(chosen)
            else:
                self.day_activated.emit(self._current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _select_on_current_day(self) -> None:
        on_day = self.bookings_on(self._current)
        self._selected = on_day[0].id if on_day else None
        if self._selected is not None:
            self.booking_selected.emit(self._selected)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            booking = self.bar_at(QPointF(event.pos()))
            line = self._line(booking)
            if line is not None:
                QToolTip.showText(event.globalPos(), booking_summary(line), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- helpers -------------------------------------------------------------------------
    def _in_month(self, day: dt.date) -> bool:
        return (day.year, day.month) == (self._year, self._month)

    def _line(self, booking_id: str | None) -> BookingLine | None:
        return next((line for line in self._lines if line.id == booking_id), None)

    def _describe(self) -> None:
        """What a screen reader says about the current day."""
        current = QDate(self._current.year, self._current.month, self._current.day)
        day = QLocale().toString(current, QLocale.FormatType.LongFormat)
        on_day = self.bookings_on(self._current)
        if on_day:
            text = self.tr("{day}: {bookings}").format(
                day=day, bookings="; ".join(booking_summary(line) for line in on_day))
        else:
            text = self.tr("{day}: free").format(day=day)
        self.setAccessibleDescription(text)


def booking_summary(line: BookingLine) -> str:
    """One line about a booking: who, when, what for."""
    who = line.borrower_name or QCoreApplication.translate("MonthCalendar", "Booked")
    start = datetime_text(line.booking.starts_at)
    end = datetime_text(line.booking.ends_at)
    text = f"{who} — {start} → {end}"
    return f"{text} — {line.booking.purpose}" if line.booking.purpose else text


def borrower_colours(name: str, palette: QPalette) -> tuple[QColor, QColor]:
    """A soft colour per borrower, light bars on a light palette and dark ones on a dark
    palette, with the palette's text colour on them."""
    hue = zlib.crc32(name.encode()) % 360
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    fill = QColor.fromHsl(hue, 110, 70 if dark else 212)
    return fill, palette.color(QPalette.ColorRole.Text)
