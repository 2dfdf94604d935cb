"""The quorum of a meeting: which partner organisations vote, how many of them must be
present or represented (a number or a fraction), and the proxies (pouvoirs) that count.

The unit is the organisation (a structure): one is present when someone of it is present,
represented when it gave a proxy to a person who is present. A proxy holder counts at most
`max_proxies` proxies; the others are refused, in the order of the organisations' names, so
every laptop counts the same.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain import validation as v
from coopdesk.domain.enums import VOTING_ROLES, PartnerRole, VotingRight


def partner_votes(role: PartnerRole | str, voting: VotingRight | str) -> bool:
    """Whether a partner of *role* votes, its own *voting* right said or not (an unknown
    value falls back on the role)."""
    if voting == VotingRight.VOTES:
        return True
    if voting == VotingRight.NO_VOTE:
        return False
    return role in VOTING_ROLES


def validate_rule(number: int | None, numerator: int | None, denominator: int | None,
                  max_proxies: int | None, prefix: str = "quorum") -> None:
    """The checks of a quorum rule's fields, named *prefix*, *prefix*_numerator..."""
    v.in_range(prefix, number, 0, 10_000)
    v.in_range("max_proxies", max_proxies, 0, 1_000)
    if (numerator is None) != (denominator is None):
        raise v.ValidationError(f"{prefix}_numerator", "Give the fraction whole, for example "
                                "1/2 or 2/3.")
    if (numerator is not None and denominator is not None
            and not 0 < numerator <= denominator <= 1_000):
        raise v.ValidationError(f"{prefix}_numerator", "A quorum fraction is between 1/1000 "
                                "and 1/1, for example 1/2 or 2/3.")


@dataclass(frozen=True)
class QuorumRule:
    """How many voting organisations a meeting needs: a fraction of them (it wins when
    both are set, which only a merge of two laptops' edits can do) or a number."""

    number: int | None = None
    numerator: int | None = None
    denominator: int | None = None
    #: Proxies one person may hold (None: no limit).
    max_proxies: int | None = None

    @property
    def is_fraction(self) -> bool:
        return bool(self.numerator and self.denominator)

    @property
    def is_set(self) -> bool:
        return self.is_fraction or bool(self.number)

    def required(self, voting: int) -> int | None:
        """Organisations needed among *voting*; None when the rule sets no quorum."""
        if self.is_fraction:
            assert self.numerator is not None and self.denominator is not None
            return max(1, math.ceil(voting * self.numerator / self.denominator))
        if self.number:
            return self.number
        return None


class ProxyRefusal(StrEnum):
    """Why a proxy does not count."""

    OVER_LIMIT = "over_limit"
    HOLDER_NOT_PRESENT = "holder_not_present"


@dataclass(frozen=True)
class Proxy:
    """An organisation represented at the meeting by *holder_id* (a person)."""

    organisation_id: str
    organisation_name: str
    holder_id: str


@dataclass(frozen=True)
class RefusedProxy:
    proxy: Proxy
    reason: ProxyRefusal


@dataclass(frozen=True)
class QuorumCount:
    """The quorum of a meeting as counted from its attendance."""

    rule: QuorumRule
    #: Organisations that vote.
    voting: int
    present: int
    represented: int
    refused: tuple[RefusedProxy, ...] = ()

    @property
    def attending(self) -> int:
        """Voting organisations present or represented."""
        return self.present + self.represented

    @property
    def required(self) -> int | None:
        return self.rule.required(self.voting)

    @property
    def reached(self) -> bool | None:
        """None when no quorum is set."""
        required = self.required
        return None if required is None else self.attending >= required


def count_quorum(rule: QuorumRule, voting_ids: Iterable[str], present_ids: Iterable[str],
                 proxies: Sequence[Proxy], people_present: Iterable[str]) -> QuorumCount:
    """Count the voting organisations *voting_ids* present (*present_ids*: organisations
    with someone present) or represented by a proxy whose holder is among
    *people_present*, each holder's proxies capped at `rule.max_proxies`."""
    voting = set(voting_ids)
    present = voting & set(present_ids)
    holders_present = set(people_present)
    refused: list[RefusedProxy] = []
    held: dict[str, int] = {}
    represented: set[str] = set()
    for proxy in sorted(proxies, key=lambda p: (p.organisation_name.casefold(),
                                                p.organisation_id, p.holder_id)):
        if (proxy.organisation_id not in voting or proxy.organisation_id in represented
                or proxy.organisation_id in present):
            continue  # someone of it is there: its other people's proxies are not needed
        if proxy.holder_id not in holders_present:
            refused.append(RefusedProxy(proxy, ProxyRefusal.HOLDER_NOT_PRESENT))
        elif rule.max_proxies is not None and held.get(proxy.holder_id, 0) >= rule.max_proxies:
            refused.append(RefusedProxy(proxy, ProxyRefusal.OVER_LIMIT))
        else:
            held[proxy.holder_id] = held.get(proxy.holder_id, 0) + 1
            represented.add(proxy.organisation_id)
    # A proxy refused for an organisation another proxy represents is no refusal.
    kept = tuple(r for r in refused if r.proxy.organisation_id not in represented)
    return QuorumCount(rule=rule, voting=len(voting), present=len(present),
                       represented=len(represented), refused=kept)
