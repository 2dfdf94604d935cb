"""Every `validate()` of the domain: what it accepts, and each refusal with its field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from dataclasses import replace

import pytest

from coopdesk.domain.enums import AttendanceStatus, LegalBasis
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.profile import Profile
from coopdesk.domain.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX
from tests.domain.field_cases import (
    INVALID,
    KINDS,
    NOON,
    Invalid,
    assert_clear_sentence,
    text_fields,
    valid_fields,
)


@pytest.mark.parametrize("kind", KINDS)
def test_valid_fields_pass(kind: str) -> None:
    valid_fields(kind).validate()


@pytest.mark.parametrize("case", INVALID, ids=str)
def test_each_refusal_names_its_field_with_a_clear_message(case: Invalid) -> None:
    with pytest.raises(ValidationError) as caught:
        case.fields().validate()
    assert caught.value.field == case.field
    assert_clear_sentence(caught.value.message)
    assert str(caught.value) == caught.value.message


@pytest.mark.parametrize("kind", KINDS)
def test_every_free_text_field_has_a_length_limit(kind: str) -> None:
    """A text field without a limit would let a huge paste through."""
    cls = type(valid_fields(kind))
    hints = typing.get_type_hints(cls)
    texts = {f.name for f in dataclasses.fields(cls)
             if hints[f.name] is str and not f.name.endswith("_id") and f.name != "position"}
    short, long = text_fields(kind)
    assert texts == set(short) | set(long)


@pytest.mark.parametrize("kind", KINDS)
def test_texts_at_their_limit_are_accepted(kind: str) -> None:
    short, long = text_fields(kind)
    overrides = {name: "é" * SHORT_TEXT_MAX for name in short}
    overrides |= {name: "é" * LONG_TEXT_MAX for name in long}
    if "email" in overrides:
        overrides["email"] = "a@" + "é" * (SHORT_TEXT_MAX - 2)
    replace(valid_fields(kind), **overrides).validate()


def test_too_long_message_gives_length_and_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        replace(valid_fields("contact_log_entry"), summary="a" * 1_000_000).validate()
    assert caught.value.field == "summary"
    assert caught.value.message == (
        "This text is too long (1000000 characters, at most 200000).")


def test_boundaries_that_are_allowed() -> None:
    replace(valid_fields("meeting"), ends_at=NOON).validate()  # ends when it starts
    replace(valid_fields("meeting"), ends_at=None).validate()
    replace(valid_fields("project"), end_on=None).validate()
    replace(valid_fields("project"), quorum=0, budget_cents=0).validate()
    replace(valid_fields("project"), end_on=valid_fields("project").start_on).validate()
    replace(valid_fields("agenda_item"), planned_minutes=24 * 60).validate()
    replace(valid_fields("agenda_item"), planned_minutes=0).validate()
    replace(valid_fields("charter_version"), number=10_000).validate()
    for score in range(1, 6):
        replace(valid_fields("review_score"), score=score).validate()
    replace(valid_fields("booking"), ends_at=NOON + dt.timedelta(minutes=1)).validate()
    replace(valid_fields("person"), legal_basis=LegalBasis.CONSENT,
            consent_on=dt.date(2025, 1, 2)).validate()
    replace(valid_fields("attendance"), status=AttendanceStatus.REPRESENTED,
            represented_by_person_id="person-2").validate()
    replace(valid_fields("attendance"), person_id=None, organisation_id="org-1").validate()
    replace(valid_fields("contact_log_entry"), person_id=None,
            organisation_id="org-1").validate()
    replace(valid_fields("organisation"), email="").validate()


def test_score_message_names_the_range_and_the_value() -> None:
    with pytest.raises(ValidationError) as caught:
        replace(valid_fields("review_score"), score=7).validate()
    assert caught.value.message == "A score goes from 1 to 5; 7 is outside."


def test_end_before_start_message_gives_both_dates() -> None:
    fields = replace(valid_fields("project"), start_on=dt.date(2026, 5, 1),
                     end_on=dt.date(2026, 4, 30))
    with pytest.raises(ValidationError) as caught:
        fields.validate()
    assert caught.value.message == "The end (2026-04-30) comes before the start (2026-05-01)."


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "n" * (SHORT_TEXT_MAX + 1)}, "name"),
    ({"organisation": "o" * (SHORT_TEXT_MAX + 1)}, "organisation"),
])
def test_profile_refusals(changes: dict[str, str], field: str) -> None:
    Profile(name="Marie Dupont", organisation="Asso du Pont").validate()
    with pytest.raises(ValidationError) as caught:
        replace(Profile(name="Marie Dupont"), **changes).validate()
    assert caught.value.field == field
    assert_clear_sentence(caught.value.message)
