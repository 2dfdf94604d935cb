"""Agenda items (and objectives) keep their order; moving one writes one row."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import event

from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from tests.domain.field_cases import Ids, valid_fields
from tests.services.builders import workspace_fixtures

workspace_template, workspace, ids = workspace_fixtures()


def _add(services: Services, ids: Ids, *titles: str, meeting: str | None = None) -> list[str]:
    fields = valid_fields("agenda_item", ids)
    return [services.agenda.create(replace(fields, title=title,
                                           meeting_id=meeting or ids.meeting)).id
            for title in titles]


def _titles(services: Services, meeting_id: str) -> list[str]:
    return [item.title for item in services.agenda.list(meeting_id=meeting_id)]


@contextmanager
def _statements(services: Services) -> Iterator[list[str]]:
    """The SQL statements that change agenda items while the block runs (with their
    parameters), leaving aside what other tables (a search index) do."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any,
               *_args: Any) -> None:
        words = statement.split()
        if words[0].upper() in ("INSERT", "UPDATE", "DELETE") and (
                "agenda_item" in words[:4]):
            seen.append(f"{statement} {parameters!r}")

    event.listen(services.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(services.db.engine, "before_cursor_execute", record)


def test_new_items_are_appended_in_order(services: Services, ids: Ids) -> None:
    _add(services, ids, "Accueil", "Budget", "Fête", "Divers")
    items = services.agenda.list(meeting_id=ids.meeting)
    assert [item.title for item in items] == ["Accueil", "Budget", "Fête", "Divers"]
    positions = [item.position for item in items]
    assert positions == sorted(positions) and len(set(positions)) == 4


def test_each_meeting_has_its_own_order(services: Services, ids: Ids) -> None:
    other = services.meetings.create(replace(valid_fields("meeting"), title="AG")).id
    _add(services, ids, "Un", "Deux")
    _add(services, ids, "Premier", meeting=other)
    _add(services, ids, "Trois")
    assert _titles(services, ids.meeting) == ["Un", "Deux", "Trois"]
    assert _titles(services, other) == ["Premier"]


def test_move_reorders_by_writing_one_row(services: Services, ids: Ids) -> None:
    first, second, third, fourth = _add(services, ids, "A", "B", "C", "D")
    before = {item.id: item for item in services.agenda.list(meeting_id=ids.meeting)}
    with _statements(services) as writes:
        changes = services.agenda.move(fourth, before_id=second)
    assert changes == Changes.of("agenda_item", fourth) | Changes.of("meeting", ids.meeting)
    assert len(writes) == 1 and writes[0].startswith("UPDATE agenda_item")
    assert fourth in writes[0]
    assert _titles(services, ids.meeting) == ["A", "D", "B", "C"]
    after = {item.id: item for item in services.agenda.list(meeting_id=ids.meeting)}
    for untouched in (first, second, third):
        assert after[untouched] == before[untouched]


def test_move_to_the_start_and_to_the_end(services: Services, ids: Ids) -> None:
    first, _second, third = _add(services, ids, "A", "B", "C")
    services.agenda.move(third, before_id=first)
    assert _titles(services, ids.meeting) == ["C", "A", "B"]
    services.agenda.move(third, before_id=None)
    assert _titles(services, ids.meeting) == ["A", "B", "C"]
    services.agenda.move(first, before_id=None)
    assert _titles(services, ids.meeting) == ["B", "C", "A"]


def test_moving_an_item_before_itself_leaves_it_in_place(services: Services,
                                                         ids: Ids) -> None:
    _first, second, _third = _add(services, ids, "A", "B", "C")
    with _statements(services) as writes:
        changes = services.agenda.move(second, before_id=second)
    assert not changes and writes == []
    assert _titles(services, ids.meeting) == ["A", "B", "C"]


def test_many_inserts_between_two_items_stay_ordered(services: Services, ids: Ids) -> None:
    """Each new item goes just before the last one: keys squeeze between two neighbours."""
    _first, last = _add(services, ids, "début", "fin")
    expected = ["début", "fin"]
    for n in range(40):
        new = _add(services, ids, f"point {n}")[0]
        services.agenda.move(new, before_id=last)
        expected.insert(-1, f"point {n}")
    assert _titles(services, ids.meeting) == expected
    positions = [item.position for item in services.agenda.list(meeting_id=ids.meeting)]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    assert max(len(position) for position in positions) <= 100


def test_deleted_items_leave_the_order_and_new_ones_still_append(services: Services,
                                                                 ids: Ids) -> None:
    _first, second, third = _add(services, ids, "A", "B", "C")
    services.agenda.delete(third)
    _add(services, ids, "D")
    services.agenda.move(second, before_id=None)
    assert _titles(services, ids.meeting) == ["A", "D", "B"]
    services.agenda.restore(third)
    assert sorted(_titles(services, ids.meeting)) == ["A", "B", "C", "D"]


def test_editing_an_item_keeps_its_place(services: Services, ids: Ids) -> None:
    first, _second = _add(services, ids, "A", "B")
    position = services.agenda.get(first).position
    services.agenda.update(first, replace(valid_fields("agenda_item", ids), title="A bis"))
    assert services.agenda.get(first).position == position
    assert _titles(services, ids.meeting) == ["A bis", "B"]


def test_objectives_are_appended_in_order(services: Services, ids: Ids) -> None:
    fields = valid_fields("objective", ids)
    for title in ("Deux", "Trois", "Quatre"):
        services.objectives.create(replace(fields, title=title))
    titles = [o.title for o in services.objectives.list(project_id=ids.project)]
    assert titles == ["Réunir 200 habitants", "Deux", "Trois", "Quatre"]
