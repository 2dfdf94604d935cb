"""Snapshot payloads: the whole merged state of a replica in one file (SYNC.md, "Snapshots
and compaction").

A snapshot file is framed like a segment (`frame.encode`, header kind "snapshot"). Its
payload is JSON lines: the first line holds the version vector, the dead dots and the dots
of the ops carried although not live; every further line is one op, exactly as a segment
writes it (with its author). The ops are every live op (tombstones are live ops on
`_deleted`; ops of tables and columns the writer does not know are live ops too), plus, so
that a replica started from the snapshot shows the same authors, the first op of every row
and the newest op held of every device.

Importing a snapshot is the join of `ReplicaState.join`: commutative, associative and
idempotent, so snapshots and segments can arrive in any order, any number of times.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from coopdesk.sync.merge import ReplicaState
from coopdesk.sync.ops import Dot, Op

KIND = "snapshot"
_raw_decode = json.JSONDecoder().raw_decode


def loads(text: str) -> Any:
    """`json.loads(text)` (same result, same errors), faster on the common case of a line
    with no surrounding white space: one scanner call instead of three Python layers.

    A lone surrogate escape (`"\\ud800"`, valid JSON but no character: no coopdesk
    writes one, SQLite cannot store it) becomes U+FFFD, the same on every laptop."""
    try:
        value, end = _raw_decode(text)
    except ValueError:
        value, end = json.loads(text), len(text)  # leading white space, or its error
    if end != len(text):
        value = json.loads(text)
    return _scrub(value) if "\\u" in text else value


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: Any) -> Any:
    """*value* with every lone surrogate replaced by U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    if isinstance(value, dict):
        return {_scrub(key): _scrub(item) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class CarriedOp:
    op: Op
    author: str
    author_org: str
    live: bool


@dataclass(frozen=True)
class Snapshot:
    vv: dict[str, int]
    dead: frozenset[Dot]
    ops: tuple[CarriedOp, ...]

    @property
    def total(self) -> int:
        """How many ops the snapshot covers (the sum of its version vector)."""
        return sum(self.vv.values())

    def live_dots(self) -> set[Dot]:
        return {carried.op.dot for carried in self.ops if carried.live}

    def as_state(self) -> ReplicaState:
        """The in-memory merge state it holds (for tests and small checks)."""
        state = ReplicaState(vv=dict(self.vv), dead=set(self.dead))
        for carried in self.ops:
            if carried.live:
                state.live.setdefault(carried.op.key, {})[carried.op.dot] = carried.op
        return state


def first_line(vv: dict[str, int], dead: set[Dot], extra: set[Dot]) -> str:
    return json.dumps({"vv": dict(sorted(vv.items())),
                       "dead": sorted(d.encode() for d in dead),
                       "extra": sorted(d.encode() for d in extra)},
                      separators=(",", ":"), ensure_ascii=False)


def encode_payload(vv: dict[str, int], dead: set[Dot], extra: set[Dot],
                   op_lines: list[str]) -> bytes:
    """The payload from ready-made op lines (`segment_line` of each op row)."""
    return ("\n".join([first_line(vv, dead, extra), *op_lines]) + "\n").encode("utf-8")


def _vv(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValueError("version vector is not an object")
    vv: dict[str, int] = {}
    for replica, seq in value.items():
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise ValueError("malformed version vector")
        vv[str(replica)] = seq
    return vv


def parse_payload(header: dict[str, Any], payload: bytes) -> Snapshot:
    """The snapshot a payload holds; ValueError (or UnicodeDecodeError) when anything is
    off: an op the version vector does not cover, a live dot also dead, counts that do not
    match the header."""
    lines = [line for line in payload.decode("utf-8").splitlines() if line.strip()]
    if not lines:
        raise ValueError("empty snapshot")
    head: Any = loads(lines[0])
    if not isinstance(head, dict):
        raise ValueError("snapshot head is not an object")
    vv = _vv(head.get("vv"))
    dead = frozenset(Dot.decode(d) for d in head.get("dead", []))
    extra = {Dot.decode(d) for d in head.get("extra", [])}
    ops: list[CarriedOp] = []
    seen: set[Dot] = set()
    for line in lines[1:]:
        data: Any = loads(line)
        op = Op.decode(data)
        if op.dot in seen:
            raise ValueError(f"op {op.dot} twice")
        seen.add(op.dot)
        if op.dot.seq > vv.get(op.dot.replica, 0) or op.dot.seq < 1:
            raise ValueError(f"op {op.dot} not covered by the version vector")
        ops.append(CarriedOp(op, str(data.get("author", "")), str(data.get("author_org", "")),
                             live=op.dot not in extra))
    if not extra <= seen:
        raise ValueError("a carried dot has no op")
    if any(dot.seq <= vv.get(dot.replica, 0) for dot in dead):
        raise ValueError("a dead dot is covered by the version vector")
    if header.get("op_count") != len(ops):
        raise ValueError("op count does not match the header")
    if _vv(header.get("vv")) != vv:
        raise ValueError("version vector does not match the header")
    return Snapshot(vv=vv, dead=dead, ops=tuple(ops))


def header_vv(header: dict[str, Any]) -> dict[str, int]:
    """The version vector a snapshot header claims ({} when malformed)."""
    try:
        return _vv(header.get("vv"))
    except ValueError:
        return {}


def covers(big: dict[str, int], small: dict[str, int]) -> bool:
    """True when version vector *big* has seen everything *small* has."""
    return all(big.get(replica, 0) >= seq for replica, seq in small.items())


def snapshot_name(own_seq: int, total: int) -> str:
    return f"snap-{own_seq:012d}-{total:012d}.cdsnap"
