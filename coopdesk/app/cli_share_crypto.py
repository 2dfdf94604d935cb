"""`share` with encryption: `share create FOLDER --encrypt`, `share join FOLDER` for an
encrypted team, `share change-passphrase`, `share rotate-key`, `share repair-keys`. Never
imports Qt.

The passphrase comes from COOPDESK_PASSPHRASE (scripts; COOPDESK_NEW_PASSPHRASE for the new
one of change-passphrase), else from a hidden prompt on a terminal, else from one line of
standard input. COOPDESK_PASSPHRASE also opens the team's keys for `sync` and the one-file
`share export` / `share import` when this laptop does not hold them (no working keyring):
`unlock_from_env`. `share repair-keys` writes again lost or damaged key files. Creating
and joining are `cli_share`'s (through the membership service, which asks for the
passphrase only for an encrypted team).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
from coopdesk.app.cli_output import fail
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing.crypto import KeysError
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import open_workspace

if TYPE_CHECKING:
    from coopdesk.services.sharing.service import SyncService
    from coopdesk.services.workspaces import Workspace

PASSPHRASE_ENV = "COOPDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "COOPDESK_NEW_PASSPHRASE"
ROTATION_LIMITS = QT_TRANSLATE_NOOP(
    "cli", "New files are now written with a new key. What rotation cannot do: whatever a "
    "person already read or copied stays known to them, and files written before stay "
    "readable with the old key. Someone who knows the passphrase can open the new key too, "
    "so when a member leaves, change the passphrase first (share change-passphrase), then "
    "rotate.")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("cli", "Nothing was changed.")
TEAM_PASSPHRASE = QT_TRANSLATE_NOOP("cli", "Team passphrase: ")
CURRENT_PASSPHRASE = QT_TRANSLATE_NOOP("cli", "Current team passphrase: ")
NEW_PASSPHRASE = QT_TRANSLATE_NOOP("cli", "New team passphrase: ")
AGAIN = QT_TRANSLATE_NOOP("cli", "Type it again: ")
NO_PASSPHRASE = QT_TRANSLATE_NOOP("cli", "no passphrase: set {env} or run in a terminal")
DIFFERENT = QT_TRANSLATE_NOOP("cli", "the two passphrases differ; nothing was changed")
IN_KEYRING = QT_TRANSLATE_NOOP("cli", "The team key is kept in this computer's keyring (never "
                               "the passphrase).")
NO_KEYRING = QT_TRANSLATE_NOOP("cli", "No keyring works on this computer: the team key is kept "
                               "for this command only; the passphrase is asked again next "
                               "time ({env} for scripts).")
NOT_OPENED = QT_TRANSLATE_NOOP("cli", "Warning: {env} did not open the team's keys: {problem}")
REWRITTEN = QT_TRANSLATE_NOOP("cli", "Wrote again the team key files {names}.")
ALL_IN_PLACE = QT_TRANSLATE_NOOP("cli", "The team's key files are all in place; nothing was "
                                 "written.")
CHANGED = QT_TRANSLATE_NOOP(
    "cli", "The team passphrase is changed: new key files are in the shared folder and the "
    "old passphrase opens nothing any more. Nothing was encrypted again; laptops that "
    "already hold the key keep working. Print a new recovery sheet.")
NEW_KEY = QT_TRANSLATE_NOOP("cli", "New team key {key_id}. {limits}")
OTHERS_NEED_IT = QT_TRANSLATE_NOOP(
    "cli", "A laptop that was given the current passphrase opens the new key by itself; the "
    "others need the passphrase once (the app asks for it; on the command line: share join "
    "FOLDER, or COOPDESK_PASSPHRASE).")


class NoPassphraseError(Exception):
    """No passphrase could be asked for (no terminal, nothing on standard input)."""


def ask(catalog: Catalog, prompt: str, env: str, *, confirm: bool = False) -> str:
    """The passphrase from *env*, a hidden prompt, or a line of standard input."""
    given = os.environ.get(env)
    if given:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line.strip():
            raise NoPassphraseError(catalog.tr(NO_PASSPHRASE, env=env))
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(catalog.tr(AGAIN)) != first:
        raise NoPassphraseError(catalog.tr(DIFFERENT))
    return first


def storage_line(catalog: Catalog, storage: str) -> str:
    """Where the team key is kept, for the person at the command line."""
    if storage == "keyring":
        return catalog.tr(IN_KEYRING)
    return catalog.tr(NO_KEYRING, env=PASSPHRASE_ENV)


def unlock_from_env(catalog: Catalog, sync: SyncService) -> str:
    """Open the team's keys with COOPDESK_PASSPHRASE when it is set, the team encrypted and
    this laptop lacks a key of the share (always so without a keyring); a warning line to
    print ("" when nothing was wrong)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if not given:
        return ""
    team_keys = ShareKeys(sync)
    try:
        status = team_keys.status()
        if status.encrypted and (status.missing or not status.held
                                 or not sync.crypto.can_repair()):
            team_keys.unlock(given)
    except CoopdeskError as exc:
        return catalog.tr(NOT_OPENED, env=PASSPHRASE_ENV, problem=catalog.error_text(exc))
    return ""


def _refused(catalog: Catalog, error: KeysError) -> int:
    return fail(catalog, f"{catalog.error_text(error)} {catalog.tr(NOTHING_CHANGED)}")


def repair_keys(folder: Path, profile: Profile, catalog: Catalog) -> int:
    """`share repair-keys`: the key files of the keys this laptop holds, written again
    where they are missing or damaged (the passphrase is asked only when needed)."""
    with open_workspace(folder, profile) as workspace:
        try:
            team_keys = _encrypted_team(workspace)
            written = team_keys.repair(lambda twice: ask(
                catalog, catalog.tr(TEAM_PASSPHRASE), PASSPHRASE_ENV, confirm=twice))
        except KeysError as exc:
            return _refused(catalog, exc)
    if written:
        print(catalog.tr(REWRITTEN, names=", ".join(written)))
    else:
        print(catalog.tr(ALL_IN_PLACE))
    return 0


def _encrypted_team(workspace: Workspace) -> ShareKeys:
    """The team's keys; KeysError before any prompt when the team is in clear."""
    team_keys = Services(workspace).share_keys
    if not team_keys.status().encrypted:
        raise KeysError("This team's shared folder is not encrypted.")
    return team_keys


def change_passphrase(folder: Path, profile: Profile, catalog: Catalog) -> int:
    with open_workspace(folder, profile) as workspace:
        try:
            team_keys = _encrypted_team(workspace)
            old = ask(catalog, catalog.tr(CURRENT_PASSPHRASE), PASSPHRASE_ENV)
            new = ask(catalog, catalog.tr(NEW_PASSPHRASE), NEW_PASSPHRASE_ENV, confirm=True)
            team_keys.change_passphrase(old, new)
        except KeysError as exc:
            return _refused(catalog, exc)
    print(catalog.tr(CHANGED))
    return 0


def rotate_key(folder: Path, profile: Profile, catalog: Catalog) -> int:
    with open_workspace(folder, profile) as workspace:
        try:
            team_keys = _encrypted_team(workspace)
            key_id = team_keys.rotate(ask(catalog, catalog.tr(TEAM_PASSPHRASE),
                                          PASSPHRASE_ENV))
        except KeysError as exc:
            return _refused(catalog, exc)
    print(catalog.tr(NEW_KEY, key_id=key_id, limits=catalog.tr(ROTATION_LIMITS)))
    print(catalog.tr(OTHERS_NEED_IT))
    return 0
