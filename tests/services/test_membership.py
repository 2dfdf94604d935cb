"""Creating, joining and rejoining a share through the membership service, on real
workspaces and real folders: what it checks before anything is made, what it leaves behind
when it fails (nothing), and the read models it returns."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.sharing import membership
from coopdesk.services.sharing.crypto import KeysError
from coopdesk.services.sharing.membership import JoinCancelledError, JoinRefusedError, TeamView
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.share_file import ShareFileError, export_to_file
from coopdesk.services.sharing.types import SyncError, SyncReport
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE
from tests.sync.encrypted_team import CHEAP, PASSPHRASE

PARTNER = Profile(name="Karim Benali", organisation="UST")


def shared_team(tmp_path: Path, passphrase: str | None = None) -> Path:
    """A workspace with one organisation, shared in tmp_path/cloud."""
    cloud = tmp_path / "cloud"
    cloud.mkdir()
    with Workspace.create(tmp_path / "owner", "Collectif des Tilleuls", TEST_PROFILE) as ws:
        services = Services(ws)
        services.organisations.create(OrganisationFields(name="Union sportive"))
        services.sync.crypto.params = CHEAP
        done = membership.share_workspace(services.sync, cloud, passphrase)
    assert done.team.encrypted is (passphrase is not None)
    assert done.workspace_name == "Collectif des Tilleuls" and done.report.exported_ops > 0
    assert done.root == cloud / "CoopDesk" and done.folder == cloud
    return cloud


def names(workspace: Workspace) -> list[str]:
    return [o.name for o in Services(workspace).organisations.list()]


def test_read_team_explains_what_cannot_be_joined(tmp_path: Path) -> None:
    with pytest.raises(JoinRefusedError, match="cannot be found"):
        membership.read_team(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(JoinRefusedError, match="holds no shared coopdesk workspace"):
        membership.read_team(tmp_path / "empty")
    cloud = shared_team(tmp_path)
    team = membership.read_team(cloud)
    assert isinstance(team, TeamView)
    assert (team.name, team.encrypted) == ("Collectif des Tilleuls", False) and team.team_id


def test_join_makes_a_new_copy_then_rejoins_it(tmp_path: Path) -> None:
    cloud = shared_team(tmp_path)
    joined = membership.join(tmp_path / "bob", PARTNER, cloud)
    with joined.workspace as workspace:
        assert not joined.rejoined and joined.storage == ""
        assert workspace.name == "Collectif des Tilleuls"
        assert names(workspace) == ["Union sportive"]
    # the share mounted elsewhere (another drive letter, a moved cloud folder)
    moved = tmp_path / "moved cloud"
    cloud.rename(moved)
    again = membership.join(tmp_path / "bob", PARTNER, moved)
    with again.workspace as workspace:
        assert again.rejoined and again.team == joined.team
        assert Services(workspace).sync.folder()[0] == moved


def test_join_refuses_a_folder_it_would_spoil(tmp_path: Path) -> None:
    cloud = shared_team(tmp_path)
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("à garder")
    with pytest.raises(JoinRefusedError, match="not a new or empty folder"):
        membership.join(full, PARTNER, cloud)
    assert [p.name for p in full.iterdir()] == ["notes.txt"]
    Workspace.create(tmp_path / "other", "Autre", PARTNER).close()
    with pytest.raises(JoinRefusedError, match="different workspace"):
        membership.join(tmp_path / "other", PARTNER, cloud)


def test_a_failed_join_leaves_nothing_behind(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    cloud = shared_team(tmp_path)

    def full_disk(_self: SyncService) -> SyncReport:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SyncService, "sync", full_disk)  # after the workspace was made
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(OSError, match="No space left"):
        membership.join(empty, PARTNER, cloud)
    assert list(empty.iterdir()) == []  # the folder itself stays: it was there before
    with pytest.raises(OSError, match="No space left"):
        membership.join(tmp_path / "new", PARTNER, cloud)
    assert not (tmp_path / "new").exists()


def test_an_encrypted_team_asks_its_passphrase_before_making_anything(tmp_path: Path) -> None:
    cloud = shared_team(tmp_path, PASSPHRASE)
    asked: list[TeamView] = []

    def cancel(team: TeamView) -> str | None:
        asked.append(team)
        return None

    with pytest.raises(JoinCancelledError):
        membership.join(tmp_path / "bob", PARTNER, cloud, cancel)
    # the name is sealed in the team file: it shows once the passphrase is given
    assert [t.name for t in asked] == [""] and asked[0].encrypted
    assert not (tmp_path / "bob").exists()
    with pytest.raises(KeysError, match="Wrong passphrase"):
        membership.join(tmp_path / "bob", PARTNER, cloud, lambda _team: "pas la bonne")
    assert not (tmp_path / "bob").exists()
    with pytest.raises(KeysError, match="Wrong passphrase"):
        membership.open_keys(cloud, asked[0], "pas la bonne")
    assert membership.open_keys(cloud, asked[0], PASSPHRASE).name == "Collectif des Tilleuls"

    joined = membership.join(tmp_path / "bob", PARTNER, cloud, lambda _team: PASSPHRASE)
    with joined.workspace as workspace:
        assert joined.team.encrypted and joined.storage == "keyring"
        assert names(workspace) == ["Union sportive"]  # decrypted and imported


def test_a_team_in_clear_never_asks(tmp_path: Path) -> None:
    cloud = shared_team(tmp_path)

    def never(_team: TeamView) -> str | None:
        raise AssertionError("a team in clear has no passphrase")

    with membership.join(tmp_path / "bob", PARTNER, cloud, never).workspace:
        pass


def test_sharing_checks_the_folder_then_the_passphrase(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "ours", "Nous", TEST_PROFILE) as workspace:
        sync = Services(workspace).sync
        with pytest.raises(SyncError, match="does not exist; create it first"):
            membership.share_workspace(sync, tmp_path / "nowhere", lambda _team: PASSPHRASE)
        (tmp_path / "cloud").mkdir()
        with pytest.raises(KeysError, match="at least 12 characters"):
            membership.share_workspace(sync, tmp_path / "cloud", "court")
        with pytest.raises(JoinCancelledError):
            membership.share_workspace(sync, tmp_path / "cloud", lambda _team: None)
        assert not sync.status().shared
        assert list((tmp_path / "cloud").iterdir()) == []


def test_import_into_a_new_folder_from_a_file(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "owner", "Collectif", TEST_PROFILE) as workspace:
        services = Services(workspace)
        services.organisations.create(OrganisationFields(name="Union sportive"))
        export_to_file(services.sync, tmp_path / "tout.cdsnap")
    got = membership.import_into_new(tmp_path / "copy", PARTNER, tmp_path / "tout.cdsnap")
    assert got.joined and got.applied > 0 and got.team_name == "Collectif"
    with Workspace.open(tmp_path / "copy", PARTNER) as copy:
        assert names(copy) == ["Union sportive"]
    (tmp_path / "bad.cdsnap").write_bytes(b"pas un fichier coopdesk")
    with pytest.raises(ShareFileError):
        membership.import_into_new(tmp_path / "other", PARTNER, tmp_path / "bad.cdsnap")
    assert not (tmp_path / "other").exists()
