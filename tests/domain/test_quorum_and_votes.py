"""The quorum of a meeting (who votes, number or fraction, proxies capped) and the vote of a
decision as the procès-verbal prints it."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.enums import DecisionOutcome, PartnerRole, VoteKind, VotingRight
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.meetings import DecisionFields, MeetingFields, VoteResult
from coopdesk.domain.projects import ProjectFields
from coopdesk.domain.quorum import (
    Proxy,
    ProxyRefusal,
    QuorumRule,
    count_quorum,
    partner_votes,
)

START = dt.datetime(2026, 3, 14, 18, 30)


@pytest.mark.parametrize(("role", "voting", "votes"), [
    (PartnerRole.LEAD, VotingRight.BY_ROLE, True),
    (PartnerRole.PARTNER, VotingRight.BY_ROLE, True),
    (PartnerRole.FUNDER, VotingRight.BY_ROLE, False),
    (PartnerRole.SUPPORT, VotingRight.BY_ROLE, False),
    (PartnerRole.OBSERVER, VotingRight.BY_ROLE, False),
    (PartnerRole.GUEST, VotingRight.BY_ROLE, False),
    (PartnerRole.FUNDER, VotingRight.VOTES, True),
    (PartnerRole.PARTNER, VotingRight.NO_VOTE, False),
    (PartnerRole.PARTNER, "written_by_a_newer_version", True),
])
def test_who_votes(role: PartnerRole, voting: VotingRight, votes: bool) -> None:
    assert partner_votes(role, voting) is votes


@pytest.mark.parametrize(("rule", "voting", "required"), [
    (QuorumRule(), 6, None),
    (QuorumRule(number=4), 6, 4),
    (QuorumRule(numerator=1, denominator=2), 5, 3),
    (QuorumRule(numerator=1, denominator=2), 6, 3),
    (QuorumRule(numerator=2, denominator=3), 7, 5),
    (QuorumRule(numerator=1, denominator=3), 300, 100),
    (QuorumRule(numerator=1, denominator=4), 0, 1),
    # both set (two laptops' edits merged): the fraction wins
    (QuorumRule(number=9, numerator=1, denominator=2), 4, 2),
])
def test_required(rule: QuorumRule, voting: int, required: int | None) -> None:
    assert rule.required(voting) == required


def test_funders_and_non_voters_are_not_counted() -> None:
    count = count_quorum(QuorumRule(number=3), ["a", "b", "c", "d"], ["a", "b", "caf"], [],
                         [])
    assert (count.voting, count.present, count.represented) == (4, 2, 0)
    assert count.reached is False


def test_proxies_count_when_the_holder_is_present_and_within_the_limit() -> None:
    proxies = [Proxy("c", "Club", "p1"), Proxy("d", "Danse", "p1"), Proxy("e", "Épicerie", "p1"),
               Proxy("f", "Foot", "p2")]
    count = count_quorum(QuorumRule(numerator=1, denominator=2, max_proxies=2),
                         ["a", "b", "c", "d", "e", "f"], ["a"], proxies, ["p1"])
    assert (count.present, count.represented, count.attending) == (1, 2, 3)
    assert count.required == 3 and count.reached is True
    refused = {(r.proxy.organisation_id, r.reason) for r in count.refused}
    # the third proxy of p1 (by name order) is over the limit; p2 is not there
    assert refused == {("e", ProxyRefusal.OVER_LIMIT), ("f", ProxyRefusal.HOLDER_NOT_PRESENT)}


def test_no_limit_counts_every_proxy_and_a_present_organisation_needs_none() -> None:
    proxies = [Proxy("a", "A", "p1"), Proxy("b", "B", "p1"), Proxy("c", "C", "p1")]
    count = count_quorum(QuorumRule(number=3), ["a", "b", "c"], ["a"], proxies, ["p1"])
    assert (count.present, count.represented, count.refused) == (1, 2, ())
    assert count.reached is True


def test_a_meeting_overrides_its_project_rule() -> None:
    project = ProjectFields(title="P", quorum=4, max_proxies=1)
    plain = MeetingFields(title="AG", starts_at=START)
    own = MeetingFields(title="AGE", starts_at=START, quorum_overridden=True,
                        quorum_numerator=2, quorum_denominator=3)
    assert plain.own_quorum_rule is None
    assert project.quorum_rule == QuorumRule(number=4, max_proxies=1)
    assert own.own_quorum_rule == QuorumRule(numerator=2, denominator=3)


@pytest.mark.parametrize(("values", "field"), [
    ({"quorum_numerator": 1}, "quorum_numerator"),
    ({"quorum_numerator": 3, "quorum_denominator": 2}, "quorum_numerator"),
    ({"quorum_numerator": 0, "quorum_denominator": 2}, "quorum_numerator"),
    ({"max_proxies": -1}, "max_proxies"),
    ({"quorum": -1}, "quorum"),
])
def test_bad_rules_are_refused(values: dict[str, int], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ProjectFields(title="P", **values).validate()
    assert caught.value.field == field
    with pytest.raises(ValidationError):
        MeetingFields(title="AG", starts_at=START, quorum_overridden=True, **values).validate()


def test_meeting_times_are_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        MeetingFields(title="AG", starts_at=START, closed_at=START - dt.timedelta(minutes=1)
                      ).validate()
    assert caught.value.field == "closed_at"
    with pytest.raises(ValidationError) as caught:
        MeetingFields(title="AG", starts_at=START, convened_on=dt.date(2026, 3, 15)).validate()
    assert caught.value.field == "convened_on"


def decision(**values: object) -> DecisionFields:
    return DecisionFields(meeting_id="m", text="Le budget est adopté.", **values)  # type: ignore[arg-type]


def test_vote_results() -> None:
    assert decision().result is None
    assert decision(vote_kind=VoteKind.UNANIMOUS).result == VoteResult(unanimous=True,
                                                                        adopted=True)
    counted = decision(vote_kind=VoteKind.COUNTED, votes_for=5, votes_against=1,
                       votes_abstain=1, votes_not_taking_part=1)
    assert counted.result == VoteResult(False, True, 5, 1, 1, 1)
    rejected = decision(vote_kind=VoteKind.COUNTED, votes_for=2, votes_against=4,
                        outcome=DecisionOutcome.REJECTED, secret_ballot=True)
    assert rejected.result == VoteResult(False, False, 2, 4, secret=True)
    # counts typed before votes had a kind: read as a counted vote, simple majority
    assert decision(votes_for=1, votes_against=3).result == VoteResult(False, False, 1, 3)
    assert decision(votes_for=7).result == VoteResult(False, True, 7)


def test_vote_fields_are_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        decision(vote_kind=VoteKind.COUNTED).validate()
    assert caught.value.field == "votes_for"
    with pytest.raises(ValidationError) as caught:
        decision(vote_kind=VoteKind.COUNTED, votes_for=3, secret_ballot=True,
                 named_votes="Contre : Club").validate()
    assert caught.value.field == "named_votes"
    decision(vote_kind=VoteKind.COUNTED, votes_for=3, named_votes="Contre : Club").validate()
