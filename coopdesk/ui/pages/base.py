"""What every page of the navigation provides to the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from coopdesk.services.changes import Changes
from coopdesk.ui.bus import Bus
from coopdesk.ui.runner import Runner, Task

if TYPE_CHECKING:  # the main window's frame imports Page before the database layer
    from coopdesk.services.workspace_services import Services

T = TypeVar("T")


class Page(QWidget):
    """A page: built with the services and the bus, refreshed from `changed`."""

    #: Stable English identifier, used for screenshots (`<page_id>.png`) and settings.
    page_id: str = ""
    #: Record kinds whose changes make this page refresh.
    watches: frozenset[str] = frozenset()
    #: The page takes the window's automatic sync (`autosync=` keyword) when built.
    uses_autosync: bool = False

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self._load: Task | None = None
        bus.changed.connect(self._on_changed)

    def title(self) -> str:
        """The translated name shown in the navigation list."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from the services."""
        raise NotImplementedError

    def create_new(self) -> None:
        """Ctrl+N with the focus inside the page: create what the page lists. Pages that
        create nothing leave it alone, and the window's Ctrl+N (new workspace) applies."""

    def adopt_preview(self, preview: QWidget) -> None:
        """The start-up frame showed *preview* in this page's place while the workspace
        opened (the dashboard's cached board): take over what it showed, if the page can,
        until its own data is read. Pages without a preview ignore it."""

    def _creates(self) -> bool:
        return type(self).create_new is not Page.create_new

    # A page that creates records claims Ctrl+N through ShortcutOverride, so that it wins
    # over the window's Ctrl+N whenever the focus is inside the page.
    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.New) and self._creates()):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.New) and self._creates():
            event.accept()
            self.create_new()
            return
        super().keyPressEvent(event)

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

    def load_in_background(self, read: Callable[[], T], show: Callable[[T], object]) -> Task:
        """Run *read* (service calls only, no widget) in a worker, then *show* its result
        on the GUI thread; a newer load of this page supersedes one still running.

        The window's `Runner` runs it (its errors are reported like any background work;
        closing the window drains it); a page outside a window uses its own. Pass a method
        of the page as *show*, so that a page deleted meanwhile is not called.
        """
        runner = getattr(self.window(), "runner", None)
        if not isinstance(runner, Runner):
            runner = self.findChild(Runner, "pageRunner")
            if runner is None:
                runner = Runner(self)
                runner.setObjectName("pageRunner")
        self._load = runner.run(read, key=f"page-load-{id(self)}", on_success=show)
        return self._load

    def loading(self) -> bool:
        """Whether a load started by `load_in_background` has not been shown yet."""
        return self._load is not None and not self._load.done

    def cancel_loading(self) -> None:
        """Drop the result of a load still running (a synchronous refresh replaces it)."""
        if self._load is not None:
            self._load.cancel()
            self._load = None

    def _on_changed(self, changes: Changes) -> None:
        if not self.watches or changes.touches(*self.watches):
            self.refresh()
