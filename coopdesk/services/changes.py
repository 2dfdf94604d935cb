"""What a use case changed: the UI refreshes from this through one "changed" signal.

A `Changes` also says where the change came from (`origins`): `Origin.LOCAL`, made on this
laptop (an edit, a restore, a merge of duplicates…: the default), or `Origin.IMPORTED`,
brought in by sync (a cycle or a file import). Joining changes (`|`, `union`) keeps every
origin of its parts, so a joined change that holds a local part still says so
(`is_local`), and `imported_only` is true only when every part came from elsewhere. The
automatic export shares local changes and ignores imported-only ones (sending back what
just arrived would only start another cycle).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Origin(enum.Enum):
    LOCAL = "local"
    IMPORTED = "imported"


LOCAL_ONLY = frozenset({Origin.LOCAL})
IMPORTED_ONLY = frozenset({Origin.IMPORTED})


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)
    #: Where the change came from (see the module docstring); never empty.
    origins: frozenset[Origin] = LOCAL_ONLY

    @classmethod
    def of(cls, kind: str, *ids: str) -> Changes:
        return cls(frozenset({kind}), frozenset(ids))

    @classmethod
    def imported(cls, kinds: Iterable[str], ids: Iterable[str]) -> Changes:
        """Changes that sync brought in from other laptops."""
        return cls(frozenset(kinds), frozenset(ids), IMPORTED_ONLY)

    @classmethod
    def union(cls, many: Iterable[Changes]) -> Changes:
        kinds: set[str] = set()
        ids: set[str] = set()
        origins: set[Origin] = set()
        for item in many:
            kinds |= item.kinds
            ids |= item.ids
            origins |= item.origins
        return cls(frozenset(kinds), frozenset(ids), frozenset(origins) or LOCAL_ONLY)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids,
                       self.origins | other.origins)

    @property
    def is_local(self) -> bool:
        """Made (at least in part) on this laptop: sync has something to share."""
        return Origin.LOCAL in self.origins

    @property
    def imported_only(self) -> bool:
        """Brought in by sync only: nothing of it was made here."""
        return self.origins == IMPORTED_ONLY

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds & set(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds or self.ids)


@dataclass(frozen=True)
class Created(Changes):
    """Changes of a creation, with the new record's id."""

    id: str = ""
