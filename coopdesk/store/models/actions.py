from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

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
