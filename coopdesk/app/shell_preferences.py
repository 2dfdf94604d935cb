"""The shell's preferences: Édition ▸ Préférences (profile, language, where workspaces live)
and, when the open workspace's team is encrypted, "Forget the keys on this computer".

Plain functions taking the `Shell` rather than a class of their own: the dialog changes the
shell's settings, its open workspace and its window, which the `Shell` owns (its
`edit_preferences` calls these). The sync services are imported only when the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coopdesk.domain.errors import CoopdeskError

if TYPE_CHECKING:
    from coopdesk.app.shell_host import ShellHost


def edit_preferences(shell: ShellHost) -> bool:
    """Édition ▸ Préférences: profile, language (next start), where workspaces live; True
    when the user saved them."""
    from coopdesk.ui.dialogs.settings import SettingsDialog

    chosen = SettingsDialog.ask(shell.context.settings, shell.window,
                                default_workspaces_dir=shell.context.paths.workspaces_dir,
                                forget_keys=forget_keys(shell))
    if chosen is None:
        return False
    shell.context.update_settings(chosen)
    if chosen.profile is not None and shell.workspace is not None:
        shell.workspace.db.profile = chosen.profile  # who changes what, from now on
    if shell.window is not None:
        shell.window.set_profile(chosen.profile)
    return True


def forget_keys(shell: ShellHost) -> Callable[[], None] | None:
    """"Forget the keys on this computer", offered when the open workspace's team is
    encrypted."""
    if shell.workspace is None or shell.window is None or not shell.window.attached():
        return None
    team_keys = shell.window.services.share_keys
    try:
        encrypted = team_keys.status().encrypted
    except (CoopdeskError, OSError):
        return None  # not shared, or the shared folder is out of reach right now
    return team_keys.forget if encrypted else None
