"""Where a command or a dialog may write what the person asked for (a PDF, an export...).

Every output path is resolved (links followed) and refused when it lies in a protected place:
the workspace folder (its database and WAL/SHM files, settings, backups, attachments) or the
team's shared folder. An existing file is replaced only when the person said so (`--force`
on the command line, a confirmation in the window), and always atomically. Several outputs
of one command are written all or none: each goes to a temporary file next to its target,
and the targets are replaced only once every one of them has been written.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.errors import CoopdeskError

if TYPE_CHECKING:
    from coopdesk.store.workspace import Workspace


class OutputRefusedError(CoopdeskError):
    """An output path that must not be written (the message says why, in plain words)."""


class ProtectedPlaceError(OutputRefusedError):
    """The output would go inside the workspace's own files or the team's shared folder."""


@dataclass(frozen=True)
class Output:
    """One file to write: where the person said (as typed, for messages) and where it is."""

    typed: str
    path: Path


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path.expanduser()))


def _inside(path: Path, place: Path) -> bool:
    return path == place or place in path.parents


def _same_file(path: Path, place: Path) -> bool:
    """A hard link to a protected file is that file."""
    try:
        return path.exists() and any(path.samefile(item) for item in place.iterdir()
                                     if item.is_file())
    except OSError:
        return False


def check_outputs(paths: Sequence[str | Path], *, protected: Sequence[Path],
                  force: bool = False) -> list[Output]:
    """The outputs to write, once each is known to be allowed.

    Raises OutputRefusedError when a path is inside a protected folder, names a folder,
    is in a folder that does not exist, already exists (without *force*), or when two of
    them are the same file.
    """
    places = [_resolved(Path(place)) for place in protected]
    outputs: list[Output] = []
    seen: dict[Path, str] = {}
    for raw in paths:
        typed = os.fsdecode(raw) if isinstance(raw, (str, bytes)) else str(raw)
        path = _resolved(Path(raw))
        for place in places:
            if _inside(path, place) or _same_file(path, place):
                raise ProtectedPlaceError(
                    "{path} is inside the workspace's own files ({place}); choose another "
                    "place, outside that folder", path=typed, place=str(place))
        if path in seen:
            raise OutputRefusedError("{path} is given twice (also as {other})", path=typed,
                                     other=seen[path])
        seen[path] = typed
        if path.is_dir():
            raise OutputRefusedError("{path} is a folder; give a file name", path=typed)
        if not path.parent.is_dir():
            raise OutputRefusedError("the folder of {path} does not exist", path=typed)
        if path.exists() and not force:
            raise OutputRefusedError("{path} already exists; add --force to replace it",
                                     path=typed)
        outputs.append(Output(typed, path))
    return outputs


def protected_places(workspace: Workspace) -> list[Path]:
    """Where no output may go: the workspace's folder (database, WAL/SHM, settings, backups,
    attachments) and, once it is shared, the team's folder inside the shared folder
    (`FOLDER/CoopDesk`). Reads only: nothing is written to find them."""
    from sqlalchemy import select

    from coopdesk.store.models.sync_tables import SyncReplica
    from coopdesk.sync.share import share_root

    places = [Path(workspace.folder)]
    with workspace.db.reading() as session:
        shared = session.execute(select(SyncReplica.share_folder)).scalars().all()
    places += [share_root(Path(folder)) for folder in shared if folder]
    return places


def check_workspace_outputs(workspace: Workspace, paths: Sequence[str | Path], *,
                            force: bool = False) -> list[Output]:
    """`check_outputs` with the workspace's own protected places."""
    return check_outputs(paths, protected=protected_places(workspace), force=force)


def check_folder_output(raw: str | Path, *, protected: Sequence[Path], force: bool = False,
                        is_previous: Callable[[Path], bool] = lambda _folder: False) -> Output:
    """A folder to write several files into (a CSV export): refused inside a protected
    place, or holding a protected place; a folder holding a previous export
    (*is_previous*) is written again only with *force*."""
    typed = os.fsdecode(raw) if isinstance(raw, (str, bytes)) else str(raw)
    path = _resolved(Path(raw))
    for place in (_resolved(Path(place)) for place in protected):
        if _inside(path, place) or _inside(place, path):
            raise ProtectedPlaceError(
                "{path} is inside the workspace's own files ({place}) or holds them; choose "
                "another place", path=typed, place=str(place))
    if path.exists() and not path.is_dir():
        raise OutputRefusedError("{path} is a file; give a folder", path=typed)
    if path.is_dir() and is_previous(path) and not force:
        raise OutputRefusedError("{path} already holds an export; add --force to replace it",
                                 path=typed)
    return Output(typed, path)


@contextlib.contextmanager
def all_or_none(outputs: Sequence[Output]) -> Iterator[list[Path]]:
    """Temporary files next to each output, to write in the block; when the block ends
    without error they replace their targets, otherwise they are removed and no target is
    touched."""
    temporaries: list[Path] = []
    try:
        for output in outputs:
            try:
                # an ASCII name: Qt's writers cannot open a name that is not valid UTF-8
                handle, name = tempfile.mkstemp(prefix=".coopdesk-", suffix=".part",
                                                dir=output.path.parent)
            except OSError as exc:
                raise OSError(exc.errno, f"cannot write in the folder of {output.typed}: "
                              f"{exc.strerror or exc}", output.typed) from exc
            os.close(handle)
            temporaries.append(Path(name))
        yield list(temporaries)
        for temporary, output in zip(temporaries, outputs, strict=True):
            if temporary.stat().st_size == 0:
                raise OSError(f"nothing was written for {output.typed}")
        for temporary, output in zip(temporaries, outputs, strict=True):
            temporary.replace(output.path)
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
