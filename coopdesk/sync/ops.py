"""Operations: one field of one row set by one replica (SYNC.md, "Operations and merge")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coopdesk.sync.hlc import Timestamp


@dataclass(frozen=True, order=True)
class Dot:
    """(replica_id, seq): the identity of an operation."""

    replica: str
    seq: int

    def encode(self) -> list[Any]:
        return [self.replica, self.seq]

    @classmethod
    def decode(cls, value: Any) -> Dot:
        replica, seq = value
        if not isinstance(replica, str) or not isinstance(seq, int) or isinstance(seq, bool):
            raise ValueError("malformed dot")
        return cls(replica, seq)


FieldKey = tuple[str, str, str]  # (table, row id, column)


@dataclass(frozen=True)
class Op:
    dot: Dot
    hlc: Timestamp
    table: str
    row: str
    column: str
    value: Any
    #: The dots the writer saw for this field and replaces.
    ctx: frozenset[Dot] = field(default_factory=frozenset)
    #: Wall-clock time shown to people (ISO text); never used for ordering.
    wall: str = ""
    #: Operations written in one local transaction share a tx id.
    tx: str = ""

    @property
    def key(self) -> FieldKey:
        return (self.table, self.row, self.column)

    @property
    def order(self) -> tuple[Timestamp, str, int]:
        """Total order between concurrent operations: (hlc, replica_id, seq)."""
        return (self.hlc, self.dot.replica, self.dot.seq)

    def encode(self) -> dict[str, Any]:
        return {"dot": self.dot.encode(), "hlc": self.hlc.encode(), "table": self.table,
                "row": self.row, "column": self.column, "value": self.value,
                "ctx": sorted(d.encode() for d in self.ctx), "wall": self.wall, "tx": self.tx}

    @classmethod
    def decode(cls, data: Any) -> Op:
        """Parse one encoded op; raises ValueError (never anything else) when malformed."""
        try:
            if not isinstance(data, dict):
                raise ValueError("op is not an object")
            for name in ("table", "row", "column"):
                if not isinstance(data[name], str):
                    raise ValueError(f"{name} is not text")
            return cls(dot=Dot.decode(data["dot"]), hlc=Timestamp.decode(str(data["hlc"])),
                       table=data["table"], row=data["row"], column=data["column"],
                       value=data.get("value"),
                       ctx=frozenset(Dot.decode(d) for d in data.get("ctx", [])),
                       wall=str(data.get("wall", "")), tx=str(data.get("tx", "")))
        except (KeyError, TypeError, IndexError) as exc:
            raise ValueError(f"malformed op: {exc}") from None
