"""The headless subcommands, run through `main()` on real workspace folders."""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import IO, Any

import pytest

import coopdesk
from coopdesk import __version__
from coopdesk.app.cli import CLI_PROFILE, local_profile
from coopdesk.app.main import main
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import ExchangeKind
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.domain.profile import Profile
from coopdesk.services import export
from coopdesk.services.kinds import KINDS
from coopdesk.services.settings import AppPaths, AppSettings, save_settings
from coopdesk.services.workspace_services import Services
from coopdesk.store.models import ALL_MODELS


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def small(services: Services) -> Path:
    """A workspace with a meeting and public and private contact-log entries."""
    org = services.organisations.create(OrganisationFields(name="Asso des Tilleuls")).id
    services.meetings.create(MeetingFields(title="Réunion de lancement",
                                           starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    for subject, private in (("Appel trésorière", False), ("Note perso", True),
                             ("Autre note perso", True)):
        services.exchanges.create(ContactLogEntryFields(
            kind=ExchangeKind.CALL, occurred_on=dt.date(2024, 3, 5), subject=subject,
            organisation_id=org, is_private=private))
    return services.workspace.folder


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"coopdesk {__version__}"


@pytest.mark.parametrize("before", [True, False])
def test_workspace_option_before_or_after_the_command(
        capsys: pytest.CaptureFixture[str], small: Path, before: bool) -> None:
    argv: list[str | Path] = (["--workspace", small, "search", "reunion"] if before
            else ["search", "--workspace", small, "reunion"])
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].split("\t")[:2] == ["meeting", "Réunion de lancement"]


def test_search_without_results_says_so(capsys: pytest.CaptureFixture[str],
                                        small: Path) -> None:
    code, out, err = run(capsys, "-w", small, "search", "zythum", "xylophone")
    assert (code, err) == (0, "")
    assert out == "No results for “zythum xylophone”.\n"


def test_search_limit(capsys: pytest.CaptureFixture[str], small: Path) -> None:
    code, out, _err = run(capsys, "-w", small, "search", "a", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1
    assert_one_line_error(*run(capsys, "-w", small, "search", "a", "--limit", "0"), "--limit")


def test_search_shows_one_hit_per_line_without_markers(
        capsys: pytest.CaptureFixture[str], small: Path) -> None:
    code, out, _err = run(capsys, "-w", small, "search", "trésorière")
    assert code == 0
    kind, title, snippet = out.splitlines()[0].split("\t")
    assert (kind, title) == ("contact_log_entry", "Appel trésorière")
    assert "trésorière" in snippet and "\x02" not in snippet and "\x1b" not in snippet


def test_export_says_how_many_private_entries_were_left_out(
        capsys: pytest.CaptureFixture[str], small: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "export.json"
    code, out, err = run(capsys, "-w", small, "export", "--format", "json", "--out", out_file)
    assert (code, err) == (0, "")
    assert "2 private contact-log entries left out" in out
    subjects = [row["subject"] for row in
                json.loads(out_file.read_text(encoding="utf-8"))["tables"]["contact_log_entry"]]
    assert subjects == ["Appel trésorière"]

    code, out, _err = run(capsys, "export", "-w", small, "--format", "csv",
                          "--out", tmp_path / "csv", "--include-private")
    assert code == 0 and "left out" not in out
    lines = (tmp_path / "csv" / "contact_log_entry.csv").read_text(
        encoding="utf-8-sig").splitlines()
    assert len(lines) == 4  # header and three entries


def test_local_profile_comes_from_the_settings() -> None:
    user_args = argparse.Namespace(temp_basedir=False)
    assert local_profile(user_args) == CLI_PROFILE
    mine = Profile(name="Karim Benali", organisation="Centre social")
    save_settings(AppPaths.for_user(), AppSettings(profile=mine))
    assert local_profile(user_args) == mine
    # --temp-basedir never reads this laptop's settings.
    assert local_profile(argparse.Namespace(temp_basedir=True)) == CLI_PROFILE


# -- demo ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`coopdesk demo` then `export --format json --include-private`, once for this module.

    Module-scoped, so it runs before the per-test isolation of HOME: --temp-basedir keeps
    it away from this laptop's real settings.
    """
    base = tmp_path_factory.mktemp("demo")
    folder = base / "Démo coopération"
    assert main(["--temp-basedir", "demo", "--workspace", str(folder)]) == 0
    out = base / "demo.json"
    assert main(["--temp-basedir", "--workspace", str(folder), "export", "--format", "json",
                 "--out", str(out), "--include-private"]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_demo_creates_the_workspace_and_says_what_next(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()  # an empty folder is fine (the module fixture covers a new one)
    code, out, err = run(capsys, "demo", "--workspace", folder)
    assert (code, err) == (0, "")
    assert f"Demo workspace created in {folder}." in out
    assert f"coopdesk --workspace {folder} search reunion" in out
    assert (folder / "coopdesk.sqlite").is_file()

    code, out, err = run(capsys, "--workspace", folder, "search", "reunion")
    assert (code, err) == (0, "")
    kinds = [line.split("\t")[0] for line in out.splitlines()]
    assert "meeting" in kinds and kinds[0] == "meeting", out


def test_demo_export_holds_every_table_with_rows(demo_export: dict[str, Any]) -> None:
    data = demo_export
    tables = data["tables"]
    assert list(tables) == [spec.table for spec in KINDS.values()]
    empty = [name for name, rows in tables.items() if not rows]
    assert empty == []
    for model in ALL_MODELS:
        assert set(tables[model.__tablename__][0]) == set(model.__table__.columns.keys())
    assert data["workspace"]["name"] and data["private_included"] is True


def test_demo_refuses_an_existing_workspace(capsys: pytest.CaptureFixture[str],
                                            small: Path) -> None:
    before = (small / "coopdesk.sqlite").stat().st_mtime_ns
    assert_one_line_error(*run(capsys, "demo", "--workspace", small),
                          "a workspace already exists")
    assert (small / "coopdesk.sqlite").stat().st_mtime_ns == before


def test_demo_refuses_a_folder_of_user_files(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("à garder", encoding="utf-8")
    assert_one_line_error(*run(capsys, "--workspace", tmp_path / "mine", "demo"),
                          "not a new or empty folder")
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["notes.txt"]


def test_demo_in_a_readonly_folder_leaves_nothing(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    refuse_writes_under(monkeypatch, readonly)
    assert_one_line_error(*run(capsys, "demo", "-w", readonly / "demo"), "Permission denied")
    assert list(readonly.iterdir()) == []


# -- errors ---------------------------------------------------------------------------------
def assert_one_line_error(code: int, out: str, err: str, *words: str) -> None:
    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("coopdesk: error: ")
    assert "Traceback" not in err
    for word in words:
        assert word in err


@pytest.mark.parametrize("command", [
    ["demo"], ["search", "x"], ["export", "--format", "json", "--out", "x.json"]])
def test_missing_workspace_option(capsys: pytest.CaptureFixture[str],
                                  command: list[str]) -> None:
    assert_one_line_error(*run(capsys, *command), "--workspace")


@pytest.mark.parametrize("command", [
    ["search", "x"], ["export", "--format", "csv", "--out", "csv"]])
def test_missing_workspace_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                  command: list[str]) -> None:
    assert_one_line_error(*run(capsys, "-w", tmp_path / "nowhere", *command),
                          "does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_folder_that_is_not_a_workspace(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    assert_one_line_error(*run(capsys, "-w", tmp_path / "plain", "search", "x"),
                          "not a coopdesk workspace")


def test_damaged_workspace_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "coopdesk.sqlite").write_bytes(b"this is not a database" * 100)
    assert_one_line_error(*run(capsys, "-w", folder, "export", "--format", "json",
                               "--out", tmp_path / "x.json"), "not a coopdesk database")
    assert not (tmp_path / "x.json").exists()


def test_unreadable_workspace_file(capsys: pytest.CaptureFixture[str], small: Path) -> None:
    db_file = small / "coopdesk.sqlite"
    db_file.chmod(0)
    try:
        if os.access(db_file, os.R_OK):
            pytest.skip("this user reads files whatever their mode (root)")
        assert_one_line_error(*run(capsys, "-w", small, "search", "x"), "Cannot read")
    finally:
        db_file.chmod(0o644)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_output_in_a_missing_folder(capsys: pytest.CaptureFixture[str], small: Path,
                                    tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "missing" / "export"
    assert_one_line_error(*run(capsys, "-w", small, "export", "--format", fmt,
                               "--out", target), "does not exist")
    assert not (tmp_path / "missing").exists()


def refuse_writes_under(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make *folder* read-only even for root: creating anything in it is refused."""
    real_open, real_mkdir = os.open, os.mkdir

    def inside(path: object) -> bool:
        return Path(os.fsdecode(path)).absolute().is_relative_to(folder)  # type: ignore[arg-type]

    def guarded_open(path: str, flags: int, *args: int, **kwargs: object) -> int:
        if flags & os.O_CREAT and inside(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    def guarded_mkdir(path: str, *args: object, **kwargs: object) -> None:
        if inside(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        real_mkdir(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "mkdir", guarded_mkdir)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_output_in_a_readonly_folder(capsys: pytest.CaptureFixture[str], small: Path,
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     fmt: str) -> None:
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    refuse_writes_under(monkeypatch, readonly)
    assert_one_line_error(*run(capsys, "-w", small, "export", "--format", fmt,
                               "--out", readonly / "export"), "Permission denied")
    assert list(readonly.iterdir()) == []


def test_output_in_a_folder_without_write_permission(
        capsys: pytest.CaptureFixture[str], small: Path, tmp_path: Path) -> None:
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(0o555)
    try:
        if os.access(readonly, os.W_OK):
            pytest.skip("this user writes anywhere whatever the mode (root)")
        assert_one_line_error(*run(capsys, "-w", small, "export", "--format", "json",
                                   "--out", readonly / "x.json"), "Permission denied")
        assert list(readonly.iterdir()) == []
    finally:
        readonly.chmod(0o755)


def fill_disk_after(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    """Real files, but writing fails with ENOSPC once *room* characters are written."""
    written = [0]

    def opener(path: Path, encoding: str) -> IO[str]:
        handle = path.open("w", encoding=encoding, newline="")
        real_write = handle.write

        def write(text: str) -> int:
            written[0] += len(text)
            if written[0] > room:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_write(text)

        handle.write = write  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(export, "_open_text", opener)


@pytest.mark.parametrize("fmt", ["json", "csv"])
@pytest.mark.parametrize("room", [0, 300, 2000])
def test_full_disk(capsys: pytest.CaptureFixture[str], small: Path, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch, fmt: str, room: int) -> None:
    fill_disk_after(monkeypatch, room)
    target = tmp_path / "out"
    target.mkdir()
    assert_one_line_error(*run(capsys, "-w", small, "export", "--format", fmt,
                               "--out", target / "export"), "No space left on device")
    assert list(target.iterdir()) == []


def test_csv_export_refuses_a_folder_of_user_files(
        capsys: pytest.CaptureFixture[str], small: Path, tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("à garder", encoding="utf-8")
    assert_one_line_error(*run(capsys, "-w", small, "export", "--format", "csv",
                               "--out", tmp_path / "mine"), "not empty")
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["notes.txt"]


# -- without Qt -----------------------------------------------------------------------------
def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(coopdesk.__file__).parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    env.pop("QT_QPA_PLATFORM", None)
    return env


def assert_no_qt_loaded(script: str) -> None:
    """Run *script* (it imports and runs command-line code) in a fresh interpreter and
    check that no Qt module was loaded by the end of it."""
    check = ('\nimport sys\nloaded = sorted(name for name in sys.modules'
             ' if name.startswith(("PySide6", "shiboken")))\nassert not loaded, loaded\n'
             'print("no Qt")\n')
    done = subprocess.run([sys.executable, "-c", script + check], capture_output=True,
                          text=True, encoding="utf-8", env=subprocess_env(), timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("no Qt")


def test_python_m_coopdesk_searches(small: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "coopdesk", "--workspace", str(small),
                           "search", "reunion"], capture_output=True, text=True,
                          encoding="utf-8", env=subprocess_env(), timeout=120, check=False)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("meeting\tRéunion de lancement\t")


def test_subcommands_never_import_qt(small: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from coopdesk.app.main import main
        codes = [
            main(["demo", "--workspace", {str(tmp_path / "demo")!r}]),
            main(["--workspace", {str(small)!r}, "search", "reunion"]),
            main(["--workspace", {str(small)!r}, "export", "--format", "csv",
                  "--out", {str(tmp_path / "csv")!r}]),
            main(["search", "--workspace", {str(tmp_path / "missing")!r}, "x"]),
        ]
        assert codes == [0, 0, 0, 2], codes
    """)
    assert_no_qt_loaded(script)
