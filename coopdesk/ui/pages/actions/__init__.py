"""The action plan page (Plan d'action)."""

from coopdesk.ui.pages.actions.page import ActionsPage

__all__ = ["ActionsPage"]
