"""The renderer of printable documents (ui.printing), checked by reading the PDF back with
pypdf and the ODT: A4 pages, footer with title and "page n / N", page breaks, table
headers repeated, the table of contents, atomic writes, escaped text."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from coopdesk.services.documents import PrintableDocument, esc
from coopdesk.ui.printing import print_on, write_odt, write_pdf
from tests.pdf_reading import pdf_info, pdf_pages, pdf_text

HOSTILE = "<b>gras</b> & <script>alert('é')</script>"


def odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = archive.read("content.xml").decode("utf-8")
    return " ".join(re.sub(r"<[^>]+>", " ", content).split())


def long_table(rows: int) -> str:
    body = "".join(f"<tr><td>Ligne n°{n}</td><td>{n * 3}</td></tr>" for n in range(1, rows + 1))
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%">'
            "<thead><tr><th>Intitulé de colonne</th><th>Quantité</th></tr></thead>"
            f"<tbody>{body}</tbody></table>")


def test_pdf_has_a4_pages_with_title_and_page_numbers(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    document = PrintableDocument("Compte rendu d'essai", "<h1>Réunion</h1>" + long_table(150))
    pages = write_pdf(document, path)
    assert pages >= 3
    info = pdf_info(path)
    assert info.pages == pages
    assert info.title == "Compte rendu d'essai"
    width, height = info.page_size  # A4: 595 x 842 points
    assert round(width) == 595 and round(height) in (841, 842)
    texts = pdf_pages(path)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Compte rendu d'essai page {number} / {pages}" in text
        # The table's header row is repeated on every page it runs over.
        assert text.count("Intitulé de colonne") == 1
    whole = pdf_text(path)
    positions = [whole.index(f"Ligne n°{n} ") for n in (1, 2, 75, 149, 150)]
    assert positions == sorted(positions)


def test_page_breaks_and_table_of_contents(qapp: object, tmp_path: Path) -> None:
    html = ('<p>Couverture</p><p>Sommaire</p><div id="toc"></div>'
            '<div class="page-break"></div><h1>Premier chapitre</h1>' + long_table(120)
            + '<h2>Une section</h2><p>texte</p>'
            '<div class="page-break"></div><h1>Deuxième chapitre</h1><p>fin</p>')
    path = tmp_path / "toc.pdf"
    pages = write_pdf(PrintableDocument("Dossier", html, toc=True), path)
    texts = pdf_pages(path)
    assert len(texts) == pages
    assert texts[0].startswith("Couverture Sommaire")
    assert "Premier chapitre" not in texts[0].split("Sommaire")[0]

    def page_of(heading: str) -> int:
        return next(n for n, text in enumerate(texts, start=1)
                    if n > 1 and heading in text)

    first, section, second = (page_of(h) for h in ("Premier chapitre", "Une section",
                                                   "Deuxième chapitre"))
    assert first == 2 and section > first and second == section + 1 == pages
    contents = pdf_pages(path, layout=True)[0]  # the page as drawn: title, then page
    assert f"Premier chapitre {first}" in contents
    assert f"Une section {section}" in contents
    assert f"Deuxième chapitre {second}" in contents


def test_hostile_text_prints_as_text(qapp: object, tmp_path: Path) -> None:
    lines = esc("première ligne\nseconde ligne")
    assert lines == "première ligne<br/>seconde ligne"
    document = PrintableDocument(HOSTILE, f"<p>{esc(HOSTILE)}</p><p>{lines}</p>")
    write_pdf(document, tmp_path / "h.pdf")
    text = pdf_text(tmp_path / "h.pdf")
    assert text.count("<b>gras</b> & <script>alert('é')</script>") == 2  # body and footer
    write_odt(document, tmp_path / "h.odt")
    content = odt_text(tmp_path / "h.odt")
    assert "&lt;b&gt;gras&lt;/b&gt; &amp; &lt;script&gt;alert(&apos;é&apos;)" in content \
        or "&lt;b&gt;gras&lt;/b&gt; &amp; &lt;script&gt;alert('é')" in content


def test_odt_reads_back_with_its_text_and_tables(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "doc.odt"
    write_odt(PrintableDocument("Essai", "<h1>Réunion</h1>" + long_table(5)), path)
    text = odt_text(path)
    assert "Réunion" in text and "Intitulé de colonne" in text and "Ligne n°5" in text
    with zipfile.ZipFile(path) as archive:
        assert "<table:table " in archive.read("content.xml").decode("utf-8")


def test_failed_writes_raise_oserror_and_leave_nothing(qapp: object, tmp_path: Path) -> None:
    document = PrintableDocument("Essai", "<p>x</p>")
    missing = tmp_path / "nowhere" / "doc.pdf"
    with pytest.raises(OSError, match="nowhere"):
        write_pdf(document, missing)
    with pytest.raises(OSError, match="nowhere"):
        write_odt(document, missing.with_suffix(".odt"))
    assert not missing.parent.exists()
    # A write over an existing file replaces it whole, with no temporary file left.
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "doc.pdf"
    target.write_bytes(b"old")
    write_pdf(document, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["doc.pdf"]


def test_print_on_a_printer_paints_every_page(qapp: object, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    pages = print_on(PrintableDocument("Imprimé", long_table(120)), printer)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    texts = pdf_pages(tmp_path / "printer.pdf")
    assert len(texts) == pages >= 2
    assert f"Imprimé page {pages} / {pages}" in texts[-1]


def test_print_preview_paints_the_pages_and_closes(qtbot: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication

    from coopdesk.ui import printing

    painted: list[int] = []
    real = printing.print_on

    def counting(document: PrintableDocument, printer: QPrinter) -> int:
        pages = real(document, printer)
        painted.append(pages)
        return pages

    monkeypatch.setattr(printing, "print_on", counting)
    seen: list[str] = []

    def close_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            QTimer.singleShot(10, close_when_shown)
            return
        seen.append(dialog.windowTitle())
        qtbot.waitUntil(lambda: bool(painted))
        dialog.reject()

    QTimer.singleShot(0, close_when_shown)
    printing.show_print_preview(PrintableDocument("Aperçu", long_table(120)), None)
    assert seen == ["Print preview: Aperçu"]
    assert painted and painted[0] >= 2
