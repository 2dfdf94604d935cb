"""The secretary's commands: `attendance-sheet MEETING --pdf OUT`, `invite MEETING --ics OUT
--eml OUT` and `actions --pdf OUT [--partner ORG] [--open]`, plus the e-mail draft of the
minutes (`minutes … --eml OUT`, see cli_documents).

MEETING is a meeting's id or an unambiguous title, ORG an organisation's id or name. Every
output goes through the workspace's output checks (never inside its own files, an existing
file only with --force, several outputs all or none). Messages speak the user's language
(French by default, `--lang en`), like the record commands; the documents speak the
language of this laptop's settings. Qt is imported only when a PDF is laid out.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
from coopdesk.app.cli_dossier import _application, _wording
from coopdesk.app.cli_output import fail
from coopdesk.domain.profile import Profile
from coopdesk.services.output_files import all_or_none, check_workspace_outputs
from coopdesk.services.workspaces import open_workspace

if TYPE_CHECKING:
    from coopdesk.services.documents import PrintableDocument
    from coopdesk.services.mail_draft import MailDraft

SAY_WHAT = QT_TRANSLATE_NOOP("cli", "say what to write: {options}")
WROTE_SHEET = QT_TRANSLATE_NOOP(
    "cli", "Wrote the attendance sheet “{title}” ({pages} pages, {people} people) to {path}.")
WROTE_INVITATION = QT_TRANSLATE_NOOP(
    "cli", "Wrote the invitation “{title}” (sequence {sequence}, {count} attendees with an "
    "e-mail address) to {path}.")
WROTE_CANCELLATION = QT_TRANSLATE_NOOP(
    "cli", "Wrote the cancellation of “{title}” (sequence {sequence}, {count} attendees with "
    "an e-mail address) to {path}.")
NO_ORGANISER = QT_TRANSLATE_NOOP(
    "cli", "Warning: nobody convenes with an e-mail address (the secretary of the meeting or "
    "the project's lead partner): the invitation names no organiser.")
WROTE_DRAFT = QT_TRANSLATE_NOOP(
    "cli", "Wrote the e-mail draft “{subject}” to {path} ({count} recipients); open it in your "
    "mail program to check and send it.")
LET_KNOW = QT_TRANSLATE_NOOP("cli", "To let know another way (no e-mail address): {names}.")
WROTE_PLAN = QT_TRANSLATE_NOOP(
    "cli", "Wrote the action plan “{title}” ({count} actions, {pages} pages) to {path}.")


def print_draft(draft: MailDraft, path: str, catalog: Catalog) -> None:
    print(catalog.tr(WROTE_DRAFT, subject=draft.subject, path=path,
                       count=len(draft.recipients)))
    if draft.without_email:
        print(catalog.tr(LET_KNOW, names="; ".join(draft.without_email)))


def pdf_bytes(document: PrintableDocument) -> bytes:
    """The PDF of *document*, laid out in a temporary folder (Qt must be running)."""
    from coopdesk.ui.printing import write_pdf

    with tempfile.TemporaryDirectory(prefix="coopdesk-") as folder:
        path = Path(folder) / "document.pdf"
        write_pdf(document, path)
        return path.read_bytes()


def run_attendance_sheet(args: argparse.Namespace, folder: Path, profile: Profile,
                      catalog: Catalog) -> int:
    app = _application(catalog)
    from coopdesk.services.attendance_sheet import AttendanceSheetService
    from coopdesk.services.minutes import MinutesService
    from coopdesk.ui.printing import write_pdf

    with open_workspace(folder, profile) as workspace:
        [out] = check_workspace_outputs(workspace, [args.pdf], force=args.force)
        meeting_id = MinutesService(workspace.db).find_meeting(args.meeting)
        service = AttendanceSheetService(workspace.db, workspace.name)
        people = len(service.people.people(meeting_id).people)
        document = service.document(meeting_id, _wording())
    with all_or_none([out]) as [temporary]:
        pages = write_pdf(document, temporary)
    del app
    print(catalog.tr(WROTE_SHEET, title=document.title, pages=pages, people=people,
                       path=out.typed))
    return 0


def run_invite(args: argparse.Namespace, folder: Path, profile: Profile,
            catalog: Catalog) -> int:
    if args.ics is None and args.eml is None:
        return fail(catalog, catalog.tr(SAY_WHAT, options="--ics FILE, --eml FILE"))
    app = _application(catalog)
    from coopdesk.services.invitation import InvitationService
    from coopdesk.services.mail_draft import MeetingMailService
    from coopdesk.services.minutes import MinutesService

    wanted = [path for path in (args.ics, args.eml) if path is not None]
    with open_workspace(folder, profile) as workspace:
        outputs = check_workspace_outputs(workspace, wanted, force=args.force)
        meeting_id = MinutesService(workspace.db).find_meeting(args.meeting)
        wording = _wording()
        invitation = InvitationService(workspace.db).invitation(meeting_id, wording)
        draft = MeetingMailService(workspace.db, profile.name).invitation_draft(
            meeting_id, wording) if args.eml is not None else None
        title = MinutesService(workspace.db).gather(meeting_id).meeting.title
    said: list[str] = []
    with all_or_none(outputs) as temporaries:
        for path, out, temporary in zip(wanted, outputs, temporaries, strict=True):
            if path is args.ics:
                temporary.write_bytes(invitation.ics)
                said.append(catalog.tr(
                    WROTE_CANCELLATION if invitation.method == "CANCEL"
                    else WROTE_INVITATION, title=title, sequence=invitation.sequence,
                    count=len(invitation.attendees), path=out.typed))
            elif draft is not None:
                temporary.write_bytes(draft.eml())
    del app
    for line in said:
        print(line)
    if draft is not None:
        print_draft(draft, outputs[-1].typed, catalog)
    if not invitation.has_organiser:
        print(catalog.tr(NO_ORGANISER), file=sys.stderr)
    return 0


def run_actions(args: argparse.Namespace, folder: Path, profile: Profile,
             catalog: Catalog) -> int:
    app = _application(catalog)
    from coopdesk.domain.enums import OPEN_ACTION_STATUSES
    from coopdesk.services.action_plan import ActionFilter
    from coopdesk.services.action_plan_sheet import ActionPlanSheetService
    from coopdesk.ui.printing import write_pdf

    with open_workspace(folder, profile) as workspace:
        [out] = check_workspace_outputs(workspace, [args.pdf], force=args.force)
        service = ActionPlanSheetService(workspace.db, workspace.name)
        partner = service.find_organisation(args.partner) if args.partner else None
        where = ActionFilter(organisation_id=partner,
                             statuses=OPEN_ACTION_STATUSES if args.open else frozenset())
        count = service.actions.count(where)
        document = service.document(where, _wording())
    with all_or_none([out]) as [temporary]:
        pages = write_pdf(document, temporary)
    del app
    print(catalog.tr(WROTE_PLAN, title=document.title, count=count, pages=pages,
                       path=out.typed))
    return 0




def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                add_workspace_option: Callable[..., None],
                add_force_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `attendance-sheet`, `invite` and `actions` under *sub*."""
    sheet = sub.add_parser("attendance-sheet", help="write the attendance sheet (feuille "
                           "d'émargement) of a meeting as a PDF")
    sheet.add_argument("meeting", metavar="MEETING", help="the meeting's id or title")
    sheet.add_argument("--pdf", type=Path, required=True, metavar="OUT",
                       help="the PDF file to write")
    invite = sub.add_parser("invite", help="write a meeting's invitation (.ics for calendars, "
                            "and/or an e-mail draft .eml with it attached)")
    invite.add_argument("meeting", metavar="MEETING", help="the meeting's id or title")
    invite.add_argument("--ics", type=Path, default=None, metavar="OUT",
                        help="the invitation file (METHOD:REQUEST, or CANCEL)")
    invite.add_argument("--eml", type=Path, default=None, metavar="OUT",
                        help="an e-mail draft to open in your mail program")
    actions = sub.add_parser("actions", help="write the action plan as a PDF")
    actions.add_argument("--pdf", type=Path, required=True, metavar="OUT",
                         help="the PDF file to write")
    actions.add_argument("--partner", metavar="ORG_ID", default=None,
                         help="only the actions of this organisation (its id or name) and "
                         "its people")
    actions.add_argument("--open", action="store_true",
                         help="only the open actions (to do, in progress)")
    for parser in (sheet, invite, actions):
        add_workspace_option(parser, top=False)
        add_force_option(parser)
