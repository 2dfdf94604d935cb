"""Encrypted share files: every way a file can fail to decrypt is classified, never raised,
and never yields a payload (SYNC.md "File format", "Encryption")."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import struct

import pytest

from coopdesk.sync import crypto, frame
from coopdesk.sync.frame import FileStatus, WriteKey

KEY = WriteKey("key-a", bytes(range(32)))
OTHER_TEAM = WriteKey("key-a", bytes(range(1, 33)))
HEADER = {"kind": "segment", "team_id": "t-1", "replica_id": "r-1", "op_count": 1,
          "seq": [1, 1], "vv": {}}
#: incompressible, so the body spans four 64 KiB chunks
BIG = base64.b64encode(random.Random(5).randbytes(200_000))


def resolve(key_id: str) -> bytes | None:
    return KEY.data_key if key_id == KEY.key_id else None


def split(data: bytes) -> tuple[bytes, dict[str, object], bytes]:
    """(prefix with magic and header, header, body) of a sealed file."""
    (header_len,) = struct.unpack("<I", data[8:12])
    prefix = data[: 12 + header_len]
    body = data[12 + header_len: -frame.TRAILER_LEN]
    return prefix, json.loads(prefix[12:]), body


def seal(prefix: bytes, body: bytes) -> bytes:
    """What someone with write access to the folder can produce: a valid trailer."""
    before = prefix + body
    return (before + frame.TRAILER_MAGIC + struct.pack("<Q", len(body))
            + hashlib.sha256(before).digest())


def with_header(header: dict[str, object], body: bytes) -> bytes:
    raw = frame.canonical_json(header)
    return seal(frame.MAGIC + struct.pack("<I", len(raw)) + raw, body)


def chunks(body: bytes) -> list[bytes]:
    size = crypto.CHUNK + crypto.TAG_LEN
    return [body[i: i + size] for i in range(0, len(body), size)]


@pytest.fixture(scope="module")
def big() -> bytes:
    return frame.encode(HEADER, BIG, KEY)


def test_round_trip_and_nothing_in_clear(big: bytes) -> None:
    small = frame.encode(HEADER, "Réunion du comité".encode(), KEY)
    result = frame.decode(small, resolve)
    assert result.status is FileStatus.OK and result.payload == "Réunion du comité".encode()
    assert "comité".encode() not in small
    assert frame.decode(big, resolve).payload == BIG
    assert len(chunks(split(big)[2])) == 4
    _prefix, header, _body = split(big)
    assert header["payload_sha256"] == "" and isinstance(header["enc"], dict)


def test_every_file_gets_its_own_salt() -> None:
    one, two = (split(frame.encode(HEADER, b"same", KEY))[1] for _ in range(2))
    assert one["enc"] != two["enc"]


def test_unknown_key_id_names_the_key(big: bytes) -> None:
    for keys in (None, lambda _key_id: None):
        result = frame.decode(big, keys)
        assert result.status is FileStatus.UNKNOWN_KEY and result.payload is None
        assert result.reason == "key key-a"


def test_wrong_key_under_the_same_id_is_wrong_key(big: bytes) -> None:
    result = frame.decode(big, lambda _key_id: OTHER_TEAM.data_key)
    assert result.status is FileStatus.WRONG_KEY and result.payload is None


def test_a_file_re_encrypted_with_another_teams_key_is_wrong_key() -> None:
    forged = frame.encode(HEADER, b'{"injected": true}\n', OTHER_TEAM)
    result = frame.decode(forged, resolve)
    assert result.status is FileStatus.WRONG_KEY and result.payload is None


def test_a_plain_file_in_an_encrypted_team_is_wrong_key() -> None:
    plain = frame.encode(HEADER, b'{"injected": true}\n')
    assert frame.decode(plain).status is FileStatus.OK
    result = frame.decode(plain, resolve)
    assert result.status is FileStatus.WRONG_KEY and result.payload is None


def test_a_tampered_header_does_not_decrypt(big: bytes) -> None:
    _prefix, header, body = split(big)
    for field, value in (("replica_id", "r-2"), ("seq", [2, 2]), ("op_count", 7)):
        result = frame.decode(with_header({**header, field: value}, body), resolve)
        assert result.status is FileStatus.CORRUPT, field
        assert result.payload is None and "decrypt" in result.reason
    enc = dict(header["enc"])  # type: ignore[call-overload]
    enc["salt"] = "00" * 32
    result = frame.decode(with_header({**header, "enc": enc}, body), resolve)
    assert result.status is FileStatus.WRONG_KEY and result.payload is None


def test_swapped_dropped_and_cut_chunks_are_corrupt(big: bytes) -> None:
    prefix, _header, body = split(big)
    parts = chunks(body)
    variants = {
        "swapped": [parts[1], parts[0], *parts[2:]],
        "dropped middle": [parts[0], *parts[2:]],
        "dropped last": parts[:-1],
        "last cut": [*parts[:-1], parts[-1][:-1]],
        "last cut to a tag": [*parts[:-1], parts[-1][: crypto.TAG_LEN]],
        "extra chunk": [*parts, parts[0]],
    }
    for name, pieces in variants.items():
        result = frame.decode(seal(prefix, b"".join(pieces)), resolve)
        assert result.status is FileStatus.CORRUPT, name
        assert result.payload is None


def test_a_cut_file_without_its_trailer_is_incomplete(big: bytes) -> None:
    for cut in (len(big) - frame.TRAILER_LEN, len(big) - 1, len(big) // 2, 20):
        assert frame.decode(big[:cut], resolve).status is FileStatus.INCOMPLETE


def test_malformed_enc_fields_are_corrupt(big: bytes) -> None:
    _prefix, header, body = split(big)
    enc = dict(header["enc"])  # type: ignore[call-overload]
    for bad in ("not an object", {**enc, "salt": "zz"}, {**enc, "salt": "00"},
                {**enc, "key_id": 3}, {**enc, "key_id": ""}):
        result = frame.decode(with_header({**header, "enc": bad}, body), resolve)
        assert result.status is FileStatus.CORRUPT, bad


def test_an_unknown_algorithm_asks_for_a_newer_coopdesk(big: bytes) -> None:
    _prefix, header, body = split(big)
    enc = {**header["enc"], "alg": "chacha-v9"}  # type: ignore[dict-item]
    result = frame.decode(with_header({**header, "enc": enc}, body), resolve)
    assert result.status is FileStatus.NEWER_FORMAT


def test_every_bit_flip_of_a_small_encrypted_file_is_corrupt() -> None:
    sample = frame.encode(HEADER, b'{"op":1}\n', KEY)
    for position in range(len(sample)):
        for bit in range(8):
            damaged = bytearray(sample)
            damaged[position] ^= 1 << bit
            status = frame.decode(bytes(damaged), resolve).status
            assert status is FileStatus.CORRUPT, (position, bit, status)
