"""Backups on disk: taking and checking copies, thinning them out, putting one back, and a
database really damaged on disk."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.errors import WorkspaceError
from coopdesk.services.workspace_services import Services
from coopdesk.store import backups
from coopdesk.store.backups import DamagedDatabaseError
from coopdesk.store.workspace import BACKUP_DIR, DB_NAME, Workspace
from tests.conftest import TEST_PROFILE, add_organisation, workspace_with


def names(workspace_folder: Path) -> list[str]:
    return names_in(workspace_folder / DB_NAME)


def corrupt(db_file: Path) -> None:
    """Overwrite every page after the first with junk, as a failing disk would."""
    size = db_file.stat().st_size
    connection = sqlite3.connect(db_file)
    page = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    assert size > 2 * page
    with db_file.open("r+b") as handle:
        handle.seek(page)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(size - page)))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return workspace_with(tmp_path / "ws", "Sauvegardes", "Les Jardins Partagés")


def test_a_backup_is_a_sound_single_file_copy_taken_while_the_workspace_is_open(
        folder: Path) -> None:
    with Workspace.open(folder, TEST_PROFILE) as ws:
        Services(ws).organisations.create(OrganisationFields(name="Café Associatif"))
        backup = backups.take(ws.db_file, folder / BACKUP_DIR, backups.MANUAL,
                              dt.datetime(2026, 11, 20, 9, 30, 0))
    assert backup.name == "coopdesk-manual-20261120-093000.sqlite"
    assert backup.kind == "manual" and backup.taken_at == dt.datetime(2026, 11, 20, 9, 30)
    assert backup.size == backup.path.stat().st_size > 0
    assert backups.check(backup.path) == "ok"
    assert names_in(backup.path) == ["Café Associatif", "Les Jardins Partagés"]
    assert sorted(p.name for p in (folder / BACKUP_DIR).iterdir()) == [backup.name]
    connection = sqlite3.connect(backup.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def names_in(db_file: Path) -> list[str]:
    connection = sqlite3.connect(db_file)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM organisation"))
    finally:
        connection.close()


def test_two_backups_in_the_same_second_get_different_names(folder: Path) -> None:
    moment = dt.datetime(2026, 11, 20, 9, 30, 0)
    first = backups.take(folder / DB_NAME, folder / BACKUP_DIR, backups.AUTO, moment)
    second = backups.take(folder / DB_NAME, folder / BACKUP_DIR, backups.AUTO, moment)
    assert first.path != second.path
    assert [b.path for b in backups.list_backups(folder / BACKUP_DIR)] == [second.path,
                                                                           first.path]


def test_foreign_files_in_the_backup_folder_are_ignored(folder: Path) -> None:
    (folder / BACKUP_DIR).mkdir()
    (folder / BACKUP_DIR / "notes.txt").write_text("x", encoding="utf-8")
    (folder / BACKUP_DIR / "coopdesk-manual-2026.sqlite").write_text("x", encoding="utf-8")
    assert backups.list_backups(folder / BACKUP_DIR) == []


def test_rotation_keeps_3_recent_7_daily_4_weekly_and_the_copies_kept_apart(tmp_path: Path) -> None:
    backup_dir = tmp_path / "backups"
    backup_dir.mkdir()
    start = dt.datetime(2026, 9, 1, 8, 0, 0)  # a Tuesday
    for day in range(60):
        for hour in (8, 18):
            moment = start + dt.timedelta(days=day, hours=hour - 8)
            (backup_dir / f"coopdesk-auto-{moment:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"x")
    for number in range(8):
        moment = start + dt.timedelta(days=number)
        (backup_dir / f"coopdesk-before-upgrade-000{number}-{moment:%Y%m%d-%H%M%S}.sqlite") \
            .write_bytes(b"x")
        (backup_dir / f"coopdesk-before-restore-{moment:%Y%m%d-%H%M%S}.sqlite") \
            .write_bytes(b"x")

    deleted = backups.rotate(backup_dir, daily=7, weekly=4, apart=5, recent=3)

    kept = backups.list_backups(backup_dir)
    regular = [b.taken_at for b in kept if b.kind == "auto"]
    last = start + dt.timedelta(days=59, hours=10)  # 2026-10-30 18:00, a Friday
    daily = [last - dt.timedelta(days=n) for n in range(7)]
    # The newest of each of the 4 latest ISO weeks: this week's is also today's.
    weekly = [dt.datetime(2026, 10, 25, 18), dt.datetime(2026, 10, 18, 18),
              dt.datetime(2026, 10, 11, 18)]
    recent = [last - dt.timedelta(hours=10)]  # the 3 newest: 2 of them are daily ones
    assert sorted(regular, reverse=True) == sorted(set(daily + weekly + recent), reverse=True)
    assert len([b for b in kept if b.is_upgrade]) == 5
    assert len([b for b in kept if b.kind == "before-restore"]) == 5
    assert {b.name for b in kept if b.is_upgrade} == {
        f"coopdesk-before-upgrade-000{n}-{start + dt.timedelta(days=n):%Y%m%d-%H%M%S}.sqlite"
        for n in range(3, 8)}
    assert len(deleted) == 120 + 16 - len(kept)
    assert all(not path.exists() for path in deleted)


def test_replace_database_puts_the_copy_back_atomically(folder: Path) -> None:
    backup = backups.take(folder / DB_NAME, folder / BACKUP_DIR, backups.MANUAL)
    add_organisation(folder, "Après la sauvegarde")
    assert "Après la sauvegarde" in names(folder)
    backups.ensure_closed(folder / DB_NAME)
    backups.replace_database(folder / DB_NAME, backup.path)
    assert names(folder) == ["Les Jardins Partagés"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [DB_NAME, BACKUP_DIR, "workspace.json"])
    with Workspace.open(folder, TEST_PROFILE) as ws:
        assert [o.name for o in Services(ws).organisations.list()] == ["Les Jardins Partagés"]


def test_replacing_from_a_damaged_copy_leaves_the_database_untouched(folder: Path) -> None:
    backup = backups.take(folder / DB_NAME, folder / BACKUP_DIR, backups.MANUAL)
    corrupt(backup.path)
    before = (folder / DB_NAME).read_bytes()
    with pytest.raises(WorkspaceError):
        backups.replace_database(folder / DB_NAME, backup.path)
    assert (folder / DB_NAME).read_bytes() == before
    assert not list(folder.glob("*" + backups.TEMP_SUFFIX))


def test_an_open_workspace_cannot_be_replaced(folder: Path) -> None:
    with Workspace.open(folder, TEST_PROFILE) as ws:
        Services(ws).organisations.list()
        with ws.db.engine.connect(), pytest.raises(WorkspaceError, match="open in another"):
            backups.ensure_closed(folder / DB_NAME)


def test_a_really_damaged_database_is_refused_at_opening_and_kept(folder: Path) -> None:
    backups.take(folder / DB_NAME, folder / BACKUP_DIR, backups.AUTO)
    add_organisation(folder, "Perdue dans la panne")
    corrupt(folder / DB_NAME)
    damaged = (folder / DB_NAME).read_bytes()
    assert backups.check(folder / DB_NAME) != "ok"
    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(folder, TEST_PROFILE)
    assert str(folder / DB_NAME) in caught.value.message
    assert (folder / DB_NAME).read_bytes() == damaged

    kept = backups.move_aside(folder / DB_NAME)
    assert kept.read_bytes() == damaged
    assert not (folder / DB_NAME).exists()
    assert kept.name.startswith(DB_NAME + ".damaged-")
