"""Periodic reviews of the cooperation along the five practices."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain import validation as v
from coopdesk.domain.enums import Practice

SCORE_MIN = 1
SCORE_MAX = 5


@dataclass(frozen=True, kw_only=True)
class ReviewFields:
    project_id: str
    held_on: dt.date
    title: str = ""
    comments: str = ""
    next_review_on: dt.date | None = None

    def validate(self) -> None:
        v.required("project_id", self.project_id)
        v.short_texts([("title", self.title)])
        v.long_texts([("comments", self.comments)])
        v.not_before("next_review_on", self.held_on, self.next_review_on)


@dataclass(frozen=True, kw_only=True)
class ReviewScoreFields:
    review_id: str
    organisation_id: str
    practice: Practice
    score: int
    comment: str = ""

    def validate(self) -> None:
        v.required("organisation_id", self.organisation_id)
        if not (SCORE_MIN <= self.score <= SCORE_MAX):
            raise v.ValidationError(
                "score", "A score goes from {low} to {high}; {value} is outside.",
                low=SCORE_MIN, high=SCORE_MAX, value=self.score)
        v.long_texts([("comment", self.comment)])
