"""Laptops of an encrypted team, each with its own keyring, and cheap Argon2id parameters
(the format and the default parameters are checked by test_crypto_vectors.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring.backend

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing.secrets import TeamSecrets
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.types import SyncReport
from coopdesk.services.workspace_services import Services
from coopdesk.store.sync_state import SqlState
from coopdesk.store.workspace import Workspace
from coopdesk.sync import crypto
from tests.conftest import MemoryKeyring

CHEAP = crypto.KdfParams(iterations=1, memory_kib=256, lanes=1)
PASSPHRASE = "le jardin partagé des Tilleuls"


#: One laptop's keyring.
DictRing = MemoryKeyring


class BrokenRing(keyring.backend.KeyringBackend):
    """A session without Secret Service: every call fails."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no Secret Service on this session bus")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no Secret Service on this session bus")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no Secret Service on this session bus")


@dataclass
class Member:
    workspace: Workspace
    ring: Any = field(default_factory=DictRing)

    def __post_init__(self) -> None:
        self.secrets = TeamSecrets(self.ring)
        self.services = Services(self.workspace)

    @property
    def service(self) -> SyncService:
        service = SyncService(self.workspace, self.secrets)
        service.crypto.params = CHEAP
        return service

    def sync(self) -> SyncReport:
        return self.service.sync()

    def add_org(self, name: str) -> None:
        self.services.organisations.create(OrganisationFields(name=name, city="Lyon"))

    def org_names(self) -> set[str]:
        return {o.name for o in self.services.organisations.list()}

    def fingerprint(self) -> tuple[object, ...]:
        with self.workspace.db.engine.begin() as conn:
            return SqlState(conn).fingerprint()


def encrypted_team(base: Path, profiles: list[Profile], first: Workspace | None = None,
                   ) -> tuple[list[Member], Path]:
    shared = base / "share"
    shared.mkdir(parents=True)
    owner = Member(first or Workspace.create(base / "laptop0", "Les Tilleuls", profiles[0]))
    owner.service.create_share(shared, passphrase=PASSPHRASE)
    members = [owner]
    for n, profile in enumerate(profiles[1:], start=1):
        member = Member(Workspace.create(base / f"laptop{n}", "nouvel espace", profile))
        member.service.join(shared, PASSPHRASE)
        members.append(member)
    return members, shared


def settle(members: list[Member], rounds: int = 6) -> None:
    for _round in range(rounds):
        reports = [m.sync() for m in members]
        if not any(r.imported_ops or r.exported_ops for r in reports):
            return
    raise AssertionError("sync did not settle")
