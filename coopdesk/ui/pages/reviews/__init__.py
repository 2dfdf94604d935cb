"""The reviews page (Évaluations): the five practices scored by partner, over time."""

from coopdesk.ui.pages.reviews.page import ReviewsPage

__all__ = ["ReviewsPage"]
