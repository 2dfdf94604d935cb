"""The shell's backups: the daily automatic backup, replacing a damaged database by its
newest good backup, and putting a backup back at the user's request.

Plain functions taking the `Shell` rather than a class of their own: they read and change
the shell's open workspace, its windows and its runner, which change as workspaces open and
close, so the `Shell` stays the one owner of that state (its `start_auto_backup`, `recover`
and `restore_backup` call these). Like the shell, they import the database layer only when
they run.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from coopdesk.app import shell_windows
from coopdesk.domain.errors import CoopdeskError
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.labels import error_text
from coopdesk.ui.runner import Runner, Task

if TYPE_CHECKING:
    from coopdesk.app.shell_host import ShellHost
    from coopdesk.services.workspaces import DamagedDatabaseError
    from coopdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def start_auto_backup(runner: Runner, window: MainWindow) -> Task:
    """Back up the workspace of *window* in a worker when its newest backup is a day old."""
    service = window.services.backups

    def done(backup: object) -> None:
        if backup is not None:
            log.info("Automatic backup: %s", getattr(backup, "path", backup))

    def failed(error: BaseException) -> None:
        log.warning("Automatic backup failed: %s", error)
        window.show_status(translate("Shell", "The automatic backup failed: {reason}")
                           .format(reason=str(error)))

    return runner.run(service.auto_backup, on_success=done, on_error=failed)


def recover(shell: ShellHost, error: DamagedDatabaseError) -> bool:
    """Offer to replace a damaged database by its newest good backup; True once done."""
    from coopdesk.services.backups import BackupService
    from coopdesk.ui.dialogs.backups import Confirm, when_text

    db_file = Path(str(error.params.get("file", "")))
    service = BackupService(db_file.parent)
    if not shell.interactive:
        return False
    good = shell.runner.call(service.newest_good,
                             text=translate("Shell", "Looking for a backup…"))
    if good is None:
        return False
    question = translate(
        "Shell", "The database of the workspace {folder} is damaged. Replace it with the "
        "backup of {date}? Changes made since then on this laptop will be missing; the "
        "damaged file is kept aside, not deleted.").format(
            folder=str(db_file.parent), date=when_text(good.taken_at))
    if not Confirm.ask(shell.window or shell.loading,
                       translate("Shell", "Damaged workspace"), question):
        return False
    result = shell.runner.call(lambda: service.restore(good),
                               text=translate("Shell", "Restoring the backup…"))
    log.warning("Damaged database replaced by %s; damaged file kept as %s",
                result.restored.path, result.damaged_kept)
    return True


def restore_backup(shell: ShellHost, backup_path: str) -> bool:
    """Close the shell's workspace and its window, put the backup back, then open it again.

    Nothing may keep the database open meanwhile: the window (and the sync timers of its
    pages) is deleted and every worker drained before the workspace closes.
    """
    if shell.workspace is None:
        return False
    from coopdesk.services.backups import BackupService

    app = QApplication.instance()
    quit_on_close = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(False)  # the window closes before the new one
    folder = shell.workspace.folder
    text = translate("Shell", "Restoring the backup…")
    shell_windows.show_loading(shell, text)
    if shell.window is not None:
        if shell.loading is not None:
            shell.loading.setGeometry(shell.window.geometry())
        shell_windows.drop_window(shell.window)
        shell.window = None
    shell.runner.drain()  # no worker may still use the workspace
    shell.workspace.close()
    shell.workspace = None
    shell.memory.forget(folder)
    service = BackupService(folder)
    restored = True
    try:
        shell.runner.call(lambda: service.restore(backup_path), text=text)
    except CoopdeskError as error:
        restored = False
        Alert.warn(shell.loading, translate("Shell", "Cannot restore the backup"),
                   error_text(error))
    opened = shell.open_folder(folder) or shell.choose()
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(quit_on_close)
    if not opened:
        shell_windows.close_loading(shell)
        QApplication.quit()
        return False
    if restored and shell.window is not None:
        shell.window.show_status(translate(
            "Shell", "Backup restored; the state before it was backed up as well."))
    return restored and shell.workspace is not None and shell.workspace.folder == folder
