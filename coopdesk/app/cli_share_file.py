"""`share export FILE` and `share import FILE`: the whole workspace as one file, for teams
that pass a USB stick or send an email (services/sharing/share_file.py; a new folder is
made a copy of the file's team by the membership service). Never imports Qt.

Errors are one `coopdesk : erreur :` line (`coopdesk: error:` in English) and exit code 2;
a failed import into a new folder leaves nothing behind.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
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

NO_WORKSPACE = QT_TRANSLATE_NOOP("cli", "{folder} holds no workspace")
WROTE = QT_TRANSLATE_NOOP("cli", "Wrote the whole workspace “{name}” ({ops} changes) to {out}.")
BRING_IT_IN = QT_TRANSLATE_NOOP("cli", "On another laptop, bring it in with:")
WRITTEN_BY = QT_TRANSLATE_NOOP("cli", " written by {author}")
WRITTEN_ON = QT_TRANSLATE_NOOP("cli", " on {day}")
COPY_CREATED = QT_TRANSLATE_NOOP("cli", "Created a copy of the workspace “{name}” from "
                                 "{source}{who}{when} ({count} changes).")
NOTHING_NEW = QT_TRANSLATE_NOOP("cli", "Nothing new in {source}{who}{when}: this workspace "
                                "already had all of it.")
IMPORTED = QT_TRANSLATE_NOOP("cli", "Imported {count} changes from {source}{who}{when}.")


def run_share_file(args: argparse.Namespace, folder: Path, profile: Profile,
                   catalog: Catalog) -> int:
    target = Path(args.file).expanduser().absolute()
    try:
        if args.share_action == "export":
            return _export(catalog, folder, args.file, profile, force=args.force)
        return _import(catalog, folder, target, profile)
    except CoopdeskError as exc:
        return fail_with(catalog, exc, folder)


def _export(catalog: Catalog, folder: Path, typed: Path, profile: Profile, *,
            force: bool) -> int:
    if not is_workspace(folder):
        return fail(catalog, catalog.tr(NO_WORKSPACE, folder=folder))
    with open_workspace(folder, profile) as workspace:
        [out] = check_workspace_outputs(workspace, [typed], force=force)
        service = Services(workspace).sync
        _opened_from_env(catalog, service)
        done = export_to_file(service, out.path, overwrite=force)
    print(catalog.tr(WROTE, name=done.team_name, ops=done.ops, out=out.typed))
    print(catalog.tr(BRING_IT_IN))
    print(f"  coopdesk --workspace FOLDER share import {shlex.quote(out.typed)}")
    return 0


def _import(catalog: Catalog, folder: Path, source: Path, profile: Profile) -> int:
    if is_workspace(folder):
        with open_workspace(folder, profile) as workspace:
            service = Services(workspace).sync
            _opened_from_env(catalog, service)
            got = import_from_file(service, source)
        print(summary(catalog, got, source))
        return 0
    # a new or empty folder: checked, and left as it was when the import fails
    print(summary(catalog, import_into_new(folder, profile, source), source))
    return 0


def _opened_from_env(catalog: Catalog, service: SyncService) -> None:
    """A shared workspace's team keys from COOPDESK_PASSPHRASE when no keyring holds them."""
    try:
        service.folder()
    except CoopdeskError:
        return  # not shared through a folder: an exported file's team is in clear
    warning = unlock_from_env(catalog, service)
    if warning:
        print(warning)


def summary(catalog: Catalog, got: FileImport, source: Path) -> str:
    tr = catalog.tr
    who = tr(WRITTEN_BY, author=got.author) if got.author else ""
    when = tr(WRITTEN_ON, day=got.created[:10]) if got.created else ""
    if got.joined:
        return tr(COPY_CREATED, name=got.team_name, source=source, who=who, when=when,
                  count=got.applied)
    if not got.applied:
        return tr(NOTHING_NEW, source=source, who=who, when=when)
    return tr(IMPORTED, count=got.applied, source=source, who=who, when=when)
