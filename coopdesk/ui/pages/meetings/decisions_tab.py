"""The meeting's decisions, with their votes, and the actions that carry each one out."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from coopdesk.services.meeting_details import ActionLine, DecisionLine, MeetingDetail
from coopdesk.services.minutes_parts import vote_formula
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.models.record_table import RecordTableModel, make_proxy
from coopdesk.ui.pages.meetings.models import action_columns, decision_columns, first_line
from coopdesk.ui.pages.meetings.part_dialogs import ActionFromDecisionDialog, DecisionDialog
from coopdesk.ui.pages.meetings.widgets import heading
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_list import select_source_row, selected_record
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import DELETE_KEY, EDIT_KEY, fit_columns, on_keys, table_view


class DecisionsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        self.read_only = False
        self.model: RecordTableModel[DecisionLine] = RecordTableModel(decision_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self.table = table_view(self, self.proxy, self.tr("Decisions"))
        self.table.activated.connect(lambda _index: self.edit_decision())
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        on_keys(self.table, (DELETE_KEY, self.delete_decision), (EDIT_KEY, self.edit_decision))
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self.add_decision)
        self.add_button = button(self.tr("Add a decision"), self.add_decision, self,
                                 tooltip=self.tr("Record a decision (Ctrl+N)"))
        self.edit_button = button(self.tr("Edit…"), self.edit_decision, self,
                                  tooltip=self.tr("Text, agenda item and votes (F2)"))
        self.delete_button = button(self.tr("Delete"), self.delete_decision, self,
                                    tooltip=self.tr("Move the decision to the trash (Del)"))
        self.action_button = button(self.tr("Create an action…"), self.create_action, self,
                                    tooltip=self.tr("Who does what by when to carry out the "
                                                    "decision, in one step"))
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        self._build_panel()
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_selected()

    def _build_panel(self) -> None:
        self.panel = QWidget(self)
        self.text_label = QLabel(self.panel)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.votes_label = QLabel(self.panel)
        self.votes_label.setStyleSheet(MUTED_STYLE)
        self.actions_model: RecordTableModel[ActionLine] = RecordTableModel(action_columns(),
                                                                           self)
        self.actions_table = table_view(self.panel, self.actions_model,
                                        self.tr("Actions from this decision"))
        self.actions_table.activated.connect(self._open_action)
        self.actions_stack = EmptyStack(self.actions_table, self.panel)
        self.actions_stack.empty.button.clicked.connect(self.create_action)
        column = QVBoxLayout(self.panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text_label)
        column.addWidget(self.votes_label)
        column.addWidget(heading(self.tr("Actions decided"), self.panel, 1.0))
        column.addWidget(self.actions_stack, 1)

    # -- showing -------------------------------------------------------------------------
    def set_detail(self, detail: MeetingDetail, read_only: bool = False) -> None:
        self.detail = detail
        self.read_only = read_only
        selected = self.selected_id()
        self.model.set_rows(detail.decisions)
        if detail.decisions:
            self.stack.show_content()
            fit_columns(self.table, {0: 90, 1: 40})
            if selected is None or not self.select(selected):
                self.table.selectRow(0)
        else:
            self.stack.show_empty(
                self.tr("No decision recorded yet. Record each decision as it will read in "
                        "the minutes, with the votes if there was one; then turn it into "
                        "actions."), "" if read_only else self.tr("Add a decision"))
        self._show_selected()

    def selected_line(self) -> DecisionLine | None:
        return selected_record(self.table, self.proxy, self.model.row_at)

    def selected_id(self) -> str | None:
        line = self.selected_line()
        return line.id if line else None

    def select(self, decision_id: str) -> bool:
        return select_source_row(self.table, self.proxy,
                                 self.model.row_of(lambda line: line.id == decision_id))

    def _show_selected(self) -> None:
        line = self.selected_line()
        editable = self.detail is not None and not self.read_only
        self.add_button.setEnabled(editable)
        for widget in (self.edit_button, self.delete_button, self.action_button):
            widget.setEnabled(editable and line is not None)
        self.panel.setVisible(line is not None)
        if line is None:
            self.actions_model.set_rows([])
            return
        decision = line.decision
        self.text_label.setText(decision.text)
        result = decision.result
        if result is not None:
            # The formula the minutes print ("Adoptée par 5 voix pour, 1 contre.").
            text = vote_formula(result, QtWording())
            if decision.named_votes and not result.secret:
                text += "\n" + decision.named_votes
            self.votes_label.setText(text)
        else:
            self.votes_label.setText(self.tr("No vote recorded."))
        self.actions_model.set_rows(line.actions)
        if line.actions:
            self.actions_stack.show_content()
            fit_columns(self.actions_table, {0: 90})
        else:
            self.actions_stack.show_empty(
                self.tr("No action carries out this decision yet."),
                "" if self.read_only else self.tr("Create an action…"))

    # -- acting --------------------------------------------------------------------------
    def add_decision(self) -> None:
        if self.detail is None or self.read_only:
            return
        created = self.context.publish(DecisionDialog.ask(
            self.context.services, self.detail.meeting.id, self.detail.agenda, parent=self))
        if created:
            self.select(created)

    def edit_decision(self) -> None:
        line = self.selected_line()
        if self.detail is not None and line is not None and not self.read_only:
            self.context.publish(DecisionDialog.ask(self.context.services,
                                                    self.detail.meeting.id, self.detail.agenda,
                                                    line.decision, parent=self))

    def delete_decision(self) -> None:
        line = self.selected_line()
        if line is not None and not self.read_only:
            self.context.trash("decision", line.id, first_line(line.decision.text, 60))

    def create_action(self) -> None:
        line = self.selected_line()
        if self.detail is None or line is None or self.read_only:
            return
        created = self.context.publish(ActionFromDecisionDialog.ask(
            self.context.services, line.decision, self.detail.meeting.project_id, self))
        if created:
            self.context.bus.status.emit(self.tr("The action was created; it is followed "
                                                 "in the Actions page."))

    def _open_action(self, index: QModelIndex) -> None:
        line = self.actions_model.row_at(index.row())
        self.context.bus.open_record.emit("action", line.id)
