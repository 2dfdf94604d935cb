"""The headless subcommands: `demo`, `export`, `search`, `share` and `sync`. Never imports Qt.

Errors the user can fix (missing folder, not a workspace, disk full) become one line on
stderr starting with "coopdesk: error:" and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import shlex
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from coopdesk.app.cli_backups import run_backup
from coopdesk.app.cli_documents import run_minutes
from coopdesk.app.cli_dossier import run_calendar, run_dossier
from coopdesk.app.cli_records import COMMANDS as RECORD_COMMANDS
from coopdesk.app.cli_records import run_record_command, run_restore
from coopdesk.app.cli_share_crypto import run_share_with_keys
from coopdesk.app.main import fail
from coopdesk.domain.profile import Profile
from coopdesk.services import export
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.search import SearchHit, SearchService
from coopdesk.services.settings import AppPaths, load_settings
from coopdesk.services.sync_service import NoticeLine, SyncReport, SyncService, SyncStatus
from coopdesk.store.workspace import Workspace, is_workspace
from coopdesk.sync import share

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
                                    "search": run_search, "share": run_share_with_keys,
                                    "sync": run_sync, "dossier": run_dossier,
                                    "calendar": run_calendar, "minutes": run_minutes,
                                    "backup": run_backup, "restore": run_restore}
    commands.update(dict.fromkeys(RECORD_COMMANDS, run_record_command))
    command = commands[args.command]
    if args.workspace is None:
        return fail(f"the {args.command} command needs --workspace DIR")
    _tolerate_unencodable_output()
    folder = Path(args.workspace).expanduser().absolute()
    try:
        return command(args, folder, local_profile(args))
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or folder}")
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        return fail(f"cannot read the workspace {folder}: {reason}")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _tolerate_unencodable_output() -> None:
    # A console that cannot show "é" (cp1252, ascii) must not crash the command.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def run_demo(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    if is_workspace(folder):
        return fail(f"a workspace already exists in {folder}; choose a new or empty folder")
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return fail(f"{folder} is not a new or empty folder")
    existed = folder.exists()
    try:
        create_demo_workspace(folder, profile).close()
    except BaseException:
        # Leave nothing half-made behind: the folder was new or empty.
        _remove_contents(folder, keep_folder=existed)
        raise
    where = shlex.quote(str(folder))
    print(f"Demo workspace created in {folder}.")
    print("Next, open it in the app, search it or export it:")
    print(f"  coopdesk --workspace {where}")
    print(f"  coopdesk --workspace {where} search reunion")
    print(f"  coopdesk --workspace {where} export --format json --out export.json")
    return 0


def _remove_contents(folder: Path, *, keep_folder: bool) -> None:
    if not keep_folder:
        shutil.rmtree(folder, ignore_errors=True)
        return
    with contextlib.suppress(OSError):
        for child in folder.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


def run_export(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    with Workspace.open(folder, profile) as workspace:
        if args.format == "json":
            result = export.export_json(workspace, args.out,
                                        include_private=args.include_private)
        else:
            result = export.export_csv(workspace, args.out,
                                       include_private=args.include_private)
    print(f"Exported {result.total_rows} records from {len(result.rows)} tables "
          f"to {result.path}.")
    if not args.include_private:
        print(f"{result.private_left_out} private contact-log entries left out "
              "(add --include-private to export them).")
    return 0


def run_search(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    text = " ".join(args.text).strip()
    if args.limit < 1:
        return fail("--limit must be at least 1")
    with Workspace.open(folder, profile) as workspace:
        hits = SearchService(workspace.db).search(text, limit=args.limit)
    if not hits:
        print(f"No results for “{text}”.")
        return 0
    bold = sys.stdout.isatty()
    for hit in hits:
        print("\t".join((hit.kind, _one_line(hit.title), _snippet(hit, bold=bold))))
    return 0


def _snippet(hit: SearchHit, *, bold: bool) -> str:
    """The snippet on one line; matched words in bold on a terminal."""
    parts = [f"\033[1m{text}\033[0m" if match and bold else text
             for text, match in hit.snippet_parts()]
    return _one_line("".join(parts))


# -- share and sync ---------------------------------------------------------------------------
def run_share(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    if args.share_action in ("export", "import"):
        from coopdesk.app.cli_share_file import run_share_file

        return run_share_file(args, folder, profile)
    shared = Path(args.folder).expanduser().absolute()
    if args.share_action == "create":
        return _share_create(folder, shared, profile)
    return _share_join(folder, shared, profile)


def _share_create(folder: Path, shared: Path, profile: Profile) -> int:
    if not shared.is_dir():
        return fail(f"the folder {shared} does not exist; create it first (in the cloud, "
                    "network or USB folder every member reaches)")
    with Workspace.open(folder, profile) as workspace:
        report = SyncService(workspace).create_share(shared)
        name = workspace.name
    print(f"Workspace “{name}” is now shared in {share.share_root(shared)}.")
    _print_report(report)
    where = shlex.quote(str(shared))
    print("On each other laptop, join it into a new folder:")
    print(f"  coopdesk --workspace NEW_FOLDER share join {where}")
    return 0


def rejoin(service: SyncService, folder: Path, team: share.TeamInfo, shared: Path) -> int | None:
    """Point the workspace in *folder*, already a copy of *team*, at *shared* (None); if it
    holds another workspace, report it and change nothing (the exit code)."""
    if service.team_of() != team.team_id:
        return fail(f"{folder} already holds a different workspace; join into a new "
                    "or empty folder")
    service.move_folder(shared)
    return None


def _share_join(folder: Path, shared: Path, profile: Profile) -> int:
    try:  # before anything is created: an empty or foreign folder changes nothing
        team = share.preflight(shared)
    except share.ShareError as exc:
        return fail(str(exc))
    if is_workspace(folder):
        with Workspace.open(folder, profile) as workspace:
            service = SyncService(workspace)
            if (refused := rejoin(service, folder, team, shared)) is not None:
                return refused
            report = service.sync()
        print(f"{folder} is already a copy of “{team.name}”; synced it.")
        _print_report(report)
        return 0
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return fail(f"{folder} is not a new or empty folder")
    existed = folder.exists()
    try:
        with Workspace.create(folder, team.name or folder.name, profile) as workspace:
            report = SyncService(workspace).join(shared)
    except BaseException:
        _remove_contents(folder, keep_folder=existed)  # leave nothing half-made behind
        raise
    print(f"{folder} is now a copy of the workspace “{team.name}” shared in "
          f"{share.share_root(shared)}.")
    _print_report(report)
    return 0


def run_sync(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    with Workspace.open(folder, profile) as workspace:
        service = SyncService(workspace)
        if args.status:
            _print_status(service.status(), service.notices())
            return 0
        report = service.sync()
    _print_report(report)
    return 0


def _print_report(report: SyncReport) -> None:
    if report.imported_ops:
        print(f"Imported {report.imported_ops} changes from {report.imported_files} files.")
    else:
        print("Nothing new from the others.")
    if report.duplicates:
        print(f"{report.duplicates} files held only changes imported already (copies).")
    if report.exported_ops:
        files = ", ".join(report.exported_files)
        print(f"Exported {report.exported_ops} changes of this laptop to {files}.")
    elif not report.fork:
        print("No change of this laptop to share.")
    if report.keys_needed:
        print(f"Warning: {report.keys_needed} (coopdesk share join FOLDER asks for it).")
    for who in report.clock_warnings:
        print(f"Warning: the clock of {who}'s computer looks wrong (more than a day ahead).")
    if report.rekeyed_to:
        print("Warning: another installation was writing as this one (a copied laptop or a "
              f"restored backup). This one now writes as device {report.rekeyed_to}; "
              f"{report.rekeyed_ops} of its changes were shared under that name.")
    if report.fork:
        print("Warning: another installation writes as this one and some of its changes "
              "differ from ours: this laptop stopped sharing its changes. Nothing is lost; "
              "see `sync --status`.")
    for problem in report.problems:
        print(_problem_line(problem.path, problem.status, problem.author, problem.detail))


def _problem_line(path: str, status: str, author: str, detail: str) -> str:
    who = f", written by {author}" if author else ", writer unknown"
    what = {"incomplete": "incomplete (still arriving? retried next time)",
            "corrupt": "damaged", "waiting": "waiting for an earlier file",
            "newer_format": "written by a newer coopdesk (please update)",
            "fork": "written by a copy of a laptop",
            "unknown_key": "encrypted with a key this laptop does not have yet",
            "wrong_key": "cannot be decrypted with the team's keys"}.get(status, status)
    return f"Could not read {path}: {what}{who}" + (f" ({detail})." if detail else ".")


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
            print("  " + _problem_line(problem.path, problem.status, problem.author,
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
        return (f"fork: another installation wrote as device {notice.detail.get('replica')} "
                "(a copied laptop or a restored backup)")
    return f"{notice.kind}: {what}"
