"""Typed errors with a plain message. The UI translates `template` by its English text."""

from __future__ import annotations

from typing import Any


class CoopdeskError(Exception):
    """Base of every error coopdesk expects and explains to the user."""

    template: str = "Something went wrong."

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        self.template = template or type(self).template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message with its parameters filled in."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class ValidationError(CoopdeskError):
    """A value the user typed cannot be saved; `field` names the form field."""

    def __init__(self, field: str, template: str, /, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(CoopdeskError):
    template = "This record no longer exists: {kind} {id}."


class ConflictError(CoopdeskError):
    """The operation clashes with other data (an overlapping booking, for example)."""


class WorkspaceError(CoopdeskError):
    """The workspace cannot be opened or written (missing, unreadable, too new, locked)."""


class NotAWorkspaceError(WorkspaceError):
    """The folder or file is not a coopdesk workspace (nothing in it was changed)."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """The workspace's folder cannot be written (a read-only drive, share or folder)."""

    template = ("The workspace folder {folder} is read-only: coopdesk cannot write there "
                "({reason}). Make it writable, or copy the workspace somewhere writable.")


class DiskFullError(WorkspaceError):
    """The disk holding the workspace (or an output) is full."""

    template = ("The disk holding {folder} is full ({reason}). Free some space, then try "
                "again; nothing was changed.")


class WorkspaceLockedError(WorkspaceError):
    """Another program holds the workspace's database locked."""

    template = ("The workspace {folder} is locked by another program (another coopdesk "
                "window or command, or a backup tool): {reason}. Try again when it has "
                "finished.")
