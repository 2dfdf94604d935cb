"""The project's common objectives, each with the indicators that measure it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services import read_models as rm
from coopdesk.services.projects import ProjectDetail
from coopdesk.ui.pages.projects.models import ObjectiveTreeModel
from coopdesk.ui.pages.projects.objective_dialogs import IndicatorDialog, ObjectiveDialog
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.progress import ProgressDelegate
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import DELETE_KEY, on_keys, select_index, tree_view


class ObjectivesTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: ProjectDetail | None = None
        self.model = ObjectiveTreeModel(self)
        self.tree = tree_view(self, self.model, self.tr("Objectives and indicators"))
        self.tree.setItemDelegate(ProgressDelegate(self.tree))
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ObjectiveTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, ObjectiveTreeModel.PROGRESS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ObjectiveTreeModel.PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ObjectiveTreeModel.PROGRESS, 180)
        self.tree.activated.connect(lambda _index: self.edit_selected())
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        on_keys(self.tree, (DELETE_KEY, self.delete_selected))
        self.stack = EmptyStack(self.tree, self)
        self.stack.empty.button.clicked.connect(self.add_objective)
        self.add_objective_button = button(self.tr("Add an objective"), self.add_objective, self)
        self.add_indicator_button = button(
            self.tr("Add an indicator"), self.add_indicator, self,
            tooltip=self.tr("Measure the selected objective: a baseline, a target and the "
                            "current value"))
        self.edit_button = button(self.tr("Edit…"), self.edit_selected, self)
        self.delete_button = button(self.tr("Delete"), self.delete_selected, self)
        buttons = QHBoxLayout()
        for widget in (self.add_objective_button, self.add_indicator_button, self.edit_button,
                       self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.description_label)
        self._selection_changed()

    def set_detail(self, detail: ProjectDetail) -> None:
        self.detail = detail
        selected = self.selected_item()
        self.model.set_lines(detail.objectives)
        self.tree.expandAll()
        if detail.objectives:
            self.stack.show_content()
            if selected is not None:
                self.select(selected.id)
        else:
            self.stack.show_empty(
                self.tr("No common objective yet. Agree on what the partners want to achieve "
                        "together, then add an indicator to follow each objective."),
                self.tr("Add an objective"))
        self._selection_changed()

    def objectives(self) -> list[rm.Objective]:
        return [line.objective for line in self.model.lines()]

    def selected_item(self) -> rm.Objective | rm.Indicator | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.item(rows[0]) if rows else None

    def selected_objective_id(self) -> str | None:
        item = self.selected_item()
        if isinstance(item, rm.Indicator):
            return item.objective_id
        return item.id if item is not None else None

    def select(self, record_id: str) -> bool:
        index = self.model.objective_index(record_id)
        if not index.isValid():
            index = self.model.indicator_index(record_id)
        if not index.isValid():
            return False
        select_index(self.tree, index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        item = self.selected_item()
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.add_indicator_button.setEnabled(bool(self.model.rowCount(QModelIndex())))
        objective_id = self.selected_objective_id()
        objective = next((o for o in self.objectives() if o.id == objective_id), None)
        self.description_label.setText(objective.description if objective else "")
        self.description_label.setVisible(bool(objective and objective.description))

    # -- acting --------------------------------------------------------------------------
    def add_objective(self) -> None:
        if self.detail is not None:
            created = self.context.publish(ObjectiveDialog.ask(
                self.context.services, self.detail.project.id, parent=self))
            if created:
                self.select(created)

    def add_indicator(self) -> None:
        objectives = self.objectives()
        if objectives:
            created = self.context.publish(IndicatorDialog.ask(
                self.context.services, objectives,
                self.selected_objective_id() or objectives[0].id, parent=self))
            if created:
                self.select(created)

    def edit_selected(self) -> None:
        item = self.selected_item()
        if self.detail is None or item is None:
            return
        if isinstance(item, rm.Indicator):
            changes = IndicatorDialog.ask(self.context.services, self.objectives(),
                                          item.objective_id, item, parent=self)
        else:
            changes = ObjectiveDialog.ask(self.context.services, self.detail.project.id, item,
                                          parent=self)
        self.context.publish(changes)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if isinstance(item, rm.Indicator):
            self.context.trash("indicator", item.id, item.name)
        elif item is not None:
            self.context.trash("objective", item.id, item.title)
