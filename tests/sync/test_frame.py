"""The share file format: truncation, bit flips and arbitrary bytes (SYNC.md tests 7)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.sync import frame
from coopdesk.sync.frame import FileStatus

HEADER = {"kind": "segment", "team_id": "t-1", "replica_id": "r-1", "op_count": 2,
          "seq": [1, 2], "vv": {"r-1": 2}}
PAYLOAD = '{"op":1,"value":"Réunion"}\n{"op":2,"value":"École"}\n'.encode()


@pytest.fixture(scope="module")
def sample() -> bytes:
    return frame.encode(HEADER, PAYLOAD)


def test_round_trip(sample: bytes) -> None:
    result = frame.decode(sample)
    assert result.status is FileStatus.OK
    assert result.payload == PAYLOAD
    assert result.header is not None and result.header["replica_id"] == "r-1"
    assert result.header["format"] == "1.0"


def test_truncation_at_every_offset_is_incomplete(sample: bytes) -> None:
    for cut in range(len(sample)):
        assert frame.decode(sample[:cut]).status is FileStatus.INCOMPLETE, cut


def test_every_single_bit_flip_is_corrupt(sample: bytes) -> None:
    for position in range(len(sample)):
        for bit in range(8):
            damaged = bytearray(sample)
            damaged[position] ^= 1 << bit
            status = frame.decode(bytes(damaged)).status
            assert status is FileStatus.CORRUPT, (position, bit, status)


def test_newer_major_format_is_reported_not_parsed() -> None:
    data = frame.encode(HEADER, PAYLOAD)
    patched = data.replace(b'"format":"1.0"', b'"format":"2.0"')
    # re-seal so only the version differs
    before = patched[: -frame.TRAILER_LEN]
    import hashlib
    import struct
    body_len = struct.unpack("<Q", data[-frame.TRAILER_LEN + 8: -32])[0]
    resealed = (before + frame.TRAILER_MAGIC + struct.pack("<Q", body_len)
                + hashlib.sha256(before).digest())
    assert frame.decode(resealed).status is FileStatus.NEWER_FORMAT


def test_zero_byte_placeholder_is_incomplete() -> None:
    assert frame.decode(b"").status is FileStatus.INCOMPLETE


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    assert frame.decode(data).status in set(FileStatus)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=512), st.integers(min_value=0))
def test_arbitrary_bytes_behind_a_valid_trailer_never_raise(junk: bytes, seed: int) -> None:
    import hashlib
    import struct
    before = frame.MAGIC + junk
    data = (before + frame.TRAILER_MAGIC + struct.pack("<Q", seed % 1000)
            + hashlib.sha256(before).digest())
    expected = {FileStatus.CORRUPT, FileStatus.OK, FileStatus.NEWER_FORMAT}
    if len(data) < frame.MIN_LEN:
        expected = {FileStatus.INCOMPLETE}
    assert frame.decode(data).status in expected
