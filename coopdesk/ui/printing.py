"""Render a `PrintableDocument` (HTML built by a service) on A4 pages: PDF, ODT, printer.

The HTML is laid out by a QTextDocument paginated on the A4 text area. Every page gets a
footer with the document's title and "page n / N". A `<div class="page-break"></div>` (or
CSS `page-break-before: always`) starts a new page; a table with a `<thead>` repeats its
header row on every page it spans. With `toc=True`, the headings (h1, h2) after the element
of id "toc" are listed in it with their page numbers, found by laying the document out
twice.

Files are written atomically: to a temporary file next to the target, renamed over it once
complete; a failed write leaves nothing behind and raises OSError.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from coopdesk.services.documents import PrintableDocument, esc

#: Layout unit: the document is laid out at 96 dots per inch, then scaled to the device.
LAYOUT_DPI = 96.0
PDF_DPI = 300
MM = LAYOUT_DPI / 25.4
A4_MM = (210.0, 297.0)
#: Page margins (left, top, right, bottom) in millimetres; the footer sits in the bottom one.
MARGINS_MM = (20.0, 18.0, 20.0, 22.0)
FOOTER_GAP_MM = 8.0

BASE_CSS = """
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 17pt; margin-top: 6pt; margin-bottom: 6pt; }
h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 5pt; }
h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
th { background-color: #e8e8e8; font-weight: bold; text-align: left; }
.page-break { page-break-before: always; }
.toc-page { text-align: right; }
"""

#: Rounds of `_keep_together` fixes (a 300-person attendance sheet needs about 20).
MAX_KEEP_ROUNDS = 200
#: Layout pixels a grown row goes past the page's end (the next row then starts below it).
ROW_GAP = 2.0
#: (where in the document, how to fix it)
_Fix = tuple[float, Callable[[], None]]

_PAGE_BREAK = re.compile(r'<div\s+class="page-break"\s*>\s*</div>', re.IGNORECASE)
_TOC = re.compile(r'(<(\w+)\b[^>]*\bid="toc"[^>]*>)(.*?)(</\2\s*>)', re.IGNORECASE | re.DOTALL)
_TOC_MARKER = "\u2063coopdesk-toc\u2063"
#: Starts each page cell of the contents (an invisible separator, printed as nothing).
_PAGE_MARKER = "\u2063"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


class _Pages:
    """A laid-out document: its QTextDocument paginated on the text area of an A4 page."""

    def __init__(self, document: PrintableDocument) -> None:
        self.title = document.title
        left, top, right, bottom = MARGINS_MM
        # Whole pixels: the layout works in 1/64 px, and a page break must fall exactly on
        # a page's edge or a block is drawn on two pages.
        self.width = float(int((A4_MM[0] - left - right) * MM))
        self.height = float(int((A4_MM[1] - top - bottom) * MM))
        source = _PAGE_BREAK.sub('<p style="page-break-before: always; margin: 0;"></p>',
                                 document.html)
        if document.toc and _TOC.search(source):
            self.doc = self._with_toc(source)
        else:
            self.doc = self._layout(source)

    def _layout(self, source: str, *, paginate: bool = True) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(BASE_CSS)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(10)
        doc.setDefaultFont(font)
        doc.setHtml(source)
        if paginate:
            doc.setPageSize(QSizeF(self.width, self.height))
            self._keep_together(doc)
        return doc

    def _keep_together(self, doc: QTextDocument) -> None:
        """Move to the next page a heading that would end a page, a short table (up to
        three rows: signature lines, a box) that would be cut in two, and a row of a table
        with a header row that would be cut in two (the row before it grows to the page's
        end). One fix per round, the first in the document, since each one lays out what
        follows again."""
        for _ in range(MAX_KEEP_ROUNDS):
            fixes = [*self._short_table_fixes(doc), *self._heading_fixes(doc),
                     *self._row_fixes(doc)]
            if not fixes:
                return
            min(fixes, key=lambda fix: fix[0])[1]()

    def _short_table_fixes(self, doc: QTextDocument) -> Iterator[_Fix]:
        layout = doc.documentLayout()
        for table in _short_tables(doc):
            rect = layout.frameBoundingRect(table)
            if rect.height() < self.height and self._spans_pages(rect.top(), rect.bottom()):
                yield rect.top(), partial(_break_before_table, table)

    def _heading_fixes(self, doc: QTextDocument) -> Iterator[_Fix]:
        layout = doc.documentLayout()
        for block in _blocks(doc):
            if block.blockFormat().headingLevel() and self._orphan(doc, block):
                yield layout.blockBoundingRect(block).top(), partial(_break_before_block,
                                                                     block)

    def _row_fixes(self, doc: QTextDocument) -> Iterator[_Fix]:
        """The first row cut by a page of each table that repeats a header row; a row
        higher than a quarter of a page may be cut (it would leave too much blank)."""
        layout = doc.documentLayout()
        for table in _tables(doc):
            header = table.format().headerRowCount()
            if header < 1:
                continue
            for row in range(header, table.rows()):
                top, bottom = _row_extent(layout, table, row)
                if bottom - top > self.height / 4 or not self._spans_pages(top, bottom):
                    continue
                if row == header:  # the first row: the table (and its header) moves
                    if not table.format().pageBreakPolicy() & \
                            QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                        yield top, partial(_break_before_table, table)
                else:
                    boundary = (int(top // self.height) + 1) * self.height
                    yield top, partial(_grow_row, table, row - 1, boundary - top)
                break

    def _spans_pages(self, top: float, bottom: float) -> bool:
        return int(top // self.height) != int((bottom - 1) // self.height)

    def _orphan(self, doc: QTextDocument, block: QTextBlock) -> bool:
        """The heading is the last thing on its page (what it introduces is on the next)."""
        following = block.next()
        if not following.isValid() or block.blockFormat().pageBreakPolicy() & \
                QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return False
        layout = doc.documentLayout()
        here = layout.blockBoundingRect(block)
        if here.top() % self.height < 1:
            return False  # already at the top of a page
        after = layout.blockBoundingRect(following)
        return int(here.top() // self.height) < int((after.top() + after.height() / 2)
                                                     // self.height)

    @property
    def count(self) -> int:
        return max(1, self.doc.pageCount())

    def page_of(self, block: QTextBlock, doc: QTextDocument | None = None) -> int:
        doc = doc or self.doc
        top = doc.documentLayout().blockBoundingRect(block).top()
        return int(top // self.height) + 1

    # -- table of contents -------------------------------------------------------------
    def _with_toc(self, source: str) -> QTextDocument:
        """Lay the document out once with the contents listed and their page cells holding
        a marker (the rows keep their height whatever the numbers), then write the numbers
        in one edit (one more layout pass, which moves nothing)."""
        marked = _TOC.sub(lambda match: match.group(1) + _TOC_MARKER + match.group(4), source,
                          count=1)
        plain = self._layout(marked, paginate=False)  # block structure only: no layout
        marker = plain.find(_TOC_MARKER)
        after = marker.position() if not marker.isNull() else 0
        headings = [(block.blockFormat().headingLevel(), block.text())
                    for block in _blocks(plain)
                    if block.blockFormat().headingLevel() in (1, 2) and block.position() > after]
        doc = self._layout(_TOC.sub(
            lambda match: match.group(1) + _toc_html(headings) + match.group(4), source,
            count=1))
        for _ in range(3):  # writing the numbers could move a heading; it settles at once
            pages = self._heading_pages(doc, len(headings))
            if not self._write_toc_pages(doc, pages):
                break
        return doc

    @staticmethod
    def _write_toc_pages(doc: QTextDocument, pages: list[int]) -> bool:
        """Put *pages* in the toc's page cells; False when they hold these numbers already."""
        cells = []
        found = doc.find(_PAGE_MARKER)
        while not found.isNull():
            cell = QTextCursor(found)
            cell.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                              QTextCursor.MoveMode.KeepAnchor)
            cells.append(cell)
            found = doc.find(_PAGE_MARKER, found)
        wanted = [_PAGE_MARKER + str(page) for page in pages]
        if [cell.selectedText() for cell in cells] == wanted:
            return False
        editing = QTextCursor(doc)
        editing.beginEditBlock()  # one layout pass for all the numbers
        for cell, text in zip(cells, wanted, strict=True):
            cell.insertText(text)
        editing.endEditBlock()
        return True

    def _heading_pages(self, doc: QTextDocument, count: int) -> list[int]:
        blocks = [block for block in _blocks(doc) if block.blockFormat().headingLevel() in (1, 2)]
        # The headings listed are the last *count* ones (those after the toc).
        return [self.page_of(block, doc) for block in blocks[len(blocks) - count:]]

    # -- painting ----------------------------------------------------------------------
    def paint(self, device: QPagedPaintDevice, new_page: Callable[[], bool]) -> None:
        """Paint every page on *device*, whose origin is the paper's top left corner."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("cannot start drawing on the printer or file")
        try:
            scale = device.logicalDpiX() / LAYOUT_DPI
            painter.scale(scale, device.logicalDpiY() / LAYOUT_DPI)
            left, top, _right, _bottom = MARGINS_MM
            total = self.count
            for page in range(total):
                if page and not new_page():
                    raise OSError("cannot add a page to the printer or file")
                painter.save()
                painter.translate(left * MM, top * MM - page * self.height)
                # A block starting exactly on the next page's edge is not drawn here.
                self.doc.drawContents(painter, QRectF(0, page * self.height, self.width,
                                                      self.height - 0.5))
                painter.restore()
                self._footer(painter, page + 1, total)
        finally:
            painter.end()

    def _footer(self, painter: QPainter, number: int, total: int) -> None:
        left, _top, _right, bottom = MARGINS_MM
        font = QFont("DejaVu Sans")
        font.setPixelSize(round(8 * LAYOUT_DPI / 72))  # 8 pt in layout units
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        y = (A4_MM[1] - bottom + FOOTER_GAP_MM) * MM
        line_y = y - 2 * MM
        painter.drawLine(int(left * MM), int(line_y), int(left * MM + self.width), int(line_y))
        metrics = QFontMetricsF(font)
        pages = _tr("page {number} / {total}").format(number=number, total=total)
        pages_width = metrics.horizontalAdvance(pages) + 4
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight,
                                   self.width - pages_width - 6 * MM)
        box = QRectF(left * MM, y, self.width, metrics.height() + 2)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         pages)
        painter.restore()


def _tables(doc: QTextDocument) -> Iterator[QTextTable]:
    frames = list(doc.rootFrame().childFrames())
    while frames:
        frame = frames.pop(0)
        if isinstance(frame, QTextTable):
            yield frame
        frames.extend(frame.childFrames())


def _short_tables(doc: QTextDocument) -> Iterator[QTextTable]:
    return (table for table in _tables(doc) if table.rows() <= 3)


def _row_extent(layout: QAbstractTextDocumentLayout, table: QTextTable,
                row: int) -> tuple[float, float]:
    """The top of the first line and the bottom of the last line of a table's row."""
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.rowSpan() != 1:
            continue
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        last = layout.blockBoundingRect(cell.lastCursorPosition().block())
        bottoms.append(last.bottom())
    return (min(tops), max(bottoms)) if tops else (0.0, 0.0)


def _break_before_table(table: QTextTable) -> None:
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)


def _break_before_block(block: QTextBlock) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def _grow_row(table: QTextTable, row: int, by: float) -> None:
    """Make the cells of *row* taller by *by* (bottom padding): the row after it then
    starts on the next page, below the repeated header."""
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row:
            continue
        fmt = cell.format().toTableCellFormat()
        fmt.setBottomPadding(fmt.bottomPadding() + by + ROW_GAP)
        cell.setFormat(fmt)


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _toc_html(headings: list[tuple[int, str]]) -> str:
    """The contents: one row per heading, its page cell holding the marker the numbers are
    written after. Fixed column widths: the numbers must not change the rows' height."""
    rows = []
    for level, text in headings:
        indent = "" if level == 1 else "padding-left: 16px;"
        weight = "font-weight: bold;" if level == 1 else ""
        rows.append(f'<tr><td width="90%" style="{indent}{weight}">{esc(text)}</td>'
                    f'<td width="10%" class="toc-page" align="right">{_PAGE_MARKER}</td></tr>')
    return ('<table width="100%" cellspacing="0" cellpadding="2">' + "".join(rows)
            + "</table>")


def _a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


@contextlib.contextmanager
def _atomic_target(path: Path) -> Iterator[Path]:
    """A temporary file next to *path*, renamed over it when the block ends without error."""
    path = Path(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                        dir=path.parent)
    except OSError as exc:
        raise OSError(exc.errno, f"cannot write in the folder {path.parent}: "
                      f"{exc.strerror or exc}", str(path)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def lay_out(document: PrintableDocument) -> QTextDocument:
    """The document's QTextDocument as laid out on A4 (with its table of contents filled)."""
    return _Pages(document).doc


def write_pdf(document: PrintableDocument, path: Path) -> int:
    """Write *document* as a PDF file at *path*; returns the number of pages."""
    pages = _Pages(document)
    with _atomic_target(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(_a4_layout())
        writer.setTitle(document.title)
        writer.setCreator("coopdesk")
        pages.paint(writer, writer.newPage)
        del writer  # flushes and closes the file
        if temporary.stat().st_size == 0:
            raise OSError(f"could not write the PDF file {path}")
    return pages.count


def write_odt(document: PrintableDocument, path: Path) -> None:
    """Write *document* as an OpenDocument text file (.odt) at *path*, to edit in
    LibreOffice."""
    doc = _Pages(document).doc
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    with _atomic_target(path) as temporary:
        writer = QTextDocumentWriter(str(temporary), b"odf")
        if not writer.write(doc):
            raise OSError(f"could not write the ODT file {path}")


def print_on(document: PrintableDocument, printer: QPrinter) -> int:
    """Paint *document* on *printer* (a printer or a preview); returns the number of pages."""
    pages = _Pages(document)
    printer.setFullPage(True)
    printer.setPageLayout(_a4_layout())
    printer.setDocName(document.title)
    pages.paint(printer, printer.newPage)
    return pages.count


def show_print_preview(document: PrintableDocument, parent: QWidget | None) -> None:
    """Show the print preview of *document*; its print button sends it to a printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print preview: {title}").format(title=document.title))
    dialog.paintRequested.connect(lambda target: print_on(document, target))
    dialog.exec()
    dialog.deleteLater()
