"""Full-text search across the workspace (local index: private entries are included)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from coopdesk.store import search_index
from coopdesk.store.db import Database
from coopdesk.store.search_index import Terms

#: Put around each matched word in `SearchHit.snippet`; show the text between them in bold.
#: Control characters (STX, ETX): never typed, so they cannot clash with the text.
MATCH_START = "\x02"
MATCH_END = "\x03"
ELLIPSIS = "…"
#: Kinds of record search can return.
SEARCHABLE_KINDS = frozenset(search_index.INDEXED_KINDS)
MAX_LIMIT = 500
SNIPPET_WORDS = 16
#: Words shown before the first match of a snippet.
SNIPPET_LEAD = 3
_MARKERS = re.compile(f"[{MATCH_START}{MATCH_END}]")


@dataclass(frozen=True)
class SearchHit:
    """One found record.

    `snippet` is one line of the record's text around the match (its body, or its title
    when only the title matched): each matched word is between MATCH_START ("\\x02") and
    MATCH_END ("\\x03"), and "…" marks text left out. `snippet_parts` splits it for display.
    `rank` is the bm25 score: lower (more negative) is more relevant; hits come sorted by it.
    """

    kind: str
    id: str
    title: str
    snippet: str
    rank: float

    def snippet_parts(self) -> tuple[tuple[str, bool], ...]:
        """The snippet as (text, is_match) pieces, in order, without the markers."""
        parts: list[tuple[str, bool]] = []
        for index, piece in enumerate(self.snippet.split(MATCH_START)):
            if index == 0:
                matched, rest = "", piece
            else:
                matched, _, rest = piece.partition(MATCH_END)
            if matched:
                parts.append((matched, True))
            if rest:
                parts.append((rest, False))
        return tuple(parts)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, limit: int = 20,
               kinds: Iterable[str] | None = None) -> list[SearchHit]:
        """Records containing every word of *text*, best first.

        Case and accents are ignored; a word of two letters or more also finds longer
        words ("reun" finds "Réunion"). Anything typed is accepted: quotes, operators and
        symbols are plain text, and text without a word finds nothing. *kinds* restricts
        the kinds of record returned; an unknown kind is a programming error (ValueError).
        """
        wanted = None
        if kinds is not None:
            wanted = sorted(set(kinds))
            unknown = set(wanted) - SEARCHABLE_KINDS
            if unknown:
                raise ValueError(f"not searchable: {', '.join(sorted(unknown))}")
            if not wanted:
                return []
        terms = Terms.parse(text)
        if terms is None or limit <= 0:
            return []
        with self.db.reading() as session:
            docs = search_index.query(session.connection(), terms, min(limit, MAX_LIMIT),
                                      wanted)
        return [SearchHit(kind=doc.kind, id=doc.record_id, title=doc.title,
                          snippet=snippet(terms, doc.title, doc.body), rank=doc.score)
                for doc in docs]


def snippet(terms: Terms, title: str, body: str) -> str:
    """An extract of *body* around the words matching *terms* (of *title* if none does)."""
    fallback = ""
    for value in (body, title):
        value = _MARKERS.sub(" ", unicodedata.normalize("NFC", value))
        tokens = search_index.words(value)
        hits = [n for n, token in enumerate(tokens) if terms.matches(token.group())]
        if hits:
            return _extract(value, tokens, hits)
        if tokens and not fallback:
            fallback = _extract(value, tokens, [])
    return fallback


def _extract(value: str, tokens: list[re.Match[str]], hits: list[int]) -> str:
    start = 0
    if hits:
        # The window showing the most different matched words, from the earliest on.
        def variety(first: int) -> int:
            return len({tokens[n].group().lower() for n in hits
                        if first <= n < first + SNIPPET_WORDS})
        best = max(hits[:200], key=lambda n: (variety(max(n - SNIPPET_LEAD, 0)), -n))
        start = max(best - SNIPPET_LEAD, 0)
    end = min(start + SNIPPET_WORDS, len(tokens))
    start = max(min(start, end - SNIPPET_WORDS), 0)
    matched = set(hits)
    pieces = [ELLIPSIS] if start > 0 else [value[:tokens[0].start()]]  # opening punctuation
    for n in range(start, end):
        token = tokens[n]
        if n > start:
            pieces.append(value[tokens[n - 1].end():token.start()])
        pieces.append(f"{MATCH_START}{token.group()}{MATCH_END}" if n in matched
                      else token.group())
    if end < len(tokens):
        pieces.append(ELLIPSIS)
    elif end:
        pieces.append(value[tokens[end - 1].end():])  # closing punctuation
    return " ".join("".join(pieces).split())
