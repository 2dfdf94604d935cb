"""The shared checks of coopdesk.domain.validation and the typed errors."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain import validation as v
from coopdesk.domain.errors import (
    ConflictError,
    CoopdeskError,
    NotFoundError,
    ValidationError,
    WorkspaceError,
)
from tests.domain.field_cases import assert_clear_sentence


@pytest.mark.parametrize(("text", "expected"), [
    ("31/03/2026", dt.date(2026, 3, 31)),
    ("1/2/2026", dt.date(2026, 2, 1)),
    (" 29/02/2028 ", dt.date(2028, 2, 29)),
    ("2026-03-31", dt.date(2026, 3, 31)),
])
def test_parse_date_reads_french_and_iso(text: str, expected: dt.date) -> None:
    assert v.parse_date("due_on", text) == expected


@pytest.mark.parametrize("text", [
    "31/02/2026", "29/02/2027", "32/01/2026", "00/01/2026", "12/13/2026", "2026-02-30",
    "x", "", "   ", "31/03", "31/03/2026/1", "aa/bb/cccc", "2026-3-31x", "31.03.2026",
])
def test_parse_date_refuses_impossible_or_garbled_dates(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        v.parse_date("x", text)
    assert caught.value.field == "x"
    assert_clear_sentence(caught.value.message)
    assert f"“{text.strip()}”" in caught.value.message


def test_parse_date_message_for_a_day_that_does_not_exist() -> None:
    with pytest.raises(ValidationError) as caught:
        v.parse_date("x", "31/02/2026")
    assert caught.value.message == "“31/02/2026” is not a valid date (for example 31/03/2026)."
    assert caught.value.params == {"text": "31/02/2026"}


@pytest.mark.parametrize("value", ["", " ", "\t\n"])
def test_required_refuses_empty(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        v.required("name", value)
    assert (caught.value.field, caught.value.message) == ("name",
                                                          "This field cannot be empty.")


def test_required_accepts_text() -> None:
    v.required("name", " a ")


def test_max_length_boundary() -> None:
    v.max_length("f", "a" * 10, 10)
    v.max_length("f", None, 10)
    with pytest.raises(ValidationError) as caught:
        v.max_length("f", "a" * 11, 10)
    assert caught.value.message == "This text is too long (11 characters, at most 10)."


def test_not_before() -> None:
    day = dt.date(2026, 1, 10)
    v.not_before("end", day, day)
    v.not_before("end", None, day)
    v.not_before("end", day, None)
    with pytest.raises(ValidationError) as caught:
        v.not_before("end", day, day - dt.timedelta(days=1))
    assert caught.value.field == "end"
    assert_clear_sentence(caught.value.message)


def test_in_range_and_not_negative() -> None:
    v.in_range("q", None, 0, 5)
    v.in_range("q", 0, 0, 5)
    v.in_range("q", 5, 0, 5)
    with pytest.raises(ValidationError) as caught:
        v.in_range("q", 6, 0, 5)
    assert caught.value.message == "6 is outside the allowed range (0 to 5)."
    v.not_negative("m", 0)
    v.not_negative("m", None)
    with pytest.raises(ValidationError) as negative:
        v.not_negative("m", -0.5)
    assert negative.value.message == "This amount cannot be negative."


@pytest.mark.parametrize("value", ["a@b", "marie.dupont@asso.fr", "", None])
def test_email_like_accepts(value: str | None) -> None:
    v.email_like("email", value)


@pytest.mark.parametrize("value", ["marie", "@asso.fr", "marie@"])
def test_email_like_refuses(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        v.email_like("email", value)
    assert caught.value.message == f"“{value}” does not look like an email address."


def test_errors_fill_their_template() -> None:
    assert NotFoundError(kind="project", id="abc").message == (
        "This record no longer exists: project abc.")
    assert ConflictError("{name} clashes.", name="Barnum").message == "Barnum clashes."
    assert str(WorkspaceError("Locked.")) == "Locked."
    assert CoopdeskError().message == "Something went wrong."
    for error_type in (ValidationError, NotFoundError, ConflictError, WorkspaceError):
        assert issubclass(error_type, CoopdeskError)


def test_error_with_a_missing_parameter_shows_its_template() -> None:
    """A template whose parameter is missing still gives a message, never a crash."""
    assert ConflictError("Booked by {who}.").message == "Booked by {who}."


def test_two_digit_year_means_this_century() -> None:
    import datetime as dt

    from coopdesk.domain.validation import parse_date

    assert parse_date("due_on", "31/03/26") == dt.date(2026, 3, 31)
