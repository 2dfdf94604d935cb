"""`coopdesk`: the desktop app, and subcommands that never import Qt."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path

from coopdesk import __version__
from coopdesk.app.cli_catalog import Catalog, language_of
from coopdesk.app.cli_output import fail
from coopdesk.domain.errors import CoopdeskError


def _add_workspace_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # `--workspace DIR` may stand before or after the subcommand.
    parser.add_argument("--workspace", "-w", metavar="DIR", type=Path,
                        default=None if top else argparse.SUPPRESS,
                        help="the workspace folder to use")


def _add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="replace an existing output file (never one of the workspace's)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coopdesk",
        description="coopdesk: cooperation between associations, on every member's laptop.")
    parser.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    _add_workspace_option(parser, top=True)
    parser.add_argument("--temp-basedir", action="store_true",
                        help="keep settings and data in a temporary folder (nothing is kept)")
    parser.add_argument("--lang", choices=("fr", "en"), default=None,
                        help="language of the interface and of the commands' messages "
                        "(default: this laptop's setting, French)")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh demo workspace in a temporary folder")
    parser.add_argument("--screenshots", metavar="DIR", type=Path, default=None,
                        help="with --demo: save a PNG of every page to DIR and exit")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check this installation offscreen in a temporary folder (store, "
                        "search, sync, PDF, window), one line per step; exit 0 when all pass")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create the demo workspace in --workspace DIR")
    _add_workspace_option(demo, top=False)

    export = sub.add_parser("export", help="write everything to JSON or CSV")
    _add_workspace_option(export, top=False)
    export.add_argument("--format", choices=("json", "csv"), required=True)
    export.add_argument("--out", type=Path, required=True, metavar="PATH",
                        help="JSON: the file; CSV: a folder with one file per table")
    export.add_argument("--include-private", action="store_true",
                        help="also export contact-log entries marked private to this laptop")
    _add_force_option(export)

    search = sub.add_parser("search", help="print ranked search hits")
    _add_workspace_option(search, top=False)
    search.add_argument("text", nargs="+", help="what to look for")
    search.add_argument("--limit", type=int, default=20)

    shared = sub.add_parser("share", help="share this workspace through a folder, or join one")
    _add_workspace_option(shared, top=False)
    actions = shared.add_subparsers(dest="share_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="start sharing --workspace DIR in FOLDER "
                                "(a cloud, network or USB folder every member reaches)")
    join = actions.add_parser("join", help="make --workspace DIR a new copy of the workspace "
                              "shared in FOLDER")
    for action in (create, join):
        _add_workspace_option(action, top=False)
        action.add_argument("folder", type=Path, metavar="FOLDER")
    create.add_argument("--encrypt", action="store_true",
                        help="encrypt everything written to FOLDER with a team passphrase "
                        "(asked, or from COOPDESK_PASSPHRASE)")
    for name, text in (("change-passphrase", "change the team passphrase (new key files, "
                        "nothing encrypted again)"),
                       ("rotate-key", "write new files with a new team key (after a member "
                        "leaves; see docs/sync.md for what it cannot undo)"),
                       ("repair-keys", "write again the team's key files that are missing or "
                        "damaged in the shared folder (sync does it by itself once this "
                        "laptop was given the passphrase)")):
        _add_workspace_option(actions.add_parser(name, help=text), top=False)
    for name, text in (("export", "write the whole workspace --workspace DIR to one FILE (to "
                        "pass on a USB stick or by email)"),
                       ("import", "bring such a FILE into --workspace DIR (the same team's "
                        "workspace, or a new or empty folder)")):
        one_file = actions.add_parser(name, help=text)
        _add_workspace_option(one_file, top=False)
        one_file.add_argument("file", type=Path, metavar="FILE")
        if name == "export":
            _add_force_option(one_file)

    sync = sub.add_parser("sync", help="one sync cycle: read what others shared, then share "
                          "this laptop's changes")
    _add_workspace_option(sync, top=False)
    sync.add_argument("--status", action="store_true",
                      help="only show the state of sharing: devices, changes not shared yet, "
                      "unreadable files, conflicts")
    sync.add_argument("--remove-leftovers", action="store_true",
                      help="after a sync cycle, delete the leftover copies your sync program "
                      "made (incomplete or damaged copies of files whose changes all "
                      "arrived); nothing else is deleted")
    from coopdesk.app.cli_backups import add_parsers as add_backup_parsers

    add_backup_parsers(sub, _add_workspace_option)
    from coopdesk.app.cli_records import add_parsers as add_record_parsers

    add_record_parsers(sub, _add_workspace_option)

    dossier = sub.add_parser("dossier", help="write a project's cooperation dossier as a PDF")
    _add_workspace_option(dossier, top=False)
    dossier.add_argument("project", metavar="PROJECT", help="the project's id or title")
    dossier.add_argument("--pdf", type=Path, required=True, metavar="OUT",
                         help="the PDF file to write")
    _add_force_option(dossier)
    calendar = sub.add_parser("calendar", help="write the meetings and due actions as an "
                              ".ics file that calendar apps import")
    _add_workspace_option(calendar, top=False)
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    calendar.add_argument("--no-overdue", action="store_true",
                          help="leave out the actions already overdue (done and cancelled "
                          "actions are always left out)")
    _add_force_option(calendar)

    minutes = sub.add_parser("minutes", help="write the minutes of a meeting as a PDF and/or "
                             "an editable ODT")
    _add_workspace_option(minutes, top=False)
    minutes.add_argument("meeting", metavar="MEETING", help="the meeting's id or title")
    minutes.add_argument("--pdf", type=Path, default=None, metavar="OUT",
                         help="the PDF file to write")
    minutes.add_argument("--odt", type=Path, default=None, metavar="OUT",
                         help="the OpenDocument text file to write (to edit in LibreOffice)")
    minutes.add_argument("--eml", type=Path, default=None, metavar="OUT",
                         help="an e-mail draft with the PDF attached, addressed to the "
                         "people expected at the meeting (open it in your mail program)")
    _add_force_option(minutes)
    from coopdesk.app.cli_meeting_documents import add_parsers as add_secretary_parsers

    add_secretary_parsers(sub, _add_workspace_option, _add_force_option)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.smoke_test:
            from coopdesk.app.smoke import run_smoke_test

            return run_smoke_test()
        if args.command is not None:
            from coopdesk.app import cli

            return cli.run(args)
        return run_gui(args)
    except CoopdeskError as exc:
        catalog = Catalog.load(language_of(args))
        return fail(catalog, catalog.error_text(exc))
    except KeyboardInterrupt:
        return 130


def run_gui(args: argparse.Namespace) -> int:
    from coopdesk.app.gui import run

    if args.temp_basedir or args.demo:
        with tempfile.TemporaryDirectory(prefix="coopdesk-") as base:
            return run(args, Path(base))
    return run(args, None)


if __name__ == "__main__":
    raise SystemExit(main())
