"""The list of partner organisations (“Structures”), with each one's contacts and projects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import OrgKind
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.directory import OrganisationRow, OrganisationService
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.document_exports import DocumentExports
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.trashable_table import TrashableTableModel
from coopdesk.ui.pages.directory.details import OrganisationDetail
from coopdesk.ui.pages.directory.models import organisation_columns
from coopdesk.ui.pages.directory.organisation_dialog import OrganisationDialog
from coopdesk.ui.pages.directory.tab import RecordTab
from coopdesk.ui.widgets.form_tools import fields_of


class OrganisationsTab(RecordTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        self._trashed: set[str] = set()
        model: TrashableTableModel[OrganisationRow] = TrashableTableModel(
            organisation_columns(), lambda row: row.id in self._trashed,
            lambda _row: self.tr("In the trash: select it and click “Restore” to bring it "
                                 "back."))
        super().__init__(services, bus, model, OrganisationDetail(), parent)
        self.view.setAccessibleName(self.tr("Organisations"))
        self.setObjectName("organisations_tab")
        self.organisation_detail: OrganisationDetail = self.detail  # type: ignore[assignment]
        self.new_action.setText(self.tr("&New organisation"))
        self.new_action.setToolTip(self.tr("Add a partner organisation (Ctrl+N)"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, city, email…"))
        self.filter_edit.setAccessibleName(self.tr("Filter organisations"))
        self.filter_combo.setAccessibleName(self.tr("Kind of organisation"))
        self.filter_combo.setSizeAdjustPolicy(self.filter_combo.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.setMinimumContentsLength(0)
        self.filter_combo.blockSignals(True)
        self.filter_combo.addItem(self.tr("All kinds"), None)
        for kind in OrgKind:
            self.filter_combo.addItem(enum_label(kind), kind)
        self.filter_combo.blockSignals(False)
        self.size_columns((37, 17, 18, 13, 13, 32, 18))
        self._add_print_action()

    def _add_print_action(self) -> None:
        self.print_actions_action = QAction(self.tr("&Print its open actions…"), self)
        self.print_actions_action.setToolTip(self.tr(
            "Print the open actions of the selected organisation across every project, "
            "for volunteers who work without a computer"))
        self.print_actions_action.triggered.connect(self.print_open_actions)
        tool = QToolButton(self)
        tool.setDefaultAction(self.print_actions_action)
        tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.insertWidget(len(self.buttons), tool)
        self.view.selectionModel().selectionChanged.connect(self._update_print_action)
        self.proxy.modelReset.connect(self._update_print_action)
        self._update_print_action()

    def _update_print_action(self, *_args: object) -> None:
        self.print_actions_action.setEnabled(
            self.selected_id() is not None and not self.selected_in_trash())

    def print_open_actions(self) -> None:
        """Show the print preview of the selected organisation's open actions."""
        organisation_id = self.selected_id()
        if organisation_id is not None:
            DocumentExports(self.services, self).preview_partner_actions(organisation_id)

    def service(self) -> OrganisationService:
        return self.services.organisations

    def load_rows(self) -> list[OrganisationRow]:
        data = self.filter_combo.currentData()
        kind = OrgKind(data) if data is not None else None  # Qt returns StrEnum data as str
        showing_trash = self.trash_toggle.isChecked()
        self._trashed = ({o.id for o in self.services.organisations.list(include_deleted=True)
                          if o.audit.in_trash} if showing_trash else set())
        return self.services.organisations.rows(kind=kind, include_deleted=showing_trash)

    def open_editor(self, record: Any) -> Changes | None:
        return OrganisationDialog.ask(self.services, record, self.window())

    def fields_of(self, record: rm.Organisation) -> OrganisationFields:
        return fields_of(record, OrganisationFields)

    def record_name(self, record_id: str) -> str:
        row = self.model.row_of_id(record_id)
        if row >= 0:
            return str(self.model.row_at(row).name)
        try:
            return self.services.organisations.get(record_id).name
        except CoopdeskError:
            return ""

    def show_detail(self, row: OrganisationRow) -> None:
        try:
            page = self.services.partner_page.load(row.id)
        except CoopdeskError:
            self.organisation_detail.clear_detail()
            return
        self.organisation_detail.show_partner(page)

    def empty_text(self) -> str:
        return self.tr("No organisation yet. Click “New organisation” (Ctrl+N) to add the "
                       "first partner.")

    def no_match_text(self) -> str:
        return self.tr("No organisation matches the filter.")

    def first_full_organisation(self) -> str | None:
        """The first listed organisation with both contacts and projects, for screenshots."""
        rows = self.model.rows()
        full = [r for r in rows if r.people_count and r.project_count]
        busiest = max(full or rows, key=lambda r: (r.people_count + r.project_count),
                      default=None)
        return full[0].id if full else (busiest.id if busiest else None)
