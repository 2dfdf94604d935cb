"""The door to workspaces for the app and the interface (services/workspaces.py), on real
workspace folders in tmp_path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.errors import WorkspaceError
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import (
    DamagedDatabaseError,
    create_workspace,
    discard_failed_creation,
    is_new_or_empty,
    is_workspace,
    migrations_folder,
    open_workspace,
    schema_head,
)
from tests.conftest import TEST_PROFILE


def test_create_then_open_a_workspace(tmp_path: Path) -> None:
    folder = tmp_path / "collectif"
    assert is_new_or_empty(folder) and not is_workspace(folder)
    with create_workspace(folder, "Collectif Été", TEST_PROFILE) as workspace:
        Services(workspace).organisations.create(OrganisationFields(name="Les Jardins"))
        created_id = workspace.info.id
    assert is_workspace(folder) and not is_new_or_empty(folder)
    with open_workspace(folder, TEST_PROFILE) as workspace:
        assert (workspace.folder, workspace.name, workspace.info.id) == (
            folder, "Collectif Été", created_id)
        assert [o.name for o in Services(workspace).organisations.list()] == ["Les Jardins"]
        assert workspace.upgrade_backup is None


def test_what_cannot_be_opened_is_a_workspace_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(tmp_path / "missing")
    (tmp_path / "photos").mkdir()
    with pytest.raises(WorkspaceError, match="not a coopdesk workspace"):
        open_workspace(tmp_path / "photos")
    create_workspace(tmp_path / "here", "Ici").close()
    with pytest.raises(WorkspaceError, match="already exists"):
        create_workspace(tmp_path / "here", "Encore")


def test_a_damaged_database_is_its_own_error(tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    create_workspace(folder, "Abîmé").close()
    db_file = next(folder.glob("*.sqlite"))
    content = bytearray(db_file.read_bytes())
    content[4096:8192] = b"\xff" * 4096  # a page of the tables overwritten
    db_file.write_bytes(bytes(content))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_workspace(folder)
    assert isinstance(caught.value, WorkspaceError)
    assert str(db_file) in caught.value.message


@pytest.mark.parametrize("existed", [False, True])
def test_a_failed_creation_leaves_nothing_behind(tmp_path: Path, existed: bool) -> None:
    folder = tmp_path / "new"
    if existed:
        folder.mkdir()
    create_workspace(folder / "inner", "Half made").close()
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    discard_failed_creation(folder, keep_folder=existed)
    assert folder.is_dir() is existed
    assert not existed or not any(folder.iterdir())


def test_the_schema_this_installation_brings() -> None:
    head = schema_head()
    assert head.isdigit()
    assert any(path.name.startswith(head) for path in (migrations_folder() / "versions").iterdir())


def test_importing_the_door_and_the_app_loads_no_sqlalchemy() -> None:
    """The desktop app paints its first frame before SQLAlchemy loads: the modules it
    imports at start-up, this door included, must not import the database layer."""
    code = ("import sys\n"
            "import coopdesk.services.workspaces, coopdesk.app.main, coopdesk.app.gui\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
            " or m in ('coopdesk.store.workspace', 'coopdesk.store.db')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
