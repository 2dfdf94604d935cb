"""The record commands read and write the procès-verbal's fields, and `minutes` prints a
general assembly's procès-verbal to PDF and ODT."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from coopdesk.services.workspace_services import Services
from coopdesk.ui.i18n import remove_translators
from tests.cli.test_cli_records import Capsys, get_json, ok
from tests.pdf_reading import pdf_text
from tests.services.proces_verbal_world import build
from tests.ui.test_printing import odt_text


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    yield
    remove_translators(qapp)
    QLocale.setDefault(previous)


def test_set_get_and_print_a_proces_verbal(qapp: object, capsys: Capsys, services: Services,
                                           tmp_path: Path) -> None:
    world = build(services)
    folder = services.workspace.folder
    meeting, decision = world.meeting, world.decisions[0]
    ok(capsys, "-w", folder, "set", "meeting", meeting, "kind=board",
       f"president_person_id={world.people['marc']}", "closed_at=2026-03-14T20:40",
       "convened_on=2026-02-20", "convocation_means=email", "quorum_overridden=true",
       "quorum=3", "quorum_numerator=", "quorum_denominator=", "max_proxies=2")
    ok(capsys, "-w", folder, "set", "decision", decision, "vote_kind=counted", "votes_for=3",
       "votes_against=1", "votes_not_taking_part=1", "outcome=adopted", "secret_ballot=true")
    data = get_json(capsys, folder, "meeting", meeting)["fields"]
    assert (data["kind"], data["president_person_id"], data["closed_at"][:16],
            data["convened_on"], data["quorum_overridden"], data["quorum"],
            data["max_proxies"]) == ("board", world.people["marc"], "2026-03-14T20:40",
                                     "2026-02-20", True, 3, 2)
    voted = get_json(capsys, folder, "decision", decision)["fields"]
    assert (voted["vote_kind"], voted["votes_not_taking_part"], voted["secret_ballot"]) == (
        "counted", 1, True)
    pdf, odt = tmp_path / "pv.pdf", tmp_path / "pv.odt"
    out = ok(capsys, "--temp-basedir", "-w", folder, "minutes", meeting, "--pdf", pdf,
             "--odt", odt)
    assert "Procès-verbal du conseil d'administration" in out
    text = pdf_text(pdf)
    for part in ("Procès-verbal du conseil d'administration", "La séance est présidée par Marc "
                 "Petit (trésorier, Centre social)", "Le quorum étant fixé à 3 structures, il "
                 "est atteint", "Adoptée à bulletin secret par 3 voix pour, 1 contre, 1 ne "
                 "prenant pas part au vote.", "la séance est levée à 20 h 40."):
        assert part in text
    assert "Procès-verbal du conseil d'administration" in odt_text(odt)
