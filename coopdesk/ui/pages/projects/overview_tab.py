"""The project's overview: what it is about, how residents take part, and in consortium
mode the lead partner, the funder agreement, the quorum and the reporting deadlines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import PartnerRole, ProjectMode
from coopdesk.domain.projects import ReportingDeadlineFields
from coopdesk.services import read_models as rm
from coopdesk.services.projects import ProjectDetail
from coopdesk.ui.models.record_table import RecordTableModel
from coopdesk.ui.pages.projects.models import deadline_columns
from coopdesk.ui.pages.projects.part_dialogs import DeadlineDialog, PartnerDialog
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.facts import FactGrid
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import DELETE_KEY, on_keys, select_index, table_view


def _text_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class OverviewTab(QScrollArea):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: ProjectDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Project overview"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        texts = QHBoxLayout()
        self.description_box, self.description_label = self._text_box(self.tr("Description"))
        self.residents_box, self.residents_label = self._text_box(
            self.tr("Residents' participation"))
        texts.addWidget(self.description_box, 1)
        texts.addWidget(self.residents_box, 1)
        layout.addLayout(texts)
        self.cooperation_hint = QLabel(self.tr(
            "This project is run as a cooperation. If it becomes contractual (a lead "
            "partner, a funder's agreement, reports to send), switch it to consortium mode "
            "with “Edit…” to follow the lead partner, the agreement and the reporting "
            "deadlines here."), body)
        self.cooperation_hint.setWordWrap(True)
        self.cooperation_hint.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.cooperation_hint)
        self.consortium_box = self._build_consortium(body)
        layout.addWidget(self.consortium_box, 1)
        layout.addStretch(0)
        self.setWidget(body)

    def _text_box(self, title: str) -> tuple[QGroupBox, QLabel]:
        box = QGroupBox(title, self)
        label = _text_label(box)
        column = QVBoxLayout(box)
        column.addWidget(label)
        column.addStretch(1)
        return box, label

    def _build_consortium(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Consortium"), parent)
        self.consortium_facts = FactGrid(box)
        self.lead_hint = QLabel(box)
        self.lead_hint.setWordWrap(True)
        self.lead_hint.setStyleSheet(MUTED_STYLE)
        self.add_lead_button = button(self.tr("Add it to the partners"), self.add_lead, box)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.lead_hint, 1)
        hint_row.addWidget(self.add_lead_button)
        self.deadline_model: RecordTableModel[rm.ReportingDeadline] = RecordTableModel(
            deadline_columns(), self)
        self.deadline_table = table_view(box, self.deadline_model,
                                         self.tr("Reporting deadlines"), stretch=1)
        self.deadline_table.setMinimumHeight(140)
        self.deadline_table.activated.connect(lambda _index: self.edit_deadline())
        self.deadline_table.selectionModel().selectionChanged.connect(self._update_buttons)
        on_keys(self.deadline_table, (DELETE_KEY, self.delete_deadline))
        self.deadline_stack = EmptyStack(self.deadline_table, box)
        self.deadline_stack.empty.button.clicked.connect(self.add_deadline)
        self.add_deadline_button = button(self.tr("Add a deadline"), self.add_deadline, box)
        self.edit_deadline_button = button(self.tr("Edit…"), self.edit_deadline, box)
        self.done_button = button(self.tr("Mark as done"), self.toggle_done, box)
        self.delete_deadline_button = button(self.tr("Delete"), self.delete_deadline, box)
        buttons = QHBoxLayout()
        for widget in (self.add_deadline_button, self.edit_deadline_button, self.done_button,
                       self.delete_deadline_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        deadlines_title = QLabel(self.tr("Reporting deadlines"), box)
        deadlines_title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(box)
        layout.addWidget(self.consortium_facts)
        layout.addLayout(hint_row)
        layout.addWidget(deadlines_title)
        layout.addLayout(buttons)
        layout.addWidget(self.deadline_stack, 1)
        return box

    # -- showing -------------------------------------------------------------------------
    def set_detail(self, detail: ProjectDetail) -> None:
        self.detail = detail
        project = detail.project
        self._set_text(self.description_label, project.description, self.tr(
            "No description yet. Say in a few lines what the project is about and for "
            "whom: “Edit…” above."))
        self._set_text(self.residents_label, project.resident_participation, self.tr(
            "How do residents take part (“faire avec les habitants”)? Describe it with "
            "“Edit…” above."))
        consortium = project.mode is ProjectMode.CONSORTIUM
        self.cooperation_hint.setVisible(not consortium)
        self.consortium_box.setVisible(consortium)
        if not consortium:
            return
        rule = project.quorum_rule
        quorum = (self.tr("{fraction} of the voting partners").format(
            fraction=f"{rule.numerator}/{rule.denominator}") if rule.is_fraction else
            self.tr("%n partner(s)", "", project.quorum) if project.quorum else "")
        if quorum and rule.max_proxies is not None:
            quorum = self.tr("{quorum}; at most %n proxy(ies) per person", "",
                             rule.max_proxies).format(quorum=quorum)
        self.consortium_facts.set_facts([
            (self.tr("Lead partner (chef de file)"), detail.lead_name or self.tr("not chosen yet")),
            (self.tr("Funder agreement"), project.funder_agreement_ref),
            (self.tr("Quorum"), quorum)])
        self._show_lead_hint(detail)
        selected = self.selected_deadline()
        self.deadline_model.set_rows(detail.deadlines)
        if detail.deadlines:
            self.deadline_stack.show_content()
            if selected is not None:
                self.select_deadline(selected.id)
        else:
            self.deadline_stack.show_empty(
                self.tr("No reporting deadline yet. Add the reports and deliverables the "
                        "funder's agreement asks for, with their dates."),
                self.tr("Add a deadline"))
        self._update_buttons()

    @staticmethod
    def _set_text(label: QLabel, text: str, empty: str) -> None:
        label.setText(text or empty)
        label.setStyleSheet("" if text else MUTED_STYLE)

    def _show_lead_hint(self, detail: ProjectDetail) -> None:
        lead_id = detail.project.lead_organisation_id
        missing = bool(lead_id) and all(p.partner.organisation_id != lead_id
                                        for p in detail.partners)
        self.lead_hint.setText(self.tr(
            "{name} leads the consortium but is not in the partners list yet.")
            .format(name=detail.lead_name) if missing else "")
        self.lead_hint.setVisible(missing)
        self.add_lead_button.setVisible(missing)

    def selected_deadline(self) -> rm.ReportingDeadline | None:
        rows = self.deadline_table.selectionModel().selectedRows()
        return self.deadline_model.row_at(rows[0].row()) if rows else None

    def select_deadline(self, deadline_id: str) -> None:
        row = self.deadline_model.row_of(lambda d: d.id == deadline_id)
        if row >= 0:
            select_index(self.deadline_table, self.deadline_model.index(row, 0))

    def _update_buttons(self) -> None:
        deadline = self.selected_deadline()
        for widget in (self.edit_deadline_button, self.done_button,
                       self.delete_deadline_button):
            widget.setEnabled(deadline is not None)
        self.done_button.setText(self.tr("Mark as not done") if deadline and deadline.done
                                 else self.tr("Mark as done"))

    # -- acting --------------------------------------------------------------------------
    def add_lead(self) -> None:
        if self.detail is None or not self.detail.project.lead_organisation_id:
            return
        self.context.publish(PartnerDialog.ask(
            self.context.services, self.detail.project.id, role=PartnerRole.LEAD,
            organisation_id=self.detail.project.lead_organisation_id, parent=self))

    def add_deadline(self) -> None:
        if self.detail is not None:
            self.context.publish(DeadlineDialog.ask(self.context.services,
                                                    self.detail.project.id, parent=self))

    def edit_deadline(self) -> None:
        deadline = self.selected_deadline()
        if self.detail is not None and deadline is not None:
            self.context.publish(DeadlineDialog.ask(self.context.services,
                                                    self.detail.project.id, deadline, self))

    def toggle_done(self) -> None:
        deadline = self.selected_deadline()
        if deadline is None:
            return
        fields = ReportingDeadlineFields(project_id=deadline.project_id, label=deadline.label,
                                         due_on=deadline.due_on, done=not deadline.done)
        self.context.run(lambda: self.context.services.deadlines.update(deadline.id, fields))

    def delete_deadline(self) -> None:
        deadline = self.selected_deadline()
        if deadline is not None:
            self.context.trash("reporting_deadline", deadline.id, deadline.label)
