"""The trash's table columns and the question asked before deleting for good."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk.services.trash import TrashItem
from coopdesk.ui.formatting import datetime_text
from coopdesk.ui.labels import kind_label
from coopdesk.ui.models.record_table import Column


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrashPage", text)


def local_time(stamp: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in this laptop's time zone."""
    return stamp.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def trash_columns() -> list[Column[TrashItem]]:
    return [
        Column(_tr("Kind"), lambda item: kind_label(item.kind)),
        Column(_tr("Title"), lambda item: item.title, tooltip=lambda item: item.title),
        Column(_tr("Deleted on"), lambda item: datetime_text(local_time(item.deleted_at)),
               sort_key=lambda item: item.deleted_at),
        Column(_tr("Deleted by"), lambda item: item.deleted_by),
    ]


class PurgeConfirmation:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str, detail: str) -> bool:
        """True when the user confirms deleting for good."""
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Delete for good"), text,
                          QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(detail)
        confirm = box.addButton(_tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is confirm
