"""The merge: per field, a multi-value register of live dots with causal contexts.

Apply (remote ops of one replica strictly in seq order):
1. seq <= vv[replica]: seen already, nothing to do (idempotence);
2. vv[replica] = seq;
3. remove every ctx dot from the field's live set; remember unseen ctx dots as dead;
4. the op's own dot, if dead (overwritten before it arrived), is dropped from dead and not
   made live; otherwise it becomes live.
Step 3 also runs in case 4: skipping it diverges (SYNC.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from coopdesk.sync.ops import Dot, FieldKey, Op


@dataclass
class ReplicaState:
    vv: dict[str, int] = field(default_factory=dict)
    live: dict[FieldKey, dict[Dot, Op]] = field(default_factory=dict)
    dead: set[Dot] = field(default_factory=set)

    # -- queries ---------------------------------------------------------------------------
    def seen(self, dot: Dot) -> bool:
        return dot.seq <= self.vv.get(dot.replica, 0)

    def next_seq(self, replica: str) -> int:
        return self.vv.get(replica, 0) + 1

    def live_ops(self, key: FieldKey) -> list[Op]:
        """Live ops of a field, winner last."""
        return sorted(self.live.get(key, {}).values(), key=lambda op: op.order)

    def winner(self, key: FieldKey) -> Op | None:
        ops = self.live.get(key)
        return max(ops.values(), key=lambda op: op.order) if ops else None

    def live_dots(self, key: FieldKey) -> frozenset[Dot]:
        return frozenset(self.live.get(key, {}))

    def conflicts(self, keys: Iterable[FieldKey]) -> list[FieldKey]:
        return [key for key in keys if len(self.live.get(key, {})) > 1]

    # -- apply -----------------------------------------------------------------------------
    def can_apply(self, op: Op) -> bool:
        """True when *op* is the next of its replica (or already seen)."""
        return op.dot.seq <= self.vv.get(op.dot.replica, 0) + 1

    def apply(self, op: Op) -> bool:
        """Apply the next op of its replica; returns False when it was seen already.

        Raises ValueError when an earlier op of that replica is missing (a gap).
        """
        replica, seq = op.dot.replica, op.dot.seq
        if seq <= self.vv.get(replica, 0):
            return False
        if seq != self.vv.get(replica, 0) + 1:
            raise ValueError(f"gap before {op.dot}: have {self.vv.get(replica, 0)}")
        self.vv[replica] = seq
        field_live = self.live.setdefault(op.key, {})
        for dot in op.ctx:
            field_live.pop(dot, None)
            if not self.seen(dot):
                self.dead.add(dot)
        if op.dot in self.dead:
            self.dead.discard(op.dot)
        else:
            field_live[op.dot] = op
        if not field_live:
            del self.live[op.key]
        return True

    # -- join ------------------------------------------------------------------------------
    def join(self, other: ReplicaState) -> ReplicaState:
        """The state holding everything both states know (commutative, associative, idempotent)."""
        result = ReplicaState()
        for replica in set(self.vv) | set(other.vv):
            result.vv[replica] = max(self.vv.get(replica, 0), other.vv.get(replica, 0))
        for key in set(self.live) | set(other.live):
            mine = self.live.get(key, {})
            theirs = other.live.get(key, {})
            kept: dict[Dot, Op] = {}
            for dot, op in mine.items():
                if dot in theirs or not (other.seen(dot) or dot in other.dead):
                    kept[dot] = op
            for dot, op in theirs.items():
                if dot not in mine and not (self.seen(dot) or dot in self.dead):
                    kept[dot] = op
            if kept:
                result.live[key] = kept
        result.dead = {dot for dot in self.dead | other.dead if not result.seen(dot)}
        return result

    def fingerprint(self) -> tuple[object, ...]:
        """A comparable summary: equal for replicas that converged."""
        return (tuple(sorted(self.vv.items())),
                tuple(sorted((key, tuple(sorted(ops))) for key, ops in self.live.items())),
                tuple(sorted(self.dead)))
