"""The secretary's commands on the demo workspace: `minutes --eml`, `invite`,
`attendance-sheet`, `actions` and `calendar --no-overdue`, French by default, outputs
through the workspace's checks."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import icalendar
import pytest

from coopdesk.domain.profile import Profile
from coopdesk.services.demo import create_demo_workspace
from tests.cli.test_cli import assert_one_line_error as assert_error
from tests.cli.test_cli import run as run_cli
from tests.cli.test_cli_outputs import english_afterwards, snapshot
from tests.pdf_reading import pdf_info, pdf_text


def assert_one_line_error(code: int, out: str, err: str, *words: str) -> None:
    assert_error(code, out, err, *words, lang="fr")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """The command in this laptop's language (French by default): its documents and
    messages are French."""
    return run_cli(capsys, *argv, lang=None)

__all__ = ["english_afterwards"]  # autouse: the next tests get English back


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("secretary") / "demo"
    create_demo_workspace(folder, Profile(name="Marie Dupont")).close()
    return folder


def test_minutes_with_an_eml_draft(qapp: object, capsys: pytest.CaptureFixture[str],
                                   demo: Path, tmp_path: Path) -> None:
    pdf, odt, eml = tmp_path / "cr.pdf", tmp_path / "cr.odt", tmp_path / "cr.eml"
    code, out, err = run(capsys, "--temp-basedir", "-w", demo, "minutes",
                         "Comité de pilotage du consortium",
                         "--pdf", pdf, "--odt", odt, "--eml", eml)
    assert (code, err) == (0, "")
    assert "Brouillon d'e-mail « Compte rendu" in out and "À prévenir autrement" in out
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert str(message["Subject"]).startswith("Compte rendu : Comité de pilotage du consortium")
    body = message.get_body(("plain",)).get_content()
    assert "À prévenir autrement (pas d'adresse e-mail) : Fatoumata Traoré" in body
    [attachment] = message.iter_attachments()
    assert attachment.get_payload(decode=True).startswith(b"%PDF")
    assert pdf.exists() and odt.exists()


def test_invite_writes_ics_and_eml_and_refuses_the_workspace(
        qapp: object, capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path) -> None:
    before = snapshot(demo)
    assert_one_line_error(*run(capsys, "--temp-basedir", "-w", demo, "invite", "bilan",
                               "--ics", tmp_path / "a.ics", "--eml", demo / "x.eml"),
                          "espace de travail")
    assert snapshot(demo) == before and not (tmp_path / "a.ics").exists()
    ics, eml = tmp_path / "invitation.ics", tmp_path / "invitation.eml"
    code, out, err = run(capsys, "--temp-basedir", "-w", demo, "invite", "bilan", "--ics", ics,
                         "--eml", eml)
    assert (code, err) == (0, "")
    assert "Invitation « Comité de pilotage – bilan à mi-parcours »" in out
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    assert calendar["METHOD"] == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert "Ordre du jour :" in str(event["DESCRIPTION"])
    assert len(event.get("ATTENDEE")) == 14
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert str(message["Subject"]).startswith("Invitation : Comité de pilotage")
    assert_one_line_error(*run(capsys, "--temp-basedir", "-w", demo, "invite", "bilan",
                               "--ics", ics), "--force")


def test_attendance_sheet_and_action_plan(qapp: object, capsys: pytest.CaptureFixture[str],
                                          demo: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "emargement.pdf"
    code, out, err = run(capsys, "--temp-basedir", "-w", demo, "attendance-sheet",
                         "Comité de pilotage du consortium", "--pdf", sheet)
    assert (code, err) == (0, "") and "Feuille d'émargement" in out
    assert "Représenté·e par" in pdf_text(sheet)
    plan = tmp_path / "plan.pdf"
    code, out, err = run(capsys, "--temp-basedir", "-w", demo, "actions", "--pdf", plan,
                         "--partner", "Centre social Les Tilleuls", "--open")
    assert (code, err) == (0, "")
    assert pdf_info(plan).title == ("Plan d'action : actions en cours · structure : Centre "
                                    "social Les Tilleuls")
    assert_one_line_error(*run(capsys, "--temp-basedir", "-w", demo, "actions", "--pdf",
                               tmp_path / "autre.pdf", "--partner", "personne"), "personne")


def test_calendar_can_leave_overdue_actions_out(qapp: object,
                                                capsys: pytest.CaptureFixture[str],
                                                demo: Path, tmp_path: Path) -> None:
    every, upcoming = tmp_path / "tout.ics", tmp_path / "avenir.ics"
    assert run(capsys, "-w", demo, "calendar", "--out", every)[0] == 0
    assert run(capsys, "-w", demo, "calendar", "--out", upcoming, "--no-overdue")[0] == 0

    def actions(path: Path) -> int:
        return sum(1 for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
                   if e.get("X-COOPDESK-KIND") == "action")

    assert 0 < actions(upcoming) < actions(every)
