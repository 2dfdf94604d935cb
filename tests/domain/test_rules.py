"""Small domain rules: overdue actions, overlapping periods, progress, ids."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from coopdesk.domain.actions import is_overdue
from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.ids import is_id, new_id
from coopdesk.domain.pooling import overlaps
from tests.domain.field_cases import NOON, valid_fields

TODAY = dt.date(2026, 3, 16)


@pytest.mark.parametrize(("status", "due", "expected"), [
    (ActionStatus.TODO, TODAY - dt.timedelta(days=1), True),
    (ActionStatus.IN_PROGRESS, TODAY - dt.timedelta(days=1), True),
    (ActionStatus.TODO, TODAY, False),
    (ActionStatus.TODO, None, False),
    (ActionStatus.DONE, TODAY - dt.timedelta(days=1), False),
    (ActionStatus.CANCELLED, TODAY - dt.timedelta(days=1), False),
])
def test_is_overdue(status: ActionStatus, due: dt.date | None, expected: bool) -> None:
    assert is_overdue(status, due, TODAY) is expected


def _at(hour: int) -> dt.datetime:
    return NOON.replace(hour=hour)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((8, 10), (10, 12), False),  # touching
    ((10, 12), (8, 10), False),
    ((8, 11), (10, 12), True),
    ((8, 12), (9, 10), True),  # containing
    ((9, 10), (8, 12), True),
    ((8, 9), (11, 12), False),
    ((8, 10), (8, 10), True),
])
def test_overlaps_uses_half_open_periods(a: tuple[int, int], b: tuple[int, int],
                                         expected: bool) -> None:
    assert overlaps(_at(a[0]), _at(a[1]), _at(b[0]), _at(b[1])) is expected


@pytest.mark.parametrize(("baseline", "target", "current", "expected"), [
    (None, 200.0, 50.0, 0.25),
    (100.0, 200.0, 150.0, 0.5),
    (100.0, 200.0, 250.0, 1.0),
    (100.0, 200.0, 50.0, 0.0),
    (None, None, 50.0, None),
    (None, 200.0, None, None),
    (10.0, 10.0, 10.0, 1.0),
    (10.0, 10.0, 9.0, 0.0),
    (100.0, 0.0, 25.0, 0.75),  # a target below the baseline (less waste)
])
def test_indicator_progress(baseline: float | None, target: float | None,
                            current: float | None, expected: float | None) -> None:
    indicator = replace(valid_fields("indicator"), baseline=baseline, target_value=target,
                        current_value=current)
    assert indicator.progress == expected


def test_meeting_planned_minutes() -> None:
    meeting = valid_fields("meeting")
    assert meeting.planned_minutes == 120
    assert replace(meeting, ends_at=None).planned_minutes is None


def test_person_full_name() -> None:
    assert valid_fields("person").full_name == "Ali Benali"
    assert replace(valid_fields("person"), last_name="").full_name == "Ali"


def test_new_ids_are_uuid7_and_sort_by_time() -> None:
    made = [new_id() for _ in range(50)]
    assert all(is_id(item) for item in made)
    assert all(item[14] == "7" for item in made)  # version nibble
    assert len(set(made)) == 50
    assert not is_id("not-an-id")
    assert not is_id("0190F0F0-0000-7000-8000-000000000000")  # not canonical (upper case)
