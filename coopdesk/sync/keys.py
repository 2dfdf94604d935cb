"""The team's key files on the share: `CoopDesk/keys/<key_id>-<passphrase_id>.cdkey`.

Each file is immutable JSON holding one data key wrapped by the key-encryption key of one
passphrase (Argon2id salt and parameters in the file, shared by every file of that
passphrase so one derivation unlocks them all). The wrapping authenticates every other
field of the file, so nobody can move a key to another team or make an old key "newest".

The data key files are written with is the one created last (`key_created_at`, then id);
a passphrase change writes every key again under the new passphrase and then removes the
files of the old one (copies may survive in a cloud drive's history: see docs/sync.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
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
    aad = canonical_json({k: v for k, v in data.items() if k != "wrap"})
    return KeyFile(path=path, team_id=str(texts[0]), key_id=str(texts[1]),
                   key_created_at=str(texts[2]), passphrase_id=str(texts[3]),
                   created_by=str(texts[4] or ""), params=crypto.KdfParams.from_dict(kdf),
                   salt=bytes.fromhex(str(kdf.get("salt", ""))),
                   nonce=bytes.fromhex(str(wrap.get("nonce", ""))),
                   wrapped=bytes.fromhex(str(wrap.get("key", ""))), aad=aad)


def key_files(folder: Path, team_id: str) -> list[KeyFile]:
    """The readable key files of *team_id*, newest key first; others are ignored."""
    found = []
    directory = keys_dir(folder)
    for path in sorted(directory.glob(f"*{KEY_SUFFIX}")) if directory.is_dir() else []:
        try:
            parsed = _parse(path, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, AttributeError):
            continue
        if parsed.team_id == team_id:
            found.append(parsed)
    return sorted(found, key=lambda f: (f.key_created_at, f.key_id), reverse=True)


def newest_key_id(files: Iterable[KeyFile]) -> str:
    """The key new files are written with: created last (ties: the larger id)."""
    ordered = sorted(files, key=lambda f: (f.key_created_at, f.key_id), reverse=True)
    return ordered[0].key_id if ordered else ""


def write_key_file(folder: Path, team_id: str, passphrase: Passphrase, key_id: str,
                   data_key: bytes, key_created_at: str, replica: str) -> Path:
    """One immutable key file: *data_key* wrapped under *passphrase*."""
    content: dict[str, Any] = {
        "format": KEY_FORMAT, "team_id": team_id, "key_id": key_id,
        "key_created_at": key_created_at, "passphrase_id": passphrase.passphrase_id,
        "created_by": replica, "created_at": now(),
        "kdf": {"alg": KDF_ALG, "salt": passphrase.salt.hex(), **passphrase.params.as_dict()},
        "note": "coopdesk encryption key, locked by the team passphrase: do not edit."}
    nonce, wrapped = crypto.wrap(passphrase.kek, data_key, canonical_json(content))
    content["wrap"] = {"alg": WRAP_ALG, "nonce": nonce.hex(), "key": wrapped.hex()}
    data = canonical_json(content)

    def verify(got: bytes) -> bool:
        return _parse(Path(), json.loads(got)).key_id == key_id

    return share.write_new_file(keys_dir(folder), f"{key_id}-{passphrase.passphrase_id}"
                                f"{KEY_SUFFIX}", data, verify=verify)


def unlock(folder: Path, team_id: str, passphrase: str) -> Unlocked:
    """Every data key the passphrase opens. NoKeyFilesError / WrongPassphraseError otherwise."""
    files = key_files(folder, team_id)
    if not files:
        raise NoKeyFilesError("The team's key files have not arrived in the shared folder yet "
                         "(or were removed).")
    groups: dict[tuple[str, bytes, crypto.KdfParams], list[KeyFile]] = {}
    for f in files:  # newest key first, so the current passphrase is tried first
        groups.setdefault((f.passphrase_id, f.salt, f.params), []).append(f)
    opened: dict[str, bytes] = {}
    chosen: Passphrase | None = None
    for (passphrase_id, salt, params), members in groups.items():
        kek = crypto.derive_kek(passphrase, salt, params)
        for f in members:
            key = crypto.unwrap(kek, f.nonce, f.wrapped, f.aad)
            if key is not None:
                opened[f.key_id] = key
                if chosen is None:
                    chosen = Passphrase(passphrase_id, salt, params, kek)
        if chosen is not None:
            break  # one passphrase generation holds every key (see change_passphrase)
    if chosen is None:
        raise WrongPassphraseError("Wrong passphrase: it opens none of the team's keys.")
    return Unlocked(opened, chosen)


def create(folder: Path, team_id: str, passphrase: str, replica: str,
           params: crypto.KdfParams | None = None) -> tuple[str, bytes]:
    """The first data key of a new encrypted team; returns (key_id, data_key)."""
    wrapper = new_passphrase(passphrase, params)
    key_id, data_key = uuid.uuid4().hex[:16], crypto.new_key()
    write_key_file(folder, team_id, wrapper, key_id, data_key, now(), replica)
    return key_id, data_key


def rotate(folder: Path, team_id: str, passphrase: str, replica: str) -> tuple[str, bytes]:
    """A new data key for new files, under the current passphrase."""
    unlocked = unlock(folder, team_id, passphrase)
    key_id, data_key = uuid.uuid4().hex[:16], crypto.new_key()
    write_key_file(folder, team_id, unlocked.passphrase, key_id, data_key, now(), replica)
    return key_id, data_key


def change_passphrase(folder: Path, team_id: str, old: str, new: str, replica: str,
                      params: crypto.KdfParams | None = None) -> dict[str, bytes]:
    """Every data key written again under *new*; then the old passphrase's files go."""
    unlocked = unlock(folder, team_id, old)
    wrapper = new_passphrase(new, params or unlocked.passphrase.params)
    files = key_files(folder, team_id)
    created = {f.key_id: f.key_created_at for f in files}
    for key_id, data_key in unlocked.keys.items():
        write_key_file(folder, team_id, wrapper, key_id, data_key, created[key_id], replica)
    for f in files:
        if f.passphrase_id != wrapper.passphrase_id:
            with contextlib.suppress(OSError):
                f.path.unlink()
    return unlocked.keys


def as_write_key(keys: dict[str, bytes], files: list[KeyFile]) -> WriteKey | None:
    """The key to write with, when this laptop holds the newest one."""
    newest = newest_key_id(files)
    if newest and newest in keys:
        return WriteKey(newest, keys[newest])
    return None
