"""The pooled resources page (Ressources): the pooling register and its bookings."""

from coopdesk.ui.pages.resources.page import ResourcesPage

__all__ = ["ResourcesPage"]
