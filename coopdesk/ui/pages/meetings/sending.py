"""The secretary's documents of a meeting's page: the attendance sheet (feuille
d'émargement: print preview and PDF) and sending without a mail server — "Send…" writes an
e-mail draft (.eml, see services/mail_draft.py) of the invitation or the minutes, opens it
in the user's mail program, and offers to copy the addresses instead; people without an
e-mail are listed to be let know another way.

Questions go through `SendDialog.ask`, `SendDialog.open_url` and `DocumentExports`, which
tests replace. Documents are built on the GUI thread (QTextDocument is not thread-safe).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.text import file_name
from coopdesk.services.attendance_sheet import AttendanceSheetService
from coopdesk.services.documents import PrintableDocument
from coopdesk.services.mail_draft import MailDraft, MeetingMailService
from coopdesk.services.meeting_details import MeetingDetail
from coopdesk.ui import printing
from coopdesk.ui.document_exports import (
    DocumentExports,
    busy_cursor,
    documents_folder,
    with_suffix,
)
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.widgets.page_context import PageContext


class SendDialog(QDialog):
    """What a draft holds, and the ways to send it: the mail program, or the addresses."""

    def __init__(self, draft: MailDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Send: {subject}").format(subject=draft.subject))
        count = len(draft.recipients)
        self.summary = QLabel(self.tr("%n recipient(s) with an e-mail address. The draft opens "
                                      "in your mail program, to check and send.", "", count),
                              self)
        self.summary.setWordWrap(True)
        self.others = QPlainTextEdit(self)
        self.others.setReadOnly(True)
        self.others.setAccessibleName(self.tr("To let know another way"))
        self.others.setPlainText("\n".join(draft.without_email))
        others_label = QLabel(self.tr("To let know another way (no e-mail address):"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open in the mail program"), self)
        self.copy_button = QPushButton(self.tr("&Copy the addresses"), self)
        self.save_button = QPushButton(self.tr("&Save the draft…"), self)
        for button in (self.open_button, self.copy_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.copy_button.clicked.connect(self.copy_addresses)
        self.save_button.clicked.connect(self.save_as)
        self.copy_button.setEnabled(bool(count))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for widget in (others_label, self.others):
            layout.addWidget(widget)
            widget.setVisible(bool(draft.without_email))
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 320 if draft.without_email else 160)

    # -- replaceable in tests ----------------------------------------------------------
    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    @classmethod
    def ask(cls, draft: MailDraft, parent: QWidget | None) -> None:
        dialog = cls(draft, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- the ways ------------------------------------------------------------------------
    def draft_file(self) -> Path:
        """The draft written once, in a private temporary folder the mail program reads."""
        if self.path is None:
            folder = Path(tempfile.mkdtemp(prefix="coopdesk-draft-"))
            self.path = folder / file_name(self.draft.subject, ".eml")
            self.path.write_bytes(self.draft.eml())
        return self.path

    def open_in_mail_program(self) -> bool:
        try:
            path = self.draft_file()
        except OSError as exc:
            self.status.setText(self.tr("The draft could not be written: {reason}").format(
                reason=exc.strerror or str(exc)))
            return False
        if self.open_url(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("The draft is open in your mail program."))
            return True
        self.status.setText(self.tr("No mail program opened the draft. Copy the addresses "
                                    "into a new message instead, or save the draft and "
                                    "attach the documents yourself."))
        return False

    def copy_addresses(self) -> str:
        text = ", ".join(self.draft.addresses)
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("%n address(es) copied: paste them into a new message.",
                                    "", len(self.draft.addresses)))
        return text

    def save_as(self) -> Path | None:
        suggested = documents_folder() / file_name(self.draft.subject, ".eml")
        path = DocumentExports.ask_file(self, self.tr("Save the e-mail draft"), suggested,
                                        self.tr("E-mail drafts (*.eml)"))
        if path is None:
            return None
        path = with_suffix(path, ".eml")
        if not DocumentExports.write_or_report(
                self, lambda: path.write_bytes(self.draft.eml()), self.tr("Draft not saved"),
                self.tr("The draft could not be written: {reason}")):
            return None
        self.status.setText(self.tr("Draft saved to {path}.").format(path=path))
        return path


class MeetingSending(QObject):
    """The attendance sheet and the "Send…" entries of a meeting's documents menu."""

    def __init__(self, context: PageContext, view: QWidget, menu: QMenu,
                 minutes: Callable[[], PrintableDocument | None]) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.minutes = minutes
        self.detail: MeetingDetail | None = None
        menu.addSeparator()
        self.sheet_action = self._action(menu, self.tr("Attendance sheet (print preview)…"),
                                         self.preview_sheet)
        self.sheet_pdf_action = self._action(menu, self.tr("Export the attendance sheet "
                                                           "(PDF)…"), self.export_sheet)
        menu.addSeparator()
        self.invite_action = self._action(menu, self.tr("Send the invitation…"),
                                          self.send_invitation)
        self.send_minutes_action = self._action(menu, self.tr("Send the minutes…"),
                                                self.send_minutes)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.view)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def set_detail(self, detail: MeetingDetail | None) -> None:
        self.detail = detail
        meeting = detail.meeting if detail else None
        for action in (self.sheet_action, self.sheet_pdf_action, self.invite_action,
                       self.send_minutes_action):
            action.setEnabled(meeting is not None)
        if meeting is not None:
            self.invite_action.setText(
                self.tr("Send the cancellation…") if meeting.status is MeetingStatus.CANCELLED
                else self.tr("Send the invitation…"))

    # -- attendance sheet ----------------------------------------------------------------
    def sheet(self) -> PrintableDocument | None:
        if self.detail is None:
            return None
        services = self.context.services
        try:
            with busy_cursor():
                return AttendanceSheetService(services.db, services.workspace.name).document(
                    self.detail.meeting.id, QtWording())
        except CoopdeskError as error:
            self.context.report(error)
            return None

    def preview_sheet(self) -> None:
        document = self.sheet()
        if document is not None:
            DocumentExports.show_preview(document, self.view)

    def export_sheet(self) -> Path | None:
        if self.detail is None:
            return None
        suggested = documents_folder() / file_name(self.tr("Attendance sheet - {meeting}").format(
            meeting=self.detail.meeting.title), ".pdf")
        path = DocumentExports.ask_file(self.view, self.tr("Save the attendance sheet"),
                                        suggested, self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        path = with_suffix(path, ".pdf")
        if not DocumentExports.allowed(self.context.services, self.view, path,
                                       self.tr("Attendance sheet not saved")):
            return None
        document = self.sheet()
        if document is None or not DocumentExports.write_or_report(
                self.view, lambda: printing.write_pdf(document, path),
                self.tr("Attendance sheet not saved"),
                self.tr("The attendance sheet could not be written: {reason}")):
            return None
        self.context.bus.status.emit(self.tr("Attendance sheet saved to {path}.").format(
            path=path))
        return path

    # -- sending -------------------------------------------------------------------------
    def _mail(self) -> MeetingMailService:
        return MeetingMailService(self.context.services.db,
                                  self.context.services.db.profile.name)

    def invitation_draft(self) -> MailDraft | None:
        if self.detail is None:
            return None
        try:
            with busy_cursor():
                return self._mail().invitation_draft(self.detail.meeting.id, QtWording())
        except CoopdeskError as error:
            self.context.report(error)
            return None

    def minutes_draft(self) -> MailDraft | None:
        if self.detail is None:
            return None
        document = self.minutes()
        if document is None:
            return None
        try:
            with busy_cursor(), tempfile.TemporaryDirectory(prefix="coopdesk-") as folder:
                pdf = Path(folder) / "minutes.pdf"
                printing.write_pdf(document, pdf)
                return self._mail().minutes_draft(self.detail.meeting.id, pdf.read_bytes(),
                                                  QtWording())
        except CoopdeskError as error:
            self.context.report(error)
        except OSError as exc:
            DocumentExports.show_error(self.view, self.tr("Minutes not sent"),
                                       self.tr("The minutes could not be written: {reason}")
                                       .format(reason=exc.strerror or str(exc)))
        return None

    def send_invitation(self) -> None:
        draft = self.invitation_draft()
        if draft is not None:
            SendDialog.ask(draft, self.view)

    def send_minutes(self) -> None:
        draft = self.minutes_draft()
        if draft is not None:
            SendDialog.ask(draft, self.view)
