"""The notes and outcome of one agenda item, edited in place beside the agenda.

What is typed is saved when the user leaves the item (another item, another tab, the
editor losing focus, the page hiding) or presses Ctrl+S. A refresh of the page never
replaces text that is not saved yet.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.meeting_details import AgendaLine, MeetingDetail
from coopdesk.ui.pages.meetings.widgets import heading
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE


class NotesEditor(QWidget):
    #: The notes of an item were saved: its id.
    saved = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id: str | None = None
        self._stored = ("", "")
        #: Which versions of the texts the editor opened (see RecordService.update's base).
        self._base = ""
        self._loading = False
        self.title_label = heading("", self)
        self.title_label.setWordWrap(True)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes on the agenda item"))
        self.notes_edit.setPlaceholderText(self.tr("What was said: the discussion, figures, "
                                                   "questions raised…"))
        self.notes_edit.setTabChangesFocus(True)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setAccessibleName(self.tr("Outcome of the agenda item"))
        self.outcome_edit.setPlaceholderText(self.tr("What came out of it, in a sentence or "
                                                     "two"))
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        notes_label = QLabel(self.tr("&Notes"), self)
        notes_label.setBuddy(self.notes_edit)
        outcome_label = QLabel(self.tr("O&utcome"), self)
        outcome_label.setBuddy(self.outcome_edit)
        self.state_label = QLabel(self)
        self.state_label.setStyleSheet(MUTED_STYLE)
        self.state_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the notes now (Ctrl+S); they are also saved "
                                            "when you leave the item"))
        self.save_button.clicked.connect(self.commit)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.setWhatsThis(self.tr("Save the agenda item's notes"))
        save.activated.connect(self.commit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 3)
        layout.addWidget(outcome_label)
        layout.addWidget(self.outcome_edit, 1)
        layout.addWidget(self.state_label)
        layout.addWidget(self.save_button)
        for edit in (self.notes_edit, self.outcome_edit):
            edit.textChanged.connect(self._edited)
            edit.installEventFilter(self)
        self.load(None)

    # -- state ---------------------------------------------------------------------------
    def texts(self) -> tuple[str, str]:
        return self.notes_edit.toPlainText(), self.outcome_edit.toPlainText()

    def is_dirty(self) -> bool:
        return self.item_id is not None and self.texts() != self._stored

    def load(self, line: AgendaLine | None) -> None:
        """Show *line*'s notes (the caller saves what was typed first, with `commit`)."""
        self.item_id = line.id if line else None
        self._stored = (line.item.notes, line.item.outcome) if line else ("", "")
        self._base = self._read_base()
        self._set_texts(*self._stored)
        self.title_label.setText(self.tr("{number}. {title}").format(
            number=line.number, title=line.item.title) if line else
            self.tr("Choose an agenda item to take its notes."))
        for widget in (self.notes_edit, self.outcome_edit, self.save_button):
            widget.setEnabled(line is not None)
        self._edited()

    def set_detail(self, detail: MeetingDetail) -> None:
        """The page was refreshed: follow the item's saved text unless typing is pending."""
        if self.item_id is None:
            return
        line = detail.agenda_line(self.item_id)
        if line is None:
            if not self.is_dirty():
                self.load(None)
            else:
                self.context.messages.show_error(self.tr(
                    "This agenda item was deleted: your notes are still here, copy them "
                    "before you choose another item."))
            return
        self.title_label.setText(self.tr("{number}. {title}").format(
            number=line.number, title=line.item.title))
        stored = (line.item.notes, line.item.outcome)
        if self.is_dirty():
            self._stored = stored
            self._edited()
            return
        self._stored = stored
        self._base = self._read_base()  # typing keeps the versions it started from
        if self.texts() != stored:
            self._set_texts(*stored)
        self._edited()

    def _read_base(self) -> str:
        if self.item_id is None:
            return ""
        try:
            return self.context.services.agenda.get(self.item_id).audit.edit_base
        except CoopdeskError:
            return ""

    def _set_texts(self, notes: str, outcome: str) -> None:
        self._loading = True
        try:
            self.notes_edit.setPlainText(notes)
            self.outcome_edit.setPlainText(outcome)
        finally:
            self._loading = False

    def _edited(self) -> None:
        if self._loading:
            return
        if self.is_dirty():
            self.state_label.setText(self.tr("Not saved yet: saved when you leave this item, "
                                             "or now with Ctrl+S."))
        elif self.item_id is not None:
            self.state_label.setText(self.tr("Saved."))
        else:
            self.state_label.setText("")

    # -- saving --------------------------------------------------------------------------
    def commit(self) -> bool:
        """Save what was typed; False when it could not be saved (the text stays)."""
        if not self.is_dirty() or self.item_id is None:
            return True
        item_id = self.item_id
        notes, outcome = self.texts()
        try:
            changes = self.context.services.meeting_details.save_notes(
                item_id, notes, outcome, base=self._base)
        except CoopdeskError as error:
            self.context.report(error)
            return False
        self._stored = (notes, outcome)
        self._base = self._read_base()
        self._edited()
        self.context.publish(changes)
        self.saved.emit(item_id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.notes_edit,
                                                                 self.outcome_edit):
            self.commit()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.commit()
        super().hideEvent(event)
