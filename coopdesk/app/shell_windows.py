"""The shell's windows: the main window's frame shown while a workspace opens (with the
dashboard kept from the last run when it is still exact), the window a workspace is then
shown in and the wiring of its menus' requests to the shell, and dropping a window for good.

Plain functions taking the `Shell` rather than a class of their own: the frame is the
shell's `loading` attribute (tests and the openers look at it), so the `Shell` stays the
one owner of its windows and these functions only build, fill, wire and close them. The
main window's module is imported only when a window is built, as before the split, so that
importing `coopdesk.app.gui` stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from coopdesk.ui.runner import Runner

if TYPE_CHECKING:
    from coopdesk.app.shell_host import ShellHost
    from coopdesk.services.workspace_services import Services
    from coopdesk.services.workspaces import Workspace
    from coopdesk.ui.autosync import AutoSync
    from coopdesk.ui.main_window import MainWindow



def show_loading(shell: ShellHost, text: str, folder: Path | None = None) -> None:
    """The main window's frame with *text* in its page area (no database layer yet),
    then, when the dashboard of the workspace in *folder* was kept at the last close
    and is still exact, that dashboard instead."""
    if shell.loading is None:
        from coopdesk.ui.bus import Bus
        from coopdesk.ui.main_window import MainWindow

        kept = folder is not None and shell.memory.has_copy(folder)
        shell.loading = MainWindow(None, Bus(), profile=shell.profile, locations=None,
                                   recent=shell.recent(), runner=shell.runner,
                                   loading_text="" if kept else text)
        shell.loading.show()
        # Painted before the worker starts importing the database layer, which holds
        # the interpreter lock for most of a second.
        QApplication.processEvents()
        if kept and folder is not None:
            show_kept_dashboard(shell, shell.loading, folder, text)
    else:
        shell.loading.set_loading_text(text)


def show_kept_dashboard(shell: ShellHost, frame: MainWindow, folder: Path, text: str) -> None:
    """The dashboard kept for *folder* in *frame*'s page area, or else *text*."""
    preview = shell.memory.preview(folder, shell.profile)
    if preview is None:  # changed since, or unreadable: the plain loading state
        frame.set_loading_text(text)
        return
    frame.show_preview(preview, text)
    QApplication.processEvents()


def close_loading(shell: ShellHost) -> None:
    """Close and forget the frame shown while a workspace opened, if any."""
    if shell.loading is not None:
        shell.loading.close()
        shell.loading.deleteLater()
        shell.loading = None


def window_for(shell: ShellHost, workspace: Workspace, services: Services) -> MainWindow:
    """The window to show *workspace* in: the frame shown while it opened, which gets the
    workspace (and stops being the shell's `loading`), or else a new window."""
    from coopdesk.ui.bus import Bus
    from coopdesk.ui.dialogs.about import DataLocations
    from coopdesk.ui.main_window import MainWindow

    context = shell.context
    paths = context.paths
    locations = DataLocations(workspace_folder=workspace.folder,
                              settings_file=paths.settings_file,
                              workspaces_dir=context.workspaces_dir,
                              log_dir=paths.log_dir, ephemeral=context.ephemeral,
                              backups_dir=services.backups.backup_dir)
    if shell.loading is not None:  # the frame shown meanwhile gets the workspace
        window, shell.loading = shell.loading, None
        window.set_profile(shell.profile)
        window.set_recent(shell.recent())
    else:
        window = MainWindow(None, Bus(), profile=shell.profile, locations=locations,
                            recent=shell.recent(), runner=shell.runner)
    # before any page is built: the Synchronisation page shows this one
    window.use_autosync(autosync_for(window, services))
    window.attach(services, locations)
    return window


def autosync_for(window: MainWindow, services: Services) -> AutoSync:
    """The automatic sync of *services*' workspace, owned by *window* (started by the
    shell once the window shows: it runs whether or not a page shows it)."""
    from coopdesk.ui.autosync import AutoSync

    return AutoSync(services.sync, window.bus, window)


def connect_requests(shell: ShellHost, window: MainWindow) -> None:
    """What *window*'s menus ask (new, open, recent, demo, preferences, restore a backup)
    goes to the shell."""
    window.new_workspace_requested.connect(shell.ask_new_workspace)
    window.open_workspace_requested.connect(shell.ask_folder)
    window.open_recent_requested.connect(lambda folder: shell.open_folder(Path(folder)))
    window.open_demo_requested.connect(shell.open_demo)
    window.preferences_requested.connect(shell.edit_preferences)
    # Later, from the event loop: the window that asks is deleted by the restore.
    window.restore_requested.connect(
        lambda path: QTimer.singleShot(0, lambda: shell.restore_backup(path)))


def drop_window(window: MainWindow) -> None:
    """Close and delete *window* now, with the runners of its pages drained."""
    window.close()
    for runner in window.findChildren(Runner):
        runner.drain()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
