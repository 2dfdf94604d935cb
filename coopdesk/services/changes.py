"""What a use case changed: the UI refreshes from this through one "changed" signal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, kind: str, *ids: str) -> Changes:
        return cls(frozenset({kind}), frozenset(ids))

    @classmethod
    def union(cls, many: Iterable[Changes]) -> Changes:
        kinds: set[str] = set()
        ids: set[str] = set()
        for item in many:
            kinds |= item.kinds
            ids |= item.ids
        return cls(frozenset(kinds), frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds & set(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds or self.ids)


@dataclass(frozen=True)
class Created(Changes):
    """Changes of a creation, with the new record's id."""

    id: str = ""
