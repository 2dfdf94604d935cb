"""The headless subcommands: `demo`, `export`, `search`, `share` and `sync`. Never imports Qt.

Errors the user can fix become one line on stderr starting with "coopdesk: error:", never a
traceback, with an exit code that says what happened (cli_output: 3 not a workspace, 4
damaged, 5 read-only, 6 disk full, 7 locked, 2 anything else).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from coopdesk.app.cli_backups import run_backup
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

#: Who the command line writes as when this laptop has no profile yet.
CLI_PROFILE = Profile(name="coopdesk (ligne de commande)")

Command = Callable[[argparse.Namespace, Path, Profile], int]


def local_profile(args: argparse.Namespace) -> Profile:
    """This laptop's profile from the settings, or the anonymous command-line profile."""
    if getattr(args, "temp_basedir", False):
        return CLI_PROFILE  # a fresh temporary base folder holds no settings
    return load_settings(AppPaths.for_user()).profile or CLI_PROFILE


def run(args: argparse.Namespace) -> int:
    """Run the subcommand named by `args.command`; returns the exit code."""
    commands: dict[str, Command] = {"demo": run_demo, "export": run_export,
                                    "search": run_search, "share": run_share,
                                    "sync": run_sync, "dossier": run_dossier,
                                    "calendar": run_calendar, "minutes": run_minutes,
                                    "backup": run_backup, "restore": run_restore,
                                    "attendance-sheet": run_attendance_sheet,
                                    "invite": run_invite, "actions": run_actions}
    commands.update(dict.fromkeys(RECORD_COMMANDS, run_record_command))
    command = commands[args.command]
    if args.workspace is None:
        return fail(f"the {args.command} command needs --workspace DIR")
    _tolerate_unencodable_output()
    folder = Path(args.workspace).expanduser().absolute()
    try:
        with reporting_lock_waits(
                lambda line: print(f"coopdesk: {line}", file=sys.stderr, flush=True)):
            _back_up_before_writing(args, folder)
            return command(args, folder, local_profile(args))
    except (CoopdeskError, OSError, SQLAlchemyError) as exc:
        # each its own message and exit code (README, "Command line")
        return fail_with(exc, folder)


#: The commands that change a workspace: the daily automatic backup is taken before they
#: open it, as the window does at start-up (the record commands add, set and delete too).
WRITING_COMMANDS = frozenset({"sync", "share", "add", "set", "delete"})
#: The share actions that import or change the sharing: a backup is taken before each.
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


def run_demo(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    if is_workspace(folder):
        return fail(f"a workspace already exists in {folder}; choose a new or empty folder")
    if not is_new_or_empty(folder):
        return fail(f"{folder} is not a new or empty folder")
    existed = folder.exists()
    try:
        create_demo_workspace(folder, profile).close()
    except BaseException:
        # Leave nothing half-made behind: the folder was new or empty.
        discard_failed_creation(folder, keep_folder=existed)
        raise
    where = shlex.quote(str(folder))
    print(f"Demo workspace created in {folder}.")
    print("Next, open it in the app, search it or export it:")
    print(f"  coopdesk --workspace {where}")
    print(f"  coopdesk --workspace {where} search reunion")
    print(f"  coopdesk --workspace {where} export --format json --out export.json")
    return 0


def run_export(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
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
    print(f"Exported {result.total_rows} records from {len(result.rows)} tables "
          f"to {out.typed}.")
    if not args.include_private:
        print(f"{result.private_left_out} private contact-log entries left out "
              "(add --include-private to export them).")
    return 0


def run_search(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    text = " ".join(args.text).strip()
    if args.limit < 1:
        return fail("--limit must be at least 1")
    with open_workspace(folder, profile) as workspace:
        hits = SearchService(workspace.db).search(text, limit=args.limit)
    if not hits:
        print(f"No results for “{text}”.")
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
def run_sync(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    with open_workspace(folder, profile) as workspace:
        service = Services(workspace).sync
        if args.status:
            _print_status(service.status(), service.notices())
            return 0
        warning = unlock_from_env(service)  # no keyring: the passphrase from the environment
        if warning:
            print(warning)
        if args.remove_leftovers:
            print_report(service.sync())
            done = service.remove_leftovers()
            for path in done.removed:
                print(f"Removed the leftover copy {path}.")
            for path in done.failed:
                print(f"Could not remove the leftover copy {path} (in use?); "
                      "try again later.")
            if not done.removed and not done.failed:
                print("No leftover copy to remove.")
            return 1 if done.failed else 0
        report = service.sync()
    print_report(report)
    return 0


def _print_status(status: SyncStatus, notices: tuple[NoticeLine, ...]) -> None:
    if not status.shared:
        print("This workspace is not shared (coopdesk share create FOLDER).")
        return
    print(f"Shared folder: {status.folder}")
    print(f"Team: {status.team_id}")
    print(f"Changes not shared yet: {status.unexported}")
    print("Devices:")
    for device in sorted(status.devices, key=lambda d: (not d.is_me, d.person)):
        who = f"{device.person} — {device.organisation}" if device.organisation \
            else device.person or "(unknown)"
        last = f"last change {device.last_change}" if device.last_change else "no change yet"
        mine = " (this laptop)" if device.is_me else ""
        print(f"  {who}: {last}, {device.last_seq} changes{mine} [{device.replica}]")
    if status.problems:
        print("Files waiting or unreadable:")
        for problem in status.problems:
            print("  " + problem_line(problem.path, problem.status, problem.author,
                                       problem.detail))
    else:
        print("Files waiting or unreadable: none")
    print(f"Open conflicts and notices: {len(notices)}")
    for notice in notices:
        print("  " + _notice_line(notice))


def _notice_line(notice: NoticeLine) -> str:
    what = f"{notice.table} “{notice.title or notice.row_id}”"
    if notice.kind == "conflict":
        return (f"conflict: {what}, field {notice.column}: {len(notice.authors)} versions "
                f"({', '.join(notice.authors)})")
    if notice.kind == "delete_edit":
        return (f"kept: {what} was deleted by {notice.detail.get('deleted_by', '?')} while "
                f"{notice.detail.get('edited_by', '?')} edited it")
    if notice.kind == "clock":
        who = notice.detail.get("author") or notice.detail.get("replica", "?")
        days = int(notice.detail.get("ahead_ms") or 0) // 86_400_000
        return f"clock: the clock of {who}'s computer is {days} days ahead"
    if notice.kind == "fork":
        device = notice.detail.get("replica", "?")
        if notice.detail.get("unsplit"):
            return (f"copied laptop (device {device}): two different files hold the same "
                    "changes of that device and this laptop cannot tell them apart (it "
                    "started from a snapshot, or a file was written by an older coopdesk). "
                    "Both files are kept and this laptop goes on sharing. Nothing is lost: "
                    "tell the people who maintain coopdesk.")
        if notice.detail.get("stopped"):
            return f"copied laptop (device {device}): {FORK_STOPPED}"
        return f"copied laptop recovered (device {device}): {COPIES_RECOVERED}"
    return f"{notice.kind}: {what}"
