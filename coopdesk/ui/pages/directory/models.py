"""Table models of the directory: the columns of both lists, trashed rows greyed and italic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from coopdesk.services.directory import OrganisationRow, PersonRow
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import Column

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
