"""The cryptography of an encrypted share (SYNC.md, "Encryption"): `cryptography` only.

    passphrase (NFC) --Argon2id(t, m, p, salt)--> key-encryption key (KEK)
    KEK --AES-256-GCM--> wraps a random 256-bit data key (a `.cdkey` file, see keys.py)
    data key --HKDF-SHA256(salt from the file header)--> per-file key + key check
    per-file key --AES-256-GCM, 64 KiB chunks--> the body

Chunk nonces are an 11-byte big-endian chunk counter followed by a last-chunk flag byte
(as in age), so chunks cannot be reordered, dropped or the file cut at a chunk boundary
without detection. Every chunk authenticates the file's header bytes as associated data.
The key check (a second HKDF output, stored in the header) tells "this is not the key that
wrote the file" (`wrong_key`) from "the file was damaged or tampered with" (`corrupt`);
it also makes the scheme key-committing, which GCM alone is not.
"""

from __future__ import annotations

import hmac
import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

#: The `enc.alg` of a file body encrypted by this module.
BODY_ALG = "aes-256-gcm-chunked-v1"
KEY_LEN = 32
SALT_LEN = 32
CHUNK = 64 * 1024
TAG_LEN = 16
FILE_KEY_INFO = b"coopdesk v1 file key"
KEY_CHECK_INFO = b"coopdesk v1 key check"
KEK_CHECK_INFO = b"coopdesk v1 passphrase check"
SEAL_INFO = b"coopdesk v1 key file seal"


#: The ceiling of the Argon2id parameters a key file may ask for (docs/sync.md): above it
#: the file is refused before any memory is allocated. The defaults are 64 MiB, t=3, p=4.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 10
MAX_LANES = 16


class KdfLimitError(ValueError):
    """Argon2id parameters above the ceiling (a hostile or mistaken key file)."""


class DecryptError(Exception):
    """A body that does not decrypt with the right key: damaged, cut, reordered, tampered."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in every key file (SYNC.md: t=3, 64 MiB, p=4)."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4

    def as_dict(self) -> dict[str, int]:
        return {"t": self.iterations, "m": self.memory_kib, "p": self.lanes}

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        """ValueError when *data* is not sane parameters (a key file is not trusted)."""
        if not isinstance(data, dict):
            raise ValueError("kdf parameters are not an object")
        values = [data.get(name) for name in ("t", "m", "p")]
        t, m, p = (v if isinstance(v, int) and not isinstance(v, bool) else -1
                   for v in values)
        if not (t >= 1 and m >= 8 * max(p, 1) and p >= 1):
            raise ValueError("kdf parameters out of range")
        if t > MAX_ITERATIONS or m > MAX_MEMORY_KIB or p > MAX_LANES:
            # checked before anything is derived: a key file written by anyone who can
            # write to the folder must not make this laptop allocate or compute without end
            raise KdfLimitError(
                f"asks for Argon2id with {m // 1024} MiB, t={t}, p={p}: above coopdesk's "
                f"ceiling (at most {MAX_MEMORY_KIB // 1024} MiB, t={MAX_ITERATIONS}, "
                f"p={MAX_LANES})")
        return cls(iterations=t, memory_kib=m, lanes=p)


def normalise(passphrase: str) -> bytes:
    """The passphrase as UTF-8 of its NFC form: "é" typed either way is the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(salt=salt, length=KEY_LEN, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(normalise(passphrase))


def new_key() -> bytes:
    return os.urandom(KEY_LEN)


def new_salt() -> bytes:
    return os.urandom(SALT_LEN)


def wrap(kek: bytes, data_key: bytes, aad: bytes, nonce: bytes | None = None) -> tuple[
        bytes, bytes]:
    """(nonce, ciphertext) of *data_key* under *kek*; *aad* binds it to its key file."""
    nonce = nonce if nonce is not None else os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def unwrap(kek: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes | None:
    """The data key, or None when *kek* is not the one that wrapped it (wrong passphrase)."""
    try:
        key = AESGCM(kek).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == KEY_LEN else None


def kek_check(kek: bytes) -> str:
    """Stored in a key file's kdf section: tells a wrong passphrase (no match) from a
    damaged key file (match, but the key does not unwrap). Reveals nothing of the KEK."""
    return hmac.new(kek, KEK_CHECK_INFO, "sha256").hexdigest()[:32]


def seal(data_key: bytes, aad: bytes) -> str:
    """A key file's seal: proof, by the data key it carries, that whoever wrote the file
    held that key (a laptop holding the key trusts the file's date and passphrase id)."""
    return hmac.new(_hkdf(data_key, b"", SEAL_INFO), aad, "sha256").hexdigest()


def seal_matches(data_key: bytes, aad: bytes, value: str) -> bool:
    return hmac.compare_digest(seal(data_key, aad), value)


def _hkdf(data_key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=info).derive(
        data_key)


def file_key(data_key: bytes, salt: bytes) -> bytes:
    return _hkdf(data_key, salt, FILE_KEY_INFO)


def key_check(data_key: bytes, salt: bytes) -> str:
    """Stored in the header: tells a wrong key from a damaged body, reveals nothing."""
    return _hkdf(data_key, salt, KEY_CHECK_INFO)[:16].hex()


def key_matches(data_key: bytes, salt: bytes, check: str) -> bool:
    return hmac.compare_digest(key_check(data_key, salt), check)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def encrypt_body(data_key: bytes, salt: bytes, aad: bytes, plaintext: bytes) -> bytes:
    """64 KiB chunks, each sealed with its counter and last-chunk flag; an empty plaintext
    is one empty last chunk (so a body is never empty)."""
    aead = AESGCM(file_key(data_key, salt))
    starts = range(0, max(len(plaintext), 1), CHUNK)
    out = bytearray()
    for counter, start in enumerate(starts):
        last = counter == len(starts) - 1
        out += aead.encrypt(_nonce(counter, last), plaintext[start: start + CHUNK], aad)
    return bytes(out)


def decrypt_body(data_key: bytes, salt: bytes, aad: bytes, body: bytes) -> bytes:
    """The plaintext, or DecryptError for anything but the exact chunks written."""
    aead = AESGCM(file_key(data_key, salt))
    sealed = CHUNK + TAG_LEN
    if not body:
        raise DecryptError("empty body")
    starts = range(0, len(body), sealed)
    out = bytearray()
    for counter, start in enumerate(starts):
        last = counter == len(starts) - 1
        piece = body[start: start + sealed]
        if len(piece) < TAG_LEN or (not last and len(piece) != sealed):
            raise DecryptError("a chunk is cut")
        try:
            out += aead.decrypt(_nonce(counter, last), piece, aad)
        except InvalidTag:
            raise DecryptError(f"chunk {counter} does not authenticate") from None
    return bytes(out)
