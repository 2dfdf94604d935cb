"""The inbox of the Synchronisation page: notices, what each means, the choices to settle it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes
from coopdesk.services.duplicates import DuplicateGroup
from coopdesk.services.sharing.inbox import (
    ClockNotice,
    ConflictNotice,
    DeleteEditNotice,
    ForkNotice,
    Notice,
    QuarantineNotice,
)
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.conflicts import ConflictDialog
from coopdesk.ui.labels import error_text
from coopdesk.ui.models.record_table import RecordTableModel
from coopdesk.ui.pages.sync.merge_dialog import MergeDialog
from coopdesk.ui.pages.sync.texts import notice_columns, notice_explanation, record_text
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.tables import release_tab

Choice = tuple[str, Callable[[], Changes | None]]


class InboxPanel(QWidget):
    """Notices in a table; the selected one explained, with buttons for its choices."""

    #: The number of notices changed.
    counted = Signal(int)

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.model: RecordTableModel[Notice] = RecordTableModel(notice_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("inbox_table")
        self.table.setAccessibleName(self.tr("Things to look at"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        release_tab(self.table)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measured on the first rows only: a large workspace can hold a thousand notices.
        header.setResizeContentsPrecision(100)
        header.setStretchLastSection(True)
        self.stack = EmptyStack(self.table, self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: list[QPushButton] = []
        self.button_row = QHBoxLayout()
        for name in ("primary", "secondary", "open"):
            button = QPushButton(self)
            button.setObjectName(f"inbox_{name}")
            button.hide()
            self.buttons.append(button)
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.primary_button, self.secondary_button, self.open_button = self.buttons
        self._choices: list[Callable[[], Changes | None]] = [lambda: None] * 3
        for index, button in enumerate(self.buttons):
            button.clicked.connect(lambda _checked=False, i=index: self.choose(i))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(self.button_row)
        self.table.selectionModel().selectionChanged.connect(self._selected)

    # -- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the notices now, on the GUI thread (after settling one)."""
        self.show_notices(self.services.sync_inbox.notices())

    def show_loading(self) -> None:
        """Say the notices are being looked for, when none is shown yet."""
        if not self.model.rowCount():
            self.stack.show_empty(self.tr("Looking for conflicts and possible duplicates…"))
            self._selected()

    def show_notices(self, notices: list[Notice]) -> None:
        keep = self.selected()
        self.model.set_rows(notices)
        if notices:
            self.stack.show_content()
            index = next((n for n, notice in enumerate(notices) if _same(notice, keep)), 0)
            self.select(index)
        else:
            self.stack.show_empty(self.tr(
                "Nothing to look at: no conflicting versions, no possible duplicates."))
            self._selected()
        self.counted.emit(len(notices))

    def notices(self) -> list[Notice]:
        return self.model.rows()

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def selected(self) -> Notice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        notice = self.selected()
        choices = self.choices_for(notice) if notice is not None else []
        self.explanation.setText(notice_explanation(notice) if notice is not None else "")
        self.explanation.setVisible(notice is not None)
        for index, button in enumerate(self.buttons):
            if index < len(choices) and choices[index][0]:
                button.setText(choices[index][0])
                self._choices[index] = choices[index][1]
                button.show()
            else:
                button.hide()

    # -- choices -------------------------------------------------------------------------
    def choices_for(self, notice: Notice) -> list[Choice]:
        """(button text, what it does) for the primary, secondary and "open" buttons."""
        inbox = self.services.sync_inbox
        if isinstance(notice, ConflictNotice):
            return [(self.tr("Compare and choose…"),
                     lambda: ConflictDialog.ask(self.services, notice, self)),
                    ("", lambda: None), self._open(notice.record_kind, notice.record_id)]
        if isinstance(notice, DeleteEditNotice):
            return [(self.tr("Keep it"), lambda: inbox.keep_record(notice)),
                    (self.tr("Move it to the trash"), lambda: inbox.delete_record(notice)),
                    self._open(notice.record_kind, notice.record_id)]
        if isinstance(notice, ClockNotice | ForkNotice):
            return [(self.tr("I understand"), lambda: inbox.dismiss(notice))]
        if isinstance(notice, QuarantineNotice):
            # nothing to choose: it clears itself when later changes make them valid
            first = notice.changes[0]
            return ([("", lambda: None), ("", lambda: None),
                     self._open(first.record_kind, first.record_id)]
                    if first.record_kind and first.record_title else [])
        return self._duplicate_choices(notice)

    def _duplicate_choices(self, group: DuplicateGroup) -> list[Choice]:
        first = group.records[0]
        return [(self.tr("Merge…"), lambda: MergeDialog.ask(self.services, group, self)),
                (self.tr("They are different"),
                 lambda: self.services.sync_inbox.ignore_duplicates(group)),
                self._open(group.record_kind, first.id)]

    def _open(self, kind: str, record_id: str) -> Choice:
        def show() -> None:
            self.bus.open_record.emit(kind, record_id)

        return self.tr("Open the record"), show

    def choose(self, index: int) -> None:
        """Run the choice of button *index* for the selected notice."""
        notice = self.selected()
        try:
            changes = self._choices[index]()
        except CoopdeskError as error:
            self.bus.status.emit(error_text(error))
            self.refresh()
            return
        if not changes:
            return
        if notice is not None:  # settled: off the list now; the page reads it again
            self.show_notices([n for n in self.notices() if not _same(n, notice)])
        # The page hears the change and looks for notices again, in a worker (a second
        # on a large workspace).
        self.bus.publish(changes)
        if notice is not None:
            self.bus.status.emit(self.settled_text(notice))

    def settled_text(self, notice: Notice) -> str:
        if isinstance(notice, ConflictNotice | DeleteEditNotice):
            return self.tr("Settled: {record}. Other computers follow at their next "
                           "synchronisation.").format(
                record=record_text(notice.record_kind, notice.record_title))
        if isinstance(notice, DuplicateGroup):
            return self.tr("Duplicates of {record} settled.").format(
                record=record_text(notice.record_kind, notice.name))
        return self.tr("Warning dismissed.")


def _same(notice: Notice, other: Notice | None) -> bool:
    if other is None or type(notice) is not type(other):
        return False
    if isinstance(notice, DuplicateGroup):
        assert isinstance(other, DuplicateGroup)
        return notice.name == other.name
    return notice.id == other.id
