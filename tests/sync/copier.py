"""A file-sync program between laptops' own copies of the shared folder, as Dropbox or
Nextcloud behave: each laptop has a local folder; `push` uploads its new files to the cloud,
`pull` brings the cloud's files down. Files travel under a temporary name and are renamed
into place; a file may arrive cut short and be completed later; when two laptops wrote the
same name with different content, the second upload is kept as
"NAME (PERSON's conflicted copy DATE).ext" on the cloud and on its laptop (Dropbox's naming),
and the first one's content comes down under the name.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from coopdesk.sync import share

#: Names of files a laptop is writing right now (the app's own temp files): never uploaded.
WRITING_PREFIXES = (share.TEMP_PREFIX,)


def files_of(folder: Path) -> dict[str, Path]:
    """The finished files under *folder*'s CoopDesk folder, by path relative to it."""
    root = share.share_root(folder)
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith(WRITING_PREFIXES)
            and not p.name.startswith(".cloud-")}


def _deliver(source: Path, target: Path, *, cut: bool = False) -> None:
    """Copy as a sync program does: a temporary name in the target folder, then a rename;
    with *cut*, only the first half arrives for now."""
    target.parent.mkdir(parents=True, exist_ok=True)
    data = source.read_bytes()
    temp = target.with_name(f".cloud-{target.name}.part")
    temp.write_bytes(data[: len(data) // 2] if cut else data)
    temp.replace(target)


def conflicted_name(rel: str, person: str, day: str) -> str:
    path = Path(rel)
    return (path.parent / f"{path.stem} ({person}'s conflicted copy {day}){path.suffix}"
            ).as_posix()


@dataclass
class Cloud:
    """The sync program's server copy of the share, and what is still on its way."""

    root: Path
    day: str = "2026-12-07"
    #: (laptop folder, relative path) of files delivered cut short, to finish later.
    cut: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.root

    def push(self, local: Path, person: str) -> list[str]:
        """Upload the laptop's files the cloud does not have; the conflicted copies made."""
        made = []
        server = files_of(self.root)
        for rel, path in files_of(local).items():
            if (local, rel) in self.cut:
                continue  # not complete here yet: nothing to upload
            if rel not in server:
                _deliver(path, share.share_root(self.root) / rel)
            elif server[rel].read_bytes() != path.read_bytes():
                copy = conflicted_name(rel, person, self.day)
                _deliver(path, share.share_root(self.root) / copy)
                # the laptop's own file takes the conflicted name; the server's comes down
                path.replace(share.share_root(local) / copy)
                _deliver(server[rel], share.share_root(local) / rel)
                made.append(copy)
        return made

    def pull(self, local: Path, *, hold: tuple[str, ...] = (), cut: bool = False) -> None:
        """Bring down the cloud's files the laptop does not have, except names holding any
        of *hold*; with *cut*, each arrives cut short (`finish` completes them)."""
        mine = files_of(local)
        for rel, path in files_of(self.root).items():
            if rel in mine or any(part in rel for part in hold):
                continue
            _deliver(path, share.share_root(local) / rel, cut=cut)
            if cut:
                self.cut.append((local, rel))

    def finish(self) -> None:
        """Complete every file delivered cut short."""
        for local, rel in self.cut:
            _deliver(share.share_root(self.root) / rel, share.share_root(local) / rel)
        self.cut.clear()


def copy_share(source: Path, target: Path) -> None:
    shutil.copytree(share.share_root(source), share.share_root(target))
