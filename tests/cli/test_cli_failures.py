"""Messages that say what happened (issue 14, part 4), each with its own exit code, on real
files: a read-only bind mount and a small full filesystem made in a user and mount namespace
(`unshare -rm`, no root needed; skipped where the system forbids it), a damaged database, a
folder or a database that is not a workspace, a database locked by another process, and a
path that is not valid UTF-8."""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coopdesk.app.cli_output import (
    EXIT_DAMAGED,
    EXIT_DISK_FULL,
    EXIT_LOCKED,
    EXIT_NOT_A_WORKSPACE,
    EXIT_READ_ONLY,
)
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.backups import BackupService
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import create_workspace
from tests.cli.test_cli import run, subprocess_env


def can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt"],
                          capture_output=True, check=False)
    return done.returncode == 0


needs_namespaces = pytest.mark.skipif(not can_unshare(), reason="no user and mount "
                                      "namespaces here (unshare -rm)")


def coopdesk_in(mounts: str, *argv: str | Path) -> subprocess.CompletedProcess[str]:
    """Run *mounts* (shell) then `python -m coopdesk --temp-basedir --lang en ARGV` in a
    private user and mount namespace: the mounts exist for that command only."""
    command = " ".join(shlex.quote(str(arg)) for arg in
                       (sys.executable, "-m", "coopdesk", "--temp-basedir", "--lang", "en",
                        *argv))
    script = f"set -e\n{textwrap.dedent(mounts)}\nexec {command}\n"
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                          text=True, env=subprocess_env(), timeout=120, check=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    where = tmp_path / "espace"
    with create_workspace(where, "Espace", Profile(name="Marie")) as workspace:
        Services(workspace).organisations.create(OrganisationFields(name="Asso des Tilleuls"))
    return where


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


@needs_namespaces
@pytest.mark.parametrize("argv", [["search", "Tilleuls"], ["sync"]])
def test_a_read_only_workspace_folder_is_said_so(folder: Path, argv: list[str]) -> None:
    before = contents(folder)
    done = coopdesk_in(f"mount --bind {folder} {folder}\n"
                       f"mount -o remount,bind,ro {folder}", "-w", folder, *argv)
    assert done.returncode == EXIT_READ_ONLY, done.stderr
    assert done.stderr.startswith("coopdesk: error: ") and done.stderr.count("\n") == 1
    assert "read-only" in done.stderr.lower() and "damaged" not in done.stderr
    assert contents(folder) == before


@needs_namespaces
@pytest.mark.parametrize("argv", [["search", "Tilleuls"], ["sync"]])
def test_a_full_disk_is_said_so(folder: Path, tmp_path: Path, argv: list[str]) -> None:
    disk = tmp_path / "disque"
    disk.mkdir()
    copy = disk / "espace"
    done = coopdesk_in(f"""
        mount -t tmpfs -o size=4m tmpfs {disk}
        cp -r {folder} {copy}
        dd if=/dev/zero of={disk}/remplissage bs=4k 2>/dev/null || true
        """, "-w", copy, *argv)
    assert done.returncode == EXIT_DISK_FULL, done.stderr
    assert "full" in done.stderr and "damaged" not in done.stderr
    assert done.stderr.count("\n") == 1


@needs_namespaces
def test_share_create_onto_a_full_share_leaves_the_workspace_unshared(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    share = tmp_path / "nuage"
    share.mkdir()
    done = coopdesk_in(f"""
        mount -t tmpfs -o size=1m tmpfs {share}
        dd if=/dev/zero of={share}/remplissage bs=4k count=255 2>/dev/null
        """, "-w", folder, "share", "create", share)
    assert done.returncode == EXIT_DISK_FULL, done.stderr
    assert f"cannot write in the shared folder {share}" in done.stderr
    assert "left unshared" in done.stderr and str(folder) not in done.stderr
    code, out, _err = run(capsys, "-w", folder, "sync", "--status")
    assert code == 0 and "is not shared" in out
    other = tmp_path / "autre"
    other.mkdir()
    code, out, err = run(capsys, "-w", folder, "share", "create", other)
    assert (code, err) == (0, "") and "is now shared" in out


def damage(db_file: Path) -> None:
    with db_file.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xde\xad" * 2048)


def test_a_damaged_database_names_restore_and_the_newest_good_backup(
        capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    good = BackupService(folder).back_up()
    damage(folder / "coopdesk.sqlite")
    code, out, err = run(capsys, "-w", folder, "search", "Tilleuls")
    assert code == EXIT_DAMAGED and out == ""
    assert "is damaged" in err and f"restore {good.name}" in err
    assert f"{good.taken_at:%Y-%m-%d %H:%M}" in err
    code, out, err = run(capsys, "-w", folder, "restore", good.name)
    assert code == 0 and "damaged database was kept" in out
    assert run(capsys, "-w", folder, "search", "Tilleuls")[0] == 0


def test_a_damaged_database_without_backup_says_so(capsys: pytest.CaptureFixture[str],
                                                   folder: Path) -> None:
    damage(folder / "coopdesk.sqlite")
    code, _out, err = run(capsys, "-w", folder, "search", "Tilleuls")
    assert code == EXIT_DAMAGED and "No sound backup" in err and "restore" in err


def test_not_a_workspace(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "vide").mkdir()
    code, _out, err = run(capsys, "-w", tmp_path / "vide", "search", "x")
    assert code == EXIT_NOT_A_WORKSPACE and "not a coopdesk workspace" in err


def test_a_foreign_database_is_refused_and_left_as_it_was(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "autre"
    folder.mkdir()
    connection = sqlite3.connect(folder / "coopdesk.sqlite")
    connection.execute("CREATE TABLE notes (texte TEXT)")
    connection.execute("INSERT INTO notes VALUES ('à garder')")
    connection.commit()
    connection.close()
    before = (folder / "coopdesk.sqlite").read_bytes()
    for argv in (["search", "x"], ["sync"]):
        code, _out, err = run(capsys, "-w", folder, *argv)
        assert code == EXIT_NOT_A_WORKSPACE and "another program's database" in err
    assert (folder / "coopdesk.sqlite").read_bytes() == before
    assert sorted(path.name for path in folder.iterdir()) == ["coopdesk.sqlite"]


def test_a_database_locked_by_another_program(folder: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        connection = sqlite3.connect({str(folder / 'coopdesk.sqlite')!r})
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("CREATE TABLE IF NOT EXISTS held (x)")
        print("held", flush=True)
        time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        done = subprocess.run([sys.executable, "-m", "coopdesk", "--temp-basedir", "--lang",
                               "en", "-w", str(folder), "search", "Tilleuls"], capture_output=True,
                              text=True, env=subprocess_env(), timeout=120, check=False)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert done.returncode == EXIT_LOCKED, done.stderr
    assert "locked by another program" in done.stderr and "damaged" not in done.stderr


def test_a_path_that_is_not_utf8_is_written_and_printed_as_typed(folder: Path,
                                                                 tmp_path: Path) -> None:
    name = b"calendrier-\xff\xe9t\xe9.ics"
    target = bytes(tmp_path) + b"/" + name
    done = subprocess.run([sys.executable.encode(), b"-m", b"coopdesk", b"--temp-basedir",
                           b"--lang", b"en", b"-w", bytes(folder), b"calendar", b"--out", target],
                          capture_output=True, env=subprocess_env(), timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / Path(target.decode("utf-8", "surrogateescape")).name).exists()
    assert b"calendrier-" in done.stdout and str(folder).encode() not in done.stdout
    again = subprocess.run([sys.executable.encode(), b"-m", b"coopdesk", b"--temp-basedir",
                            b"--lang", b"en", b"-w", bytes(folder), b"calendar", b"--out", target],
                           capture_output=True, env=subprocess_env(), timeout=120,
                           check=False)
    assert again.returncode == 2
    assert b"calendrier-" in again.stderr and b"already exists" in again.stderr
    assert str(folder).encode() not in again.stderr


def test_share_create_failing_after_the_team_file_leaves_nothing_shared(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same without namespaces: the first export fails (ENOSPC injected at the cycle)
    after the team file was written and the workspace tied to the share."""
    from coopdesk.services.sharing.service import SyncService

    def full(_self: SyncService) -> None:
        raise OSError(28, "No space left on device")

    share = tmp_path / "nuage"
    share.mkdir()
    with monkeypatch.context() as patched:
        patched.setattr(SyncService, "sync", full)
        code, out, err = run(capsys, "-w", folder, "share", "create", share)
    assert code == EXIT_DISK_FULL and out == ""
    assert f"cannot write in the shared folder {share}" in err and "left unshared" in err
    assert list(share.iterdir()) == []
    code, out, _err = run(capsys, "-w", folder, "sync", "--status")
    assert code == 0 and "is not shared" in out
    assert run(capsys, "-w", folder, "share", "create", share)[0] == 0
