"""The scores of a project's reviews over time, drawn with QPainter: one line per practice
(the mean over the partners) across the review dates, on a 1 to 5 scale, with a legend.

Colours are the Okabe–Ito set (told apart by colour-blind readers), lightened on a dark
palette; each practice also has its own marker and line style, so the chart reads in grey.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopdesk.domain.enums import Practice
from coopdesk.domain.reviews import SCORE_MAX, SCORE_MIN
from coopdesk.services.review_history import PracticeSeries
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.widgets.values import number_text


@dataclass(frozen=True)
class Look:
    colour: str
    marker: str
    line: Qt.PenStyle


LOOKS: dict[Practice, Look] = {
    Practice.OBJECTIVES: Look("#0072B2", "circle", Qt.PenStyle.SolidLine),
    Practice.FRAMEWORK: Look("#E69F00", "square", Qt.PenStyle.DashLine),
    Practice.COMPLEMENTARITY: Look("#009E73", "triangle", Qt.PenStyle.SolidLine),
    Practice.COMMUNICATION: Look("#CC79A7", "diamond", Qt.PenStyle.DashDotLine),
    Practice.EVALUATION: Look("#D55E00", "cross", Qt.PenStyle.DotLine),
}
MARKER = 5.0
GAP = 8.0


def is_dark(colour: QColor) -> bool:
    return colour.lightness() < 128


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.setMinimumSize(QSize(420, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Scores over time"))
        self._series: tuple[PracticeSeries, ...] = ()
        self._dates: list[dt.date] = []

    # -- data ----------------------------------------------------------------------------
    def set_series(self, series: Sequence[PracticeSeries]) -> None:
        self._series = tuple(series)
        self._dates = sorted({point.held_on for s in self._series for point in s.points})
        self.setAccessibleDescription(self.summary())
        self.update()

    def series(self) -> tuple[PracticeSeries, ...]:
        return self._series

    def dates(self) -> list[dt.date]:
        return list(self._dates)

    def colour(self, practice: Practice) -> QColor:
        colour = QColor(LOOKS[practice].colour)
        return colour.lighter(140) if is_dark(self.palette().base().color()) else colour

    def summary(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        if not self._dates:
            return self.empty_text()
        lines = []
        for series in self._series:
            values = "; ".join(
                self.tr("{value} on {date}").format(value=number_text(round(p.average, 2)),
                                                    date=date_text(p.held_on))
                for p in series.points)
            lines.append(self.tr("{practice}: {values}").format(
                practice=enum_label(series.practice), values=values or "—"))
        return "\n".join(lines)

    def empty_text(self) -> str:
        return self.tr("No score yet. Score the partners in a review to see the trend of "
                       "each practice here.")

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = QFontMetrics(self.font())
        legend_height = self._legend_height(metrics)
        caption = self.tr("Mean score of the partners, from 1 to 5")
        plot = self.plot_rect()
        text_colour = palette.text().color()
        painter.setPen(text_colour)
        painter.drawText(QRectF(GAP, GAP, self.width() - 2 * GAP, metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         caption)
        self._draw_axes(painter, plot, metrics)
        if not self._dates:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(plot.adjusted(GAP, GAP, -GAP, -GAP),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.empty_text())
        else:
            self._draw_dates(painter, plot, metrics)
            self._draw_series(painter, plot, metrics)
        self._draw_legend(painter, QRectF(GAP, self.height() - legend_height - GAP / 2,
                                          self.width() - 2 * GAP, legend_height), metrics)
        painter.end()

    def plot_rect(self) -> QRectF:
        """Where the lines go: inside the caption, the axes' labels and the legend."""
        metrics = QFontMetrics(self.font())
        top = GAP + metrics.height() + GAP
        left = GAP + metrics.horizontalAdvance("5") + GAP
        right = self.width() - GAP - metrics.horizontalAdvance("4,75") - 3 * GAP
        bottom = self.height() - self._legend_height(metrics) - metrics.height() - 2 * GAP
        return QRectF(left, top, max(10.0, right - left), max(10.0, bottom - top))

    def point_of(self, practice: Practice, day: dt.date) -> QPointF | None:
        """The centre of a practice's marker on a review date, if it has one."""
        for series in self._series:
            for point in series.points if series.practice is practice else ():
                if point.held_on == day:
                    plot = self.plot_rect()
                    return QPointF(self.x_of(plot, day), self.y_of(plot, point.average))
        return None

    def x_of(self, plot: QRectF, day: dt.date) -> float:
        if len(self._dates) == 1:
            return plot.center().x()
        inner = plot.adjusted(plot.width() * 0.06, 0, -plot.width() * 0.06, 0)
        step = inner.width() / (len(self._dates) - 1)
        return inner.left() + step * self._dates.index(day)

    @staticmethod
    def y_of(plot: QRectF, score: float) -> float:
        share = (score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)
        return plot.bottom() - share * plot.height()

    def _draw_axes(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        palette = self.palette()
        grid = QPen(palette.mid().color(), 1, Qt.PenStyle.DotLine)
        for score in range(SCORE_MIN, SCORE_MAX + 1):
            y = self.y_of(plot, score)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.text().color())
            label = QRectF(GAP / 2, y - metrics.height() / 2, plot.left() - GAP,
                           metrics.height())
            painter.drawText(label, int(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter), str(score))
        painter.setPen(QPen(palette.text().color(), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def _draw_dates(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        labels = [date_text(day) for day in self._dates]
        widest = max(metrics.horizontalAdvance(label) for label in labels) + GAP
        room = plot.width() / max(1, len(labels))
        every = max(1, int(widest // room) + 1) if widest > room else 1
        painter.setPen(self.palette().text().color())
        for n, (day, label) in enumerate(zip(self._dates, labels, strict=True)):
            x = self.x_of(plot, day)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            if n % every == 0 or n == len(labels) - 1:
                box = QRectF(x - widest / 2, plot.bottom() + 6, widest, metrics.height())
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)

    def _draw_series(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        ends: list[tuple[float, str, QColor]] = []
        for series in self._series:
            if not series.points:
                continue
            look, colour = LOOKS[series.practice], self.colour(series.practice)
            points = [QPointF(self.x_of(plot, p.held_on), self.y_of(plot, p.average))
                      for p in series.points]
            if len(points) > 1:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                painter.setPen(QPen(colour, 2.5, look.line, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            for point in points:
                self._draw_marker(painter, point, look.marker, colour)
            if series.points[-1].held_on == self._dates[-1]:
                ends.append((points[-1].y(), number_text(round(series.points[-1].average, 2)),
                             colour))
        # The latest value beside each line's end, pushed apart so they never overlap.
        ends.sort(key=lambda end: end[0])
        last_y = -1e9
        x = self.x_of(plot, self._dates[-1]) + MARKER + GAP
        for y, text, colour in ends:
            y = max(y, last_y + metrics.height())
            last_y = y
            painter.setPen(colour)
            painter.drawText(QRectF(x, y - metrics.height() / 2, 4 * metrics.height(),
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)

    def _draw_marker(self, painter: QPainter, at: QPointF, shape: str, colour: QColor) -> None:
        painter.setPen(QPen(self.palette().base().color(), 1.2))
        painter.setBrush(colour)
        size = MARKER
        if shape == "circle":
            painter.drawEllipse(at, size, size)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
        elif shape == "triangle":
            painter.drawPolygon([QPointF(at.x(), at.y() - size - 1),
                                 QPointF(at.x() - size - 1, at.y() + size),
                                 QPointF(at.x() + size + 1, at.y() + size)])
        elif shape == "diamond":
            painter.drawPolygon([QPointF(at.x(), at.y() - size - 1),
                                 QPointF(at.x() + size + 1, at.y()),
                                 QPointF(at.x(), at.y() + size + 1),
                                 QPointF(at.x() - size - 1, at.y())])
        else:
            painter.setPen(QPen(colour, 2.5))
            painter.drawLine(QPointF(at.x() - size, at.y() - size),
                             QPointF(at.x() + size, at.y() + size))
            painter.drawLine(QPointF(at.x() - size, at.y() + size),
                             QPointF(at.x() + size, at.y() - size))

    # -- legend --------------------------------------------------------------------------
    def _legend_items(self, metrics: QFontMetrics) -> list[tuple[Practice, str, float]]:
        sample = 4 * MARKER + GAP
        return [(practice, enum_label(practice),
                 sample + metrics.horizontalAdvance(enum_label(practice)) + 2 * GAP)
                for practice in Practice]

    def _legend_rows(self, metrics: QFontMetrics) -> list[list[tuple[Practice, str, float]]]:
        rows: list[list[tuple[Practice, str, float]]] = [[]]
        width, room = 0.0, self.width() - 2 * GAP
        for item in self._legend_items(metrics):
            if rows[-1] and width + item[2] > room:
                rows.append([])
                width = 0.0
            rows[-1].append(item)
            width += item[2]
        return rows

    def _legend_height(self, metrics: QFontMetrics) -> float:
        return len(self._legend_rows(metrics)) * (metrics.height() + GAP / 2)

    def _draw_legend(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        y = area.top()
        for row in self._legend_rows(metrics):
            total = sum(item[2] for item in row)
            x = area.left() + max(0.0, (area.width() - total) / 2)
            middle = y + metrics.height() / 2
            for practice, label, width in row:
                look, colour = LOOKS[practice], self.colour(practice)
                painter.setPen(QPen(colour, 2.5, look.line))
                painter.drawLine(QPointF(x, middle), QPointF(x + 4 * MARKER, middle))
                self._draw_marker(painter, QPointF(x + 2 * MARKER, middle), look.marker,
                                  colour)
                painter.setPen(self.palette().text().color())
                text_x = x + 4 * MARKER + GAP
                painter.drawText(QRectF(text_x, y, width - (text_x - x), metrics.height()),
                                 int(Qt.AlignmentFlag.AlignLeft
                                     | Qt.AlignmentFlag.AlignVCenter), label)
                x += width
            y += metrics.height() + GAP / 2
