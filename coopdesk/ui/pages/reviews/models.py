"""Columns of the reviews page's tables: the reviews of a project, and each partner's
latest scores with their change since the review before."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from coopdesk.domain.enums import Practice
from coopdesk.services.review_history import PartnerScores, ReviewLine
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import Column
from coopdesk.ui.widgets.values import first_line, number_text

CENTRE = Qt.AlignmentFlag.AlignCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewsModels", text)


def average_text(value: float | None) -> str:
    return number_text(round(value, 1)) if value is not None else "—"


def _date_key(value: dt.date | None) -> tuple[bool, dt.date]:
    return (value is None, value or dt.date.min)


def review_columns() -> list[Column[ReviewLine]]:
    return [
        Column(_tr("Held on"), lambda line: date_text(line.review.held_on),
               sort_key=lambda line: line.review.held_on),
        Column(_tr("Title"), lambda line: line.review.title or _tr("Review"),
               tooltip=lambda line: first_line(line.review.comments, 300)),
        Column(_tr("Partners scored"), lambda line: str(line.partner_count),
               sort_key=lambda line: line.partner_count, alignment=CENTRE),
        Column(_tr("Mean score"), lambda line: average_text(line.average),
               sort_key=lambda line: line.average or 0.0, alignment=CENTRE),
        Column(_tr("Next review"), lambda line: date_text(line.review.next_review_on),
               sort_key=lambda line: _date_key(line.review.next_review_on)),
    ]


def trend_text(partner: PartnerScores, practice: Practice) -> str:
    """The latest score, with an arrow when it moved since the review before."""
    latest = partner.latest(practice)
    if latest is None:
        return "—"
    change = partner.change(practice)
    if not change:
        return str(latest)
    return f"{latest} ↗" if change > 0 else f"{latest} ↘"


def trend_tooltip(partner: PartnerScores, practice: Practice) -> str:
    scores = partner.scores.get(practice, ())
    if len(scores) < 2:
        return ""
    return _tr("Scores from the first review to the latest: {scores}").format(
        scores=" → ".join(str(score) for score in scores))


def _practice_column(practice: Practice) -> Column[PartnerScores]:
    def sort_key(partner: PartnerScores) -> Any:
        latest = partner.latest(practice)
        return -1 if latest is None else latest

    return Column(enum_label(practice), lambda p: trend_text(p, practice), sort_key=sort_key,
                  tooltip=lambda p: trend_tooltip(p, practice), alignment=CENTRE)


def partner_columns() -> list[Column[PartnerScores]]:
    return [
        Column(_tr("Partner"), lambda p: p.name),
        *(_practice_column(practice) for practice in Practice),
        Column(_tr("Mean"), lambda p: average_text(p.latest_average),
               sort_key=lambda p: p.latest_average or 0.0, alignment=CENTRE),
    ]
