from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.enums import Practice
from coopdesk.store.base import Record, enum_column, long_text, short_text


class Review(Record):
    __tablename__ = "review"
    __kind__ = "review"
    __part_of__ = "project_id"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = short_text()
    comments: Mapped[str] = long_text()
    next_review_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class ReviewScore(Record):
    __tablename__ = "review_score"
    __kind__ = "review_score"
    __part_of__ = "review_id"

    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    practice: Mapped[Practice] = enum_column(Practice, Practice.OBJECTIVES)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = long_text()
