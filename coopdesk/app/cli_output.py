"""What the headless commands print: the one-line error, and the report of a sync cycle
(`sync`, `share create`, `share join`). Below every `cli*` module, which all use it."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopdesk.services.sync_service import SyncReport


def fail(message: str) -> int:
    """Report a problem the user can fix: one line on stderr, exit code 2."""
    print(f"coopdesk: error: {one_line(message)}", file=sys.stderr)
    return 2


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
    for who in report.clock_warnings:
        print(f"Warning: the clock of {who}'s computer looks wrong (more than a day ahead).")
    if report.rekeyed_to:
        print("Warning: another installation was writing as this one (a copied laptop or a "
              f"restored backup). This one now writes as device {report.rekeyed_to}; "
              f"{report.rekeyed_ops} of its changes were shared under that name.")
    if report.fork:
        print("Warning: another installation writes as this one and some of its changes "
              "differ from ours: this laptop stopped sharing its changes. Nothing is lost; "
              "see `sync --status`.")
    for problem in report.problems:
        print(problem_line(problem.path, problem.status, problem.author, problem.detail))


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
