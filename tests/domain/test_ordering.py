"""Fractional positions: a key strictly between any two, however many inserts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.ordering import DIGITS, position_after, position_between

#: Keys the functions produce never end with the zero digit ("A0" would equal "A").
keys = st.text(alphabet=DIGITS, min_size=1, max_size=8).filter(lambda key: key[-1] != "0")


@settings(deadline=None)  # a busy test machine must not make it flaky
@given(keys, keys)
def test_between_two_keys(a: str, b: str) -> None:
    if a == b:
        return
    low, high = sorted((a, b))
    key = position_between(low, high)
    assert low < key < high
    assert key[-1] != "0"


@settings(deadline=None)
@given(keys)
def test_before_the_first_and_after_the_last(key: str) -> None:
    first = position_between(None, key)
    assert "" < first < key
    last = position_between(key, None)
    assert key < last
    assert position_after(key) == last


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=60))
def test_random_inserts_keep_the_list_ordered(slots: list[int]) -> None:
    """Inserting at random places keeps the keys strictly increasing and short."""
    order: list[str] = []
    for slot in slots:
        index = slot % (len(order) + 1)
        low = order[index - 1] if index > 0 else None
        high = order[index] if index < len(order) else None
        order.insert(index, position_between(low, high))
        assert order == sorted(order)
        assert len(set(order)) == len(order)
    assert all(len(key) <= 100 for key in order)  # fits the position column


@pytest.mark.parametrize("side", ["low", "high"])
def test_many_inserts_squeezed_against_one_neighbour_stay_ordered(side: str) -> None:
    low, high = "A", "B"
    made = []
    for _ in range(300):
        key = position_between(low, high)
        assert low < key < high
        made.append(key)
        if side == "low":
            high = key
        else:
            low = key
    assert max(len(key) for key in made) <= 100


def test_appending_gives_increasing_keys() -> None:
    last = None
    for _ in range(500):
        key = position_after(last)
        assert last is None or key > last
        last = key


@pytest.mark.parametrize(("before", "after"), [("B", "A"), ("B", "B"), ("B", "")])
def test_refuses_keys_in_the_wrong_order(before: str, after: str) -> None:
    with pytest.raises(ValueError, match="must sort before"):
        position_between(before, after)
