"""What every page of the navigation provides to the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus


class Page(QWidget):
    """A page: built with the services and the bus, refreshed from `changed`."""

    #: Stable English identifier, used for screenshots (`<page_id>.png`) and settings.
    page_id: str = ""
    #: Record kinds whose changes make this page refresh.
    watches: frozenset[str] = frozenset()

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        bus.changed.connect(self._on_changed)

    def title(self) -> str:
        """The translated name shown in the navigation list."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from the services."""
        raise NotImplementedError

    def show_record(self, kind: str, record_id: str) -> bool:
        """Select/open the record if this page shows that kind; True when it did."""
        return False

    def extra_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        """States worth a screenshot besides the page itself: (name, put the page in it).

        `--screenshots DIR` saves each as `DIR/<page_id>-<name>.png` (a project page, a
        partner's page...).
        """
        return []

    def focus_search(self) -> bool:
        """Focus the page's own filter box, if it has one."""
        return False

    def current_record(self) -> tuple[str, str] | None:
        """The record the user has selected, as (kind, id), for History; None if none."""
        return None

    def _on_changed(self, changes: Changes) -> None:
        if not self.watches or changes.touches(*self.watches):
            self.refresh()
