"""Sync through a shared folder: one cycle imports what others wrote, then exports ours.

Every replica writes only into its own device folder; files are immutable; a file is read
by content (never by name or mtime); a file that cannot be read is reported with who wrote
it and retried later; nothing on the share is ever deleted by another replica.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, update

from coopdesk import __version__
from coopdesk.domain.ids import new_id
from coopdesk.services.sharing.backfill import backfill
from coopdesk.services.sharing.compaction import Compaction, compact, maintain
from coopdesk.services.sharing.crypto import KeysError, ShareCrypto, check_passphrase
from coopdesk.services.sharing.file_records import author_of, record, where_of
from coopdesk.services.sharing.fork import can_rekey, previous_digest, rekey
from coopdesk.services.sharing.imported import imported_changes, version_vector
from coopdesk.services.sharing.importing import first_difference, import_all, parse_segment
from coopdesk.services.sharing.scanning import Removed, leftovers, remove_leftovers
from coopdesk.services.sharing.secrets import TeamSecrets
from coopdesk.services.sharing.snapshots import write_snapshot
from coopdesk.services.sharing.types import (
    DeviceStatus,
    FileProblem,
    NoticeLine,
    SyncError,
    SyncOutcome,
    SyncReport,
    SyncStatus,
    segment_line,
)
from coopdesk.store.base import table_of, utcnow
from coopdesk.store.models.sync_tables import SyncFile, SyncNotice, SyncOp, SyncReplica
from coopdesk.store.sync_notices import note_once
from coopdesk.store.sync_schema import record_models
from coopdesk.store.sync_state import SqlState
from coopdesk.store.titles import title_of
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, keys, share
from coopdesk.sync.frame import FileStatus
from coopdesk.sync.ops import Dot

op_t = table_of(SyncOp)
file_t = table_of(SyncFile)
replica_t = table_of(SyncReplica)
notice_t = table_of(SyncNotice)
FINAL_STATUSES = {FileStatus.OK.value, "duplicate", "foreign"}
#: At most this many characters of changes in one segment (4 bytes each at worst in UTF-8:
#: well inside what every reader allows, frame.FILE_MAX and frame.PAYLOAD_MAX).
SEGMENT_PAYLOAD = 6 << 20


class SyncService:
    def __init__(self, workspace: Workspace, secrets: TeamSecrets | None = None) -> None:
        self.workspace = workspace
        self.db = workspace.db
        #: The time snapshots and compaction go by (tests move it forward).
        self.now = utcnow
        #: The team's encryption keys (crypto.py); `secrets` outlives this service in
        #: the app so keys kept in memory (no keyring) last the session.
        self.crypto = ShareCrypto(secrets if secrets is not None else TeamSecrets())

    # -- configuration -----------------------------------------------------------------
    def replica_row(self, conn: Connection) -> Any:
        self.db.sync.ensure(conn)
        return conn.execute(select(replica_t)).one()

    def create_share(self, folder: Path, team_name: str = "",
                     passphrase: str | None = None) -> SyncReport:
        """Start sharing this workspace in *folder* (new or empty), then export everything;
        encrypted with a new team key locked by *passphrase* when one is given."""
        if passphrase is not None:
            check_passphrase(passphrase)
        with self.db.holding("share create"):
            return self._create_share(folder, team_name, passphrase)

    def _create_share(self, folder: Path, team_name: str, passphrase: str | None
                      ) -> SyncReport:
        with self.db.engine.begin() as conn:
            row = self.replica_row(conn)
            if row.team_id and row.share_folder:
                raise SyncError("This workspace is already shared in {folder}.",
                                folder=row.share_folder or "")
            # a team made by a one-file export (share_file.py) keeps its id
            team_id = row.team_id or new_id()
            name = team_name or self.workspace.name
            try:
                if passphrase is None:
                    share.create_team(folder, team_id, name)
                else:  # the name is sealed with the first key: the folder shows ids only
                    key_id, data_key = keys.new_data_key()
                    sealed = share.seal_name(team_id, name, key_id, data_key)
                    share.create_team(folder, team_id, name, encrypted=True,
                                      sealed_name=sealed)
                    self.crypto.start(folder, share.TeamInfo(team_id, "", 1, True, sealed),
                                      passphrase, self.db.sync.ensure(conn),
                                      (key_id, data_key))
            except (share.ShareError, OSError) as exc:
                raise SyncError("{reason}", reason=str(exc)) from exc
            conn.execute(update(replica_t).values(team_id=team_id,
                                                  share_folder=str(folder.absolute())))
            backfill(conn, self.db.sync, self.db.profile)
        return self.sync()

    def join(self, folder: Path, passphrase: str | None = None) -> SyncReport:
        """Make this (new, empty) workspace a replica of the team shared in *folder*; for an
        encrypted team, *passphrase* opens its keys first (KeysError: nothing changed)."""
        try:
            team = share.preflight(folder)
        except share.ShareError as exc:
            raise SyncError("{reason}", reason=str(exc)) from exc
        if passphrase is not None:
            self.crypto.unlock(folder, team, passphrase)
        name = share.open_name(team, self.crypto.held.get)
        with self.db.holding("share join"):
            with self.db.engine.begin() as conn:
                row = self.replica_row(conn)
                if row.team_id and row.team_id != team.team_id:
                    raise SyncError("This workspace already belongs to another team.")
                conn.execute(update(replica_t).values(team_id=team.team_id,
                                                      share_folder=str(folder.absolute())))
            if name:
                self.workspace.rename(name)
            return self.sync()

    def team_of(self) -> str:
        """The team this workspace is shared with ("" when it is not shared)."""
        with self.db.engine.begin() as conn:
            return str(self.replica_row(conn).team_id or "")

    def move_folder(self, folder: Path) -> None:
        """The shared folder is now at *folder* (another mount point, a moved cloud folder);
        it must hold this workspace's team."""
        _folder, team_id = self.folder()
        try:
            share.preflight(folder, team_id)
        except share.ShareError as exc:
            raise SyncError("{reason}", reason=str(exc)) from exc
        with self.db.engine.begin() as conn:
            conn.execute(update(replica_t).values(share_folder=str(folder.absolute())))

    def folder(self) -> tuple[Path, str]:
        with self.db.engine.begin() as conn:
            row = self.replica_row(conn)
        if not row.team_id or not row.share_folder:
            raise SyncError("This workspace is not shared yet (share create FOLDER).")
        return Path(row.share_folder), row.team_id

    # -- one cycle ---------------------------------------------------------------------
    def sync(self, wait: float | None = None) -> SyncReport:
        """Import what is new on the share, then export our changes (SYNC.md). One cycle
        at a time per workspace across processes: waits up to *wait* seconds (None: the
        default, 0: not at all) for another coopdesk's, then WorkspaceLockedError."""
        with self.db.holding("sync", wait):
            return self._cycle()

    def _cycle(self) -> SyncReport:
        folder, team_id = self.folder()
        try:
            team = share.preflight(folder, team_id)
        except share.ShareError as exc:
            raise SyncError("{reason}", reason=str(exc)) from exc
        self.crypto.prepare(folder, team)
        report = SyncReport()
        with self.db.engine.begin() as conn:
            me = self.db.sync.ensure(conn)
        report.keys_republished = self.crypto.repair(me)
        report.key_files = self.crypto.key_notes()
        share.remove_own_temp_files(share.device_dir(folder, me))
        for _attempt in range(3):
            import_all(self.db, self.crypto, folder, team_id, report)
            while report.fork_seq is None and self._export(folder, team_id, report):
                pass  # one file per SEGMENT_PAYLOAD of changes
            if report.fork_seq is None:
                # snapshot when due, compaction
                maintain(self.db, self.crypto, folder, team_id, self.workspace.name,
                         self.now(), report)
                return report
            if not self._settle_fork(report):
                return report
        return report

    def sync_with_changes(self, wait: float | None = None) -> SyncOutcome:
        """One sync cycle, and the Changes (of origin IMPORTED) of every record it brought."""
        before = version_vector(self.db)
        report = self.sync(wait)
        return SyncOutcome(report, imported_changes(self.db, before))

    def write_snapshot(self, now: dt.datetime | None = None) -> Path | None:
        """Write a snapshot of this workspace's merged state into our device folder now
        (whether due or not); its path, or None when there is nothing to cover."""
        folder, team_id = self.prepared()
        return write_snapshot(self.db, self.crypto, folder, team_id, self.workspace.name,
                              now or self.now())

    def compact(self, now: dt.datetime | None = None) -> Compaction:
        """Delete our own segments and old snapshots that our snapshots made unnecessary
        (compaction.py's rules); what was deleted."""
        folder, team_id = self.prepared()
        return compact(self.db, self.crypto, folder, team_id, now or self.now())

    def prepared(self) -> tuple[Path, str]:
        folder, team_id = self.folder()
        try:
            team = share.preflight(folder, team_id)
        except share.ShareError as exc:
            raise SyncError("{reason}", reason=str(exc)) from exc
        self.crypto.prepare(folder, team)
        return folder, team_id

    def _settle_fork(self, report: SyncReport) -> bool:
        """Take a new replica id when that is safe; False when exporting must stay stopped."""
        fork_seq = report.fork_seq
        assert fork_seq is not None
        report.fork_seq = None
        with self.db.engine.begin() as conn:
            me = self.db.sync.ensure(conn)
            if not can_rekey(conn, me, fork_seq):
                note_once(conn, "fork", "", "", me, {"replica": me, "stopped": True})
                report.fork = True
                return False
            done = rekey(conn, me)
        self.db.sync.reset()
        report.rekeyed_to, report.rekeyed_ops = done.new, report.rekeyed_ops + done.moved
        return True

    def _export(self, folder: Path, team_id: str, report: SyncReport) -> bool:
        """Write our oldest unshared changes into one new segment (at most SEGMENT_PAYLOAD
        bytes of them: every reader's bounds allow it); True when more wait."""
        with self.db.engine.begin() as conn:
            me = self.db.sync.ensure(conn)
            rows = conn.execute(select(op_t).where(op_t.c.replica == me,
                                                   op_t.c.exported.is_(False))
                                .order_by(op_t.c.seq)).all()
            vv = SqlState(conn).vv()
            # the op before the file's first, so that a copy's files are told apart (fork.py)
            prev = previous_digest(conn, me, rows[0].seq) if rows else ""
            # the local file is at the app's schema head (Workspace.open upgrades it)
            schema = str(conn.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() or "")
        for index in range(1, len(rows)):  # one contiguous run per file
            if rows[index].seq != rows[index - 1].seq + 1:
                rows = rows[:index]
                break
        if not rows:
            return False  # nothing is written when nothing changed
        try:
            key = self.crypto.write_key()
        except KeysError as exc:  # the changes wait in the outbox, nothing is lost
            report.keys_needed = exc.message
            return False
        lines: list[str] = []
        size = 0
        for row in rows:
            line = segment_line(row)
            if lines and size + len(line) + 1 > SEGMENT_PAYLOAD:
                break
            lines.append(line)
            size += len(line) + 1
        more = len(lines) < len(rows)
        rows = rows[: len(lines)]
        first, last = rows[0].seq, rows[-1].seq
        header = {"kind": "segment", "team_id": team_id, "replica_id": me,
                  "seq": [first, last], "vv": vv, "schema_version": schema,
                  "app_version": __version__, "enc": None, "op_count": len(rows),
                  "prev": prev,
                  "author": self.db.profile.name, "author_org": self.db.profile.organisation}
        if key is not None:  # names are personal data: an encrypted header holds none
            del header["author"], header["author_org"]
        data = frame.encode(header, ("\n".join(lines) + "\n").encode("utf-8"), key)
        own = share.device_dir(folder, me)
        name = share.segment_name(first, last)
        try:
            path = share.write_new_file(own, name, data, verify=self.crypto.verifier())
        except FileExistsError:
            # written before a crash and not yet marked (same ops), or someone writes as us
            path = own / name
            if not self._same_ops_at(folder, path, first, last, report):
                return False
        share.crash_point("before_mark")
        with self.db.engine.begin() as conn:
            conn.execute(update(op_t).where(op_t.c.replica == me, op_t.c.seq >= first,
                                            op_t.c.seq <= last).values(exported=True))
            record(conn, where_of(folder, path), len(data), FileStatus.OK.value, me, first,
                   last, "")
        report.exported_ops += len(rows)
        report.exported_files.append(str(path))
        return more

    def _same_ops_at(self, folder: Path, path: Path, first: int, last: int,
                     report: SyncReport) -> bool:
        """True when the file at our next name holds exactly our ops first..last; otherwise
        note why we cannot export now (a fork, or a file we cannot read yet)."""
        try:
            existing = frame.decode(share.read_regular(path, frame.FILE_MAX),
                                    self.crypto.resolver())
        except OSError as exc:  # a link, a pipe, a device...: not ours
            existing = frame.ReadResult(FileStatus.CORRUPT, reason=str(exc))
        with self.db.engine.begin() as conn:
            me = self.db.sync.ensure(conn)
            try:
                if existing.status is not FileStatus.OK:
                    raise ValueError(existing.reason)
                header = existing.header or {}
                ops = parse_segment(header, existing.payload or b"")
            except (ValueError, UnicodeDecodeError) as exc:
                report.problems.append(FileProblem(
                    str(path), existing.status.value, me, author_of(conn, me),
                    f"a file we did not write has our next name ({exc})"))
                return False
            differs = first_difference(conn, ops)
            if differs is None and header.get("seq") == [first, last]:
                return True
            record(conn, where_of(folder, path), path.stat().st_size, "fork", me, 0, 0,
                   "another installation writes as this one")
        report.fork_seq = differs if differs is not None else first
        return False

    # -- status ------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.db.engine.begin() as conn:
            row = self.replica_row(conn)
            me = row.replica_id
            unexported = conn.scalar(select(func.count()).select_from(op_t).where(
                op_t.c.replica == me, op_t.c.exported.is_(False))) or 0
            devices = []
            vv = SqlState(conn).vv()
            vv.setdefault(me, 0)
            for replica, last_seq in sorted(vv.items()):
                # the newest op held (after a snapshot, the very last may not be here)
                op = conn.execute(select(op_t.c.author, op_t.c.author_org, op_t.c.wall).where(
                    op_t.c.replica == replica, op_t.c.seq <= last_seq)
                    .order_by(op_t.c.seq.desc()).limit(1)).first()
                devices.append(DeviceStatus(
                    replica=replica, person=op.author if op else self.db.profile.name,
                    organisation=op.author_org if op else self.db.profile.organisation,
                    last_seq=last_seq, last_change=op.wall if op else "",
                    is_me=replica == me))
            root = share.share_root(Path(row.share_folder or "."))
            problems = tuple(
                FileProblem(path=str(root / f.path), status=f.status, replica=f.replica,
                            author=author_of(conn, f.replica), detail=f.detail)
                for f in conn.execute(select(file_t).where(
                    file_t.c.status.not_in(FINAL_STATUSES)).order_by(file_t.c.path))
                # only what exists now (the next cycle forgets the others for good)
                if os.path.lexists(root / f.path))
            notices = conn.scalar(select(func.count()).select_from(notice_t).where(
                notice_t.c.resolved_at.is_(None))) or 0
        return SyncStatus(shared=bool(row.team_id and row.share_folder),
                          folder=row.share_folder or "",
                          team_id=row.team_id or "", replica=me, unexported=int(unexported),
                          devices=tuple(devices), problems=problems,
                          open_notices=int(notices))

    def leftovers(self) -> tuple[str, ...]:
        """The leftover copies of sync programs the last cycle found (scanning.py)."""
        folder, _team_id = self.folder()
        with self.db.engine.begin() as conn:
            return leftovers(conn, share.share_root(folder))

    def remove_leftovers(self) -> Removed:
        """Delete the leftover copies of sync programs the last cycle found (incomplete or
        damaged copies of files whose changes arrived whole), each checked again first;
        nothing else is ever deleted."""
        folder, _team_id = self.folder()
        with self.db.engine.begin() as conn:
            return remove_leftovers(conn, share.share_root(folder))

    def notices(self) -> tuple[NoticeLine, ...]:
        """The open conflicts and notices, oldest first."""
        models = record_models()
        lines = []
        with self.db.reading() as session:
            conn = session.connection()
            rows = conn.execute(select(notice_t).where(notice_t.c.resolved_at.is_(None))
                                .order_by(notice_t.c.id)).all()
            for r in rows:
                try:
                    loaded = json.loads(r.detail) if r.detail else {}
                except ValueError:
                    loaded = {}
                detail: dict[str, Any] = loaded if isinstance(loaded, dict) else {}
                model = models.get(r.tbl)
                record = session.get(model, r.row_id) if model is not None else None
                authors: list[str] = []
                for dot in detail.get("versions", []) if r.kind == "conflict" else []:
                    try:
                        author = SqlState(conn).authors([Dot.decode(dot)])
                    except (ValueError, TypeError):
                        continue
                    for name, org in author.values():
                        authors.append(f"{name} — {org}" if org else name)
                lines.append(NoticeLine(
                    id=r.id, kind=r.kind, table=r.tbl, row_id=r.row_id, column=r.col,
                    detail=detail, created_at=r.created_at.isoformat(timespec="seconds"),
                    title=title_of(record) if record is not None else "",
                    authors=tuple(authors)))
        return tuple(lines)


def folders_to_watch(folder: Path) -> tuple[Path, ...]:
    """The folders of the share in *folder* that change when someone shares something: its
    CoopDesk folder, its devices folder and every device folder (those that exist)."""
    root = share.share_root(folder)
    devices = root / "devices"
    candidates = [root, devices]
    if devices.is_dir():
        candidates += sorted(p for p in devices.iterdir() if p.is_dir())
    return tuple(path for path in candidates if path.is_dir())


__all__ = ["SyncService", "folders_to_watch"]
