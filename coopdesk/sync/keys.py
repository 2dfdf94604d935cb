"""The team's key files on the share: `CoopDesk/keys/<key_id>-<passphrase_id>.cdkey`.

Each file is immutable JSON holding one data key wrapped by the key-encryption key of one
passphrase (Argon2id salt and parameters in the file, shared by every file of that
passphrase so one derivation unlocks them all). The wrapping authenticates every other
field of the file, so nobody can move a key to another team or make an old key "newest".

The data key files are written with is the one created last (`key_created_at`, then id);
a passphrase change writes every key again under the new passphrase and then removes the
files of the old one (copies may survive in a cloud drive's history: see docs/sync.md).

Trust (docs/sync.md, "Keys nobody can forge"): anyone who can write to the folder can add a
file here, so a key file is used only when this laptop opens it with a key it already
trusts: the passphrase (or its key-encryption key, kept with the data keys), or, for a key
it holds, the file's seal (an HMAC by that data key over the file). Other files are
reported and ignored; new files are written with the newest trusted key. Argon2id
parameters are bounded (crypto.MAX_*), checked before anything is derived, and a key file
is read only when it is a regular file of at most MAX_KEY_FILE bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import stat
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopdesk.sync import crypto, share
from coopdesk.sync.frame import WriteKey, canonical_json

KEYS_DIR = "keys"
KEY_SUFFIX = share.KEY_SUFFIX
KEY_FORMAT = 1
WRAP_ALG = "aes-256-gcm"
KDF_ALG = "argon2id"


class KeyFileError(Exception):
    """Base of the key problems below; the message is plain."""


class NoKeyFilesError(KeyFileError):
    """The team is encrypted but its key files have not arrived (yet)."""


class WrongPassphraseError(KeyFileError):
    """No key file of the team opens with this passphrase."""


class DamagedKeyFileError(KeyFileError):
    """The team's key files are damaged or unusable (not a wrong passphrase)."""

    def __init__(self, message: str, passphrase: Passphrase | None = None) -> None:
        super().__init__(message)
        #: The passphrase's key-encryption key, when its check proved it right.
        self.passphrase = passphrase


#: A key file is a few hundred bytes; anything larger is not read.
MAX_KEY_FILE = 64 * 1024
#: Passphrase generations tried by one unlock (each costs one Argon2id derivation).
MAX_GENERATIONS = 8
#: Entries of a laptop's held keys that are not data keys (they never match a key id).
KEK_PREFIX = "kek:"
CREATED_PREFIX = "created:"


@dataclass(frozen=True)
class KeyProblem:
    """A key file that is not used, and why (plain words)."""

    path: Path
    reason: str


@dataclass(frozen=True)
class KeyFile:
    path: Path
    team_id: str
    key_id: str
    key_created_at: str
    passphrase_id: str
    created_by: str
    params: crypto.KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    aad: bytes
    #: Proof by the data key that the writer held it ("" in files of older versions).
    seal: str = ""
    #: The passphrase check (crypto.kek_check; "" in files of older versions).
    check: str = ""
    #: A rotated key: the key it follows, and proof by that key that its holder wrote it.
    rotated_from: str = ""
    succession: str = ""


@dataclass(frozen=True)
class Passphrase:
    """One passphrase's key-encryption key, and what identifies its files."""

    passphrase_id: str
    salt: bytes
    params: crypto.KdfParams
    kek: bytes


@dataclass(frozen=True)
class Unlocked:
    keys: dict[str, bytes]
    passphrase: Passphrase
    #: key id -> the creation time its (opened) file gives it.
    created: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Trust:
    """What the key files on the share are to a laptop holding some keys."""

    #: Data keys held or newly opened with a held key-encryption key.
    keys: dict[str, bytes]
    trusted: list[KeyFile]
    untrusted: list[KeyFile]


def keys_dir(folder: Path) -> Path:
    return share.share_root(folder) / KEYS_DIR


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def new_passphrase(passphrase: str, params: crypto.KdfParams | None = None) -> Passphrase:
    params = params or crypto.KdfParams()
    salt = crypto.new_salt()
    return Passphrase(uuid.uuid4().hex[:16], salt, params,
                      crypto.derive_kek(passphrase, salt, params))


def _parse(path: Path, data: Any) -> KeyFile:
    if not isinstance(data, dict) or data.get("format") != KEY_FORMAT:
        raise ValueError("not a key file of this version")
    kdf, wrap = data.get("kdf"), data.get("wrap")
    if not isinstance(kdf, dict) or kdf.get("alg") != KDF_ALG:
        raise ValueError("unknown key derivation")
    if not isinstance(wrap, dict) or wrap.get("alg") != WRAP_ALG:
        raise ValueError("unknown key wrapping")
    texts = [data.get(k) for k in ("team_id", "key_id", "key_created_at", "passphrase_id",
                                   "created_by")]
    if not all(isinstance(t, str) and t for t in texts[:4]):
        raise ValueError("key file fields missing")
    params = crypto.KdfParams.from_dict(kdf)  # KdfLimitError above the ceiling
    aad = canonical_json({k: v for k, v in data.items() if k != "wrap"})
    return KeyFile(path=path, team_id=str(texts[0]), key_id=str(texts[1]),
                   key_created_at=str(texts[2]), passphrase_id=str(texts[3]),
                   created_by=str(texts[4] or ""), params=params,
                   salt=bytes.fromhex(str(kdf.get("salt", ""))),
                   nonce=bytes.fromhex(str(wrap.get("nonce", ""))),
                   wrapped=bytes.fromhex(str(wrap.get("key", ""))), aad=aad,
                   seal=str(wrap.get("seal") or ""), check=str(kdf.get("check") or ""),
                   rotated_from=str(data.get("rotated_from") or ""),
                   succession=str(wrap.get("succession") or ""))


def _read_bounded(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_KEY_FILE bytes (OSError otherwise)."""
    info = path.lstat()
    if not stat.S_ISREG(info.st_mode):
        raise OSError("not a regular file")
    if info.st_size > MAX_KEY_FILE:
        raise OSError(f"too large ({info.st_size} bytes)")
    with path.open("rb") as handle:
        data = handle.read(MAX_KEY_FILE + 1)
    if len(data) > MAX_KEY_FILE:
        raise OSError("too large")
    return data


def read_key_files(folder: Path, team_id: str) -> tuple[list[KeyFile], list[KeyProblem]]:
    """The readable key files of *team_id*, newest key first, and the files that could not
    be read (damaged, not a regular file, Argon2id parameters above the ceiling)."""
    found: list[KeyFile] = []
    problems: list[KeyProblem] = []
    directory = keys_dir(folder)
    for path in sorted(directory.glob(f"*{KEY_SUFFIX}")) if directory.is_dir() else []:
        try:
            parsed = _parse(path, json.loads(_read_bounded(path).decode("utf-8")))
        except crypto.KdfLimitError as exc:
            problems.append(KeyProblem(path, f"refused: it {exc}"))
            continue
        except OSError as exc:
            problems.append(KeyProblem(path, f"cannot be read ({exc})"))
            continue
        except (ValueError, TypeError, AttributeError):
            problems.append(KeyProblem(path, "damaged (not a complete key file)"))
            continue
        if parsed.team_id == team_id:
            found.append(parsed)
    return sorted(found, key=lambda f: (f.key_created_at, f.key_id), reverse=True), problems


def key_files(folder: Path, team_id: str) -> list[KeyFile]:
    """The readable key files of *team_id*, newest key first; others are ignored."""
    return read_key_files(folder, team_id)[0]


def newest_key_id(files: Iterable[KeyFile]) -> str:
    """The key new files are written with: created last (ties: the larger id)."""
    ordered = sorted(files, key=lambda f: (f.key_created_at, f.key_id), reverse=True)
    return ordered[0].key_id if ordered else ""


def write_key_file(folder: Path, team_id: str, passphrase: Passphrase, key_id: str,
                   data_key: bytes, key_created_at: str, replica: str,
                   name: str = "", successor_of: tuple[str, bytes] | None = None) -> Path:
    """One immutable key file: *data_key* wrapped under *passphrase*, sealed by itself;
    a rotated key also carries proof by the key it follows (*successor_of*)."""
    content: dict[str, Any] = {
        "format": KEY_FORMAT, "team_id": team_id, "key_id": key_id,
        "key_created_at": key_created_at, "passphrase_id": passphrase.passphrase_id,
        "created_by": replica, "created_at": now(),
        "kdf": {"alg": KDF_ALG, "salt": passphrase.salt.hex(), **passphrase.params.as_dict(),
                "check": crypto.kek_check(passphrase.kek)},
        "note": "coopdesk encryption key, locked by the team passphrase: do not edit."}
    if successor_of is not None:
        content["rotated_from"] = successor_of[0]
    aad = canonical_json(content)
    nonce, wrapped = crypto.wrap(passphrase.kek, data_key, aad)
    content["wrap"] = {"alg": WRAP_ALG, "nonce": nonce.hex(), "key": wrapped.hex(),
                       "seal": crypto.seal(data_key, aad)}
    if successor_of is not None:
        content["wrap"]["succession"] = crypto.seal(successor_of[1], aad)
    data = canonical_json(content)

    def verify(got: bytes) -> bool:
        return _parse(Path(), json.loads(got)).key_id == key_id

    return share.write_new_file(keys_dir(folder), name or file_name(key_id, passphrase),
                                data, verify=verify)


def file_name(key_id: str, passphrase: Passphrase) -> str:
    return f"{key_id}-{passphrase.passphrase_id}{KEY_SUFFIX}"


def unlock(folder: Path, team_id: str, passphrase: str) -> Unlocked:
    """Every data key the passphrase opens. NoKeyFilesError, WrongPassphraseError or
    DamagedKeyFileError (naming the files) otherwise."""
    files, problems = read_key_files(folder, team_id)
    if not files:
        if problems:
            raise DamagedKeyFileError("The team's key files cannot be used: " + "; ".join(
                f"{p.path.name} {p.reason}" for p in problems))
        raise NoKeyFilesError("The team's key files have not arrived in the shared folder yet "
                              "(or were removed).")
    groups: dict[tuple[str, bytes, crypto.KdfParams], list[KeyFile]] = {}
    for f in files:  # newest key first, so the current passphrase is tried first
        groups.setdefault((f.passphrase_id, f.salt, f.params), []).append(f)
    opened: dict[str, bytes] = {}
    created: dict[str, str] = {}
    damaged: list[KeyFile] = []
    right_one: Passphrase | None = None
    chosen: Passphrase | None = None
    for (passphrase_id, salt, params), members in list(groups.items())[:MAX_GENERATIONS]:
        kek = crypto.derive_kek(passphrase, salt, params)
        checks = {f.check for f in members if f.check}
        right = crypto.kek_check(kek)
        if checks and right not in checks and not any(not f.check for f in members):
            continue  # the passphrase check says: another passphrase
        for f in members:
            key = crypto.unwrap(kek, f.nonce, f.wrapped, f.aad)
            if key is not None:
                opened[f.key_id] = key
                created.setdefault(f.key_id, f.key_created_at)
                if chosen is None:
                    chosen = Passphrase(passphrase_id, salt, params, kek)
            elif f.check == right:
                damaged.append(f)  # the right passphrase, but the key does not unwrap
                right_one = Passphrase(passphrase_id, salt, params, kek)
        if chosen is not None:
            break  # one passphrase generation holds every key (see change_passphrase)
    if chosen is None:
        if damaged:
            raise DamagedKeyFileError("The team's key file {names} is damaged (the passphrase "
                                      "is right but the key in it cannot be read).".replace(
                                          "{names}", ", ".join(f.path.name for f in damaged)),
                                      right_one)
        raise WrongPassphraseError("Wrong passphrase: it opens none of the team's keys.")
    return Unlocked(opened, chosen, created)


def create(folder: Path, team_id: str, passphrase: str, replica: str,
           params: crypto.KdfParams | None = None,
           key: tuple[str, bytes] | None = None) -> tuple[str, bytes, Passphrase, str]:
    """The first data key of a new encrypted team (*key*, else a new one); returns
    (key_id, data_key, passphrase wrapper, created_at)."""
    wrapper = new_passphrase(passphrase, params)
    key_id, data_key = key or new_data_key()
    created = now()
    write_key_file(folder, team_id, wrapper, key_id, data_key, created, replica)
    return key_id, data_key, wrapper, created


def new_data_key() -> tuple[str, bytes]:
    return uuid.uuid4().hex[:16], crypto.new_key()


def rotate(folder: Path, team_id: str, passphrase: str, replica: str,
           ) -> tuple[str, bytes, Unlocked, str]:
    """A new data key for new files, under the current passphrase."""
    unlocked = unlock(folder, team_id, passphrase)
    key_id, data_key = new_data_key()
    created = now()
    previous = newest_key_id(f for f in key_files(folder, team_id) if f.key_id in unlocked.keys)
    write_key_file(folder, team_id, unlocked.passphrase, key_id, data_key, created, replica,
                   successor_of=(previous, unlocked.keys[previous]) if previous else None)
    return key_id, data_key, unlocked, created


def change_passphrase(folder: Path, team_id: str, old: str, new: str, replica: str,
                      params: crypto.KdfParams | None = None,
                      ) -> tuple[dict[str, bytes], Passphrase, dict[str, str]]:
    """Every data key written again under *new*; then the old passphrase's files go."""
    unlocked = unlock(folder, team_id, old)
    wrapper = new_passphrase(new, params or unlocked.passphrase.params)
    files = key_files(folder, team_id)
    created = {f.key_id: f.key_created_at for f in files if f.key_id in unlocked.keys}
    created.update(unlocked.created)
    for key_id, data_key in unlocked.keys.items():
        write_key_file(folder, team_id, wrapper, key_id, data_key, created[key_id], replica)
    for f in files:
        if f.passphrase_id != wrapper.passphrase_id:
            with contextlib.suppress(OSError):
                f.path.unlink()
    return unlocked.keys, wrapper, created


# -- what a laptop holds, beyond data keys --------------------------------------------------
def wrapper_entry(passphrase: Passphrase) -> dict[str, bytes]:
    """The key-encryption key as an entry of the held keys (never the passphrase): with it
    the laptop opens new key files of the same passphrase and republishes lost ones."""
    p = passphrase.params
    name = (f"{KEK_PREFIX}{passphrase.passphrase_id}:{passphrase.salt.hex()}:"
            f"{p.iterations}:{p.memory_kib}:{p.lanes}")
    return {name: passphrase.kek}


def created_entries(created: dict[str, str]) -> dict[str, bytes]:
    return {f"{CREATED_PREFIX}{k}": v.encode("utf-8") for k, v in created.items()}


def data_keys(held: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in held.items()
            if not k.startswith((KEK_PREFIX, CREATED_PREFIX)) and len(v) == crypto.KEY_LEN}


def wrappers(held: dict[str, bytes]) -> list[Passphrase]:
    found = []
    for name, kek in held.items():
        if not name.startswith(KEK_PREFIX):
            continue
        try:
            passphrase_id, salt, t, m, p = name.removeprefix(KEK_PREFIX).split(":")
            params = crypto.KdfParams.from_dict({"t": int(t), "m": int(m), "p": int(p)})
            found.append(Passphrase(passphrase_id, bytes.fromhex(salt), params, kek))
        except ValueError:
            continue
    return sorted(found, key=lambda w: w.passphrase_id)


def created_of(held: dict[str, bytes]) -> dict[str, str]:
    return {k.removeprefix(CREATED_PREFIX): v.decode("utf-8", "replace")
            for k, v in held.items() if k.startswith(CREATED_PREFIX)}


def trust(files: Iterable[KeyFile], held: dict[str, bytes]) -> Trust:
    """Which key files this laptop trusts: those a held key-encryption key opens, those of
    a held data key whose seal that key verifies (files of older versions, unsealed, of a
    held key are trusted too: they cannot bring a key this laptop does not hold), and
    rotated keys whose succession a held key proves (trusted, not held: this laptop then
    waits for the passphrase rather than write with the key a rotation retired)."""
    keys = data_keys(held)
    keks = {(w.passphrase_id, w.salt, w.params): w.kek for w in wrappers(held)}
    trusted: list[KeyFile] = []
    untrusted: list[KeyFile] = []
    for f in files:
        kek = keks.get((f.passphrase_id, f.salt, f.params))
        opened = crypto.unwrap(kek, f.nonce, f.wrapped, f.aad) if kek is not None else None
        if opened is not None and f.key_id not in keys:
            keys[f.key_id] = opened
        if opened is not None and (f.key_id not in held or held[f.key_id] == opened):
            trusted.append(f)
            continue
        (trusted if kek is None and _vouched(f, keys) else untrusted).append(f)
    return Trust(keys, trusted, untrusted)


def _vouched(f: KeyFile, keys: dict[str, bytes]) -> bool:
    """A held key seals *f* (its own key), or proves it the successor of a held key."""
    own = keys.get(f.key_id)
    if own is not None:
        return crypto.seal_matches(own, f.aad, f.seal) if f.seal else True
    before = keys.get(f.rotated_from) if f.rotated_from else None
    return before is not None and bool(f.succession) and crypto.seal_matches(
        before, f.aad, f.succession)


def as_write_key(keys: dict[str, bytes], files: list[KeyFile]) -> WriteKey | None:
    """The key to write with: the newest of *files* (the trusted ones), when this laptop
    holds it (None: it waits for the passphrase rather than use a key a rotation retired)."""
    newest = newest_key_id(files)
    if newest and newest in keys:
        return WriteKey(newest, keys[newest])
    return None


def republish(folder: Path, team_id: str, held: dict[str, bytes], files: list[KeyFile],
              problems: list[KeyProblem], replica: str) -> list[Path]:
    """Write again, under the passphrase this laptop holds the key-encryption key of, the
    key files of held keys that are missing or damaged on the share; the paths written.

    Nothing is written when this laptop holds no key-encryption key, nor when a sealed key
    file of another passphrase shows the passphrase was changed since (republishing under
    the old one would let it open the keys again)."""
    keys = data_keys(held)
    found = trust(files, held)
    held_wrappers = wrappers(held)
    if not held_wrappers:
        return []
    ours = {w.passphrase_id for w in held_wrappers}
    if any(f.passphrase_id not in ours and f.seal and f.key_id in keys for f in found.trusted):
        return []  # a newer passphrase: its holder (or its passphrase) republishes
    wrapper = held_wrappers[-1] if len(held_wrappers) == 1 else max(
        held_wrappers, key=lambda w: sum(f.passphrase_id == w.passphrase_id
                                         for f in found.trusted))
    created = created_of(held)
    covered = {f.key_id for f in found.trusted if f.passphrase_id == wrapper.passphrase_id}
    untrusted_names = {f.path.name: f.path for f in found.untrusted}
    damaged_names = {p.path.name: p.path for p in problems}
    written = []
    for key_id, data_key in sorted(keys.items()):
        if key_id in covered or key_id not in created:
            continue
        name = file_name(key_id, wrapper)
        stale = untrusted_names.get(name) or damaged_names.get(name)
        if stale is not None:  # a damaged or tampered copy at the name: useless, replaced
            with contextlib.suppress(OSError):
                share.delete_own_file(stale)
        try:
            written.append(write_key_file(folder, team_id, wrapper, key_id, data_key,
                                          created[key_id], replica))
        except FileExistsError:
            continue  # another laptop republished it at the same moment
    return written
