"""A segment line is written from the stored op texts without decoding them: it must be
exactly the JSON of `Op.encode()` with the author, for any value."""

from __future__ import annotations

import json
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.services.sharing.types import segment_line
from coopdesk.store.sync_state import encode_ctx, op_from_row
from coopdesk.sync.hlc import Timestamp
from coopdesk.sync.ops import Dot

values = st.recursive(st.none() | st.booleans() | st.integers() | st.text()
                      | st.floats(allow_nan=False, allow_infinity=False),
                      lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)


replica_ids = st.uuids().map(str)  # replica ids are UUIDs


@settings(max_examples=200, deadline=None)
@given(value=values, text=st.text(), seq=st.integers(1, 10**9), replica=replica_ids,
       ctx=st.lists(st.tuples(replica_ids, st.integers(1, 10**6)), max_size=3))
def test_segment_line_is_the_encoded_op(value: object, text: str, seq: int, replica: str,
                                        ctx: list[tuple[str, int]]) -> None:
    row = SimpleNamespace(
        replica=replica, seq=seq, hlc=Timestamp(1_795_672_836_793, seq % 7).encode(),
        tbl="meeting", row_id=text, col="notes", value=json.dumps(value, ensure_ascii=False),
        ctx=encode_ctx(Dot(r, s) for r, s in ctx), wall="2025-05-02T18:00:00", tx=text,
        author=text, author_org="Asso « du Pont »")
    expected = json.dumps({**op_from_row(row).encode(), "author": row.author,
                           "author_org": row.author_org}, ensure_ascii=False)
    assert segment_line(row) == expected
