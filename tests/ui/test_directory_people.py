"""The Contacts tab of the directory reads people a page at a time: scrolling fetches more,
header clicks sort in SQL, the text filter waits for a pause and ignores accents."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import LegalBasis
from coopdesk.services.directory import PersonSort
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.directory import DirectoryPage
from coopdesk.ui.pages.directory.models import PersonTableModel
from coopdesk.ui.pages.directory.people_tab import PeopleTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PAGE = 10


def add(services: Services, first: str, last: str = "", **values: Any) -> str:
    return services.people.create(PersonFields(first_name=first, last_name=last,
                                               **values)).id


@pytest.fixture
def page(qtbot: Any, services: Services) -> DirectoryPage:
    """The directory on its Contacts tab over 25 numbered people and three with accents,
    10 rows a page."""
    org = services.organisations.create(OrganisationFields(name="Jardins")).id
    for n in range(25):
        add(services, f"Prénom{n:02d}", f"Membre{n:02d}", organisation_id=org,
            phone=f"04 00 00 00 {n:02d}")
    add(services, "Élodie", "Écart")
    add(services, "Zoé", "Zola", role="Trésorière")
    add(services, "émile", "ebert")
    page = DirectoryPage(services, Bus())
    qtbot.addWidget(page)
    page.resize(1100, 400)
    page.tabs.setCurrentWidget(page.people)
    people = page.people
    people.people_model.page_size = PAGE
    people.refresh()
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def tab(page: DirectoryPage) -> PeopleTab:
    return page.people


def names(tab: PeopleTab) -> list[str]:
    return [tab.proxy.index(row, 0).data() for row in range(tab.proxy.rowCount())]


def scroll_to_the_end(qtbot: Any, tab: PeopleTab) -> None:
    model = tab.people_model

    def at_the_end() -> bool:
        tab.view.scrollToBottom()
        return not model.canFetchMore()

    qtbot.waitUntil(at_the_end)


def test_scrolling_fetches_the_next_pages(qtbot: Any, tab: PeopleTab) -> None:
    model = tab.people_model
    assert model.total() == 28
    assert PAGE <= model.rowCount() < 28  # a page (or what fills the viewport), not all
    scroll_to_the_end(qtbot, tab)
    assert model.rowCount() == 28
    # The French order across pages (by last name): É with E, case ignored, not after Z.
    assert names(tab) == ["émile ebert", "Élodie Écart",
                          *(f"Prénom{n:02d} Membre{n:02d}" for n in range(25)), "Zoé Zola"]


def test_header_clicks_sort_the_whole_list_in_sql(qtbot: Any, tab: PeopleTab) -> None:
    header = tab.view.horizontalHeader()
    model = tab.people_model

    def click(column: int) -> None:
        tab.view.scrollTo(tab.proxy.index(0, column))
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    click(PersonTableModel.PHONE)
    assert model.person_sort() == (PersonSort.PHONE, False)
    assert header.sortIndicatorSection() == PersonTableModel.PHONE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    first = [model.row_at(row).person.phone for row in range(model.rowCount())]
    assert first[:3] == ["", "", ""] and first[3] == "04 00 00 00 00"
    click(PersonTableModel.PHONE)
    assert model.person_sort() == (PersonSort.PHONE, True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # The first page is the end of the whole list, not the loaded rows reversed.
    assert model.row_at(0).person.phone == "04 00 00 00 24"
    scroll_to_the_end(qtbot, tab)
    assert [model.row_at(row).person.phone for row in range(25, 28)] == ["", "", ""]
    click(PersonTableModel.NAME)
    assert model.person_sort() == (PersonSort.NAME, False)
    assert names(tab)[:3] == ["émile ebert", "Élodie Écart", "Prénom00 Membre00"]


def test_the_filter_waits_for_typing_and_ignores_accents(qtbot: Any, tab: PeopleTab) -> None:
    tab.filter_edit.setFocus()
    qtbot.keyClicks(tab.filter_edit, "ELO")
    assert tab.typing.pending()  # the list is read once typing pauses, not per key
    qtbot.waitUntil(lambda: names(tab) == ["Élodie Écart"])
    tab.filter_edit.setText("trésoriere")  # set by the program: at once
    assert names(tab) == ["Zoé Zola"]
    tab.filter_edit.setText("zzz")
    assert tab.stack.currentWidget() is tab.empty_state
    assert "No contact matches" in tab.empty_label.text()
    tab.empty_label.linkActivated.emit("#clear")
    assert tab.filter_edit.text() == "" and tab.people_model.total() == 28


def test_the_filter_finds_the_words_shown_for_a_legal_basis(qtbot: Any, services: Services,
                                                           tab: PeopleTab) -> None:
    add(services, "Karim", "Benali", legal_basis=LegalBasis.CONTRACT)
    tab.filter_edit.setText("contract")
    assert names(tab) == ["Karim Benali"]


def test_a_person_beyond_the_loaded_pages_is_fetched_and_selected(
        services: Services, tab: PeopleTab) -> None:
    last = services.people.page(limit=None)[-1]
    assert tab.people_model.row_of_id(last.id) < 0
    assert tab.select(last.id)
    assert tab.selected_id() == last.id
    assert last.person.full_name in tab.person_detail.toPlainText()
    # A refresh reads the first page again and keeps the selection.
    tab.refresh()
    assert tab.selected_id() == last.id
    # A person the filter leaves out is revealed by clearing the filter.
    tab.filter_edit.setText("Membre0")
    assert tab.select(last.id)
    assert tab.filter_edit.text() == ""


def test_the_paged_model_passes_the_model_tester(qtmodeltester: Any, services: Services,
                                                 tab: PeopleTab) -> None:
    gone = add(services, "Paul", "Parti")
    services.people.delete(gone)
    tab.trash_toggle.setChecked(True)
    model = tab.people_model
    row = model.locate(gone)
    assert row >= 0 and model.is_trashed(row)
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert "Restore" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)
    qtmodeltester.check(tab.proxy)
    model.sort(PersonTableModel.ROLE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
