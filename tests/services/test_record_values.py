"""The command line's reading of FIELD=VALUE by the field's type, on the registry's fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.errors import ValidationError
from coopdesk.services.record_kinds import kind_info, kind_names
from coopdesk.services.record_values import READABLE, parse_value


def read(kind: str, field: str, text: str) -> Any:
    spec = kind_info(kind).field(field)
    assert spec is not None
    return parse_value(spec, text)


@pytest.mark.parametrize(("kind", "field", "text", "value"), [
    ("action", "title", "  Affiches  ", "  Affiches  "),  # a text is kept as typed
    ("action", "status", "in_progress", ActionStatus.IN_PROGRESS),
    ("action", "due_on", "2028-02-29", dt.date(2028, 2, 29)),
    ("action", "due_on", "", None),
    ("action", "project_id", "", None),
    ("action", "project_id", "01abc", "01abc"),
    ("project", "quorum", "12", 12),
    ("project", "budget_cents", "1250", 1250),
    ("project", "budget_cents", "12,50€", 1250),
    ("project", "budget_cents", "3 €", 300),
    ("project", "budget_cents", "", None),
    ("indicator", "target_value", "2,5", 2.5),
    ("indicator", "target_value", "-3.25", -3.25),
    ("resource", "available", "OUI", True),
    ("resource", "available", "false", False),
    ("resource", "available", "0", False),
    ("meeting", "starts_at", "2026-06-12T18:00", dt.datetime(2026, 6, 12, 18, 0)),
    ("meeting", "starts_at", "2026-06-12 18:00:30", dt.datetime(2026, 6, 12, 18, 0, 30)),
])
def test_values_are_read_by_type(kind: str, field: str, text: str, value: Any) -> None:
    assert read(kind, field, text) == value


@pytest.mark.parametrize(("kind", "field", "text", "message"), [
    ("action", "status", "fini", "unknown value “fini”; the possible values are: todo, "
     "in_progress, done, cancelled."),
    ("action", "status", "", "unknown value “”"),
    ("action", "due_on", "2026-02-29", "that month has 28 days"),
    ("action", "due_on", "2026-04-31", "that month has 30 days"),
    ("action", "due_on", "2026-00-10", "there is no month 0"),
    ("action", "due_on", "0000-01-01", "is not a date written YYYY-MM-DD"),
    ("action", "due_on", "31/03/2026", "is not a date written YYYY-MM-DD"),
    ("action", "due_on", "2026-3-1", "is not a date written YYYY-MM-DD"),
    ("meeting", "starts_at", "2026-06-12", "is not a date and time"),
    ("meeting", "starts_at", "2026-06-12T24:00", "is not a date and time"),
    ("meeting", "starts_at", "2026-02-30T10:00", "that month has 28 days"),
    ("project", "quorum", "1.5", "is not a whole number"),
    ("project", "budget_cents", "12.50", "is not an amount in cents"),
    ("project", "budget_cents", "12.505€", "is not an amount in cents"),
    ("indicator", "target_value", "NaN", "is not a number"),
    ("indicator", "target_value", "beaucoup", "is not a number"),
    ("resource", "available", "peut-être", "is not yes or no"),
    ("resource", "available", "", "is not yes or no"),
    ("project_partner", "project_id", "", "cannot be empty: give the id of a project."),
    ("review_score", "score", "", "is not a whole number"),
])
def test_wrong_values_name_the_field_and_what_it_takes(kind: str, field: str, text: str,
                                                       message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read(kind, field, text)
    assert caught.value.field == field
    assert message in caught.value.message


def test_every_field_of_every_kind_has_a_reader() -> None:
    # A kind added to the registry with a field type the command line cannot read fails here.
    for kind in kind_names():
        for field in kind_info(kind).fields:
            assert field.form in READABLE, (kind, field.name, field.form)
            assert (field.form == "enum") == (field.enum_type is not None), (kind, field.name)
