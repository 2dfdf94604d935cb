"""Contributions in kind: per partner, the value it lent and received over a period (a year
by default), the figures funders ask for; copied as a table for a spreadsheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.services.pooling_register import PartnerTotal, year_period
from coopdesk.services.workspace_services import Services
from coopdesk.ui.formatting import date_text, money_text
from coopdesk.ui.labels import error_text
from coopdesk.ui.models.record_table import RecordTableModel, make_proxy
from coopdesk.ui.pages.resources.models import total_columns
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.form import DateEdit, error_style
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import release_tab


class TotalsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.services = services
        year = today().year
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.since_edit = DateEdit(year_period(year)[0], self)
        self.since_edit.setAccessibleName(self.tr("Start of the period"))
        self.until_edit = DateEdit(year_period(year)[1], self)
        self.until_edit.setAccessibleName(self.tr("End of the period"))
        self.period_error = QLabel(self)
        self.period_error.setStyleSheet(error_style())
        self.period_error.hide()
        self.copy_button = button(self.tr("Copy the table"), self.copy_table, self,
                                  tooltip=self.tr("Copy the figures, to paste them in a "
                                                  "spreadsheet or a report"))
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Year"), self))
        period.addWidget(self.year_spin)
        period.addSpacing(16)
        period.addWidget(QLabel(self.tr("or from"), self))
        period.addWidget(self.since_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.until_edit)
        period.addStretch(1)
        period.addWidget(self.copy_button)
        self.model: RecordTableModel[PartnerTotal] = RecordTableModel(total_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        release_tab(self.table)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Contributions in kind per partner"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stack = EmptyStack(self.table, self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        hint = QLabel(self.tr(
            "The value of the loans between partners, for the in-kind contributions funders "
            "ask about. A loan counts in the period it starts. A loan without a recorded "
            "value counts the resource's value per day for each day started; a resource "
            "used by its own organisation is not counted."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(period)
        layout.addWidget(self.period_error)
        layout.addWidget(hint)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary_label)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.since_edit.editingFinished.connect(self.refresh)
        self.until_edit.editingFinished.connect(self.refresh)

    def _year_changed(self, year: int) -> None:
        since, until = year_period(year)
        self.since_edit.set_value(since)
        self.until_edit.set_value(until)
        self.refresh()

    def period(self) -> tuple[dt.date, dt.date]:
        """The period the dates say; raises ValidationError for a date that is not one."""
        since = self.since_edit.value("since") or year_period(self.year_spin.value())[0]
        until = self.until_edit.value("until") or year_period(self.year_spin.value())[1]
        if until < since:
            raise ValidationError("until", "The end ({end}) comes before the start ({start}).",
                                  start=since.isoformat(), end=until.isoformat())
        return since, until

    def refresh(self) -> None:
        try:
            since, until = self.period()
        except ValidationError as error:
            self.period_error.setText(error_text(error))
            self.period_error.show()
            return
        self.period_error.hide()
        totals = self.services.resources.totals(since, until)
        self.model.set_rows(totals)
        lent = sum(t.lent_cents for t in totals)
        loans = sum(t.loans for t in totals)
        when = self.tr("from {start} to {end}").format(start=date_text(since),
                                                       end=date_text(until))
        if totals:
            self.stack.show_content()
            self.summary_label.setText(self.tr(
                "{when}: {amount} lent between partners in %n loan(s).", "", loans).format(
                    when=when[:1].upper() + when[1:], amount=money_text(lent)))
        else:
            self.stack.show_empty(self.tr("No loan between partners {when}.\nBook a resource "
                                          "for another partner in the register: its value "
                                          "shows here.").format(when=when))
            self.summary_label.setText("")

    def copy_table(self) -> None:
        """The shown table as tab-separated text (headers first) on the clipboard."""
        columns = range(self.proxy.columnCount())
        lines = ["\t".join(str(self.proxy.headerData(c, Qt.Orientation.Horizontal))
                           for c in columns)]
        for row in range(self.proxy.rowCount()):
            lines.append("\t".join(str(self.proxy.index(row, c).data() or "")
                                   for c in columns))
        QApplication.clipboard().setText("\n".join(lines))
