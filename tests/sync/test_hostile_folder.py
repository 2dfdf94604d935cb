"""Hostile or odd content in the shared folder (issue 13, parts 3 and 4): links to devices,
pipes, compression bombs, garbage, unreadable folders, other sync programs' temporary files
and a team file that does not match its files.

Each hostile case runs `coopdesk sync` (or `share join`) in a child process under a memory
limit (RLIMIT_AS: the address space a clean sync of the same team needed, plus the 256 MiB
budget of docs/sync.md) and a time limit: a file that made coopdesk read without end, wait on
a pipe or inflate a bomb would kill or stop the child.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
import tempfile
import textwrap
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.sharing.service import SyncService
from coopdesk.store.workspace import is_workspace
from coopdesk.sync import frame, share
from tests.cli.test_cli import subprocess_env
from tests.sync.replicas import BOB, Laptop, make_team

#: docs/sync.md "Bounded reads": what one cycle may use above the app's own.
BUDGET = 256 << 20
TIMEOUT = 90
SEGMENT = "seg-000000000900-000000000900.cdseg"

CHILD = textwrap.dedent("""
    import resource, sys
    limit = int(sys.argv[1])
    if limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from coopdesk.app.main import main
    code = main(sys.argv[2:])
    sys.stdout.flush()
    peak = [line for line in open("/proc/self/status") if line.startswith("VmPeak")]
    print("VMPEAK", int(peak[0].split()[1]) * 1024 if peak else 0, file=sys.stderr)
    sys.exit(code)
""")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    peak: int
    seconds: float


def run_bounded(*argv: str | Path, limit: int) -> Run:
    """`coopdesk --lang en ARGV` (the English wording the tests check) in a child limited
    to *limit* bytes of address space."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", CHILD, str(limit), "--lang", "en",
                           *map(str, argv)],
                          capture_output=True, text=True, encoding="utf-8",
                          env=subprocess_env(), timeout=TIMEOUT, check=False)
    seconds = time.monotonic() - started
    peaks = [int(line.split()[1]) for line in done.stderr.splitlines()
             if line.startswith("VMPEAK ")]
    err = "\n".join(line for line in done.stderr.splitlines() if not line.startswith("VMPEAK"))
    return Run(done.returncode, done.stdout, err, peaks[0] if peaks else 0, seconds)


@dataclass
class Team:
    alice: Laptop
    bob: Laptop
    shared: Path
    #: The address space a clean `sync` of Bob's workspace reached, plus BUDGET.
    limit: int

    @property
    def alice_dir(self) -> Path:
        return share.device_dir(self.shared, self.alice.me)

    def bob_syncs(self, *extra: str) -> Run:
        return run_bounded("--workspace", self.bob.folder, "sync", *extra, limit=self.limit)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    alice.services.organisations.create(OrganisationFields(name="Jardin partagé"))
    alice.sync()
    bob.sync()
    bob.close()  # the child opens it
    clean = run_bounded("--workspace", bob.folder, "sync", limit=0)
    assert clean.code == 0, clean.err
    yield Team(alice, bob, shared, clean.peak + BUDGET)
    alice.close()


def segment_header(team_id: str, replica: str, op_count: int) -> dict[str, object]:
    return {"kind": "segment", "team_id": team_id, "replica_id": replica, "seq": [900, 900],
            "vv": {}, "schema_version": "", "app_version": "0", "enc": None,
            "op_count": op_count, "format": "1.0"}


def bomb(header: dict[str, object], inflated: int = 500 << 20) -> bytes:
    """A valid-looking file whose ~510 KB body inflates to *inflated* bytes of zeros, with
    the right checksums (anyone can compute them for a team in clear)."""
    squeeze = zlib.compressobj(9)
    digest = hashlib.sha256()
    chunk = bytes(1 << 20)
    parts = []
    for _ in range(inflated // len(chunk)):
        parts.append(squeeze.compress(chunk))
        digest.update(chunk)
    parts.append(squeeze.flush())
    body = b"".join(parts)
    full = dict(header, payload_sha256=digest.hexdigest())
    head = frame.canonical_json(full)
    before = frame.MAGIC + struct.pack("<I", len(head)) + head + body
    return (before + frame.TRAILER_MAGIC + struct.pack("<Q", len(body))
            + hashlib.sha256(before).digest())


def assert_bounded(run: Run, team: Team) -> None:
    assert run.peak and run.peak <= team.limit, (run.peak, team.limit)
    assert run.seconds < TIMEOUT


# -- links, pipes, devices -------------------------------------------------------------------
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_named_like_a_segment_is_not_read(team: Team, device: str) -> None:
    (team.alice_dir / SEGMENT).symlink_to(device)
    (team.alice_dir / "snap-000000000900-000000000900.cdsnap").symlink_to(device)
    run = team.bob_syncs()
    assert run.code == 0, run.err
    assert_bounded(run, team)
    assert f"{SEGMENT}: not a regular file (a symbolic link): not read." in run.out
    status = run_bounded("--workspace", team.bob.folder, "sync", "--status", limit=team.limit)
    assert "not a regular file (a symbolic link)" in status.out


def test_a_pipe_named_like_a_segment_does_not_stop_sync(team: Team) -> None:
    os.mkfifo(team.alice_dir / SEGMENT)
    run = team.bob_syncs()
    assert run.code == 0, run.err
    assert_bounded(run, team)
    assert "not a regular file (a pipe): not read" in run.out


def test_joining_a_share_with_links_and_pipes_stays_bounded(team: Team, tmp_path: Path) -> None:
    (team.alice_dir / SEGMENT).symlink_to("/dev/zero")
    os.mkfifo(team.alice_dir / "seg-000000000901-000000000901.cdseg")
    run = run_bounded("--workspace", tmp_path / "chloe", "share", "join", team.shared,
                      limit=team.limit)
    assert run.code == 0, run.err
    assert_bounded(run, team)
    assert is_workspace(tmp_path / "chloe")


def test_read_regular_refuses_links_pipes_devices_and_large_files(tmp_path: Path) -> None:
    (tmp_path / "link").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "big").write_bytes(bytes(1001))
    for name, why in (("link", "symbolic link"), ("pipe", "pipe"), ("big", "larger")):
        with pytest.raises(share.UnreadableFileError, match=why):
            share.read_regular(tmp_path / name, 1000)
    with pytest.raises(share.UnreadableFileError, match="device"):
        share.read_regular(Path("/dev/zero"), 1000)
    assert share.read_regular(tmp_path / "big", 1001) == bytes(1001)


# -- bombs and garbage -----------------------------------------------------------------------
@pytest.mark.parametrize("op_count", [1, 10**9])
def test_a_compression_bomb_is_refused_within_the_budget(team: Team, op_count: int) -> None:
    data = bomb(segment_header(_team_id(team), team.alice.me, op_count))
    assert len(data) < 600_000
    (team.alice_dir / SEGMENT).write_bytes(data)
    run = team.bob_syncs()
    assert run.code == 0, run.err
    assert_bounded(run, team)
    assert "body decompresses to more than its header allows" in run.out


def test_joining_a_share_holding_a_bomb_stays_bounded(team: Team, tmp_path: Path) -> None:
    (team.alice_dir / SEGMENT).write_bytes(bomb(segment_header(_team_id(team), team.alice.me,
                                                               10**9)))
    run = run_bounded("--workspace", tmp_path / "chloe", "share", "join", team.shared,
                      limit=team.limit)
    assert run.code == 0, run.err
    assert_bounded(run, team)


def test_decode_inflates_no_more_than_the_header_allows() -> None:
    header = segment_header("t", "r", 1)
    result = frame.decode(bomb(header, 8 << 20))
    assert result.status is frame.FileStatus.CORRUPT
    assert "more than its header allows" in result.reason
    assert frame.payload_limit(dict(header, op_count=10**9)) == frame.PAYLOAD_MAX


def test_garbage_in_a_device_folder_is_not_attributed_to_its_owner(team: Team) -> None:
    (team.alice_dir / SEGMENT).write_bytes(os.urandom(5000))
    run = team.bob_syncs()
    assert run.code == 0, run.err
    assert_bounded(run, team)
    (line,) = [line for line in run.out.splitlines() if SEGMENT in line]
    assert "writer unknown" in line and "Alice" not in line
    status = run_bounded("--workspace", team.bob.folder, "sync", "--status", limit=team.limit)
    (line,) = [line for line in status.out.splitlines() if SEGMENT in line]
    assert "writer unknown" in line and "Alice" not in line


# -- unreadable folders ------------------------------------------------------------------------
SCAN_AS_NOBODY = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from coopdesk.sync import share  # before giving up root: nobody cannot read the venv
    os.setgid(65534); os.setuid(65534)
    for found in share.scan(Path(sys.argv[1])):
        print(found.path.name, "|", found.unreadable)
""")


def test_an_unreadable_device_folder_is_reported_with_the_reason() -> None:
    """The scan names a folder it cannot list. Tests run as root here: the scan runs in a
    child that gives up root (nobody), on a share made readable to everyone."""
    if os.geteuid() != 0:
        pytest.skip("needs root to give up root in a child (the UI/CLI case is the same scan)")
    base = Path(tempfile.mkdtemp(prefix="coopdesk-unreadable-"))
    try:
        base.chmod(0o755)
        share.create_team(base, "t1", "A")
        mine = share.device_dir(base, "r-mine")
        theirs = share.device_dir(base, "r-theirs")
        share.write_new_file(mine, share.segment_name(1, 1), b"x", verify=lambda b: True)
        share.write_new_file(theirs, share.segment_name(1, 1), b"x", verify=lambda b: True)
        for folder in (share.share_root(base), share.share_root(base) / "devices", mine):
            folder.chmod(0o755)
        theirs.chmod(0o700)  # root's alone: nobody cannot list it
        done = subprocess.run([sys.executable, "-c", SCAN_AS_NOBODY, str(base)],
                              capture_output=True, text=True, env=subprocess_env(),
                              timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == [
            "r-theirs | folder cannot be read: Permission denied",
            "seg-000000000001-000000000001.cdseg | "]
    finally:
        import shutil

        shutil.rmtree(base)


# -- other programs' files -----------------------------------------------------------------------
@pytest.mark.parametrize("pattern", share.OTHER_PROGRAMS_FILES)
def test_other_sync_programs_files_are_ignored_silently(tmp_path: Path, pattern: str) -> None:
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    try:
        alice.services.organisations.create(OrganisationFields(name="Jardin partagé"))
        (written,) = alice.sync().exported_files
        name = pattern.replace("NAME", Path(written).name)
        (Path(written).parent / name).write_bytes(Path(written).read_bytes()[:40])
        (share.share_root(shared) / name).write_bytes(os.urandom(100))
        report = bob.sync()
        assert report.problems == [] and report.imported_ops > 0
        assert SyncService(bob.workspace).status().problems == ()
    finally:
        for laptop in laptops:
            laptop.close()


@pytest.mark.parametrize("name", ["Copie de {name}", "12-{name}", "{name} - Copie{suffix}"])
def test_a_file_moved_and_renamed_by_hand_is_still_read(tmp_path: Path, name: str) -> None:
    """A person moves a device file to another folder and a file manager or the person puts
    words before or after its name: its changes still arrive."""
    laptops, shared = make_team(tmp_path, 2)
    alice, bob = laptops
    try:
        alice.services.organisations.create(OrganisationFields(name="Jardin partagé"))
        (written,) = alice.sync().exported_files
        original = Path(written)
        moved = share.share_root(shared) / "rangement" / name.format(
            name=original.name if "{suffix}" not in name else original.stem,
            suffix=original.suffix)
        moved.parent.mkdir()
        original.rename(moved)
        report = bob.sync()
        assert report.problems == [] and report.imported_ops > 0
        assert [o.name for o in bob.services.organisations.list()] == ["Jardin partagé"]
    finally:
        for laptop in laptops:
            laptop.close()


def test_status_lists_only_files_that_exist(team: Team) -> None:
    team.bob.close()
    bob = Laptop.open(team.bob.folder, BOB)
    try:
        damaged = team.alice_dir / SEGMENT
        damaged.write_bytes(b"CDSK")
        bob.sync()
        assert [Path(p.path).name for p in SyncService(bob.workspace).status().problems] == [
            SEGMENT]
        damaged.unlink()
        assert SyncService(bob.workspace).status().problems == ()  # before any cycle
        bob.sync()
        assert SyncService(bob.workspace).status().problems == ()
        damaged.write_bytes(b"CDSK")  # it comes back: read and listed again
        bob.sync()
        assert len(SyncService(bob.workspace).status().problems) == 1
    finally:
        bob.close()


# -- the team file -------------------------------------------------------------------------------
def _team_id(team: Team) -> str:
    return share.preflight(team.shared).team_id


def test_a_team_file_that_does_not_match_its_files_stops_join(team: Team,
                                                              tmp_path: Path) -> None:
    root = share.share_root(team.shared)
    (team_file,) = root.glob(f"{share.TEAM_PREFIX}*.json")
    info = json.loads(team_file.read_text(encoding="utf-8"))
    team_file.unlink()
    other = dict(info, team_id="another-team")
    (root / f"{share.TEAM_PREFIX}another-team.json").write_text(json.dumps(other))
    run = run_bounded("--workspace", tmp_path / "chloe", "share", "join", team.shared,
                      limit=team.limit)
    assert run.code != 0
    assert "does not match the files shared there" in run.err
    assert "another team" not in run.err.replace("team another-team", "")
    assert not (tmp_path / "chloe").exists()
    assert_bounded(run, team)


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff" * 10])
def test_an_unreadable_team_file_is_said_so_and_join_stops(team: Team, tmp_path: Path,
                                                           content: bytes) -> None:
    (team_file,) = share.share_root(team.shared).glob(f"{share.TEAM_PREFIX}*.json")
    team_file.write_bytes(content)
    run = run_bounded("--workspace", tmp_path / "chloe", "share", "join", team.shared,
                      limit=team.limit)
    assert run.code != 0
    assert "team file" in run.err and "cannot be read" in run.err
    assert "belongs to another team" not in run.err
    assert not (tmp_path / "chloe").exists()


def test_a_team_file_that_is_a_link_to_a_device_is_not_read(team: Team,
                                                            tmp_path: Path) -> None:
    (team_file,) = share.share_root(team.shared).glob(f"{share.TEAM_PREFIX}*.json")
    team_file.unlink()
    team_file.symlink_to("/dev/zero")
    run = run_bounded("--workspace", tmp_path / "chloe", "share", "join", team.shared,
                      limit=team.limit)
    assert run.code != 0 and "cannot be read" in run.err
    assert_bounded(run, team)
    assert not (tmp_path / "chloe").exists()


# -- what we write stays inside every reader's bounds ------------------------------------------
def test_large_exports_are_cut_into_segments_every_reader_accepts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.services.sharing import service as service_module

    monkeypatch.setattr(service_module, "SEGMENT_PAYLOAD", 2000)
    laptops, _shared = make_team(tmp_path, 2)
    alice, bob = laptops
    try:
        for n in range(12):
            alice.services.organisations.create(OrganisationFields(name=f"Association {n}"))
        report = alice.sync()
        assert len(report.exported_files) > 3
        assert all(len(frame.decode(Path(f).read_bytes()).payload or b"") <= 2000 * 4
                   for f in report.exported_files)
        assert bob.sync().problems == []
        assert len(bob.services.organisations.list()) == 12
    finally:
        for laptop in laptops:
            laptop.close()
