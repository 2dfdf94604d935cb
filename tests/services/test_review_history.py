"""A project's reviews over time: series per practice, partners' scores, grid, next review."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import PartnerRole, Practice
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.domain.reviews import ReviewFields, ReviewScoreFields
from coopdesk.services.workspace_services import Services
from tests.domain.field_cases import Ids
from tests.services.builders import workspace_fixtures

workspace_template, workspace, ids = workspace_fixtures()

JAN = dt.date(2026, 1, 15)
JUN = dt.date(2026, 6, 15)


def review(services: Services, ids: Ids, held_on: dt.date, **fields: Any) -> str:
    return services.reviews.create(ReviewFields(project_id=ids.project, held_on=held_on,
                                                title=f"Bilan {held_on:%m/%Y}",
                                                **fields)).id


def score(services: Services, review_id: str, organisation_id: str, practice: Practice,
          value: int, comment: str = "") -> str:
    return services.review_scores.create(ReviewScoreFields(
        review_id=review_id, organisation_id=organisation_id, practice=practice, score=value,
        comment=comment)).id


def test_series_average_partners_per_review_date_oldest_first(services: Services,
                                                              ids: Ids) -> None:
    later = review(services, ids, JUN)
    earlier = review(services, ids, JAN)
    score(services, earlier, ids.organisation, Practice.OBJECTIVES, 2)
    score(services, earlier, ids.other_organisation, Practice.OBJECTIVES, 3)
    score(services, later, ids.organisation, Practice.OBJECTIVES, 4)
    score(services, later, ids.other_organisation, Practice.OBJECTIVES, 5)
    score(services, later, ids.organisation, Practice.COMMUNICATION, 1)

    history = services.reviews.history(ids.project, today=JUN)

    # The seed's review is held on 16/03/2026, between the two.
    assert [line.review.id for line in history.reviews] == [earlier, ids.review, later]
    assert [s.practice for s in history.series] == list(Practice)
    objectives = history.series[0]
    assert [(p.held_on, p.average, p.count) for p in objectives.points] == [
        (JAN, 2.5, 2), (JUN, 4.5, 2)]
    communication = history.series[list(Practice).index(Practice.COMMUNICATION)]
    assert [(p.held_on, p.average) for p in communication.points] == [(JUN, 1.0)]
    assert history.series[1].points == ()  # framework: never scored
    last = history.reviews[-1]
    assert (last.score_count, last.partner_count) == (3, 2)
    assert last.average == pytest.approx((4 + 5 + 1) / 3)
    assert history.reviews[1].average is None  # the seed's review has no score


def test_two_reviews_on_one_date_make_one_point(services: Services, ids: Ids) -> None:
    first, second = review(services, ids, JAN), review(services, ids, JAN)
    score(services, first, ids.organisation, Practice.EVALUATION, 1)
    score(services, second, ids.organisation, Practice.EVALUATION, 4)
    series = services.reviews.history(ids.project).series[-1]
    assert [(p.held_on, p.average, p.count) for p in series.points] == [(JAN, 2.5, 2)]


def test_trashed_reviews_and_scores_leave_the_history(services: Services, ids: Ids) -> None:
    kept, dropped = review(services, ids, JAN), review(services, ids, JUN)
    score(services, kept, ids.organisation, Practice.OBJECTIVES, 3)
    trashed_score = score(services, kept, ids.other_organisation, Practice.OBJECTIVES, 5)
    score(services, dropped, ids.organisation, Practice.OBJECTIVES, 1)
    services.reviews.delete(dropped)
    services.review_scores.delete(trashed_score)
    history = services.reviews.history(ids.project)
    assert dropped not in [line.review.id for line in history.reviews]
    assert [(p.held_on, p.average) for p in history.series[0].points] == [(JAN, 3.0)]


def test_partner_scores_in_time_order_with_change(services: Services, ids: Ids) -> None:
    earlier, later = review(services, ids, JAN), review(services, ids, JUN)
    score(services, later, ids.organisation, Practice.FRAMEWORK, 4)
    score(services, earlier, ids.organisation, Practice.FRAMEWORK, 2)
    score(services, earlier, ids.organisation, Practice.EVALUATION, 3)
    score(services, later, ids.other_organisation, Practice.FRAMEWORK, 5)
    partners = services.reviews.history(ids.project).partners
    assert [p.name for p in partners] == ["Collectif Voisins", "Les Jardins du Pont"]
    jardins = partners[1]
    assert jardins.scores[Practice.FRAMEWORK] == (2, 4)
    assert jardins.latest(Practice.FRAMEWORK) == 4 and jardins.change(Practice.FRAMEWORK) == 2
    assert jardins.change(Practice.EVALUATION) is None
    assert jardins.latest(Practice.OBJECTIVES) is None
    assert jardins.latest_average == pytest.approx(3.5)
    assert partners[0].change(Practice.FRAMEWORK) is None


def test_next_review_comes_from_the_latest_review(services: Services, ids: Ids) -> None:
    history = services.reviews.history(ids.project)
    assert history.next_review is None  # the seed's review names no next date
    review(services, ids, dt.date(2026, 4, 1), next_review_on=dt.date(2026, 5, 1))
    upcoming = services.reviews.history(ids.project, today=dt.date(2026, 4, 22))
    assert upcoming.next_review is not None
    assert upcoming.next_review.due_on == dt.date(2026, 5, 1)
    assert upcoming.next_review.days_left == 9 and not upcoming.next_review.overdue
    late = services.reviews.history(ids.project, today=dt.date(2026, 5, 4))
    assert late.next_review is not None
    assert late.next_review.days_left == -3 and late.next_review.overdue
    # A later review without a next date: nothing is due any more.
    review(services, ids, JUN)
    assert services.reviews.history(ids.project).next_review is None


def test_history_of_a_project_without_reviews(services: Services) -> None:
    other = services.projects.create(ProjectFields(title="Jardin")).id
    history = services.reviews.history(other)
    assert history.reviews == () and history.partners == () and history.next_review is None
    assert all(series.points == () for series in history.series)


def test_grid_lists_partners_by_role_then_former_partners(services: Services,
                                                          ids: Ids) -> None:
    lead = services.organisations.create(OrganisationFields(name="Zèbre centre social")).id
    former = services.organisations.create(OrganisationFields(name="Ancien partenaire")).id
    for org, role in ((ids.organisation, PartnerRole.PARTNER), (lead, PartnerRole.LEAD),
                      (ids.other_organisation, PartnerRole.PARTNER)):
        services.partners.create(ProjectPartnerFields(project_id=ids.project,
                                                      organisation_id=org, role=role))
    kept = score(services, ids.review, ids.organisation, Practice.OBJECTIVES, 4, "Clair")
    score(services, ids.review, former, Practice.EVALUATION, 2)
    grid = services.reviews.grid(ids.review)
    assert grid.review.id == ids.review
    assert [(row.name, row.is_partner) for row in grid.rows] == [
        ("Zèbre centre social", True), ("Collectif Voisins", True),
        ("Les Jardins du Pont", True), ("Ancien partenaire", False)]
    cell = grid.rows[2].scores[Practice.OBJECTIVES]
    assert (cell.id, cell.score, cell.comment) == (kept, 4, "Clair")
    assert grid.rows[0].scores == {}
    with pytest.raises(NotFoundError):
        services.reviews.grid("0190f0f0-0000-7000-8000-000000000000")


def test_project_choices_count_live_reviews(services: Services, ids: Ids) -> None:
    garden = services.projects.create(ProjectFields(title="Atelier jardin")).id
    gone = review(services, ids, JUN)
    services.reviews.delete(gone)
    trashed_project = services.projects.create(ProjectFields(title="Oublié")).id
    services.projects.delete(trashed_project)
    choices = services.reviews.project_choices()
    assert [(c.project_id, c.title, c.review_count) for c in choices] == [
        (garden, "Atelier jardin", 0), (ids.project, "Fête de quartier", 1)]


def test_a_renamed_partner_shows_its_new_name(services: Services, ids: Ids) -> None:
    score(services, ids.review, ids.organisation, Practice.OBJECTIVES, 4)
    organisation = services.organisations.get(ids.organisation)
    services.organisations.update(ids.organisation, replace(
        OrganisationFields(name=organisation.name), name="Jardins du Pont (JDP)"))
    (partner,) = services.reviews.history(ids.project).partners
    assert partner.name == "Jardins du Pont (JDP)"
