"""Encryption of the share as the sync service uses it: which keys this laptop holds (from
the keyring, see secrets.py), which key new files are written with, and the passphrase
operations (create, unlock, change, rotate, forget).

A team is encrypted when its team file says so or its keys/ folder holds key files; then
nothing is ever written in clear, and a file that does not decrypt is never imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.sharing.secrets import Storage, TeamSecrets
from coopdesk.sync import crypto, frame, keys, share
from coopdesk.sync.frame import FileStatus, WriteKey


class KeysError(CoopdeskError):
    """A passphrase or key problem the person can fix; the message is plain."""


@dataclass(frozen=True)
class EncryptionStatus:
    encrypted: bool
    #: "keyring" or "memory" (no usable keyring: keys kept until the app closes).
    storage: str
    held: int
    #: Key ids on the share this laptop cannot open yet (the passphrase brings them).
    missing: tuple[str, ...]
    #: Why the keyring could not be used ("" when it works).
    keyring_problem: str


class ShareCrypto:
    """The keys of the team this workspace syncs with, for one SyncService."""

    def __init__(self, secrets: TeamSecrets, params: crypto.KdfParams | None = None) -> None:
        self.secrets = secrets
        #: Argon2id parameters for new key files (tests use cheaper ones).
        self.params = params
        self.team: share.TeamInfo | None = None
        self.folder: Path | None = None
        self.files: list[keys.KeyFile] = []
        self.held: dict[str, bytes] = {}

    @property
    def encrypted(self) -> bool:
        return self.team is not None and (self.team.encrypted or bool(self.files))

    def prepare(self, folder: Path, team: share.TeamInfo) -> None:
        """Read the key files on the share and the keys held here (once per sync)."""
        self.folder, self.team = folder, team
        self.files = keys.key_files(folder, team.team_id)
        self.held = self.secrets.load(team.team_id, team.name) if self.encrypted else {}

    # -- reading and writing files ----------------------------------------------------------
    def resolver(self) -> frame.KeyResolver | None:
        """For frame.decode: None for a team in clear."""
        return self.held.get if self.encrypted else None

    def write_key(self) -> WriteKey | None:
        """The key new files get (None in clear). KeysError when this laptop does not hold
        the team's newest key: it then writes nothing rather than use an older one."""
        if not self.encrypted:
            return None
        chosen = keys.as_write_key(self.held, self.files)
        if chosen is None:
            newest = keys.newest_key_id(self.files) or "?"
            raise KeysError("This laptop does not hold the team's key {key} yet: enter the "
                            "team passphrase to share its changes.", key=newest)
        return chosen

    def verifier(self) -> Callable[[bytes], bool]:
        resolve = self.resolver()
        return lambda data: frame.decode(data, resolve).status is FileStatus.OK

    def missing_detail(self, status: str, reason: str, replica: str = "") -> str:
        """What an unknown_key / wrong_key file needs, in plain words, and the device that
        wrote it (an encrypted header names no person)."""
        detail = self._missing(status, reason)
        if replica and status in (FileStatus.UNKNOWN_KEY.value, FileStatus.WRONG_KEY.value):
            detail += f"; written on device {replica}"
        return detail

    def _missing(self, status: str, reason: str) -> str:
        if status == FileStatus.UNKNOWN_KEY.value:
            key_id = reason.removeprefix("key ").strip()
            on_share = any(f.key_id == key_id for f in self.files)
            if on_share:
                return (f"encrypted with the team key {key_id}, which this laptop does not "
                        "hold yet: enter the team passphrase")
            return (f"encrypted with a key {key_id} that is not in the shared folder's keys "
                    "(not arrived yet, or another team's)")
        if status == FileStatus.WRONG_KEY.value:
            return f"{reason}: it was not written with this team's key; nothing was imported"
        return reason

    def status(self) -> EncryptionStatus:
        team = self.team
        storage: Storage = (self.secrets.storage(team.team_id, team.name) if team is not None
                            else "keyring")
        on_share = {f.key_id for f in self.files}
        return EncryptionStatus(encrypted=self.encrypted, storage=storage,
                                held=len(on_share & set(self.held)),
                                missing=tuple(sorted(on_share - set(self.held))),
                                keyring_problem=self.secrets.problem)

    # -- passphrase operations --------------------------------------------------------------
    def _team(self) -> tuple[Path, share.TeamInfo]:
        if self.folder is None or self.team is None:
            raise KeysError("This workspace is not shared yet (share create FOLDER).")
        return self.folder, self.team

    def _keep(self, new: dict[str, bytes]) -> Storage:
        _folder, team = self._team()
        self.held.update(new)
        return self.secrets.store(team.team_id, team.name, new)

    def start(self, folder: Path, team: share.TeamInfo, passphrase: str,
              replica: str) -> Storage:
        """The first key of a new encrypted team (the team file is written already)."""
        check_passphrase(passphrase)
        self.folder, self.team = folder, team
        key_id, data_key = keys.create(folder, team.team_id, passphrase, replica, self.params)
        self.files = keys.key_files(folder, team.team_id)
        return self._keep({key_id: data_key})

    def unlock(self, folder: Path, team: share.TeamInfo, passphrase: str) -> Storage:
        """Open the team's keys with *passphrase* and keep them here."""
        self.prepare(folder, team)
        try:
            unlocked = keys.unlock(folder, team.team_id, passphrase)
        except keys.KeyFileError as exc:
            raise keys_error(exc) from exc
        return self._keep(unlocked.keys)

    def change_passphrase(self, old: str, new: str, replica: str) -> Storage:
        check_passphrase(new)
        folder, team = self._team()
        try:
            opened = keys.change_passphrase(folder, team.team_id, old, new, replica,
                                            self.params)
        except keys.KeyFileError as exc:
            raise keys_error(exc) from exc
        self.files = keys.key_files(folder, team.team_id)
        return self._keep(opened)

    def rotate(self, passphrase: str, replica: str) -> str:
        """A new data key for every file written from now on; returns its id."""
        folder, team = self._team()
        try:
            key_id, data_key = keys.rotate(folder, team.team_id, passphrase, replica)
        except keys.KeyFileError as exc:
            raise keys_error(exc) from exc
        self.files = keys.key_files(folder, team.team_id)
        self._keep({key_id: data_key})
        return key_id

    def forget(self) -> None:
        _folder, team = self._team()
        self.secrets.forget(team.team_id, team.name)
        self.held = {}


MIN_PASSPHRASE = 12


def keys_error(exc: keys.KeyFileError) -> KeysError:
    """A key-file problem as a message the interface translates."""
    if isinstance(exc, keys.WrongPassphraseError):
        return KeysError("Wrong passphrase: it opens none of the team's keys.")
    if isinstance(exc, keys.NoKeyFilesError):
        return KeysError("The team's key files have not arrived in the shared folder yet "
                         "(or were removed).")
    return KeysError("{reason}", reason=str(exc))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise KeysError("The team passphrase needs at least {count} characters (several "
                        "words are easier to remember).", count=MIN_PASSPHRASE)


def strength(passphrase: str) -> int:
    """A rough 0-4 hint for the passphrase field: length and variety, no dictionary."""
    text = passphrase.strip()
    kinds = sum(any(test(c) for c in text) for test in (
        str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    words = len(text.split())
    score = 0
    if len(text) >= MIN_PASSPHRASE:
        score = 1 + (len(text) >= 16) + (len(text) >= 24 or words >= 4) + (kinds >= 3)
    return min(score, 4)


__all__ = [
    "MIN_PASSPHRASE",
    "EncryptionStatus",
    "KeysError",
    "ShareCrypto",
    "check_passphrase",
    "strength",
]
