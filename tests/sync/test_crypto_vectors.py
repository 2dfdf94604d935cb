"""Fixed vectors of the encryption format v1 (tests/fixtures/crypto-v1, never regenerated):
today's code must derive, wrap, encrypt and read exactly these bytes."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from coopdesk.sync import crypto, frame, keys
from coopdesk.sync.frame import FileStatus

HERE = Path(__file__).parent.parent / "fixtures" / "crypto-v1"
V = json.loads((HERE / "vectors.json").read_text(encoding="utf-8"))
DATA_KEY = bytes.fromhex(V["data_key"])
FILE_SALT = bytes.fromhex(V["file_salt"])
AAD = bytes.fromhex(V["aad"])
CHEAP = crypto.KdfParams.from_dict(V["cheap"])


def test_key_derivation_matches_the_vectors_and_normalises_to_nfc() -> None:
    salt = bytes.fromhex(V["kdf_salt"])
    composed = unicodedata.normalize("NFC", V["passphrase"])
    assert composed != V["passphrase"]
    assert crypto.derive_kek(V["passphrase"], salt, CHEAP).hex() == V["kek_cheap"]
    assert crypto.derive_kek(composed, salt, CHEAP).hex() == V["kek_cheap"]
    assert crypto.derive_kek(composed, salt, crypto.KdfParams()).hex() == V["kek_default"]


def test_default_derivation_agrees_with_an_independent_argon2id() -> None:
    from argon2 import low_level  # argon2-cffi, in the test extra

    raw = low_level.hash_secret_raw(
        unicodedata.normalize("NFC", V["passphrase"]).encode(), bytes.fromhex(V["kdf_salt"]),
        time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, type=low_level.Type.ID)
    assert raw.hex() == V["kek_default"]


def test_wrap_file_key_and_chunks_match_the_vectors() -> None:
    kek = bytes.fromhex(V["kek_cheap"])
    nonce = bytes.fromhex(V["wrap_nonce"])
    assert crypto.wrap(kek, DATA_KEY, AAD, nonce)[1].hex() == V["wrapped"]
    assert crypto.unwrap(kek, nonce, bytes.fromhex(V["wrapped"]), AAD) == DATA_KEY
    assert crypto.file_key(DATA_KEY, FILE_SALT).hex() == V["file_key"]
    assert crypto.key_check(DATA_KEY, FILE_SALT) == V["key_check"]
    short = crypto.encrypt_body(DATA_KEY, FILE_SALT, AAD, bytes.fromhex(V["short_plain"]))
    assert short.hex() == V["short_body"]
    assert crypto.encrypt_body(DATA_KEY, FILE_SALT, AAD, b"").hex() == V["empty_body"]
    assert crypto.decrypt_body(DATA_KEY, FILE_SALT, AAD, bytes.fromhex(V["empty_body"])) == b""


def test_multi_chunk_body_matches_and_round_trips() -> None:
    import hashlib

    from tests.fixtures.make_crypto_v1 import LONG

    body = crypto.encrypt_body(DATA_KEY, FILE_SALT, AAD, LONG)
    assert len(body) == V["long_len"] == len(LONG) + 2 * crypto.TAG_LEN
    assert hashlib.sha256(body).hexdigest() == V["long_sha256"]
    assert crypto.decrypt_body(DATA_KEY, FILE_SALT, AAD, body) == LONG


def test_the_committed_segment_reads_and_is_written_identically() -> None:
    from tests.fixtures.make_crypto_v1 import HEADER, PAYLOAD

    data = (HERE / "segment.cdseg").read_bytes()
    result = frame.decode(data, {"key-v1": DATA_KEY}.get)
    assert result.status is FileStatus.OK and result.payload == PAYLOAD
    assert frame.encode(HEADER, PAYLOAD, frame.WriteKey("key-v1", DATA_KEY),
                        salt=FILE_SALT) == data
    assert b"confidentiel" not in data and b"R\xc3\xa9union" not in data


def test_the_committed_key_file_opens_with_the_passphrase_only() -> None:
    share = HERE / "share"
    unlocked = keys.unlock(share, "team-v1", V["passphrase"])
    assert unlocked.keys == {"key-v1": DATA_KEY}
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(share, "team-v1", V["passphrase"] + " ")
    with pytest.raises(keys.NoKeyFilesError):
        keys.unlock(share, "another-team", V["passphrase"])
