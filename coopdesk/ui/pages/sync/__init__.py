"""The Synchronisation page: sharing through a folder, every computer's state, the inbox."""

from coopdesk.ui.pages.sync.page import SyncPage

__all__ = ["SyncPage"]
