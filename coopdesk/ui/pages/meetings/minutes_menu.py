"""The "Minutes" menu of a meeting's page: print preview (Ctrl+P), PDF and ODT exports,
approval at a later meeting, annotations of approved minutes, and the carry-over of the
project's open actions into the agenda.

Questions go through `ApproveMinutesDialog.ask`, `MinutesMenu.ask_annotation` and
`DocumentExports.ask_file` / `show_error` / `show_preview`, which tests replace. Documents
are built and written on the GUI thread with a wait cursor: QTextDocument is not
thread-safe, and a 40-item meeting takes about a second (bench/README.md, "Documents").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.text import file_name
from coopdesk.services import read_models as rm
from coopdesk.services.documents import PrintableDocument
from coopdesk.services.meeting_details import MeetingDetail
from coopdesk.ui import printing
from coopdesk.ui.document_exports import (
    DocumentExports,
    busy_cursor,
    documents_folder,
    with_suffix,
)
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.pages.meetings.sending import MeetingSending
from coopdesk.ui.widgets.page_context import PageContext


def meeting_label(meeting: rm.Meeting) -> str:
    """“Title — long date” to choose a meeting in a list."""
    day = meeting.starts_at.date()
    date = QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)
    return f"{meeting.title} — {date}"


class ApproveMinutesDialog(QDialog):
    """Choose the later meeting at which the minutes were approved."""

    def __init__(self, meeting: rm.Meeting, candidates: list[rm.Meeting],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the minutes"))
        text = QLabel(self.tr("At which meeting were the minutes of “{title}” approved? Once "
                              "approved, the meeting can no longer be changed, only "
                              "annotated.").format(title=meeting.title), self)
        text.setWordWrap(True)
        self.choice = QComboBox(self)
        for candidate in candidates:
            self.choice.addItem(meeting_label(candidate), candidate.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.choice)
        layout.addWidget(buttons)

    def chosen_id(self) -> str | None:
        value = self.choice.currentData()
        return str(value) if value else None

    @classmethod
    def ask(cls, meeting: rm.Meeting, candidates: list[rm.Meeting],
            parent: QWidget | None) -> str | None:
        """The id of the approving meeting, or None when cancelled."""
        dialog = cls(meeting, candidates, parent)
        try:
            return dialog.chosen_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class MinutesMenu(QObject):
    """The Minutes button and its actions, for the meeting shown by a detail view."""

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.view = parent
        self.detail: MeetingDetail | None = None
        self.exports = DocumentExports(context.services, parent)
        self.menu = QMenu(parent)
        self.preview_action = self._action(self.tr("Print preview…"), self.preview,
                                           QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(self.tr("Export PDF…"), self.export_pdf)
        self.odt_action = self._action(self.tr("Export ODT (LibreOffice)…"), self.export_odt)
        self.menu.addSeparator()
        self.approve_action = self._action(self.tr("Approve minutes…"), self.approve)
        self.annotate_action = self._action(self.tr("Annotate…"), self.annotate)
        self.carry_action = self._action(self.tr("Carry over open actions"), self.carry_over)
        self.sending = MeetingSending(context, parent, self.menu, self.document)
        self.button = QToolButton(parent)
        self.button.setText(self.tr("Minutes"))
        self.button.setToolTip(self.tr("Print, export, approve, annotate or send the minutes; "
                                       "the attendance sheet and the invitation (Ctrl+P: "
                                       "print preview)"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self.view)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)  # Ctrl+P works anywhere on the meeting's page
        self.menu.addAction(action)
        return action

    # -- state -------------------------------------------------------------------------
    def set_detail(self, detail: MeetingDetail | None) -> None:
        self.detail = detail
        self.sending.set_detail(detail)
        meeting = detail.meeting if detail else None
        # A general assembly, the board or the bureau: the button names the procès-verbal.
        self.button.setText(self.tr("Official minutes") if meeting is not None
                            and meeting.kind.is_statutory else self.tr("Minutes"))
        live = meeting is not None and not meeting.audit.in_trash
        approved = live and meeting is not None and meeting.status is MeetingStatus.APPROVED
        for action in (self.preview_action, self.pdf_action, self.odt_action):
            action.setEnabled(meeting is not None)
        self.approve_action.setEnabled(live and meeting is not None
                                       and meeting.status is MeetingStatus.HELD)
        self.annotate_action.setEnabled(approved)
        self.carry_action.setEnabled(live and not approved and meeting is not None
                                     and meeting.project_id is not None
                                     and meeting.status is not MeetingStatus.CANCELLED)

    # -- documents ---------------------------------------------------------------------
    def document(self) -> PrintableDocument | None:
        if self.detail is None:
            return None
        try:
            with busy_cursor():
                return self.context.services.minutes.document(self.detail.meeting.id,
                                                              QtWording())
        except CoopdeskError as error:  # a volunteer's template that asks for too much
            self.context.report(error)
            return None

    def preview(self) -> None:
        document = self.document()
        if document is not None:
            DocumentExports.show_preview(document, self.view)

    def export_pdf(self) -> Path | None:
        return self._export(".pdf", self.tr("PDF documents (*.pdf)"), printing.write_pdf)

    def export_odt(self) -> Path | None:
        return self._export(".odt", self.tr("OpenDocument text (*.odt)"), printing.write_odt)

    def _export(self, suffix: str, filter_text: str,
                write: Callable[[PrintableDocument, Path], object]) -> Path | None:
        if self.detail is None:
            return None
        title = self.detail.meeting.title
        suggested = documents_folder() / file_name(self.tr("Minutes - {meeting}").format(
            meeting=title), suffix)
        path = DocumentExports.ask_file(self.view, self.tr("Save the minutes"), suggested,
                                        filter_text)
        if path is None:
            return None
        path = with_suffix(path, suffix)
        if not DocumentExports.allowed(self.context.services, self.view, path,
                                       self.tr("Minutes not saved")):
            return None
        document = self.document()
        if document is None:
            return None
        if not DocumentExports.write_or_report(
                self.view, lambda: write(document, path), self.tr("Minutes not saved"),
                self.tr("The minutes could not be written: {reason}")):
            return None
        self.context.bus.status.emit(self.tr("Minutes saved to {path}.").format(path=path))
        return path

    # -- lifecycle ---------------------------------------------------------------------
    def approve(self) -> None:
        if self.detail is None or not self._commit_notes():
            return
        meeting = self.detail.meeting
        minutes = self.context.services.minutes
        candidates = minutes.approval_candidates(meeting.id)
        if not candidates:
            self.context.messages.show_error(self.tr(
                "Minutes are approved at a later meeting: plan the next meeting first."))
            return
        chosen = ApproveMinutesDialog.ask(meeting, candidates, self.view)
        if chosen is not None:
            self.context.run(lambda: minutes.approve(meeting.id, chosen))

    @classmethod
    def ask_annotation(cls, parent: QWidget | None, title: str) -> str | None:
        text, accepted = QInputDialog.getMultiLineText(
            parent, QApplication.translate("MinutesMenu", "Annotate the minutes"),
            QApplication.translate("MinutesMenu", "Note added to the approved minutes of "
                                   "“{title}” (dated and signed with your name):")
            .format(title=title))
        return text if accepted and text.strip() else None

    def annotate(self) -> None:
        if self.detail is None:
            return
        meeting = self.detail.meeting
        text = self.ask_annotation(self.view, meeting.title)
        if text is not None:
            self.context.run(lambda: self.context.services.minutes.annotate(meeting.id, text))

    def carry_over(self) -> None:
        if self.detail is None or not self._commit_notes():
            return
        meeting_id = self.detail.meeting.id
        changes = self.context.run(
            lambda: self.context.services.minutes.carry_over(meeting_id, QtWording()))
        if changes is not None and not changes:
            self.context.bus.status.emit(self.tr("No open action left to carry over."))

    def _commit_notes(self) -> bool:
        editor = getattr(getattr(self.view, "agenda", None), "editor", None)
        return editor is None or bool(editor.commit())

