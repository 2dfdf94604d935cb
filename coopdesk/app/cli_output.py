"""What the headless commands print: the one-line error, and the report of a sync cycle
(`sync`, `share create`, `share join`). Below every `cli*` module, which all use it."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.errors import (
    CoopdeskError,
    DiskFullError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceLockedError,
)

if TYPE_CHECKING:
    from coopdesk.services.sync_service import SyncReport


#: Exit codes (the README's table): 2 for any other problem the user can fix.
EXIT_ERROR = 2
EXIT_NOT_A_WORKSPACE = 3
EXIT_DAMAGED = 4
EXIT_READ_ONLY = 5
EXIT_DISK_FULL = 6
EXIT_LOCKED = 7

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def fail(message: str, code: int = EXIT_ERROR) -> int:
    """Report a problem the user can fix: one line on stderr, exit code *code* (2)."""
    print(f"coopdesk: error: {one_line(message)}", file=sys.stderr)
    return code


def path_text(path: str | bytes | os.PathLike[str] | None) -> str:
    """A path as the person typed it, whatever its encoding (bytes that are not UTF-8 are
    kept as surrogates; printing replaces them)."""
    return "" if path is None else os.fsdecode(path)


def causes(error: BaseException) -> list[BaseException]:
    """*error* and the errors it was raised from, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def exit_code(error: BaseException) -> int:
    """The exit code of *error*: what happened, from its kind or from the operating
    system's or SQLite's error behind it."""
    from coopdesk.services.workspaces import DamagedDatabaseError

    for cause in causes(error):
        if isinstance(cause, NotAWorkspaceError):
            return EXIT_NOT_A_WORKSPACE
        if isinstance(cause, DamagedDatabaseError):
            return EXIT_DAMAGED
        if isinstance(cause, ReadOnlyWorkspaceError):
            return EXIT_READ_ONLY
        if isinstance(cause, DiskFullError):
            return EXIT_DISK_FULL
        if isinstance(cause, WorkspaceLockedError):
            return EXIT_LOCKED
        if isinstance(cause, OSError) and cause.errno in _FULL_ERRNOS:
            return EXIT_DISK_FULL
        if isinstance(cause, OSError) and cause.errno in _READ_ONLY_ERRNOS:
            return EXIT_READ_ONLY
        if isinstance(cause, sqlite3.Error):
            text = str(cause).lower()
            if "full" in text:
                return EXIT_DISK_FULL
            if "readonly" in text or "read-only" in text:
                return EXIT_READ_ONLY
            if "locked" in text or "busy" in text:
                return EXIT_LOCKED
    return EXIT_ERROR


def fail_with(error: BaseException, folder: Path) -> int:
    """Report *error*, raised while a command used the workspace in *folder*: one line that
    says what happened, and its exit code (`exit_code`)."""
    code = exit_code(error)
    if isinstance(error, CoopdeskError):
        message = error.message
    elif isinstance(error, OSError):
        where = path_text(error.filename)
        message = f"{error.strerror or error}" + (f": {where}" if where else "")
    else:  # SQLAlchemy's error around SQLite's
        reason = getattr(error, "orig", None) or error
        message = f"cannot use the workspace {folder}: {reason}"
    raw = not isinstance(error, CoopdeskError) or any(
        isinstance(cause, (OSError, sqlite3.Error)) for cause in causes(error))
    if code == EXIT_ERROR and raw:
        code = _probed(folder, code)
        if code == EXIT_DISK_FULL:
            message += f" The disk holding {folder} is full."
        elif code == EXIT_READ_ONLY:
            message += f" The workspace folder {folder} is read-only."
    if code == EXIT_DAMAGED:
        message += " " + restore_hint(folder)
    return fail(message, code)


def _probed(folder: Path, code: int) -> int:
    """A raw SQLite or I/O error ("disk I/O error"): the workspace's folder says whether it
    is read-only or full."""
    from coopdesk.services.workspaces import write_problem

    problem = write_problem(folder) if folder.is_dir() else None
    return {"read-only": EXIT_READ_ONLY, "full": EXIT_DISK_FULL}.get(problem or "", code)


def restore_hint(folder: Path) -> str:
    """What to do about a damaged database: the `restore` command and the newest good
    backup's date."""
    from coopdesk.services.backups import BackupService

    good = BackupService(folder).newest_good()
    if good is None:
        return ("No sound backup of this workspace exists; `coopdesk --workspace DIR restore` "
                "lists the backups.")
    return (f"The newest good backup is from {good.taken_at:%Y-%m-%d %H:%M}; put it back with: "
            f"coopdesk --workspace DIR restore {good.name}")


def one_line(text: str) -> str:
    """*text* with its line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())


def print_report(report: SyncReport) -> None:
    """What a sync cycle did, one line per fact, warnings last."""
    if report.imported_ops:
        print(f"Imported {report.imported_ops} changes from {report.imported_files} files.")
    else:
        print("Nothing new from the others.")
    if report.duplicates:
        print(f"{report.duplicates} files held only changes imported already (copies).")
    if report.exported_ops:
        files = ", ".join(report.exported_files)
        print(f"Exported {report.exported_ops} changes of this laptop to {files}.")
    elif not report.fork:
        print("No change of this laptop to share.")
    if report.keys_needed:
        print(f"Warning: {report.keys_needed} (coopdesk share join FOLDER asks for it).")
    for name in report.keys_republished:
        print(f"The team key file {name} was missing or damaged: this laptop wrote it again.")
    for note in report.key_files:
        print(f"Warning: key file {note}.")
    for who in report.clock_warnings:
        print(f"Warning: the clock of {who}'s computer looks wrong (more than a day ahead).")
    if report.copies_recovered:
        print(f"Note: {COPIES_RECOVERED}")
    if report.rekeyed_to:
        print("Note: another installation was writing as this one (a copied laptop or a "
              f"restored backup). This one now shares as device {report.rekeyed_to}"
              + (f"; {report.rekeyed_ops} of its changes were shared under that name"
                 if report.rekeyed_ops else "") + ". Nothing needs doing.")
    if report.fork:
        print(f"Warning: {FORK_STOPPED}")
    for problem in report.problems:
        print(problem_line(problem.path, problem.status, problem.author, problem.detail))


#: What a recovered copied laptop means, for `sync` and `sync --status`.
COPIES_RECOVERED = (
    "two installations (a copied laptop, or a backup put back after the laptop had shared) "
    "shared different changes as the same device. Both sets of changes are kept on every "
    "laptop, and each installation now shares under a device name of its own. Nothing "
    "needs doing.")
#: When a laptop could not recover by itself (it started from a snapshot: its log of
#: changes has gaps), and what to do.
FORK_STOPPED = (
    "another installation writes as this one and this laptop cannot sort the two apart by "
    "itself (it started from a snapshot), so it stopped sharing its changes. Nothing is "
    "lost and the other laptops are not affected: keep this workspace folder as it is (its "
    "changes are in it) and tell the people who maintain coopdesk (docs/sync.md, \"Copied "
    "laptops and restored backups\").")


def problem_line(path: str, status: str, author: str, detail: str) -> str:
    """One file of the share that could not be used, and why."""
    if status == "leftover":
        return (f"Leftover: {path} is a leftover copy made by your sync program; it can be "
                "deleted (coopdesk sync --remove-leftovers).")
    if status == "unreadable":
        return f"Could not read {path}: {detail}."
    who = f", written by {author}" if author else ", writer unknown"
    what = {"incomplete": "incomplete (still arriving? retried next time)",
            "corrupt": "damaged", "waiting": "waiting for an earlier file",
            "newer_format": "written by a newer coopdesk (please update)",
            "fork": "written by a copy of a laptop",
            "unknown_key": "encrypted with a key this laptop does not have yet",
            "wrong_key": "cannot be decrypted with the team's keys"}.get(status, status)
    return f"Could not read {path}: {what}{who}" + (f" ({detail})." if detail else ".")
