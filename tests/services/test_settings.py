"""This laptop's settings: round trip, damaged files, the recent workspaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopdesk.domain.profile import Profile
from coopdesk.services.settings import (
    MAX_RECENT,
    AppPaths,
    AppSettings,
    load_settings,
    save_settings,
)


def test_missing_file_gives_defaults(app_paths: AppPaths) -> None:
    assert load_settings(app_paths) == AppSettings()
    assert AppSettings().language == "fr"
    assert AppSettings().last_workspace is None


def test_round_trip(app_paths: AppPaths, tmp_path: Path) -> None:
    settings = AppSettings(profile=Profile(name="Marie Dupont", organisation="Asso du Pont"),
                           language="en", workspaces_dir=str(tmp_path / "espaces"))
    settings = settings.with_recent(tmp_path / "a").with_recent(tmp_path / "b — é")
    save_settings(app_paths, settings)
    assert load_settings(app_paths) == settings
    assert not app_paths.settings_file.with_suffix(".tmp").exists()
    assert "é" in app_paths.settings_file.read_text(encoding="utf-8")


def test_saving_without_a_profile(app_paths: AppPaths) -> None:
    save_settings(app_paths, AppSettings())
    assert load_settings(app_paths) == AppSettings()


@pytest.mark.parametrize("content", [
    b"", b"{", b"not json", b"[1, 2]", b"null", b"42", b'"text"', b"\xff\xfe\x00garbage",
    b'{"profile": "Marie"}',
    b'{"profile": {"name": "   "}}',
    b'{"profile": {"organisation": "Asso"}}',
    b'{"profile": {"name": 12}}',
    b'{"language": 3}',
    b'{"recent_workspaces": 5}',
    b'{"recent_workspaces": "/home/marie/espace"}',
    b'{"recent_workspaces": {"a": 1}}',
    b'{"recent_workspaces": [1, null, {"a": 1}]}',
    b'{"workspaces_dir": null}',
    b'{"workspaces_dir": 12}',
])
def test_damaged_file_gives_defaults(app_paths: AppPaths, content: bytes) -> None:
    app_paths.config_dir.mkdir(parents=True)
    app_paths.settings_file.write_bytes(content)
    assert load_settings(app_paths) == AppSettings()


def test_damaged_parts_are_dropped_and_the_rest_kept(app_paths: AppPaths) -> None:
    app_paths.config_dir.mkdir(parents=True)
    app_paths.settings_file.write_text(json.dumps({
        "profile": {"name": "Awa", "organisation": 7},
        "language": "de",
        "recent_workspaces": ["/a", 3, "/b", "/a"],
        "workspaces_dir": "/espaces",
        "unknown": True,
    }), encoding="utf-8")
    loaded = load_settings(app_paths)
    assert loaded.profile == Profile(name="Awa", organisation="")
    assert loaded.language == "fr"
    assert loaded.recent_workspaces == ("/a", "/b")
    assert loaded.workspaces_dir == "/espaces"


def test_too_many_recent_workspaces_in_the_file_are_capped(app_paths: AppPaths) -> None:
    app_paths.config_dir.mkdir(parents=True)
    app_paths.settings_file.write_text(json.dumps({
        "recent_workspaces": [f"/w{n}" for n in range(20)]}), encoding="utf-8")
    assert load_settings(app_paths).recent_workspaces == tuple(
        f"/w{n}" for n in range(MAX_RECENT))


def test_a_folder_in_place_of_the_file_gives_defaults(app_paths: AppPaths) -> None:
    app_paths.settings_file.mkdir(parents=True)
    assert load_settings(app_paths) == AppSettings()


def test_recent_list_newest_first_without_duplicates_and_capped(tmp_path: Path) -> None:
    settings = AppSettings()
    for n in range(MAX_RECENT + 3):
        settings = settings.with_recent(tmp_path / f"w{n}")
    expected = tuple(str(tmp_path / f"w{n}") for n in reversed(range(3, MAX_RECENT + 3)))
    assert settings.recent_workspaces == expected
    assert len(settings.recent_workspaces) == MAX_RECENT

    settings = settings.with_recent(tmp_path / "w5")  # already there: moves to the top
    assert settings.recent_workspaces[0] == str(tmp_path / "w5")
    assert settings.recent_workspaces.count(str(tmp_path / "w5")) == 1
    assert len(settings.recent_workspaces) == MAX_RECENT
    assert settings.last_workspace == tmp_path / "w5"

    settings = settings.without_recent(tmp_path / "w5")
    assert str(tmp_path / "w5") not in settings.recent_workspaces
    assert settings.last_workspace == tmp_path / f"w{MAX_RECENT + 2}"
    assert settings.without_recent(tmp_path / "absent") == settings


def test_paths_under_one_base(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    assert paths.settings_file == tmp_path / "config" / "settings.json"
    assert paths.workspaces_dir == tmp_path / "data" / "workspaces"
    assert {paths.data_dir, paths.config_dir, paths.cache_dir, paths.log_dir} <= {
        tmp_path / name for name in ("data", "config", "cache", "logs")}


def test_user_paths_follow_the_isolated_home(isolated_environment: Path) -> None:
    paths = AppPaths.for_user()
    for folder in (paths.data_dir, paths.config_dir, paths.cache_dir, paths.log_dir):
        assert folder.is_relative_to(isolated_environment)
        assert "coopdesk" in folder.parts
