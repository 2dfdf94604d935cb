"""The fast JSON helpers of the sync hot paths give exactly what `json` gives: the same
text (files and stored values are compared byte for byte elsewhere) and the same values or
errors when reading a line of a file."""

from __future__ import annotations

import json
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.store.sync_state import encode_ctx, encode_value
from coopdesk.sync.ops import Dot
from coopdesk.sync.snapshot import loads

values = st.recursive(st.none() | st.booleans() | st.integers() | st.text()
                      | st.floats(allow_nan=False, allow_infinity=False),
                      lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
padding = st.sampled_from(["", " ", "\t", "\r", " \n "])


def outcome(read: Callable[[str], object], text: str) -> tuple[str, object]:
    try:
        return ("value", read(text))
    except ValueError as exc:
        return (type(exc).__name__, str(exc))


@settings(max_examples=300, deadline=None)
@given(value=values)
def test_encode_value_is_json_dumps(value: object) -> None:
    assert encode_value(value) == json.dumps(value, ensure_ascii=False)


@settings(max_examples=50, deadline=None)
@given(ctx=st.sets(st.tuples(st.text(max_size=8), st.integers(1, 10**6)), max_size=3))
def test_encode_ctx_is_json_dumps(ctx: set[tuple[str, int]]) -> None:
    dots = frozenset(Dot(r, s) for r, s in ctx)
    assert encode_ctx(dots) == json.dumps(sorted(d.encode() for d in dots))


@settings(max_examples=300, deadline=None)
@given(value=values, before=padding, after=padding)
def test_loads_reads_what_json_reads(value: object, before: str, after: str) -> None:
    text = before + json.dumps(value, ensure_ascii=False) + after
    assert outcome(loads, text) == outcome(json.loads, text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet='{}[]",:0123456789.eE-+ truefalsn\\u\n', max_size=20))
def test_loads_fails_where_json_fails(text: str) -> None:
    assert outcome(loads, text) == outcome(json.loads, text)


def test_loads_rejects_trailing_data_like_json() -> None:
    for text in ('{"a": 1} x', '{"a": 1}{"b": 2}', "[1] [2]", "\ufeff[1]", ""):
        assert outcome(loads, text) == outcome(json.loads, text)
        assert outcome(loads, text)[0] == "JSONDecodeError"
