from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.actions import done_on_for
from coopdesk.domain.enums import ActionStatus, Priority
from coopdesk.store.base import Record, SearchText, enum_column, long_text


class Action(Record):
    __tablename__ = "action"
    __kind__ = "action"
    __search__ = SearchText(("title",), ("description",))

    @classmethod
    def extra_indexes(cls) -> tuple[Index, ...]:
        # Open actions by due date: the dashboard's overdue and "next 14 days" counts.
        return (Index("ix_action_status_due", "status", "due_on"),)

    title: Mapped[str] = mapped_column(String(500))
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True,
                                                   default=None)
    description: Mapped[str] = long_text()
    owner_organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id"), index=True, default=None)
    owner_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True,
                                                        default=None)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True, default=None)
    status: Mapped[ActionStatus] = enum_column(ActionStatus, ActionStatus.TODO)
    priority: Mapped[Priority] = enum_column(Priority, Priority.NORMAL)
    objective_id: Mapped[str | None] = mapped_column(ForeignKey("objective.id"), default=None)
    origin_decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"),
                                                           default=None)
    done_on: Mapped[dt.date | None] = mapped_column(Date, default=None)

    @classmethod
    def settle_projected(cls, values: dict[str, Any], day: dt.date) -> None:
        # A status from one laptop and a done_on from another: the day follows the status
        # (cleared unless done; a done action without a day gets the newest op's day).
        try:
            status = ActionStatus(values["status"])
        except (KeyError, ValueError):
            return  # no status op, or a status a newer version added: left as it came
        if status is not ActionStatus.DONE or "done_on" in values:
            values["done_on"] = done_on_for(status, values.get("done_on"), was=None,
                                            was_done_on=None, today=day)
