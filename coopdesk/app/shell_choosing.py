"""The shell's choosing of a workspace: the local profile at first start, which workspace
to open first, the start dialog until one opens, and the window's "New workspace…" and
"Open a workspace folder…" questions.

Plain functions taking the `Shell` rather than a class of their own: every answer ends in
one of the shell's openers (`open_folder`, `create_workspace`, `open_demo`, `join_shared`),
which own the open workspace, so these only ask (the `Shell`'s `ensure_profile`, `start`,
`choose`, `act`, `ask_new_workspace` and `ask_folder` call them). The dialogs are imported
when asked, through their `ask()` that tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.profile import Profile

if TYPE_CHECKING:
    from coopdesk.app.shell_host import ShellHost
    from coopdesk.ui.dialogs.start import StartChoice

translate = QCoreApplication.translate


def ensure_profile(shell: ShellHost, demo_profile: Profile, demo: bool = False) -> bool:
    """Make sure this laptop has a profile (*demo_profile* for the demo or when nothing may
    be asked); False when the user declined to give one."""
    if shell.context.profile is not None:
        return True
    if demo or not shell.interactive:
        shell.context.set_profile(demo_profile)
        return True
    from coopdesk.ui.dialogs.welcome import WelcomeDialog

    profile = WelcomeDialog.ask()
    if profile is None:
        return False
    shell.context.set_profile(profile)
    return True


def start(shell: ShellHost, workspace: Path | None = None, demo: bool = False) -> bool:
    """Open the first workspace; False when the user quit instead."""
    if not shell.ensure_profile(demo):
        return False
    if demo:
        if shell.open_demo():
            return True
    elif workspace is not None:
        if shell.open_folder(workspace):
            return True
    else:
        last = shell.context.settings.last_workspace
        if last is not None and shell.open_folder(last):
            return True
    return shell.choose()


def choose(shell: ShellHost) -> bool:
    """Ask how to begin until a workspace opens; False when the user quits."""
    from coopdesk.ui.dialogs.start import StartDialog

    while shell.interactive:
        choice = StartDialog.ask(shell.recent())
        if choice is None:
            return False
        if shell.act(choice):
            return True
    return False


def act(shell: ShellHost, choice: StartChoice) -> bool:
    """Do what the start dialog's *choice* says; True when a workspace opened."""
    if choice.action == "create":
        return shell.create_workspace(choice.name)
    if choice.action == "demo":
        return shell.open_demo()
    if choice.action == "join":
        return choice.folder is not None and shell.join_shared(choice.folder)
    return choice.folder is not None and shell.open_folder(choice.folder)


def ask_new_workspace(shell: ShellHost) -> None:
    """File ▸ New cooperation workspace: ask its name, then create it."""
    from coopdesk.ui.dialogs.start import NewWorkspaceDialog

    name = NewWorkspaceDialog.ask(shell.window)
    if name:
        shell.create_workspace(name)


def ask_folder(shell: ShellHost) -> None:
    """File ▸ Open a workspace: ask for its folder, then open it."""
    from coopdesk.ui.dialogs.start import FolderDialog

    folder = FolderDialog.ask(translate("Shell", "Open a workspace folder"),
                              start=shell.context.workspaces_dir, parent=shell.window)
    if folder is not None:
        shell.open_folder(folder)
