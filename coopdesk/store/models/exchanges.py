from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.enums import ExchangeKind
from coopdesk.store.base import Record, SearchText, enum_column, long_text, short_text


class ContactLogEntry(Record):
    __tablename__ = "contact_log_entry"
    __kind__ = "contact_log_entry"
    __search__ = SearchText(("subject",), ("summary", "follow_up", "author_name",
                                           "author_organisation"))
    #: A row whose flag is true never leaves this laptop (DOMAIN.md, private notes).
    __private_flag__ = "is_private"

    @classmethod
    def extra_indexes(cls) -> tuple[Index, ...]:
        # Follow-ups still to do, by date (the dashboard); authors (the log's filter).
        return (Index("ix_contact_log_entry_follow_up_open", "follow_up_on",
                      sqlite_where=text("follow_up_done = 0 AND follow_up_on IS NOT NULL")),
                Index("ix_contact_log_entry_author_name", "author_name"))

    kind: Mapped[ExchangeKind] = enum_column(ExchangeKind, ExchangeKind.CALL)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    subject: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = long_text()
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True,
                                                  default=None)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        index=True, default=None)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True,
                                                   default=None)
    author_name: Mapped[str] = short_text()
    author_organisation: Mapped[str] = short_text()
    follow_up: Mapped[str] = short_text()
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True, default=None)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)
