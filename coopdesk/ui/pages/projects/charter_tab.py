"""The project's charter: its versions, their text, and which partner accepted each one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services import read_models as rm
from coopdesk.services.projects import AcceptanceLine, CharterLine, ProjectDetail
from coopdesk.ui.look import scaled_font
from coopdesk.ui.models.record_table import RecordTableModel
from coopdesk.ui.pages.projects.charter_dialogs import (
    AcceptanceDialog,
    CharterDialog,
    CharterVersionDialog,
)
from coopdesk.ui.pages.projects.models import acceptance_columns, version_columns
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import select_index, table_view


class CharterTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: ProjectDetail | None = None
        self._people: dict[str, str] = {}
        self.version_model: RecordTableModel[rm.CharterVersion] = RecordTableModel(
            version_columns(self._acceptance_count), self)
        self.acceptance_model: RecordTableModel[AcceptanceLine] = RecordTableModel(
            acceptance_columns(lambda pid: self._people.get(pid or "", "")), self)
        content = QWidget(self)
        self.charter_combo = QComboBox(content)
        self.charter_combo.setAccessibleName(self.tr("Charter"))
        self.charter_combo.currentIndexChanged.connect(self._show_charter)
        self.charter_combo.setMinimumContentsLength(16)
        self.charter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.charter_title = QLabel(content)
        self.charter_title.setWordWrap(True)
        self.charter_title.setFont(scaled_font(self.charter_title, 1.2, bold=True))
        self.rename_button = button(self.tr("Rename…"), self.rename_charter, content)
        self.new_version_button = button(
            self.tr("New version"), self.add_version, content,
            tooltip=self.tr("Write the next version, starting from the current text"))
        self.edit_version_button = button(self.tr("Edit the version…"), self.edit_version,
                                          content)
        top = QHBoxLayout()
        top.addWidget(self.charter_combo)
        top.addWidget(self.charter_title, 1)
        top.addWidget(self.rename_button)
        top.addStretch(1)
        top.addWidget(self.new_version_button)
        top.addWidget(self.edit_version_button)
        self.version_table = table_view(content, self.version_model,
                                        self.tr("Versions of the charter"),
                                        stretch=self.version_model.columnCount() - 1,
                                        others=QHeaderView.ResizeMode.ResizeToContents)
        self.version_table.selectionModel().selectionChanged.connect(self._show_version)
        self.version_table.activated.connect(lambda _index: self.edit_version())
        self.version_stack = EmptyStack(self.version_table, content)
        self.version_stack.empty.button.clicked.connect(self.add_version)
        splitter = QSplitter(Qt.Orientation.Horizontal, content)
        splitter.addWidget(self.version_stack)
        splitter.addWidget(self._build_version_pane(splitter))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.stack = EmptyStack(content, self)
        self.stack.empty.button.clicked.connect(self.create_charter)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

    def _build_version_pane(self, parent: QWidget) -> QWidget:
        pane = QWidget(parent)
        self.text_view = QPlainTextEdit(pane)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Text of the version"))
        self.accepted_title = QLabel(pane)
        self.accepted_title.setStyleSheet("font-weight: 600;")
        self.accepted_title.setWordWrap(True)
        self.accept_button = button(self.tr("Record an acceptance"), self.add_acceptance, pane)
        self.remove_acceptance_button = button(self.tr("Remove"), self.remove_acceptance, pane)
        row = QHBoxLayout()
        row.addWidget(self.accepted_title, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.remove_acceptance_button)
        self.acceptance_table = table_view(pane, self.acceptance_model,
                                           self.tr("Acceptances of the version"),
                                           others=QHeaderView.ResizeMode.ResizeToContents)
        self.acceptance_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.acceptance_stack = EmptyStack(self.acceptance_table, pane)
        self.acceptance_stack.empty.button.clicked.connect(self.add_acceptance)
        self.missing_label = QLabel(pane)
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_view, 3)
        layout.addLayout(row)
        layout.addWidget(self.acceptance_stack, 2)
        layout.addWidget(self.missing_label)
        return pane

    # -- showing -------------------------------------------------------------------------
    def set_detail(self, detail: ProjectDetail) -> None:
        self.detail = detail
        self._people = {p.id: p.full_name for p in self.context.services.people.list()}
        current = self.charter_combo.currentData()
        self.charter_combo.blockSignals(True)
        self.charter_combo.clear()
        for line in detail.charters:
            self.charter_combo.addItem(line.charter.title, line.charter.id)
        self.charter_combo.setCurrentIndex(max(0, self.charter_combo.findData(current)))
        self.charter_combo.blockSignals(False)
        self.charter_combo.setVisible(len(detail.charters) > 1)
        self.charter_title.setVisible(len(detail.charters) == 1)
        if not detail.charters:
            self.stack.show_empty(
                self.tr("This project has no charter yet. Write down the shared rules and each "
                        "partner's commitments, then record which partner accepted them."),
                self.tr("Create the charter"))
            return
        self.stack.show_content()
        self._show_charter()

    def charter_line(self) -> CharterLine | None:
        if self.detail is None:
            return None
        charter_id = self.charter_combo.currentData()
        return next((c for c in self.detail.charters if c.charter.id == charter_id), None)

    def _acceptance_count(self, version_id: str) -> int:
        line = self.charter_line()
        return len(line.acceptances.get(version_id, ())) if line else 0

    def _show_charter(self) -> None:
        line = self.charter_line()
        if line is None:
            return
        self.charter_title.setText(line.charter.title)
        selected = self.selected_version()
        self.version_model.set_rows(line.versions)
        if not line.versions:
            self.version_stack.show_empty(
                self.tr("The charter has no text yet."), self.tr("Write the first version"))
        else:
            self.version_stack.show_content()
            keep = selected.id if selected and any(v.id == selected.id for v in line.versions) \
                else line.versions[-1].id
            self.select_version(keep)
        self._show_version()

    def selected_version(self) -> rm.CharterVersion | None:
        rows = self.version_table.selectionModel().selectedRows()
        return self.version_model.row_at(rows[0].row()) if rows else None

    def select_version(self, version_id: str) -> bool:
        row = self.version_model.row_of(lambda v: v.id == version_id)
        if row < 0:
            return False
        select_index(self.version_table, self.version_model.index(row, 0))
        return True

    def _show_version(self, *_args: object) -> None:
        line = self.charter_line()
        version = self.selected_version()
        acceptances = line.acceptances.get(version.id, ()) if line and version else ()
        self.text_view.setPlainText(version.text if version else "")
        self.acceptance_model.set_rows(acceptances)
        if version is None:
            self.accepted_title.setText("")
            self.acceptance_stack.show_empty("")
        else:
            self.accepted_title.setText(self.tr("Accepted by the partners (version {number})")
                                        .format(number=version.number))
            if acceptances:
                self.acceptance_stack.show_content()
            else:
                self.acceptance_stack.show_empty(
                    self.tr("No partner has accepted version {number} yet.")
                    .format(number=version.number), self.tr("Record an acceptance"))
        self._show_missing(version, acceptances)
        self._update_buttons()

    def missing_partners(self, version: rm.CharterVersion | None) -> list[tuple[str, str]]:
        """(organisation id, name) of the members that have not accepted *version* yet."""
        line = self.charter_line()
        if line is None or version is None or self.detail is None:
            return []
        # the project's one reading of who signs (services.projects.CharterLine)
        return [(s.organisation_id, s.name) for s in line.missing(version.id)]

    def _show_missing(self, version: rm.CharterVersion | None,
                      acceptances: tuple[AcceptanceLine, ...]) -> None:
        missing = [name for _id, name in self.missing_partners(version)]
        text = (self.tr("Not accepted yet by: {names}").format(names=", ".join(missing))
                if missing and acceptances else "")
        self.missing_label.setText(text)
        self.missing_label.setVisible(bool(text))

    def _update_buttons(self, *_args: object) -> None:
        has_version = self.selected_version() is not None
        self.edit_version_button.setEnabled(has_version)
        self.accept_button.setEnabled(has_version)
        self.remove_acceptance_button.setEnabled(bool(
            self.acceptance_table.selectionModel().selectedRows()))

    # -- acting --------------------------------------------------------------------------
    def create_charter(self) -> None:
        if self.detail is not None:
            self.context.publish(CharterDialog.ask(self.context.services,
                                                   self.detail.project.id, parent=self))

    def rename_charter(self) -> None:
        line = self.charter_line()
        if self.detail is not None and line is not None:
            self.context.publish(CharterDialog.ask(self.context.services,
                                                   self.detail.project.id, line.charter, self))

    def add_version(self) -> None:
        line = self.charter_line()
        if line is not None:
            current = line.current
            created = self.context.publish(CharterVersionDialog.ask(
                self.context.services, line.charter.id,
                start_text=current.text if current else "", parent=self))
            if created:
                self.select_version(created)

    def edit_version(self) -> None:
        line, version = self.charter_line(), self.selected_version()
        if line is not None and version is not None:
            self.context.publish(CharterVersionDialog.ask(self.context.services,
                                                          line.charter.id, version,
                                                          parent=self))

    def acceptance_choices(self) -> list[tuple[str, str]]:
        """The project's partners, or every organisation when it has none yet."""
        if self.detail is not None and self.detail.partners:
            return [(p.partner.organisation_id, p.organisation_name)
                    for p in self.detail.partners]
        return [(o.id, o.name) for o in self.context.services.organisations.list()]

    def add_acceptance(self) -> None:
        version = self.selected_version()
        if version is not None:
            missing = self.missing_partners(version)
            self.context.publish(AcceptanceDialog.ask(
                self.context.services, version, self.acceptance_choices(), self,
                organisation_id=missing[0][0] if missing else None))

    def remove_acceptance(self) -> None:
        rows = self.acceptance_table.selectionModel().selectedRows()
        if rows:
            line = self.acceptance_model.row_at(rows[0].row())
            self.context.trash("charter_acceptance", line.acceptance.id,
                               line.organisation_name)
