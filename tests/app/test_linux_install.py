"""packaging/linux/install.sh and uninstall.sh, run for real in a temporary HOME on an
unpacked archive whose app is a small script (the PyInstaller build itself is checked by CI,
.ci/run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"

pytestmark = pytest.mark.skipif(sys.platform != "linux" or shutil.which("sh") is None,
                                reason="the Linux install scripts need a POSIX shell")


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """An unpacked archive laid out as packaging/linux/build.sh lays it out."""
    folder = tmp_path / "coopdesk-9.9.9-linux-x86_64"
    (folder / "app" / "_internal").mkdir(parents=True)
    app = folder / "app" / "coopdesk"
    app.write_text('#!/bin/sh\necho "fake coopdesk $*"\n')
    app.chmod(0o755)
    (folder / "app" / "_internal" / "data.txt").write_text("bundled")
    for name in ("install.sh", "uninstall.sh", "coopdesk.desktop"):
        shutil.copy2(LINUX / name, folder / name)
    shutil.copy2(ROOT / "resources" / "icons" / "coopdesk.svg", folder / "coopdesk.svg")
    (folder / "coopdesk.png").write_bytes(b"\x89PNG fake")
    (folder / "VERSION").write_text("9.9.9\n")
    return folder


def run(script: Path, home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(["sh", str(script), *args], env=env, input=stdin, text=True,
                          capture_output=True, timeout=60, check=False)


def test_install_needs_no_root_and_puts_everything_in_home(unpacked: Path,
                                                           tmp_path: Path) -> None:
    home = tmp_path / "user"
    home.mkdir()
    result = run(unpacked / "install.sh", home)
    assert result.returncode == 0, result.stderr
    app = home / ".local" / "share" / "coopdesk" / "app"
    assert (app / "_internal" / "data.txt").read_text() == "bundled"
    link = home / ".local" / "bin" / "coopdesk"
    assert link.is_symlink() and link.resolve() == (app / "coopdesk").resolve()
    assert subprocess.run([str(link), "--version"], capture_output=True, text=True,
                          check=True).stdout == "fake coopdesk --version\n"
    desktop = (home / ".local" / "share" / "applications" / "coopdesk.desktop").read_text()
    assert f"Exec={app / 'coopdesk'}\n" in desktop and "@EXEC@" not in desktop
    assert "Icon=coopdesk\n" in desktop
    assert (home / ".local/share/icons/hicolor/scalable/apps/coopdesk.svg").is_file()
    assert (home / ".local/share/coopdesk/uninstall.sh").is_file()
    assert "coopdesk 9.9.9 is installed" in result.stdout


def test_installing_again_replaces_the_old_version(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "user"
    home.mkdir()
    assert run(unpacked / "install.sh", home).returncode == 0
    old = home / ".local/share/coopdesk/app/_internal/only-in-old.txt"
    old.write_text("old")
    workspace = home / ".local/share/coopdesk/workspaces/asso/coopdesk.sqlite"
    workspace.parent.mkdir(parents=True)
    workspace.write_text("data")
    assert run(unpacked / "install.sh", home).returncode == 0
    assert not old.exists()
    assert workspace.read_text() == "data"
    assert not (home / ".local/share/coopdesk/app.old").exists()


def test_uninstall_keeps_user_data(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "user"
    home.mkdir()
    assert run(unpacked / "install.sh", home).returncode == 0
    workspace = home / ".local/share/coopdesk/workspaces/asso/coopdesk.sqlite"
    workspace.parent.mkdir(parents=True)
    workspace.write_text("data")
    settings = home / ".config/coopdesk/settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("{}")
    result = run(home / ".local/share/coopdesk/uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    assert not (home / ".local/share/coopdesk/app").exists()
    assert not (home / ".local/bin/coopdesk").exists()
    assert not (home / ".local/share/applications/coopdesk.desktop").exists()
    assert workspace.read_text() == "data" and settings.read_text() == "{}"
    assert "kept" in result.stdout


def test_purge_asks_first_and_removes_everything_only_on_yes(unpacked: Path,
                                                             tmp_path: Path) -> None:
    home = tmp_path / "user"
    home.mkdir()
    assert run(unpacked / "install.sh", home).returncode == 0
    workspace = home / ".local/share/coopdesk/workspaces/asso/coopdesk.sqlite"
    workspace.parent.mkdir(parents=True)
    workspace.write_text("data")
    logs = home / ".local/state/coopdesk/log/coopdesk.log"
    logs.parent.mkdir(parents=True)
    logs.write_text("log")
    uninstall = home / ".local/share/coopdesk/uninstall.sh"
    kept = shutil.copy2(uninstall, tmp_path / "uninstall.sh")
    assert run(Path(kept), home, "--purge", stdin="no\n").returncode == 0
    assert workspace.is_file() and not (home / ".local/share/coopdesk/app").exists()
    assert run(Path(kept), home, "--purge", stdin="yes\n").returncode == 0
    assert not (home / ".local/share/coopdesk").exists()
    assert not (home / ".local/state/coopdesk").exists()


def test_uninstall_leaves_a_foreign_coopdesk_link_alone(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "user"
    (home / ".local/bin").mkdir(parents=True)
    other = tmp_path / "pipx-coopdesk"
    other.write_text("#!/bin/sh\n")
    (home / ".local/bin/coopdesk").symlink_to(other)
    assert run(unpacked / "uninstall.sh", home, "--yes").returncode == 0
    assert (home / ".local/bin/coopdesk").is_symlink()
    assert run(unpacked / "uninstall.sh", home, "--bogus").returncode == 2
