"""Actions: who does what by when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from coopdesk.domain import validation as v
from coopdesk.domain.enums import ActionStatus, Priority


@dataclass(frozen=True, kw_only=True)
class ActionFields:
    title: str
    project_id: str | None = None
    description: str = ""
    owner_organisation_id: str | None = None
    owner_person_id: str | None = None
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.TODO
    priority: Priority = Priority.NORMAL
    objective_id: str | None = None
    origin_decision_id: str | None = None
    done_on: dt.date | None = None

    def validate(self) -> None:
        v.required("title", self.title)
        v.short_texts([("title", self.title)])
        v.long_texts([("description", self.description)])


def is_overdue(status: ActionStatus, due_on: dt.date | None, today: dt.date) -> bool:
    """An open action whose due date has passed."""
    return status.is_open and due_on is not None and due_on < today


def with_done_on(fields: ActionFields, *, was: ActionStatus | None,
                 was_done_on: dt.date | None, today: dt.date) -> ActionFields:
    """*fields* with the day the action was done right, whatever door the change came by.

    `done_on` is set when an action becomes done (*today*, unless the fields give a day),
    kept while it stays done, and cleared when it is reopened or cancelled. *was* and
    *was_done_on* are the action's status and day before the change (None when new).
    """
    done_on = done_on_for(fields.status, fields.done_on, was=was, was_done_on=was_done_on,
                          today=today)
    return fields if done_on == fields.done_on else replace(fields, done_on=done_on)


def done_on_for(status: ActionStatus, done_on: dt.date | None, *, was: ActionStatus | None,
                was_done_on: dt.date | None, today: dt.date) -> dt.date | None:
    """The day an action of *status* was done (the rule of `with_done_on`, on values)."""
    if status is not ActionStatus.DONE:
        return None
    if done_on is not None:
        return done_on
    return (was_done_on if was is ActionStatus.DONE else None) or today
