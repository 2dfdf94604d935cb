"""The headless subcommands: `demo`, `export` and `search`. Never imports Qt.

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

from coopdesk.app.main import fail
from coopdesk.domain.profile import Profile
from coopdesk.services import export
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.search import SearchHit, SearchService
from coopdesk.services.settings import AppPaths, load_settings
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
                                    "search": run_search}
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
