"""Small HTML builders for printable documents (the subset QTextDocument lays out well).

Every argument is HTML already: escape user text with `documents.esc` before passing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import esc


@dataclass(frozen=True)
class Column:
    """A table column: its header (HTML), its width in percent, right-aligned numbers."""

    header: str
    width: int
    numeric: bool = False


def table(columns: Sequence[Column], rows: Sequence[Sequence[str]], *,
          footer: Sequence[str] | None = None) -> str:
    """A bordered table; its header row repeats on every page the table runs over."""

    def cell(tag: str, column: Column, content: str, css: str = "") -> str:
        classes = " ".join(c for c in (css, "num" if column.numeric else "") if c)
        attr = f' class="{classes}"' if classes else ""
        return f"<{tag}{attr} width=\"{column.width}%\">{content}</{tag}>"

    head = "".join(cell("th", c, c.header) for c in columns)
    body = ["<tr>" + "".join(cell("td", c, v) for c, v in zip(columns, row, strict=True))
            + "</tr>" for row in rows]
    if footer is not None:
        body.append('<tr class="total">' + "".join(
            cell("td", c, v) for c, v in zip(columns, footer, strict=True)) + "</tr>")
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="4" '
            'style="border-collapse: collapse; border-color: #9aa5b1;">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def facts(rows: Sequence[tuple[str, str]]) -> str:
    """Label/value lines without borders (empty values are left out)."""
    kept = [(label, value) for label, value in rows if value]
    if not kept:
        return ""
    lines = "".join(f'<tr><td width="30%" class="muted">{label}</td><td>{value}</td></tr>'
                    for label, value in kept)
    return f'<table width="100%" cellspacing="0" cellpadding="3">{lines}</table>'


def paragraph(content: str, css: str = "") -> str:
    """A paragraph, or nothing for empty content."""
    if not content:
        return ""
    attr = f' class="{css}"' if css else ""
    return f"<p{attr}>{content}</p>"


def boxed(content: str) -> str:
    """Content in a light grey box (a quoted text such as a charter)."""
    return ('<table width="100%" cellspacing="0" cellpadding="8" class="quote" '
            f'style="background-color: #f4f6f8;"><tr><td>{content}</td></tr></table>')


class WordedParts:
    """Base of a document's part builders: its words, translated in the Qt context
    `CONTEXT` of the subclass through the `Wording`, escaped for HTML."""

    CONTEXT: ClassVar[str]

    def __init__(self, wording: Wording) -> None:
        self.w = wording

    def t(self, source: str) -> str:
        return self.w.tr(self.CONTEXT, source)

    def te(self, source: str, **values: object) -> str:
        """A translated, escaped sentence with its values put in (escaped too)."""
        return esc(self.t(source).format(**{k: str(v) for k, v in values.items()}))

    def none(self, source: str) -> str:
        return paragraph(esc(self.t(source)), "muted")

    def columns(self, *spec: tuple[str, int] | tuple[str, int, bool]) -> list[Column]:
        return [Column(esc(self.t(s[0])), s[1], bool(s[2]) if len(s) > 2 else False)
                for s in spec]
