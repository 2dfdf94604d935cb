"""The shared folder: team file, per-device folders, atomic writes, scanning.

Every replica writes only inside `devices/<replica_id>/` and never rewrites a finished file.
Writes go to an exclusive temp file, are fsynced, renamed to a name that does not exist yet,
the folder is fsynced, and the file is read back and verified (SYNC.md, "Write").
"""

from __future__ import annotations

import contextlib
import json
import os
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


class ShareError(Exception):
    """The shared folder cannot be used (missing, foreign, unwritable); message is plain."""


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
    infos = [info for info in (_read_team(path) for path in teams) if info is not None]
    if team_id is not None:
        infos = [info for info in infos if info.team_id == team_id]
        if not infos:
            raise ShareError(f"{folder} belongs to another team. Nothing was changed.")
    if not infos:
        raise ShareError(f"The team file in {folder} is damaged. Nothing was changed.")
    if infos[0].format > frame.FORMAT_MAJOR:
        raise ShareError(f"{folder} was shared by a newer coopdesk (format "
                         f"{infos[0].format}); please update coopdesk. Nothing was changed.")
    return infos[0]


def _read_team(path: Path) -> TeamInfo | None:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        sealed = data.get("sealed_name")
        sealed = {str(k): str(v) for k, v in sealed.items()} if isinstance(
            sealed, dict) else None
        return TeamInfo(team_id=str(data["team_id"]), name=str(data.get("name", "")),
                        format=int(data.get("format", 1)),
                        encrypted=data.get("encryption") is not None or sealed is not None,
                        sealed_name=sealed)
    except (OSError, ValueError, KeyError, TypeError):
        return None


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
    """Every file under CoopDesk/ that may hold our data, whatever its name."""
    root = share_root(folder)
    devices = root / "devices"
    for dirpath, _dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        for filename in filenames:
            if filename.startswith(TEAM_PREFIX) or filename.startswith(TEMP_PREFIX):
                continue
            if filename.endswith(KEY_SUFFIX):
                continue
            path = here / filename
            try:
                size = path.stat().st_size
            except OSError:
                continue  # vanished while we looked: a missing file never deletes anything
            owner = here.name if here.parent == devices else None
            yield SharedFile(path=path, size=size, folder_replica=owner)
