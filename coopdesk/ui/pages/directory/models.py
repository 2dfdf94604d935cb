"""Table models of the directory: the columns of both lists, trashed rows greyed and italic."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.services.directory import OrganisationRow, PersonRow
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import Column, Index, RecordTableModel


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)

NUMBER = Qt.AlignmentFlag.AlignRight


def _tr(text: str) -> str:
    return QCoreApplication.translate("DirectoryColumns", text)


class DirectoryTableModel(RecordTableModel[T]):
    """A RecordTableModel whose rows in the trash are shown greyed and in italics."""

    def __init__(self, columns: Sequence[Column[T]], is_trashed: Callable[[T], bool],
                 trash_tooltip: Callable[[T], str], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._is_trashed = is_trashed
        self._trash_tooltip = trash_tooltip
        self._italic = QFont()
        self._italic.setItalic(True)

    def id_at(self, row: int) -> str:
        return self.row_at(row).id

    def row_of_id(self, record_id: str) -> int:
        return self.row_of(lambda item: item.id == record_id)

    def is_trashed(self, row: int) -> bool:
        return self._is_trashed(self.row_at(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and 0 <= index.row() < self.rowCount()
                and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
                             Qt.ItemDataRole.ToolTipRole)):
            item = self.row_at(index.row())
            if self._is_trashed(item):
                if role == Qt.ItemDataRole.FontRole:
                    return self._italic
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                        QPalette.ColorRole.Text)
                return self._trash_tooltip(item)
        return super().data(index, role)


def organisation_columns() -> list[Column[OrganisationRow]]:
    return [
        Column(_tr("Name"), lambda r: r.name,
               tooltip=lambda r: f"{r.name} ({r.acronym})" if r.acronym else r.name),
        Column(_tr("Kind"), lambda r: enum_label(r.kind)),
        Column(_tr("City"), lambda r: r.city),
        Column(_tr("Contacts"), lambda r: str(r.people_count),
               sort_key=lambda r: r.people_count, alignment=NUMBER),
        Column(_tr("Projects"), lambda r: str(r.project_count),
               sort_key=lambda r: r.project_count, alignment=NUMBER),
        Column(_tr("Email"), lambda r: r.email),
        Column(_tr("Phone"), lambda r: r.phone),
        Column(_tr("Acronym"), lambda r: r.acronym),
    ]


def person_columns() -> list[Column[PersonRow]]:
    return [
        Column(_tr("Name"), lambda r: r.person.full_name,
               sort_key=lambda r: (r.person.last_name.casefold() or r.person.first_name.casefold(),
                                   r.person.first_name.casefold())),
        Column(_tr("Organisation"), lambda r: r.organisation_name,
               tooltip=lambda r: r.organisation_name),
        Column(_tr("Role"), lambda r: r.person.role, tooltip=lambda r: r.person.role),
        Column(_tr("Email"), lambda r: r.person.email),
        Column(_tr("Phone"), lambda r: r.person.phone),
        Column(_tr("RGPD basis"), lambda r: enum_label(r.person.legal_basis)),
    ]
