"""Becoming a member of a shared workspace: create a share, join one, rejoin one; also start
a workspace from a one-file export. The start window, the main window and the command line
all go through here, so the checks and their messages are the same everywhere.

Qt-free. Whatever must be asked of the person (an encrypted team's passphrase) comes in as
a value or as a callback called only when needed, before anything is created; nothing is
left behind when joining fails. The results are frozen read models: a caller never needs
the sync or store modules to share a workspace.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing.crypto import check_passphrase, keys_error
from coopdesk.services.sharing.keys import ShareKeys
from coopdesk.services.sharing.secrets import TeamSecrets
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.share_file import FileImport, import_from_file, read_share_file
from coopdesk.services.sharing.types import SyncError, SyncReport
from coopdesk.services.workspaces import discard_failed_creation
from coopdesk.store.workspace import Workspace, is_workspace
from coopdesk.sync import keys, share


class JoinRefusedError(CoopdeskError):
    """The folder chosen to join holds no workspace this laptop can join, or the workspace
    folder cannot receive it; nothing was changed."""


class JoinCancelledError(CoopdeskError):
    """The person did not give the encrypted team's passphrase; nothing was changed."""


@dataclass(frozen=True)
class TeamView:
    """The team shared in a folder, as its team file and key files say."""

    team_id: str
    #: An encrypted team's name is sealed: "" until its passphrase is given (`open_keys`).
    name: str
    #: New files are encrypted: joining needs the team passphrase.
    encrypted: bool


@dataclass(frozen=True)
class Shared:
    """A workspace now shared in `folder` (its first export done)."""

    team: TeamView
    folder: Path
    #: The share's own folder inside `folder` (what the members' cloud carries).
    root: Path
    workspace_name: str
    report: SyncReport
    #: Where the team keys are kept: "keyring" or "memory"; "" for a team in clear.
    storage: str


@dataclass(frozen=True)
class Joined:
    """The workspace in `folder` is now a copy of `team` (synced once). `workspace` is open:
    the caller shows it or closes it."""

    team: TeamView
    folder: Path
    #: The share's own folder inside the shared folder joined.
    root: Path
    workspace: Workspace
    report: SyncReport
    #: The folder already held a copy of this team: it was pointed at the share again.
    rejoined: bool
    #: Where the team keys are kept: "keyring" or "memory"; "" for a team in clear.
    storage: str


#: A passphrase, or how to ask for it (called only for an encrypted team; None: cancelled).
Passphrase = str | Callable[[TeamView], str | None] | None


def _unshare(sync: SyncService, shared: Path, team_before: str, *,
             remove_root: bool) -> None:
    """Creating the share failed (a full or vanished shared folder...): this workspace is
    left unshared, as it was, and the team folder made for it is removed, so that `share
    create` can simply be tried again."""
    from sqlalchemy import update

    from coopdesk.services.sharing.service import replica_t

    with contextlib.suppress(Exception), sync.db.engine.begin() as conn:
        conn.execute(update(replica_t).values(team_id=team_before or None, share_folder=None))
    if remove_root:
        shutil.rmtree(share.share_root(shared), ignore_errors=True)


def read_team(shared: Path) -> TeamView:
    """The team shared in *shared*; JoinRefusedError (with a message for the person) when
    the folder is missing, empty, someone else's files, damaged or from a newer coopdesk."""
    if not shared.is_dir():
        raise JoinRefusedError("The folder “{folder}” cannot be found (is the drive "
                               "connected?). Nothing was changed.", folder=str(shared))
    root = share.share_root(shared)
    if not root.is_dir() or not any(root.glob(f"{share.TEAM_PREFIX}*.json")):
        raise JoinRefusedError(
            "“{folder}” holds no shared coopdesk workspace. Choose the folder your partners "
            "share (it contains a “CoopDesk” folder), or ask them to share their workspace "
            "first. Nothing was changed.", folder=str(shared))
    try:
        info = share.preflight(shared)
    except share.ShareError as exc:
        raise JoinRefusedError("This shared workspace cannot be joined: {reason}",
                               reason=str(exc)) from exc
    encrypted = info.encrypted or bool(keys.key_files(shared, info.team_id))
    return TeamView(team_id=info.team_id, name=info.name, encrypted=encrypted)


def open_keys(shared: Path, team: TeamView, passphrase: str) -> TeamView:
    """Check *passphrase* on the team's key files in *shared* (KeysError when it opens none),
    before anything is created; joining opens them again for good. The team, with its
    name once the passphrase opened it."""
    try:
        unlocked = keys.unlock(shared, team.team_id, passphrase)
        info = share.preflight(shared, team.team_id)
    except keys.KeyFileError as exc:
        raise keys_error(exc) from exc
    except share.ShareError as exc:
        raise JoinRefusedError("This shared workspace cannot be joined: {reason}",
                               reason=str(exc)) from exc
    name = share.open_name(info, unlocked.keys.get) or team.name
    return TeamView(team_id=team.team_id, name=name, encrypted=team.encrypted)


def share_workspace(sync: SyncService, shared: Path, passphrase: Passphrase = None) -> Shared:
    """Start sharing *sync*'s workspace in the existing folder *shared* (new or empty), then
    export everything; encrypted when a passphrase is given (asked only once the folder is
    known to exist, and checked for strength first)."""
    if not shared.is_dir():
        raise SyncError("The folder {folder} does not exist; create it first (in the cloud, "
                        "network or USB folder every member reaches).", folder=str(shared))
    if callable(passphrase):
        asked = passphrase(TeamView("", sync.workspace.name, True))
        if asked is None:
            raise JoinCancelledError("No passphrase was given; nothing was changed.")
        passphrase = asked
    if passphrase is not None:
        check_passphrase(passphrase)
    team_before = sync.team_of()
    try:
        sync.folder()
        shared_before = True  # create_share refuses it, changing nothing
    except SyncError:
        shared_before = False
    made_root = not share.share_root(shared).exists()
    try:
        report = sync.create_share(shared, passphrase=passphrase)
    except BaseException:
        if not shared_before:
            _unshare(sync, shared, team_before, remove_root=made_root)
        raise
    storage = ShareKeys(sync).status().storage if passphrase is not None else ""
    team = TeamView(team_id=sync.team_of(), name=sync.workspace.name,
                    encrypted=passphrase is not None)
    return Shared(team=team, folder=shared, root=share.share_root(shared),
                  workspace_name=sync.workspace.name, report=report,
                  storage=storage)


def join(folder: Path, profile: Profile, shared: Path, passphrase: Passphrase = None, *,
         name: str = "", secrets: TeamSecrets | None = None) -> Joined:
    """Make the workspace folder *folder* a copy of the team shared in *shared*.

    - *folder* new or empty: a workspace named *name* (else after the team) is created there
      and filled from the share; if anything fails, nothing is left behind.
    - *folder* holds a copy of that team: it is pointed at *shared* (another mount point)
      and synced (rejoining); a copy of another team is refused.
    - anything else: JoinRefusedError, nothing changed.

    An encrypted team's *passphrase* is asked (when a callback) and checked on the key files
    before anything is created. Slow (it reads everything the partners shared): run it off
    the GUI thread."""
    team = read_team(shared)
    existing = is_workspace(folder)
    if not existing and folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise JoinRefusedError("{folder} is not a new or empty folder; nothing was changed.",
                               folder=str(folder))
    words, team = _passphrase_for(team, shared, passphrase)
    if existing:
        workspace = Workspace.open(folder, profile)
        try:
            sync = SyncService(workspace, secrets)
            if sync.team_of() != team.team_id:
                raise JoinRefusedError("{folder} already holds a different workspace; join "
                                       "into a new or empty folder.", folder=str(folder))
            sync.move_folder(shared)
            if words is not None:
                ShareKeys(sync).unlock(words)
            report = sync.sync()
            storage = ShareKeys(sync).status().storage if team.encrypted else ""
        except BaseException:
            workspace.close()
            raise
        return Joined(team=team, folder=folder, root=share.share_root(shared),
                      workspace=workspace, report=report, rejoined=True, storage=storage)
    existed = folder.exists()
    workspace = Workspace.create(folder, name or team.name or folder.name, profile)
    try:
        sync = SyncService(workspace, secrets)
        report = sync.join(shared, words)
        storage = ShareKeys(sync).status().storage if team.encrypted else ""
    except BaseException:
        workspace.close()
        discard_failed_creation(folder, keep_folder=existed)
        raise
    return Joined(team=team, folder=folder, root=share.share_root(shared),
                  workspace=workspace, report=report, rejoined=False, storage=storage)


def import_into_new(folder: Path, profile: Profile, source: Path) -> FileImport:
    """Start a workspace in the new or empty *folder* from a one-file export (share
    export): a copy of the file's team. The file is checked before anything is created,
    and nothing is left behind when importing fails."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise JoinRefusedError("{folder} is not a workspace nor a new or empty folder.",
                               folder=str(folder))
    read_share_file(source)  # before anything is created: a bad file changes nothing
    existed = folder.exists()
    try:
        with Workspace.create(folder, folder.name, profile) as workspace:
            return import_from_file(SyncService(workspace), source)
    except BaseException:
        discard_failed_creation(folder, keep_folder=existed)
        raise


def _passphrase_for(team: TeamView, shared: Path, passphrase: Passphrase,
                    ) -> tuple[str | None, TeamView]:
    """The passphrase (None in clear), checked, and the team with its name opened."""
    if not team.encrypted:
        return None, team
    if callable(passphrase):
        passphrase = passphrase(team)
    if passphrase is None:
        raise JoinCancelledError("This team's shared folder is encrypted: its passphrase is "
                                 "needed; nothing was changed.")
    return passphrase, open_keys(shared, team, passphrase)


__all__ = ["JoinCancelledError", "JoinRefusedError", "Joined", "Passphrase",
           "Shared", "TeamView", "import_into_new", "join", "open_keys", "read_team",
           "share_workspace"]
