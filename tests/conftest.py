"""Every test gets a temporary base folder, an in-memory keyring and Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppPaths
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace

TEST_PROFILE = Profile(name="Marie Dupont", organisation="Asso du Pont")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in a dict: tests never touch the real OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def organisation_names(folder: Path) -> list[str]:
    """The sorted names of the organisations in the workspace in *folder* (read only)."""
    with Workspace.open(folder, TEST_PROFILE) as ws:
        return sorted(o.name for o in Services(ws).organisations.list())


def add_organisation(folder: Path, name: str) -> None:
    """Add the organisation *name* to the workspace in *folder*, as TEST_PROFILE."""
    with Workspace.open(folder, TEST_PROFILE) as ws:
        Services(ws).organisations.create(OrganisationFields(name=name))


def workspace_with(folder: Path, title: str, organisation: str) -> Path:
    """A new workspace *title* in *folder* holding one organisation; *folder*."""
    with Workspace.create(folder, title, TEST_PROFILE) as ws:
        Services(ws).organisations.create(OrganisationFields(name=organisation))
    return folder


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Real user data is never touched: HOME and the XDG folders point into tmp_path."""
    base = tmp_path / "home"
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                 "XDG_STATE_HOME"):
        folder = base / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield base
    keyring.set_keyring(previous)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "coopdesk-base")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "workspace", "Coopération test", TEST_PROFILE)
    yield ws
    ws.close()


@pytest.fixture
def services(workspace: Workspace) -> Services:
    return Services(workspace)
