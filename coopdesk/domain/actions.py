"""Actions: who does what by when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
