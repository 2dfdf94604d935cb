"""The trend of a project's reviews: the chart of each practice over time, and each
partner's latest scores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.review_history import PartnerScores, ReviewHistory
from coopdesk.ui.models.record_table import RecordTableModel, make_proxy
from coopdesk.ui.pages.reviews.chart import ScoreChart
from coopdesk.ui.pages.reviews.models import partner_columns
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import release_tab


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ScoreChart(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.model: RecordTableModel[PartnerScores] = RecordTableModel(partner_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        release_tab(self.table)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Latest scores of each partner"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        table_box = QWidget(self)
        box_layout = QVBoxLayout(table_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Latest score of each partner (↗ up, ↘ down since the "
                                 "review before)"), table_box)
        caption.setStyleSheet(MUTED_STYLE)
        caption.setWordWrap(True)
        box_layout.addWidget(caption)
        box_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(table_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)

    def set_history(self, history: ReviewHistory | None) -> None:
        self.chart.set_series(history.series if history else ())
        self.model.set_rows(history.partners if history else ())
        self.table.setVisible(bool(self.model.rowCount()))
        dates = self.chart.dates()
        if len(dates) == 1:
            self.hint.setText(self.tr("One review so far: the trend of each practice shows "
                                      "from the second one."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
