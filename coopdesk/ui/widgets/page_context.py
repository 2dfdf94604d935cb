"""What every part of a page shares: the services, the bus and the message bar, and the
two ways a part changes data (a plain call, a delete to trash that can be undone)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes, Created
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.labels import error_text
from coopdesk.ui.widgets.message_bar import MessageBar


class PageContext:
    def __init__(self, services: Services, bus: Bus, messages: MessageBar) -> None:
        self.services = services
        self.bus = bus
        self.messages = messages

    def publish(self, changes: Changes | None) -> str | None:
        """Tell the app what changed (pages refresh at once); the new record's id, if any."""
        if not changes:
            return None
        self.messages.hide()
        self.bus.publish(changes)
        return changes.id if isinstance(changes, Created) else None

    def run(self, call: Callable[[], Changes]) -> Changes | None:
        """Call a service; a refusal is shown in the message bar and returns None."""
        try:
            changes = call()
        except CoopdeskError as error:
            self.report(error)
            return None
        self.publish(changes)
        return changes

    def report(self, error: CoopdeskError) -> None:
        text = error_text(error)
        self.messages.show_error(text)
        self.bus.status.emit(text)

    def trash(self, kind: str, record_id: str, name: str) -> bool:
        """Move a record to the trash, say so, and let the user undo it."""
        service = self.services.by_kind()[kind]
        if self.run(lambda: service.delete(record_id)) is None:
            return False
        self.bus.undoable.emit(
            QCoreApplication.translate("ProjectsPage", "Delete “{name}”").format(name=name),
            lambda: service.restore(record_id),
        )
        self.bus.status.emit(
            QCoreApplication.translate("ProjectsPage", "“{name}” was moved to the trash.").format(
                name=name
            )
        )
        return True

    def restore(self, kind: str, record_id: str, name: str) -> bool:
        service = self.services.by_kind()[kind]
        if self.run(lambda: service.restore(record_id)) is None:
            return False
        self.bus.undoable.emit(
            QCoreApplication.translate("ProjectsPage", "Restore “{name}”").format(name=name),
            lambda: service.delete(record_id),
        )
        self.bus.status.emit(
            QCoreApplication.translate(
                "ProjectsPage", "“{name}” was restored from the trash."
            ).format(name=name)
        )
        return True
