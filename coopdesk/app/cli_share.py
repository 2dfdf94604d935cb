"""The `share` subcommands: `create FOLDER [--encrypt]`, `join FOLDER`, `export FILE`,
`import FILE`, `change-passphrase`, `rotate-key`. Never imports Qt.

Creating and joining go through the membership service (the same as the start dialog and
the window's), which asks for an encrypted team's passphrase only when it needs it;
passphrases and key changes are `cli_share_crypto`'s, the one-file exchange
`cli_share_file`'s.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
from coopdesk.app.cli_output import causes, exit_code, fail, os_reason, path_text, print_report
from coopdesk.app.cli_share_crypto import (
    NEW_PASSPHRASE,
    NOTHING_CHANGED,
    PASSPHRASE_ENV,
    NoPassphraseError,
    ask,
    change_passphrase,
    repair_keys,
    rotate_key,
    storage_line,
)
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing import membership
from coopdesk.services.sharing.crypto import KeysError
from coopdesk.services.sharing.types import SyncError
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import open_workspace

TEAM_PASSPHRASE = QT_TRANSLATE_NOOP("cli", "Passphrase of the team “{name}”: ")
UNNAMED_TEAM_PASSPHRASE = QT_TRANSLATE_NOOP("cli", "Passphrase of the encrypted team (its name "
                                            "shows once it is given): ")
CANNOT_WRITE_SHARE = QT_TRANSLATE_NOOP("cli", "cannot write in the shared folder {folder}: "
                                       "{reason}. This workspace was left unshared.")
SHARED_ENCRYPTED = QT_TRANSLATE_NOOP("cli", "Workspace “{name}” is now shared, encrypted, in "
                                     "{root}.")
WRITE_IT_DOWN = QT_TRANSLATE_NOOP("cli", "Write the passphrase down (the app prints a recovery "
                                  "sheet): without it no new laptop can join and nothing can "
                                  "be recovered.")
SHARED = QT_TRANSLATE_NOOP("cli", "Workspace “{name}” is now shared in {root}.")
JOIN_IT = QT_TRANSLATE_NOOP("cli", "On each other laptop, join it into a new folder:")
JOIN_IT_ENCRYPTED = QT_TRANSLATE_NOOP("cli", "On each other laptop, join it into a new folder "
                                      "(the passphrase is asked):")
REJOINED = QT_TRANSLATE_NOOP("cli", "{folder} is already a copy of “{name}”; synced it.")
REJOINED_ENCRYPTED = QT_TRANSLATE_NOOP("cli", "{folder} is already a copy of “{name}”; opened "
                                       "its keys and synced it.")
JOINED = QT_TRANSLATE_NOOP("cli", "{folder} is now a copy of the workspace “{name}” shared in "
                           "{root}.")
JOINED_ENCRYPTED = QT_TRANSLATE_NOOP("cli", "{folder} is now a copy of the encrypted workspace "
                                     "“{name}” shared in {root}.")


def run_share(args: argparse.Namespace, folder: Path, profile: Profile,
              catalog: Catalog) -> int:
    action = args.share_action
    if action in ("export", "import"):
        from coopdesk.app.cli_share_file import run_share_file

        return run_share_file(args, folder, profile, catalog)
    try:
        if action == "change-passphrase":
            return change_passphrase(folder, profile, catalog)
        if action == "rotate-key":
            return rotate_key(folder, profile, catalog)
        if action == "repair-keys":
            return repair_keys(folder, profile, catalog)
        shared = Path(args.folder).expanduser().absolute()
        if action == "create":
            asked: membership.Passphrase = None
            if getattr(args, "encrypt", False):
                asked = lambda _team: ask(  # noqa: E731
                    catalog, catalog.tr(NEW_PASSPHRASE), PASSPHRASE_ENV, confirm=True)
            return share_create(catalog, folder, shared, profile, asked)
        # join: the passphrase is asked only when the team is encrypted
        return share_join(catalog, folder, shared, profile, lambda team: ask(
            catalog, catalog.tr(TEAM_PASSPHRASE, name=team.name) if team.name else
            catalog.tr(UNNAMED_TEAM_PASSPHRASE), PASSPHRASE_ENV))
    except NoPassphraseError as exc:
        return fail(catalog, str(exc))


def share_create(catalog: Catalog, folder: Path, shared: Path, profile: Profile,
                 passphrase: membership.Passphrase = None) -> int:
    """`share create FOLDER` (encrypted when *passphrase* is given or asked)."""
    tr = catalog.tr
    with open_workspace(folder, profile) as workspace:
        try:
            done = membership.share_workspace(Services(workspace).sync, shared, passphrase)
        except KeysError as exc:  # too weak a passphrase: nothing was changed
            return fail(catalog, catalog.error_text(exc))
        except (OSError, SyncError) as exc:
            written = next((cause for cause in causes(exc) if isinstance(cause, OSError)), None)
            if written is None:
                raise
            # the share could not be written (full, read-only, gone): the workspace was
            # left unshared (membership.share_workspace)
            return fail(catalog, tr(CANNOT_WRITE_SHARE, folder=path_text(shared),
                                    reason=os_reason(catalog, written)), exit_code(exc))
    if done.team.encrypted:
        print(tr(SHARED_ENCRYPTED, name=done.workspace_name, root=done.root))
        print(storage_line(catalog, done.storage))
        print(tr(WRITE_IT_DOWN))
    else:
        print(tr(SHARED, name=done.workspace_name, root=done.root))
    print_report(catalog, done.report)
    print(tr(JOIN_IT_ENCRYPTED if done.team.encrypted else JOIN_IT))
    print(f"  coopdesk --workspace NEW_FOLDER share join {shlex.quote(str(shared))}")
    return 0


def share_join(catalog: Catalog, folder: Path, shared: Path, profile: Profile,
               passphrase: membership.Passphrase = None) -> int:
    """`share join FOLDER`: a new copy of the team in *folder*, or an existing copy pointed
    at *shared* again (an encrypted team's *passphrase* is asked only then)."""
    tr = catalog.tr
    try:
        joined = membership.join(folder, profile, shared, passphrase)
    except KeysError as exc:
        return fail(catalog, f"{catalog.error_text(exc)} {tr(NOTHING_CHANGED)}")
    with joined.workspace:
        name = joined.team.name
        encrypted = joined.team.encrypted
        if joined.rejoined:
            print(tr(REJOINED_ENCRYPTED if encrypted else REJOINED, folder=folder, name=name))
        else:
            print(tr(JOINED_ENCRYPTED if encrypted else JOINED, folder=folder, name=name,
                     root=joined.root))
    if joined.team.encrypted:
        print(storage_line(catalog, joined.storage))
    print_report(catalog, joined.report)
    return 0
