"""A project's reviews over time: the trend of each practice, each partner's scores, the
scoring grid of one review, and when the next review is due."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import PartnerRole, Practice
from coopdesk.domain.errors import NotFoundError
from coopdesk.services import read_models as rm
from coopdesk.services.records import to_read
from coopdesk.store import models as m
from coopdesk.store.db import Database

_ROLE_RANK = {role: rank for rank, role in enumerate(PartnerRole)}


@dataclass(frozen=True)
class PracticePoint:
    """The mean score of a practice over every partner scored on one review date."""

    held_on: dt.date
    average: float
    count: int


@dataclass(frozen=True)
class PracticeSeries:
    practice: Practice
    #: One point per review date where the practice was scored, oldest first.
    points: tuple[PracticePoint, ...]


@dataclass(frozen=True)
class ReviewLine:
    review: rm.Review
    score_count: int
    partner_count: int
    average: float | None


@dataclass(frozen=True)
class PartnerScores:
    """One organisation's scores on each practice, oldest first, across the reviews."""

    organisation_id: str
    name: str
    scores: Mapping[Practice, tuple[int, ...]]

    def latest(self, practice: Practice) -> int | None:
        found = self.scores.get(practice, ())
        return found[-1] if found else None

    def change(self, practice: Practice) -> int | None:
        """The latest score minus the one before it; None without two scores."""
        found = self.scores.get(practice, ())
        return found[-1] - found[-2] if len(found) >= 2 else None

    @property
    def latest_average(self) -> float | None:
        latest = [score for p in Practice if (score := self.latest(p)) is not None]
        return fmean(latest) if latest else None


@dataclass(frozen=True)
class NextReview:
    due_on: dt.date
    #: Days from today to the due date: negative once it has passed.
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class ReviewHistory:
    project_id: str
    #: Live reviews, oldest first.
    reviews: tuple[ReviewLine, ...]
    #: One series per practice, in the order of Practice.
    series: tuple[PracticeSeries, ...]
    partners: tuple[PartnerScores, ...]
    #: From the latest review; None when it names no next date (or there is no review).
    next_review: NextReview | None


@dataclass(frozen=True)
class GridRow:
    organisation_id: str
    name: str
    #: False for an organisation scored in the review that is no longer a partner.
    is_partner: bool
    scores: Mapping[Practice, rm.ReviewScore]


@dataclass(frozen=True)
class ScoreGrid:
    review: rm.Review
    rows: tuple[GridRow, ...]


@dataclass(frozen=True)
class ProjectChoice:
    project_id: str
    title: str
    review_count: int


class ReviewHistoryQueries:
    """The Reviews page's reads (never writes), mixed into `ReviewService`
    (services/reviews.py); scores are written by the review scores service."""

    db: Database

    def project_choices(self) -> list[ProjectChoice]:
        """Live projects by title, with how many live reviews each has."""
        counts = (select(m.Review.project_id, func.count().label("n"))
                  .where(m.Review.deleted_at.is_(None)).group_by(m.Review.project_id)
                  .subquery())
        query = (select(m.Project.id, m.Project.title, func.coalesce(counts.c.n, 0))
                 .outerjoin(counts, counts.c.project_id == m.Project.id)
                 .where(m.Project.deleted_at.is_(None))
                 .order_by(func.lower(m.Project.title), m.Project.id))
        with self.db.reading() as session:
            return [ProjectChoice(pid, title, n) for pid, title, n in session.execute(query)]

    def history(self, project_id: str, today: dt.date | None = None) -> ReviewHistory:
        with self.db.reading() as session:
            reviews = [to_read(r, rm.Review) for r in session.scalars(
                select(m.Review).where(m.Review.project_id == project_id,
                                       m.Review.deleted_at.is_(None))
                .order_by(m.Review.held_on, m.Review.created_at, m.Review.id))]
            scores = _scores_of(session, [r.id for r in reviews])
            names = _names(session, {s.organisation_id for s in scores})
        by_review: dict[str, list[rm.ReviewScore]] = defaultdict(list)
        for score in scores:
            by_review[score.review_id].append(score)
        lines = tuple(ReviewLine(
            review=review, score_count=len(by_review[review.id]),
            partner_count=len({s.organisation_id for s in by_review[review.id]}),
            average=_mean([s.score for s in by_review[review.id]])) for review in reviews)
        return ReviewHistory(
            project_id=project_id, reviews=lines, series=_series(reviews, by_review),
            partners=_partners(reviews, by_review, names),
            next_review=_next_review(reviews, today or dt.date.today()))

    def grid(self, review_id: str) -> ScoreGrid:
        """The review's scores, one row per partner of its project (then anyone else scored)."""
        with self.db.reading() as session:
            record = session.get(m.Review, review_id)
            if record is None:
                raise NotFoundError(kind="review", id=review_id)
            review = to_read(record, rm.Review)
            scores = _scores_of(session, [review_id])
            partners = session.execute(
                select(m.ProjectPartner.organisation_id, m.ProjectPartner.role)
                .where(m.ProjectPartner.project_id == review.project_id,
                       m.ProjectPartner.deleted_at.is_(None))).all()
            names = _names(session, {s.organisation_id for s in scores}
                           | {org for org, _role in partners})
        by_org: dict[str, dict[Practice, rm.ReviewScore]] = defaultdict(dict)
        for score in scores:
            by_org[score.organisation_id][Practice(score.practice)] = score
        rank = {org: _ROLE_RANK.get(role, len(_ROLE_RANK)) for org, role in partners}
        partner_ids = sorted(rank, key=lambda org: (rank[org], names[org].casefold()))
        others = sorted(set(by_org) - set(rank), key=lambda org: names[org].casefold())
        rows = [GridRow(org, names[org], True, by_org.get(org, {})) for org in partner_ids]
        rows += [GridRow(org, names[org], False, by_org[org]) for org in others]
        return ScoreGrid(review=review, rows=tuple(rows))


def _scores_of(session: Session, review_ids: Sequence[str]) -> list[rm.ReviewScore]:
    if not review_ids:
        return []
    return [to_read(s, rm.ReviewScore) for s in session.scalars(
        select(m.ReviewScore).where(m.ReviewScore.review_id.in_(review_ids),
                                    m.ReviewScore.deleted_at.is_(None))
        .order_by(m.ReviewScore.id))]


def _names(session: Session, organisation_ids: set[str]) -> dict[str, str]:
    """Organisation names, trashed ones included (their past scores still count)."""
    found = {org: name for org, name in session.execute(
        select(m.Organisation.id, m.Organisation.name).where(
            m.Organisation.id.in_(sorted(organisation_ids))))}
    return {org: found.get(org, "?") for org in organisation_ids}


def _mean(values: Sequence[int]) -> float | None:
    return fmean(values) if values else None


def _series(reviews: Sequence[rm.Review],
            by_review: Mapping[str, Sequence[rm.ReviewScore]]) -> tuple[PracticeSeries, ...]:
    dates = sorted({review.held_on for review in reviews})
    on_date: dict[tuple[dt.date, Practice], list[int]] = defaultdict(list)
    for review in reviews:
        for score in by_review.get(review.id, ()):
            on_date[(review.held_on, Practice(score.practice))].append(score.score)
    return tuple(PracticeSeries(practice, tuple(
        PracticePoint(day, fmean(values), len(values))
        for day in dates if (values := on_date.get((day, practice))))) for practice in Practice)


def _partners(reviews: Sequence[rm.Review], by_review: Mapping[str, Sequence[rm.ReviewScore]],
              names: Mapping[str, str]) -> tuple[PartnerScores, ...]:
    scores: dict[str, dict[Practice, list[int]]] = defaultdict(lambda: defaultdict(list))
    for review in reviews:  # oldest first, so each list is in time order
        for score in by_review.get(review.id, ()):
            scores[score.organisation_id][Practice(score.practice)].append(score.score)
    return tuple(PartnerScores(org, names[org], {p: tuple(v) for p, v in scores[org].items()})
                 for org in sorted(scores, key=lambda org: names[org].casefold()))


def _next_review(reviews: Sequence[rm.Review], today: dt.date) -> NextReview | None:
    if not reviews or reviews[-1].next_review_on is None:
        return None
    due = reviews[-1].next_review_on
    return NextReview(due_on=due, days_left=(due - today).days)
