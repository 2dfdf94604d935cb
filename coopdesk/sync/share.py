"""The shared folder: team file, per-device folders, atomic writes, scanning.

Every replica writes only inside `devices/<replica_id>/` and never rewrites a finished file.
Writes go to an exclusive temp file, are fsynced, renamed to a name that does not exist yet,
the folder is fsynced, and the file is read back and verified (SYNC.md, "Write").
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopdesk.sync import crypto, frame

ROOT_NAME = "CoopDesk"
TEAM_PREFIX = "coopdesk-team-"
TEMP_PREFIX = "~cd-"
SEGMENT_SUFFIX = ".cdseg"
SNAPSHOT_SUFFIX = ".cdsnap"
#: The team's key files (keys/, see keys.py): never read as data files.
KEY_SUFFIX = ".cdkey"
RETRY_DELAYS = (0.05, 0.2, 0.5, 1.0, 2.0)
#: Names a crash point (see `crash_point`) at which the process kills itself: crash tests.
CRASH_ENV = "COOPDESK_CRASH_AT"


#: The team file is small: a larger one is not a team file.
TEAM_FILE_MAX = 64 << 10
#: Our own file names (SYNC.md "Layout"), and the copies sync programs make of them when two
#: laptops wrote the same name: Dropbox "NAME (Alice's conflicted copy 2024-06-01).cdseg",
#: Nextcloud "NAME (conflicted copy 2024-06-01 120000).cdseg", Syncthing
#: "NAME.sync-conflict-20240601-120000-ABCDEFG.cdseg", Google Drive / Dropbox "NAME (1).cdseg",
#: OneDrive "NAME-LAPTOP.cdseg": the base name, then anything, then our suffix. A name may
#: also start with words a person or a file manager put before it ("Copie de NAME", "12-NAME"
#: when moved by hand), but never with ".", "~", "$", "#" or "@": other programs' temporary
#: and metadata files ("._NAME", "~$NAME", ".~NAME") are not ours.
_OWN_NAME = re.compile(
    r"(?:[^.~$#@/\\][^/\\]*?)?"
    r"(?P<base>seg-\d{12}-\d{12}|snap-\d{12}-\d{12}|snap-[0-9a-f]{16,64})"
    r"(?P<tail>[^/\\]*)(?P<suffix>\.cdseg|\.cdsnap)", re.ASCII)
#: Folders never looked into: sync programs' own folders (Syncthing .stversions and
#: .stfolder, .dropbox.cache, Google Drive .tmp.drivedownload, trash and recycle bins,
#: Synology @eaDir, Windows $RECYCLE.BIN), and the team's keys/ (key files, see keys.py).
_SKIPPED_DIR_PREFIXES = (".", "~", "$", "@", "#")
_SKIPPED_DIRS = {"keys"}
#: Other programs' temporary and partial files, named here for the documentation and the
#: tests: none of them has one of our names, so `scan` never reads them.
OTHER_PROGRAMS_FILES = (
    ".syncthing.NAME.tmp", "~syncthing~NAME.tmp", "NAME.part", "NAME.partial",
    "NAME.crdownload", "~$NAME", ".~lock.NAME#", ".~NAME", "~NAME.tmp", ".dropbox",
    ".dropbox.attr", "desktop.ini", "Thumbs.db", ".DS_Store", "._NAME", "NAME.tmp",
    ".nextcloudsync.log", ".owncloudsync.log", ".sync_0123abcd.db", ".sync_journal.db",
    ".~NAME.~tmp", "NAME.sf-tmp", ".goutputstream-ABC",
)


class ShareError(Exception):
    """The shared folder cannot be used (missing, foreign, unwritable); message is plain."""


class UnreadableFileError(OSError):
    """A file of the share that is not read: not a regular file, or larger than allowed."""


@dataclass(frozen=True)
class TeamInfo:
    team_id: str
    name: str
    format: int
    #: The team encrypts what it writes (SYNC.md "Encryption"); its keys are in keys/.
    encrypted: bool = False
    #: An encrypted team's name, sealed with a team key (`open_name`); None in clear.
    sealed_name: dict[str, str] | None = None


@dataclass(frozen=True)
class SharedFile:
    path: Path
    size: int
    #: The device folder it sits in (None when it sits elsewhere: moved by hand).
    folder_replica: str | None
    #: Our own name this file has or derives from (a sync program's conflicted copy).
    base: str = ""
    #: Why it is not read at all ("" for a regular file): a link, a pipe, a device, or a
    #: folder that cannot be listed (then `path` is the folder).
    unreadable: str = ""

    @property
    def is_copy(self) -> bool:
        """A sync program's copy of one of our files, under another name."""
        return bool(self.base) and self.path.name != self.base


def own_name(name: str) -> str | None:
    """The name of ours that *name* is or is a conflicted copy of; None for any other file
    (other programs' temporary, partial and system files are never read)."""
    match = _OWN_NAME.fullmatch(name)
    if match is None:
        return None
    suffix = match["suffix"]
    base = match["base"]
    if (base.startswith("seg-")) != (suffix == SEGMENT_SUFFIX):
        return None
    return base + suffix


def name_range(base: str) -> tuple[int, int] | None:
    """The (first, last) seqs a segment's name names; None for other names."""
    match = re.fullmatch(r"seg-(\d{12})-(\d{12})\.cdseg", base)
    return (int(match[1]), int(match[2])) if match else None


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of *path*, a regular file of at most *limit* bytes; UnreadableFileError when it
    is a link, a pipe, a device or too large, OSError when it cannot be opened. Never
    follows a link, never waits on a pipe, never holds more than *limit* + 1 bytes."""
    flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if path.is_symlink():
            raise UnreadableFileError(f"not a regular file ({_kind(path)}): not read") from exc
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError(
                f"not a regular file ({_mode_kind(info.st_mode)}): not read")
        if info.st_size > limit:
            raise _too_large(limit)
        chunks: list[bytes] = []
        held = 0
        while held <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - held))
            if not chunk:
                break
            chunks.append(chunk)
            held += len(chunk)
        if held > limit:
            raise _too_large(limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_head(path: Path, size: int) -> bytes:
    """At most the first *size* bytes of *path*, a regular file (UnreadableFileError otherwise)."""
    flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnreadableFileError("not a regular file: not read")
        return os.read(fd, size)
    finally:
        os.close(fd)


def _too_large(limit: int) -> UnreadableFileError:
    return UnreadableFileError(f"larger than the {limit} bytes such a file may have: not read")


def _mode_kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a plain file"


def _kind(path: Path) -> str:
    try:
        return _mode_kind(os.lstat(path).st_mode)
    except OSError:
        return "gone"


def crash_point(name: str) -> None:
    """Die here, as a power cut would, when the environment names this point (SYNC.md
    test 10: `kill -9` at every step of export and import)."""
    if os.environ.get(CRASH_ENV) == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def share_root(folder: Path) -> Path:
    return folder / ROOT_NAME


def seal_name(team_id: str, name: str, key_id: str, data_key: bytes) -> dict[str, str]:
    """An encrypted team's name as its team file holds it: only the key id is in clear."""
    salt = crypto.new_salt()
    body = crypto.encrypt_body(data_key, salt, _name_aad(team_id, key_id),
                               name.encode("utf-8"))
    return {"key_id": key_id, "salt": salt.hex(), "data": body.hex()}


def _name_aad(team_id: str, key_id: str) -> bytes:
    return f"coopdesk team name {team_id} {key_id}".encode()


def open_name(team: TeamInfo, keys: Callable[[str], bytes | None]) -> str:
    """The team's name: in clear, or opened with a key this laptop holds ("" when it holds
    none, or the sealed name is damaged)."""
    sealed = team.sealed_name
    if sealed is None:
        return team.name
    key = keys(sealed.get("key_id", ""))
    if key is None:
        return team.name
    try:
        return crypto.decrypt_body(key, bytes.fromhex(sealed.get("salt", "")),
                                   _name_aad(team.team_id, sealed.get("key_id", "")),
                                   bytes.fromhex(sealed.get("data", ""))).decode("utf-8")
    except (crypto.DecryptError, ValueError):
        return team.name


def create_team(folder: Path, team_id: str, name: str, *, encrypted: bool = False,
                sealed_name: dict[str, str] | None = None) -> Path:
    """Write the team file once into a new or empty CoopDesk folder. An encrypted team's
    file holds its name only sealed (*sealed_name*): ids and versions are all in clear."""
    root = share_root(folder)
    if root.exists() and any(root.iterdir()):
        raise ShareError(f"{root} already holds data; join it instead of creating a new team.")
    root.mkdir(parents=True, exist_ok=True)
    (root / "devices").mkdir(exist_ok=True)
    info: dict[str, Any] = {
        "team_id": team_id, "name": name, "format": frame.FORMAT_MAJOR,
        "note": "coopdesk shared folder: do not edit, rename or move files in here."}
    if encrypted:
        info["encryption"] = "v1"
    if sealed_name is not None:
        del info["name"]
        info["sealed_name"] = sealed_name
    data = json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8")
    return write_new_file(root, f"{TEAM_PREFIX}{team_id}.json", data, verify=lambda b: True)


def preflight(folder: Path, team_id: str | None = None) -> TeamInfo:
    """The folder holds our team file. Never "start fresh" over a folder that may be unmounted."""
    root = share_root(folder)
    if not folder.is_dir():
        raise ShareError(f"The shared folder {folder} cannot be found (is the drive "
                         "connected?). Nothing was changed.")
    teams = sorted(root.glob(f"{TEAM_PREFIX}*.json")) if root.is_dir() else []
    if not teams:
        raise ShareError(f"{folder} holds no coopdesk team (empty, not yet synced, or another "
                         "folder). Nothing was changed.")
    read = [_read_team(path) for path in teams]
    infos = [info for info in read if isinstance(info, TeamInfo)]
    if not infos:
        why = "; ".join(sorted({f"{path.name}: {reason}" for path, reason
                                in zip(teams, read, strict=True) if isinstance(reason, str)}))
        raise ShareError(f"The team file in {folder} cannot be read ({why}). "
                         "Nothing was changed.")
    if team_id is not None:
        infos = [info for info in infos if info.team_id == team_id]
        if not infos:
            raise ShareError(f"{folder} belongs to another team. Nothing was changed.")
    else:
        check_files_match(folder, infos[0])
    if infos[0].format > frame.FORMAT_MAJOR:
        raise ShareError(f"{folder} was shared by a newer coopdesk (format "
                         f"{infos[0].format}); please update coopdesk. Nothing was changed.")
    return infos[0]


def _read_team(path: Path) -> TeamInfo | str:
    """The team file's content, or why it cannot be read."""
    try:
        data: Any = json.loads(read_regular(path, TEAM_FILE_MAX).decode("utf-8"))
        sealed = data.get("sealed_name")
        sealed = {str(k): str(v) for k, v in sealed.items()} if isinstance(
            sealed, dict) else None
        return TeamInfo(team_id=str(data["team_id"]), name=str(data.get("name", "")),
                        format=int(data.get("format", 1)),
                        encrypted=data.get("encryption") is not None or sealed is not None,
                        sealed_name=sealed)
    except OSError as exc:
        return exc.strerror or str(exc)
    except (ValueError, KeyError, TypeError, RecursionError):
        return "not a coopdesk team file (damaged?)"


#: How many files `check_files_match` looks at, and how much of each.
_MATCH_FILES = 32
_MATCH_HEAD = 1 << 16


def check_files_match(folder: Path, info: TeamInfo) -> None:
    """ShareError when the files of the device folders were written by another team than
    the team file names (a team file copied from another shared folder): joining would
    make an empty copy that never reads them."""
    found: set[str] = set()
    looked = 0
    for shared in scan(folder):
        if shared.unreadable or shared.folder_replica is None:
            continue
        if looked >= _MATCH_FILES:
            break
        looked += 1
        try:
            header = frame.peek_header(read_head(shared.path, _MATCH_HEAD))
        except OSError:
            continue
        team = header.get("team_id") if header else None
        if isinstance(team, str):
            if team == info.team_id:
                return
            found.add(team)
    if found:
        raise ShareError(
            f"The team file in {folder} does not match the files shared there: it names the "
            f"team {info.team_id}, the files were written by the team "
            f"{', '.join(sorted(found))} (a team file copied from another shared folder?). "
            "Nothing was changed.")


def device_dir(folder: Path, replica_id: str) -> Path:
    return share_root(folder) / "devices" / replica_id


def segment_name(first: int, last: int) -> str:
    return f"seg-{first:012d}-{last:012d}{SEGMENT_SUFFIX}"


def _fsync_dir(directory: Path) -> None:
    if sys.platform.startswith("win"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _retrying(action: Callable[[], object], sleep: Callable[[float], None] = time.sleep) -> None:
    """Retry while antivirus or a cloud client holds the file."""
    for delay in (*RETRY_DELAYS, None):
        try:
            action()
            return
        except PermissionError:
            if delay is None:
                raise
            sleep(delay)


def write_new_file(directory: Path, name: str, data: bytes,
                   verify: Callable[[bytes], bool] | None = None) -> Path:
    """Write *data* as directory/name, which must not exist yet; returns the final path.

    Raises FileExistsError when the name is taken, OSError for disk trouble; a failure
    leaves no partial file under the final name.
    """
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / name
    temp = directory / f"{TEMP_PREFIX}{uuid.uuid4().hex}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sys.platform == "darwin":  # fsync alone does not reach the platter there
                import fcntl

                fcntl.fcntl(handle.fileno(), fcntl.F_FULLFSYNC)
            else:
                os.fsync(handle.fileno())
        crash_point("after_temp_write")
        if final.exists():
            raise FileExistsError(f"{final} exists already")
        _retrying(lambda: temp.rename(final))
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    crash_point("after_rename")
    _fsync_dir(directory)
    written = final.read_bytes()
    check = verify or (lambda got: frame.decode(got).status is frame.FileStatus.OK)
    if written != data or not check(written):
        raise OSError(f"{final} did not read back as written")
    return final


def delete_own_file(path: Path) -> None:
    """Delete one of our own finished files (compaction only); retries while antivirus or
    a cloud client holds it."""
    _retrying(path.unlink)


def remove_own_temp_files(directory: Path) -> int:
    """Leftover temp files of a crashed write (only in our own folder)."""
    removed = 0
    if directory.is_dir():
        for path in directory.glob(f"{TEMP_PREFIX}*.tmp"):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def scan(folder: Path) -> Iterator[SharedFile]:
    """Every file under CoopDesk/ named as ours or as a sync program's copy of ours (`own_name`),
    in any folder (moved by hand); other files are ignored silently. A link, pipe or device
    under our names, and a folder that cannot be listed, come with `unreadable` set (they are
    never opened). Nothing is followed: links to folders are not entered."""
    root = share_root(folder)
    devices = root / "devices"
    pending = [root]
    while pending:
        here = pending.pop()
        owner = here.name if here.parent == devices else None
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            if here != root:
                yield SharedFile(path=here, size=0, folder_replica=owner,
                                 unreadable=f"folder cannot be read: {exc.strerror or exc}")
            continue
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # vanished while we looked: a missing file never deletes anything
            if stat.S_ISDIR(info.st_mode):
                if not entry.name.startswith(_SKIPPED_DIR_PREFIXES) and not (
                        here == root and entry.name in _SKIPPED_DIRS):
                    pending.append(Path(entry.path))
                continue
            base = own_name(entry.name)
            if base is None:
                continue
            path = Path(entry.path)
            if not stat.S_ISREG(info.st_mode):
                yield SharedFile(path=path, size=0, folder_replica=owner, base=base,
                                 unreadable=f"not a regular file ({_mode_kind(info.st_mode)})"
                                            ": not read")
                continue
            yield SharedFile(path=path, size=info.st_size, folder_replica=owner, base=base)
