"""The `minutes` subcommand: `coopdesk --workspace DIR minutes MEETING --pdf OUT` (or
`--odt OUT`, or both) writes the minutes of a meeting (MEETING: its id or an unambiguous
title; an ambiguous one is refused with the candidates listed).

The document speaks the language of this laptop's settings. Qt is imported only when the
command runs, offscreen (QT_QPA_PLATFORM is set before the QGuiApplication is created), so
loading this module keeps the other subcommands Qt-free. The dossier and calendar commands
live in `cli_dossier`, whose Qt start-up this module shares.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coopdesk.app.cli_dossier import _application, _wording
from coopdesk.app.cli_output import fail
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.profile import Profile
from coopdesk.services.minutes import MinutesService
from coopdesk.services.output_files import all_or_none, check_workspace_outputs
from coopdesk.services.workspaces import open_workspace


def run_minutes(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    if args.pdf is None and args.odt is None:
        return fail("say what to write: --pdf OUT, --odt OUT or both")
    app = _application(args)  # before the wording: it installs the translators
    from coopdesk.ui.printing import write_odt, write_pdf

    wanted = [path for path in (args.pdf, args.odt) if path is not None]
    with open_workspace(folder, profile) as workspace:
        outputs = check_workspace_outputs(workspace, wanted, force=args.force)
        service = MinutesService(workspace.db, workspace.name)
        try:
            meeting_id = service.find_meeting(args.meeting)
        except NotFoundError:
            return fail(f"no meeting has the id or title “{args.meeting}”")
        document = service.document(meeting_id, _wording())
    said: list[str] = []
    # both files are written, or neither (a failed ODT leaves no PDF behind)
    with all_or_none(outputs) as temporaries:
        written = dict(zip(wanted, zip(outputs, temporaries, strict=True), strict=True))
        if args.pdf is not None:
            out, temporary = written[args.pdf]
            pages = write_pdf(document, temporary)
            count = f"{pages} page" if pages == 1 else f"{pages} pages"
            said.append(f"Wrote the minutes “{document.title}” ({count}) to {out.typed}.")
        if args.odt is not None:
            out, temporary = written[args.odt]
            write_odt(document, temporary)
            said.append(f"Wrote the minutes “{document.title}” as an editable ODT to "
                        f"{out.typed}.")
    del app
    print("\n".join(said))
    return 0
