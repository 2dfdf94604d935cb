"""Hybrid logical clock (Kulkarni et al.): causality travels with the data, clocks only
break ties. A remote time far ahead of ours is capped and reported, never refused.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

#: A remote clock more than this far ahead of ours is not trusted for our own clock.
MAX_AHEAD_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Timestamp:
    l_ms: int
    c: int = 0

    def encode(self) -> str:
        """Fixed-width text that sorts like the timestamp itself."""
        return f"{self.l_ms:015d}.{self.c:06d}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        l_part, _, c_part = text.partition(".")
        return cls(int(l_part), int(c_part or 0))


@dataclass(frozen=True)
class ClockWarning:
    """A remote replica's clock looks wrong (more than 24 h ahead of ours)."""

    replica_id: str
    ahead_ms: int


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, last: Timestamp | None = None,
                 physical: Callable[[], int] = wall_ms) -> None:
        self.last = last or Timestamp(0, 0)
        self._physical = physical

    def now(self) -> Timestamp:
        """The timestamp of a local event."""
        pt = self._physical()
        if pt > self.last.l_ms:
            self.last = Timestamp(pt, 0)
        else:
            self.last = Timestamp(self.last.l_ms, self.last.c + 1)
        return self.last

    def receive(self, remote: Timestamp, replica_id: str = "") -> ClockWarning | None:
        """Advance past a remote timestamp; returns a warning when its clock looks wrong."""
        pt = self._physical()
        warning = None
        if remote.l_ms - pt > MAX_AHEAD_MS:
            warning = ClockWarning(replica_id=replica_id, ahead_ms=remote.l_ms - pt)
            remote = Timestamp(pt + MAX_AHEAD_MS, 0)
        local = self.last
        l_new = max(local.l_ms, remote.l_ms, pt)
        if l_new == local.l_ms == remote.l_ms:
            c_new = max(local.c, remote.c) + 1
        elif l_new == local.l_ms:
            c_new = local.c + 1
        elif l_new == remote.l_ms:
            c_new = remote.c + 1
        else:
            c_new = 0
        self.last = Timestamp(l_new, c_new)
        return warning
