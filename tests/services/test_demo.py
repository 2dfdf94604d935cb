"""The demo cooperation: complete, dated around today, consistent and deterministic."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from coopdesk.domain.actions import is_overdue
from coopdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    ExchangeKind,
    LegalBasis,
    MeetingKind,
    MeetingStatus,
    PartnerRole,
    Practice,
    Priority,
    ProjectMode,
    ResourceKind,
)
from coopdesk.domain.pooling import overlaps
from coopdesk.domain.profile import Profile
from coopdesk.services.demo import create_demo, create_demo_workspace
from coopdesk.services.workspace_services import Services
from coopdesk.store.base import Record
from coopdesk.store.models import ALL_MODELS
from coopdesk.store.titles import title_of
from coopdesk.store.workspace import Workspace

TODAY = dt.date(2026, 3, 10)
OWNER = Profile(name="Sam Owner", organisation="Laptop du test")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One demo for the read-only checks (building it takes about a second)."""
    workspace = create_demo_workspace(tmp_path_factory.mktemp("demo") / "ws", OWNER, TODAY)
    yield Services(workspace)
    workspace.close()


def test_every_kind_of_record_exists(demo: Services) -> None:
    with demo.db.reading() as session:
        counts = {model.__kind__: session.scalar(select(func.count()).select_from(model))
                  for model in ALL_MODELS}
    assert all(counts.values()), [kind for kind, n in counts.items() if not n]
    assert counts["organisation"] >= 7 and counts["person"] >= 14
    assert counts["action"] >= 12 and counts["meeting"] == 4


def test_workspace_is_named_and_reopens(demo: Services) -> None:
    assert demo.workspace.name == "Coopération Quartier des Tilleuls"
    again = Workspace.open(demo.workspace.folder, OWNER)
    try:
        assert len(Services(again).projects.list()) == 2
    finally:
        again.close()


def test_profile_is_restored_and_several_volunteers_wrote(demo: Services) -> None:
    assert demo.db.profile == OWNER
    authors = {a.audit.created_by for a in demo.actions.list()}
    assert {"Marie Lefebvre", "Karim Benali", "Nadia Ouhibi"} <= authors
    assert OWNER.name not in authors
    orgs = {o.audit.created_by_org for o in demo.organisations.list()}
    assert "Union sportive des Tilleuls" in orgs
    changed_by_another = [a for a in demo.actions.list()
                          if a.audit.updated_by != a.audit.created_by]
    assert changed_by_another
    assert any(i.audit.updated_by == "Nadia Ouhibi" != i.audit.created_by
               for i in demo.indicators.list())


def test_people_carry_roles_contacts_and_rgpd_basis(demo: Services) -> None:
    people = demo.people.list()
    assert all(p.role and p.organisation_id and (p.email or p.phone) for p in people)
    assert all(p.legal_basis is not LegalBasis.UNKNOWN for p in people)
    consenting = [p for p in people if p.legal_basis is LegalBasis.CONSENT]
    assert consenting and all(p.consent_on and p.consent_on < TODAY for p in consenting)
    by_org = Counter(p.organisation_id for p in people)
    assert len(by_org) == len(demo.organisations.list()) and min(by_org.values()) >= 2


def test_consortium_has_its_fields(demo: Services) -> None:
    projects = {p.mode: p for p in demo.projects.list()}
    consortium = projects[ProjectMode.CONSORTIUM]
    assert consortium.lead_organisation_id and consortium.funder_agreement_ref
    assert consortium.budget_cents and consortium.quorum
    assert consortium.qpv_name and consortium.qpv_code and consortium.contrat_de_ville
    assert consortium.resident_participation
    detail = demo.projects.detail(consortium.id)
    roles = {line.partner.role for line in detail.partners}
    assert {PartnerRole.LEAD, PartnerRole.PARTNER, PartnerRole.FUNDER} <= roles
    lead = [line for line in detail.partners if line.partner.role is PartnerRole.LEAD]
    assert [line.partner.organisation_id for line in lead] == [consortium.lead_organisation_id]
    shares = [line.partner.budget_share_cents or 0 for line in detail.partners]
    assert sum(shares) == consortium.budget_cents
    assert all(line.partner.task_share for line in detail.partners
               if line.partner.budget_share_cents)
    assert all(line.partner.contribution and line.partner.commitments
               for line in detail.partners)
    assert any(d.due_on < TODAY and not d.done for d in detail.deadlines)
    assert any(d.due_on > TODAY for d in detail.deadlines)

    cooperation = projects[ProjectMode.COOPERATION]
    assert cooperation.lead_organisation_id is None and cooperation.quorum
    assert cooperation.qpv_code == consortium.qpv_code


def test_objectives_indicators_and_charter(demo: Services) -> None:
    for project in demo.projects.list():
        detail = demo.projects.detail(project.id)
        assert detail.objectives
        for line in detail.objectives:
            assert line.indicators
            for indicator in line.indicators:
                assert None not in (indicator.baseline, indicator.target_value,
                                    indicator.current_value)
    consortium = next(p for p in demo.projects.list() if p.mode is ProjectMode.CONSORTIUM)
    (charter,) = demo.projects.detail(consortium.id).charters
    assert [v.number for v in charter.versions] == [1, 2]
    assert all(charter.acceptances[v.id] for v in charter.versions)
    assert charter.versions[0].text in charter.versions[1].text


def test_actions_in_every_state_some_overdue_some_from_decisions(demo: Services) -> None:
    actions = demo.actions.list()
    assert {a.status for a in actions} == set(ActionStatus)
    assert {a.priority for a in actions} == set(Priority)
    overdue = [a for a in actions if is_overdue(a.status, a.due_on, TODAY)]
    assert len(overdue) >= 3
    assert any(a.status.is_open and a.due_on and a.due_on >= TODAY for a in actions)
    decisions = {d.id for d in demo.decisions.list()}
    from_meetings = [a for a in actions if a.origin_decision_id]
    assert len(from_meetings) >= 3 and {a.origin_decision_id for a in from_meetings} <= decisions
    assert sum(1 for a in actions if a.objective_id) >= 5
    assert all(a.done_on for a in actions if a.status is ActionStatus.DONE)
    assert all(a.owner_person_id and a.owner_organisation_id for a in actions)


def test_contact_log_has_follow_ups_and_one_private_entry(demo: Services) -> None:
    entries = demo.exchanges.list()
    assert {ExchangeKind.CALL, ExchangeKind.EMAIL, ExchangeKind.VISIT} <= {e.kind for e in entries}
    open_follow_ups = [e for e in entries if e.follow_up_on and not e.follow_up_done]
    assert any(e.follow_up_on and e.follow_up_on < TODAY for e in open_follow_ups)
    assert any(e.follow_up_on and e.follow_up_on >= TODAY for e in open_follow_ups)
    assert [e.is_private for e in entries].count(True) == 1
    assert all(e.author_name and e.author_organisation for e in entries)
    assert all(e.occurred_on <= TODAY for e in entries)


def test_each_meeting_has_agenda_attendance_and_decisions(demo: Services) -> None:
    meetings = demo.meetings.list()
    assert all(any(word in m.title for word in ("Réunion", "Comité de pilotage",
                                                "Assemblée générale"))
               for m in meetings)
    held = [m for m in meetings if m.starts_at.date() < TODAY]
    planned = [m for m in meetings if m.starts_at.date() > TODAY]
    assert len(held) == 3 and len(planned) == 1
    assert all(m.status is MeetingStatus.HELD for m in held)
    assert planned[0].status is MeetingStatus.PLANNED
    statuses: set[AttendanceStatus] = set()
    for meeting in meetings:
        agenda = demo.agenda.list(meeting_id=meeting.id)
        attendance = demo.attendance.list(meeting_id=meeting.id)
        decisions = demo.decisions.list(meeting_id=meeting.id)
        assert len(agenda) >= 4 and attendance
        assert all(item.presenter_person_id and item.planned_minutes for item in agenda)
        assert len({item.position for item in agenda}) == len(agenda)
        statuses |= {a.status for a in attendance}
        assert all(a.represented_by_person_id for a in attendance
                   if a.status is AttendanceStatus.REPRESENTED)
        if meeting in held:
            assert len(decisions) >= 3
            assert all(item.notes for item in agenda)
            assert all(d.result is not None and d.agenda_item_id in {i.id for i in agenda}
                       for d in decisions)
        else:  # nothing is decided before the meeting is held
            assert decisions == []
    assert statuses == set(AttendanceStatus)


def test_resources_and_bookings_do_not_overlap(demo: Services) -> None:
    resources = demo.resources.list()
    assert {ResourceKind.ROOM, ResourceKind.VEHICLE, ResourceKind.EQUIPMENT, ResourceKind.SKILL,
            ResourceKind.FUNDING} <= {r.kind for r in resources}
    bookings = demo.bookings.list()
    for resource in resources:
        own = [b for b in bookings if b.resource_id == resource.id]
        assert own, resource.name
        for a, b in itertools.combinations(own, 2):
            assert not overlaps(a.starts_at, a.ends_at, b.starts_at, b.ends_at)
    past = [b for b in bookings if b.ends_at.date() < TODAY]
    assert past and all(b.return_condition and b.value_cents for b in past)
    assert any(b.starts_at.date() > TODAY for b in bookings)


def test_review_scores_every_practice_of_every_scored_partner(demo: Services) -> None:
    reviews = demo.reviews.list()  # oldest first: the launch review, then the latest
    assert len(reviews) == 2 and reviews[0].held_on < reviews[1].held_on
    review = reviews[-1]
    assert review.comments and review.next_review_on and review.next_review_on > TODAY
    scores = demo.review_scores.list(review_id=review.id)
    by_org: dict[str, set[Practice]] = {}
    for score in scores:
        by_org.setdefault(score.organisation_id, set()).add(score.practice)
    assert len(by_org) >= 4 and all(p == set(Practice) for p in by_org.values())
    assert any(score.comment for score in scores)


def _content(services: Services) -> list[tuple[str, tuple[Any, ...]]]:
    """Every row without ids and times (of creation, change and deletion: the moment the
    demo was made), references replaced by the referenced record's title."""
    rows: list[tuple[str, tuple[Any, ...]]] = []
    skipped = {"id", "created_at", "updated_at", "deleted_at"}
    with services.db.reading() as session:
        for model in ALL_MODELS:
            for record in session.scalars(select(model)):
                values: list[Any] = []
                for column in model.__table__.columns:
                    if column.key in skipped:
                        continue
                    value = getattr(record, column.key)
                    if column.foreign_keys and value is not None:
                        target = next(iter(column.foreign_keys)).column.table.name
                        referenced = session.get(_model(target), value)
                        value = (target, title_of(referenced) if referenced else "?")
                    values.append((column.key, value))
                rows.append((model.__kind__, tuple(values)))
    return sorted(rows, key=repr)


def _model(table: str) -> type[Record]:
    return next(m for m in ALL_MODELS if m.__tablename__ == table)


def test_demo_is_deterministic_given_today(tmp_path: Path) -> None:
    contents = []
    for name in ("a", "b"):
        workspace = Workspace.create(tmp_path / name, "Demo", OWNER)
        try:
            create_demo(Services(workspace), TODAY)
            contents.append(_content(Services(workspace)))
        finally:
            workspace.close()
    assert contents[0] == contents[1]

    later = create_demo_workspace(tmp_path / "later", OWNER, TODAY + dt.timedelta(days=7))
    try:
        shifted = Services(later)
        assert _content(shifted) != contents[0]
        assert sorted(a.due_on for a in shifted.actions.list() if a.due_on) == sorted(
            a_due + dt.timedelta(days=7) for a_due in (
                row_value for kind, row in contents[0] if kind == "action"
                for key, row_value in row if key == "due_on"))
    finally:
        later.close()


def test_the_general_assembly_shows_every_element_of_a_proces_verbal(demo: Services) -> None:
    meeting_id = demo.minutes.find_meeting("Assemblée générale ordinaire")
    detail = demo.meeting_details.detail(meeting_id)
    meeting = detail.meeting
    assert meeting.kind is MeetingKind.ORDINARY_GENERAL_ASSEMBLY and meeting.kind.is_statutory
    assert meeting.status is MeetingStatus.HELD
    assert meeting.convened_on is not None and meeting.convened_on < meeting.starts_at.date()
    assert detail.convener is not None and detail.convener.name == "Jean-Pierre Garnier"
    assert meeting.closed_at is not None and meeting.closed_at > meeting.starts_at
    assert (detail.president_name, detail.secretary_name) == ("Jean-Pierre Garnier",
                                                              "Thomas Rousseau")
    assert [s.name for s in detail.signatories] == ["Jean-Pierre Garnier", "Thomas Rousseau",
                                                    "Nadia Ouhibi"]
    # The meeting's own rule: half of the voting partners, one proxy a person.
    assert meeting.quorum_overridden and detail.quorum_rule.max_proxies == 1
    count = detail.quorum_count
    assert (count.voting, count.present, count.represented, count.required) == (4, 2, 1, 2)
    assert count.reached is True
    assert [(r.organisation_name, r.holder_name) for r in detail.refused_proxies] == [
        ("Union sportive des Tilleuls", "Jean-Pierre Garnier")]
    funders = [g for g in detail.non_voting_attending if g.role is PartnerRole.FUNDER]
    assert [g.organisation_name for g in funders] == ["Caisse d'allocations familiales du Rhône"]
    results = [line.decision.result for line in detail.decisions]
    assert all(results)
    assert any(r.unanimous for r in results if r)
    assert any(not r.adopted for r in results if r)
    assert any(r.secret for r in results if r)
    assert any(r.not_taking_part for r in results if r)
    assert any(r.abstain for r in results if r)
