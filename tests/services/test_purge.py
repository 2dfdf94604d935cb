"""Deleting for good: only from the trash, with the record's parts, never leaving a record
pointing at one that no longer exists, and out of the search index."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select, text

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import Practice
from coopdesk.domain.errors import ConflictError, NotFoundError
from coopdesk.domain.meetings import AgendaItemFields, DecisionFields
from coopdesk.domain.reviews import ReviewScoreFields
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from tests.domain.field_cases import Ids, valid_fields
from tests.services.builders import create, workspace_fixtures

workspace_template, workspace, ids = workspace_fixtures()


def indexed(services: Services, record_id: str) -> int:
    with services.db.reading() as session:
        found = session.scalar(text("SELECT count(*) FROM search_doc WHERE record_id = :id"),
                               {"id": record_id})
        return int(found or 0)


def exists(services: Services, model: type[m.Record], record_id: str) -> bool:
    with services.db.reading() as session:
        return session.get(model, record_id) is not None


def test_a_hard_delete_through_the_session_leaves_the_search_index(services: Services,
                                                                   ids: Ids) -> None:
    assert indexed(services, ids.organisation) == 1
    assert services.search.search("Jardins")
    with services.db.unit_of_work() as session:
        session.delete(session.get(m.Organisation, ids.organisation))
    assert indexed(services, ids.organisation) == 0
    assert services.search.search("Jardins") == []
    with services.db.reading() as session:  # the FTS index agrees with its documents
        assert session.scalar(text(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'jardins'")) == 0


def test_only_a_record_in_the_trash_can_be_purged(services: Services, ids: Ids) -> None:
    action = create(services, "action", ids)
    with pytest.raises(ConflictError, match="Only a record in the trash"):
        services.purge("action", action)
    assert exists(services, m.Action, action)
    with pytest.raises(NotFoundError):
        services.purge("action", "0190f0f0-0000-7000-8000-000000000000")
    with pytest.raises(KeyError):
        services.purge("no_such_kind", action)


def test_purge_removes_the_record_from_the_trash_for_good(services: Services,
                                                          ids: Ids) -> None:
    action = create(services, "action", ids)
    services.actions.delete(action)
    assert [item.id for item in services.trash()] == [action]
    changes = services.purge("action", action)
    assert changes.kinds == {"action"} and changes.ids == {action}
    assert services.trash() == []
    assert not exists(services, m.Action, action)
    with pytest.raises(NotFoundError):
        services.restore("action", action)


def test_a_meeting_goes_with_its_agenda_attendance_and_decisions(services: Services,
                                                                 ids: Ids) -> None:
    item = services.agenda.create(AgendaItemFields(meeting_id=ids.meeting, title="Budget",
                                                   notes="Mot rare : zygomatique")).id
    presence = create(services, "attendance", ids)
    decision = services.decisions.create(DecisionFields(meeting_id=ids.meeting,
                                                        agenda_item_id=item, text="Oui")).id
    assert indexed(services, ids.meeting) == 1
    services.meetings.delete(ids.meeting)
    assert indexed(services, ids.meeting) == 0  # trashed records are not searched
    plan = services.purging.plan("meeting", ids.meeting)
    assert (plan.title, plan.part_count, plan.blocked) == ("Comité de pilotage", 3, False)
    changes = services.purge("meeting", ids.meeting)
    assert changes.kinds == {"meeting", "agenda_item", "attendance", "decision"}
    assert changes.ids == {ids.meeting, item, presence, decision}
    for model, record_id in ((m.Meeting, ids.meeting), (m.AgendaItem, item),
                             (m.Attendance, presence), (m.Decision, decision)):
        assert not exists(services, model, record_id)
    assert services.search.search("zygomatique") == []


def test_a_record_still_referred_to_is_kept(services: Services, ids: Ids) -> None:
    services.organisations.delete(ids.organisation)
    plan = services.purging.plan("organisation", ids.organisation)
    # The person of the seed, and the resource it lends, refer to it.
    assert plan.blocked and plan.blocker_count == 2
    with pytest.raises(ConflictError) as refused:
        services.purge("organisation", ids.organisation)
    assert "2 other records still refer to it" in refused.value.message
    assert "“Les Jardins du Pont” cannot be deleted for good" in refused.value.message
    assert exists(services, m.Organisation, ids.organisation)

    services.resources.delete(ids.resource)
    services.purge("resource", ids.resource)
    with pytest.raises(ConflictError) as refused:
        services.purge("organisation", ids.organisation)
    assert refused.value.message == (
        "“Les Jardins du Pont” cannot be deleted for good: “Ali Benali” still refers to it. "
        "Delete that record for good first, or keep this one in the trash.")
    # A referrer in the trash blocks too, until it is deleted for good itself.
    services.people.delete(ids.person)
    with pytest.raises(ConflictError):
        services.purge("organisation", ids.organisation)
    services.purge("person", ids.person)
    services.purge("organisation", ids.organisation)
    assert not exists(services, m.Organisation, ids.organisation)


def test_a_part_referred_to_from_outside_blocks_its_whole(services: Services,
                                                          ids: Ids) -> None:
    decision = create(services, "decision", ids)
    services.actions.create(replace(valid_fields("action", ids), title="Louer la sono",
                                    origin_decision_id=decision))
    services.meetings.delete(ids.meeting)
    with pytest.raises(ConflictError, match="“Louer la sono” still refers to it"):
        services.purge("meeting", ids.meeting)
    assert exists(services, m.Decision, decision)


def test_a_project_goes_with_its_parts_but_not_with_its_actions(services: Services,
                                                                ids: Ids) -> None:
    services.review_scores.create(ReviewScoreFields(
        review_id=ids.review, organisation_id=ids.organisation, practice=Practice.OBJECTIVES,
        score=4))
    for kind in ("project_partner", "reporting_deadline", "indicator", "charter_acceptance"):
        create(services, kind, ids)
    action = services.actions.create(ActionFields(title="Affiches", project_id=ids.project)).id
    services.projects.delete(ids.project)
    with pytest.raises(ConflictError, match="Affiches"):
        services.purge("project", ids.project)
    services.actions.delete(action)
    services.purge("action", action)
    plan = services.purging.plan("project", ids.project)
    # objective, indicator, charter, version, acceptance, partner, deadline, review, score
    assert plan.part_count == 9 and not plan.blocked
    services.purge("project", ids.project)
    with services.db.reading() as session:
        for model in (m.Project, m.ProjectPartner, m.ReportingDeadline, m.Objective,
                      m.Indicator, m.Charter, m.CharterVersion, m.CharterAcceptance,
                      m.Review, m.ReviewScore):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model
        assert session.scalar(select(func.count()).select_from(m.Organisation)) == 2
