"""The shared types of sync: what a cycle reports, the errors, one op as a segment line.

This module sits below every other module of the package (it imports none of them), so the
import, snapshot, compaction and service modules share these without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from json.encoder import encode_basestring
from typing import Any

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes

#: The kind in `Changes` when notices opened or closed (pages showing the inbox watch it).
NOTICE_KIND = "sync_notice"


class SyncError(CoopdeskError):
    """Sync cannot run: no shared folder configured, folder missing or foreign."""


@dataclass(frozen=True)
class FileProblem:
    """A file on the share that could not be used (yet), and who wrote it."""

    path: str
    status: str
    replica: str
    author: str
    detail: str


@dataclass
class SyncReport:
    imported_ops: int = 0
    imported_files: int = 0
    duplicates: int = 0
    exported_ops: int = 0
    exported_files: list[str] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    clock_warnings: list[str] = field(default_factory=list)
    #: A fork was found and exporting stopped (it could not be re-keyed safely).
    fork: bool = False
    #: The replica id this one took after a fork, and how many ops it moved to it.
    rekeyed_to: str = ""
    rekeyed_ops: int = 0
    #: Copied laptops recovered this cycle: a device id two installations wrote under
    #: was split into one derived id per installation (fork.py), both kept and shared.
    copies_recovered: int = 0
    #: The snapshot this cycle wrote ("" when none was due) and the own files compaction
    #: deleted (snapshots.py, compaction.py).
    snapshot: str = ""
    compacted: list[str] = field(default_factory=list)
    #: The first of our seqs that another installation wrote differently (internal).
    fork_seq: int | None = None
    #: Encrypted team: why this laptop's changes were not shared (its key is missing).
    keys_needed: str = ""
    #: Encrypted team: key files not used (damaged, forged, above the Argon2 ceiling),
    #: each named with the reason; key files this laptop wrote again (missing or damaged).
    key_files: list[str] = field(default_factory=list)
    keys_republished: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DeviceStatus:
    replica: str
    person: str
    organisation: str
    last_seq: int
    last_change: str
    is_me: bool


@dataclass(frozen=True)
class SyncStatus:
    shared: bool
    folder: str
    team_id: str
    replica: str
    unexported: int
    devices: tuple[DeviceStatus, ...]
    problems: tuple[FileProblem, ...]
    open_notices: int


@dataclass(frozen=True)
class NoticeLine:
    """An open conflict or notice. `kind`: conflict, delete_edit, clock or fork."""

    id: int
    kind: str
    table: str
    row_id: str
    column: str
    detail: dict[str, Any]
    created_at: str
    #: The record's title ("" for device-wide notices or a record this laptop lacks).
    title: str = ""
    #: conflict: who wrote each live version, oldest first ("Alice — Asso A").
    authors: tuple[str, ...] = ()


@dataclass
class Absorbed:
    """What one file on the share brought, as noted in `sync_file` (file_records.py)."""

    status: str
    detail: str = ""
    applied: int = 0
    replica: str = ""
    first: int = 0
    last: int = 0
    #: Own ops found in a verified file here, now known to be on the share.
    applied_own: int = 0


@dataclass(frozen=True)
class SyncOutcome:
    """What one sync cycle did, and the records it brought in (for the pages to refresh)."""

    report: SyncReport
    changes: Changes


def segment_line(row: Any) -> str:
    """One op of a segment, from its sync_op row: the JSON of `Op.encode()` plus its
    author, with the stored value and context texts spliced in (not decoded and encoded
    again: this is most of an export's time on a large workspace)."""
    return op_line(row.replica, row.seq, row.hlc, row.tbl, row.row_id, row.col, row.value,
                   row.ctx, row.wall, row.tx, row.author, row.author_org)


#: The sync_op columns `op_line` takes, in its order (select them to call `op_line(*row)`).
LINE_COLUMNS = "replica, seq, hlc, tbl, row_id, col, value, ctx, wall, tx, author, author_org"


def op_line(replica: str, seq: int, hlc: str, tbl: str, row_id: str, col: str, value: str,
            ctx: str, wall: str, tx: str, author: str, author_org: str) -> str:
    """`segment_line` from the plain column values (no row object)."""
    text = encode_basestring  # json.dumps(value, ensure_ascii=False) without its set-up
    return (f'{{"dot": [{text(replica)}, {int(seq)}], "hlc": {text(hlc)}, '
            f'"table": {text(tbl)}, "row": {text(row_id)}, "column": {text(col)}, '
            f'"value": {value}, "ctx": {ctx}, "wall": {text(wall)}, '
            f'"tx": {text(tx)}, "author": {text(author)}, '
            f'"author_org": {text(author_org)}}}')


__all__ = ["LINE_COLUMNS", "NOTICE_KIND", "Absorbed", "DeviceStatus", "FileProblem",
           "NoticeLine", "SyncError", "SyncOutcome", "SyncReport", "SyncStatus", "op_line",
           "segment_line"]
