"""`share export FILE` and `share import FILE`: the whole workspace as one file, for teams
that pass a USB stick or send an email (services/sync_share_file.py). Never imports Qt.

Errors are one `coopdesk: error:` line and exit code 2; a failed import into a new folder
leaves nothing behind.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from coopdesk.app.main import fail
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.share_file import (
    FileImport,
    export_to_file,
    import_from_file,
    read_share_file,
)
from coopdesk.store.workspace import Workspace, is_workspace


def run_share_file(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    target = Path(args.file).expanduser().absolute()
    try:
        if args.share_action == "export":
            return _export(folder, target, profile)
        return _import(folder, target, profile)
    except CoopdeskError as exc:
        return fail(exc.message)


def _export(folder: Path, target: Path, profile: Profile) -> int:
    if not is_workspace(folder):
        return fail(f"{folder} holds no workspace")
    with Workspace.open(folder, profile) as workspace:
        done = export_to_file(SyncService(workspace), target)
    print(f"Wrote the whole workspace “{done.team_name}” ({done.ops} changes) to {target}.")
    print("On another laptop, bring it in with:")
    print(f"  coopdesk --workspace FOLDER share import {shlex.quote(str(target))}")
    return 0


def _import(folder: Path, source: Path, profile: Profile) -> int:
    if is_workspace(folder):
        with Workspace.open(folder, profile) as workspace:
            got = import_from_file(SyncService(workspace), source)
        print(summary(got, source))
        return 0
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return fail(f"{folder} is not a workspace nor a new or empty folder")
    read_share_file(source)  # before anything is created: a bad file changes nothing
    existed = folder.exists()
    try:
        with Workspace.create(folder, folder.name, profile) as workspace:
            got = import_from_file(SyncService(workspace), source)
    except BaseException:
        from coopdesk.app.cli import _remove_contents

        _remove_contents(folder, keep_folder=existed)  # leave nothing half-made behind
        raise
    print(summary(got, source))
    return 0


def summary(got: FileImport, source: Path) -> str:
    who = f" written by {got.author}" if got.author else ""
    when = f" on {got.created[:10]}" if got.created else ""
    if got.joined:
        return (f"Created a copy of the workspace “{got.team_name}” from {source}{who}{when} "
                f"({got.applied} changes).")
    if not got.applied:
        return f"Nothing new in {source}{who}{when}: this workspace already had all of it."
    return f"Imported {got.applied} changes from {source}{who}{when}."
