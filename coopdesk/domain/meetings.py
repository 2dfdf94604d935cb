"""Meetings: agenda, attendance, decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain import validation as v
from coopdesk.domain.enums import (
    AttendanceStatus,
    ConvocationMeans,
    DecisionOutcome,
    MeetingKind,
    MeetingStatus,
    VoteKind,
)
from coopdesk.domain.quorum import QuorumRule, validate_rule


@dataclass(frozen=True, kw_only=True)
class MeetingFields:
    title: str
    starts_at: dt.datetime
    project_id: str | None = None
    ends_at: dt.datetime | None = None
    place: str = ""
    video_link: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    notes: str = ""
    secretary_person_id: str | None = None
    approved_in_meeting_id: str | None = None
    kind: MeetingKind = MeetingKind.OTHER
    #: The président(e) de séance, who chairs and signs.
    president_person_id: str | None = None
    #: The convocation: when, by whom and how the members were convened.
    convened_on: dt.date | None = None
    convened_by_person_id: str | None = None
    convocation_means: ConvocationMeans = ConvocationMeans.EMAIL
    #: When the président(e) closed the meeting ("la séance est levée à …").
    closed_at: dt.datetime | None = None
    #: The meeting has a quorum rule of its own (the fields below) instead of its project's.
    quorum_overridden: bool = False
    quorum: int | None = None
    quorum_numerator: int | None = None
    quorum_denominator: int | None = None
    max_proxies: int | None = None

    def validate(self) -> None:
        v.required("title", self.title)
        v.short_texts([("title", self.title), ("place", self.place),
                       ("video_link", self.video_link)])
        v.long_texts([("notes", self.notes)])
        if self.ends_at is not None and self.ends_at < self.starts_at:
            raise v.ValidationError("ends_at", "The meeting ends before it starts.")
        if self.closed_at is not None and self.closed_at < self.starts_at:
            raise v.ValidationError("closed_at", "The meeting is closed before it starts.")
        if self.convened_on is not None and self.convened_on > self.starts_at.date():
            raise v.ValidationError("convened_on", "The convocation is sent before the "
                                    "meeting.")
        validate_rule(self.quorum, self.quorum_numerator, self.quorum_denominator,
                      self.max_proxies)

    @property
    def own_quorum_rule(self) -> QuorumRule | None:
        """The meeting's own quorum rule, None when it follows its project's."""
        if not self.quorum_overridden:
            return None
        return QuorumRule(self.quorum, self.quorum_numerator, self.quorum_denominator,
                          self.max_proxies)

    @property
    def planned_minutes(self) -> int | None:
        if self.ends_at is None:
            return None
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True, kw_only=True)
class AgendaItemFields:
    meeting_id: str
    title: str
    position: str = ""
    presenter_person_id: str | None = None
    planned_minutes: int | None = None
    notes: str = ""
    outcome: str = ""

    def validate(self) -> None:
        v.required("title", self.title)
        v.short_texts([("title", self.title)])
        v.long_texts([("notes", self.notes), ("outcome", self.outcome)])
        v.in_range("planned_minutes", self.planned_minutes, 0, 24 * 60)


@dataclass(frozen=True, kw_only=True)
class AttendanceFields:
    meeting_id: str
    person_id: str | None = None
    organisation_id: str | None = None
    status: AttendanceStatus = AttendanceStatus.PRESENT
    represented_by_person_id: str | None = None
    #: Signs the minutes besides the président(e) and the secretary of the meeting.
    signs_minutes: bool = False

    def validate(self) -> None:
        if self.person_id is None and self.organisation_id is None:
            raise v.ValidationError("person_id", "Say who: a person or an organisation.")
        if self.status is AttendanceStatus.REPRESENTED and self.represented_by_person_id is None:
            raise v.ValidationError("represented_by_person_id", "Say who represents them.")
        if self.signs_minutes and self.person_id is None:
            raise v.ValidationError("signs_minutes", "Only a person signs the minutes.")


@dataclass(frozen=True, kw_only=True)
class DecisionFields:
    meeting_id: str
    text: str
    agenda_item_id: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    vote_kind: VoteKind = VoteKind.NONE
    #: Members present who did not take part in the vote (ne prennent pas part au vote).
    votes_not_taking_part: int | None = None
    outcome: DecisionOutcome = DecisionOutcome.ADOPTED
    #: Secret ballot: only the counts are recorded, never who voted what.
    secret_ballot: bool = False
    #: Who voted against or abstained, when they asked for it to be minuted (open ballot).
    named_votes: str = ""

    def validate(self) -> None:
        v.required("text", self.text)
        v.long_texts([("text", self.text), ("named_votes", self.named_votes)])
        for name in VOTE_COUNTS:
            v.in_range(name, getattr(self, name), 0, 100_000)
        if self.vote_kind is VoteKind.COUNTED and self.votes_for is None:
            raise v.ValidationError("votes_for", "Give the number of votes for (0 when "
                                    "there were none).")
        if self.secret_ballot and self.named_votes.strip():
            raise v.ValidationError("named_votes", "A secret ballot records the counts "
                                    "only, not who voted what.")

    @property
    def result(self) -> VoteResult | None:
        """The vote as the minutes print it; None when no vote is recorded."""
        counts = [getattr(self, name) for name in VOTE_COUNTS]
        kind = self.vote_kind
        if kind is not VoteKind.UNANIMOUS and kind is not VoteKind.COUNTED:
            if all(count is None for count in counts):
                return None
            kind = VoteKind.COUNTED  # counts typed before votes had a kind
            adopted = (self.votes_for or 0) > (self.votes_against or 0)
        else:
            adopted = self.outcome != DecisionOutcome.REJECTED
        votes_for, against, abstain, not_taking_part = (count or 0 for count in counts)
        return VoteResult(unanimous=kind is VoteKind.UNANIMOUS, adopted=adopted,
                          votes_for=votes_for, against=against, abstain=abstain,
                          not_taking_part=not_taking_part, secret=self.secret_ballot)


VOTE_COUNTS = ("votes_for", "votes_against", "votes_abstain", "votes_not_taking_part")


@dataclass(frozen=True)
class VoteResult:
    """What the printed formula says: "adoptée à l'unanimité…", "adoptée par 5 voix pour,
    1 contre, 1 abstention", "rejetée…"."""

    unanimous: bool
    adopted: bool
    votes_for: int = 0
    against: int = 0
    abstain: int = 0
    not_taking_part: int = 0
    secret: bool = False


