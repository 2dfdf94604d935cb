"""Output paths: never inside the workspace's own files, never over a file without being
told, several outputs written all or none (services.output_files), on real folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coopdesk.services.output_files import OutputRefusedError, all_or_none, check_outputs


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "espace"
    (folder / "backups").mkdir(parents=True)
    (folder / "coopdesk.sqlite").write_bytes(b"SQLite format 3\x00")
    (folder / "workspace.json").write_text("{}")
    return folder


@pytest.mark.parametrize("name", ["coopdesk.sqlite", "coopdesk.sqlite-wal", "workspace.json",
                                  "backups/x.sqlite", "nouveau.pdf", "."])
def test_nothing_is_written_inside_the_workspace(workspace: Path, name: str) -> None:
    with pytest.raises(OutputRefusedError, match="inside the workspace's own files"):
        check_outputs([workspace / name], protected=[workspace], force=True)


def test_links_and_relative_paths_are_followed(workspace: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    link = tmp_path / "raccourci.pdf"
    link.symlink_to(workspace / "coopdesk.sqlite")
    hard = tmp_path / "copie.sqlite"
    os.link(workspace / "coopdesk.sqlite", hard)
    monkeypatch.chdir(workspace / "backups")
    for path in (link, hard, Path("../coopdesk.sqlite")):
        with pytest.raises(OutputRefusedError):
            check_outputs([path], protected=[workspace], force=True)
    assert (workspace / "coopdesk.sqlite").read_bytes() == b"SQLite format 3\x00"


def test_an_existing_file_needs_force(workspace: Path, tmp_path: Path) -> None:
    existing = tmp_path / "cr.pdf"
    existing.write_text("ancien")
    with pytest.raises(OutputRefusedError, match="already exists; add --force"):
        check_outputs([existing], protected=[workspace])
    [output] = check_outputs([existing], protected=[workspace], force=True)
    assert output.path == existing.resolve() and output.typed == str(existing)


@pytest.mark.parametrize("problem", ["folder", "missing folder", "twice"])
def test_other_refusals(workspace: Path, tmp_path: Path, problem: str) -> None:
    paths = {"folder": [tmp_path], "missing folder": [tmp_path / "nulle-part" / "x.pdf"],
             "twice": [tmp_path / "a.pdf", tmp_path / "." / "a.pdf"]}[problem]
    with pytest.raises(OutputRefusedError):
        check_outputs(paths, protected=[workspace])


def test_outputs_are_written_all_or_none(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "sorties"
    out.mkdir()
    first, second = out / "cr.pdf", out / "cr.odt"
    second.write_text("ancien")
    outputs = check_outputs([first, second], protected=[workspace], force=True)
    with pytest.raises(RuntimeError), all_or_none(outputs) as temporaries:
        temporaries[0].write_text("pdf")
        raise RuntimeError("the second document failed")
    assert not first.exists() and second.read_text() == "ancien"
    assert sorted(p.name for p in out.iterdir()) == ["cr.odt"]
    with all_or_none(outputs) as temporaries:
        temporaries[0].write_text("pdf")
        temporaries[1].write_text("odt")
    assert (first.read_text(), second.read_text()) == ("pdf", "odt")
    assert sorted(p.name for p in out.iterdir()) == ["cr.odt", "cr.pdf"]


def test_an_empty_output_replaces_nothing(workspace: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("ancien")
    outputs = check_outputs([target], protected=[workspace], force=True)
    with pytest.raises(OSError, match="nothing was written"), all_or_none(outputs):
        pass
    assert target.read_text() == "ancien"
