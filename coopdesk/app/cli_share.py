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

from coopdesk.app.cli_output import causes, exit_code, fail, path_text, print_report
from coopdesk.app.cli_share_crypto import (
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


def run_share(args: argparse.Namespace, folder: Path, profile: Profile) -> int:
    action = args.share_action
    if action in ("export", "import"):
        from coopdesk.app.cli_share_file import run_share_file

        return run_share_file(args, folder, profile)
    try:
        if action == "change-passphrase":
            return change_passphrase(folder, profile)
        if action == "rotate-key":
            return rotate_key(folder, profile)
        if action == "repair-keys":
            return repair_keys(folder, profile)
        shared = Path(args.folder).expanduser().absolute()
        if action == "create":
            asked: membership.Passphrase = None
            if getattr(args, "encrypt", False):
                asked = lambda _team: ask(  # noqa: E731
                    "New team passphrase: ", PASSPHRASE_ENV, confirm=True)
            return share_create(folder, shared, profile, asked)
        # join: the passphrase is asked only when the team is encrypted
        return share_join(folder, shared, profile, lambda team: ask(
            f"Passphrase of the team “{team.name}”: " if team.name else
            "Passphrase of the encrypted team (its name shows once it is given): ",
            PASSPHRASE_ENV))
    except NoPassphraseError as exc:
        return fail(str(exc))


def share_create(folder: Path, shared: Path, profile: Profile,
                 passphrase: membership.Passphrase = None) -> int:
    """`share create FOLDER` (encrypted when *passphrase* is given or asked)."""
    with open_workspace(folder, profile) as workspace:
        try:
            done = membership.share_workspace(Services(workspace).sync, shared, passphrase)
        except KeysError as exc:  # too weak a passphrase: nothing was changed
            return fail(exc.message)
        except (OSError, SyncError) as exc:
            written = next((cause for cause in causes(exc) if isinstance(cause, OSError)), None)
            if written is None:
                raise
            # the share could not be written (full, read-only, gone): the workspace was
            # left unshared (membership.share_workspace)
            return fail(f"cannot write in the shared folder {path_text(shared)}: "
                        f"{written.strerror or written}. This workspace was left unshared.",
                        exit_code(exc))
    if done.team.encrypted:
        print(f"Workspace “{done.workspace_name}” is now shared, encrypted, in {done.root}.")
        print(storage_line(done.storage))
        print("Write the passphrase down (the app prints a recovery sheet): without it no new "
              "laptop can join and nothing can be recovered.")
    else:
        print(f"Workspace “{done.workspace_name}” is now shared in {done.root}.")
    print_report(done.report)
    asked = " (the passphrase is asked)" if done.team.encrypted else ""
    print(f"On each other laptop, join it into a new folder{asked}:")
    print(f"  coopdesk --workspace NEW_FOLDER share join {shlex.quote(str(shared))}")
    return 0


def share_join(folder: Path, shared: Path, profile: Profile,
               passphrase: membership.Passphrase = None) -> int:
    """`share join FOLDER`: a new copy of the team in *folder*, or an existing copy pointed
    at *shared* again (an encrypted team's *passphrase* is asked only then)."""
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
    print_report(joined.report)
    return 0
