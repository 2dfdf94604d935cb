"""The file format of everything written to the share (SYNC.md, "File format").

    MAGIC    8 bytes  b"CDSK\\x00v1\\n"
    HDR_LEN  u32 LE
    HEADER   canonical JSON (sorted keys, UTF-8)
    BODY     zlib-compressed payload (JSON lines of ops, or a snapshot state)
    TRAILER  b"CDSKEND\\n" + u64 LE body length + SHA-256 of everything before the trailer

A reader classifies every file by its content, never by its name, and never raises on
arbitrary bytes: `incomplete` (retry later, never delete), `corrupt`, `newer_format`, `ok`
(and, once encryption exists, `unknown_key` and `wrong_key`).
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

MAGIC = b"CDSK\x00v1\n"
TRAILER_MAGIC = b"CDSKEND\n"
TRAILER_LEN = len(TRAILER_MAGIC) + 8 + 32
HEADER_LEN_MAX = 1 << 20
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
MIN_LEN = len(MAGIC) + 4 + 2 + TRAILER_LEN  # "{}" is the smallest header

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
class ReadResult:
    status: FileStatus
    header: dict[str, Any] | None = None
    payload: bytes | None = None
    reason: str = ""


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def encode(header: dict[str, Any], payload: bytes) -> bytes:
    """A complete file: the header gets `format`, `payload_sha256` filled in."""
    full = dict(header)
    full["format"] = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
    full["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    header_bytes = canonical_json(full)
    body = zlib.compress(payload, 6)
    before = MAGIC + struct.pack("<I", len(header_bytes)) + header_bytes + body
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


def decode(data: bytes) -> ReadResult:
    """Classify and, when it is `ok`, parse a file's bytes. Never raises."""
    if len(data) < MIN_LEN:
        return ReadResult(FileStatus.INCOMPLETE, reason="too short")
    trailer = data[-TRAILER_LEN:]
    trailer_magic = trailer[: len(TRAILER_MAGIC)]
    if trailer_magic != TRAILER_MAGIC:
        if _near_trailer_magic(trailer_magic):
            return _bad("damaged trailer")
        return ReadResult(FileStatus.INCOMPLETE, reason="no trailer yet")
    (body_len,) = struct.unpack("<Q", trailer[len(TRAILER_MAGIC): len(TRAILER_MAGIC) + 8])
    before = data[:-TRAILER_LEN]
    if hashlib.sha256(before).digest() != trailer[-32:]:
        return _bad("checksum mismatch")
    if not before.startswith(MAGIC):
        return _bad("not a coopdesk file")
    (header_len,) = struct.unpack("<I", before[len(MAGIC): len(MAGIC) + 4])
    header_start = len(MAGIC) + 4
    if header_len > HEADER_LEN_MAX or header_start + header_len + body_len != len(before):
        return _bad("lengths do not add up")
    try:
        header = json.loads(before[header_start: header_start + header_len].decode("utf-8"))
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
    try:
        payload = zlib.decompress(before[header_start + header_len:])
    except zlib.error:
        return _bad("body does not decompress")
    if hashlib.sha256(payload).hexdigest() != header["payload_sha256"]:
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
