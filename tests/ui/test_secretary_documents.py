"""The secretary's paper trail (issue 15, items 6, 7, 8, 10, 11) on real workspaces: the
attendance sheet read back from its PDF, the invitation parsed with icalendar, the e-mail
drafts parsed with Python's email package, the action plan's PDF, and one reading of
charter acceptance for the project page and the dossier."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence
from sqlalchemy import select

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import OPEN_ACTION_STATUSES, MeetingStatus
from coopdesk.domain.meetings import AgendaItemFields, MeetingFields
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.action_plan import ActionFilter
from coopdesk.services.action_plan_sheet import ActionPlanSheetService
from coopdesk.services.attendance_sheet import AttendanceSheetService
from coopdesk.services.dossier import DossierService
from coopdesk.services.invitation import InvitationService, usable_address
from coopdesk.services.mail_draft import MeetingMailService
from coopdesk.services.meeting_people import MeetingPeopleService
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.store.workspace import Workspace
from coopdesk.sync.hlc import wall_ms
from coopdesk.ui.bus import Bus
from coopdesk.ui.document_exports import DocumentExports
from coopdesk.ui.pages.actions.page import ActionsPage
from coopdesk.ui.pages.meetings.sending import SendDialog
from coopdesk.ui.pages.projects.page import ProjectsPage
from coopdesk.ui.printing import write_pdf
from tests.conftest import TEST_PROFILE
from tests.pdf_reading import pdf_info, pdf_pages, pdf_text

HOSTILE = "<b>gras</b> & <script>alert(1)</script>"


def meeting_id(services: Services, title: str) -> str:
    return services.minutes.find_meeting(title)


# -- the attendance sheet --------------------------------------------------------------
def test_a_200_person_assembly_has_every_name_once_and_headers_on_every_page(
        qapp: Any, services: Services, tmp_path: Path) -> None:
    project = services.projects.create(ProjectFields(title="Assemblée des habitants")).id
    structures = []
    for number in range(8):
        org = services.organisations.create(OrganisationFields(
            name=f"Structure {number} {HOSTILE}")).id
        services.partners.create(ProjectPartnerFields(project_id=project, organisation_id=org))
        structures.append(org)
    for n in range(200):
        services.people.create(PersonFields(
            first_name=f"Prénom{n:03d}", last_name=f"Nom{n:03d}",
            organisation_id=structures[n % 8], role=f"Rôle{n:03d} bénévole"
            + (" au conseil d'administration, trésorière adjointe" if n % 3 == 0 else "")))
    meeting = services.meetings.create(MeetingFields(
        title="Assemblée générale", starts_at=dt.datetime(2027, 3, 20, 14, 0),
        project_id=project)).id
    document = AttendanceSheetService(services.db).document(meeting)
    path = tmp_path / "emargement.pdf"
    write_pdf(document, path)
    pages = pdf_pages(path)
    text = " ".join(pages)
    assert len(pages) > 5
    for n in range(200):
        assert text.count(f"Prénom{n:03d} Nom{n:03d}") == 1
        # a row is never cut by a page: the name and its role are on the same page
        [page] = [p for p in pages if f"Prénom{n:03d} Nom{n:03d}" in p]
        assert f"Rôle{n:03d}" in page
    with_people = [p for p in pages if "Prénom" in p]
    assert all("Represented by" in p and "Signature" in p for p in with_people)
    assert text.count(f"Structure 3 {HOSTILE}") == 1  # markup stays text
    assert "200 people expected from 8 structures." in text
    assert "Other participants" in pages[-1] or "Other participants" in pages[-2]
    assert pdf_info(path).title == "Attendance sheet: Assemblée générale"


# -- who is invited, and the invitation -------------------------------------------------
def test_the_invitation_names_organiser_attendees_and_agenda(demo_services: Services) -> None:
    meeting = meeting_id(demo_services, "bilan")
    people = MeetingPeopleService(demo_services.db).people(meeting)
    invitation = InvitationService(demo_services.db).invitation(meeting)
    calendar = icalendar.Calendar.from_ical(invitation.ics)
    assert calendar["METHOD"] == "REQUEST"
    [event] = calendar.walk("VEVENT")
    organiser = event["ORGANIZER"]
    assert organiser == "mailto:thomas.rousseau@example.org"  # the secretary of the meeting
    assert organiser.params["CN"] == "Thomas Rousseau"
    attendees = sorted(str(a).removeprefix("mailto:") for a in event.get("ATTENDEE"))
    assert attendees == sorted(people.addresses()) and len(attendees) == 14
    assert "Fatoumata Traoré" in [p.name for p, _org in people.without_email()]
    description = str(event["DESCRIPTION"])
    assert "Agenda:" in description
    assert "1. Approbation du compte rendu du comité précédent" in description
    assert "5. Point sur les actions en cours" in description
    assert event["UID"] == f"meeting-{meeting}@coopdesk"
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 17, 18, 0,
                                                   tzinfo=event.decoded("DTSTART").tzinfo)
    assert str(event.decoded("DTSTART").tzinfo) == "Europe/Paris"


def later_clock(services: Services, seconds: int) -> None:
    """This laptop's clock *seconds* ahead from now on (edits get later stamps)."""
    services.db.sync.physical = lambda: wall_ms() + seconds * 1000
    services.db.sync.reset()


def test_sequence_rises_with_every_change_and_a_cancelled_meeting_is_a_cancel(
        demo_services: Services, tmp_path: Path) -> None:
    meeting = meeting_id(demo_services, "bilan")
    invitations = InvitationService(demo_services.db)
    first = invitations.invitation(meeting)
    # the same data on another laptop gives the same invitation, byte for byte
    copy = tmp_path / "copie"
    demo_services.workspace.db.engine.dispose()
    shutil.copytree(demo_services.workspace.folder, copy)
    with Workspace.open(copy, TEST_PROFILE) as other:
        assert InvitationService(other.db).invitation(meeting).ics == first.ics
    later_clock(demo_services, 10)
    record = demo_services.meetings.get(meeting)
    demo_services.meetings.update(meeting, replace(_fields(record), place="Salle B"))
    moved = invitations.invitation(meeting)
    assert moved.sequence > first.sequence
    later_clock(demo_services, 20)
    demo_services.agenda.create(AgendaItemFields(meeting_id=meeting, title="Questions "
                                                 "diverses"))
    longer = invitations.invitation(meeting)
    assert longer.sequence > moved.sequence
    assert "6. Questions diverses" in str(icalendar.Calendar.from_ical(longer.ics)
                                          .walk("VEVENT")[0]["DESCRIPTION"])
    later_clock(demo_services, 30)
    demo_services.meetings.update(meeting, replace(_fields(demo_services.meetings.get(meeting)),
                                                   status=MeetingStatus.CANCELLED))
    cancelled = invitations.invitation(meeting)
    calendar = icalendar.Calendar.from_ical(cancelled.ics)
    assert calendar["METHOD"] == "CANCEL" and cancelled.method == "CANCEL"
    [event] = calendar.walk("VEVENT")
    assert event["STATUS"] == "CANCELLED"
    assert int(event["SEQUENCE"]) == cancelled.sequence > longer.sequence
    assert len(event.get("ATTENDEE")) == 14


def _fields(record: Any) -> MeetingFields:
    names = MeetingFields.__dataclass_fields__
    return MeetingFields(**{name: getattr(record, name) for name in names})


# -- e-mail drafts ----------------------------------------------------------------------
def parse(raw: bytes) -> email.message.EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_invitation_draft_is_an_unsent_eml_with_the_ics(demo_services: Services) -> None:
    meeting = meeting_id(demo_services, "bilan")
    draft = MeetingMailService(demo_services.db, "Marie Dupont").invitation_draft(meeting)
    message = parse(draft.eml())
    assert message["X-Unsent"] == "1"
    assert message["From"] is None  # the mail program's own account sends it
    assert str(message["Subject"]).startswith("Invitation: Comité de pilotage – bilan")
    to = [address.addr_spec for address in message["To"].addresses]
    assert to == draft.addresses and len(to) == 14
    assert "Marie Lefebvre" in [a.display_name for a in message["To"].addresses]
    body = message.get_body(("plain",)).get_content()
    assert "To let know another way (no e-mail address): Fatoumata Traoré" in body
    assert "1. Approbation du compte rendu du comité précédent" in body
    [attachment] = message.iter_attachments()
    assert attachment.get_filename() == "invitation.ics"
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_param("method") == "REQUEST"
    calendar = icalendar.Calendar.from_ical(attachment.get_payload(decode=True))
    assert calendar["METHOD"] == "REQUEST"


def test_minutes_draft_carries_a_readable_pdf(qapp: Any, demo_services: Services,
                                              tmp_path: Path) -> None:
    meeting = meeting_id(demo_services, "Comité de pilotage du consortium")
    pdf = tmp_path / "cr.pdf"
    write_pdf(demo_services.minutes.document(meeting), pdf)
    draft = MeetingMailService(demo_services.db).minutes_draft(meeting, pdf.read_bytes())
    message = parse(draft.eml())
    assert message["X-Unsent"] == "1"
    assert str(message["Subject"]) == "Minutes: Comité de pilotage du consortium, 6 October 2026"
    [attachment] = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    back = tmp_path / "back.pdf"
    back.write_bytes(attachment.get_payload(decode=True))
    assert "Comité de pilotage du consortium" in pdf_text(back)


def test_hostile_names_and_addresses_stay_out_of_the_headers(demo_services: Services) -> None:
    meeting = meeting_id(demo_services, "bilan")
    record = demo_services.meetings.get(meeting)
    person = demo_services.people.create(PersonFields(
        first_name="Ève\r\nBcc: pirate@example.org", last_name=HOSTILE,
        email="eve@example.org\r\nBcc: pirate@example.org")).id
    demo_services.attendance.create(_attendance(meeting, person))
    demo_services.meetings.update(meeting, replace(_fields(record), title="A" * 400))
    assert usable_address("eve@example.org\r\nBcc: x@y.org") == ""
    draft = MeetingMailService(demo_services.db).invitation_draft(meeting)
    raw = draft.eml()
    message = parse(raw)
    assert message["Bcc"] is None and b"pirate@example.org>" not in raw
    assert all(line.startswith((b" ", b"\t")) or b":" in line or not line
               for line in raw.split(b"\r\n\r\n")[0].split(b"\r\n"))
    body = message.get_body(("plain",)).get_content()
    assert HOSTILE in body  # text, as typed
    assert any(HOSTILE in name for name in draft.without_email)
    event = icalendar.Calendar.from_ical(
        InvitationService(demo_services.db).invitation(meeting).ics).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "A" * 400


def _attendance(meeting: str, person: str) -> Any:
    from coopdesk.domain.meetings import AttendanceFields

    return AttendanceFields(meeting_id=meeting, person_id=person)


def test_send_dialog_opens_the_draft_or_copies_the_addresses(
        qtbot: Any, demo_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = meeting_id(demo_services, "bilan")
    draft = MeetingMailService(demo_services.db).invitation_draft(meeting)
    opened: list[QUrl] = []
    monkeypatch.setattr(SendDialog, "open_url",
                        classmethod(lambda cls, url: opened.append(url) or True))
    dialog = SendDialog(draft)
    qtbot.addWidget(dialog)
    assert "Fatoumata Traoré" in dialog.others.toPlainText()
    assert dialog.open_in_mail_program()
    [url] = opened
    assert parse(Path(url.toLocalFile()).read_bytes())["X-Unsent"] == "1"
    text = dialog.copy_addresses()
    assert QGuiApplication.clipboard().text() == text
    assert text.split(", ") == draft.addresses
    monkeypatch.setattr(SendDialog, "open_url", classmethod(lambda cls, url: False))
    assert not dialog.open_in_mail_program()
    assert "Copy the addresses" in dialog.status.text()


# -- the action plan --------------------------------------------------------------------
def test_action_plan_pdf_names_its_filters(qapp: Any, demo_services: Services,
                                           tmp_path: Path) -> None:
    with demo_services.db.reading() as session:
        centre = session.scalar(select(m.Organisation.id).where(
            m.Organisation.name == "Centre social Les Tilleuls"))
    where = ActionFilter(organisation_id=centre, statuses=OPEN_ACTION_STATUSES,
                         today=dt.date(2026, 12, 8))
    service = ActionPlanSheetService(demo_services.db, "Coop")
    kept = {row.action.title for row in demo_services.actions.rows(where, limit=None)}
    others = {row.action.title for row in demo_services.actions.rows(limit=None)} - kept
    assert kept and others
    path = tmp_path / "plan.pdf"
    write_pdf(service.document(where), path)
    title = pdf_info(path).title
    assert title == "Action plan: open actions · partner Centre social Les Tilleuls"
    text = pdf_text(path)
    assert all(" ".join(t.split()) in text for t in kept)
    assert not any(" ".join(t.split()) in text for t in others)


def test_actions_page_prints_what_it_shows(qtbot: Any, demo_services: Services,
                                           monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    page = ActionsPage(demo_services, Bus())
    qtbot.addWidget(page)
    page.today = lambda: dt.date(2026, 12, 8)
    assert page.preview_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    page.filters.search_edit.setText(HOSTILE)
    shown: list[str] = []
    monkeypatch.setattr(DocumentExports, "show_preview",
                        classmethod(lambda cls, document, parent: shown.append(document.title)))
    page.preview_plan()
    assert shown == [f"Action plan: open actions · search “{HOSTILE}”"]
    page.filters.search_edit.clear()
    page.filters.period_combo.setCurrentIndex(page.filters.period_combo.findData("overdue"))
    target = tmp_path / "plan"
    monkeypatch.setattr(DocumentExports, "ask_file", classmethod(lambda cls, *a: target))
    written = page.export_plan_pdf()
    assert written == tmp_path / "plan.pdf"
    assert pdf_info(written).title == "Action plan: open actions · overdue"
    assert len(re.findall(r"Late \(\d+ d\)", pdf_text(written))) == page.model.total


# -- charter acceptance -----------------------------------------------------------------
def test_project_page_and_dossier_agree_on_who_has_not_accepted(
        qtbot: Any, demo_services: Services) -> None:
    with demo_services.db.reading() as session:
        project = session.scalar(select(m.Project.id).where(
            m.Project.title == "Parentalité et réussite éducative aux Tilleuls"))
    [line] = demo_services.projects.detail(project).charters
    assert line.current is not None and line.current.number == 2
    missing = [s.name for s in line.missing(line.current.id)]
    assert missing == ["Union sportive des Tilleuls"]  # funders and supporters do not sign
    page = ProjectsPage(demo_services, Bus())
    qtbot.addWidget(page)
    assert page.show_record("project", project)
    tab = page.detail_view.charter
    assert [name for _id, name in tab.missing_partners(line.current)] == missing
    html = DossierService(demo_services.db).document(project).html
    assert "Not yet accepted version 2: Union sportive des Tilleuls." in html
    assert "Caisse d&#x27;allocations" not in html.split("Not yet accepted")[1][:200]
