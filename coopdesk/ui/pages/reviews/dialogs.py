"""Forms of the reviews page: a review (when, what was said, when the next one is), and one
partner's score on one practice with its comment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from coopdesk.domain.enums import Practice
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.reviews import SCORE_MAX, SCORE_MIN, ReviewFields, ReviewScoreFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.labels import QT_TRANSLATE_NOOP, enum_label
from coopdesk.ui.widgets.combos import compact
from coopdesk.ui.widgets.form import DateEdit, RecordCombo, choices, text_of
from coopdesk.ui.widgets.record_dialog import RecordDialog

REQUIRED = QT_TRANSLATE_NOOP("errors", "This field cannot be empty.")


class ReviewDialog(RecordDialog):
    def __init__(self, services: Services, project_id: str | None,
                 review: rm.Review | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(self.tr("New review") if review is None else self.tr("Edit the review"),
                         parent)
        self.services = services
        # the latest text, and which versions of it this form shows (edit_base)
        review = services.reviews.get(review.id) if review is not None else None
        self.review = review
        projects = services.projects.list()
        chosen = review.project_id if review else project_id
        self.project_combo: RecordCombo = self.add_field(
            "project_id", self.tr("Project"),
            RecordCombo(choices(projects, lambda p: p.title), chosen, allow_none=False,
                        parent=self), required=True)
        compact(self.project_combo, 28)  # a long title shortens rather than widen the form
        self.held_edit: DateEdit = self.add_field(
            "held_on", self.tr("Held on"),
            DateEdit(review.held_on if review else today or dt.date.today(), self),
            required=True)
        self.title_edit = self.add_text("title", self.tr("Title"), review.title if review else "")
        self.title_edit.setPlaceholderText(self.tr("for example Six-month review"))
        self.comments_edit = self.add_text("comments", self.tr("Comments"),
                                           review.comments if review else "", multiline=True)
        self.comments_edit.setPlaceholderText(self.tr(
            "What works, what to improve, what the partners agreed to change…"))
        self.next_edit: DateEdit = self.add_field(
            "next_review_on", self.tr("Next review on"),
            DateEdit(review.next_review_on if review else None, self))
        self.next_edit.setToolTip(self.tr(
            "Reviewing the cooperation regularly (every six months, for example) is one of "
            "the five good practices."))

    def fields(self) -> ReviewFields:
        held_on = self.held_edit.value("held_on")
        if held_on is None:
            raise ValidationError("held_on", REQUIRED)
        return ReviewFields(project_id=self.project_combo.value() or "", held_on=held_on,
                            title=text_of(self.title_edit).strip(),
                            comments=text_of(self.comments_edit).strip(),
                            next_review_on=self.next_edit.value("next_review_on"))

    def save(self) -> None:
        fields = self.fields()
        if self.review is None:
            self.changes = self.services.reviews.create(fields)
        else:
            self.changes = self.services.reviews.update(
                self.review.id, fields, base=self.review.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, project_id: str | None, review: rm.Review | None = None,
            parent: QWidget | None = None) -> Changes | None:
        """Show the form; the changes saved, or None when cancelled."""
        return cls(services, project_id, review, parent).run()


class ScoreDialog(RecordDialog):
    """One partner's score on one practice, and why."""

    def __init__(self, services: Services, review_id: str, organisation_id: str,
                 partner_name: str, practice: Practice, score: rm.ReviewScore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Score"), parent)
        self.services = services
        self.review_id = review_id
        self.organisation_id = organisation_id
        self.practice = practice
        # the latest text, and which versions of it this form shows (edit_base)
        score = services.review_scores.get(score.id) if score is not None else None
        self.score = score
        self.add_field("organisation_id", self.tr("Partner"), QLabel(partner_name, self))
        self.add_field("practice", self.tr("Practice"), QLabel(enum_label(practice), self))
        self.score_spin = QSpinBox(self)
        self.score_spin.setRange(SCORE_MIN, SCORE_MAX)
        self.score_spin.setValue(score.score if score else 3)
        self.score_spin.setToolTip(self.tr("1: not at all · 3: partly · 5: fully"))
        self.add_field("score", self.tr("Score (1 to 5)"), self.score_spin, required=True)
        self.comment_edit = self.add_text("comment", self.tr("Comment"),
                                          score.comment if score else "", multiline=True)
        self.comment_edit.setPlaceholderText(self.tr(
            "Why this score, and what would raise it"))
        self.score_spin.setFocus()

    def fields(self) -> ReviewScoreFields:
        return ReviewScoreFields(review_id=self.review_id, organisation_id=self.organisation_id,
                                 practice=self.practice, score=self.score_spin.value(),
                                 comment=text_of(self.comment_edit).strip())

    def save(self) -> None:
        fields = self.fields()
        if self.score is None:
            self.changes = self.services.review_scores.create(fields)
        else:
            self.changes = self.services.review_scores.update(
                self.score.id, fields, base=self.score.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, review_id: str, organisation_id: str, partner_name: str,
            practice: Practice, score: rm.ReviewScore | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, review_id, organisation_id, partner_name, practice, score,
                   parent).run()
