"""Keyboard-only workflows, end to end in the main window: every step is a key press on
the focused widget (Tab finds the widgets by their accessible names); no mouse, no widget
called directly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.sharing.demo import (
    OWN_LINE,
    PARTNER_LINE,
    partner_profile,
    share_with_a_partner,
)
from coopdesk.services.sharing.inbox import ConflictNotice
from coopdesk.services.workspace_services import Services
from coopdesk.ui.main_window import MainWindow
from tests.ui.keyboard import ALT, CTRL, in_dialog, name_of, press, tab_to, type_text

# The offscreen platform says what a real one would do on a show, and for popups (a
# completer's list) on raising it and grabbing the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow], services: Services) -> MainWindow:
    made = make_window(services)
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
    made.nav.setFocus()  # where the window puts the focus when it opens
    return made


def go_to(window: MainWindow, key: Qt.Key) -> None:
    press(key, CTRL)
    assert window.current_page() is not None


def test_create_a_project_with_partners(qtbot: Any, window: MainWindow,
                                        services: Services) -> None:
    for name in ("Club de foot", "Jardin partagé"):
        services.organisations.create(OrganisationFields(name=name))

    go_to(window, Qt.Key.Key_2)
    page = window.current_page()
    assert page is window.page("projects")

    def new_project(dialog: QWidget) -> None:
        tab_to("Title")
        type_text("Fête de quartier")
        press(Qt.Key.Key_Return)  # the dialog's default button: Save

    in_dialog(new_project, title="New project")
    press(Qt.Key.Key_N, CTRL)
    assert [p.title for p in services.projects.list()] == ["Fête de quartier"]
    assert page.showing_detail()
    tab_bar = tab_to("Overview")  # the project's tabs: the arrows go from one to the next
    press(Qt.Key.Key_Right)
    assert name_of(tab_bar).startswith("Partners")

    for name in ("Club de foot", "Jardin partagé"):
        def add_partner(dialog: QWidget, name: str = name) -> None:
            tab_to("Organisation")
            type_text(name.split()[0])  # a list box finds an item by its first letters
            tab_to("Save")
            press(Qt.Key.Key_Space)

        in_dialog(add_partner)
        tab_to("Add a partner")
        press(Qt.Key.Key_Space)
    project = services.projects.list()[0]
    partners = services.projects.detail(project.id).partners
    assert sorted(p.organisation_name for p in partners) == ["Club de foot", "Jardin partagé"]


def save_with_the_keyboard(dialog: QWidget) -> None:
    tab_to("Save")
    press(Qt.Key.Key_Space)


def test_plan_a_meeting_agenda_attendance_vote_and_print_the_minutes(
        qtbot: Any, window: MainWindow, services: Services) -> None:
    centre = services.organisations.create(OrganisationFields(name="Centre social")).id
    club = services.organisations.create(OrganisationFields(name="Union sportive")).id
    for first, organisation in (("Marie", centre), ("Karim", club)):
        services.people.create(PersonFields(first_name=first, last_name="Martin",
                                            organisation_id=organisation))
    project = services.projects.create(ProjectFields(title="Fête de quartier")).id
    for organisation in (centre, club):
        services.partners.create(ProjectPartnerFields(project_id=project,
                                                      organisation_id=organisation))

    go_to(window, Qt.Key.Key_4)
    assert window.current_page() is window.page("meetings")

    def new_meeting(dialog: QWidget) -> None:
        tab_to("Title")
        type_text("Comité de pilotage")
        tab_to("Project")
        type_text("Fête")
        tab_to("Starts")
        type_text("15/01/2027 18:30")
        tab_to("Ends")
        type_text("20:00")
        save_with_the_keyboard(dialog)

    in_dialog(new_meeting, title="New meeting")
    press(Qt.Key.Key_N, CTRL)
    [row] = services.meeting_details.rows()
    meeting = row.meeting.id
    assert row.meeting.project_id == project

    # The meeting's page is open on its agenda: Ctrl+N adds an item there.
    for title in ("Bilan de la fête", "Budget 2027"):
        def new_item(dialog: QWidget, title: str = title) -> None:
            tab_to("Title")
            type_text(title)
            save_with_the_keyboard(dialog)

        in_dialog(new_item, title="New agenda item")
        press(Qt.Key.Key_N, CTRL)

    tab_bar = tab_to("Agenda (2)")
    press(Qt.Key.Key_Right)
    assert name_of(tab_bar).startswith("Attendance")
    tab_to("Fill from the project's partners")
    press(Qt.Key.Key_Space)
    tab_to("Attendance")
    press(Qt.Key.Key_A, CTRL)  # select everyone, then the button's mnemonic: Alt+P
    press(Qt.Key.Key_P, ALT)  # a mnemonic clicks its button after a short flash
    qtbot.waitUntil(lambda: services.meeting_details.detail(meeting).counts.present == 2)
    assert services.meeting_details.detail(meeting).partners_attending == 2

    tab_bar = tab_to("Attendance (2 of 2)")
    press(Qt.Key.Key_Right)
    assert name_of(tab_bar).startswith("Decisions")

    def decision(dialog: QWidget) -> None:
        tab_to("Decision")
        type_text("Reconduire la fête en 2027")
        tab_to("Agenda item")
        type_text("1")
        tab_to("Vote")
        press(Qt.Key.Key_Down)  # no vote recorded → unanimous
        press(Qt.Key.Key_Down)  # → counted: the counts' fields appear
        tab_to("Votes for")
        type_text("5")
        tab_to("Votes against")
        type_text("0")
        tab_to("Abstentions")
        type_text("1")
        save_with_the_keyboard(dialog)

    in_dialog(decision, title="New decision")
    press(Qt.Key.Key_N, CTRL)
    [line] = services.meeting_details.detail(meeting).decisions
    assert line.decision.text == "Reconduire la fête en 2027"
    assert line.agenda_title == "Bilan de la fête"
    assert (line.decision.votes_for, line.decision.votes_against,
            line.decision.votes_abstain) == (5, 0, 1)

    previews: list[QWidget] = []

    def preview(dialog: QWidget) -> None:
        previews.append(dialog)
        press(Qt.Key.Key_Escape)

    in_dialog(preview, title="Print preview: Minutes: Comité de pilotage")
    press(Qt.Key.Key_P, CTRL)
    assert len(previews) == 1 and not previews[0].isVisible()


def test_log_an_exchange_with_a_follow_up(qtbot: Any, window: MainWindow,
                                          services: Services) -> None:
    club = services.organisations.create(OrganisationFields(name="Union sportive")).id
    karim = services.people.create(PersonFields(first_name="Karim", last_name="Benali",
                                                organisation_id=club)).id

    go_to(window, Qt.Key.Key_5)
    assert window.current_page() is window.page("exchanges")
    press(Qt.Key.Key_N, CTRL)  # to the quick entry
    tab_to("With whom")
    type_text("Karim")
    press(Qt.Key.Key_Tab)  # leaving the field takes its only match
    tab_to("Subject")
    type_text("Prêt du gymnase")
    tab_to("Summary")
    type_text("Le club prête le gymnase le samedi matin.")
    tab_to("Follow-up")
    type_text("Envoyer la convention")
    tab_to("Follow-up date")
    type_text("20/01/2027")
    press(Qt.Key.Key_Return, CTRL)

    [entry] = services.exchanges.list()
    assert (entry.person_id, entry.subject) == (karim, "Prêt du gymnase")
    assert entry.follow_up == "Envoyer la convention"
    assert entry.follow_up_on == dt.date(2027, 1, 20) and not entry.follow_up_done


def test_restore_from_the_trash(qtbot: Any, window: MainWindow, services: Services) -> None:
    kept = services.projects.create(ProjectFields(title="Jardin partagé")).id
    gone = services.projects.create(ProjectFields(title="Fête de quartier")).id
    services.projects.delete(gone)

    go_to(window, Qt.Key.Key_0)
    assert window.current_page() is window.page("trash")
    tab_to("Deleted records")
    qtbot.waitUntil(lambda: window.page("trash").selected_items() != [])  # its only row
    press(Qt.Key.Key_Return)  # Enter restores

    assert sorted(p.id for p in services.projects.list()) == sorted([kept, gone])


def test_resolve_a_sync_conflict(qtbot: Any, make_window: Callable[..., MainWindow],
                                 demo_services: Services) -> None:
    share_with_a_partner(demo_services)  # a partner and we both changed one description
    [notice] = demo_services.sync_inbox.notices()
    assert isinstance(notice, ConflictNotice)
    partner = partner_profile().name
    window = make_window(demo_services)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    go_to(window, Qt.Key.Key_9)
    page = window.current_page()
    assert page is window.page("sync")
    qtbot.waitUntil(lambda: len(page.inbox.notices()) == 1)  # read in a worker
    tab_to("Things to look at")  # the conflict is selected: its choices follow

    def keep_the_partners_version(dialog: QWidget) -> None:
        tab_to(f"Keep {partner}'s version", prefix=True)
        press(Qt.Key.Key_Space)

    in_dialog(keep_the_partners_version)
    tab_to("Compare and choose…")
    press(Qt.Key.Key_Space)

    assert demo_services.sync_inbox.notices() == ()
    description = demo_services.organisations.get(notice.record_id).description
    assert PARTNER_LINE in description and OWN_LINE not in description
