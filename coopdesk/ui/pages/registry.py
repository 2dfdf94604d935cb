"""The pages of the navigation, in the order the window lists them.

Each area is a module under `coopdesk.ui.pages` exposing one `Page` subclass. An area whose
module does not exist yet is simply left out of the navigation (and logged).
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.base import Page

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    module: str
    class_name: str


# Every area of the navigation, in display order.
AREAS: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "coopdesk.ui.pages.dashboard", "DashboardPage"),
    PageSpec("projects", "coopdesk.ui.pages.projects", "ProjectsPage"),
    PageSpec("actions", "coopdesk.ui.pages.actions", "ActionsPage"),
    PageSpec("meetings", "coopdesk.ui.pages.meetings", "MeetingsPage"),
    PageSpec("exchanges", "coopdesk.ui.pages.exchanges", "ExchangesPage"),
    PageSpec("directory", "coopdesk.ui.pages.directory", "DirectoryPage"),
    PageSpec("resources", "coopdesk.ui.pages.resources", "ResourcesPage"),
    PageSpec("reviews", "coopdesk.ui.pages.reviews", "ReviewsPage"),
    PageSpec("sync", "coopdesk.ui.pages.sync", "SyncPage"),
    PageSpec("trash", "coopdesk.ui.pages.trash", "TrashPage"),
)


def page_class(spec: PageSpec) -> type[Page] | None:
    """The page class of *spec*, or None when its module is not part of this build."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        # Only the page's own module being absent means "not built yet"; a missing import
        # inside an existing page is a bug and must surface.
        missing = exc.name or ""
        if missing == spec.module or spec.module.startswith(missing + "."):
            log.info("Page %r is not available (no module %s)", spec.page_id, spec.module)
            return None
        raise
    cls = getattr(module, spec.class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, Page)):
        log.info("Page %r is not available (no class %s in %s)", spec.page_id,
                 spec.class_name, spec.module)
        return None
    return cls


def available_areas() -> list[PageSpec]:
    return [spec for spec in AREAS if page_class(spec) is not None]


def build_pages(services: Services, bus: Bus) -> list[Page]:
    """One instance of every available page, in navigation order."""
    pages: list[Page] = []
    for spec in AREAS:
        cls = page_class(spec)
        if cls is None:
            continue
        page = cls(services, bus)
        if page.page_id != spec.page_id:
            log.warning("Page class %s says page_id %r, expected %r", cls.__name__,
                        page.page_id, spec.page_id)
        pages.append(page)
    return pages
