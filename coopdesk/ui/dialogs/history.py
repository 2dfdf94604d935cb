"""History of one record: its versions, what each changed, and "restore this version"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes
from coopdesk.services.history import FieldChange, Happening, HistoryEntry
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.field_labels import field_label, field_word, local_time, value_text
from coopdesk.ui.formatting import datetime_text
from coopdesk.ui.labels import error_text, kind_label
from coopdesk.ui.models.record_table import Column, RecordTableModel
from coopdesk.ui.widgets.styles import WARNING, tone
from coopdesk.ui.widgets.tables import table_view


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


def concurrent_colour() -> QColor:
    """Changes made at the same time elsewhere, in the amber that reads on the palette."""
    return tone(WARNING)


class RestoreConfirmation:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        """True when the user confirms restoring a version."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          _tr("Restore this version"), text,
                          QMessageBox.StandardButton.Cancel, parent)
        confirm = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(confirm)
        box.exec()
        return box.clickedButton() is confirm


def summary_text(entry: HistoryEntry) -> str:
    """What a version did, after the person's name: "changed: title, due date"."""
    if entry.happening is Happening.CREATED:
        text = _tr("created it")
    elif entry.happening is Happening.DELETED:
        text = _tr("moved it to the trash")
    elif entry.happening is Happening.RESTORED:
        text = _tr("brought it back from the trash")
    elif entry.happening is Happening.PURGED:
        text = _tr("deleted it for good")
    elif entry.happening is Happening.MADE_PRIVATE:
        text = _tr("made it private (it left the other computers)")
    else:
        text = _tr("changed: {fields}").format(
            fields=", ".join(field_word(f) for f in entry.fields))
    if entry.concurrent:
        text = _tr("{summary} (at the same time as someone else)").format(
            summary=text)
    return text


def when_text(entry: HistoryEntry) -> str:
    return datetime_text(local_time(entry.when))


def version_columns() -> list[Column[HistoryEntry]]:
    return [
        Column(_tr("Date"), when_text, sort_key=lambda e: e.when),
        Column(_tr("Who"), lambda e: e.author),
        Column(_tr("Association"), lambda e: e.author_org),
        # The summary says "(at the same time as someone else)" where the colour does.
        Column(_tr("What"), summary_text, tooltip=summary_text,
               foreground=lambda e: concurrent_colour() if e.concurrent else None,
               spoken=summary_text),
    ]


def change_columns() -> list[Column[FieldChange]]:
    def before(change: FieldChange) -> str:
        return value_text(change.field, change.before, change.before_title, one_line=True)

    def after(change: FieldChange) -> str:
        return value_text(change.field, change.after, change.after_title, one_line=True)

    return [
        Column(_tr("Field"), lambda c: field_label(c.field)),
        Column(_tr("Before"), before,
               tooltip=lambda c: value_text(c.field, c.before, c.before_title)),
        Column(_tr("After"), after,
               tooltip=lambda c: value_text(c.field, c.after, c.after_title),
               foreground=lambda c: concurrent_colour() if c.concurrent else None,
               spoken=lambda c: _tr("{value} (at the same time as someone else)").format(
                   value=after(c)) if c.concurrent else after(c)),
    ]




class HistoryDialog(QDialog):
    """Versions on the left, what the selected one changed on the right."""

    def __init__(self, services: Services, kind: str, record_id: str,
                 parent: QWidget | None = None, bus: Bus | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.services = services
        self.bus = bus
        self.kind = kind
        self.record_id = record_id
        #: What restoring versions changed while the dialog was open.
        self.changes = Changes()
        self.resize(900, 680)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        self.versions: RecordTableModel[HistoryEntry] = RecordTableModel(version_columns(), self)
        self.version_table = table_view(
            self, self.versions, self.tr("Versions"),
            stretch=self.versions.columnCount() - 1,
            others=QHeaderView.ResizeMode.ResizeToContents)
        header = self.version_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)  # long names
        header.resizeSection(2, self.fontMetrics().averageCharWidth() * 28)
        self.field_changes: RecordTableModel[FieldChange] = RecordTableModel(
            change_columns(), self)
        self.change_table = table_view(
            self, self.field_changes, self.tr("Changed fields"),
            stretch=self.field_changes.columnCount() - 1,
            others=QHeaderView.ResizeMode.ResizeToContents)
        for section in (1, 2):
            self.change_table.horizontalHeader().setSectionResizeMode(
                section, QHeaderView.ResizeMode.Stretch)
        self.detail_heading = QLabel(self)
        self.detail_heading.setWordWrap(True)
        self.before_text = QPlainTextEdit(self)
        self.after_text = QPlainTextEdit(self)
        self.texts = QWidget(self)
        texts_layout = QHBoxLayout(self.texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        for edit, name in ((self.before_text, self.tr("Before")),
                           (self.after_text, self.tr("After"))):
            edit.setReadOnly(True)
            edit.setAccessibleName(name)
            column = QVBoxLayout()
            column.addWidget(QLabel(name, self.texts))
            column.addWidget(edit, 1)
            texts_layout.addLayout(column, 1)
        self.texts.hide()

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_heading)
        detail_layout.addWidget(self.change_table, 1)
        detail_layout.addWidget(self.texts, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.version_table)
        splitter.addWidget(detail)
        splitter.setSizes([240, 400])
        splitter.setChildrenCollapsible(False)

        self.restore_button = QPushButton(self.tr("&Restore this version…"), self)
        self.restore_button.setToolTip(self.tr(
            "Put every field back as it was in this version; the change is shared like any "
            "other and stays in the history"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.version_table.selectionModel().selectionChanged.connect(self._version_selected)
        self.change_table.selectionModel().selectionChanged.connect(self._change_selected)
        self.refresh()

    @classmethod
    def ask(cls, services: Services, kind: str, record_id: str,
            parent: QWidget | None = None, bus: Bus | None = None) -> Changes:
        """Show the history of a record; returns what restoring versions changed."""
        dialog = cls(services, kind, record_id, parent, bus)
        dialog.exec()
        return dialog.changes

    # -- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            title = self.services.history.title(self.kind, self.record_id)
            entries = self.services.history.of(self.kind, self.record_id)
        except CoopdeskError as error:
            self.versions.set_rows([])
            self._show_message(error_text(error))
            self._version_selected()
            return
        self.setWindowTitle(self.tr("History of “{title}”").format(title=title))
        self.heading.setText(self.tr("{kind} “{title}”: {count} versions").format(
            kind=kind_label(self.kind), title=title, count=len(entries)))
        self.versions.set_rows(entries)
        self.select_version(0)

    def select_version(self, row: int) -> None:
        if not 0 <= row < self.versions.rowCount():
            self._version_selected()
            return
        self.version_table.selectionModel().setCurrentIndex(
            self.versions.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def selected_row(self) -> int | None:
        rows = self.version_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_entry(self) -> HistoryEntry | None:
        row = self.selected_row()
        return self.versions.row_at(row) if row is not None else None

    def _version_selected(self, *_args: object) -> None:
        entry = self.selected_entry()
        self.field_changes.set_rows(list(entry.changes) if entry else [])
        self.texts.hide()
        if entry is None:
            self.detail_heading.setText("")
        else:
            self.detail_heading.setText(self.tr("{who} ({association}), {when}: {what}").format(
                who=entry.author, association=entry.author_org or "—", when=when_text(entry),
                what=summary_text(entry)))
            if entry.changes:
                self.change_table.selectRow(0)
        row = self.selected_row()
        self.restore_button.setEnabled(entry is not None and entry.restorable and row != 0)

    def _change_selected(self, *_args: object) -> None:
        rows = self.change_table.selectionModel().selectedRows()
        change = self.field_changes.row_at(rows[0].row()) if rows else None
        if change is None or not change.long_text:
            self.texts.hide()
            return
        self.before_text.setPlainText(value_text(change.field, change.before))
        self.after_text.setPlainText(value_text(change.field, change.after))
        self.texts.show()

    # -- restoring -----------------------------------------------------------------------
    def restore_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or not entry.restorable or self.selected_row() == 0:
            return False
        question = self.tr("Put every field back as it was on {when} ({who})? The current "
                           "values stay in the history.").format(when=when_text(entry),
                                                                  who=entry.author)
        if not RestoreConfirmation.ask(self, question):
            return False
        newest = self.versions.row_at(0)
        history, kind, record_id = self.services.history, self.kind, self.record_id
        try:
            changes = history.restore_version(kind, record_id, entry.tx)
        except CoopdeskError as error:
            self._show_message(error_text(error))
            return False
        self.changes = self.changes | changes
        if self.bus is not None:
            self.bus.publish(changes)
            if newest.restorable:
                self.bus.undoable.emit(self.tr("Restore a version"),
                                       lambda: history.restore_version(kind, record_id,
                                                                       newest.tx))
            self.bus.status.emit(self.tr("The version of {when} is restored.").format(
                when=when_text(entry)))
        self.message.hide()
        self.refresh()
        return True

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
