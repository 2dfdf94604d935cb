"""The list of projects with its filters, and the buttons that create, open, delete and
restore them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import ProjectMode, ProjectStatus
from coopdesk.services.projects import ProjectRow
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import ROWS_MEASURED, RecordTableModel, make_proxy
from coopdesk.ui.pages.projects.models import project_columns
from coopdesk.ui.pages.projects.project_dialog import ProjectDialog
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.record_list import select_source_row, selected_record, signals_blocked


class ProjectListView(QWidget):
    #: The user wants to see a project's page: its id.
    open_requested = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: RecordTableModel[ProjectRow] = RecordTableModel(project_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self._build_filters()
        self._build_table()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_row)
        layout.addLayout(self.button_row)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # -- building ------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search a title or a neighbourhood…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search projects"))
        self.status_filter = self._enum_filter(self.tr("All statuses"), ProjectStatus)
        self.mode_filter = self._enum_filter(self.tr("Cooperation and consortium"), ProjectMode)
        self.partner_filter = QComboBox(self)
        self.partner_filter.setAccessibleName(self.tr("Partner organisation"))
        self.partner_filter.setMinimumContentsLength(14)
        self.partner_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.trash_check = QCheckBox(self.tr("Show trash"), self)
        self.trash_check.setToolTip(self.tr("Show the projects in the trash, to restore them"))
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search_edit, 2)
        for widget in (self.status_filter, self.mode_filter, self.partner_filter):
            self.filter_row.addWidget(widget, 1)
        self.search_edit.textChanged.connect(self.refresh)
        for combo in (self.status_filter, self.mode_filter, self.partner_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.trash_check.toggled.connect(self.refresh)

    def _enum_filter(self, all_text: str, enum_cls: Any) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(all_text)
        combo.addItem(all_text, None)
        # Narrow enough for large text: the popup still shows whole labels.
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for member in enum_cls:
            combo.addItem(enum_label(member), member)
        return combo

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(ROWS_MEASURED)
        header.setStretchLastSection(False)
        self.table.setAccessibleName(self.tr("Projects"))
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete = QAction(self.tr("Delete"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        self.stack = EmptyStack(self.table, self)
        self.stack.empty.button.clicked.connect(self._empty_action)

    def _build_buttons(self) -> None:
        self.new_button = button(self.tr("New project"), self.create_project, self,
                                 tooltip=self.tr("Create a shared project (Ctrl+N)"))
        self.open_button = button(self.tr("Open"), self.open_selected, self,
                                  tooltip=self.tr("Show the project's page (Enter)"))
        self.edit_button = button(self.tr("Edit…"), self.edit_selected, self)
        self.delete_button = button(self.tr("Delete"), self.delete_selected, self,
                                    tooltip=self.tr("Move the project to the trash (Del)"))
        self.restore_button = button(self.tr("Restore"), self.restore_selected, self)
        self.count_label = QLabel(self)
        self.button_row = QHBoxLayout()
        for widget in (self.new_button, self.open_button, self.edit_button,
                       self.delete_button, self.restore_button):
            self.button_row.addWidget(widget)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.trash_check)
        self.button_row.addSpacing(12)
        self.button_row.addWidget(self.count_label)

    # -- reading -------------------------------------------------------------------------
    def in_trash_mode(self) -> bool:
        return self.trash_check.isChecked()

    def filters_active(self) -> bool:
        return bool(self.search_edit.text().strip() or self.status_filter.currentIndex() > 0
                    or self.mode_filter.currentIndex() > 0
                    or self.partner_filter.currentIndex() > 0)

    def refresh(self) -> None:
        self._fill_partner_filter()
        selected = self.selected_id()
        services = self.context.services
        status, mode = self.status_filter.currentData(), self.mode_filter.currentData()
        rows = services.projects.rows(
            status=ProjectStatus(status) if status else None,
            mode=ProjectMode(mode) if mode else None,
            organisation_id=self.partner_filter.currentData(),
            text=self.search_edit.text(), include_deleted=self.in_trash_mode())
        if self.in_trash_mode():
            rows = [row for row in rows if row.project.audit.in_trash]
        self.model.set_rows(rows)
        self._show_count_or_empty(len(rows))
        if selected:
            self.select(selected)
        self._update_buttons()

    def _fill_partner_filter(self) -> None:
        current = self.partner_filter.currentData()
        organisations = self.context.services.organisations.list()
        self.partner_filter.blockSignals(True)
        self.partner_filter.clear()
        self.partner_filter.addItem(self.tr("All partners"), None)
        for organisation in organisations:
            self.partner_filter.addItem(organisation.name, organisation.id)
        self.partner_filter.setCurrentIndex(max(0, self.partner_filter.findData(current)))
        self.partner_filter.blockSignals(False)

    def _show_count_or_empty(self, count: int) -> None:
        self.count_label.setText(self.tr("%n project(s)", "", count))
        if count:
            self.stack.show_content()
        elif self.in_trash_mode():
            self.stack.show_empty(self.tr("The trash holds no project."),
                                  self.tr("Back to the projects"))
        elif self.filters_active():
            self.stack.show_empty(self.tr("No project matches these filters."),
                                  self.tr("Clear the filters"))
        else:
            self.stack.show_empty(
                self.tr("No shared project yet.\nCreate the first one: its partners, common "
                        "objectives and charter come next."),
                self.tr("New project"))

    def _empty_action(self) -> None:
        if self.in_trash_mode():
            self.trash_check.setChecked(False)
        elif self.filters_active():
            self.clear_filters()
        else:
            self.create_project()

    def clear_filters(self) -> None:
        combos = (self.status_filter, self.mode_filter, self.partner_filter)
        with signals_blocked(*combos, self.search_edit):
            for combo in combos:
                combo.setCurrentIndex(0)
            self.search_edit.clear()
        self.refresh()

    def selected_row(self) -> ProjectRow | None:
        return selected_record(self.table, self.proxy, self.model.row_at)

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, project_id: str) -> bool:
        return select_source_row(self.table, self.proxy,
                                 self.model.row_of(lambda r: r.id == project_id))

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        trash = self.in_trash_mode()
        self.new_button.setVisible(not trash)
        self.edit_button.setVisible(not trash)
        self.delete_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        for widget in (self.open_button, self.edit_button, self.delete_button,
                       self.restore_button):
            widget.setEnabled(has)

    # -- acting --------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_requested.emit(row.id)

    def open_selected(self) -> None:
        project_id = self.selected_id()
        if project_id:
            self.open_requested.emit(project_id)

    def create_project(self) -> None:
        if self.in_trash_mode():
            return
        changes = ProjectDialog.ask(self.context.services, parent=self)
        if changes is None:
            return
        created = self.context.publish(changes)
        if created:
            self.open_requested.emit(created)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.project.audit.in_trash:
            return
        self.context.publish(ProjectDialog.ask(self.context.services, row.project, self))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not row.project.audit.in_trash:
            self.context.trash("project", row.id, row.project.title)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.project.audit.in_trash:
            self.context.restore("project", row.id, row.project.title)
