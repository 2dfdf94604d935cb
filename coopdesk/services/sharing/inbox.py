"""The conflict and notice inbox: what sync could not settle alone, and how to settle it.

Notices come from `sync_notice` (written by the projection and the import): long-text
conflicts, a record deleted by one person while another edited it, clocks that look wrong,
a cloned installation, changes this version could not apply (quarantined, in one notice).
Resolving a conflict is one ORM write of the field whose context
names every version shown, so the notice closes on every laptop once it syncs. Possible
duplicates (organisations or people with the same name) are computed, and merged by
re-pointing every reference to the kept record (see `services.duplicates`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from coopdesk.domain import validation as v
from coopdesk.domain.errors import NotFoundError
from coopdesk.services.changes import Changes
from coopdesk.services.duplicates import (
    IGNORED_DUPLICATES,
    DuplicateGroup,
    DuplicateRecord,
    find_duplicates,
    merge_records,
)
from coopdesk.services.history import model_of_kind, parse_wall
from coopdesk.services.sharing.types import NOTICE_KIND
from coopdesk.store.audit import profile_of
from coopdesk.store.base import Record, table_of, utcnow
from coopdesk.store.db import Database
from coopdesk.store.models.sync_tables import SyncNotice, SyncOp
from coopdesk.store.sync_notices import app_versions
from coopdesk.store.sync_schema import record_models
from coopdesk.store.sync_state import SqlState
from coopdesk.store.titles import title_of
from coopdesk.sync.ops import Dot

notice_t = table_of(SyncNotice)
op_t = table_of(SyncOp)



@dataclass(frozen=True)
class Version:
    """One live version of a long text in conflict."""

    dot: Dot
    author: str
    author_org: str
    when: dt.datetime  # naive UTC wall time of its writer
    text: str


@dataclass(frozen=True)
class ConflictNotice:
    id: int
    created_at: dt.datetime
    record_kind: str
    record_id: str
    record_title: str
    field: str
    #: Oldest first; the last one is what the record shows meanwhile.
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class DeleteEditNotice:
    """Someone moved the record to the trash while someone else edited it: it stays."""

    id: int
    created_at: dt.datetime
    record_kind: str
    record_id: str
    record_title: str
    deleted_by: str
    edited_by: str


@dataclass(frozen=True)
class ClockNotice:
    """A device's clock is far ahead: its times are not trusted for ordering."""

    id: int
    created_at: dt.datetime
    replica: str
    person: str
    organisation: str
    ahead_ms: int


@dataclass(frozen=True)
class ForkNotice:
    """Two installations wrote as one device (a copied laptop, a restored backup)."""

    id: int
    created_at: dt.datetime
    replica: str
    #: Settled by itself (fork.py): both installations' changes kept everywhere, each now
    #: shares under its own id; nothing to do. False: this laptop stopped sharing.
    recovered: bool = False
    #: The id this laptop took ("" when the copy was another laptop).
    new_replica: str = ""
    #: Another device's two files could not be told apart here (both kept, unread): this
    #: laptop goes on sharing.
    unsplit: bool = False


@dataclass(frozen=True)
class RefusedChange:
    """One change this version did not apply (kept in the op log, carried to others)."""

    record_kind: str  # "" for a table this version knows but a row it cannot show
    record_id: str
    record_title: str
    field: str
    #: One of store.sync_checks.REASONS.
    reason: str
    value: str  # a short text of the refused value
    author: str
    author_org: str
    replica: str
    app_version: str  # of the writer's device, when one of its files said it


@dataclass(frozen=True)
class QuarantineNotice:
    """The changes that arrived but cannot be shown by this version (a newer version's, a
    bug's or a hand-edited file's), in one notice: each names its writer, their device and
    its app version. It follows the live state: a change is off the list as soon as a
    later change makes its field valid, and the notice goes when the list is empty."""

    id: int  # the first of its changes' row notices
    created_at: dt.datetime
    changes: tuple[RefusedChange, ...]


Notice = (ConflictNotice | DeleteEditNotice | ClockNotice | ForkNotice | QuarantineNotice
          | DuplicateGroup)


class SyncInboxService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------------
    def notices(self) -> tuple[Notice, ...]:
        """Open notices, then possible duplicates.

        Conflict and delete-vs-edit notices follow the live state of their row (the store
        opens and closes them on every local or remote change); a notice of a record
        deleted for good is left out.
        """
        found: list[Notice] = []
        with self.db.reading() as session:
            conn = session.connection()
            rows = conn.execute(select(notice_t).where(notice_t.c.resolved_at.is_(None))
                                .order_by(notice_t.c.created_at, notice_t.c.id)).all()
            refused = [row for row in rows if row.kind == "invalid"]
            for row in rows:
                notice = self._read(session, conn, row)
                if notice is not None:
                    found.append(notice)
            if refused:
                found.append(_quarantine(session, conn, refused))
            found.extend(find_duplicates(session))
        order = {ForkNotice: 0, ClockNotice: 1, QuarantineNotice: 2, ConflictNotice: 3,
                 DeleteEditNotice: 4, DuplicateGroup: 5}
        found.sort(key=lambda notice: order[type(notice)])
        return tuple(found)

    def count(self) -> int:
        return len(self.notices())

    def _read(self, session: Session, conn: Connection, row: Any) -> Notice | None:
        detail = _detail(row.detail)
        created = row.created_at
        if row.kind == "conflict":
            record = _record(session, row.tbl, row.row_id)
            if record is None:
                return None
            versions = tuple(
                Version(dot=op.dot, author=author, author_org=org, when=parse_wall(op.wall),
                        text=op.value if isinstance(op.value, str) else "")
                for op in SqlState(conn).live_ops(row.tbl, row.row_id, row.col)
                for author, org in [_author(conn, op.dot)])
            return ConflictNotice(id=row.id, created_at=created, record_kind=record.__kind__,
                                  record_id=row.row_id, record_title=title_of(record),
                                  field=row.col, versions=versions)
        if row.kind == "delete_edit":
            record = _record(session, row.tbl, row.row_id)
            if record is None:
                return None
            return DeleteEditNotice(id=row.id, created_at=created, record_kind=record.__kind__,
                                    record_id=row.row_id, record_title=title_of(record),
                                    deleted_by=str(detail.get("deleted_by", "")),
                                    edited_by=str(detail.get("edited_by", "")))
        if row.kind == "clock":
            replica = str(detail.get("replica") or row.col)
            person, org = _device_person(conn, replica)
            return ClockNotice(id=row.id, created_at=created, replica=replica,
                               person=person or str(detail.get("author", "")),
                               organisation=org, ahead_ms=int(detail.get("ahead_ms") or 0))
        if row.kind == "fork":
            return ForkNotice(id=row.id, created_at=created,
                              replica=str(detail.get("replica", "")),
                              recovered=bool(detail.get("recovered")
                                             or not (detail.get("stopped")
                                                     or detail.get("unsplit"))),
                              unsplit=bool(detail.get("unsplit")),
                              new_replica=str(detail.get("new_replica") or ""))
        return None  # a kind a newer version writes: left for that version

    # -- conflicts -----------------------------------------------------------------------
    def keep_version(self, notice: ConflictNotice, version: Version) -> Changes:
        """Keep one version; the others are replaced (they stay in the history)."""
        return self._write_text(notice, version.text)

    def save_merged(self, notice: ConflictNotice, text: str) -> Changes:
        """Save a text the user merged from the versions."""
        v.long_texts([(notice.field, text)])
        return self._write_text(notice, text)

    def _write_text(self, notice: ConflictNotice, text: str) -> Changes:
        model = model_of_kind(notice.record_kind)
        key = (model.__tablename__, notice.record_id, notice.field)
        with self.db.unit_of_work() as session:
            # The new op replaces exactly the versions the person was shown: a version
            # that arrived meanwhile stays, and the conflict with it stays open.
            session.info["base_dots"] = {key: frozenset(ver.dot for ver in notice.versions)}
            record = _load(session, model, notice.record_kind, notice.record_id)
            setattr(record, notice.field, text)
            flag_modified(record, notice.field)  # an op even when the text is the shown one
            # The flush closes the notice, or keeps one open if a newer version is live.
        return Changes.of(notice.record_kind, notice.record_id) | Changes.of(NOTICE_KIND)

    # -- deleted while edited ------------------------------------------------------------
    def keep_record(self, notice: DeleteEditNotice) -> Changes:
        """Keep the edited record: a restore that names the delete, on every laptop."""
        model = model_of_kind(notice.record_kind)
        with self.db.unit_of_work() as session:
            record = _load(session, model, notice.record_kind, notice.record_id)
            if record.deleted_at is None:
                flag_modified(record, "deleted_at")
            else:
                record.deleted_at = None
                record.deleted_by = ""
            # The flush settles the notice (it follows the row's live state).
        return Changes.of(notice.record_kind, notice.record_id) | Changes.of(NOTICE_KIND)

    def delete_record(self, notice: DeleteEditNotice) -> Changes:
        """Move the record to the trash after all (the edits stay in its history)."""
        model = model_of_kind(notice.record_kind)
        with self.db.unit_of_work() as session:
            record = _load(session, model, notice.record_kind, notice.record_id)
            if record.deleted_at is None:
                record.deleted_at = utcnow()
                record.deleted_by = profile_of(session).name
            # The flush settles the notice (it follows the row's live state).
        return Changes.of(notice.record_kind, notice.record_id) | Changes.of(NOTICE_KIND)

    # -- warnings ------------------------------------------------------------------------
    def dismiss(self, notice: ClockNotice | ForkNotice) -> Changes:
        """The person has read the warning."""
        with self.db.engine.begin() as conn:
            _close(conn, notice.id)
        return Changes.of(NOTICE_KIND)

    # -- duplicates ----------------------------------------------------------------------
    def duplicates(self) -> tuple[DuplicateGroup, ...]:
        with self.db.reading() as session:
            return tuple(find_duplicates(session))

    def merge_duplicates(self, kind: str, keep_id: str, other_ids: tuple[str, ...]
                         ) -> Changes:
        """Keep *keep_id*; every reference to the others points to it; they go to the trash.

        One unit of work: nothing is changed if any step fails.
        """
        with self.db.unit_of_work() as session:
            changes = merge_records(session, kind, keep_id, other_ids)
        return changes | Changes.of(NOTICE_KIND)

    def ignore_duplicates(self, group: DuplicateGroup) -> Changes:
        """These records are different (two people with the same name): stop proposing it.

        Remembered on this laptop only.
        """
        ids = sorted(record.id for record in group.records)
        with self.db.engine.begin() as conn:
            conn.execute(insert(notice_t).values(
                kind=IGNORED_DUPLICATES, tbl=group.record_kind,
                detail=json.dumps({"ids": ids}), resolved_at=utcnow()))
        return Changes.of(NOTICE_KIND)


def merge_draft(texts: Sequence[str]) -> str:
    """A first merge to edit: every line of every version, common lines once, in order.

    Never applied by itself (SYNC.md: a merge may be offered, never applied silently).
    """
    merged: list[str] = []
    for text in texts:
        theirs = text.splitlines()
        if not merged:
            merged = theirs
            continue
        result: list[str] = []
        matcher = difflib.SequenceMatcher(a=merged, b=theirs, autojunk=False)
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            result.extend(merged[a1:a2])
            if tag != "equal":
                result.extend(theirs[b1:b2])
        merged = result
    return "\n".join(merged)


# -- helpers -------------------------------------------------------------------------------
def _quarantine(session: Session, conn: Connection, rows: Sequence[Any]) -> QuarantineNotice:
    versions = app_versions(conn)
    changes = []
    for row in rows:
        detail = _detail(row.detail)
        record = _record(session, row.tbl, row.row_id) if row.col else None
        model = record_models().get(row.tbl)
        replica = str(detail.get("replica", ""))
        changes.append(RefusedChange(
            record_kind=model.__kind__ if model is not None else "",
            record_id=row.row_id, record_title=title_of(record) if record else "",
            field=row.col, reason=str(detail.get("reason", "")),
            value=str(detail.get("value", "")), author=str(detail.get("author", "")),
            author_org=str(detail.get("author_org", "")), replica=replica,
            app_version=versions.get(replica, "")))
    return QuarantineNotice(id=rows[0].id, created_at=rows[0].created_at,
                            changes=tuple(changes))


def _detail(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _close(conn: Connection, notice_id: int) -> None:
    conn.execute(update(notice_t).where(notice_t.c.id == notice_id,
                                        notice_t.c.resolved_at.is_(None))
                 .values(resolved_at=utcnow()))


def _record(session: Session, tbl: str, row_id: str) -> Record | None:
    model = record_models().get(tbl)
    return session.get(model, row_id) if model is not None else None


def _load(session: Session, model: type[Record], kind: str, record_id: str) -> Record:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(kind=kind, id=record_id)
    return record


def _author(conn: Connection, dot: Dot) -> tuple[str, str]:
    row = conn.execute(select(op_t.c.author, op_t.c.author_org).where(
        op_t.c.replica == dot.replica, op_t.c.seq == dot.seq)).first()
    return (row.author, row.author_org) if row is not None else ("", "")


def _device_person(conn: Connection, replica: str) -> tuple[str, str]:
    """The person and association who last wrote from a device."""
    row = conn.execute(select(op_t.c.author, op_t.c.author_org).where(
        op_t.c.replica == replica).order_by(op_t.c.seq.desc()).limit(1)).first()
    return (row.author, row.author_org) if row is not None else ("", "")


__all__ = ["ClockNotice", "ConflictNotice", "DeleteEditNotice",
           "DuplicateGroup", "DuplicateRecord", "ForkNotice", "Notice", "QuarantineNotice",
           "RefusedChange", "SyncInboxService", "Version", "merge_draft"]
