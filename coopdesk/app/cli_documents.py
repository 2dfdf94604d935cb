"""The `minutes` subcommand: `coopdesk --workspace DIR minutes MEETING --pdf OUT` (or
`--odt OUT`, `--eml OUT`, or several) writes the minutes of a meeting (MEETING: its id or
an unambiguous title; an ambiguous one is refused with the candidates listed); `--eml`
writes an e-mail draft with the minutes' PDF attached, addressed to the people expected at
the meeting (see services/mail_draft.py). The outputs are written all or none.

The document and the messages speak the command line's language (`--lang`, else this
laptop's setting). Qt is imported only when the command runs, offscreen (QT_QPA_PLATFORM is
set before the QGuiApplication is created), so loading this module keeps the other
subcommands Qt-free. The dossier and calendar commands
live in `cli_dossier`, whose Qt start-up this module shares.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
from coopdesk.app.cli_dossier import _application, _wording
from coopdesk.app.cli_meeting_documents import pdf_bytes, print_draft
from coopdesk.app.cli_output import fail
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.profile import Profile
from coopdesk.services.minutes import MinutesService
from coopdesk.services.output_files import all_or_none, check_workspace_outputs
from coopdesk.services.workspaces import open_workspace

SAY_WHAT = QT_TRANSLATE_NOOP("cli", "say what to write: --pdf OUT, --odt OUT or both, "
                             "and/or --eml OUT")
NO_MEETING = QT_TRANSLATE_NOOP("cli", "no meeting has the id or title “{meeting}”")
WROTE_PDF = QT_TRANSLATE_NOOP("cli", "Wrote the minutes “{title}” ({pages} pages) to {out}.")
WROTE_ONE_PAGE = QT_TRANSLATE_NOOP("cli", "Wrote the minutes “{title}” (1 page) to {out}.")
WROTE_ODT = QT_TRANSLATE_NOOP("cli", "Wrote the minutes “{title}” as an editable ODT to "
                              "{out}.")


def run_minutes(args: argparse.Namespace, folder: Path, profile: Profile,
                catalog: Catalog) -> int:
    eml = getattr(args, "eml", None)
    if args.pdf is None and args.odt is None and eml is None:
        return fail(catalog, catalog.tr(SAY_WHAT))
    app = _application(catalog)  # before the wording: it installs the translators
    from coopdesk.services.mail_draft import MeetingMailService
    from coopdesk.ui.printing import write_odt, write_pdf

    wanted = [path for path in (args.pdf, args.odt, eml) if path is not None]
    with open_workspace(folder, profile) as workspace:
        outputs = check_workspace_outputs(workspace, wanted, force=args.force)
        service = MinutesService(workspace.db, workspace.name)
        try:
            meeting_id = service.find_meeting(args.meeting)
        except NotFoundError:
            return fail(catalog, catalog.tr(NO_MEETING, meeting=args.meeting))
        document = service.document(meeting_id, _wording())
        draft = MeetingMailService(workspace.db, profile.name).minutes_draft(
            meeting_id, pdf_bytes(document), _wording()) if eml is not None else None
    said: list[str] = []
    # every file is written, or none (a failed ODT leaves no PDF behind)
    with all_or_none(outputs) as temporaries:
        written = dict(zip(wanted, zip(outputs, temporaries, strict=True), strict=True))
        if args.pdf is not None:
            out, temporary = written[args.pdf]
            pages = write_pdf(document, temporary)
            said.append(catalog.tr(WROTE_ONE_PAGE if pages == 1 else WROTE_PDF,
                                   title=document.title, pages=pages, out=out.typed))
        if args.odt is not None:
            out, temporary = written[args.odt]
            write_odt(document, temporary)
            said.append(catalog.tr(WROTE_ODT, title=document.title, out=out.typed))
        if draft is not None:
            written[eml][1].write_bytes(draft.eml())
    del app
    for line in said:
        print(line)
    if draft is not None:
        print_draft(draft, written[eml][0].typed, catalog)
    return 0
