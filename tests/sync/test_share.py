"""The shared folder: team file, preflight, atomic writes, scanning (SYNC.md tests 8)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from coopdesk.sync import frame, share
from coopdesk.sync.share import ShareError

SEGMENT = frame.encode({"kind": "segment", "team_id": "t1", "replica_id": "r1",
                        "op_count": 0}, b"")


def test_create_then_preflight(tmp_path: Path) -> None:
    share.create_team(tmp_path, "t1", "Quartier des Tilleuls")
    info = share.preflight(tmp_path, "t1")
    assert info.team_id == "t1" and info.name == "Quartier des Tilleuls"


@pytest.mark.parametrize("setup", ["missing", "empty", "foreign", "damaged"])
def test_preflight_refuses_what_is_not_our_team(tmp_path: Path, setup: str) -> None:
    folder = tmp_path / "share"
    if setup != "missing":
        folder.mkdir()
    if setup == "foreign":
        share.create_team(folder, "other-team", "Autre")
    if setup == "damaged":
        (folder / "CoopDesk").mkdir()
        (folder / "CoopDesk" / "coopdesk-team-t1.json").write_text("{not json")
    before = sorted(p.name for p in folder.rglob("*")) if folder.exists() else None
    with pytest.raises(ShareError) as caught:
        share.preflight(folder, "t1")
    assert "Nothing was changed" in str(caught.value) or "cannot be found" in str(caught.value)
    after = sorted(p.name for p in folder.rglob("*")) if folder.exists() else None
    assert before == after


def test_create_refuses_a_folder_with_data(tmp_path: Path) -> None:
    share.create_team(tmp_path, "t1", "A")
    with pytest.raises(ShareError):
        share.create_team(tmp_path, "t2", "B")


def test_write_new_file_is_atomic_and_never_overwrites(tmp_path: Path) -> None:
    target = share.device_dir(tmp_path, "r1")
    path = share.write_new_file(target, share.segment_name(1, 1), SEGMENT)
    assert path.read_bytes() == SEGMENT
    with pytest.raises(FileExistsError):
        share.write_new_file(target, share.segment_name(1, 1), b"other")
    assert path.read_bytes() == SEGMENT
    assert not list(target.glob("~cd-*"))


def test_full_disk_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    target = share.device_dir(tmp_path, "r1")
    with pytest.raises(OSError):
        share.write_new_file(target, share.segment_name(1, 1), SEGMENT)
    assert list(target.iterdir()) == []


def test_held_file_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real_rename = Path.rename

    def flaky(self: Path, target: Path) -> Path:
        calls["n"] += 1
        if calls["n"] < 3:
            raise PermissionError("held by antivirus")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", flaky)
    monkeypatch.setattr(share, "RETRY_DELAYS", (0.0, 0.0, 0.0))
    path = share.write_new_file(tmp_path, "x.cdseg", SEGMENT)
    assert path.read_bytes() == SEGMENT and calls["n"] == 3


def test_scan_finds_our_names_their_copies_and_moved_files_only(tmp_path: Path) -> None:
    share.create_team(tmp_path, "t1", "A")
    own = share.device_dir(tmp_path, "r1")
    share.write_new_file(own, share.segment_name(1, 1), SEGMENT)
    copy = "seg-000000000001-000000000001 (conflicted copy 2026-11-02).cdseg"
    (own / copy).write_bytes(SEGMENT)
    elsewhere = share.share_root(tmp_path) / "rangé"
    elsewhere.mkdir()
    (elsewhere / "seg-000000000002-000000000002.cdseg").write_bytes(SEGMENT)
    (share.share_root(tmp_path) / "renamed by hand.cdseg").write_bytes(SEGMENT)
    (own / "~cd-leftover.tmp").write_bytes(b"partial")
    found = {f.path.name: f for f in share.scan(tmp_path)}
    assert set(found) == {"seg-000000000001-000000000001.cdseg", copy,
                          "seg-000000000002-000000000002.cdseg"}
    assert found["seg-000000000002-000000000002.cdseg"].folder_replica is None
    assert found["seg-000000000001-000000000001.cdseg"].folder_replica == "r1"
    assert found[copy].is_copy and found[copy].base == "seg-000000000001-000000000001.cdseg"
    assert not found["seg-000000000001-000000000001.cdseg"].is_copy
    assert share.remove_own_temp_files(own) == 1
