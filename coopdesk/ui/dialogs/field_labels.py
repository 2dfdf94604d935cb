"""Field names and values as people read them, for the history and conflict dialogs.

Columns are named by their key in the op log ("due_on"); this maps the common ones to a
label ("Due date", French through Qt Linguist) and falls back to the key itself.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from coopdesk.ui.formatting import date_text, datetime_text, money_text
from coopdesk.ui.labels import QT_TRANSLATE_NOOP, enum_label
from coopdesk.ui.widgets.values import number_text

_CONTEXT = "FieldLabel"

_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("FieldLabel", "Name"),
    "kind": QT_TRANSLATE_NOOP("FieldLabel", "Kind"),
    "acronym": QT_TRANSLATE_NOOP("FieldLabel", "Acronym"),
    "address": QT_TRANSLATE_NOOP("FieldLabel", "Address"),
    "postcode": QT_TRANSLATE_NOOP("FieldLabel", "Postcode"),
    "city": QT_TRANSLATE_NOOP("FieldLabel", "City"),
    "email": QT_TRANSLATE_NOOP("FieldLabel", "Email"),
    "phone": QT_TRANSLATE_NOOP("FieldLabel", "Phone"),
    "website": QT_TRANSLATE_NOOP("FieldLabel", "Website"),
    "description": QT_TRANSLATE_NOOP("FieldLabel", "Description"),
    "strengths": QT_TRANSLATE_NOOP("FieldLabel", "Strengths"),
    "first_name": QT_TRANSLATE_NOOP("FieldLabel", "First name"),
    "last_name": QT_TRANSLATE_NOOP("FieldLabel", "Last name"),
    "organisation_id": QT_TRANSLATE_NOOP("FieldLabel", "Organisation"),
    "role": QT_TRANSLATE_NOOP("FieldLabel", "Role"),
    "legal_basis": QT_TRANSLATE_NOOP("FieldLabel", "Legal basis"),
    "consent_on": QT_TRANSLATE_NOOP("FieldLabel", "Consent given on"),
    "notes": QT_TRANSLATE_NOOP("FieldLabel", "Notes"),
    "title": QT_TRANSLATE_NOOP("FieldLabel", "Title"),
    "form": QT_TRANSLATE_NOOP("FieldLabel", "Form of cooperation"),
    "mode": QT_TRANSLATE_NOOP("FieldLabel", "Mode"),
    "status": QT_TRANSLATE_NOOP("FieldLabel", "Status"),
    "start_on": QT_TRANSLATE_NOOP("FieldLabel", "Start"),
    "end_on": QT_TRANSLATE_NOOP("FieldLabel", "End"),
    "budget_cents": QT_TRANSLATE_NOOP("FieldLabel", "Budget"),
    "lead_organisation_id": QT_TRANSLATE_NOOP("FieldLabel", "Lead organisation"),
    "resident_participation": QT_TRANSLATE_NOOP("FieldLabel", "Residents' participation"),
    "project_id": QT_TRANSLATE_NOOP("FieldLabel", "Project"),
    "contribution": QT_TRANSLATE_NOOP("FieldLabel", "Contribution"),
    "commitments": QT_TRANSLATE_NOOP("FieldLabel", "Commitments"),
    "budget_share_cents": QT_TRANSLATE_NOOP("FieldLabel", "Share of the budget"),
    "task_share": QT_TRANSLATE_NOOP("FieldLabel", "Share of the tasks"),
    "label": QT_TRANSLATE_NOOP("FieldLabel", "Label"),
    "due_on": QT_TRANSLATE_NOOP("FieldLabel", "Due date"),
    "done": QT_TRANSLATE_NOOP("FieldLabel", "Done"),
    "done_on": QT_TRANSLATE_NOOP("FieldLabel", "Done on"),
    "priority": QT_TRANSLATE_NOOP("FieldLabel", "Priority"),
    "owner_person_id": QT_TRANSLATE_NOOP("FieldLabel", "Person in charge"),
    "owner_organisation_id": QT_TRANSLATE_NOOP("FieldLabel", "Organisation in charge"),
    "starts_at": QT_TRANSLATE_NOOP("FieldLabel", "Starts at"),
    "ends_at": QT_TRANSLATE_NOOP("FieldLabel", "Ends at"),
    "place": QT_TRANSLATE_NOOP("FieldLabel", "Place"),
    "video_link": QT_TRANSLATE_NOOP("FieldLabel", "Video link"),
    "secretary_person_id": QT_TRANSLATE_NOOP("FieldLabel", "Secretary"),
    "outcome": QT_TRANSLATE_NOOP("FieldLabel", "Outcome"),
    "text": QT_TRANSLATE_NOOP("FieldLabel", "Text"),
    "subject": QT_TRANSLATE_NOOP("FieldLabel", "Subject"),
    "summary": QT_TRANSLATE_NOOP("FieldLabel", "Summary"),
    "occurred_on": QT_TRANSLATE_NOOP("FieldLabel", "Date"),
    "follow_up": QT_TRANSLATE_NOOP("FieldLabel", "Follow-up"),
    "follow_up_on": QT_TRANSLATE_NOOP("FieldLabel", "Follow-up date"),
    "person_id": QT_TRANSLATE_NOOP("FieldLabel", "Contact"),
    "location": QT_TRANSLATE_NOOP("FieldLabel", "Location"),
    "available": QT_TRANSLATE_NOOP("FieldLabel", "Available"),
    "purpose": QT_TRANSLATE_NOOP("FieldLabel", "Purpose"),
    "comment": QT_TRANSLATE_NOOP("FieldLabel", "Comment"),
    "comments": QT_TRANSLATE_NOOP("FieldLabel", "Comments"),
    "score": QT_TRANSLATE_NOOP("FieldLabel", "Score"),
    "practice": QT_TRANSLATE_NOOP("FieldLabel", "Practice"),
    "held_on": QT_TRANSLATE_NOOP("FieldLabel", "Held on"),
    "adopted_on": QT_TRANSLATE_NOOP("FieldLabel", "Adopted on"),
    "accepted_on": QT_TRANSLATE_NOOP("FieldLabel", "Accepted on"),
    "number": QT_TRANSLATE_NOOP("FieldLabel", "Number"),
    "position": QT_TRANSLATE_NOOP("FieldLabel", "Position"),
    "is_private": QT_TRANSLATE_NOOP("FieldLabel", "Private"),
    "president_person_id": QT_TRANSLATE_NOOP("FieldLabel", "President of the meeting"),
    "convened_on": QT_TRANSLATE_NOOP("FieldLabel", "Convened on"),
    "convened_by_person_id": QT_TRANSLATE_NOOP("FieldLabel", "Convened by"),
    "convocation_means": QT_TRANSLATE_NOOP("FieldLabel", "Convocation"),
    "closed_at": QT_TRANSLATE_NOOP("FieldLabel", "Closed at"),
    "quorum": QT_TRANSLATE_NOOP("FieldLabel", "Quorum"),
    "quorum_overridden": QT_TRANSLATE_NOOP("FieldLabel", "Own quorum rule"),
    "quorum_numerator": QT_TRANSLATE_NOOP("FieldLabel", "Quorum fraction (numerator)"),
    "quorum_denominator": QT_TRANSLATE_NOOP("FieldLabel", "Quorum fraction (denominator)"),
    "max_proxies": QT_TRANSLATE_NOOP("FieldLabel", "Proxies per person"),
    "signs_minutes": QT_TRANSLATE_NOOP("FieldLabel", "Signs the minutes"),
    "vote_kind": QT_TRANSLATE_NOOP("FieldLabel", "Vote"),
    "votes_not_taking_part": QT_TRANSLATE_NOOP("FieldLabel", "Not taking part in the vote"),
    "secret_ballot": QT_TRANSLATE_NOOP("FieldLabel", "Secret ballot"),
    "named_votes": QT_TRANSLATE_NOOP("FieldLabel", "Detail of the vote"),
    "voting": QT_TRANSLATE_NOOP("FieldLabel", "Vote in meetings"),
}


def field_label(field: str) -> str:
    """The translated label of a column; the column key when there is none."""
    english = _LABELS.get(field)
    if english is None:
        return field.removesuffix("_id").replace("_", " ").capitalize()
    return QCoreApplication.translate(_CONTEXT, english)


def field_word(field: str) -> str:
    """The label inside a sentence ("changed: title, due date")."""
    label = field_label(field)
    if len(label) > 1 and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def empty_text() -> str:
    return QCoreApplication.translate("FieldLabel", "(empty)")


def value_text(field: str, value: Any, title: str | None = None, *,
               one_line: bool = False) -> str:
    """A value as people read it: French dates, enum labels, amounts, the referenced title."""
    if title is not None:
        return title or QCoreApplication.translate("FieldLabel", "(a deleted record)")
    if value is None or value == "":
        return empty_text()
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("FieldLabel", "Yes")
        return QCoreApplication.translate("FieldLabel", "No")
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, int) and field.endswith("_cents"):
        return money_text(value)
    if isinstance(value, int | float):
        return number_text(value)
    text = str(value)
    if one_line:
        lines = text.strip().splitlines()
        first = lines[0] if lines else ""
        if len(lines) > 1 or len(first) > 80:
            return first[:79] + "…"
    return text


def local_time(stamp: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in this laptop's time zone."""
    return stamp.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
