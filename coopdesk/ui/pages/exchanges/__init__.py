"""The contact log page (Journal des échanges)."""

from coopdesk.ui.pages.exchanges.page import ExchangesPage

__all__ = ["ExchangesPage"]
