"""`coopdesk --workspace DIR backup` and `restore [BACKUP]`. Never imports Qt.

`restore` without an argument lists the backups; with one (a file name from that list, or
a day as YYYY-MM-DD for that day's newest backup) it puts it back, after backing up the
current state (or moving a damaged database aside). The workspace must not be open in the
app meanwhile.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
from coopdesk.app.cli_output import fail

if TYPE_CHECKING:
    from coopdesk.domain.profile import Profile
    from coopdesk.services.backups import BackupFile


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                add_workspace_option: Callable[..., None]) -> None:
    """Register `backup` and `restore` under *sub* (called by main.build_parser)."""
    backup = sub.add_parser("backup", help="take a backup of --workspace DIR now (kept in "
                            "its backups folder, with the automatic ones)")
    add_workspace_option(backup, top=False)
    restore = sub.add_parser("restore", help="without BACKUP: list the backups; with it: put "
                             "that backup back (the current state is backed up first); "
                             "restore KIND ID brings a record back from the trash")
    add_workspace_option(restore, top=False)
    restore.add_argument("backup", nargs="?", default=None, metavar="BACKUP",
                         help="a file name from the list, or a day (YYYY-MM-DD) for its "
                         "newest backup; or the KIND of a record in the trash")
    restore.add_argument("record_id", nargs="?", default=None, metavar="ID",
                         help="with KIND: bring that record back from the trash")


KILOBYTES = QT_TRANSLATE_NOOP("cli", "{size} KB")
MEGABYTES = QT_TRANSLATE_NOOP("cli", "{size} MB")


def size_text(size: int, catalog: Catalog) -> str:
    if size < 1024 * 1024:
        return catalog.tr(KILOBYTES, size=max(1, round(size / 1024)))
    megabytes = f"{size / (1024 * 1024):.1f}"
    if catalog.language == "fr":
        megabytes = megabytes.replace(".", ",")
    return catalog.tr(MEGABYTES, size=megabytes)


def _line(backup: BackupFile, catalog: Catalog) -> str:
    return (f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.kind:<22} "
            f"{size_text(backup.size, catalog):>9}  {backup.name}")


NOT_A_WORKSPACE = QT_TRANSLATE_NOOP("cli", "{folder} is not a coopdesk workspace")
BACKED_UP = QT_TRANSLATE_NOOP("cli", "Backed up {folder} to {path} ({size}).")
NO_FOLDER = QT_TRANSLATE_NOOP("cli", "the workspace folder {folder} does not exist")
NO_BACKUP_YET = QT_TRANSLATE_NOOP("cli", "No backup of {folder} yet (coopdesk --workspace DIR "
                                  "backup takes one).")
BACKUPS_OF = QT_TRANSLATE_NOOP("cli", "Backups of {folder}, newest first (in {where}):")
RESTORE_ONE = QT_TRANSLATE_NOOP("cli", "Restore one with: coopdesk --workspace DIR restore "
                                "FILE_NAME (or YYYY-MM-DD)")
RESTORED = QT_TRANSLATE_NOOP("cli", "Restored {folder} from {name} (taken {when}).")
PREVIOUS_KEPT = QT_TRANSLATE_NOOP("cli", "The state before the restore was backed up to "
                                  "{path}.")
DAMAGED_KEPT = QT_TRANSLATE_NOOP("cli", "The damaged database was kept as {path}.")


def run_backup(_args: argparse.Namespace, folder: Path, _profile: Profile,
               catalog: Catalog) -> int:
    from coopdesk.services.backups import BackupService
    from coopdesk.services.workspaces import is_workspace

    if not is_workspace(folder):
        return fail(catalog, catalog.tr(NOT_A_WORKSPACE, folder=folder))
    backup = BackupService(folder).back_up()
    print(catalog.tr(BACKED_UP, folder=folder, path=backup.path,
                     size=size_text(backup.size, catalog)))
    return 0


def run_restore(args: argparse.Namespace, folder: Path, _profile: Profile,
                catalog: Catalog) -> int:
    from coopdesk.services.backups import BackupService

    service = BackupService(folder)
    if not folder.is_dir():
        return fail(catalog, catalog.tr(NO_FOLDER, folder=folder))
    if args.backup is None:
        found = service.backups()
        if not found:
            print(catalog.tr(NO_BACKUP_YET, folder=folder))
            return 0
        print(catalog.tr(BACKUPS_OF, folder=folder, where=service.backup_dir))
        for backup in found:
            print("  " + _line(backup, catalog))
        print(catalog.tr(RESTORE_ONE))
        return 0
    result = service.restore(args.backup)
    print(catalog.tr(RESTORED, folder=folder, name=result.restored.name,
                     when=f"{result.restored.taken_at:%Y-%m-%d %H:%M:%S}"))
    if result.previous is not None:
        print(catalog.tr(PREVIOUS_KEPT, path=result.previous.path))
    if result.damaged_kept is not None:
        print(catalog.tr(DAMAGED_KEPT, path=result.damaged_kept))
    return 0
