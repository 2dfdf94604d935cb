"""The parts of a partner's page that come from the other areas: its open actions, the
resources it pools with its in-kind contribution this year, the latest exchanges with it.
Each line links to its record (opened on its own page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopdesk.services.partner_page import PartnerPage
from coopdesk.ui.formatting import date_text, money_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.action_texts import late_text, owner_text
from coopdesk.ui.widgets import html_parts as h


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PartnerSections", text, disambiguation, n)


def partner_sections(page: PartnerPage) -> str:
    """HTML of the three sections, for the organisation detail panel."""
    return "".join((_actions(page), _resources(page), _exchanges(page)))


def _more(shown: int, total: int, where: str) -> str:
    if total <= shown:
        return ""
    return h.muted(h.text(_tr("…and %n more in {where}.", "", total - shown)
                          .format(where=where)))


def _actions(page: PartnerPage) -> str:
    parts = [h.heading(_tr("Open actions (%n)", "", page.open_action_count))]
    if not page.open_actions:
        parts.append(h.muted(h.text(_tr("No open action for this partner."))))
        return "".join(parts)
    lines = []
    for row in page.open_actions:
        action = row.action
        due = (_tr("due {date}").format(date=date_text(action.due_on))
               if action.due_on is not None else _tr("no due date"))
        details = " · ".join(h.text(x) for x in (due, owner_text(row), row.project_title) if x)
        line = f"{h.record_link('action', action.id, action.title)} {h.muted_span(details)}"
        if row.overdue:
            line += f" <b>⚠ {h.text(late_text(row.days_overdue))}</b>"
        lines.append(line)
    parts.append(h.bullet_list(lines))
    parts.append(_more(len(page.open_actions), page.open_action_count, _tr("the Action plan")))
    return "".join(parts)


def _resources(page: PartnerPage) -> str:
    parts = [h.heading(_tr("Pooled resources (%n)", "", len(page.resources)))]
    if page.resources:
        parts.append(h.bullet_list([
            f"{h.record_link('resource', row.resource.id, row.resource.name)} "
            f"{h.muted_span(h.text(enum_label(row.resource.kind)))}" for row in page.resources]))
    else:
        parts.append(h.muted(h.text(_tr("Offers no resource to the partners yet."))))
    total = page.in_kind
    if total is None:
        parts.append(h.muted(h.text(_tr("No loan or borrowing in {year}.")
                                    .format(year=page.year))))
    else:
        parts.append(h.rows([
            (_tr("Lent in {year}").format(year=page.year),
             h.text(_tr("{value} (%n loan(s))", "", total.loans)
                    .format(value=money_text(total.lent_cents)) if total.loans else "—")),
            (_tr("Received in {year}").format(year=page.year),
             h.text(_tr("{value} (%n borrowing(s))", "", total.borrowings)
                    .format(value=money_text(total.received_cents))
                    if total.borrowings else "—")),
        ]))
    return "".join(parts)


def _exchanges(page: PartnerPage) -> str:
    parts = [h.heading(_tr("Exchanges (%n)", "", page.exchange_count))]
    if page.follow_ups_due:
        parts.append(h.warning(h.text(_tr("%n follow-up(s) due.", "", page.follow_ups_due))))
    if not page.exchanges:
        parts.append(h.muted(h.text(_tr("No exchange logged with this partner yet."))))
        return "".join(parts)
    lines = []
    for row in page.exchanges:
        entry = row.entry
        subject = entry.subject or enum_label(entry.kind)
        who = row.person_name or row.organisation_name
        details = " · ".join(h.text(x) for x in (
            date_text(entry.occurred_on), enum_label(entry.kind), who) if x)
        private = f" {h.muted_span(h.text(_tr('(private)')))}" if entry.is_private else ""
        lines.append(f"{h.record_link('contact_log_entry', entry.id, subject)} "
                     f"{h.muted_span(details)}{private}")
    parts.append(h.bullet_list(lines))
    parts.append(_more(len(page.exchanges), page.exchange_count, _tr("the Exchange log")))
    return "".join(parts)
