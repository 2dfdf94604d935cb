"""Notices that follow from the live state of a row, the same on every replica.

- `conflict`: a long-text field with two or more live versions (detail: their dots, in
  (hlc, replica, seq) order). It stays open until one write names them all.
- `delete_edit`: the winning delete of a row did not see some live edit of it, so the row
  stays visible (detail: who deleted, who edited last without seeing it).
- `invalid`: the visible value of a field is one this version cannot store (see
  `store/sync_checks.py`): it is kept in the op log but not written into the row, which
  shows the field's newest valid value (detail: the change's dot, writer, reason and a
  short text of the value). It closes when a later change makes the field valid.

Both are derived from the live state alone, so replicas that hold the same ops show the same
open notices whatever order the ops arrived in: a notice opens, updates its detail or closes
whenever the state of its row changes, by a local edit (capture) or a remote one (projection).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from coopdesk.store.base import Record, table_of, utcnow
from coopdesk.store.models.sync_tables import SyncNotice
from coopdesk.store.sync_checks import problem_of, row_problem, shown_value
from coopdesk.store.sync_schema import DELETED, long_text_keys, record_models, synced_columns
from coopdesk.store.sync_state import LiveOp, SqlState, chunks

notice_t = table_of(SyncNotice)
ROW_KINDS = ("conflict", "delete_edit", "invalid")

NoticeKey = tuple[str, str]  # (kind, column)


@dataclass(frozen=True)
class DeleteState:
    deleted: bool
    by: str = ""
    wall: str = ""
    #: Deleted for good (purged) or made private by its owner: the row leaves other laptops.
    gone: bool = False
    #: Who last edited the row without having seen its delete (the row stays visible).
    edited_by: str | None = None
    deleted_by: str = ""


def delete_state(ops: list[LiveOp]) -> DeleteState:
    """Whether a row is deleted, from its live ops sorted by (hlc, replica, seq)."""
    deletes = [live for live in ops if live.column == DELETED]
    value = deletes[-1].value if deletes else None
    if not isinstance(value, dict) or not value.get("deleted"):
        return DeleteState(deleted=False)
    delete = deletes[-1]
    vv = value.get("vv")
    seen: dict[str, Any] = vv if isinstance(vv, dict) else {}
    by = str(value.get("by", ""))
    unseen = [live for live in ops if live.column != DELETED
              and live.dot.seq > _int(seen.get(live.dot.replica))]
    if unseen:
        return DeleteState(deleted=False, edited_by=unseen[-1].author, deleted_by=by)
    return DeleteState(deleted=True, by=by, wall=delete.wall,
                       gone=bool(value.get("purged") or value.get("private")))


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


#: The refused fields of a row: column -> (its winning live op, why it was refused).
Refused = dict[str, tuple[LiveOp, str]]


def refused_fields(model: type[Record], row_id: str, ops: list[LiveOp]) -> Refused:
    """The fields of a row whose visible value this version cannot store (the column ""
    when the row id itself cannot be one); *ops* sorted by (hlc, replica, seq)."""
    refused: Refused = {}
    if ops and (reason := row_problem(row_id)) is not None:
        refused[""] = (ops[-1], reason)
        return refused
    winners = {live.column: live for live in ops}
    for column in synced_columns(model):
        live = winners.get(column.key)
        if live is not None and (reason := problem_of(column, live.value)) is not None:
            refused[column.key] = (live, reason)
    return refused


def newest_applied(ops: list[LiveOp], refused: Refused) -> LiveOp | None:
    """The newest live op whose value is shown: whose name "changed by" shows."""
    skipped = {live.dot for live, _reason in refused.values()}
    for live in reversed(ops):
        if live.dot not in skipped:
            return live
    return None


def wanted_notices(model: type[Record], ops: list[LiveOp], deleted: DeleteState,
                   refused: Refused | None = None) -> dict[NoticeKey, dict[str, Any]]:
    """The open notices a row's live state calls for, with their details (*refused*: the
    row's `refused_fields`, when the caller has them already)."""
    wanted: dict[NoticeKey, dict[str, Any]] = {}
    for column, (live, reason) in (refused or {}).items():
        wanted[("invalid", column)] = {
            "replica": live.dot.replica, "seq": live.dot.seq, "author": live.author,
            "author_org": live.author_org, "reason": reason,
            "value": shown_value(live.value)}
    for column in long_text_keys(model):
        versions = [live.dot.encode() for live in ops if live.column == column]
        if len(versions) > 1:
            wanted[("conflict", column)] = {"versions": versions}
    if deleted.edited_by is not None:
        wanted[("delete_edit", "")] = {"deleted_by": deleted.deleted_by,
                                       "edited_by": deleted.edited_by}
    return wanted


class NoticeBook:
    """The open row notices of some rows of one table; `settle` brings them in line."""

    def __init__(self, conn: Connection, table: str, rows: Iterable[str]) -> None:
        self.conn = conn
        self.table = table
        self.open: dict[tuple[str, str, str], tuple[int, str]] = {}
        kinds = ", ".join(f"'{kind}'" for kind in ROW_KINDS)
        for part in chunks(sorted(set(rows))):
            # plain SQL: this runs on every local edit, where compiling an expanding IN
            # costs more than SQLite's work
            query = (f"SELECT id, kind, row_id, col, detail FROM sync_notice "
                     f"WHERE resolved_at IS NULL AND kind IN ({kinds}) AND tbl = ? "
                     f"AND row_id IN ({', '.join('?' * len(part))})")
            for notice_id, kind, row_id, col, detail in conn.exec_driver_sql(
                    query, (table, *part)):
                self.open[(row_id, kind, col)] = (notice_id, detail)
        self._inserts: list[dict[str, Any]] = []
        self._updates: list[dict[str, Any]] = []
        self._closes: list[dict[str, Any]] = []

    def settle(self, row: str, wanted: dict[NoticeKey, dict[str, Any]]) -> None:
        for (kind, column), detail in wanted.items():
            text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
            known = self.open.get((row, kind, column))
            if known is None:
                self._inserts.append({"kind": kind, "tbl": self.table, "row_id": row,
                                      "col": column, "detail": text})
            elif known[1] != text:
                self._updates.append({"b_id": known[0], "detail": text})
        for (open_row, kind, column), (notice_id, _detail) in self.open.items():
            if open_row == row and (kind, column) not in wanted:
                self._closes.append({"b_id": notice_id, "resolved_at": utcnow()})

    def write(self) -> None:
        if self._inserts:
            self.conn.execute(insert(notice_t), self._inserts)
        for batch in (self._updates, self._closes):
            if batch:
                self.conn.execute(update(notice_t).where(notice_t.c.id == bindparam("b_id")),
                                  batch)
        self._inserts, self._updates, self._closes = [], [], []


def note_once(conn: Connection, kind: str, tbl: str, row_id: str, col: str,
              detail: dict[str, Any]) -> None:
    """Open a notice unless the same one is open already (clock and fork warnings)."""
    exists = conn.scalar(select(notice_t.c.id).where(
        notice_t.c.kind == kind, notice_t.c.tbl == tbl, notice_t.c.row_id == row_id,
        notice_t.c.col == col, notice_t.c.resolved_at.is_(None)))
    if exists is None:
        conn.execute(insert(notice_t).values(kind=kind, tbl=tbl, row_id=row_id, col=col,
                                             detail=json.dumps(detail, ensure_ascii=False)))


def refresh_notices(conn: Connection,
                    rows: Iterable[tuple[str, str]]) -> dict[tuple[str, str], LiveOp]:
    """Bring the row notices of (table, id) in line with the live state, without touching
    the rows (after a local edit, whose row the ORM wrote already). Returns each row's
    newest live op by (hlc, replica, seq): whose name projection shows as "changed by"."""
    newest: dict[tuple[str, str], LiveOp] = {}
    models = record_models()
    state = SqlState(conn)
    by_table: dict[str, set[str]] = {}
    for tbl, row_id in rows:
        by_table.setdefault(tbl, set()).add(row_id)
    for tbl, id_set in sorted(by_table.items()):
        model = models.get(tbl)
        if model is None:
            continue
        live = state.live_rows(tbl, id_set)
        book = NoticeBook(conn, tbl, id_set)
        for row_id in sorted(id_set):
            ops = live.get(row_id, [])
            refused = refused_fields(model, row_id, ops)
            book.settle(row_id, wanted_notices(model, ops, delete_state(ops), refused))
            shown = newest_applied(ops, refused)
            if shown is not None:
                newest[(tbl, row_id)] = shown
        book.write()
    return newest


#: A resolved row per device, never shown: the app version its newest file said.
DEVICE_VERSION = "device_version"


def remember_app_version(conn: Connection, replica: str, version: Any) -> bool:
    """Note the app version a device's file header gives (the quarantine notice names it),
    or this laptop's own; True when it is new or changed."""
    if not replica or not isinstance(version, str) or not version:
        return False
    detail = json.dumps({"app_version": version[:40]})
    row = conn.execute(select(notice_t.c.id, notice_t.c.detail).where(
        notice_t.c.kind == DEVICE_VERSION, notice_t.c.col == replica)).first()
    if row is None:
        conn.execute(insert(notice_t).values(kind=DEVICE_VERSION, col=replica, detail=detail,
                                             resolved_at=utcnow()))
    elif row.detail != detail:
        conn.execute(update(notice_t).where(notice_t.c.id == row.id).values(detail=detail))
    else:
        return False
    return True


def app_versions(conn: Connection) -> dict[str, str]:
    """The app version of every device that said it, by replica id."""
    found: dict[str, str] = {}
    for replica, detail in conn.execute(select(notice_t.c.col, notice_t.c.detail).where(
            notice_t.c.kind == DEVICE_VERSION)):
        try:
            version = json.loads(detail).get("app_version")
        except (ValueError, AttributeError):
            continue
        if isinstance(version, str):
            found[replica] = version
    return found


def refused_rows(conn: Connection) -> set[tuple[str, str]]:
    """The rows with a refused change open: projected again at the first sync after an
    update, so that a newer version of coopdesk shows what an older one had to refuse."""
    return {(tbl, row_id) for tbl, row_id in conn.execute(
        select(notice_t.c.tbl, notice_t.c.row_id).where(
            notice_t.c.kind == "invalid", notice_t.c.resolved_at.is_(None)))}
