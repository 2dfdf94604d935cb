"""The right-hand panels: everything about the selected organisation or contact."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QWidget

from coopdesk.domain.enums import LegalBasis
from coopdesk.services.directory import OrganisationOverview, PersonRow
from coopdesk.services.partner_page import PartnerPage
from coopdesk.services.read_models import Audit
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.directory.partner_sections import partner_sections
from coopdesk.ui.widgets import html_parts as h
from coopdesk.ui.widgets.detail_browser import DetailBrowser


class OrganisationDetail(DetailBrowser):
    #: The id of the organisation a new contact should be added to.
    new_person_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisation_detail")
        self.setAccessibleName(self.tr("Organisation details"))
        self.clear_detail()

    def clear_detail(self) -> None:
        self.show_placeholder(self.tr("Select an organisation to see its contacts, "
                                      "projects, actions, resources and exchanges."))

    def show_partner(self, page: PartnerPage) -> None:
        """The organisation's page: its overview, then what the cooperation holds about it
        (open actions, pooled resources and in-kind contribution, latest exchanges)."""
        self.show_overview(page.overview, partner_sections(page))

    def show_overview(self, overview: OrganisationOverview, more: str = "") -> None:
        """The organisation, its contacts and projects; *more* (HTML) before the footer."""
        org = overview.organisation
        title = h.text(org.name)
        if org.acronym:
            title += f" {h.muted_span(f'({h.text(org.acronym)})')}"
        place = " ".join(part for part in (org.postcode, org.city) if part)
        parts = [f"<h2 style='margin-bottom:2px'>{title}</h2>",
                 h.muted(h.text(enum_label(org.kind)))]
        parts.append(self._trash_banner(org.audit))
        parts.append(h.rows([
            (self.tr("Address"), "<br>".join(h.text(x) for x in (org.address, place) if x)),
            (self.tr("Email"), h.email_link(org.email)),
            (self.tr("Phone"), h.text(org.phone)),
            (self.tr("Website"), h.web_link(org.website)),
        ]))
        if org.description:
            parts += [h.heading(self.tr("About")), f"<p>{h.text(org.description)}</p>"]
        if org.strengths:
            parts += [h.heading(self.tr("What it can bring")), f"<p>{h.text(org.strengths)}</p>"]
        parts.append(h.heading(self.tr("Contacts (%n)", "", len(overview.people))))
        if overview.people:
            parts.append(h.bullet_list([self._person_line(p.id, p.full_name, p.role, p.email)
                                        for p in overview.people]))
        else:
            parts.append(h.muted(h.text(self.tr("No contact yet."))))
        if not org.audit.in_trash:
            parts.append(f"<p>{h.link(f'new-person:{org.id}', self.tr('Add a contact…'))}</p>")
        parts.append(h.heading(self.tr("Projects (%n)", "", len(overview.projects))))
        if overview.projects:
            parts.append(h.bullet_list([
                self.tr("{project} — {role} ({status})").format(
                    project=h.record_link("project", project.id, project.title),
                    role=h.text(enum_label(partner.role)),
                    status=h.text(enum_label(project.status)))
                for project, partner in overview.projects]))
        else:
            parts.append(h.muted(h.text(self.tr("Not a partner of any project yet."))))
        parts.append(more)
        parts.append(self._footer(org.audit))
        self.setHtml("".join(parts))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "new-person":
            self.new_person_requested.emit(url.path())
        else:
            super()._follow(url)

    def _person_line(self, person_id: str, name: str, role: str, email: str) -> str:
        line = h.record_link("person", person_id, name)
        details = " · ".join(h.text(x) for x in (role, email) if x)
        if not details:
            return line
        return f"{line} {h.muted_span(details)}"

    def _trash_banner(self, audit: Audit) -> str:
        if not audit.in_trash:
            return ""
        return h.warning(self.tr(
            "In the trash since {deleted_on} (deleted by {deleted_by}). "
            "Click “Restore” to bring it back.").format(**h.audit_parts(audit)))

    def _footer(self, audit: Audit) -> str:
        return h.muted(self.tr("Added by {created_by} on {created_on}, last changed by "
                               "{updated_by} on {updated_on}.").format(**h.audit_parts(audit)))


class PersonDetail(DetailBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_detail")
        self.setAccessibleName(self.tr("Contact details"))
        self.clear_detail()

    def clear_detail(self) -> None:
        self.show_placeholder(self.tr("Select a contact to see their details."))

    def show_person(self, row: PersonRow) -> None:
        person = row.person
        parts = [f"<h2 style='margin-bottom:2px'>{h.text(person.full_name)}</h2>"]
        organisation = (h.record_link("organisation", person.organisation_id,
                                      row.organisation_name)
                        if person.organisation_id and row.organisation_name else "")
        if person.role and organisation:
            line = self.tr("{role} at {organisation}").format(role=h.text(person.role),
                                                              organisation=organisation)
            parts.append(f"<p>{line}</p>")
        elif person.role or organisation:
            parts.append(f"<p>{h.text(person.role) or organisation}</p>")
        if person.audit.in_trash:
            parts.append(h.warning(self.tr(
                "In the trash since {deleted_on} (deleted by {deleted_by}). "
                "Click “Restore” to bring it back.").format(**h.audit_parts(person.audit))))
        parts.append(h.rows([(self.tr("Email"), h.email_link(person.email)),
                             (self.tr("Phone"), h.text(person.phone))]))
        parts.append(h.heading(self.tr("Personal data (RGPD)")))
        parts.append(h.rows([
            (self.tr("Legal basis"), h.text(enum_label(person.legal_basis))),
            (self.tr("Consent given on"), date_text(person.consent_on)),
        ]))
        if person.legal_basis is LegalBasis.UNKNOWN:
            parts.append(h.warning(h.text(self.tr(
                "No legal basis recorded: the RGPD asks you to know why you keep these "
                "details. Edit the contact to record it."))))
        if person.notes:
            parts += [h.heading(self.tr("Notes")), f"<p>{h.text(person.notes)}</p>"]
        parts.append(h.muted(self.tr(
            "Added by {created_by} on {created_on}, last changed by {updated_by} on "
            "{updated_on}.").format(**h.audit_parts(person.audit))))
        self.setHtml("".join(parts))
