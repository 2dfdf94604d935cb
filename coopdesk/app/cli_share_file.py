"""`share export FILE` and `share import FILE`: the whole workspace as one file, for teams
that pass a USB stick or send an email (services/sharing/share_file.py; a new folder is
made a copy of the file's team by the membership service). Never imports Qt.

Errors are one `coopdesk: error:` line and exit code 2; a failed import into a new folder
leaves nothing behind.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.app.cli_output import fail, fail_with
from coopdesk.app.cli_share_crypto import unlock_from_env
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.output_files import check_workspace_outputs
from coopdesk.services.sharing.membership import import_into_new
from coopdesk.services.sharing.share_file import FileImport, export_to_file, import_from_file
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import is_workspace, open_workspace

if TYPE_CHECKING:
    from coopdesk.services.sharing.service import SyncService


def run_share_file(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    target = Path(args.file).expanduser().absolute()
    try:
        if args.share_action == "export":
            return _export(folder, args.file, profile, force=args.force)
        return _import(folder, target, profile)
    except CoopdeskError as exc:
        return fail_with(exc, folder)


def _export(folder: Path, typed: Path, profile: Profile, *, force: bool) -> int:
    if not is_workspace(folder):
        return fail(f"{folder} holds no workspace")
    with open_workspace(folder, profile) as workspace:
        [out] = check_workspace_outputs(workspace, [typed], force=force)
        service = Services(workspace).sync
        _opened_from_env(service)
        done = export_to_file(service, out.path, overwrite=force)
    print(f"Wrote the whole workspace “{done.team_name}” ({done.ops} changes) to {out.typed}.")
    print("On another laptop, bring it in with:")
    print(f"  coopdesk --workspace FOLDER share import {shlex.quote(out.typed)}")
    return 0


def _import(folder: Path, source: Path, profile: Profile) -> int:
    if is_workspace(folder):
        with open_workspace(folder, profile) as workspace:
            service = Services(workspace).sync
            _opened_from_env(service)
            got = import_from_file(service, source)
        print(summary(got, source))
        return 0
    # a new or empty folder: checked, and left as it was when the import fails
    print(summary(import_into_new(folder, profile, source), source))
    return 0


def _opened_from_env(service: SyncService) -> None:
    """A shared workspace's team keys from COOPDESK_PASSPHRASE when no keyring holds them."""
    try:
        service.folder()
    except CoopdeskError:
        return  # not shared through a folder: an exported file's team is in clear
    warning = unlock_from_env(service)
    if warning:
        print(warning)


def summary(got: FileImport, source: Path) -> str:
    who = f" written by {got.author}" if got.author else ""
    when = f" on {got.created[:10]}" if got.created else ""
    if got.joined:
        return (f"Created a copy of the workspace “{got.team_name}” from {source}{who}{when} "
                f"({got.applied} changes).")
    if not got.applied:
        return f"Nothing new in {source}{who}{when}: this workspace already had all of it."
    return f"Imported {got.applied} changes from {source}{who}{when}."
