"""The demo's minutes and a 40-item meeting's minutes rendered to PDF and ODT and read back:
every attendee, decision and action present, in order, with accents and page numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.domain.meetings import AgendaItemFields, DecisionFields, MeetingFields
from coopdesk.services.minutes import MinutesService
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.printing import write_odt, write_pdf
from tests.pdf_reading import image_sizes, pdf_pages, pdf_text
from tests.ui.test_printing import odt_text

DEMO_MEETING = "Comité de pilotage du consortium"


@pytest.fixture
def services(demo_workspace: Workspace) -> Iterator[Services]:
    yield Services(demo_workspace)


def _in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing (or out of order) after position {position}"
        position = found + len(part)


def _start(text: str, words: int = 6) -> str:
    return " ".join(text.split()[:words])


def test_demo_minutes_pdf_holds_everything_in_order(qapp: object, services: Services,
                                                    tmp_path: Path) -> None:
    minutes = services.minutes
    meeting_id = minutes.find_meeting(DEMO_MEETING)
    data = minutes.gather(meeting_id)
    assert len(data.detail.decisions) == 3 and data.decided_actions and data.carried
    path = tmp_path / "minutes.pdf"
    pages = write_pdf(minutes.document(meeting_id, QtWording()), path)
    text = pdf_text(path)
    attendees = [line.person_name for group in data.detail.attendance for line in group.lines]
    assert "Aïcha Diallo" in attendees and "Hélène Dubois" in attendees
    _in_order(text, [
        "Minutes of the meeting", DEMO_MEETING, "Parentalité et réussite éducative",
        "Attendance", *attendees, "Quorum reached",
        "Agenda and discussions",
        *[f"{line.number}. {_start(line.item.title, 4)}" for line in data.detail.agenda],
        "Decisions", *[_start(line.decision.text) for line in data.detail.decisions],
        "Actions decided", *[_start(line.action.title, 4) for _n, line in data.decided_actions],
        "Open actions carried over", *[_start(line.action.title, 4) for line in data.carried],
        "Next meeting", "Comité de pilotage – bilan à mi-parcours",
        "President of the meeting", "Jean-Pierre Garnier", "Secretary of the meeting",
        "Thomas Rousseau", "Minutes not approved yet."])
    assert "Julien Mercier Represented by Jean-Pierre Garnier" in text
    assert "lead partner" not in text
    assert "2 700 €" in text  # accents and symbols kept
    texts = pdf_pages(path)
    assert len(texts) == pages >= 2
    for number, page in enumerate(texts, start=1):
        assert page.endswith(f"Minutes: {DEMO_MEETING} page {number} / {pages}")


def test_demo_minutes_odt_reads_back(qapp: object, services: Services, tmp_path: Path) -> None:
    meeting_id = services.minutes.find_meeting(DEMO_MEETING)
    path = tmp_path / "minutes.odt"
    write_odt(services.minutes.document(meeting_id), path)
    text = odt_text(path)
    for part in ("Minutes of the meeting", "Aïcha Diallo", "Hélène Dubois",
                 "Recruter deux bénévoles", "Actions decided", "Secretary of the meeting"):
        assert part in text


def test_approved_minutes_print_their_approval_and_annotations(
        qapp: object, services: Services, tmp_path: Path) -> None:
    minutes = services.minutes
    held = minutes.find_meeting(DEMO_MEETING)
    later = minutes.find_meeting("bilan à mi-parcours")
    minutes.approve(held, later)
    minutes.annotate(held, "Erratum : l'acompte est de 2 700 € <b>TTC</b>.")
    path = tmp_path / "approved.pdf"
    write_pdf(minutes.document(held), path)
    text = pdf_text(path)
    _in_order(text, ["Minutes approved at the meeting “Comité de pilotage – bilan à "
                     "mi-parcours”", "Annotations after approval",
                     "Erratum : l'acompte est de 2 700 € <b>TTC</b>.",
                     "Approved at the meeting"])


def test_forty_item_meeting_splits_cleanly(qapp: object, tmp_path: Path,
                                           workspace: Workspace) -> None:
    services = Services(workspace)
    meeting = services.meetings.create(MeetingFields(
        title="Assemblée générale ordinaire", starts_at=dt.datetime(2026, 6, 20, 9, 30),
        place="Salle des fêtes")).id
    for n in range(1, 41):
        item = services.agenda.create(AgendaItemFields(
            meeting_id=meeting, title=f"Point n°{n} : rapport d'activité {n}",
            notes=f"Débat sur le point {n}. " * 12, outcome=f"Conclusion du point {n}.")).id
        services.decisions.create(DecisionFields(meeting_id=meeting, agenda_item_id=item,
                                                 text=f"Décision n°{n} adoptée.",
                                                 votes_for=20 + n, votes_against=n % 3,
                                                 votes_abstain=1))
    path = tmp_path / "ag.pdf"
    pages = write_pdf(MinutesService(workspace.db, "Réseau").document(meeting), path)
    assert pages >= 5
    text = pdf_text(path)
    _in_order(text, [f"{n}. Point n°{n} :" for n in range(1, 41)])
    _in_order(text, [f"Décision n°{n} adoptée." for n in range(1, 41)])
    texts = pdf_pages(path)
    decision_pages = [page for page in texts if "Décision n°" in page]
    assert len(decision_pages) >= 2
    for page in decision_pages:  # the table's header row starts every page it runs over
        assert "No. Decision Vote" in page


def test_logos_next_to_the_template_are_printed(qapp: object, services: Services,
                                                tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from coopdesk.services.documents import user_templates_dir

    folder = user_templates_dir()
    folder.mkdir(parents=True)
    logo = QImage(240, 120, QImage.Format.Format_RGB32)
    logo.fill(QColor("#1f3a5f"))
    assert logo.save(str(folder / "logo.png"))
    (folder / "logos").mkdir()
    partner = QImage(90, 90, QImage.Format.Format_RGB32)
    partner.fill(QColor("#a61b1b"))
    assert partner.save(str(folder / "logos" / "Collectif Arts & Murs.png"))
    path = tmp_path / "logo.pdf"
    document = services.minutes.document(services.minutes.find_meeting(DEMO_MEETING))
    assert 'alt="Collectif Arts &amp; Murs"' in document.html
    write_pdf(document, path)
    assert sorted(image_sizes(path)) == [(90, 90), (240, 120)]
