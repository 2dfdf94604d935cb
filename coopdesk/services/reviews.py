"""Reviews of the cooperation: a score per practice and partner."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import Practice
from coopdesk.domain.errors import ConflictError
from coopdesk.domain.reviews import ReviewFields, ReviewScoreFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.records import RecordService
from coopdesk.services.review_history import ReviewHistoryQueries
from coopdesk.store import models as m


class ReviewService(ReviewHistoryQueries, RecordService[ReviewFields, rm.Review, m.Review]):
    """A project's cooperation reviews: their history, score grids, and every write."""


class ReviewScoreService(RecordService[ReviewScoreFields, rm.ReviewScore, m.ReviewScore]):
    def check(self, session: Session, fields: ReviewScoreFields,
              record: m.ReviewScore | None) -> None:
        self._refuse_duplicate(session, fields.review_id, fields.organisation_id,
                               fields.practice, record.id if record else None)

    def check_restore(self, session: Session, record: m.ReviewScore) -> None:
        self._refuse_duplicate(session, record.review_id, record.organisation_id,
                               record.practice, record.id)

    @staticmethod
    def _refuse_duplicate(session: Session, review_id: str, organisation_id: str,
                          practice: Practice, own_id: str | None) -> None:
        clash = session.scalar(select(m.ReviewScore.id).where(
            m.ReviewScore.review_id == review_id,
            m.ReviewScore.organisation_id == organisation_id,
            m.ReviewScore.practice == practice,
            m.ReviewScore.id != (own_id or ""),
            m.ReviewScore.deleted_at.is_(None)))
        if clash is not None:
            raise ConflictError("This partner already has a score for this practice in this "
                                "review; change that score instead.")

    def related_changes(self, session: Session, record: m.ReviewScore) -> Changes:
        return Changes.of("review", record.review_id)
