"""`coopdesk --workspace DIR minutes MEETING --pdf OUT --odt OUT` on real workspaces."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from coopdesk.domain.meetings import MeetingFields
from coopdesk.services.workspace_services import Services
from coopdesk.ui.i18n import remove_translators
from tests.cli.test_cli import run, subprocess_env
from tests.pdf_reading import pdf_text
from tests.ui.test_printing import odt_text


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """The command installs this laptop's language (French with --temp-basedir) in the
    test process's application: take it back for the tests that follow."""
    previous = QLocale()
    yield
    remove_translators(qapp)
    QLocale.setDefault(previous)


@pytest.fixture
def folder(services: Services) -> Path:
    for title, day in (("Réunion de lancement", 2), ("Réunion de bilan", 20)):
        services.meetings.create(MeetingFields(title=title, place="Salle <b>Tilleuls</b>",
                                               starts_at=dt.datetime(2024, 5, day, 18, 0)))
    return services.workspace.folder


def test_minutes_to_pdf_and_odt(qapp: object, capsys: pytest.CaptureFixture[str],
                                folder: Path, tmp_path: Path) -> None:
    pdf, odt = tmp_path / "cr.pdf", tmp_path / "cr.odt"
    code, out, err = run(capsys, "--temp-basedir", "-w", folder, "minutes", "lancement",
                         "--pdf", pdf, "--odt", odt)
    assert (code, err) == (0, "")
    assert f"(1 page) to {pdf}" in out and f"ODT to {odt}" in out
    assert "Salle <b>Tilleuls</b>" in pdf_text(pdf)
    assert "Réunion de lancement" in odt_text(odt)


def test_ambiguous_missing_or_no_output_is_a_one_line_error(
        qapp: object, capsys: pytest.CaptureFixture[str], folder: Path,
        tmp_path: Path) -> None:
    out_pdf = tmp_path / "cr.pdf"
    code, out, err = run(capsys, "--temp-basedir", "-w", folder, "minutes", "réunion",
                         "--pdf", out_pdf)
    assert code == 2 and out == ""
    assert err.startswith("coopdesk: error: Several records match réunion: ")
    assert "Réunion de lancement (2024-05-02" in err and "Réunion de bilan (2024-05-20" in err
    code, _out, err = run(capsys, "--temp-basedir", "-w", folder, "minutes", "assemblée",
                          "--pdf", out_pdf)
    assert (code, err) == (2, "coopdesk: error: no meeting has the id or title "
                              "“assemblée”\n")
    code, _out, err = run(capsys, "-w", folder, "minutes", "bilan")
    assert code == 2 and "--pdf OUT, --odt OUT or both" in err
    code, _out, err = run(capsys, "--temp-basedir", "-w", folder, "minutes", "bilan",
                          "--pdf", tmp_path / "missing" / "cr.pdf")
    assert code == 2 and err.startswith("coopdesk: error: ") and "missing" in err
    assert not out_pdf.exists()


def test_minutes_runs_without_a_display(folder: Path, tmp_path: Path) -> None:
    """A fresh process without QT_QPA_PLATFORM: the command goes offscreen by itself."""
    env = subprocess_env()
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "coopdesk", "--temp-basedir", "--workspace",
                           str(folder), "minutes", "bilan", "--pdf", str(tmp_path / "b.pdf")],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120, check=False)
    assert (done.returncode, done.stderr) == (0, "")
    assert "Réunion de bilan" in pdf_text(tmp_path / "b.pdf")
