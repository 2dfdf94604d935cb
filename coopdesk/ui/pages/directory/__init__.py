"""The directory page (Annuaire): organisations and people."""

from coopdesk.ui.pages.directory.page import DirectoryPage

__all__ = ["DirectoryPage"]
