"""Every workspace saved by an earlier schema upgrades to the newest one with its data
intact, and a migration that fails puts the workspace back as it was and says so."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.errors import WorkspaceError
from coopdesk.services.workspace_services import Services
from coopdesk.store import backups, migrator
from coopdesk.store.workspace import BACKUP_DIR, DB_NAME, Workspace
from tests.conftest import TEST_PROFILE
from tests.fixtures import make_workspace_old as old
from tests.fixtures import make_workspace_r0001 as r0001

FIXTURES = Path(__file__).parents[1] / "fixtures"
SAVED = sorted(path.name.removeprefix("workspace-r") for path in FIXTURES.glob("workspace-r*"))


def rows(db_file: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db_file)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def copy_of(revision: str, tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / f"workspace-r{revision}", tmp_path / "old"))


def test_there_is_a_saved_workspace_for_every_earlier_revision() -> None:
    earlier = sorted(migrator.known_revisions() - {migrator.HEAD_REVISION})
    assert set(earlier) <= set(SAVED)
    assert {"0001", "0002", "0003", "0004", "0005"} <= set(SAVED)


@pytest.mark.parametrize("revision", SAVED)
def test_a_saved_workspace_upgrades_to_head_with_its_data(revision: str,
                                                          tmp_path: Path) -> None:
    folder = copy_of(revision, tmp_path)
    db_file = folder / DB_NAME
    assert rows(db_file, "SELECT version_num FROM alembic_version") == [(revision,)]
    counts_before = {table: rows(db_file, f"SELECT count(*) FROM {table}")[0][0]
                     for table in ("organisation", "person", "project", "action", "meeting",
                                   "decision", "resource", "contact_log_entry")}

    with Workspace.open(folder, TEST_PROFILE) as ws:
        assert migrator.current_revision(ws.db.engine) == migrator.HEAD_REVISION
        assert ws.upgrade_backup is not None and revision in ws.upgrade_backup.name
        services = Services(ws)
        assert services.organisations.get(r0001.ORG_SCHOOL).city == "Saint-Étienne"
        assert services.people.get(r0001.PERSON).notes == "Préfère être appelée le matin."
        assert services.exchanges.get(r0001.ENTRY).is_private
        assert services.meetings.get(r0001.MEETING).place == "Maison des associations"
        assert services.decisions.get(r0001.DECISION).votes_for == 7
        assert services.actions.get(r0001.ACTION).title == "Réserver la salle polyvalente"
        in_trash = {item.id for item in services.trash()}
        assert r0001.ORG_GONE in in_trash
        if revision != "0001":
            extra = services.organisations.get(old.extra_organisation(revision))
            assert extra.name == old.extra_name(revision)
            assert services.actions.get(old.extra_action(revision)).status == "in_progress"
        assert {hit.id for hit in services.search.search("ecole")} >= {r0001.ORG_SCHOOL}
        backup = ws.upgrade_backup

    assert rows(db_file, "PRAGMA integrity_check") == [("ok",)]
    for table, count in counts_before.items():
        assert rows(db_file, f"SELECT count(*) FROM {table}")[0][0] == count, table
    # The copy taken before the upgrade is the file as it was.
    assert rows(backup, "SELECT version_num FROM alembic_version") == [(revision,)]
    parsed = backups.parse(backup)
    assert parsed is not None and parsed.is_upgrade


FAILING = '''
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    raw = op.get_bind().connection.driver_connection
    # Outside the migration's transaction, as a careless migration could: the
    # transaction's rollback alone cannot undo this.
    if raw.in_transaction:
        raw.commit()
    raw.execute("DROP TABLE organisation")
    assert not raw.in_transaction
    raise RuntimeError("injected failure in migration 9999")


def downgrade() -> None:
    pass
'''


def failing_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real migrations plus a newest one that breaks the file, then fails."""
    folder = Path(shutil.copytree(migrator.MIGRATIONS_DIR, tmp_path / "migrations",
                                  ignore=shutil.ignore_patterns("__pycache__")))
    (folder / "versions" / "9999_failing.py").write_text(
        FAILING.format(head=migrator.HEAD_REVISION), encoding="utf-8")
    monkeypatch.setattr(migrator, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrator, "HEAD_REVISION", "9999")
    return folder


@pytest.mark.parametrize("revision", ["0001", "current"])
def test_a_failed_migration_restores_the_copy_taken_before_it(
        revision: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if revision == "current":
        folder = tmp_path / "current"
        Workspace.create(folder, "Actuel", TEST_PROFILE).close()
        with Workspace.open(folder, TEST_PROFILE) as ws:
            Services(ws).organisations.create(OrganisationFields(name="Ressourcerie du Coin"))
        expected = [("Ressourcerie du Coin",)]
        stamped = migrator.HEAD_REVISION
    else:
        folder = copy_of(revision, tmp_path)
        expected = [("Amicale Éphémère",), ("École Ouverte du Quartier",)]
        stamped = revision
    failing_migrations(tmp_path, monkeypatch)

    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(folder, TEST_PROFILE)

    message = caught.value.message
    assert "injected failure" in message
    assert "put back as it was before the upgrade" in message
    copies = sorted((folder / BACKUP_DIR).iterdir())
    assert len(copies) == 1 and str(copies[0]) in message
    db_file = folder / DB_NAME
    assert rows(db_file, "SELECT name FROM organisation ORDER BY name") == expected
    assert rows(db_file, "SELECT version_num FROM alembic_version") == [(stamped,)]
    assert rows(db_file, "PRAGMA integrity_check") == [("ok",)]
    assert not list(folder.glob("*" + backups.TEMP_SUFFIX))

    # Without the broken migration, the workspace opens as before.
    monkeypatch.undo()
    with Workspace.open(folder, TEST_PROFILE) as ws:
        names = {o.name for o in Services(ws).organisations.list(include_deleted=True)}
    assert names == {name for (name,) in expected}
