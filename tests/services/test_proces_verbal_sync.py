"""Two laptops edit different new fields of the same meeting, decision, attendance line and
partners offline: sync merges them field by field, and both print the same procès-verbal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import (
    ConvocationMeans,
    DecisionOutcome,
    MeetingKind,
    PartnerRole,
    VoteKind,
    VotingRight,
)
from coopdesk.domain.meetings import AttendanceFields, DecisionFields, MeetingFields
from coopdesk.domain.projects import ProjectPartnerFields
from tests.services.proces_verbal_world import START, build
from tests.services.sync_pair import Pair, pair_fixture


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from pair_fixture(tmp_path)


def fields_of(read: object, cls: type) -> object:
    return cls(**{name: getattr(read, name) for name in cls.__dataclass_fields__})


def test_new_fields_edited_on_two_laptops_merge(pair: Pair) -> None:
    alice, bob = pair.alice.services, pair.bob.services
    world = build(alice)
    garden = alice.organisations.create(OrganisationFields(name="Jardin partagé")).id
    pair.sync()
    meeting = world.meeting
    # Alice: the kind, the président and the closing time; Bob, offline: the convocation and
    # the meeting's own quorum. Each form saves with the version it showed (edit_base).
    for services, changes in (
            (alice, {"kind": MeetingKind.EXTRAORDINARY_GENERAL_ASSEMBLY,
                     "president_person_id": world.people["marc"],
                     "closed_at": START.replace(hour=21, minute=10)}),
            (bob, {"convened_on": dt.date(2026, 2, 28),
                   "convocation_means": ConvocationMeans.EMAIL_AND_LETTER,
                   "quorum_numerator": 2, "quorum_denominator": 3, "max_proxies": 2})):
        shown = services.meetings.get(meeting)
        services.meetings.update(meeting, replace(fields_of(shown, MeetingFields), **changes),
                                 base=shown.audit.edit_base)
    # the decision's kind of vote on one side, its outcome and named votes on the other
    decision = world.decisions[1]
    for services, changes in ((alice, {"secret_ballot": True, "named_votes": ""}),
                              (bob, {"votes_not_taking_part": 2})):
        shown = services.decisions.get(decision)
        services.decisions.update(decision, replace(fields_of(shown, DecisionFields), **changes),
                                  base=shown.audit.edit_base)
    [marc] = [a for a in bob.attendance.list(meeting_id=meeting)
              if a.person_id == world.people["marc"]]
    bob.attendance.update(marc.id, replace(fields_of(marc, AttendanceFields),
                                           signs_minutes=False))
    [caf] = [p for p in alice.partners.list() if p.organisation_id == world.orgs["caf"]]
    alice.partners.update(caf.id, replace(fields_of(caf, ProjectPartnerFields),
                                          voting=VotingRight.VOTES))
    # both add the garden to the project, unaware of each other: one as a partner (it
    # votes), the other as a guest (it does not); it counts once, as a voter
    for services, role in ((alice, PartnerRole.PARTNER), (bob, PartnerRole.GUEST)):
        services.partners.create(ProjectPartnerFields(
            project_id=world.project, organisation_id=garden, role=role))
    pair.sync()

    for services in (alice, bob):
        seen = services.meetings.get(meeting)
        assert seen.kind is MeetingKind.EXTRAORDINARY_GENERAL_ASSEMBLY
        assert seen.president_person_id == world.people["marc"]
        assert seen.closed_at == START.replace(hour=21, minute=10)
        assert seen.convened_on == dt.date(2026, 2, 28)
        assert seen.convocation_means is ConvocationMeans.EMAIL_AND_LETTER
        assert (seen.quorum_numerator, seen.quorum_denominator, seen.max_proxies) == (2, 3, 2)
        voted = services.decisions.get(decision)
        assert voted.vote_kind is VoteKind.COUNTED and voted.outcome is DecisionOutcome.ADOPTED
        assert (voted.secret_ballot, voted.votes_not_taking_part) == (True, 2)
        detail = services.meeting_details.detail(meeting)
        # the CAF and the garden vote now; both of Anne's proxies count (two allowed)
        assert len([p for p in services.partners.list() if p.organisation_id == garden]) == 2
        assert (detail.partner_count, detail.partners_attending, detail.quorum) == (6, 5, 4)
        assert [s.name for s in detail.signatories] == ["Marc Petit", "Nadia Ouhibi"]
    html = {services.minutes.document(meeting).html for services in (alice, bob)}
    assert len(html) == 1
    assert "Minutes of the extraordinary general assembly" in html.pop()
