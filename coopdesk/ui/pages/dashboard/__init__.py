"""The dashboard page (Tableau de bord)."""

from coopdesk.ui.pages.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
