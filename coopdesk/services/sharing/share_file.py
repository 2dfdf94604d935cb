"""One-file exchange, for teams that pass a USB stick or send an email: the whole workspace
as one snapshot file, and the import of such a file.

The file is a snapshot (frame format, kind "snapshot") exactly as a replica writes into its
device folder, so importing it is the same join: into a workspace of the same team it
merges (importing twice changes nothing), into a new empty workspace it makes a new replica
of the team (as `share join` does), and a file of another team is refused. A workspace that
was never shared gets a team id on its first export (so that files coming back are known as
its team's). For an encrypted team the file is written with the team key, so the shared
folder must be reachable while exporting.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.ids import new_id
from coopdesk.services.changes import Changes
from coopdesk.services.sharing.backfill import backfill
from coopdesk.services.sharing.imported import imported_changes, version_vector
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.snapshots import build_snapshot, join_snapshot, verifies
from coopdesk.services.sharing.types import SyncReport
from coopdesk.store.base import table_of
from coopdesk.store.models.sync_tables import SyncReplica
from coopdesk.store.sync_schema import record_models
from coopdesk.store.sync_state import SqlState
from coopdesk.sync import frame, share
from coopdesk.sync.frame import FileStatus
from coopdesk.sync.snapshot import KIND, covers, header_vv, parse_payload

replica_t = table_of(SyncReplica)
#: Suggested file name extension (any name works: files are read by content).
FILE_SUFFIX = ".cdsnap"


class ShareFileError(CoopdeskError):
    """The file cannot be written or imported; the message says why, nothing was changed."""


@dataclass(frozen=True)
class FileExport:
    path: Path
    ops: int
    team_name: str


@dataclass(frozen=True)
class FileImport:
    """What an import brought: `applied` changes (0: nothing new), from whom and when."""

    applied: int
    team_name: str
    author: str
    created: str
    #: The workspace was empty and joined the file's team.
    joined: bool


@dataclass(frozen=True)
class ShareFile:
    header: dict[str, object]
    payload: bytes

    @property
    def team_id(self) -> str:
        return str(self.header.get("team_id") or "")

    @property
    def team_name(self) -> str:
        return str(self.header.get("team_name") or "")

    @property
    def author(self) -> str:
        name, org = self.header.get("author"), self.header.get("author_org")
        if isinstance(name, str) and name:
            return f"{name} — {org}" if isinstance(org, str) and org else name
        return ""


def read_share_file(source: Path, service: SyncService | None = None) -> ShareFile:
    """Read and check a file made by `export_to_file` (ShareFileError when it is not one)."""
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise ShareFileError("The file {path} does not exist.", path=str(source)) from None
    except OSError as exc:
        raise ShareFileError("The file {path} cannot be read: {reason}.", path=str(source),
                             reason=exc.strerror or str(exc)) from None
    keys = service.crypto.resolver() if service is not None else None
    result = frame.decode(data, keys)
    status = result.status
    if status is FileStatus.INCOMPLETE:
        raise ShareFileError("The file {path} is incomplete (still being copied?).",
                             path=str(source))
    if status is FileStatus.CORRUPT:
        writer = str((frame.peek_header(data) or {}).get("replica_id") or "")
        if writer:  # a header names no person: the device that wrote the file
            raise ShareFileError("The file {path} is damaged or was tampered with (written "
                                 "on device {device}); nothing was imported: ask for it "
                                 "again.", path=str(source), device=writer)
        raise ShareFileError("The file {path} is damaged; ask for it again.", path=str(source))
    if status is FileStatus.NEWER_FORMAT:
        raise ShareFileError("The file {path} was made by a newer coopdesk; please update "
                             "coopdesk.", path=str(source))
    if status is FileStatus.UNKNOWN_KEY:
        raise ShareFileError("The file {path} is encrypted with a team key this workspace "
                             "does not hold; join the team's shared folder with its "
                             "passphrase first.", path=str(source))
    if status is not FileStatus.OK:
        raise ShareFileError("The file {path} was not written with this team's key.",
                             path=str(source))
    header = result.header or {}
    if header.get("kind") != KIND:
        raise ShareFileError("The file {path} is not a coopdesk workspace file.",
                             path=str(source))
    return ShareFile(header, result.payload or b"")


def export_to_file(service: SyncService, target: Path, *, overwrite: bool = False) -> FileExport:
    """Write the whole workspace to *target* (crash-safe: a temp file renamed into place)."""
    if target.exists() and (not overwrite or target.is_dir()):
        raise ShareFileError("{path} exists already; choose another name.", path=str(target))
    if not target.parent.is_dir():
        raise ShareFileError("The folder {path} does not exist.", path=str(target.parent))
    team_id = _team_for_export(service)
    key = service.crypto.write_key()
    with service.db.engine.begin() as conn:
        header, payload = build_snapshot(service.db, conn, team_id, service.workspace.name,
                                         service.now())
    if key is not None:  # names are personal data: an encrypted header holds none
        del header["author"], header["author_org"], header["team_name"]
    data = frame.encode(header, payload, key)
    resolve = service.crypto.resolver()
    _remove_stale_temp_files(target.parent)
    temp_name = f"{share.TEMP_PREFIX}{uuid.uuid4().hex}{FILE_SUFFIX}"
    try:
        written = share.write_new_file(target.parent, temp_name, data,
                                       verify=lambda got: verifies(got, resolve))
        written.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            (target.parent / temp_name).unlink()
        raise
    return FileExport(path=target, ops=int(header["op_count"]),
                      team_name=service.workspace.name)


#: A temp file of an export older than this was left by a crash (an export takes seconds).
STALE_TEMP_SECONDS = 3600


def _remove_stale_temp_files(folder: Path) -> None:
    """The temp files an export killed midway left in *folder* (only coopdesk's own names:
    `~cd-<hex>.tmp` before its rename, `~cd-<hex>.cdshare` after), once clearly stale."""
    limit = time.time() - STALE_TEMP_SECONDS
    for pattern in (f"{share.TEMP_PREFIX}*.tmp", f"{share.TEMP_PREFIX}*{FILE_SUFFIX}"):
        for path in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime < limit:
                    path.unlink()


def _team_for_export(service: SyncService) -> str:
    """This workspace's team id; a workspace never shared gets one now (and ops for all its
    rows), so that the file and whatever comes back are known as one team's."""
    with service.db.engine.begin() as conn:
        row = service.replica_row(conn)
        if row.team_id:
            team_id = str(row.team_id)
        else:
            team_id = new_id()
            conn.execute(update(replica_t).values(team_id=team_id))
            backfill(conn, service.db.sync, service.db.profile)
    if row.share_folder:  # an encrypted team's file needs its key, read from the share
        try:
            service.prepared()
        except CoopdeskError as exc:
            raise ShareFileError("The shared folder is needed to write the file with the "
                                 "team's key: {reason}", reason=exc.message) from exc
    return team_id


def _holds_records(service: SyncService) -> bool:
    with service.db.engine.begin() as conn:
        for model in record_models().values():
            if conn.scalar(select(func.count()).select_from(table_of(model))):
                return True
    return False


def import_from_file(service: SyncService, source: Path) -> FileImport:
    """Merge the file into this workspace (same team), or make this empty workspace a new
    replica of the file's team. ShareFileError, with nothing changed, otherwise. Holds the
    workspace lock (a sync of another coopdesk is waited for)."""
    with service.db.holding("import"):
        return _import_from_file(service, source)


def _import_from_file(service: SyncService, source: Path) -> FileImport:
    team = service.team_of()
    with contextlib.suppress(CoopdeskError):
        if team:
            service.prepared()  # an encrypted team's keys, when its folder is reachable
    got = read_share_file(source, service)
    joined = False
    if team and got.team_id != team:
        raise ShareFileError("The file {path} belongs to another team ({name}); nothing was "
                             "imported.", path=str(source), name=got.team_name or got.team_id)
    if not team:
        if _holds_records(service):
            raise ShareFileError("This workspace is not part of the team of {path} and already "
                                 "holds records; import the file into a new, empty workspace.",
                                 path=str(source))
        joined = True
    try:
        snapshot = parse_payload(got.header, got.payload)
    except (ValueError, UnicodeDecodeError):
        raise ShareFileError("The file {path} is damaged; ask for it again.",
                             path=str(source)) from None
    report = SyncReport()
    with service.db.engine.begin() as conn:
        me = service.db.sync.ensure(conn)
        local = SqlState(conn).vv()
        if snapshot.vv.get(me, 0) > local.get(me, 0):
            raise ShareFileError("The file {path} holds changes written as this laptop that it "
                                 "does not have (a copy of this workspace?); nothing was "
                                 "imported.", path=str(source))
        if joined:
            conn.execute(update(replica_t).values(team_id=got.team_id))
        applied = 0 if covers(local, header_vv(got.header)) else join_snapshot(
            service.db, conn, snapshot, report)
        share.crash_point("file_import_applied")  # crash tests: before the commit
    if joined and got.team_name:
        service.workspace.rename(got.team_name)
    return FileImport(applied=applied, team_name=got.team_name or service.workspace.name,
                      author=got.author, created=str(got.header.get("created") or ""),
                      joined=joined)


def import_with_changes(service: SyncService, source: Path) -> tuple[FileImport, Changes]:
    """`import_from_file`, and the Changes (of origin IMPORTED) of every record it brought
    (for the pages)."""
    before = version_vector(service.db)
    got = import_from_file(service, source)
    return got, imported_changes(service.db, before)


__all__ = ["FILE_SUFFIX", "FileExport", "FileImport", "ShareFile", "ShareFileError",
           "export_to_file", "import_from_file", "import_with_changes", "read_share_file"]
