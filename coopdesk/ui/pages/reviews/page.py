"""The reviews page (Évaluations): how a project's cooperation goes along the five good
practices, scored by partner, review after review, and when the next review is due."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import Practice
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.review_history import NextReview, ReviewHistory
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.formatting import date_text
from coopdesk.ui.pages.base import Page
from coopdesk.ui.pages.reviews.dialogs import ScoreDialog
from coopdesk.ui.pages.reviews.history_tab import HistoryTab
from coopdesk.ui.pages.reviews.reviews_tab import ReviewsTab
from coopdesk.ui.widgets.message_bar import MessageBar
from coopdesk.ui.widgets.page_context import PageContext

# Fixed light backgrounds with dark text: readable whatever the palette.
DUE_STYLE = ("QFrame#nextReview { background: #e6f4ea; border: 1px solid #188038;"
             " border-radius: 4px; } QLabel { color: #0d5223; }")
OVERDUE_STYLE = ("QFrame#nextReview { background: #fce8e6; border: 1px solid #d93025;"
                 " border-radius: 4px; } QLabel { color: #a50e0e; }")
UNPLANNED_STYLE = ("QFrame#nextReview { background: #fef7e0; border: 1px solid #f9ab00;"
                   " border-radius: 4px; } QLabel { color: #5c3c00; }")


class ReviewsPage(Page):
    page_id = "reviews"
    watches = frozenset({"review", "review_score", "project", "project_partner",
                         "organisation"})

    REVIEWS, HISTORY = range(2)

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.setObjectName("reviews_page")
        self.history: ReviewHistory | None = None
        self.messages = MessageBar(self)
        self.context = PageContext(services, bus, self.messages)
        self.project_combo = QComboBox(self)
        self.project_combo.setAccessibleName(self.tr("Project"))
        # Long titles shorten rather than widen the window (its popup shows them whole).
        self.project_combo.setMinimumContentsLength(24)
        self.project_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        project_label = QLabel(self.tr("&Project:"), self)
        project_label.setBuddy(self.project_combo)
        top = QHBoxLayout()
        top.addWidget(project_label)
        top.addWidget(self.project_combo, 1)
        top.addStretch(0)
        self._build_banner()
        self.reviews = ReviewsTab(self.context, self)
        self.history_tab = HistoryTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reviews, self.tr("&Reviews and scores"))
        self.tabs.addTab(self.history_tab, self.tr("&History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.project_combo.currentIndexChanged.connect(lambda _index: self._load_project())
        self.refresh()

    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("nextReview")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("nextReviewText")
        self.banner_label.setWordWrap(True)
        font = self.banner_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.banner_label.setFont(font)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.banner_label, 1)

    def create_new(self) -> None:
        self.tabs.setCurrentIndex(self.REVIEWS)
        self.reviews.create_review()

    def title(self) -> str:
        return self.tr("Reviews")

    # -- reading -------------------------------------------------------------------------
    def project_id(self) -> str | None:
        data = self.project_combo.currentData()
        return str(data) if data else None

    def refresh(self) -> None:
        current = self.project_id()
        choices = self.services.reviews.project_choices()
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for choice in choices:
            self.project_combo.addItem(self.tr("{title} (%n review(s))", "", choice.review_count)
                                       .format(title=choice.title), choice.project_id)
        index = self.project_combo.findData(current) if current else -1
        if index < 0:  # the first project that has reviews, else the first one
            index = next((n for n, c in enumerate(choices) if c.review_count), 0)
        self.project_combo.setCurrentIndex(index if choices else -1)
        self.project_combo.setEnabled(bool(choices))
        self.project_combo.blockSignals(False)
        self._load_project()

    def _load_project(self) -> None:
        project_id = self.project_id()
        self.history = None
        if project_id is not None:
            try:
                self.history = self.services.reviews.history(project_id)
            except CoopdeskError as error:
                self.context.report(error)
        self.reviews.set_history(project_id, self.history)
        self.history_tab.set_history(self.history)
        self._show_next_review(self.history)

    def _show_next_review(self, history: ReviewHistory | None) -> None:
        if history is None or not history.reviews:
            self.banner.hide()
            return
        due = history.next_review
        self.banner_label.setText(self.next_review_text(due))
        if due is None:
            self.banner.setStyleSheet(UNPLANNED_STYLE)
        else:
            self.banner.setStyleSheet(OVERDUE_STYLE if due.overdue else DUE_STYLE)
        self.banner.show()

    def next_review_text(self, due: NextReview | None) -> str:
        if due is None:
            return self.tr("No next review planned: give its date in the latest review "
                           "(Edit…).")
        when = date_text(due.due_on)
        if due.overdue:
            return self.tr("The next review was due on {date}, %n day(s) ago.", "",
                           -due.days_left).format(date=when)
        if due.days_left == 0:
            return self.tr("The next review is due today, {date}.").format(date=when)
        return self.tr("Next review on {date}, in %n day(s).", "", due.days_left).format(
            date=when)

    # -- navigation ----------------------------------------------------------------------
    def select_project(self, project_id: str) -> bool:
        index = self.project_combo.findData(project_id)
        if index < 0:
            return False
        self.project_combo.setCurrentIndex(index)
        return True

    def show_record(self, kind: str, record_id: str) -> bool:
        services = self.services
        try:
            if kind == "review":
                review, score = services.reviews.get(record_id), None
            elif kind == "review_score":
                score = services.review_scores.get(record_id)
                review = services.reviews.get(score.review_id)
            else:
                return False
        except CoopdeskError:
            return False
        if review.audit.in_trash or not self.select_project(review.project_id):
            return False
        if not self.reviews.select(review.id):
            return False
        self.tabs.setCurrentIndex(self.REVIEWS)
        if score is not None:
            self.reviews.select_cell(score.organisation_id, Practice(score.practice))
            self.reviews.grid.setFocus()
        else:
            self.reviews.table.setFocus()
        return True

    def current_record(self) -> tuple[str, str] | None:
        """The score of the current cell when the grid has the focus, else the review."""
        tab = self.reviews
        score = tab.grid_model.score_at(tab.grid.currentIndex())
        if score is not None and tab.grid.hasFocus():
            return "review_score", score.id
        review_id = tab.selected_id()
        return ("review", review_id) if review_id else None

    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        return [("history", self._show_history), ("score", self._show_score_form)]

    def _show_reviewed_project(self) -> None:
        choices = self.services.reviews.project_choices()
        busiest = max(choices, key=lambda c: c.review_count, default=None)
        if busiest is not None:
            self.select_project(busiest.project_id)

    def _show_history(self) -> None:
        self._show_reviewed_project()
        self.tabs.setCurrentIndex(self.HISTORY)

    def _show_score_form(self) -> None:
        """The form of a score that has a comment (the screenshot closes it unsaved)."""
        self._show_reviewed_project()
        self.tabs.setCurrentIndex(self.REVIEWS)
        grid = self.reviews.grid_model.grid()
        if grid is None:
            return
        for row in grid.rows:
            for practice, score in row.scores.items():
                if score.comment:
                    self.reviews.select_cell(row.organisation_id, practice)
                    ScoreDialog.ask(self.services, grid.review.id, row.organisation_id,
                                    row.name, practice, score, self)
                    return
