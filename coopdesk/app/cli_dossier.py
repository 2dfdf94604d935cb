"""The `dossier` and `calendar` subcommands.

`coopdesk --workspace DIR dossier PROJECT --pdf OUT` writes a project's cooperation dossier
(PROJECT: its id or an unambiguous title); `coopdesk --workspace DIR calendar --out FILE.ics`
writes the meetings and the open due actions as an iCalendar file (`--no-overdue`: not the
actions already overdue). Both speak the command line's language (`--lang`, else this
laptop's setting: cli_catalog.language_of). Qt is imported only when a command runs (the PDF
is laid out by Qt, offscreen), so loading this module keeps the other subcommands Qt-free.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
from coopdesk.domain.profile import Profile
from coopdesk.services.calendar_export import CalendarExportService
from coopdesk.services.dossier import DossierService
from coopdesk.services.output_files import all_or_none, check_workspace_outputs
from coopdesk.services.settings import AppPaths
from coopdesk.services.workspaces import open_workspace

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from coopdesk.ui.document_wording import QtWording


WROTE_DOSSIER = QT_TRANSLATE_NOOP("cli", "Wrote the dossier “{title}” ({pages} pages) to "
                                  "{out}.")
WROTE_CALENDAR = QT_TRANSLATE_NOOP("cli", "Wrote {meetings} meetings and {actions} due "
                                   "actions to {out}.")


def run_dossier(args: argparse.Namespace, folder: Path, profile: Profile,
                catalog: Catalog) -> int:
    from coopdesk.ui.printing import write_pdf

    app = _application(catalog)
    with open_workspace(folder, profile) as workspace:
        [out] = check_workspace_outputs(workspace, [args.pdf], force=args.force)
        service = DossierService(workspace.db, workspace.name)
        project_id = service.find_project(args.project)
        document = service.document(project_id, _wording())
    with all_or_none([out]) as [temporary]:
        pages = write_pdf(document, temporary)
    del app
    print(catalog.tr(WROTE_DOSSIER, title=document.title, pages=pages, out=out.typed))
    return 0


def run_calendar(args: argparse.Namespace, folder: Path, profile: Profile,
                 catalog: Catalog) -> int:
    app = _application(catalog)
    with open_workspace(folder, profile) as workspace:
        [out] = check_workspace_outputs(workspace, [args.out], force=args.force)
        result = CalendarExportService(workspace.db).write(
            out.path, _wording(), calendar_name=workspace.name,
            skip_overdue=getattr(args, "no_overdue", False))
    del app
    print(catalog.tr(WROTE_CALENDAR, meetings=result.meetings, actions=result.actions,
                     out=out.typed))
    return 0


def _application(catalog: Catalog) -> QCoreApplication:
    """The Qt application (offscreen) with the command line's language installed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from coopdesk.app.paths import translations_dir
    from coopdesk.ui.i18n import install_translators

    app = QGuiApplication.instance() or QGuiApplication(["coopdesk"])
    paths = AppPaths.for_user()
    install_translators(app, catalog.language, translations_dir(),
                        paths.cache_dir / "translations")
    return app


def _wording() -> QtWording:
    from coopdesk.ui.document_wording import QtWording

    return QtWording()
