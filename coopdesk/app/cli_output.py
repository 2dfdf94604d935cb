"""What the headless commands print: the one-line error, and the report of a sync cycle
(`sync`, `share create`, `share join`). Below every `cli*` module, which all use it."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
from coopdesk.domain.errors import (
    CoopdeskError,
    DiskFullError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceLockedError,
)

if TYPE_CHECKING:
    from coopdesk.services.sharing.types import SyncReport


# Exit codes (the README's table): 2 for any other problem the user can fix.
EXIT_ERROR = 2
EXIT_NOT_A_WORKSPACE = 3
EXIT_DAMAGED = 4
EXIT_READ_ONLY = 5
EXIT_DISK_FULL = 6
EXIT_LOCKED = 7

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


ERROR_LINE = QT_TRANSLATE_NOOP("cli", "coopdesk: error: {message}")
OS_ERROR = QT_TRANSLATE_NOOP("cli", "{reason}: {path}")
CANNOT_USE = QT_TRANSLATE_NOOP("cli", "cannot use the workspace {folder}: {reason}")
DISK_FULL = QT_TRANSLATE_NOOP("cli", "The disk holding {folder} is full.")
READ_ONLY = QT_TRANSLATE_NOOP("cli", "The workspace folder {folder} is read-only.")
NO_GOOD_BACKUP = QT_TRANSLATE_NOOP(
    "cli", "No sound backup of this workspace exists; `coopdesk --workspace DIR restore` "
    "lists the backups.")
NEWEST_GOOD_BACKUP = QT_TRANSLATE_NOOP(
    "cli", "The newest good backup is from {when}; put it back with: "
    "coopdesk --workspace DIR restore {name}")


def fail(catalog: Catalog, message: str, code: int = EXIT_ERROR) -> int:
    """Report a problem the user can fix: one line on stderr (*message*, already in the
    catalog's language), exit code *code* (2)."""
    print(catalog.tr(ERROR_LINE, message=one_line(message)), file=sys.stderr)
    return code


def os_reason(catalog: Catalog, error: OSError) -> str:
    """What the operating system said about *error*, in the catalog's language when known."""
    return catalog.os_text(error.strerror or str(error))


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


def fail_with(catalog: Catalog, error: BaseException, folder: Path) -> int:
    """Report *error*, raised while a command used the workspace in *folder*: one line that
    says what happened, and its exit code (`exit_code`)."""
    code = exit_code(error)
    if isinstance(error, CoopdeskError):
        message = catalog.error_text(error)
    elif isinstance(error, OSError):
        where = path_text(error.filename)
        reason = os_reason(catalog, error)
        message = catalog.tr(OS_ERROR, reason=reason, path=where) if where else reason
    else:  # SQLAlchemy's error around SQLite's
        raw_reason = getattr(error, "orig", None) or error
        message = catalog.tr(CANNOT_USE, folder=folder, reason=raw_reason)
    raw = not isinstance(error, CoopdeskError) or any(
        isinstance(cause, (OSError, sqlite3.Error)) for cause in causes(error))
    if code == EXIT_ERROR and raw:
        code = _probed(folder, code)
        if code == EXIT_DISK_FULL:
            message += " " + catalog.tr(DISK_FULL, folder=folder)
        elif code == EXIT_READ_ONLY:
            message += " " + catalog.tr(READ_ONLY, folder=folder)
    if code == EXIT_DAMAGED:
        message += " " + restore_hint(catalog, folder)
    return fail(catalog, message, code)


def _probed(folder: Path, code: int) -> int:
    """A raw SQLite or I/O error ("disk I/O error"): the workspace's folder says whether it
    is read-only or full."""
    from coopdesk.services.workspaces import write_problem

    problem = write_problem(folder) if folder.is_dir() else None
    return {"read-only": EXIT_READ_ONLY, "full": EXIT_DISK_FULL}.get(problem or "", code)


def restore_hint(catalog: Catalog, folder: Path) -> str:
    """What to do about a damaged database: the `restore` command and the newest good
    backup's date."""
    from coopdesk.services.backups import BackupService

    good = BackupService(folder).newest_good()
    if good is None:
        return catalog.tr(NO_GOOD_BACKUP)
    return catalog.tr(NEWEST_GOOD_BACKUP, when=f"{good.taken_at:%Y-%m-%d %H:%M}",
                      name=good.name)


def one_line(text: str) -> str:
    """*text* with its line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())


IMPORTED = QT_TRANSLATE_NOOP("cli", "Imported {ops} changes from {files} files.")
NOTHING_NEW = QT_TRANSLATE_NOOP("cli", "Nothing new from the others.")
DUPLICATES = QT_TRANSLATE_NOOP("cli", "{count} files held only changes imported already "
                               "(copies).")
EXPORTED = QT_TRANSLATE_NOOP("cli", "Exported {ops} changes of this laptop to {files}.")
NOTHING_TO_SHARE = QT_TRANSLATE_NOOP("cli", "No change of this laptop to share.")
KEYS_NEEDED = QT_TRANSLATE_NOOP("cli", "Warning: {problem} (coopdesk share join FOLDER asks "
                                "for it).")
KEY_REPUBLISHED = QT_TRANSLATE_NOOP("cli", "The team key file {name} was missing or damaged: "
                                    "this laptop wrote it again.")
KEY_FILE_NOTE = QT_TRANSLATE_NOOP("cli", "Warning: key file {note}.")
CLOCK_WARNING = QT_TRANSLATE_NOOP("cli", "Warning: the clock of {who}'s computer looks wrong "
                                  "(more than a day ahead).")
NOTE = QT_TRANSLATE_NOOP("cli", "Note: {text}")
WARNING = QT_TRANSLATE_NOOP("cli", "Warning: {text}")
REKEYED = QT_TRANSLATE_NOOP(
    "cli", "Note: another installation was writing as this one (a copied laptop or a "
    "restored backup). This one now shares as device {device}. Nothing needs doing.")
REKEYED_OPS = QT_TRANSLATE_NOOP(
    "cli", "Note: another installation was writing as this one (a copied laptop or a "
    "restored backup). This one now shares as device {device}; {ops} of its changes were "
    "shared under that name. Nothing needs doing.")


def print_report(catalog: Catalog, report: SyncReport) -> None:
    """What a sync cycle did, one line per fact, warnings last."""
    tr = catalog.tr
    if report.imported_ops:
        print(tr(IMPORTED, ops=report.imported_ops, files=report.imported_files))
    else:
        print(tr(NOTHING_NEW))
    if report.duplicates:
        print(tr(DUPLICATES, count=report.duplicates))
    if report.exported_ops:
        print(tr(EXPORTED, ops=report.exported_ops, files=", ".join(report.exported_files)))
    elif not report.fork:
        print(tr(NOTHING_TO_SHARE))
    if report.keys_needed:
        print(tr(KEYS_NEEDED, problem=report.keys_needed))
    for name in report.keys_republished:
        print(tr(KEY_REPUBLISHED, name=name))
    for note in report.key_files:
        print(tr(KEY_FILE_NOTE, note=note))
    for who in report.clock_warnings:
        print(tr(CLOCK_WARNING, who=who))
    if report.copies_recovered:
        print(tr(NOTE, text=tr(COPIES_RECOVERED)))
    if report.rekeyed_to:
        print(tr(REKEYED_OPS if report.rekeyed_ops else REKEYED, device=report.rekeyed_to,
                 ops=report.rekeyed_ops))
    if report.fork:
        print(tr(WARNING, text=tr(FORK_STOPPED)))
    for problem in report.problems:
        print(problem_line(catalog, problem.path, problem.status, problem.author,
                           problem.detail))


#: What a recovered copied laptop means, for `sync` and `sync --status`.
COPIES_RECOVERED = QT_TRANSLATE_NOOP(
    "cli", "two installations (a copied laptop, or a backup put back after the laptop had "
    "shared) shared different changes as the same device. Both sets of changes are kept on "
    "every laptop, and each installation now shares under a device name of its own. Nothing "
    "needs doing.")
#: When a laptop could not recover by itself (it started from a snapshot: its log of
#: changes has gaps), and what to do.
FORK_STOPPED = QT_TRANSLATE_NOOP(
    "cli", "another installation writes as this one and this laptop cannot sort the two "
    "apart by itself (it started from a snapshot), so it stopped sharing its changes. "
    "Nothing is lost and the other laptops are not affected: keep this workspace folder as "
    "it is (its changes are in it) and tell the people who maintain coopdesk (docs/sync.md, "
    "\"Copied laptops and restored backups\").")

LEFTOVER = QT_TRANSLATE_NOOP("cli", "Leftover: {path} is a leftover copy made by your sync "
                             "program; it can be deleted (coopdesk sync --remove-leftovers).")
UNREADABLE = QT_TRANSLATE_NOOP("cli", "Could not read {path}: {detail}.")
NOT_READ = QT_TRANSLATE_NOOP("cli", "Could not read {path}: {what}{who}{detail}.")
WRITTEN_BY = QT_TRANSLATE_NOOP("cli", ", written by {author}")
WRITER_UNKNOWN = QT_TRANSLATE_NOOP("cli", ", writer unknown")
_STATUSES = {
    "incomplete": QT_TRANSLATE_NOOP("cli", "incomplete (still arriving? retried next time)"),
    "corrupt": QT_TRANSLATE_NOOP("cli", "damaged"),
    "waiting": QT_TRANSLATE_NOOP("cli", "waiting for an earlier file"),
    "newer_format": QT_TRANSLATE_NOOP("cli", "written by a newer coopdesk (please update)"),
    "fork": QT_TRANSLATE_NOOP("cli", "written by a copy of a laptop"),
    "unknown_key": QT_TRANSLATE_NOOP("cli", "encrypted with a key this laptop does not have "
                                     "yet"),
    "wrong_key": QT_TRANSLATE_NOOP("cli", "cannot be decrypted with the team's keys"),
}


def problem_line(catalog: Catalog, path: str, status: str, author: str, detail: str) -> str:
    """One file of the share that could not be used, and why (*detail*: the sync's own
    words)."""
    if status == "leftover":
        return catalog.tr(LEFTOVER, path=path)
    if status == "unreadable":
        return catalog.tr(UNREADABLE, path=path, detail=detail)
    who = catalog.tr(WRITTEN_BY, author=author) if author else catalog.tr(WRITER_UNKNOWN)
    what = catalog.tr(_STATUSES[status]) if status in _STATUSES else status
    return catalog.tr(NOT_READ, path=path, what=what, who=who,
                      detail=f" ({detail})" if detail else "")
