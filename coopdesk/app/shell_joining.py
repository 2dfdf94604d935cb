"""The shell's joining of a shared folder: reading the team partners share there, asking
an encrypted team's passphrase, then filling a new workspace from the shared folder in a
worker while the loading frame shows.

Plain functions taking the `Shell` (as a `ShellHost`) rather than a class of their own:
joining ends in the shell's own opening (`open_in_worker`, which reports errors, recovers
and shows the workspace), so the `Shell` stays the one owner of the open workspace (its
`join_shared` and `team_passphrase` call these). The checks and the joining itself are the
membership service's (services/sharing/membership.py), the same as the command line's; it
is imported only when joining.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.errors import CoopdeskError

if TYPE_CHECKING:
    from coopdesk.app.shell_host import ShellHost
    from coopdesk.services.sharing.membership import TeamView

translate = QCoreApplication.translate


def join_shared(shell: ShellHost, shared: Path) -> bool:
    """Join the workspace partners share in the folder *shared*: a new workspace here,
    filled from the shared folder in a worker while the loading window shows."""
    from coopdesk.services.sharing import membership

    try:
        team = membership.read_team(shared)
    except CoopdeskError as error:
        shell.report(error)
        return False
    go_on, passphrase = shell.team_passphrase(shared, team)
    if not go_on:
        return False
    # an encrypted team's name is sealed: joining gives the workspace the name it opens
    name = team.name or shared.name
    folder, profile = shell.new_folder(name), shell.profile
    return shell.open_in_worker(
        lambda: membership.join(folder, profile, shared, passphrase,
                                name=team.name).workspace,
        translate("Shell", "Joining {name}…").format(name=name))


def team_passphrase(shell: ShellHost, shared: Path, team: TeamView) -> tuple[bool, str | None]:
    """(go on, passphrase) to join *team*: an encrypted team asks for its passphrase,
    tried on the share's key files before anything is created (a wrong one keeps the
    dialog open with the reason; cancelling creates nothing)."""
    if not team.encrypted:
        return True, None
    from coopdesk.services.sharing.membership import open_keys
    from coopdesk.ui.dialogs.share_keys import PassphraseDialog

    opened: list[str] = []

    def unlock(passphrase: str) -> None:
        open_keys(shared, team, passphrase)
        opened.append(passphrase)

    if not PassphraseDialog.ask(team.name, unlock, shell.loading or shell.window):
        return False, None
    return True, opened[-1]
