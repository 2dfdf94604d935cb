"""The headless subcommands: `demo`, `export`, `search`, `share` and `sync`. Never imports Qt.

Errors the user can fix (missing folder, not a workspace, disk full) become one line on
stderr starting with "coopdesk: error:" and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from coopdesk.app.cli_backups import run_backup, run_restore
from coopdesk.app.cli_documents import run_minutes
from coopdesk.app.cli_dossier import run_calendar, run_dossier
from coopdesk.app.cli_share_crypto import run_share_with_keys
from coopdesk.app.main import fail
from coopdesk.domain.profile import Profile
from coopdesk.services import export
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.search import SearchHit, SearchService
from coopdesk.services.settings import AppPaths, load_settings
from coopdesk.services.sharing import membership
from coopdesk.services.sharing.crypto import KeysError
from coopdesk.services.sharing.types import NoticeLine, SyncReport, SyncStatus
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace, is_workspace

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
        membership.remove_made(folder, keep_folder=existed)
        raise
    where = shlex.quote(str(folder))
    print(f"Demo workspace created in {folder}.")
    print("Next, open it in the app, search it or export it:")
    print(f"  coopdesk --workspace {where}")
    print(f"  coopdesk --workspace {where} search reunion")
    print(f"  coopdesk --workspace {where} export --format json --out export.json")
    return 0


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
        return share_create(folder, shared, profile)
    return share_join(folder, shared, profile)


def share_create(folder: Path, shared: Path, profile: Profile,
                 passphrase: membership.Passphrase = None) -> int:
    """`share create FOLDER` (encrypted when *passphrase* is given or asked)."""
    from coopdesk.app.cli_share_crypto import storage_line

    with Workspace.open(folder, profile) as workspace:
        try:
            done = membership.share_workspace(Services(workspace).sync, shared, passphrase)
        except KeysError as exc:  # too weak a passphrase: nothing was changed
            return fail(exc.message)
    if done.team.encrypted:
        print(f"Workspace “{done.workspace_name}” is now shared, encrypted, in {done.root}.")
        print(storage_line(done.storage))
        print("Write the passphrase down (the app prints a recovery sheet): without it no new "
              "laptop can join and nothing can be recovered.")
    else:
        print(f"Workspace “{done.workspace_name}” is now shared in {done.root}.")
    _print_report(done.report)
    asked = " (the passphrase is asked)" if done.team.encrypted else ""
    print(f"On each other laptop, join it into a new folder{asked}:")
    print(f"  coopdesk --workspace NEW_FOLDER share join {shlex.quote(str(shared))}")
    return 0


def share_join(folder: Path, shared: Path, profile: Profile,
               passphrase: membership.Passphrase = None) -> int:
    """`share join FOLDER`: a new copy of the team in *folder*, or an existing copy pointed
    at *shared* again (an encrypted team's *passphrase* is asked only then)."""
    from coopdesk.app.cli_share_crypto import storage_line

    try:
        joined = membership.join(folder, profile, shared, passphrase)
    except KeysError as exc:
        return fail(f"{exc.message} Nothing was changed.")
    with joined.workspace:
        name = joined.team.name
        if joined.rejoined:
            opened = "opened its keys and synced it" if joined.team.encrypted else "synced it"
            print(f"{folder} is already a copy of “{name}”; {opened}.")
        else:
            kind = "encrypted workspace" if joined.team.encrypted else "workspace"
            print(f"{folder} is now a copy of the {kind} “{name}” shared in {joined.root}.")
    if joined.team.encrypted:
        print(storage_line(joined.storage))
    _print_report(joined.report)
    return 0


def run_sync(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    with Workspace.open(folder, profile) as workspace:
        service = Services(workspace).sync
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
