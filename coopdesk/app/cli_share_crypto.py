"""`share` with encryption: `share create FOLDER --encrypt`, `share join FOLDER` for an
encrypted team, `share change-passphrase`, `share rotate-key`. Never imports Qt.

The passphrase comes from COOPDESK_PASSPHRASE (scripts; COOPDESK_NEW_PASSPHRASE for the new
one of change-passphrase), else from a hidden prompt on a terminal, else from one line of
standard input. Plain `share create` / `share join` of a team in clear are cli.py's.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shlex
import sys
from pathlib import Path

from coopdesk.app.main import fail
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing.crypto import KeysError, check_passphrase
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.sharing.service import SyncService
from coopdesk.store.workspace import Workspace, is_workspace
from coopdesk.sync import keys, share

PASSPHRASE_ENV = "COOPDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "COOPDESK_NEW_PASSPHRASE"
ROTATION_LIMITS = (
    "New files are now written with a new key. What rotation cannot do: whatever a person "
    "already read or copied stays known to them, and files written before stay readable "
    "with the old key. Someone who knows the passphrase can open the new key too, so when "
    "a member leaves, change the passphrase first (share change-passphrase), then rotate.")


class NoPassphraseError(Exception):
    """No passphrase could be asked for (no terminal, nothing on standard input)."""


def ask(prompt: str, env: str, *, confirm: bool = False) -> str:
    """The passphrase from *env*, a hidden prompt, or a line of standard input."""
    given = os.environ.get(env)
    if given:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line.strip():
            raise NoPassphraseError(f"no passphrase: set {env} or run in a terminal")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise NoPassphraseError("the two passphrases differ; nothing was changed")
    return first


def run_share_with_keys(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    from coopdesk.app import cli

    action = args.share_action
    try:
        if action == "create" and getattr(args, "encrypt", False):
            return _create(folder, Path(args.folder).expanduser().absolute(), profile)
        if action == "join":
            shared = Path(args.folder).expanduser().absolute()
            try:
                team = share.preflight(shared)
            except share.ShareError as exc:
                return fail(str(exc))
            if team.encrypted or keys.key_files(shared, team.team_id):
                return _join(folder, shared, team, profile)
        if action == "change-passphrase":
            return _change_passphrase(folder, profile)
        if action == "rotate-key":
            return _rotate(folder, profile)
    except NoPassphraseError as exc:
        return fail(str(exc))
    return cli.run_share(args, folder, profile)


def _storage_line(storage: str) -> str:
    if storage == "keyring":
        return "The team key is kept in this computer's keyring (never the passphrase)."
    return ("No keyring works on this computer: the team key is kept for this command only; "
            f"the passphrase is asked again next time ({PASSPHRASE_ENV} for scripts).")


def _create(folder: Path, shared: Path, profile: Profile) -> int:
    from coopdesk.app import cli

    if not shared.is_dir():
        return fail(f"the folder {shared} does not exist; create it first (in the cloud, "
                    "network or USB folder every member reaches)")
    passphrase = ask("New team passphrase: ", PASSPHRASE_ENV, confirm=True)
    try:
        check_passphrase(passphrase)
    except KeysError as exc:
        return fail(exc.message)
    with Workspace.open(folder, profile) as workspace:
        service = SyncService(workspace)
        report = service.create_share(shared, passphrase=passphrase)
        name = workspace.name
        storage = ShareKeys(service).status().storage
    print(f"Workspace “{name}” is now shared, encrypted, in {share.share_root(shared)}.")
    print(_storage_line(storage))
    print("Write the passphrase down (the app prints a recovery sheet): without it no new "
          "laptop can join and nothing can be recovered.")
    cli._print_report(report)
    print("On each other laptop, join it into a new folder (the passphrase is asked):")
    print(f"  coopdesk --workspace NEW_FOLDER share join {shlex.quote(str(shared))}")
    return 0


def _join(folder: Path, shared: Path, team: share.TeamInfo, profile: Profile) -> int:
    from coopdesk.app import cli

    existing = is_workspace(folder)
    if not existing and folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return fail(f"{folder} is not a new or empty folder")
    passphrase = ask(f"Passphrase of the team “{team.name}”: ", PASSPHRASE_ENV)
    try:  # before anything is created: a wrong passphrase leaves nothing behind
        keys.unlock(shared, team.team_id, passphrase)
    except keys.KeyFileError as exc:
        return fail(f"{exc} Nothing was changed.")
    if existing:
        with Workspace.open(folder, profile) as workspace:
            service = SyncService(workspace)
            if (refused := cli.rejoin(service, folder, team, shared)) is not None:
                return refused
            storage = str(ShareKeys(service).unlock(passphrase))
            report = service.sync()
        print(f"{folder} is already a copy of “{team.name}”; opened its keys and synced it.")
    else:
        existed = folder.exists()
        try:
            with Workspace.create(folder, team.name or folder.name, profile) as workspace:
                service = SyncService(workspace)
                report = service.join(shared, passphrase)
                storage = str(ShareKeys(service).status().storage)
        except BaseException:
            cli._remove_contents(folder, keep_folder=existed)
            raise
        print(f"{folder} is now a copy of the encrypted workspace “{team.name}” shared in "
              f"{share.share_root(shared)}.")
    print(_storage_line(storage))
    cli._print_report(report)
    return 0


def _encrypted_team(workspace: Workspace) -> ShareKeys:
    """The team's keys; KeysError before any prompt when the team is in clear."""
    team_keys = ShareKeys(SyncService(workspace))
    if not team_keys.status().encrypted:
        raise KeysError("This team's shared folder is not encrypted.")
    return team_keys


def _change_passphrase(folder: Path, profile: Profile) -> int:
    with Workspace.open(folder, profile) as workspace:
        try:
            team_keys = _encrypted_team(workspace)
            old = ask("Current team passphrase: ", PASSPHRASE_ENV)
            new = ask("New team passphrase: ", NEW_PASSPHRASE_ENV, confirm=True)
            team_keys.change_passphrase(old, new)
        except KeysError as exc:
            return fail(f"{exc.message} Nothing was changed.")
    print("The team passphrase is changed: new key files are in the shared folder and the "
          "old passphrase opens nothing any more. Nothing was encrypted again; laptops "
          "that already hold the key keep working. Print a new recovery sheet.")
    return 0


def _rotate(folder: Path, profile: Profile) -> int:
    with Workspace.open(folder, profile) as workspace:
        try:
            team_keys = _encrypted_team(workspace)
            key_id = team_keys.rotate(ask("Team passphrase: ", PASSPHRASE_ENV))
        except KeysError as exc:
            return fail(f"{exc.message} Nothing was changed.")
    print(f"New team key {key_id}. {ROTATION_LIMITS}")
    print("Each other laptop needs the passphrase once to read the new files (the app "
          "asks for it; on the command line: share join FOLDER).")
    return 0
