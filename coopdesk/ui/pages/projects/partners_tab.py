"""The project's partners: each organisation's role, what it brings and its commitments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.projects import PartnerLine, ProjectDetail
from coopdesk.ui.formatting import money_text
from coopdesk.ui.models.record_table import RecordTableModel, make_proxy
from coopdesk.ui.pages.projects.models import partner_columns
from coopdesk.ui.pages.projects.part_dialogs import PartnerDialog
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.facts import FactGrid
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_list import select_source_row, selected_record
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import DELETE_KEY, on_keys, table_view


class PartnersTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: ProjectDetail | None = None
        self.model: RecordTableModel[PartnerLine] = RecordTableModel(partner_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self.table = table_view(self, self.proxy, self.tr("Partners of the project"), stretch=2)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.edit_partner())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        on_keys(self.table, (DELETE_KEY, self.remove_partner))
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self.add_partner)
        self.add_button = button(self.tr("Add a partner"), self.add_partner, self)
        self.edit_button = button(self.tr("Edit…"), self.edit_partner, self)
        self.remove_button = button(self.tr("Remove"), self.remove_partner, self,
                                    tooltip=self.tr("Remove from the project (Del)"))
        self.total_label = QLabel(self)
        self.total_label.setStyleSheet(MUTED_STYLE)
        self.total_label.setWordWrap(True)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label, 1)
        self.partner_facts = FactGrid(self)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.partner_facts)
        self._update_buttons()

    def set_detail(self, detail: ProjectDetail) -> None:
        self.detail = detail
        selected = self.selected_line()
        self.model.set_rows(detail.partners)
        if detail.partners:
            self.stack.show_content()
            self.table.resizeColumnsToContents()
            for column, widest in ((0, 300), (5, 260)):
                if self.table.columnWidth(column) > widest:
                    self.table.setColumnWidth(column, widest)
            if selected is None or not self.select(selected.partner.id):
                self.table.selectRow(0)
        else:
            self.stack.show_empty(
                self.tr("No partner yet. Add the organisations taking part: each one's role, "
                        "what it brings and what it commits to."),
                self.tr("Add a partner"))
        self._show_total(detail)
        self._update_buttons()

    def _show_total(self, detail: ProjectDetail) -> None:
        shares = [p.partner.budget_share_cents for p in detail.partners
                  if p.partner.budget_share_cents is not None]
        budget = detail.project.budget_cents
        if not shares:
            self.total_label.setText("")
        elif budget:
            self.total_label.setText(self.tr("Budget shares: {shares} of {budget}").format(
                shares=money_text(sum(shares)), budget=money_text(budget)))
        else:
            self.total_label.setText(self.tr("Budget shares: {shares}").format(
                shares=money_text(sum(shares))))

    def selected_line(self) -> PartnerLine | None:
        return selected_record(self.table, self.proxy, self.model.row_at)

    def select(self, partner_id: str) -> bool:
        return select_source_row(self.table, self.proxy,
                                 self.model.row_of(lambda p: p.partner.id == partner_id))

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.edit_button.setEnabled(line is not None)
        self.remove_button.setEnabled(line is not None)
        if line is None:
            self.partner_facts.set_facts([], self.tr(
                "Select a partner to read in full what it brings and its commitments."))
        else:
            self.partner_facts.set_facts([
                (self.tr("{name} brings").format(name=line.organisation_name),
                 line.partner.contribution),
                (self.tr("Its commitments"), line.partner.commitments)],
                self.tr("Nothing recorded yet about what {name} brings or commits to: "
                        "“Edit…” to say it.").format(name=line.organisation_name))
        self.partner_facts.setVisible(bool(self.model.rowCount()))

    def add_partner(self) -> None:
        if self.detail is not None:
            created = self.context.publish(PartnerDialog.ask(
                self.context.services, self.detail.project.id, parent=self))
            if created:
                self.select(created)

    def edit_partner(self) -> None:
        line = self.selected_line()
        if self.detail is not None and line is not None:
            self.context.publish(PartnerDialog.ask(self.context.services,
                                                   self.detail.project.id, line.partner,
                                                   parent=self))

    def remove_partner(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.context.trash("project_partner", line.partner.id, line.organisation_name)
