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


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _line(backup: BackupFile) -> str:
    return (f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.kind:<22} "
            f"{size_text(backup.size):>9}  {backup.name}")


def run_backup(_args: argparse.Namespace, folder: Path, _profile: Profile) -> int:
    from coopdesk.services.backups import BackupService
    from coopdesk.services.workspaces import is_workspace

    if not is_workspace(folder):
        return fail(f"{folder} is not a coopdesk workspace")
    backup = BackupService(folder).back_up()
    print(f"Backed up {folder} to {backup.path} ({size_text(backup.size)}).")
    return 0


def run_restore(args: argparse.Namespace, folder: Path, _profile: Profile) -> int:
    from coopdesk.services.backups import BackupService

    service = BackupService(folder)
    if not folder.is_dir():
        return fail(f"the workspace folder {folder} does not exist")
    if args.backup is None:
        found = service.backups()
        if not found:
            print(f"No backup of {folder} yet (coopdesk --workspace DIR backup takes one).")
            return 0
        print(f"Backups of {folder}, newest first (in {service.backup_dir}):")
        for backup in found:
            print("  " + _line(backup))
        print("Restore one with: coopdesk --workspace DIR restore FILE_NAME (or YYYY-MM-DD)")
        return 0
    result = service.restore(args.backup)
    print(f"Restored {folder} from {result.restored.name} "
          f"(taken {result.restored.taken_at:%Y-%m-%d %H:%M:%S}).")
    if result.previous is not None:
        print(f"The state before the restore was backed up to {result.previous.path}.")
    if result.damaged_kept is not None:
        print(f"The damaged database was kept as {result.damaged_kept}.")
    return 0
