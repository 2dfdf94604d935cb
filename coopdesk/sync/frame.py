"""The file format of everything written to the share (SYNC.md, "File format").

    MAGIC    8 bytes  b"CDSK\\x00v1\\n"
    HDR_LEN  u32 LE
    HEADER   canonical JSON (sorted keys, UTF-8)
    BODY     zlib-compressed payload (JSON lines of ops, or a snapshot state)
    TRAILER  b"CDSKEND\\n" + u64 LE body length + SHA-256 of everything before the trailer

A reader classifies every file by its content, never by its name, and never raises on
arbitrary bytes: `incomplete` (retry later, never delete), `corrupt`, `newer_format`,
`unknown_key` (encrypted with a data key this laptop does not hold), `wrong_key` (the key
under that id is not the one that wrote it, or a plain file in an encrypted team), `ok`.

An encrypted file's header carries `enc` = {alg, key_id, salt, check} and an empty
`payload_sha256` (a hash of the plaintext would let anyone confirm a guess of it); its body
is the zlib-compressed payload encrypted by `crypto.encrypt_body`, with MAGIC + HDR_LEN +
HEADER as associated data. The trailer's SHA-256 still tells damage from a partial write.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from coopdesk.sync import crypto

MAGIC = b"CDSK\x00v1\n"
TRAILER_MAGIC = b"CDSKEND\n"
TRAILER_LEN = len(TRAILER_MAGIC) + 8 + 32
HEADER_LEN_MAX = 1 << 20
#: Bounds on what one file may make a reader hold (docs/sync.md, "Bounded reads"): a file
#: is read only up to FILE_MAX bytes (share.read_regular), and its body is decompressed only
#: up to what its header allows: PAYLOAD_BASE, plus OP_MAX per op it counts, plus DOT_MAX
#: per change its version vector covers (a snapshot's dead and extra dots), never more than
#: PAYLOAD_MAX. A long text is at most 200,000 characters, 1.2 MB as escaped JSON.
FILE_MAX = 32 << 20
PAYLOAD_MAX = 64 << 20
PAYLOAD_BASE = 64 << 10
OP_MAX = 1_300_000
DOT_MAX = 64
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
MIN_LEN = len(MAGIC) + 4 + 2 + TRAILER_LEN  # "{}" is the smallest header

#: The data key with this id, or None when this laptop does not hold it.
KeyResolver = Callable[[str], bytes | None]

REQUIRED_HEADER = {"kind": str, "format": str, "team_id": str, "replica_id": str,
                   "op_count": int, "payload_sha256": str}


class FileStatus(StrEnum):
    OK = "ok"
    INCOMPLETE = "incomplete"
    CORRUPT = "corrupt"
    NEWER_FORMAT = "newer_format"
    UNKNOWN_KEY = "unknown_key"
    WRONG_KEY = "wrong_key"


@dataclass(frozen=True)
class WriteKey:
    """The data key new files are encrypted with, and its id (named in every header)."""

    key_id: str
    data_key: bytes


@dataclass(frozen=True)
class ReadResult:
    status: FileStatus
    header: dict[str, Any] | None = None
    payload: bytes | None = None
    reason: str = ""


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def encode(header: dict[str, Any], payload: bytes, key: WriteKey | None = None, *,
           salt: bytes | None = None) -> bytes:
    """A complete file: the header gets `format`, `payload_sha256` (and `enc` when *key* is
    given) filled in. *salt* is for test vectors only: a fresh random one otherwise."""
    full = dict(header)
    full["format"] = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
    body = zlib.compress(payload, 6)
    if key is None:
        full["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    else:
        salt = salt if salt is not None else crypto.new_salt()
        full["payload_sha256"] = ""
        full["enc"] = {"alg": crypto.BODY_ALG, "key_id": key.key_id, "salt": salt.hex(),
                       "check": crypto.key_check(key.data_key, salt)}
    header_bytes = canonical_json(full)
    prefix = MAGIC + struct.pack("<I", len(header_bytes)) + header_bytes
    if key is not None:
        body = crypto.encrypt_body(key.data_key, salt or b"", prefix, body)
    before = prefix + body
    digest = hashlib.sha256(before).digest()
    return before + TRAILER_MAGIC + struct.pack("<Q", len(body)) + digest


def _near_trailer_magic(candidate: bytes) -> bool:
    """A damaged trailer (a bit or two flipped) rather than a file still being written."""
    if len(candidate) != len(TRAILER_MAGIC):
        return False
    flipped = sum(bin(a ^ b).count("1") for a, b in zip(candidate, TRAILER_MAGIC, strict=True))
    return flipped <= 2


def _bad(reason: str) -> ReadResult:
    return ReadResult(FileStatus.CORRUPT, reason=reason)


def _check_header(header: Any) -> str:
    if not isinstance(header, dict):
        return "header is not an object"
    for key, kind in REQUIRED_HEADER.items():
        if not isinstance(header.get(key), kind) or isinstance(header.get(key), bool):
            return f"header field {key!r} missing or of the wrong type"
    return ""


def _enc_of(header: dict[str, Any]) -> tuple[str, str, bytes, str] | str:
    """(alg, key_id, salt, check) of an encrypted header, or why it is not usable."""
    enc = header["enc"]
    if not isinstance(enc, dict):
        return "header field 'enc' is not an object"
    alg, key_id, salt, check = (enc.get(k) for k in ("alg", "key_id", "salt", "check"))
    if not all(isinstance(v, str) for v in (alg, key_id, salt, check)):
        return "header field 'enc' incomplete"
    try:
        salt_bytes = bytes.fromhex(str(salt))
        bytes.fromhex(str(check))
    except ValueError:
        return "header field 'enc' is not hexadecimal"
    if len(salt_bytes) != crypto.SALT_LEN or not key_id:
        return "header field 'enc' malformed"
    return str(alg), str(key_id), salt_bytes, str(check)


def _decrypt(header: dict[str, Any], prefix: bytes, body: bytes,
             keys: KeyResolver | None) -> bytes | ReadResult:
    """The compressed body of an encrypted file, or the outcome when it cannot be had."""
    enc = _enc_of(header)
    if isinstance(enc, str):
        return _bad(enc)
    alg, key_id, salt, check = enc
    if alg != crypto.BODY_ALG:
        return ReadResult(FileStatus.NEWER_FORMAT, header=header,
                          reason=f"encryption {alg}")
    data_key = keys(key_id) if keys is not None else None
    if data_key is None:
        return ReadResult(FileStatus.UNKNOWN_KEY, header=header, reason=f"key {key_id}")
    if not crypto.key_matches(data_key, salt, check):
        return ReadResult(FileStatus.WRONG_KEY, header=header,
                          reason=f"not written with this team's key {key_id}")
    try:
        return crypto.decrypt_body(data_key, salt, prefix, body)
    except crypto.DecryptError as exc:
        return _bad(f"does not decrypt: damaged or tampered with ({exc})")


def payload_limit(header: dict[str, Any]) -> int:
    """How many bytes the body of a file with this (checked) header may decompress to."""
    vv = header.get("vv")
    dots = sum(v for v in vv.values() if isinstance(v, int) and v > 0) \
        if isinstance(vv, dict) else 0
    wanted = PAYLOAD_BASE + max(int(header["op_count"]), 0) * OP_MAX + dots * DOT_MAX
    return min(PAYLOAD_MAX, wanted)


def _decompress(body: bytes | memoryview, limit: int) -> bytes | ReadResult:
    """The decompressed body, never more than *limit* bytes (a compression bomb is
    refused after decompressing *limit* + 1 bytes, not all of it)."""
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(body, limit + 1)
    except zlib.error:
        return _bad("body does not decompress")
    if len(payload) > limit or inflater.unconsumed_tail:
        return _bad(f"body decompresses to more than its header allows ({limit} bytes)")
    if not inflater.eof:
        return _bad("body does not decompress")
    return payload


def decode(data: bytes, keys: KeyResolver | None = None) -> ReadResult:
    """Classify and, when it is `ok`, parse a file's bytes. Never raises.

    *keys* is given for an encrypted team: then a file that is not encrypted is
    `wrong_key` (someone with write access to the folder must not inject changes).
    The payload is never larger than `payload_limit` of the header: no copy of the file's
    bytes is made but the payload's."""
    if len(data) < MIN_LEN:
        return ReadResult(FileStatus.INCOMPLETE, reason="too short")
    trailer = data[-TRAILER_LEN:]
    trailer_magic = trailer[: len(TRAILER_MAGIC)]
    if trailer_magic != TRAILER_MAGIC:
        if _near_trailer_magic(trailer_magic):
            return _bad("damaged trailer")
        return ReadResult(FileStatus.INCOMPLETE, reason="no trailer yet")
    (body_len,) = struct.unpack("<Q", trailer[len(TRAILER_MAGIC): len(TRAILER_MAGIC) + 8])
    before = memoryview(data)[:-TRAILER_LEN]
    if hashlib.sha256(before).digest() != trailer[-32:]:
        return _bad("checksum mismatch")
    if bytes(before[: len(MAGIC)]) != MAGIC:
        return _bad("not a coopdesk file")
    (header_len,) = struct.unpack("<I", before[len(MAGIC): len(MAGIC) + 4])
    header_start = len(MAGIC) + 4
    if header_len > HEADER_LEN_MAX or header_start + header_len + body_len != len(before):
        return _bad("lengths do not add up")
    try:
        header = json.loads(bytes(before[header_start: header_start + header_len])
                            .decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _bad("header is not JSON")
    problem = _check_header(header)
    if problem:
        return _bad(problem)
    major_text, _, _minor = str(header["format"]).partition(".")
    if not major_text.isdigit():
        return _bad("format version unreadable")
    if int(major_text) > FORMAT_MAJOR:
        return ReadResult(FileStatus.NEWER_FORMAT, header=header,
                          reason=f"format {header['format']}")
    body: bytes | memoryview = before[header_start + header_len:]
    if header.get("enc") is not None:
        opened = _decrypt(header, bytes(before[: header_start + header_len]), bytes(body), keys)
        if isinstance(opened, ReadResult):
            return opened
        body = opened
    elif keys is not None:
        return ReadResult(FileStatus.WRONG_KEY, header=header,
                          reason="not encrypted, although the team is")
    payload = _decompress(body, payload_limit(header))
    if isinstance(payload, ReadResult):
        return payload
    if header.get("enc") is None and (
            hashlib.sha256(payload).hexdigest() != header["payload_sha256"]):
        return _bad("payload checksum mismatch")
    return ReadResult(FileStatus.OK, header=header, payload=payload)


def peek_header(data: bytes) -> dict[str, Any] | None:
    """The header of a file that may be incomplete or damaged, for display only (who wrote
    it): never trusted for anything else. None when it cannot be read."""
    start = len(MAGIC) + 4
    if not data.startswith(MAGIC) or len(data) < start:
        return None
    (header_len,) = struct.unpack("<I", data[len(MAGIC): start])
    if header_len > HEADER_LEN_MAX or len(data) < start + header_len:
        return None
    try:
        header = json.loads(data[start: start + header_len].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return header if isinstance(header, dict) else None
