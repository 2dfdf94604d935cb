"""The `dossier` and `calendar` subcommands.

`coopdesk --workspace DIR dossier PROJECT --pdf OUT` writes a project's cooperation dossier
(PROJECT: its id or an unambiguous title); `coopdesk --workspace DIR calendar --out FILE.ics`
writes the meetings and the open due actions as an iCalendar file (`--no-overdue`: not the
actions already overdue). Both speak the language
of this laptop's settings. Qt is imported only when a command runs (the PDF is laid out by
Qt, offscreen), so loading this module keeps the other subcommands Qt-free.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.profile import Profile
from coopdesk.services.calendar_export import CalendarExportService
from coopdesk.services.dossier import DossierService
from coopdesk.services.output_files import all_or_none, check_workspace_outputs
from coopdesk.services.settings import AppPaths, load_settings
from coopdesk.services.workspaces import open_workspace

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from coopdesk.ui.document_wording import QtWording


def run_dossier(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    from coopdesk.ui.printing import write_pdf

    app = _application(args)
    with open_workspace(folder, profile) as workspace:
        [out] = check_workspace_outputs(workspace, [args.pdf], force=args.force)
        service = DossierService(workspace.db, workspace.name)
        project_id = service.find_project(args.project)
        document = service.document(project_id, _wording())
    with all_or_none([out]) as [temporary]:
        pages = write_pdf(document, temporary)
    del app
    print(f"Wrote the dossier “{document.title}” ({pages} pages) to {out.typed}.")
    return 0


def run_calendar(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    app = _application(args)
    with open_workspace(folder, profile) as workspace:
        [out] = check_workspace_outputs(workspace, [args.out], force=args.force)
        result = CalendarExportService(workspace.db).write(
            out.path, _wording(), calendar_name=workspace.name,
            skip_overdue=getattr(args, "no_overdue", False))
    del app
    print(f"Wrote {result.meetings} meetings and {result.actions} due actions to "
          f"{out.typed}.")
    return 0


def _application(args: argparse.Namespace) -> QCoreApplication:
    """The Qt application (offscreen) with this laptop's language installed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from coopdesk.app.paths import translations_dir
    from coopdesk.ui.i18n import install_translators

    app = QGuiApplication.instance() or QGuiApplication(["coopdesk"])
    paths = AppPaths.for_user()
    language = "fr" if getattr(args, "temp_basedir", False) else load_settings(paths).language
    install_translators(app, language, translations_dir(), paths.cache_dir / "translations")
    return app


def _wording() -> QtWording:
    from coopdesk.ui.document_wording import QtWording

    return QtWording()
