"""Reading back the PDFs the app writes with pypdf (a test dependency), so that the tests
need no system program to read a PDF."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def one_line(text: str) -> str:
    """Ligatures undone (NFKC) and every run of white space made one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(path: Path, *, layout: bool = False) -> list[str]:
    """The text of each page in reading order (table cells whole); *layout* keeps the
    page's lines and columns as drawn (columns apart), for a table of contents.
    The reading order splits a word that Qt kerns apart ("P remier"); layout does not."""
    mode = "layout" if layout else "plain"
    return [page.extract_text(extraction_mode=mode) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """The whole document's text on one line (see `one_line`)."""
    return one_line(" ".join(page_texts(path)))


def pdf_pages(path: Path, *, layout: bool = False) -> list[str]:
    """Each non-empty page's text on one line."""
    return [one_line(text) for text in page_texts(path, layout=layout) if text.strip()]


@dataclass(frozen=True)
class PdfInfo:
    pages: int
    title: str
    #: Width and height of the first page, in points.
    page_size: tuple[float, float]


def pdf_info(path: Path) -> PdfInfo:
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    title = reader.metadata.title if reader.metadata is not None else None
    return PdfInfo(len(reader.pages), title or "", (float(box.width), float(box.height)))


def image_sizes(path: Path) -> list[tuple[int, int]]:
    """(width, height) in pixels of every image the pages draw (forms searched too)."""
    sizes: list[tuple[int, int]] = []

    def walk(resources: Any) -> None:
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for ref in (xobjects.get_object().values() if xobjects is not None else ()):
            item = ref.get_object()
            if item.get("/Subtype") == "/Image":
                sizes.append((int(item["/Width"]), int(item["/Height"])))
            elif item.get("/Subtype") == "/Form":
                walk(item.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return sizes
