"""One part per organisation in a project; one score per (review, partner, practice)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from coopdesk.domain.enums import PartnerRole, Practice
from coopdesk.domain.errors import ConflictError, ValidationError
from coopdesk.domain.reviews import ReviewScoreFields
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from tests.domain.field_cases import Ids, assert_clear_sentence, valid_fields
from tests.services.builders import workspace_fixtures

workspace_template, workspace, ids = workspace_fixtures()


def test_duplicate_partner_is_refused(services: Services, ids: Ids) -> None:
    services.partners.create(valid_fields("project_partner", ids))
    before = services.partners.list(include_deleted=True)
    with pytest.raises(ConflictError) as caught:
        services.partners.create(replace(valid_fields("project_partner", ids),
                                         role=PartnerRole.FUNDER))
    assert caught.value.message == "Les Jardins du Pont is already a partner of this project."
    assert_clear_sentence(caught.value.message)
    assert services.partners.list(include_deleted=True) == before


def test_editing_a_partner_into_a_duplicate_is_refused(services: Services, ids: Ids) -> None:
    services.partners.create(valid_fields("project_partner", ids))
    other = services.partners.create(replace(valid_fields("project_partner", ids),
                                             organisation_id=ids.other_organisation)).id
    before = services.partners.get(other)
    with pytest.raises(ConflictError, match="already a partner"):
        services.partners.update(other, valid_fields("project_partner", ids))
    assert services.partners.get(other) == before


def test_editing_a_partner_keeps_its_own_place(services: Services, ids: Ids) -> None:
    part = services.partners.create(valid_fields("project_partner", ids)).id
    changes = services.partners.update(part, replace(valid_fields("project_partner", ids),
                                                     role=PartnerRole.LEAD))
    assert changes == Changes.of("project_partner", part) | Changes.of("project", ids.project)
    assert services.partners.get(part).role is PartnerRole.LEAD


def test_same_organisation_in_another_project_is_fine(services: Services, ids: Ids) -> None:
    services.partners.create(valid_fields("project_partner", ids))
    other = services.projects.create(replace(valid_fields("project"), title="Jardin")).id
    services.partners.create(replace(valid_fields("project_partner", ids), project_id=other))
    assert len(services.partners.list()) == 2


def test_deleted_partner_can_be_added_again_but_not_restored_beside_it(
        services: Services, ids: Ids) -> None:
    first = services.partners.create(valid_fields("project_partner", ids)).id
    services.partners.delete(first)
    second = services.partners.create(valid_fields("project_partner", ids)).id
    with pytest.raises(ConflictError, match="already a partner"):
        services.partners.restore(first)
    assert [p.id for p in services.partners.list()] == [second]
    services.partners.delete(second)
    services.partners.restore(first)
    assert [p.id for p in services.partners.list()] == [first]


def _score(ids: Ids, **extra: Any) -> ReviewScoreFields:
    fields: ReviewScoreFields = valid_fields("review_score", ids)
    return replace(fields, **extra)


@pytest.mark.parametrize("score", [0, 6, -1, 10])
def test_score_outside_one_to_five_is_refused(services: Services, ids: Ids,
                                              score: int) -> None:
    with pytest.raises(ValidationError) as caught:
        services.review_scores.create(_score(ids, score=score))
    assert caught.value.field == "score"
    assert caught.value.message == f"A score goes from 1 to 5; {score} is outside."
    assert services.review_scores.list(include_deleted=True) == []


def test_every_score_from_one_to_five_is_kept(services: Services, ids: Ids) -> None:
    for score, practice in zip(range(1, 6), Practice, strict=True):
        services.review_scores.create(_score(ids, score=score, practice=practice))
    assert sorted(s.score for s in services.review_scores.list()) == [1, 2, 3, 4, 5]


def test_duplicate_score_is_refused(services: Services, ids: Ids) -> None:
    services.review_scores.create(_score(ids))
    before = services.review_scores.list(include_deleted=True)
    with pytest.raises(ConflictError) as caught:
        services.review_scores.create(_score(ids, score=2))
    assert caught.value.message == ("This partner already has a score for this practice in "
                                    "this review; change that score instead.")
    assert services.review_scores.list(include_deleted=True) == before


def test_other_practice_partner_or_review_is_not_a_duplicate(services: Services,
                                                             ids: Ids) -> None:
    services.review_scores.create(_score(ids))
    services.review_scores.create(_score(ids, practice=Practice.FRAMEWORK))
    services.review_scores.create(_score(ids, organisation_id=ids.other_organisation))
    later = services.reviews.create(replace(valid_fields("review", ids), title="Bilan 2")).id
    services.review_scores.create(_score(ids, review_id=later))
    assert len(services.review_scores.list()) == 4


def test_editing_a_score_into_a_duplicate_is_refused(services: Services, ids: Ids) -> None:
    services.review_scores.create(_score(ids))
    other = services.review_scores.create(_score(ids, practice=Practice.FRAMEWORK)).id
    with pytest.raises(ConflictError):
        services.review_scores.update(other, _score(ids))
    assert services.review_scores.get(other).practice is Practice.FRAMEWORK
    changes = services.review_scores.update(other, _score(ids, practice=Practice.FRAMEWORK,
                                                          score=1))
    assert changes == Changes.of("review_score", other) | Changes.of("review", ids.review)


def test_deleted_score_can_be_given_again_but_not_restored_beside_it(
        services: Services, ids: Ids) -> None:
    first = services.review_scores.create(_score(ids, score=1)).id
    services.review_scores.delete(first)
    second = services.review_scores.create(_score(ids, score=5)).id
    with pytest.raises(ConflictError, match="already has a score"):
        services.review_scores.restore(first)
    assert [s.id for s in services.review_scores.list()] == [second]
