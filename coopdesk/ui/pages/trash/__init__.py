"""The trash page (Corbeille)."""

from coopdesk.ui.pages.trash.page import TrashPage

__all__ = ["TrashPage"]
