"""The headless subcommands: `demo`, `export`, `search`, `share` and `sync`. Never imports Qt.

Errors the user can fix become one line on stderr starting with "coopdesk : erreur :"
("coopdesk: error:" with `--lang en`), never a traceback, with an exit code that says what
happened (cli_output: 3 not a workspace, 4 damaged, 5 read-only, 6 disk full, 7 locked, 2
anything else). Every message is in the language of `--lang`, else this laptop's (French by
default): `run` loads the catalog once (cli_catalog) and hands it to each command.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from coopdesk.app.cli_backups import run_backup
from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog, language_of
from coopdesk.app.cli_documents import run_minutes
from coopdesk.app.cli_dossier import run_calendar, run_dossier
from coopdesk.app.cli_meeting_documents import run_actions, run_attendance_sheet, run_invite
from coopdesk.app.cli_output import (
    COPIES_RECOVERED,
    FORK_STOPPED,
    fail,
    fail_with,
    one_line,
    print_report,
    problem_line,
)
from coopdesk.app.cli_records import COMMANDS as RECORD_COMMANDS
from coopdesk.app.cli_records import run_record_command, run_restore
from coopdesk.app.cli_share import run_share
from coopdesk.app.cli_share_crypto import unlock_from_env
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services import export
from coopdesk.services.backups import backup_before_writing
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.output_files import (
    check_folder_output,
    check_workspace_outputs,
    protected_places,
)
from coopdesk.services.search import SearchHit, SearchService
from coopdesk.services.settings import AppPaths, load_settings
from coopdesk.services.sharing.types import NoticeLine, SyncStatus
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import (
    discard_failed_creation,
    is_new_or_empty,
    is_workspace,
    open_workspace,
    reporting_lock_waits,
)

# Who the command line writes as when this laptop has no profile yet.
CLI_PROFILE = Profile(name="coopdesk (ligne de commande)")

Command = Callable[[argparse.Namespace, Path, Profile, Catalog], int]

NEEDS_WORKSPACE = QT_TRANSLATE_NOOP("cli", "the {command} command needs --workspace DIR")
#: A line on stderr while the command waits for another coopdesk (the workspace lock).
SAID = QT_TRANSLATE_NOOP("cli", "coopdesk: {message}")
LOCK_WAIT = QT_TRANSLATE_NOOP("cli", "another coopdesk ({holder}) is working on this "
                              "workspace {folder}; waiting…")
LOCK_WAIT_UNKNOWN = QT_TRANSLATE_NOOP("cli", "another coopdesk is working on this workspace "
                                      "{folder}; waiting…")


def local_profile(args: argparse.Namespace) -> Profile:
    """This laptop's profile from the settings, or the anonymous command-line profile."""
    if getattr(args, "temp_basedir", False):
        return CLI_PROFILE  # a fresh temporary base folder holds no settings
    return load_settings(AppPaths.for_user()).profile or CLI_PROFILE


def run(args: argparse.Namespace) -> int:
    """Run the subcommand named by `args.command` in the language of `--lang` (else this
    laptop's, French by default); returns the exit code."""
    catalog = Catalog.load(language_of(args))
    commands: dict[str, Command] = {"demo": run_demo, "export": run_export,
                                    "search": run_search, "share": run_share,
                                    "sync": run_sync, "dossier": run_dossier,
                                    "calendar": run_calendar, "minutes": run_minutes,
                                    "backup": run_backup, "restore": run_restore,
                                    "attendance-sheet": run_attendance_sheet,
                                    "invite": run_invite, "actions": run_actions}
    commands.update(dict.fromkeys(RECORD_COMMANDS, run_record_command))
    command = commands[args.command]
    _tolerate_unencodable_output()
    if args.workspace is None:
        return fail(catalog, catalog.tr(NEEDS_WORKSPACE, command=args.command))
    folder = Path(args.workspace).expanduser().absolute()
    try:
        with reporting_lock_waits(lambda holder, where: _say_waiting(catalog, holder, where)):
            _back_up_before_writing(args, folder)
            return command(args, folder, local_profile(args), catalog)
    except (CoopdeskError, OSError, SQLAlchemyError) as exc:
        # each its own message and exit code (README, "Command line")
        return fail_with(catalog, exc, folder)


def _say_waiting(catalog: Catalog, holder: str, folder: str) -> None:
    """The line on stderr while this command waits for another coopdesk (*holder*: who it
    is, "" when its lock file does not say yet)."""
    message = (catalog.tr(LOCK_WAIT, holder=holder, folder=folder) if holder
               else catalog.tr(LOCK_WAIT_UNKNOWN, folder=folder))
    print(catalog.tr(SAID, message=message), file=sys.stderr, flush=True)


# The commands that change a workspace: the daily automatic backup is taken before they
# open it, as the window does at start-up (the record commands add, set and delete too).
WRITING_COMMANDS = frozenset({"sync", "share", "add", "set", "delete"})
# The share actions that import or change the sharing: a backup is taken before each.
SHARE_CHANGES = frozenset({"create", "join", "import", "change-passphrase", "rotate-key"})


def _back_up_before_writing(args: argparse.Namespace, folder: Path) -> None:
    """The daily backup before a command that writes; before an import or a change of
    sharing, a backup now. (`restore` keeps the state it replaces itself; `demo` and a
    join into a new folder have nothing to back up yet.)"""
    if args.command not in WRITING_COMMANDS or getattr(args, "status", False):
        return
    action = getattr(args, "share_action", None)
    if args.command == "share" and action == "export":
        return  # reads the workspace (and gives it a team id at most)
    backup_before_writing(folder, always=action in SHARE_CHANGES)


def _tolerate_unencodable_output() -> None:
    # A console that cannot show "é" (cp1252, ascii) must not crash the command.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


WORKSPACE_EXISTS = QT_TRANSLATE_NOOP("cli", "a workspace already exists in {folder}; choose "
                                     "a new or empty folder")
NOT_NEW_OR_EMPTY = QT_TRANSLATE_NOOP("cli", "{folder} is not a new or empty folder")
DEMO_CREATED = QT_TRANSLATE_NOOP("cli", "Demo workspace created in {folder}.")
DEMO_NEXT = QT_TRANSLATE_NOOP("cli", "Next, open it in the app, search it or export it:")


def run_demo(args: argparse.Namespace, folder: Path, profile: Profile,
             catalog: Catalog) -> int:
    if is_workspace(folder):
        return fail(catalog, catalog.tr(WORKSPACE_EXISTS, folder=folder))
    if not is_new_or_empty(folder):
        return fail(catalog, catalog.tr(NOT_NEW_OR_EMPTY, folder=folder))
    existed = folder.exists()
    try:
        create_demo_workspace(folder, profile).close()
    except BaseException:
        # Leave nothing half-made behind: the folder was new or empty.
        discard_failed_creation(folder, keep_folder=existed)
        raise
    where = shlex.quote(str(folder))
    print(catalog.tr(DEMO_CREATED, folder=folder))
    print(catalog.tr(DEMO_NEXT))
    print(f"  coopdesk --workspace {where}")
    print(f"  coopdesk --workspace {where} search reunion")
    print(f"  coopdesk --workspace {where} export --format json --out export.json")
    return 0


EXPORTED = QT_TRANSLATE_NOOP("cli", "Exported {rows} records from {tables} tables to {out}.")
PRIVATE_LEFT_OUT = QT_TRANSLATE_NOOP("cli", "{count} private contact-log entries left out "
                                     "(add --include-private to export them).")


def run_export(args: argparse.Namespace, folder: Path, profile: Profile,
               catalog: Catalog) -> int:
    with open_workspace(folder, profile) as workspace:
        if args.format == "json":
            [out] = check_workspace_outputs(workspace, [args.out], force=args.force)
            result = export.export_json(workspace, out.path,
                                        include_private=args.include_private)
        else:
            out = check_folder_output(args.out, protected=protected_places(workspace),
                                      force=args.force, is_previous=export.is_csv_export)
            result = export.export_csv(workspace, out.path,
                                       include_private=args.include_private)
    print(catalog.tr(EXPORTED, rows=result.total_rows, tables=len(result.rows), out=out.typed))
    if not args.include_private:
        print(catalog.tr(PRIVATE_LEFT_OUT, count=result.private_left_out))
    return 0


LIMIT_TOO_SMALL = QT_TRANSLATE_NOOP("cli", "--limit must be at least 1")
NO_RESULTS = QT_TRANSLATE_NOOP("cli", "No results for “{text}”.")


def run_search(args: argparse.Namespace, folder: Path, profile: Profile,
               catalog: Catalog) -> int:
    text = " ".join(args.text).strip()
    if args.limit < 1:
        return fail(catalog, catalog.tr(LIMIT_TOO_SMALL))
    with open_workspace(folder, profile) as workspace:
        hits = SearchService(workspace.db).search(text, limit=args.limit)
    if not hits:
        print(catalog.tr(NO_RESULTS, text=text))
        return 0
    bold = sys.stdout.isatty()
    for hit in hits:
        print("\t".join((hit.kind, one_line(hit.title), _snippet(hit, bold=bold))))
    return 0


def _snippet(hit: SearchHit, *, bold: bool) -> str:
    """The snippet on one line; matched words in bold on a terminal."""
    parts = [f"\033[1m{text}\033[0m" if match and bold else text
             for text, match in hit.snippet_parts()]
    return one_line("".join(parts))


# -- share and sync ---------------------------------------------------------------------------
REMOVED = QT_TRANSLATE_NOOP("cli", "Removed the leftover copy {path}.")
NOT_REMOVED = QT_TRANSLATE_NOOP("cli", "Could not remove the leftover copy {path} (in use?); "
                                "try again later.")
NO_LEFTOVER = QT_TRANSLATE_NOOP("cli", "No leftover copy to remove.")


def run_sync(args: argparse.Namespace, folder: Path, profile: Profile,
             catalog: Catalog) -> int:
    with open_workspace(folder, profile) as workspace:
        service = Services(workspace).sync
        if args.status:
            _print_status(catalog, service.status(), service.notices())
            return 0
        # no keyring: the passphrase from the environment
        warning = unlock_from_env(catalog, service)
        if warning:
            print(warning)
        if args.remove_leftovers:
            print_report(catalog, service.sync())
            done = service.remove_leftovers()
            for path in done.removed:
                print(catalog.tr(REMOVED, path=path))
            for path in done.failed:
                print(catalog.tr(NOT_REMOVED, path=path))
            if not done.removed and not done.failed:
                print(catalog.tr(NO_LEFTOVER))
            return 1 if done.failed else 0
        report = service.sync()
    print_report(catalog, report)
    return 0


NOT_SHARED = QT_TRANSLATE_NOOP("cli", "This workspace is not shared (coopdesk share create "
                               "FOLDER).")
SHARED_FOLDER = QT_TRANSLATE_NOOP("cli", "Shared folder: {folder}")
TEAM = QT_TRANSLATE_NOOP("cli", "Team: {team}")
UNEXPORTED = QT_TRANSLATE_NOOP("cli", "Changes not shared yet: {count}")
DEVICES = QT_TRANSLATE_NOOP("cli", "Devices:")
UNKNOWN_PERSON = QT_TRANSLATE_NOOP("cli", "(unknown)")
LAST_CHANGE = QT_TRANSLATE_NOOP("cli", "last change {when}")
NO_CHANGE_YET = QT_TRANSLATE_NOOP("cli", "no change yet")
THIS_LAPTOP = QT_TRANSLATE_NOOP("cli", " (this laptop)")
DEVICE = QT_TRANSLATE_NOOP("cli", "{who}: {last}, {count} changes{mine} [{replica}]")
FILES_WAITING = QT_TRANSLATE_NOOP("cli", "Files waiting or unreadable:")
NO_FILES_WAITING = QT_TRANSLATE_NOOP("cli", "Files waiting or unreadable: none")
NOTICES = QT_TRANSLATE_NOOP("cli", "Open conflicts and notices: {count}")


def _print_status(catalog: Catalog, status: SyncStatus,
                  notices: tuple[NoticeLine, ...]) -> None:
    tr = catalog.tr
    if not status.shared:
        print(tr(NOT_SHARED))
        return
    print(tr(SHARED_FOLDER, folder=status.folder))
    print(tr(TEAM, team=status.team_id))
    print(tr(UNEXPORTED, count=status.unexported))
    print(tr(DEVICES))
    for device in sorted(status.devices, key=lambda d: (not d.is_me, d.person)):
        who = f"{device.person} — {device.organisation}" if device.organisation \
            else device.person or tr(UNKNOWN_PERSON)
        last = (tr(LAST_CHANGE, when=device.last_change) if device.last_change
                else tr(NO_CHANGE_YET))
        mine = tr(THIS_LAPTOP) if device.is_me else ""
        print("  " + tr(DEVICE, who=who, last=last, count=device.last_seq, mine=mine,
                        replica=device.replica))
    if status.problems:
        print(tr(FILES_WAITING))
        for problem in status.problems:
            print("  " + problem_line(catalog, problem.path, problem.status, problem.author,
                                       problem.detail))
    else:
        print(tr(NO_FILES_WAITING))
    print(tr(NOTICES, count=len(notices)))
    for notice in notices:
        print("  " + _notice_line(catalog, notice))


RECORD = QT_TRANSLATE_NOOP("cli", "{table} “{title}”")
CONFLICT = QT_TRANSLATE_NOOP("cli", "conflict: {what}, field {field}: {count} versions "
                             "({authors})")
KEPT = QT_TRANSLATE_NOOP("cli", "kept: {what} was deleted by {deleted_by} while {edited_by} "
                         "edited it")
CLOCK = QT_TRANSLATE_NOOP("cli", "clock: the clock of {who}'s computer is {days} days ahead")
UNSPLIT = QT_TRANSLATE_NOOP(
    "cli", "copied laptop (device {device}): two different files hold the same changes of "
    "that device and this laptop cannot tell them apart (it started from a snapshot, or a "
    "file was written by an older coopdesk). Both files are kept and this laptop goes on "
    "sharing. Nothing is lost: tell the people who maintain coopdesk.")
COPIED = QT_TRANSLATE_NOOP("cli", "copied laptop (device {device}): {text}")
COPIED_RECOVERED = QT_TRANSLATE_NOOP("cli", "copied laptop recovered (device {device}): {text}")


def _notice_line(catalog: Catalog, notice: NoticeLine) -> str:
    tr = catalog.tr
    what = tr(RECORD, table=notice.table, title=notice.title or notice.row_id)
    if notice.kind == "conflict":
        return tr(CONFLICT, what=what, field=notice.column, count=len(notice.authors),
                  authors=", ".join(notice.authors))
    if notice.kind == "delete_edit":
        return tr(KEPT, what=what, deleted_by=notice.detail.get("deleted_by", "?"),
                  edited_by=notice.detail.get("edited_by", "?"))
    if notice.kind == "clock":
        who = notice.detail.get("author") or notice.detail.get("replica", "?")
        days = int(notice.detail.get("ahead_ms") or 0) // 86_400_000
        return tr(CLOCK, who=who, days=days)
    if notice.kind == "fork":
        device = notice.detail.get("replica", "?")
        if notice.detail.get("unsplit"):
            return tr(UNSPLIT, device=device)
        if notice.detail.get("stopped"):
            return tr(COPIED, device=device, text=tr(FORK_STOPPED))
        return tr(COPIED_RECOVERED, device=device, text=tr(COPIES_RECOVERED))
    return f"{notice.kind}: {what}"
