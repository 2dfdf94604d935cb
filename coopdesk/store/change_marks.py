"""When a group of rows was first made and last changed, read from the live state of the op
log, so that every laptop holding the same data reads the same marks.

Counting the changes in `sync_op` would not do: a laptop that joined from a snapshot holds
only the live ops (and the first op of every row), not the values overwritten before. The
live ops and each row's first op are held everywhere alike, and their hybrid logical clock
only grows: a new change is stamped later than every change its laptop has seen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Connection

from coopdesk.store.sync_state import chunks
from coopdesk.sync.hlc import Timestamp


@dataclass(frozen=True)
class ChangeMarks:
    """Hybrid-clock milliseconds of the first op of the first row and of the newest live op
    of all the rows (None when the op log holds nothing of them)."""

    first_ms: int | None
    newest_ms: int | None

    @property
    def seconds_since_first(self) -> int:
        """Whole seconds from the first op to the newest live op (0 without ops)."""
        if self.first_ms is None or self.newest_ms is None:
            return 0
        return max(0, (self.newest_ms - self.first_ms) // 1000)


def change_marks(connection: Connection, first: tuple[str, str],
                 rows: Mapping[str, Iterable[str]]) -> ChangeMarks:
    """The marks of the rows *rows* (table -> row ids), measured from the first op of the
    row *first* (table, row id)."""
    table, row_id = first
    found = connection.exec_driver_sql(
        "SELECT MIN(hlc) FROM sync_op WHERE tbl = ? AND row_id = ?", (table, row_id)).scalar()
    first_ms = Timestamp.decode(found).l_ms if found else None
    newest: str | None = None
    for name, ids in rows.items():
        for part in chunks(sorted(set(ids))):
            value = connection.exec_driver_sql(
                f"SELECT MAX(o.hlc) FROM sync_live l JOIN sync_op o "
                f"ON o.replica = l.replica AND o.seq = l.seq "
                f"WHERE l.tbl = ? AND l.row_id IN ({', '.join('?' * len(part))})",
                (name, *part)).scalar()
            if value and (newest is None or value > newest):
                newest = value
    return ChangeMarks(first_ms, Timestamp.decode(newest).l_ms if newest else None)
