"""Sync through a shared folder: one cycle imports what others wrote, then exports ours.

Every replica writes only into its own device folder; files are immutable; a file is read
by content (never by name or mtime); a file that cannot be read is reported with who wrote
it and retried later; nothing on the share is ever deleted by another replica.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, update

from coopdesk import __version__
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.ids import new_id
from coopdesk.services.secrets import TeamSecrets
from coopdesk.services.sync_backfill import backfill
from coopdesk.services.sync_compaction import Compaction, compact, maintain
from coopdesk.services.sync_crypto import KeysError, ShareCrypto, check_passphrase
from coopdesk.services.sync_fork import can_rekey, rekey
from coopdesk.services.sync_snapshot import write_snapshot
from coopdesk.store.base import table_of, utcnow
from coopdesk.store.models.sync_tables import SyncFile, SyncNotice, SyncOp, SyncReplica
from coopdesk.store.sync_notices import note_once
from coopdesk.store.sync_schema import record_models
from coopdesk.store.sync_state import SqlState
from coopdesk.store.titles import title_of
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, share
from coopdesk.sync.frame import FileStatus
from coopdesk.sync.ops import Dot

if TYPE_CHECKING:
    from coopdesk.services.sync_import import Absorbed

op_t = table_of(SyncOp)
file_t = table_of(SyncFile)
replica_t = table_of(SyncReplica)
notice_t = table_of(SyncNotice)
FINAL_STATUSES = {FileStatus.OK.value, "duplicate", "foreign"}


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
    #: The snapshot this cycle wrote ("" when none was due) and the own files compaction
    #: deleted (sync_snapshot.py, sync_compaction.py).
    snapshot: str = ""
    compacted: list[str] = field(default_factory=list)
    #: The first of our seqs that another installation wrote differently (internal).
    fork_seq: int | None = None
    #: Encrypted team: why this laptop's changes were not shared (its key is missing).
    keys_needed: str = ""


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


class SyncService:
    def __init__(self, workspace: Workspace, secrets: TeamSecrets | None = None) -> None:
        self.workspace = workspace
        self.db = workspace.db
        #: The time snapshots and compaction go by (tests move it forward).
        self.now = utcnow
        #: The team's encryption keys (sync_crypto.py); `secrets` outlives this service in
        #: the app so keys kept in memory (no keyring) last the session.
        self.crypto = ShareCrypto(secrets if secrets is not None else TeamSecrets())

    # -- configuration -----------------------------------------------------------------
    def _replica_row(self, conn: Connection) -> Any:
        self.db.sync.ensure(conn)
        return conn.execute(select(replica_t)).one()

    def create_share(self, folder: Path, team_name: str = "",
                     passphrase: str | None = None) -> SyncReport:
        """Start sharing this workspace in *folder* (new or empty), then export everything;
        encrypted with a new team key locked by *passphrase* when one is given."""
        if passphrase is not None:
            check_passphrase(passphrase)
        with self.db.engine.begin() as conn:
            row = self._replica_row(conn)
            if row.team_id and row.share_folder:
                raise SyncError("This workspace is already shared in {folder}.",
                                folder=row.share_folder or "")
            # a team made by a one-file export (sync_share_file.py) keeps its id
            team_id = row.team_id or new_id()
            name = team_name or self.workspace.name
            try:
                share.create_team(folder, team_id, name, encrypted=passphrase is not None)
                if passphrase is not None:
                    self.crypto.start(folder, share.TeamInfo(team_id, name, 1, True),
                                      passphrase, self.db.sync.ensure(conn))
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
        with self.db.engine.begin() as conn:
            row = self._replica_row(conn)
            if row.team_id and row.team_id != team.team_id:
                raise SyncError("This workspace already belongs to another team.")
            conn.execute(update(replica_t).values(team_id=team.team_id,
                                                  share_folder=str(folder.absolute())))
        if team.name:
            self.workspace.rename(team.name)
        return self.sync()

    def team_of(self) -> str:
        """The team this workspace is shared with ("" when it is not shared)."""
        with self.db.engine.begin() as conn:
            return str(self._replica_row(conn).team_id or "")

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
            row = self._replica_row(conn)
        if not row.team_id or not row.share_folder:
            raise SyncError("This workspace is not shared yet (share create FOLDER).")
        return Path(row.share_folder), row.team_id

    # -- one cycle ---------------------------------------------------------------------
    def sync(self) -> SyncReport:
        """Import what is new on the share, then export our changes (SYNC.md)."""
        from coopdesk.services.sync_import import import_all

        folder, team_id = self.folder()
        try:
            team = share.preflight(folder, team_id)
        except share.ShareError as exc:
            raise SyncError("{reason}", reason=str(exc)) from exc
        self.crypto.prepare(folder, team)
        report = SyncReport()
        with self.db.engine.begin() as conn:
            me = self.db.sync.ensure(conn)
        share.remove_own_temp_files(share.device_dir(folder, me))
        for _attempt in range(3):
            import_all(self, folder, team_id, report)
            if report.fork_seq is None:
                self._export(folder, team_id, report)
            if report.fork_seq is None:
                maintain(self, folder, team_id, report)  # snapshot when due, compaction
                return report
            if not self._settle_fork(report):
                return report
        return report

    def write_snapshot(self, now: dt.datetime | None = None) -> Path | None:
        """Write a snapshot of this workspace's merged state into our device folder now
        (whether due or not); its path, or None when there is nothing to cover."""
        folder, team_id = self._prepared()
        return write_snapshot(self, folder, team_id, now or self.now())

    def compact(self, now: dt.datetime | None = None) -> Compaction:
        """Delete our own segments and old snapshots that our snapshots made unnecessary
        (sync_compaction.py's rules); what was deleted."""
        folder, team_id = self._prepared()
        return compact(self, folder, team_id, now or self.now())

    def _prepared(self) -> tuple[Path, str]:
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

    def _export(self, folder: Path, team_id: str, report: SyncReport) -> None:
        with self.db.engine.begin() as conn:
            me = self.db.sync.ensure(conn)
            rows = conn.execute(select(op_t).where(op_t.c.replica == me,
                                                   op_t.c.exported.is_(False))
                                .order_by(op_t.c.seq)).all()
            vv = SqlState(conn).vv()
            # the local file is at the app's schema head (Workspace.open upgrades it)
            schema = str(conn.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() or "")
        for index in range(1, len(rows)):  # one contiguous run per file
            if rows[index].seq != rows[index - 1].seq + 1:
                rows = rows[:index]
                break
        if not rows:
            return  # nothing is written when nothing changed
        try:
            key = self.crypto.write_key()
        except KeysError as exc:  # the changes wait in the outbox, nothing is lost
            report.keys_needed = exc.message
            return
        lines = [segment_line(r) for r in rows]
        first, last = rows[0].seq, rows[-1].seq
        header = {"kind": "segment", "team_id": team_id, "replica_id": me,
                  "seq": [first, last], "vv": vv, "schema_version": schema,
                  "app_version": __version__, "enc": None, "op_count": len(rows),
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
                return
        share.crash_point("before_mark")
        with self.db.engine.begin() as conn:
            conn.execute(update(op_t).where(op_t.c.replica == me, op_t.c.seq >= first,
                                            op_t.c.seq <= last).values(exported=True))
            self._record(conn, self._where(folder, path), len(data), FileStatus.OK.value, me,
                         first, last, "")
        report.exported_ops += len(rows)
        report.exported_files.append(str(path))

    def _same_ops_at(self, folder: Path, path: Path, first: int, last: int,
                     report: SyncReport) -> bool:
        """True when the file at our next name holds exactly our ops first..last; otherwise
        note why we cannot export now (a fork, or a file we cannot read yet)."""
        from coopdesk.services.sync_import import first_difference, parse_segment

        existing = frame.decode(path.read_bytes(), self.crypto.resolver())
        with self.db.engine.begin() as conn:
            me = self.db.sync.ensure(conn)
            try:
                if existing.status is not FileStatus.OK:
                    raise ValueError(existing.reason)
                header = existing.header or {}
                ops = parse_segment(header, existing.payload or b"")
            except (ValueError, UnicodeDecodeError) as exc:
                report.problems.append(self.problem(
                    str(path), existing.status.value, me, self.author_of(conn, me),
                    f"a file we did not write has our next name ({exc})"))
                return False
            differs = first_difference(conn, ops)
            if differs is None and header.get("seq") == [first, last]:
                return True
            self._record(conn, self._where(folder, path), path.stat().st_size, "fork", me,
                         0, 0, "another installation writes as this one")
        report.fork_seq = differs if differs is not None else first
        return False

    # -- files -------------------------------------------------------------------------
    def record_file(self, conn: Connection, where: str, size: int, got: Absorbed) -> None:
        """Note what a file at *where* (relative to the share's CoopDesk folder) held."""
        self._record(conn, where, size, got.status, got.replica, got.first, got.last,
                     got.detail)

    @staticmethod
    def _record(conn: Connection, where: str, size: int, status: str, replica: str,
                first: int, last: int, detail: str) -> None:
        values = {"size": size, "status": status, "replica": replica, "first_seq": first,
                  "last_seq": last, "detail": detail}
        done = conn.execute(update(file_t).where(file_t.c.path == where).values(**values))
        if not done.rowcount:
            conn.execute(insert(file_t).values(path=where, **values))

    @staticmethod
    def _where(folder: Path, path: Path) -> str:
        return path.relative_to(share.share_root(folder)).as_posix()

    @staticmethod
    def problem(path: str, status: str, replica: str, author: str, detail: str) -> FileProblem:
        return FileProblem(path=path, status=status, replica=replica, author=author,
                           detail=detail)

    @staticmethod
    def author_of(conn: Connection, replica: str, claimed: dict[str, Any] | None = None) -> str:
        """Who writes as *replica*: from its ops we hold, else from what an unreadable
        file's header claims (marked as such)."""
        if replica:
            row = conn.execute(select(op_t.c.author, op_t.c.author_org).where(
                op_t.c.replica == replica).order_by(op_t.c.seq.desc()).limit(1)).first()
            if row is not None:
                return f"{row.author} — {row.author_org}" if row.author_org else row.author
        claimed = claimed or {}
        name, org = claimed.get("author"), claimed.get("author_org")
        if isinstance(name, str) and name:
            who = f"{name} — {org}" if isinstance(org, str) and org else name
            return f"{who} (as the file says)"
        return ""

    # -- status ------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.db.engine.begin() as conn:
            row = self._replica_row(conn)
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
                            author=self.author_of(conn, f.replica), detail=f.detail)
                for f in conn.execute(select(file_t).where(
                    file_t.c.status.not_in(FINAL_STATUSES)).order_by(file_t.c.path)))
            notices = conn.scalar(select(func.count()).select_from(notice_t).where(
                notice_t.c.resolved_at.is_(None))) or 0
        return SyncStatus(shared=bool(row.team_id and row.share_folder),
                          folder=row.share_folder or "",
                          team_id=row.team_id or "", replica=me, unexported=int(unexported),
                          devices=tuple(devices), problems=problems,
                          open_notices=int(notices))

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


__all__ = ["DeviceStatus", "FileProblem", "NoticeLine", "SyncError", "SyncReport",
           "SyncService", "SyncStatus"]
