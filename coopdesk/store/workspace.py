"""A workspace: one folder holding the local SQLite file (WAL) and its settings."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from coopdesk.domain.errors import WorkspaceError
from coopdesk.domain.ids import new_id
from coopdesk.domain.profile import ANONYMOUS, Profile
from coopdesk.domain.text import fold
from coopdesk.store import backups, migrator
from coopdesk.store.backups import DB_NAME as DB_NAME
from coopdesk.store.backups import is_workspace as is_workspace
from coopdesk.store.base import utcnow
from coopdesk.store.db import Database, make_engine

SETTINGS_NAME = "workspace.json"
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class WorkspaceInfo:
    id: str
    name: str
    created_at: str


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)


class Workspace:
    """An open workspace. Close it to release the SQLite file."""

    def __init__(self, folder: Path, info: WorkspaceInfo, engine: Engine, profile: Profile,
                 upgrade_backup: Path | None = None) -> None:
        self.folder = folder
        self.info = info
        self.db = Database(engine, profile)
        #: The copy taken before this opening upgraded the schema, if it did.
        self.upgrade_backup = upgrade_backup

    @property
    def db_file(self) -> Path:
        return self.folder / DB_NAME

    @property
    def name(self) -> str:
        return self.info.name

    @classmethod
    def create(cls, folder: Path, name: str, profile: Profile = ANONYMOUS) -> Workspace:
        """Create a new workspace at the newest schema in *folder* (new or empty)."""
        folder = folder.expanduser().absolute()
        if is_workspace(folder):
            raise WorkspaceError("A workspace already exists in {folder}.", folder=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            info = WorkspaceInfo(id=new_id(), name=name.strip() or folder.name,
                                 created_at=utcnow().isoformat(timespec="seconds"))
            _write_json(folder / SETTINGS_NAME, {"format": 1, **info.__dict__})
            engine = make_engine(folder / DB_NAME)
            migrator.upgrade(engine)
        except OSError as exc:
            raise WorkspaceError("Cannot create the workspace in {folder}: {reason}.",
                                 folder=str(folder), reason=exc.strerror or str(exc)) from exc
        return cls(folder, info, engine, profile)

    @classmethod
    def open(cls, folder: Path, profile: Profile = ANONYMOUS) -> Workspace:
        """Open an existing workspace, upgrading (after a backup) an older schema."""
        folder = folder.expanduser().absolute()
        db_file = folder / DB_NAME
        if not folder.is_dir():
            raise WorkspaceError("The workspace folder {folder} does not exist.",
                                 folder=str(folder))
        if not db_file.is_file():
            raise WorkspaceError("{folder} is not a coopdesk workspace (no {db} in it).",
                                 folder=str(folder), db=DB_NAME)
        try:
            is_sqlite = backups.is_sqlite_file(db_file)
        except OSError as exc:
            raise WorkspaceError("Cannot read {file}: {reason}.", file=str(db_file),
                                 reason=exc.strerror or str(exc)) from exc
        if not is_sqlite:
            raise WorkspaceError("{file} is not a coopdesk database (damaged or another file).",
                                 file=str(db_file))
        verdict = backups.check(db_file)  # PRAGMA quick_check
        if verdict != "ok":
            raise backups.DamagedDatabaseError(file=str(db_file), reason=verdict)
        info = cls._read_info(folder)
        engine = make_engine(db_file)
        try:
            backup = migrator.bring_to_head(engine, db_file, folder / BACKUP_DIR)
        except WorkspaceError:
            engine.dispose()
            raise
        except (sqlite3.DatabaseError, OSError) as exc:
            engine.dispose()
            raise WorkspaceError("Cannot open {file}: {reason}.", file=str(db_file),
                                 reason=str(exc)) from exc
        except Exception as exc:  # SQLAlchemy wraps sqlite errors
            engine.dispose()
            if "sqlite3" in type(getattr(exc, "orig", None)).__module__:
                raise WorkspaceError("Cannot open {file}: {reason}.", file=str(db_file),
                                     reason=str(getattr(exc, "orig", exc))) from exc
            raise
        return cls(folder, info, engine, profile, upgrade_backup=backup)

    @staticmethod
    def _read_info(folder: Path) -> WorkspaceInfo:
        settings = folder / SETTINGS_NAME
        try:
            data = json.loads(settings.read_text(encoding="utf-8"))
            return WorkspaceInfo(id=str(data["id"]), name=str(data["name"]),
                                 created_at=str(data.get("created_at", "")))
        except (OSError, ValueError, KeyError, TypeError):
            # The settings are rebuildable; the database is what matters.
            info = WorkspaceInfo(id=new_id(), name=folder.name,
                                 created_at=utcnow().isoformat(timespec="seconds"))
            with contextlib.suppress(OSError):
                _write_json(settings, {"format": 1, **info.__dict__})
            return info

    def rename(self, name: str) -> None:
        self.info = WorkspaceInfo(id=self.info.id, name=name.strip() or self.info.name,
                                  created_at=self.info.created_at)
        _write_json(self.folder / SETTINGS_NAME, {"format": 1, **self.info.__dict__})

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def list_workspaces(base: Path) -> list[tuple[Path, str]]:
    """(folder, name) of each workspace directly under *base*, by name."""
    found: list[tuple[Path, str]] = []
    if not base.is_dir():
        return found
    for child in sorted(base.iterdir()):
        if child.is_dir() and is_workspace(child):
            found.append((child, Workspace._read_info(child).name))
    return sorted(found, key=lambda item: fold(item[1]))
