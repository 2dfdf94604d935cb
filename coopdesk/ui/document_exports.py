"""The interface's way to the cooperation dossier (PDF), an organisation's printed action
list and the calendar export (.ics): choose a file, build the document, write it, report.

Questions and messages go through `DocumentExports.ask_file` / `show_error`, which tests
replace. Building and laying out stay on the GUI thread: QTextDocument is not thread-safe,
and the demo's dossier takes well under a second (see bench/README.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from coopdesk.domain.text import file_name
from coopdesk.services.calendar_export import CalendarExportService
from coopdesk.services.documents import PrintableDocument
from coopdesk.services.dossier import DossierService
from coopdesk.services.output_files import (
    OutputRefusedError,
    ProtectedPlaceError,
    check_workspace_outputs,
)
from coopdesk.services.partner_actions_sheet import PartnerActionsSheetService
from coopdesk.services.workspace_services import Services
from coopdesk.ui import printing
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.labels import error_text


class DocumentExports(QObject):
    """Exports of one workspace's documents, for the pages and the main window."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.parent_widget = parent

    # -- replaceable in tests ----------------------------------------------------------
    @classmethod
    def ask_file(cls, parent: QWidget | None, title: str, suggested: Path,
                 filter_text: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                      filter_text)
        return Path(chosen) if chosen else None

    @classmethod
    def show_error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def show_preview(cls, document: PrintableDocument, parent: QWidget | None) -> None:
        printing.show_print_preview(document, parent)

    @classmethod
    def write_or_report(cls, parent: QWidget | None, write: Callable[[], object], title: str,
                        text: str) -> bool:
        """Run *write* with a wait cursor; if the file cannot be written, show the error
        *title* and *text* (its {reason} filled in) and return False."""
        try:
            with busy_cursor():
                write()
        except OSError as exc:
            cls.show_error(parent, title, text.format(reason=exc.strerror or str(exc)))
            return False
        return True

    @classmethod
    def allowed(cls, services: Services, parent: QWidget | None, path: Path,
                title: str) -> bool:
        """Whether *path* may be written (never inside the workspace's own files or the
        team's shared folder); when not, the plain reason is shown under *title*. The save
        dialog has confirmed replacing an existing file already."""
        try:
            check_workspace_outputs(services.workspace, [path], force=True)
        except ProtectedPlaceError as exc:
            cls.show_error(parent, title, error_text(exc))
            return False
        except OutputRefusedError:
            pass  # a missing folder...: the writer reports it in the document's words
        return True

    # -- the documents -----------------------------------------------------------------
    def export_dossier(self, project_id: str) -> Path | None:
        """Ask where to save the project's dossier and write it; the path, or None."""
        service = DossierService(self.services.db, self.services.workspace.name)
        title = self.services.projects.get(project_id).title
        suggested = documents_folder() / file_name(
            self.tr("Cooperation dossier - {project}").format(project=title), ".pdf")
        path = self.ask_file(self.parent_widget, self.tr("Save the cooperation dossier"),
                             suggested, self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        path = with_suffix(path, ".pdf")
        if not self.allowed(self.services, self.parent_widget, path,
                            self.tr("Dossier not saved")):
            return None
        with busy_cursor():
            document = service.document(project_id, QtWording())
            written = self.write_or_report(
                self.parent_widget, lambda: printing.write_pdf(document, path),
                self.tr("Dossier not saved"), self.tr("The dossier could not be written: {reason}"))
        return path if written else None

    def preview_partner_actions(self, organisation_id: str) -> None:
        """Show the print preview of the organisation's open actions."""
        with busy_cursor():
            document = PartnerActionsSheetService(self.services.db).document(
                organisation_id, QtWording())
        self.show_preview(document, self.parent_widget)

    def export_calendar(self) -> Path | None:
        """Ask where to save the calendar (.ics) and write it; the path, or None."""
        name = self.services.workspace.name
        path = self.ask_file(self.parent_widget, self.tr("Export the calendar"),
                             documents_folder() / file_name(name, ".ics"),
                             self.tr("Calendar files (*.ics)"))
        if path is None:
            return None
        path = with_suffix(path, ".ics")
        if not self.allowed(self.services, self.parent_widget, path,
                            self.tr("Calendar not saved")):
            return None
        written = self.write_or_report(
            self.parent_widget,
            lambda: CalendarExportService(self.services.db).write(path, QtWording(),
                                                                  calendar_name=name),
            self.tr("Calendar not saved"), self.tr("The calendar could not be written: {reason}"))
        return path if written else None


def with_suffix(path: Path, suffix: str) -> Path:
    """*path*, with *suffix* added unless it already ends with it (any case)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def documents_folder() -> Path:
    """Where save dialogs start: the user's documents folder, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while a document is built."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
