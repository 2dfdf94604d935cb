"""The cooperation dossier and the partner's action list rendered to PDF and read back with
pypdf (tests/pdf_reading.py); the buttons and the menu entry that produce them; the command line."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields
from coopdesk.services.documents import PrintableDocument
from coopdesk.services.dossier import DossierService
from coopdesk.services.partner_actions_sheet import PartnerActionsSheetService
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.ui.bus import Bus
from coopdesk.ui.document_exports import DocumentExports
from coopdesk.ui.document_wording import QtWording
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.directory.page import DirectoryPage
from coopdesk.ui.pages.projects import ProjectsPage
from coopdesk.ui.printing import write_pdf
from tests.cli.test_cli import subprocess_env
from tests.pdf_reading import page_texts

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SECTIONS = ("The project", "Objectives and indicators", "Partners and commitments",
            "Charter and acceptances", "Meetings and decisions", "Actions and their status",
            "Pooled resources", "Reviews of the cooperation")
TOC_LINE = re.compile(r"^\s*(\S.*?)\s{2,}(\d+)\s*$")


def pdf_text(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    texts = page_texts(path, layout=layout)
    return "\n".join(texts) if page is None else texts[page - 1]


def one_line(text: str) -> str:
    return " ".join(text.split())


def demo_project(services: Services) -> str:
    return DossierService(services.db).find_project("Parentalité")


def test_demo_dossier_pdf_has_every_part_and_a_true_table_of_contents(
        qapp: Any, demo_services: Services, tmp_path: Path) -> None:
    service = DossierService(demo_services.db, demo_services.workspace.name)
    document = service.document(demo_project(demo_services), QtWording())
    pages = write_pdf(document, tmp_path / "dossier.pdf")
    assert pages >= len(SECTIONS) + 2  # cover, contents, one chapter per page at least
    text = pdf_text(tmp_path / "dossier.pdf")
    flat = one_line(text)
    assert "Parentalité et réussite éducative aux Tilleuls" in flat
    assert "Coopération Quartier des Tilleuls" in flat
    for n in range(1, pages + 1):
        assert f"page {n} / {pages}" in flat
    # The contents (page 2) list every chapter with the page where its heading really is.
    contents = pdf_text(tmp_path / "dossier.pdf", 2, layout=True)
    entries = [(one_line(match.group(1)), int(match.group(2)))
               for line in contents.splitlines() if (match := TOC_LINE.match(line))]
    listed = {title: page for title, page in entries}
    assert set(SECTIONS) <= set(listed)
    assert [listed[s] for s in SECTIONS] == sorted(listed[s] for s in SECTIONS)
    assert len(entries) > len(SECTIONS)  # meetings, objectives and reviews too
    for title, page in entries:
        if title.startswith("page "):
            continue
        assert title[:40] in one_line(pdf_text(tmp_path / "dossier.pdf", page)), title
    data = service.data.gather(demo_project(demo_services))
    decisions = [d.decision.text for meeting in data.meetings for d in meeting.decisions]
    assert decisions
    for decision in decisions:
        assert one_line(decision)[:50] in flat
    for partner in data.detail.partners:
        assert partner.organisation_name in flat


def test_partner_sheet_pdf(qapp: Any, services: Services, tmp_path: Path) -> None:
    org = services.organisations.create(OrganisationFields(name="Les Jardins d'Émile")).id
    services.actions.create(ActionFields(title="Préparer l'été <b>vite</b>",
                                         owner_organisation_id=org,
                                         due_on=dt.date.today() - dt.timedelta(days=2)))
    document = PartnerActionsSheetService(services.db).document(org, QtWording())
    assert write_pdf(document, tmp_path / "sheet.pdf") == 1
    flat = one_line(pdf_text(tmp_path / "sheet.pdf"))
    assert "Open actions of Les Jardins d'Émile" in flat
    assert "Préparer l'été <b>vite</b>" in flat
    assert "Late (2 d)" in flat
    assert "page 1 / 1" in flat


def test_project_page_saves_the_dossier(qtbot: Any, demo_services: Services, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Path] = []

    def ask_file(cls: type, parent: Any, title: str, suggested: Path, filters: str) -> Path:
        asked.append(suggested)
        return tmp_path / "mon dossier"

    monkeypatch.setattr(DocumentExports, "ask_file", classmethod(ask_file))
    page = ProjectsPage(demo_services, Bus())
    qtbot.addWidget(page)
    page.open_project(demo_project(demo_services))
    view = page.detail_view
    assert view.dossier_button.isEnabled()
    assert view.dossier_button.text() == "Cooperation dossier (PDF)…"
    view.dossier_button.click()
    written = tmp_path / "mon dossier.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert asked[0].name == ("Cooperation dossier - Parentalité et réussite éducative aux "
                             "Tilleuls.pdf")


def test_no_dossier_for_a_project_in_the_trash(qtbot: Any, services: Services) -> None:
    from coopdesk.domain.projects import ProjectFields

    project_id = services.projects.create(ProjectFields(title="Ancien projet")).id
    services.projects.delete(project_id)
    page = ProjectsPage(services, Bus())
    qtbot.addWidget(page)
    assert page.open_project(project_id)
    assert not page.detail_view.dossier_button.isEnabled()


def test_dossier_write_error_is_reported(qtbot: Any, demo_services: Services, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(DocumentExports, "ask_file", classmethod(
        lambda cls, *args: tmp_path / "missing" / "d.pdf"))
    monkeypatch.setattr(DocumentExports, "show_error", classmethod(
        lambda cls, parent, title, text: errors.append(text)))
    exports = DocumentExports(demo_services)
    assert exports.export_dossier(demo_project(demo_services)) is None
    assert errors and errors[0].startswith("The dossier could not be written")
    assert not (tmp_path / "missing").exists()


def test_organisation_tab_prints_its_open_actions(qtbot: Any, services: Services,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[PrintableDocument] = []
    monkeypatch.setattr(DocumentExports, "show_preview", classmethod(
        lambda cls, document, parent: shown.append(document)))
    org = services.organisations.create(OrganisationFields(name="Collectif Voisins")).id
    services.actions.create(ActionFields(title="Coller les affiches", owner_organisation_id=org))
    page = DirectoryPage(services, Bus())
    qtbot.addWidget(page)
    page.show()
    tab = page.organisations
    action = tab.print_actions_action
    assert action.text() == "&Print its open actions…"
    tab.view.clearSelection()
    assert not action.isEnabled()
    assert tab.select(org)
    qtbot.waitUntil(action.isEnabled)
    action.trigger()
    assert [d.title for d in shown] == ["Open actions of Collectif Voisins"]
    assert "Coller les affiches" in shown[0].html


def test_file_menu_exports_the_calendar(make_window: Callable[..., MainWindow],
                                        demo_services: Services, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DocumentExports, "ask_file", classmethod(
        lambda cls, *args: tmp_path / "agenda"))
    window = make_window(demo_services)
    statuses: list[str] = []
    monkeypatch.setattr(window, "show_status", statuses.append)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.calendar_action in file_menu.actions()
    assert window.calendar_action.text() == "Export the &calendar (.ics)…"
    window.calendar_action.trigger()
    written = (tmp_path / "agenda.ics").read_text(encoding="utf-8")
    with demo_services.db.reading() as session:
        meetings = session.scalars(select(m.Meeting.id).where(m.Meeting.deleted_at.is_(None)))
        for meeting_id in meetings:
            assert f"UID:meeting-{meeting_id}@coopdesk" in written
    assert statuses == [f"Calendar written to {tmp_path / 'agenda.ics'}"]


def test_command_line_writes_the_dossier_and_the_calendar(demo_workspace: Any,
                                                          tmp_path: Path) -> None:
    folder = str(demo_workspace.folder)
    demo_workspace.close()
    pdf, ics = tmp_path / "d.pdf", tmp_path / "c.ics"
    script = ("import sys; from coopdesk.app.main import main; sys.exit(main(sys.argv[1:]))")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                              text=True, encoding="utf-8", env=subprocess_env(), timeout=180,
                              check=False)

    done = run("--workspace", folder, "dossier", "parentalite", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert "Parentalité" in one_line(pdf_text(pdf))
    done = run("--workspace", folder, "calendar", "--out", str(ics))
    assert done.returncode == 0, done.stderr
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    done = run("--workspace", folder, "dossier", "e", "--pdf", str(tmp_path / "x.pdf"))
    assert done.returncode == 2
    assert done.stderr.startswith("coopdesk: error: Several records match e:")
    assert not (tmp_path / "x.pdf").exists()
