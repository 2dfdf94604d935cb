"""Two laptops sharing one workspace through a folder, for tests of what sync shows people.

Alice shares her workspace; Bob joins it from a new, empty workspace. Both are real SQLite
workspaces in tmp_path, and the share is a real folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coopdesk.domain.profile import Profile
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace

ALICE = Profile(name="Alice Martin", organisation="Asso du Pont")
BOB = Profile(name="Bob Leroy", organisation="Collectif Voisins")


@dataclass
class Laptop:
    workspace: Workspace
    services: Services

    def sync(self) -> None:
        SyncService(self.workspace).sync()


@dataclass
class Pair:
    alice: Laptop
    bob: Laptop
    share: Path

    def sync(self) -> None:
        """Alice, Bob, then Alice again: both have everything."""
        self.alice.sync()
        self.bob.sync()
        self.alice.sync()

    def close(self) -> None:
        self.alice.workspace.close()
        self.bob.workspace.close()


def make_pair(folder: Path) -> Pair:
    alice = Workspace.create(folder / "alice", "Coopération des Tilleuls", ALICE)
    bob = Workspace.create(folder / "bob", "Nouvel espace", BOB)
    share = folder / "share"
    share.mkdir()
    SyncService(alice).create_share(share)
    SyncService(bob).join(share)
    return Pair(Laptop(alice, Services(alice)), Laptop(bob, Services(bob)), share)


def pair_fixture(folder: Path) -> Iterator[Pair]:
    pair = make_pair(folder)
    yield pair
    pair.close()
