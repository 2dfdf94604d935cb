"""Table models of the directory: the columns of both lists, trashed rows greyed and italic.

Organisations are few: their list is loaded whole and sorted in Python. People may be
thousands: `PersonTableModel` reads them a page at a time, sorted and filtered in SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.services.directory import (
    PAGE_SIZE,
    OrganisationRow,
    PersonFilter,
    PersonRow,
    PersonService,
    PersonSort,
)
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.paged_table import PagedRowModel
from coopdesk.ui.models.record_table import ROW_ROLE, Column, Index

NUMBER = Qt.AlignmentFlag.AlignRight


def _tr(text: str) -> str:
    return QCoreApplication.translate("DirectoryColumns", text)


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
        Column(_tr("Name"), lambda r: r.person.full_name),
        Column(_tr("Organisation"), lambda r: r.organisation_name,
               tooltip=lambda r: r.organisation_name),
        Column(_tr("Role"), lambda r: r.person.role, tooltip=lambda r: r.person.role),
        Column(_tr("Email"), lambda r: r.person.email),
        Column(_tr("Phone"), lambda r: r.person.phone),
        Column(_tr("RGPD basis"), lambda r: enum_label(r.person.legal_basis)),
    ]


class PersonTableModel(PagedRowModel[PersonRow]):
    """The people of `where`, a page at a time in the order of the clicked column."""

    NAME, ORGANISATION, ROLE, EMAIL, PHONE, LEGAL_BASIS = range(6)
    SORTS = (PersonSort.NAME, PersonSort.ORGANISATION, PersonSort.ROLE, PersonSort.EMAIL,
             PersonSort.PHONE, PersonSort.LEGAL_BASIS)

    def __init__(self, service: PersonService, trash_tooltip: Callable[[PersonRow], str],
                 parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        self._columns = person_columns()
        super().__init__([column.header for column in self._columns], page_size, parent)
        self._service = service
        self._trash_tooltip = trash_tooltip
        self.where = PersonFilter()
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- reading -------------------------------------------------------------------------
    def person_sort(self) -> tuple[PersonSort, bool]:
        column, order = self.sorting()
        return self.SORTS[column], order == Qt.SortOrder.DescendingOrder

    def fetch_rows(self, limit: int, offset: int) -> list[PersonRow]:
        sort, descending = self.person_sort()
        return self._service.page(self.where, sort=sort, descending=descending, limit=limit,
                                  offset=offset)

    def count_rows(self) -> int:
        return self._service.count(self.where)

    def locate(self, person_id: str) -> int:
        """The row of *person_id*, fetching pages down to it; -1 when `where` leaves it out."""
        row = self.row_of_id(person_id)
        if row >= 0:
            return row
        sort, descending = self.person_sort()
        position = self._service.position(person_id, self.where, sort=sort,
                                          descending=descending)
        if position is None or not self.ensure_loaded(position):
            return -1
        return self.row_of_id(person_id)

    def id_at(self, row: int) -> str:
        return self.row_at(row).id

    def is_trashed(self, row: int) -> bool:
        return self.row_at(row).person.audit.in_trash

    # -- Qt interface --------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        trashed = row.person.audit.in_trash
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if trashed:
                return self._trash_tooltip(row)
            return column.tooltip(row) if column.tooltip else None
        if trashed and role == Qt.ItemDataRole.FontRole:
            return self._italic
        if trashed and role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None
