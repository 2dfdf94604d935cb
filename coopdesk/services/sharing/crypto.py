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
        #: The key files this laptop trusts (keys.trust), those it does not, the unreadable.
        self.trusted: list[keys.KeyFile] = []
        self.untrusted: list[keys.KeyFile] = []
        self.problems: list[keys.KeyProblem] = []
        #: What the keyring (or memory) holds: data keys, key-encryption key, key dates.
        self.stored: dict[str, bytes] = {}
        #: The data keys this laptop can use (held, or opened with a held KEK).
        self.held: dict[str, bytes] = {}

    @property
    def encrypted(self) -> bool:
        return self.team is not None and (self.team.encrypted or bool(self.files))

    def prepare(self, folder: Path, team: share.TeamInfo) -> None:
        """Read the key files on the share and the keys held here (once per sync)."""
        self.folder, self.team = folder, team
        self.files, self.problems = keys.read_key_files(folder, team.team_id)
        self.stored = self.secrets.load(team.team_id, team.name) if self.encrypted else {}
        self._trust()

    def _trust(self) -> None:
        found = keys.trust(self.files, self.stored)
        self.trusted, self.untrusted = found.trusted, found.untrusted
        opened = {k: v for k, v in found.keys.items() if k not in self.stored}
        self.held = found.keys
        # the dates of held keys, learnt from their trusted files: a lost file is then
        # republished with its date (which key is newest stays the same)
        known = keys.created_of(self.stored)
        created = {f.key_id: f.key_created_at for f in self.trusted
                   if f.key_id in self.held and f.key_id not in known}
        if (opened or created) and self.team is not None:
            self._keep({**opened, **keys.created_entries(created)})

    def repair(self, replica: str) -> list[str]:
        """Republish the key files of keys held here that are missing or damaged on the
        share (keys.republish); the names written."""
        if not self.encrypted or self.folder is None or self.team is None:
            return []
        try:
            written = keys.republish(self.folder, self.team.team_id, self.stored, self.files,
                                     self.problems, replica)
        except OSError:
            return []  # a read-only or vanished folder: the next cycle tries again
        if written:
            self.files, self.problems = keys.read_key_files(self.folder, self.team.team_id)
            self._trust()
        return [path.name for path in written]

    def recover(self, passphrase: str, *, confirmed: bool = False) -> None:
        """Hold the key-encryption key of *passphrase*, so that `repair` can write: from
        the key files it opens (or whose passphrase check it matches, when their key is
        damaged), or, when the share holds no usable key file and *confirmed* (typed
        twice), as a new generation of that passphrase wrapping the keys held here."""
        folder, team = self._team()
        known = keys.created_of(self.stored)
        dates = {k: known.get(k) or keys.now() for k in self.held}
        try:
            unlocked = keys.unlock(folder, team.team_id, passphrase)
        except keys.DamagedKeyFileError as exc:
            if exc.passphrase is not None and self.held:
                self._keep_unlocked(dict(self.held), exc.passphrase, dates)
                return
            if self.files or not self.held:
                raise keys_error(exc) from exc
            self._new_generation(passphrase, dates, confirmed, exc)
            return
        except keys.NoKeyFilesError as exc:
            if not self.held:
                raise keys_error(exc) from exc
            self._new_generation(passphrase, dates, confirmed, exc)
            return
        except keys.KeyFileError as exc:
            raise keys_error(exc) from exc
        self._keep_unlocked(unlocked.keys, unlocked.passphrase, unlocked.created)

    def _new_generation(self, passphrase: str, dates: dict[str, str], confirmed: bool,
                        exc: keys.KeyFileError) -> None:
        if not confirmed:
            raise KeysError("No key file of the team can be opened: type the passphrase "
                            "twice to write them again.") from exc
        check_passphrase(passphrase)
        self._keep_unlocked(dict(self.held), keys.new_passphrase(passphrase, self.params),
                            dates)

    def can_repair(self) -> bool:
        """This laptop holds the key-encryption key (else repairing needs the passphrase)."""
        return bool(keys.wrappers(self.stored))

    def key_notes(self) -> list[str]:
        """The key files not used, each named with the reason (for the report)."""
        notes = [f"{p.path.name} {p.reason}; ignored" for p in self.problems]
        notes += [f"{f.path.name} (key {f.key_id}) is not opened by any key this laptop "
                  "trusts; ignored (a forged file, or a new key: enter the team passphrase "
                  "if a partner rotated the key)" for f in self.untrusted]
        return notes

    # -- reading and writing files ----------------------------------------------------------
    def resolver(self) -> frame.KeyResolver | None:
        """For frame.decode: None for a team in clear."""
        return self.held.get if self.encrypted else None

    def write_key(self) -> WriteKey | None:
        """The key new files get (None in clear). KeysError when this laptop does not hold
        the team's newest key: it then writes nothing rather than use an older one."""
        if not self.encrypted:
            return None
        chosen = keys.as_write_key(self.held, self.trusted)
        if chosen is None:
            newest = keys.newest_key_id(self.trusted or self.files) or "?"
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
        self.stored.update(new)
        self.held.update(keys.data_keys(new))
        return self.secrets.store(team.team_id, team.name, new)

    def _keep_unlocked(self, opened: dict[str, bytes], wrapper: keys.Passphrase,
                       created: dict[str, str], *, replace: bool = False) -> Storage:
        """Keep data keys, the passphrase's key-encryption key and the keys' dates; with
        *replace*, what was held before goes (a changed passphrase: its old KEK is stale)."""
        _folder, team = self._team()
        if replace:
            self.secrets.forget(team.team_id, team.name)
            self.stored = {}
        storage = self._keep({**opened, **keys.wrapper_entry(wrapper),
                              **keys.created_entries(created)})
        if self.folder is not None:
            self.files, self.problems = keys.read_key_files(self.folder, team.team_id)
            self._trust()
        return storage

    def start(self, folder: Path, team: share.TeamInfo, passphrase: str,
              replica: str, key: tuple[str, bytes] | None = None) -> Storage:
        """The first key of a new encrypted team (the team file is written already)."""
        check_passphrase(passphrase)
        self.folder, self.team = folder, team
        key_id, data_key, wrapper, created = keys.create(
            folder, team.team_id, passphrase, replica, self.params, key)
        return self._keep_unlocked({key_id: data_key}, wrapper, {key_id: created})

    def unlock(self, folder: Path, team: share.TeamInfo, passphrase: str) -> Storage:
        """Open the team's keys with *passphrase* and keep them here."""
        self.prepare(folder, team)
        try:
            unlocked = keys.unlock(folder, team.team_id, passphrase)
        except keys.KeyFileError as exc:
            raise keys_error(exc) from exc
        return self._keep_unlocked(unlocked.keys, unlocked.passphrase, unlocked.created)

    def change_passphrase(self, old: str, new: str, replica: str) -> Storage:
        check_passphrase(new)
        folder, team = self._team()
        try:
            opened, wrapper, created = keys.change_passphrase(
                folder, team.team_id, old, new, replica, self.params)
        except keys.KeyFileError as exc:
            raise keys_error(exc) from exc
        return self._keep_unlocked({**self.held, **opened}, wrapper, created, replace=True)

    def rotate(self, passphrase: str, replica: str) -> str:
        """A new data key for every file written from now on; returns its id."""
        folder, team = self._team()
        try:
            key_id, data_key, unlocked, created = keys.rotate(
                folder, team.team_id, passphrase, replica)
        except keys.KeyFileError as exc:
            raise keys_error(exc) from exc
        self._keep_unlocked({**unlocked.keys, key_id: data_key}, unlocked.passphrase,
                            {**unlocked.created, key_id: created})
        return key_id

    def forget(self) -> None:
        _folder, team = self._team()
        self.secrets.forget(team.team_id, team.name)
        self.held, self.stored = {}, {}
        self._trust()


MIN_PASSPHRASE = 12


def keys_error(exc: keys.KeyFileError) -> KeysError:
    """A key-file problem as a message the interface translates."""
    if isinstance(exc, keys.WrongPassphraseError):
        return KeysError("Wrong passphrase: it opens none of the team's keys.")
    if isinstance(exc, keys.DamagedKeyFileError):
        return KeysError("{reason} A laptop that holds the team key repairs it by itself "
                         "when it syncs (or: share repair-keys).", reason=str(exc))
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
