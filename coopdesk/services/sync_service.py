"""Sync through a shared folder: one cycle imports what others wrote, then exports ours.

Every replica writes only into its own device folder; files are immutable; a file is read
by content (never by name or mtime); a file that cannot be read is reported with who wrote
it and retried later; nothing on the share is ever deleted by another replica.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from coopdesk import __version__
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.ids import new_id
from coopdesk.services.sync_backfill import backfill
from coopdesk.store import migrator
from coopdesk.store.base import table_of
from coopdesk.store.models.sync_tables import SyncFile, SyncNotice, SyncOp, SyncReplica
from coopdesk.store.sync_state import SqlState, op_from_row
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, share
from coopdesk.sync.frame import FileStatus

op_t = table_of(SyncOp)
file_t = table_of(SyncFile)
replica_t = table_of(SyncReplica)
notice_t = table_of(SyncNotice)
FINAL_STATUSES = {FileStatus.OK.value, "duplicate", "foreign"}


class SyncError(CoopdeskError):
    """Sync cannot run: no shared folder configured, folder missing or foreign."""


@dataclass(frozen=True)
class FileProblem:
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
    fork: bool = False


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


class SyncService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db

    # -- configuration -----------------------------------------------------------------
    def _replica_row(self, conn: Connection) -> Any:
        self.db.sync.ensure(conn)
        return conn.execute(select(replica_t)).one()

    def create_share(self, folder: Path, team_name: str = "") -> SyncReport:
        """Start sharing this workspace in *folder* (new or empty), then export everything."""
        with self.db.engine.begin() as conn:
            row = self._replica_row(conn)
            if row.team_id:
                raise SyncError("This workspace is already shared in {folder}.",
                                folder=row.share_folder or "")
            team_id = new_id()
            try:
                share.create_team(folder, team_id, team_name or self.workspace.name)
            except (share.ShareError, OSError) as exc:
                raise SyncError("{reason}", reason=str(exc)) from exc
            conn.execute(update(replica_t).values(team_id=team_id,
                                                  share_folder=str(folder.absolute())))
            backfill(conn, self.db.sync, self.db.profile)
        return self.sync()

    def join(self, folder: Path) -> SyncReport:
        """Make this (new, empty) workspace a replica of the team shared in *folder*."""
        try:
            team = share.preflight(folder)
        except share.ShareError as exc:
            raise SyncError("{reason}", reason=str(exc)) from exc
        with self.db.engine.begin() as conn:
            row = self._replica_row(conn)
            if row.team_id and row.team_id != team.team_id:
                raise SyncError("This workspace already belongs to another team.")
            conn.execute(update(replica_t).values(team_id=team.team_id,
                                                  share_folder=str(folder.absolute())))
        if team.name:
            self.workspace.rename(team.name)
        return self.sync()

    def folder(self) -> tuple[Path, str]:
        with self.db.engine.begin() as conn:
            row = self._replica_row(conn)
        if not row.team_id or not row.share_folder:
            raise SyncError("This workspace is not shared yet (share create FOLDER).")
        return Path(row.share_folder), row.team_id

    # -- one cycle ---------------------------------------------------------------------
    def sync(self) -> SyncReport:
        folder, team_id = self.folder()
        try:
            share.preflight(folder, team_id)
        except share.ShareError as exc:
            raise SyncError("{reason}", reason=str(exc)) from exc
        report = SyncReport()
        from coopdesk.services.sync_import import import_all

        import_all(self, folder, team_id, report)
        if not report.fork:
            self._export(folder, team_id, report)
        return report

    def _export(self, folder: Path, team_id: str, report: SyncReport) -> None:
        with self.db.engine.begin() as conn:
            me = self.db.sync.ensure(conn)
            rows = conn.execute(select(op_t).where(op_t.c.replica == me,
                                                   op_t.c.exported.is_(False))
                                .order_by(op_t.c.seq)).all()
            vv = SqlState(conn).vv()
        if not rows:
            return  # nothing is written when nothing changed
        lines = [json.dumps({**op_from_row(r).encode(), "author": r.author,
                             "author_org": r.author_org}, ensure_ascii=False)
                 for r in rows]
        first, last = rows[0].seq, rows[-1].seq
        header = {"kind": "segment", "team_id": team_id, "replica_id": me,
                  "seq": [first, last], "vv": vv, "schema_version": migrator.head_revision(),
                  "app_version": __version__, "enc": None, "op_count": len(rows)}
        data = frame.encode(header, ("\n".join(lines) + "\n").encode("utf-8"))
        own = share.device_dir(folder, me)
        share.remove_own_temp_files(own)
        name = share.segment_name(first, last)
        try:
            path = share.write_new_file(own, name, data)
        except FileExistsError:
            existing = frame.decode((own / name).read_bytes())
            mine = frame.decode(data)
            if existing.payload != mine.payload:
                raise
            path = own / name  # written before a crash, not yet marked: same content
        with self.db.engine.begin() as conn:
            conn.execute(update(op_t).where(op_t.c.replica == me, op_t.c.seq >= first,
                                            op_t.c.seq <= last).values(exported=True))
            _record_file(conn, path, len(data), FileStatus.OK.value, me, first, last, "")
        report.exported_ops += len(rows)
        report.exported_files.append(str(path))

    # -- status ------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.db.engine.begin() as conn:
            row = self._replica_row(conn)
            me = row.replica_id
            unexported = conn.scalar(select(func.count()).select_from(op_t).where(
                op_t.c.replica == me, op_t.c.exported.is_(False))) or 0
            devices = []
            for replica, last_seq in sorted(SqlState(conn).vv().items()):
                op = conn.execute(select(op_t.c.author, op_t.c.author_org, op_t.c.wall).where(
                    op_t.c.replica == replica, op_t.c.seq == last_seq)).first()
                devices.append(DeviceStatus(
                    replica=replica, person=op.author if op else "",
                    organisation=op.author_org if op else "", last_seq=last_seq,
                    last_change=op.wall if op else "", is_me=replica == me))
            problems = tuple(
                FileProblem(path=f.path, status=f.status, replica=f.replica,
                            author=_author_of(conn, f.replica), detail=f.detail)
                for f in conn.execute(select(file_t).where(
                    file_t.c.status.not_in(FINAL_STATUSES))))
            notices = conn.scalar(select(func.count()).select_from(notice_t).where(
                notice_t.c.resolved_at.is_(None))) or 0
        return SyncStatus(shared=bool(row.team_id), folder=row.share_folder or "",
                          team_id=row.team_id or "", replica=me, unexported=int(unexported),
                          devices=tuple(devices), problems=problems,
                          open_notices=int(notices))


def _author_of(conn: Connection, replica: str) -> str:
    if not replica:
        return ""
    row = conn.execute(select(op_t.c.author, op_t.c.author_org).where(
        op_t.c.replica == replica).order_by(op_t.c.seq.desc()).limit(1)).first()
    if row is None:
        return ""
    return f"{row.author} — {row.author_org}" if row.author_org else row.author


def _record_file(conn: Connection, path: Path, size: int, status: str, replica: str,
                 first: int, last: int, detail: str) -> None:
    values = {"size": size, "status": status, "replica": replica, "first_seq": first,
              "last_seq": last, "detail": detail}
    done = conn.execute(update(file_t).where(file_t.c.path == str(path)).values(**values))
    if not done.rowcount:
        conn.execute(insert(file_t).values(path=str(path), **values))


__all__ = ["FileProblem", "SyncError", "SyncReport", "SyncService", "SyncStatus"]
