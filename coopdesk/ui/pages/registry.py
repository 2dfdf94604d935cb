"""The pages of the navigation, in the order the window lists them.

Each area is a module under `coopdesk.ui.pages` exposing one `Page` subclass. An area whose
module does not exist yet is simply left out of the navigation (and logged). Each area also
carries its navigation title (translated in the page class's context, like the page's own
`title()`), so the window lists every area while importing only the page it shows.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.base import Page

if TYPE_CHECKING:
    from coopdesk.services.workspace_services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    module: str
    class_name: str
    #: English source of the navigation title, translated in the context *class_name*.
    title_source: str = ""

    def title(self) -> str:
        """The translated navigation title, without importing the page's module."""
        return QCoreApplication.translate(self.class_name, self.title_source)

    def present(self) -> bool:
        """Whether the page's module is part of this build (found, not imported)."""
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:
            return False


# Every area of the navigation, in display order.
AREAS: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "coopdesk.ui.pages.dashboard", "DashboardPage",
             QT_TRANSLATE_NOOP("DashboardPage", "Dashboard")),
    PageSpec("projects", "coopdesk.ui.pages.projects", "ProjectsPage",
             QT_TRANSLATE_NOOP("ProjectsPage", "Projects")),
    PageSpec("actions", "coopdesk.ui.pages.actions", "ActionsPage",
             QT_TRANSLATE_NOOP("ActionsPage", "Action plan")),
    PageSpec("meetings", "coopdesk.ui.pages.meetings", "MeetingsPage",
             QT_TRANSLATE_NOOP("MeetingsPage", "Meetings")),
    PageSpec("exchanges", "coopdesk.ui.pages.exchanges", "ExchangesPage",
             QT_TRANSLATE_NOOP("ExchangesPage", "Exchange log")),
    PageSpec("directory", "coopdesk.ui.pages.directory", "DirectoryPage",
             QT_TRANSLATE_NOOP("DirectoryPage", "Directory")),
    PageSpec("resources", "coopdesk.ui.pages.resources", "ResourcesPage",
             QT_TRANSLATE_NOOP("ResourcesPage", "Pooled resources")),
    PageSpec("reviews", "coopdesk.ui.pages.reviews", "ReviewsPage",
             QT_TRANSLATE_NOOP("ReviewsPage", "Reviews")),
    PageSpec("sync", "coopdesk.ui.pages.sync", "SyncPage",
             QT_TRANSLATE_NOOP("SyncPage", "Synchronisation")),
    PageSpec("trash", "coopdesk.ui.pages.trash", "TrashPage",
             QT_TRANSLATE_NOOP("TrashPage", "Trash")),
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
