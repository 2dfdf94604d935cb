"""Compaction: a replica deletes its own old segments once a snapshot covers them.

Rules (SYNC.md, "Snapshots and compaction"):
- only files in our own device folder whose header says we wrote them, for our team;
- a segment goes only when one of our snapshots that covers all its ops has been on the
  share for the grace period (14 days, by the time written in its header) and reads back
  whole right now (verified before anything is deleted);
- the newest three snapshots stay; an older one goes only when a newer snapshot has itself
  passed the grace period (others may still be catching up with the newest ones).
Files elsewhere (moved by hand, other devices' folders) are never touched; a file that
cannot be read is left alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select

from coopdesk.services.sharing.crypto import KeysError, ShareCrypto
from coopdesk.services.sharing.snapshots import (
    OwnSnapshot,
    own_snapshots,
    read_header,
    snapshot_due,
    verifies,
    write_snapshot,
)
from coopdesk.services.sharing.types import SyncReport
from coopdesk.store.base import table_of, utcnow
from coopdesk.store.db import Database
from coopdesk.store.models.sync_tables import SyncFile, SyncOp
from coopdesk.sync import frame, share
from coopdesk.sync.snapshot import header_vv

GRACE = dt.timedelta(days=14)
KEEP_SNAPSHOTS = 3
file_t = table_of(SyncFile)
op_t = table_of(SyncOp)


@dataclass
class Compaction:
    deleted_segments: list[str] = field(default_factory=list)
    deleted_snapshots: list[str] = field(default_factory=list)
    #: Our seqs up to this one are covered by a verified snapshot past the grace period.
    covered_seq: int = 0


def _own_segments(folder: Path, team_id: str, me: str) -> list[tuple[Path, int]]:
    """(path, last seq) of the segments in our folder that say we wrote them."""
    found = []
    for path in sorted(share.device_dir(folder, me).glob(f"*{share.SEGMENT_SUFFIX}")):
        header = read_header(path)
        if (header is None or header.get("kind") != "segment"
                or header.get("team_id") != team_id or header.get("replica_id") != me):
            continue
        seq = header.get("seq")
        if (isinstance(seq, list) and len(seq) == 2
                and all(isinstance(s, int) and not isinstance(s, bool) for s in seq)):
            found.append((path, int(seq[1])))
    return found


def _verified(snapshot: OwnSnapshot, team_id: str, me: str,
              keys: frame.KeyResolver | None) -> bool:
    """The snapshot reads back whole and is ours (header and content checked)."""
    try:
        data = share.read_regular(snapshot.path, frame.FILE_MAX)
    except OSError:
        return False
    header = frame.decode(data, keys).header or {}
    return (verifies(data, keys) and header.get("team_id") == team_id
            and header.get("replica_id") == me and header_vv(header) == snapshot.vv)


def compact(db: Database, crypto: ShareCrypto, folder: Path, team_id: str,
            now: dt.datetime | None = None) -> Compaction:
    """Delete what our snapshots make unnecessary; what was deleted."""
    now = now or utcnow()
    done = Compaction()
    with db.engine.begin() as conn:
        me = db.sync.ensure(conn)
    mine = own_snapshots(folder, team_id, me)
    graced = [s for s in mine if now - s.created >= GRACE]
    if not graced:
        return done
    anchor = graced[-1]  # the newest past the grace period: it covers the most
    segments = [(path, last) for path, last in _own_segments(folder, team_id, me)
                if last <= anchor.vv.get(me, 0)]
    older = [s for s in mine[:-KEEP_SNAPSHOTS] if s.total < anchor.total]
    if not segments and not older:
        return done
    if not _verified(anchor, team_id, me, crypto.resolver()):
        return done
    done.covered_seq = anchor.vv.get(me, 0)
    share.crash_point("compact_before_delete")
    for path, _last in segments:
        _remove(path, done.deleted_segments)
        share.crash_point("compact_after_segment_delete")
    share.crash_point("compact_before_snapshot_delete")
    for snapshot in older:
        _remove(snapshot.path, done.deleted_snapshots)
    gone = [*done.deleted_segments, *done.deleted_snapshots]
    if gone:
        root = share.share_root(folder)
        with db.engine.begin() as conn:
            conn.execute(delete(file_t).where(file_t.c.path.in_(
                [Path(p).relative_to(root).as_posix() for p in gone])))
    return done


def _remove(path: Path, deleted: list[str]) -> None:
    with contextlib.suppress(OSError):  # gone already, or held: tried again next time
        share.delete_own_file(path)
        deleted.append(str(path))


def maintain(db: Database, crypto: ShareCrypto, folder: Path, team_id: str,
             team_name: str, now: dt.datetime, report: SyncReport) -> None:
    """After a cycle that exported cleanly: write a snapshot when one is due, then compact.
    Neither may fail the sync: a snapshot not written now is written next time."""
    with db.engine.begin() as conn:
        me = db.sync.ensure(conn)
        waiting = conn.scalar(select(func.count()).select_from(op_t).where(
            op_t.c.replica == me, op_t.c.exported.is_(False)))
    if waiting or report.keys_needed:
        return  # our changes are not all on the share: no snapshot may get ahead of them
    try:
        if snapshot_due(db, folder, team_id, now):
            path = write_snapshot(db, crypto, folder, team_id, team_name, now)
            report.snapshot = str(path or "")
        done = compact(db, crypto, folder, team_id, now)
    except (KeysError, OSError):
        return
    report.compacted = [*done.deleted_segments, *done.deleted_snapshots]
