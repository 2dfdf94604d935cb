"""The demo's general assembly as a secretary sees it: its procès-verbal in French read back
from the PDF, the compte rendu of a cooperation without a lead partner, the meeting form's
new fields, the quorum counted live on the attendance tab, and the vote form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget

from coopdesk.domain.enums import AttendanceStatus, MeetingKind, VoteKind
from coopdesk.services.meeting_lock import MeetingLockedError
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.pages.meetings.meeting_dialog import MeetingDialog
from coopdesk.ui.pages.meetings.page import MeetingsPage
from coopdesk.ui.pages.meetings.part_dialogs import DecisionDialog
from coopdesk.ui.printing import write_pdf
from tests.pdf_reading import pdf_text
from tests.ui.test_meetings_page import click_save

ASSEMBLY = "Assemblée générale ordinaire du consortium"


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    return Services(demo_workspace)


def in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing (or out of order) after {text[position:][:200]!r}"
        position = found + len(part)


def pdf_of(services: Services, meeting_id: str, path: Path) -> str:
    write_pdf(services.minutes.document(meeting_id, QtWording()), path)
    return pdf_text(path)


def test_the_demo_assembly_prints_a_proces_verbal_to_sign(
        qapp: object, services: Services, ui_language: Callable[[str], None],
        tmp_path: Path) -> None:
    ui_language("fr")
    assembly = services.minutes.find_meeting(ASSEMBLY)
    text = pdf_of(services, assembly, tmp_path / "pv.pdf")
    in_order(text, [
        "Coopération Quartier des Tilleuls", "Procès-verbal de l'assemblée générale ordinaire",
        ASSEMBLY, "Membres ayant voix délibérative", "Centre social Les Tilleuls",
        "Autres partenaires", "Caisse d'allocations familiales du Rhône",
        "Type de réunion", "Assemblée générale ordinaire", "Ouverture de la séance", "18 h 30",
        "Lieu", "Centre social Les Tilleuls, salle polyvalente", "Projet de procès-verbal",
        "La séance est ouverte le", "à 18 h 30",
        "Les membres ont été convoqués le", "par Jean-Pierre Garnier (président, Centre "
        "social Les Tilleuls), par courrier électronique et par courrier postal.",
        "La séance est présidée par Jean-Pierre Garnier (président, Centre social Les "
        "Tilleuls) ; Thomas Rousseau (secrétaire,", "en est secrétaire de séance.",
        "Structures ayant voix délibérative : 4 ; présentes : 2 ; représentées : 1 ; soit 3 "
        "présentes ou représentées.",
        "Le quorum étant fixé à 1/2 des structures ayant voix délibérative, soit 2, il est "
        "atteint : les membres présents et représentés peuvent valablement délibérer.",
        "Pouvoir non compté : Union sportive des Tilleuls, représentée par Jean-Pierre "
        "Garnier, qui en détient déjà 1 (le maximum par personne).",
        "Assistent sans voix délibérative : Caisse d'allocations familiales du Rhône "
        "(financeur).",
        "Présences", "Centre social Les Tilleuls", "Aïcha Diallo", "Excusé·e",
        "Jean-Pierre Garnier", "Présent·e", "Collectif Arts & Murs", "Julien Mercier",
        "Représenté·e par Jean-Pierre Garnier", "Union sportive des Tilleuls",
        "Sofiane Haddad", "Absent·e",
        "Caisse d'allocations familiales du Rhône — financeur, sans voix délibérative",
        "Hélène Dubois", "Présent·e",
        "Ordre du jour et délibérations", "1. Rapport moral et d'activité 2025",
        "Décision n° 1 : L'assemblée approuve le rapport moral",
        "Adoptée à l'unanimité des membres présents et représentés.",
        "2. Rapport financier", "Adoptée par 2 voix pour, 1 ne prenant pas part au vote.",
        "Détail du vote :", "Adoptée par 2 voix pour, 1 abstention.",
        "Rejetée par 1 voix pour, 2 contre.",
        "Adoptée à bulletin secret par 2 voix pour, 1 abstention.",
        "L'ordre du jour étant épuisé, la séance est levée à 20 h 45.",
        "Président·e de séance", "Jean-Pierre Garnier", "Président — Centre social",
        "Secrétaire de séance", "Thomas Rousseau", "Signataire", "Nadia Ouhibi",
        "Présidente — Association des parents", "Procès-verbal non encore approuvé."])
    # Approved at a later meeting, it says so and is locked.
    services.minutes.approve(assembly, services.minutes.find_meeting(
        "Comité de pilotage du consortium"))
    approved = pdf_of(services, assembly, tmp_path / "approved.pdf")
    assert "Procès-verbal approuvé lors de la réunion « Comité de pilotage du consortium »" \
        in approved
    with pytest.raises(MeetingLockedError):
        services.meeting_details.fill_attendance(assembly)


def test_a_cooperation_without_lead_says_no_cheffe_de_file(
        qapp: object, services: Services, ui_language: Callable[[str], None],
        tmp_path: Path) -> None:
    ui_language("fr")
    meeting = services.minutes.find_meeting("Réunion de préparation de la fête")
    text = pdf_of(services, meeting, tmp_path / "cr.pdf")
    assert "cheffe de file" not in text and "chef de file" not in text
    in_order(text, ["Compte rendu de réunion", "Type de réunion", "Réunion de travail",
                    "Président·e de séance", "Karim Benali",
                    "Adoptée à l'unanimité des membres présents et représentés.",
                    "Adoptée par 4 voix pour, 1 ne prenant pas part au vote.",
                    "la séance est levée à 19 h 55.", "Président·e de séance",
                    "Karim Benali", "Président bénévole — Union sportive des Tilleuls",
                    "Secrétaire de séance", "Léa Moreau"])


def test_the_meeting_form_takes_the_new_fields_from_the_keyboard(
        qtbot: Any, services: Services) -> None:
    meeting_id = services.minutes.find_meeting("Réunion de préparation de la fête")
    dialog = MeetingDialog(services, services.meetings.get(meeting_id))
    qtbot.addWidget(dialog)
    new = {"kind": dialog.kind_combo, "president_person_id": dialog.president_combo,
           "convened_on": dialog.convened_edit, "convened_by_person_id": dialog.convener_combo,
           "convocation_means": dialog.means_combo, "closed_at": dialog.closed_edit,
           "quorum_overridden": dialog.own_quorum_check, "quorum": dialog.quorum_edit,
           "max_proxies": dialog.proxies_edit}
    for name, widget in new.items():
        assert widget.accessibleName(), name
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, name
        assert dialog.field_widget(name) is widget
    # the meeting's own rule starts as the project's (quorum 3), typed only when checked
    assert not dialog.quorum_edit.isEnabled()
    dialog.own_quorum_check.setChecked(True)
    assert dialog.quorum_edit.isEnabled() and dialog.quorum_edit.text() == "3"
    people = {dialog.president_combo.itemText(n): dialog.president_combo.itemData(n)
              for n in range(dialog.president_combo.count())}
    karim = next(pid for label, pid in people.items() if label.startswith("Karim Benali"))
    dialog.kind_combo.set_value(MeetingKind.BUREAU)
    dialog.president_combo.set_value(karim)
    dialog.convened_edit.setText("01/01/2099")
    dialog.closed_edit.setText("19h40")
    dialog.quorum_edit.setText("beaucoup")
    click_save(dialog)
    assert "not a quorum" in dialog.error_label("quorum").text()
    dialog.quorum_edit.setText("2/3")
    dialog.proxies_edit.setText("1")
    click_save(dialog)
    assert "before the meeting" in dialog.error_label("convened_on").text()
    dialog.convened_edit.setText("20/11/2026")
    click_save(dialog)
    assert dialog.result() == MeetingDialog.DialogCode.Accepted, dialog.banner.text()
    saved = services.meetings.get(meeting_id)
    assert (saved.kind, saved.president_person_id, saved.quorum_overridden,
            saved.quorum_numerator, saved.quorum_denominator, saved.max_proxies) == (
        MeetingKind.BUREAU, karim, True, 2, 3, 1)
    assert saved.closed_at is not None and (saved.closed_at.hour, saved.closed_at.minute) == (
        19, 40)
    assert saved.convened_on is not None and saved.convened_on.isoformat() == "2026-11-20"


def test_the_attendance_tab_counts_the_quorum_live(qtbot: Any, services: Services) -> None:
    page = MeetingsPage(services, Bus())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    assembly = services.minutes.find_meeting(ASSEMBLY)
    assert page.show_record("meeting", assembly)
    tab = page.detail_view.attendance
    assert tab.quorum_label.text() == ("✔ Quorum reached: 3 of 4 voting partners present or "
                                       "represented (2 needed).")
    details = tab.quorum_details.text()
    for part in ("Rule: 1/2 of the 4 voting partners (this meeting's own rule).",
                 "2 present, 1 represented by proxy.", "At most 1 proxies per person.",
                 "Proxy not counted: Union sportive des Tilleuls (held by Jean-Pierre "
                 "Garnier, who already holds the most allowed).",
                 "Attending without a vote: Caisse d'allocations familiales du Rhône."):
        assert part in details
    names = [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]
    assert "Caisse d'allocations familiales du Rhône (no vote)" in names
    # Léa Moreau of the club turns up after all: the club is present, its proxy not needed.
    selection = tab.tree.selectionModel()
    for group in tab.model.groups():
        for line in group.lines:
            if line.person_name == "Léa Moreau":
                selection.select(tab.model.index_of(line.id),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    tab.status_buttons[AttendanceStatus.PRESENT].click()
    qtbot.waitUntil(lambda: "4 of 4" in tab.quorum_label.text())
    assert "Proxy not counted" not in tab.quorum_details.text()
    assert "3 present, 1 represented by proxy." in tab.quorum_details.text()


def test_the_vote_form_shows_what_the_kind_of_vote_needs(qtbot: Any, services: Services) -> None:
    assembly = services.minutes.find_meeting(ASSEMBLY)
    detail = services.meeting_details.detail(assembly)
    dialog = DecisionDialog(services, assembly, detail.agenda)
    qtbot.addWidget(dialog)
    dialog.show()

    def shown(widget: QWidget) -> bool:
        return widget.isVisibleTo(dialog)

    assert not shown(dialog.for_edit) and not shown(dialog.secret_check)
    dialog.kind_combo.set_value(VoteKind.COUNTED)
    assert shown(dialog.for_edit) and shown(dialog.apart_edit) and shown(dialog.named_edit)
    dialog.for_edit.setText("1")
    dialog.against_edit.setText("2")
    assert dialog.outcome_combo.currentText() == "Rejected"  # suggested from the counts
    dialog.secret_check.setChecked(True)
    assert not shown(dialog.named_edit)  # a secret ballot names nobody
    dialog.text_edit.setPlainText("Le local ouvre le dimanche.")
    click_save(dialog)
    assert dialog.result() == DecisionDialog.DialogCode.Accepted, dialog.banner.text()
    [line] = [d for d in services.meeting_details.detail(assembly).decisions
              if d.decision.text == "Le local ouvre le dimanche."]
    assert line.decision.result is not None and not line.decision.result.adopted
    assert line.decision.secret_ballot and line.decision.named_votes == ""
