"""Opening workspaces saved by older and newer coopdesk versions, and broken ones."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from coopdesk.domain.errors import WorkspaceError
from coopdesk.services.workspace_services import Services
from coopdesk.store import migrator, search_index
from coopdesk.store.workspace import BACKUP_DIR, DB_NAME, Workspace
from tests.conftest import TEST_PROFILE
from tests.fixtures import make_workspace_r0001 as r0001

FIXTURE = Path(__file__).parents[1] / "fixtures" / "workspace-r0001"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_rows(db_file: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db_file)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture
def old_folder(tmp_path: Path) -> Path:
    """A copy of the committed workspace saved at schema 0001."""
    return Path(shutil.copytree(FIXTURE, tmp_path / "old-workspace"))


def test_fixture_is_at_revision_0001_without_search(old_folder: Path) -> None:
    db_file = old_folder / DB_NAME
    assert sqlite_rows(db_file, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sqlite_rows(db_file, "SELECT name FROM sqlite_master WHERE name LIKE 'search%'") == []
    assert migrator.head_revision() != "0001"


def test_opening_an_old_workspace_backs_it_up_then_upgrades(old_folder: Path) -> None:
    original = sha256(old_folder / DB_NAME)
    with Workspace.open(old_folder, TEST_PROFILE) as ws:
        assert migrator.current_revision(ws.db.engine) == migrator.head_revision()
        backup = ws.upgrade_backup
        assert backup is not None
        assert backup.parent == old_folder / BACKUP_DIR
        assert "0001" in backup.name
        services = Services(ws)
        school = services.organisations.get(r0001.ORG_SCHOOL)
        assert school.name == "École Ouverte du Quartier"
        assert services.people.get(r0001.PERSON).last_name == "Lefèvre"
        assert services.exchanges.get(r0001.ENTRY).is_private
        assert ws.info.id == r0001.WORKSPACE_ID

    # The backup is a sound copy of the file as it was: schema 0001, no index.
    assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sqlite_rows(backup, "SELECT name FROM sqlite_master WHERE name LIKE 'search%'") == []
    assert sqlite_rows(backup, "SELECT name FROM organisation ORDER BY name") == [
        ("Amicale Éphémère",), ("École Ouverte du Quartier",)]
    assert sha256(old_folder / DB_NAME) != original

    # Opening again finds the schema current: no second backup.
    with Workspace.open(old_folder, TEST_PROFILE) as ws:
        assert ws.upgrade_backup is None
    assert list((old_folder / BACKUP_DIR).iterdir()) == [backup]


@pytest.mark.parametrize(("query", "expected"), [
    ("ecole", {("organisation", r0001.ORG_SCHOOL), ("resource", r0001.RESOURCE)}),
    ("helene lefevre", {("person", r0001.PERSON),
                        ("contact_log_entry", r0001.ENTRY)}),  # she wrote the entry
    ("reunion", {("contact_log_entry", r0001.ENTRY)}),  # a private entry
    ("fete", {("project", r0001.PROJECT)}),
    ("habitants", {("objective", r0001.OBJECTIVE)}),
    ("polyvalente", {("action", r0001.ACTION)}),
    ("tresorerie", {("meeting", r0001.MEETING)}),  # agenda item notes
    ("unanimite", {("meeting", r0001.MEETING)}),  # decision text
    ("videoprojecteur", {("resource", r0001.RESOURCE)}),
    ("ephemere", set()),  # in the trash before the upgrade
])
def test_records_of_an_upgraded_workspace_are_searchable(
        old_folder: Path, query: str, expected: set[tuple[str, str]]) -> None:
    with Workspace.open(old_folder, TEST_PROFILE) as ws:
        hits = Services(ws).search.search(query)
    assert {(hit.kind, hit.id) for hit in hits} == expected


def _documents(ws: Workspace) -> list[tuple[object, ...]]:
    with ws.db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT kind, record_id, title, body FROM search_doc ORDER BY kind, record_id"))]


def test_the_migration_fills_the_index_as_reindex_all_does(old_folder: Path) -> None:
    with Workspace.open(old_folder, TEST_PROFILE) as ws:
        migrated = _documents(ws)
        with ws.db.engine.begin() as connection:
            search_index.reindex_all(connection)
            connection.execute(text("INSERT INTO search_index (search_index, rank) "
                                    "VALUES ('integrity-check', 1)"))
        assert _documents(ws) == migrated
    # 11 rows: one organisation is in the trash, the agenda item and the decision are
    # part of their meeting's document.
    assert len(migrated) == 8


def test_downgrade_drops_the_index_and_upgrade_rebuilds_it(old_folder: Path) -> None:
    with Workspace.open(old_folder, TEST_PROFILE) as ws:
        config = migrator.alembic_config()
        with ws.db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        assert migrator.current_revision(ws.db.engine) == "0001"
        assert sqlite_rows(ws.db_file, "SELECT name FROM sqlite_master "
                                       "WHERE name LIKE 'search%'") == []
        migrator.upgrade(ws.db.engine)
        assert {hit.id for hit in Services(ws).search.search("ecole")} == {
            r0001.ORG_SCHOOL, r0001.RESOURCE}


def test_autogenerate_sees_no_difference_at_head(workspace: Workspace) -> None:
    """The models match the migrations, and the index's tables are left out of the check."""
    config = migrator.alembic_config()
    with workspace.db.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.check(config)


def test_a_workspace_from_a_newer_coopdesk_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "from-the-future"
    Workspace.create(folder, "Future").close()
    db_file = folder / DB_NAME
    connection = sqlite3.connect(db_file)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = sha256(db_file)

    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(folder, TEST_PROFILE)

    assert "update coopdesk" in caught.value.message.lower()
    assert "9999_from_the_future" in caught.value.message
    assert sha256(db_file) == before
    assert not (folder / BACKUP_DIR).exists()
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME, "workspace.json"]


def test_a_missing_folder_is_a_workspace_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="does not exist"):
        Workspace.open(tmp_path / "nowhere")


def test_a_folder_without_the_database_is_a_workspace_error(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "workspace.json").write_text('{"id": "x", "name": "x"}', encoding="utf-8")
    with pytest.raises(WorkspaceError, match="not a coopdesk workspace"):
        Workspace.open(folder)


@pytest.mark.parametrize("content", [
    pytest.param(os.urandom(8192), id="random-bytes"),
    pytest.param(b"", id="empty-file"),
    pytest.param(b"SQLite format 3\x00" + bytes(range(256)) * 32, id="sqlite-magic-then-junk"),
])
def test_a_database_file_that_is_not_a_database_is_a_workspace_error(
        tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(content)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(folder)
    assert str(folder / DB_NAME) in caught.value.message
    assert (folder / DB_NAME).read_bytes() == content


def test_head_constant_matches_the_newest_migration() -> None:
    from coopdesk.store import migrator

    assert migrator.head_revision() == migrator.HEAD_REVISION


def test_opening_a_current_workspace_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    from coopdesk.store.workspace import Workspace

    Workspace.create(tmp_path / "w", "Test").close()
    code = ("import sys; from pathlib import Path; from coopdesk.store.workspace import "
            f"Workspace; Workspace.open(Path({str(tmp_path / 'w')!r})).close(); "
            "print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
