"""The done_on rule on changes that come by sync: columns merge one by one, so a status
from one laptop and a day from another can meet in one row; the projection settles it the
same way on both laptops (store/models/actions.py, `Action.settle_projected`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from tests.services.sync_pair import Pair, pair_fixture


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from pair_fixture(tmp_path)


def test_a_status_from_one_laptop_and_a_day_from_another_settle_alike(pair: Pair) -> None:
    alice, bob = pair.alice.services, pair.bob.services
    action = alice.actions.create(ActionFields(title="Réserver la salle")).id
    pair.sync()
    day = dt.date(2026, 3, 2)
    # Alice marks it done (status and day); Bob, not knowing, cancels it a moment later
    # (his change writes the status only: the day was already empty for him).
    alice.actions.set_status(action, ActionStatus.DONE, day)
    bob.actions.set_status(action, ActionStatus.CANCELLED, day)
    pair.sync()
    for services in (alice, bob):
        seen = services.actions.get(action)
        assert seen.status is ActionStatus.CANCELLED and seen.done_on is None


def test_a_done_action_keeps_its_day_on_the_other_laptop(pair: Pair) -> None:
    alice, bob = pair.alice.services, pair.bob.services
    action = alice.actions.create(ActionFields(title="Envoyer le bilan")).id
    alice.actions.set_status(action, ActionStatus.DONE, dt.date(2026, 3, 2))
    pair.sync()
    seen = bob.actions.get(action)
    assert seen.status is ActionStatus.DONE and seen.done_on == dt.date(2026, 3, 2)
    bob.actions.set_status(action, ActionStatus.TODO)
    pair.sync()
    again = alice.actions.get(action)
    assert again.status is ActionStatus.TODO and again.done_on is None
