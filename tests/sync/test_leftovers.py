"""Leftover copies of sync programs (issue 13, part 3): an incomplete or damaged copy of a
file whose changes all arrived in that file is reported once, listed while it exists, and
`sync --remove-leftovers` deletes exactly those; a damaged copy whose changes did not all
arrive is reported as damaged and never removed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.app.main import main
from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.sharing.scanning import LEFTOVER, LEFTOVER_DETAIL
from coopdesk.services.sharing.service import SyncService
from tests.sync.replicas import Laptop, make_team


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[list[Laptop]]:
    laptops, _shared = make_team(tmp_path, 2)
    yield laptops
    for laptop in laptops:
        laptop.close()


def writes(laptop: Laptop, name: str) -> Path:
    laptop.services.organisations.create(OrganisationFields(name=name))
    (written,) = laptop.sync().exported_files
    return Path(written)


COPIES = {
    "dropbox": "{stem} (Bob Leroy's conflicted copy 2026-12-01){suffix}",
    "nextcloud": "{stem} (conflicted copy 2026-12-01 101500){suffix}",
    "syncthing": "{stem}.sync-conflict-20261201-101500-ABCDEFG{suffix}",
    "numbered": "{stem} (1){suffix}",
}


def copy_of(path: Path, kind: str, data: bytes) -> Path:
    copy = path.with_name(COPIES[kind].format(stem=path.stem, suffix=path.suffix))
    copy.write_bytes(data)
    return copy


def leftover_problems(laptop: Laptop) -> list[str]:
    return sorted(Path(p.path).name for p in SyncService(laptop.workspace).status().problems
                  if p.status == LEFTOVER)


@pytest.mark.parametrize("kind", sorted(COPIES))
def test_a_truncated_or_empty_copy_is_reported_once_and_removed(pair: list[Laptop],
                                                                kind: str) -> None:
    alice, bob = pair
    path = writes(bob, "Jardin partagé")
    good = path.read_bytes()
    truncated = copy_of(path, kind, good[: len(good) // 2])
    empty = path.with_name(f"{path.stem} (conflicted copy 2026-12-03){path.suffix}")
    empty.write_bytes(b"")
    flipped = good[:-50] + bytes([good[-50] ^ 1]) + good[-49:]
    damaged = path.with_name(f"{path.stem} (conflicted copy 2026-12-02){path.suffix}")
    damaged.write_bytes(flipped)
    first = alice.sync()
    leftovers = [p for p in first.problems if p.status == LEFTOVER]
    assert {Path(p.path) for p in leftovers} == {truncated, empty, damaged}
    assert first.problems == leftovers  # nothing else
    assert {p.detail for p in leftovers} == {LEFTOVER_DETAIL}
    assert all(not p.author or p.author.endswith("(as the file says)") for p in leftovers)
    assert alice.sync().problems == []  # reported once
    assert all(p.status == LEFTOVER for p in bob.sync().problems)  # copies of his own file
    assert leftover_problems(alice) == sorted(p.name for p in (truncated, empty, damaged))
    done = SyncService(alice.workspace).remove_leftovers()
    assert sorted(done.removed) == sorted(map(str, (truncated, empty, damaged)))
    assert done.failed == ()
    assert not truncated.exists() and not empty.exists() and not damaged.exists()
    assert path.read_bytes() == good  # the real file untouched
    assert SyncService(alice.workspace).status().problems == ()
    assert "Jardin partagé" in [o.name for o in alice.services.organisations.list()]


def test_a_damaged_copy_whose_changes_did_not_arrive_is_kept(pair: list[Laptop]) -> None:
    alice, bob = pair
    first = writes(bob, "Jardin partagé")
    second = writes(bob, "Ressourcerie")
    # a truncated copy of Bob's second file, sitting as a copy of his first one: its own
    # changes are not those of the file it is named after
    other = copy_of(first, "dropbox", second.read_bytes()[:-30])
    # a truncated copy of a file that never arrived whole
    lost = first.with_name("seg-000000000900-000000000901 (conflicted copy).cdseg")
    lost.write_bytes(second.read_bytes()[:-30])
    report = alice.sync()
    statuses = {Path(p.path).name: p.status for p in report.problems}
    assert statuses == {other.name: "incomplete", lost.name: "incomplete"}
    assert SyncService(alice.workspace).remove_leftovers().removed == ()
    assert other.exists() and lost.exists()
    assert leftover_problems(alice) == []


def test_a_leftover_that_changed_since_is_not_removed(pair: list[Laptop]) -> None:
    alice, bob = pair
    path = writes(bob, "Jardin partagé")
    copy = copy_of(path, "syncthing", path.read_bytes()[:100])
    alice.sync()
    assert leftover_problems(alice) == [copy.name]
    copy.write_bytes(os.urandom(120))  # something else arrived under that name
    assert SyncService(alice.workspace).remove_leftovers().removed == ()
    assert copy.exists()


def test_cli_remove_leftovers_deletes_exactly_those(pair: list[Laptop],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    alice, bob = pair
    path = writes(bob, "Jardin partagé")
    copy = copy_of(path, "dropbox", b"")
    garbage = path.with_name("seg-000000000900-000000000900.cdseg")
    garbage.write_bytes(b"not ours at all")
    alice.close()
    code = main(["--lang", "en", "--workspace", str(alice.folder), "sync", "--status"])
    assert code == 0
    capsys.readouterr()
    code = main(["--lang", "en", "--workspace", str(alice.folder), "sync", "--remove-leftovers"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"Removed the leftover copy {copy}." in out
    assert out.count("Removed the leftover copy") == 1
    assert not copy.exists() and garbage.exists() and path.exists()
    main(["--lang", "en", "--workspace", str(alice.folder), "sync", "--status"])
    status = capsys.readouterr().out
    assert copy.name not in status and garbage.name in status
    code = main(["--lang", "en", "--workspace", str(alice.folder), "sync", "--remove-leftovers"])
    assert "No leftover copy to remove." in capsys.readouterr().out
