"""The backup policy of a workspace: automatic once a day, restore with a copy of the current
state first, and recovery of a damaged database from the newest good backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopdesk.domain.errors import WorkspaceError
from coopdesk.services.backups import BackupService, DamagedDatabaseError
from coopdesk.store import backups
from coopdesk.store.workspace import DB_NAME, Workspace
from tests.conftest import TEST_PROFILE
from tests.conftest import add_organisation as add
from tests.conftest import organisation_names as organisations
from tests.store.test_backups import corrupt


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    Workspace.create(folder, "Sauvegardes", TEST_PROFILE).close()
    add(folder, "Première")
    return folder


def test_automatic_backup_at_most_once_a_day(folder: Path) -> None:
    clock = Clock(dt.datetime(2026, 11, 20, 9, 0))
    service = BackupService(folder, clock)
    first = service.auto_backup()
    assert first is not None and first.kind == "auto"
    clock.now += dt.timedelta(hours=23)
    assert service.auto_backup() is None
    clock.now += dt.timedelta(hours=2)
    second = service.auto_backup()
    assert second is not None and second.taken_at == dt.datetime(2026, 11, 21, 10, 0)
    assert [b.name for b in service.backups()] == [second.name, first.name]
    # A manual backup counts as the newest one too.
    clock.now += dt.timedelta(days=3)
    service.back_up()
    clock.now += dt.timedelta(hours=1)
    assert service.auto_backup() is None


def test_daily_backups_are_rotated(folder: Path) -> None:
    clock = Clock(dt.datetime(2026, 10, 1, 8, 0))
    service = BackupService(folder, clock)
    for _day in range(40):
        service.auto_backup()
        clock.now += dt.timedelta(days=1)
    kept = service.backups()
    days = [b.taken_at.date() for b in kept]
    assert days[:7] == [dt.date(2026, 11, 9) - dt.timedelta(days=n) for n in range(7)]
    assert 7 < len(kept) <= 11
    assert len({b.taken_at.isocalendar()[:2] for b in kept}) >= 4


def test_restore_round_trip_backs_up_the_current_state_first(folder: Path) -> None:
    clock = Clock(dt.datetime(2026, 11, 20, 9, 0))
    service = BackupService(folder, clock)
    taken = service.back_up()
    add(folder, "Ajoutée ensuite")
    clock.now += dt.timedelta(hours=1)

    result = service.restore(taken.name)

    assert result.restored == taken
    assert result.damaged_kept is None
    assert result.previous is not None and result.previous.kind == "before-restore"
    assert organisations(folder) == ["Première"]
    # Restoring the copy of the state before the restore undoes the restore.
    service.restore(result.previous)
    assert organisations(folder) == ["Ajoutée ensuite", "Première"]


def test_find_by_file_name_or_day(folder: Path) -> None:
    clock = Clock(dt.datetime(2026, 11, 20, 9, 0))
    service = BackupService(folder, clock)
    morning = service.back_up()
    clock.now = dt.datetime(2026, 11, 22, 18, 0)
    evening = service.back_up()
    assert service.find(morning.name) == morning
    assert service.find(str(morning.path)) == morning
    assert service.find("2026-11-22") == evening
    with pytest.raises(WorkspaceError, match="no backup of 2026-11-21"):
        service.find("2026-11-21")
    with pytest.raises(WorkspaceError, match="no backup named"):
        service.find("coopdesk-manual-nothing.sqlite")


def test_restore_is_refused_while_the_workspace_is_open(folder: Path) -> None:
    service = BackupService(folder)
    taken = service.back_up()
    with (Workspace.open(folder, TEST_PROFILE) as ws, ws.db.engine.connect(),
          pytest.raises(WorkspaceError, match="open in another")):
        service.restore(taken)
    assert len(service.backups()) == 1


def test_a_damaged_database_is_replaced_by_the_newest_good_backup(folder: Path) -> None:
    clock = Clock(dt.datetime(2026, 11, 18, 9, 0))
    service = BackupService(folder, clock)
    good = service.back_up()
    add(folder, "Seconde")
    clock.now += dt.timedelta(days=1)
    newest = service.back_up()
    corrupt(newest.path)  # the newest backup is damaged too: it is skipped
    add(folder, "Troisième")
    corrupt(folder / DB_NAME)
    damaged = (folder / DB_NAME).read_bytes()
    assert service.health() != "ok"
    with pytest.raises(DamagedDatabaseError):
        Workspace.open(folder, TEST_PROFILE)

    result = service.recover()

    assert result.restored == good
    assert result.previous is None
    assert result.damaged_kept is not None and result.damaged_kept.read_bytes() == damaged
    assert service.health() == "ok"
    assert organisations(folder) == ["Première"]


def test_recover_without_a_good_backup_says_so(folder: Path) -> None:
    corrupt(folder / DB_NAME)
    with pytest.raises(WorkspaceError, match="no sound backup"):
        BackupService(folder).recover()
    assert backups.check(folder / DB_NAME) != "ok"
