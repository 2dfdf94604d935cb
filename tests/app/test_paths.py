"""coopdesk.app.paths finds the resources of a frozen app: PyInstaller's one-folder layout
(sys._MEIPASS) and the macOS .app layout (Contents/Resources)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coopdesk.app import paths


def make_resources(folder: Path) -> Path:
    (folder / "icons").mkdir(parents=True)
    (folder / "icons" / "coopdesk.svg").write_text("<svg/>")
    (folder / "translations").mkdir()
    return folder


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    return monkeypatch


def test_one_folder_bundle_uses_meipass(frozen: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = tmp_path / "coopdesk" / "_internal"
    resources = make_resources(bundle / "resources")
    frozen.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    frozen.setattr(sys, "executable", str(tmp_path / "coopdesk" / "coopdesk"))
    assert paths.resources_dir() == resources
    assert paths.translations_dir() == resources / "translations"
    assert paths.app_icon_path() == resources / "icons" / "coopdesk.svg"


def test_macos_app_finds_contents_resources(frozen: pytest.MonkeyPatch, tmp_path: Path) -> None:
    contents = tmp_path / "coopdesk.app" / "Contents"
    (contents / "Frameworks").mkdir(parents=True)
    (contents / "MacOS").mkdir()
    resources = make_resources(contents / "Resources" / "resources")
    frozen.setattr(sys, "_MEIPASS", str(contents / "Frameworks"), raising=False)
    frozen.setattr(sys, "executable", str(contents / "MacOS" / "coopdesk"))
    assert paths.resources_dir() == resources


def test_the_environment_variable_wins(frozen: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    make_resources(bundle / "resources")
    override = make_resources(tmp_path / "override")
    frozen.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    frozen.setenv(paths.ENV_VAR, str(override))
    assert paths.resources_dir() == override
