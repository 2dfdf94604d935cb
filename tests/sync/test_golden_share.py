"""A shared folder written by coopdesk in format 1.0 still imports (SYNC.md test 12).

tests/fixtures/share-v1/ was made once by tests/fixtures/make_share_v1.py and is never
regenerated; expected.json holds what a laptop joining it must show.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.sync import frame, share
from tests.sync.replicas import BOB, Laptop, domain_tables

FIXTURE = Path(__file__).parents[1] / "fixtures" / "share-v1"


def test_the_format_1_share_imports_whole(tmp_path: Path) -> None:
    expected: dict[str, Any] = json.loads((FIXTURE / "expected.json").read_text("utf-8"))
    assert expected["format"] == "1.0"
    shared = tmp_path / "share"
    shutil.copytree(FIXTURE, shared)  # never write into the fixture
    workspace = Workspace.create(tmp_path / "laptop", "nouvel espace", BOB)
    laptop = Laptop(workspace.folder, workspace, Services(workspace))
    try:
        report = SyncService(workspace).join(shared)
        assert report.problems == [] and report.imported_ops > 0
        assert report.duplicates == 1  # the conflicted copy
        assert workspace.name == expected["team_name"]
        tables = domain_tables(laptop, tmp_path / "export.json")
        for name, rows in expected["tables"].items():
            got = {row["id"]: row for row in tables[name]}
            assert set(got) == {row["id"] for row in rows}, name
            for row in rows:  # columns added after format 1.0 may hold defaults
                assert {key: got[row["id"]][key] for key in row} == row, (name, row["id"])
        notices = sorted([n.kind, n.table, n.row_id, n.column]
                         for n in SyncService(workspace).notices()
                         if n.kind in ("conflict", "delete_edit"))
        assert notices == expected["open_notices"]
        again = SyncService(workspace).sync()
        assert (again.imported_ops, again.exported_ops, again.problems) == (0, 0, [])
    finally:
        workspace.close()


def test_the_private_entry_is_nowhere_on_the_share() -> None:
    secret = json.loads((FIXTURE / "expected.json").read_text("utf-8"))["private_subject"]
    files = [p for p in (FIXTURE / share.ROOT_NAME).rglob("*") if p.is_file()]
    assert len(files) > 3
    for path in files:
        data = path.read_bytes()
        assert secret.encode() not in data
        if path.suffix == ".cdseg":
            result = frame.decode(data)
            assert result.status is frame.FileStatus.OK
            assert secret.encode() not in (result.payload or b"")
