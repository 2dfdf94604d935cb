"""Laptops sharing one workspace through a real folder, and what the sync tests compare.

Each `Laptop` is a real workspace folder in tmp_path; the share is a real folder. The
comparisons read the local SQLite files the way the app does (the JSON export, the live
state, the notice inbox).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coopdesk.domain.profile import Profile
from coopdesk.services import export
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.types import SyncReport
from coopdesk.services.workspace_services import Services
from coopdesk.store.models.sync_tables import SyncLive, SyncNotice, SyncOp
from coopdesk.store.sync_state import SqlState
from coopdesk.store.workspace import Workspace
from coopdesk.sync import share
from coopdesk.sync.ops import Dot

ALICE = Profile(name="Alice Martin", organisation="Asso du Pont")
BOB = Profile(name="Bob Leroy", organisation="Collectif Voisins")
CHLOE = Profile(name="Chloé Girard", organisation="Centre social")
PROFILES = (ALICE, BOB, CHLOE)
#: Row notices follow the live state, so converged replicas show the same ones.
SHARED_NOTICES = ("conflict", "delete_edit")
#: Audit times are local (each laptop stamps when it wrote or received a row).
LOCAL_COLUMNS = ("created_at", "updated_at")


@dataclass
class Laptop:
    folder: Path
    workspace: Workspace
    services: Services

    @classmethod
    def open(cls, folder: Path, profile: Profile) -> Laptop:
        workspace = Workspace.open(folder, profile)
        return cls(folder, workspace, Services(workspace))

    @property
    def sync_service(self) -> SyncService:
        return SyncService(self.workspace)

    def sync(self) -> SyncReport:
        return self.sync_service.sync()

    def close(self) -> None:
        self.workspace.close()

    @property
    def me(self) -> str:
        with self.workspace.db.engine.begin() as conn:
            return self.workspace.db.sync.ensure(conn)


def make_team(base: Path, count: int, *, first: Workspace | None = None) -> tuple[
        list[Laptop], Path]:
    """*count* laptops sharing one workspace (the first one's, a new empty one by default)."""
    shared = base / "share"
    shared.mkdir(parents=True)
    workspace = first or Workspace.create(base / "laptop0", "Coopération des Tilleuls",
                                          PROFILES[0])
    SyncService(workspace).create_share(shared)
    laptops = [Laptop(workspace.folder, workspace, Services(workspace))]
    for n in range(1, count):
        other = Workspace.create(base / f"laptop{n}", "nouvel espace", PROFILES[n % 3])
        SyncService(other).join(shared)
        laptops.append(Laptop(other.folder, other, Services(other)))
    return laptops, shared


def copy_team(template: Path, target: Path, count: int) -> tuple[list[Laptop], Path]:
    """Copies of closed laptops laptop0..n and their share, each pointed at the copied
    share (each keeps its own replica id)."""
    shutil.copytree(template / "share", target / "share")
    laptops = []
    for n in range(count):
        shutil.copytree(template / f"laptop{n}", target / f"laptop{n}")
        laptop = Laptop.open(target / f"laptop{n}", PROFILES[n % 3])
        laptop.sync_service.move_folder(target / "share")
        laptops.append(laptop)
    return laptops, target / "share"


def sync_until_quiet(laptops: list[Laptop], rounds: int = 6) -> list[SyncReport]:
    """Sync every laptop in turn until a whole round moves nothing; the last round's
    reports."""
    for _round in range(rounds):
        reports = [laptop.sync() for laptop in laptops]
        if not any(r.imported_ops or r.exported_ops for r in reports):
            return reports
    raise AssertionError("sync did not settle")


# -- what converged replicas share ---------------------------------------------------------
def domain_tables(laptop: Laptop, out: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table as the JSON export writes it (private entries left out), without the
    local audit times; a trashed row keeps only the fact that it is trashed."""
    export.export_json(laptop.workspace, out)
    tables: dict[str, list[dict[str, Any]]] = json.loads(out.read_text("utf-8"))["tables"]
    out.unlink()
    for rows in tables.values():
        for row in rows:
            for column in LOCAL_COLUMNS:
                row.pop(column, None)
            row["deleted_at"] = row["deleted_at"] is not None
    return tables


def fingerprint(laptop: Laptop) -> tuple[object, ...]:
    with laptop.workspace.db.engine.begin() as conn:
        return SqlState(conn).fingerprint()


def open_notices(laptop: Laptop, kinds: Iterable[str] = SHARED_NOTICES) -> set[tuple[str, ...]]:
    notice_t = SyncNotice.__table__
    with laptop.workspace.db.engine.begin() as conn:
        rows = conn.execute(select(notice_t).where(notice_t.c.resolved_at.is_(None),
                                                   notice_t.c.kind.in_(list(kinds))))
        return {(r.kind, r.tbl, r.row_id, r.col, r.detail) for r in rows}


def all_ops(laptop: Laptop) -> list[Any]:
    with laptop.workspace.db.engine.begin() as conn:
        return list(conn.execute(select(SyncOp.__table__)))


def lost_ops(laptop: Laptop) -> list[Dot]:
    """Ops neither live nor named in the context of another op (SYNC.md test 3)."""
    rows = all_ops(laptop)
    named = {Dot(replica, seq) for r in rows for replica, seq in json.loads(r.ctx)}
    live_t = SyncLive.__table__
    with laptop.workspace.db.engine.begin() as conn:
        live = {Dot(r.replica, r.seq) for r in conn.execute(
            select(live_t.c.replica, live_t.c.seq))}
    dots = [Dot(r.replica, r.seq) for r in rows]
    return [dot for dot in dots if dot not in live and dot not in named]


def share_files(shared: Path) -> list[Path]:
    return sorted(p for p in share.share_root(shared).rglob("*") if p.is_file())


def fields_of(read: Any, fields_cls: type[Any], **changes: Any) -> Any:
    """The Fields dataclass of a read model, with *changes*."""
    values = {f.name: getattr(read, f.name) for f in dataclasses.fields(fields_cls)}
    values.update(changes)
    return fields_cls(**values)
