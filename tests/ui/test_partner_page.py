"""A partner's page in the directory lists its contacts and projects, and also its open
actions, the resources it pools with its in-kind contribution, and the latest exchanges with
it; each line opens its record on its own page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from coopdesk.services.workspace_services import Services
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.directory import DirectoryPage
from coopdesk.ui.widgets import html_parts as h


def organisation_named(services: Services, acronym: str) -> str:
    return next(row.id for row in services.organisations.rows() if row.acronym == acronym)


def test_the_partner_page_reads_actions_resources_and_exchanges(demo_services: Services
                                                                ) -> None:
    ust = organisation_named(demo_services, "UST")
    page = demo_services.partner_page.load(ust)
    assert page.overview.organisation.id == ust
    # Open actions owned by the club or by one of its people, the soonest due first.
    plan = demo_services.actions
    assert page.open_action_count == 4 == len(page.open_actions)
    for row in page.open_actions:
        assert row.action.status in (ActionStatus.TODO, ActionStatus.IN_PROGRESS)
        owner_ids = {row.action.owner_organisation_id} | {
            demo_services.people.get(row.action.owner_person_id).organisation_id
            if row.action.owner_person_id else None}
        assert ust in owner_ids
    dues = [row.action.due_on or dt.date.max for row in page.open_actions]
    assert dues == sorted(dues)
    assert [r.resource.organisation_id for r in page.resources] == [ust]
    assert page.in_kind is not None and page.in_kind.organisation_id == ust
    assert page.exchange_count == 2 and len(page.exchanges) == 2
    dates = [row.entry.occurred_on for row in page.exchanges]
    assert dates == sorted(dates, reverse=True)

    # Marking an action done takes it off the page; a new one for its people shows up.
    done = page.open_actions[0]
    plan.set_status(done.id, ActionStatus.DONE)
    person = page.overview.people[0]
    demo_services.actions.create(ActionFields(title="Préparer le tournoi de printemps",
                                              owner_person_id=person.id))
    again = demo_services.partner_page.load(ust)
    titles = [row.action.title for row in again.open_actions]
    assert done.action.title not in titles and "Préparer le tournoi de printemps" in titles
    assert again.open_action_count == 4


def test_a_partner_with_nothing_yet_says_so(demo_services: Services) -> None:
    from coopdesk.domain.directory import OrganisationFields
    from coopdesk.domain.enums import OrgKind

    created = demo_services.organisations.create(
        OrganisationFields(name="Amicale des locataires", kind=OrgKind.ASSOCIATION))
    page = demo_services.partner_page.load(created.id)
    assert (page.open_action_count, page.resources, page.in_kind, page.exchange_count,
            page.follow_ups_due) == (0, (), None, 0, 0)


def test_the_directory_shows_the_partner_page_and_its_links_open_records(
        make_window: Callable[..., MainWindow], demo_services: Services, qtbot: Any) -> None:
    window = make_window(demo_services)
    assert window.show_page("directory")
    directory = window.current_page()
    assert isinstance(directory, DirectoryPage)
    ape = organisation_named(demo_services, "APE Jean-Moulin")
    assert directory.show_record("organisation", ape)
    text = directory.organisations.organisation_detail.toPlainText()
    page = demo_services.partner_page.load(ape)
    for heading in ("Open actions (2)", "Pooled resources (0)", "Exchanges (2)",
                    "1 follow-up(s) due.", "Offers no resource to the partners yet.",
                    "(private)"):
        assert heading in text, heading
    assert page.in_kind is not None and f"Lent in {page.year}" in text
    for row in page.open_actions:
        assert row.action.title in text
    for row in page.exchanges:
        assert (row.entry.subject or "") in text

    detail = directory.organisations.organisation_detail
    action = page.open_actions[0]
    detail.anchorClicked.emit(QUrl(f"action:{action.id}"))
    actions = window.current_page()
    assert actions is not None and actions.page_id == "actions"
    assert actions.selected_id() == action.id  # type: ignore[attr-defined]

    assert window.show_page("directory")
    entry = page.exchanges[0]
    link = h.record_link("contact_log_entry", entry.id, "x")
    assert "contact-log-entry:" in link
    detail.anchorClicked.emit(QUrl(f"contact-log-entry:{entry.id}"))
    exchanges = window.current_page()
    assert exchanges is not None and exchanges.page_id == "exchanges"
    assert exchanges.current_record() == ("contact_log_entry", entry.id)
