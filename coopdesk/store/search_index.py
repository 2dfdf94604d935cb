"""The local full-text index (SQLite FTS5): what is indexed, keeping it current, querying it.

Two tables, created by migration 0002 and written only by this module:

- `search_doc`: one row per indexed record (kind, record_id, title, body): the text FTS5
  indexes, returned with each hit. A unique index on (kind, record_id) makes a refresh
  a lookup.
- `search_index(title, body, kind)`: the FTS5 index over `search_doc` (external content),
  tokenised with `unicode61 remove_diacritics 2`, so case and accents are ignored both ways.
  User words search title and body; `kind` is indexed only to filter by kind inside FTS5.

What is indexed is declared on the models (`__search__`, `__search_in_parent__`, see
store/base.py) and read here once: adding a searchable kind touches no code of this module.

The index is local only (never synced), so private contact-log entries are in it. Session
events keep it current for ORM writes (`install`); code writing with SQLAlchemy Core calls
`refresh` for the rows it touched, or `reindex_all` after a bulk load.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.store.base import Record, SearchText, table_of
from coopdesk.store.models import ALL_MODELS

DOC_TABLE = "search_doc"
FTS_TABLE = "search_index"
#: bm25 weights of the title and body columns: a title hit outranks a body-only hit.
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
#: Words of a query beyond this are ignored (an FTS5 query's cost grows with its terms).
MAX_QUERY_WORDS = 12
_CHUNK = 500

_NL = "char(10)"


def _joined(*parts: str) -> str:
    return f" || {_NL} || ".join(f"coalesce({part}, '')" for part in parts)


@dataclass(frozen=True)
class IndexedKind:
    """How one kind of record becomes a document: SQL over its row, aliased `t`."""

    kind: str
    table: str
    title_sql: str
    body_sql: str


@dataclass(frozen=True)
class PartText:
    """A kind whose text goes into the document of the record it is part of."""

    kind: str
    table: str
    #: The column naming that record, and the kind of that record.
    column: str
    parent_kind: str
    columns: tuple[str, ...]


def _parent_of(model: type[Record]) -> type[Record]:
    assert model.__part_of__ is not None
    target = next(iter(table_of(model).columns[model.__part_of__].foreign_keys)).column.table
    return next(other for other in ALL_MODELS if other.__tablename__ == target.name)


def _part_texts() -> dict[str, PartText]:
    found: dict[str, PartText] = {}
    for model in ALL_MODELS:
        if model.__search_in_parent__ and model.__part_of__ is not None:
            found[model.__kind__] = PartText(model.__kind__, model.__tablename__,
                                             model.__part_of__, _parent_of(model).__kind__,
                                             model.__search_in_parent__)
    return found


def _children(part: PartText) -> str:
    """Text of a record's live parts of one kind, one line per column."""
    return (f"(SELECT group_concat({_joined(*(f'c.{col}' for col in part.columns))}, {_NL}) "
            f"FROM {part.table} c WHERE c.{part.column} = t.id AND c.deleted_at IS NULL)")


def _indexed_kind(model: type[Record], search: SearchText,
                  parts: Iterable[PartText]) -> IndexedKind:
    if len(search.title) == 1:
        title = f"t.{search.title[0]}"
    else:
        title = "trim(" + " || ' ' || ".join(f"coalesce(t.{col}, '')"
                                           for col in search.title) + ")"
    body = [f"t.{col}" for col in search.body]
    body += [_children(part) for part in parts if part.parent_kind == model.__kind__]
    return IndexedKind(model.__kind__, model.__tablename__, title, _joined(*body))


def _indexed_kinds() -> dict[str, IndexedKind]:
    parts = _part_texts().values()
    return {model.__kind__: _indexed_kind(model, model.__search__, parts)
            for model in ALL_MODELS if model.__search__ is not None}


#: Every kind whose model declares `__search__` (store/base.py), by kind.
INDEXED_KINDS: dict[str, IndexedKind] = _indexed_kinds()
#: Kinds whose rows are part of another record's document (`__search_in_parent__`).
PART_TEXTS: dict[str, PartText] = _part_texts()


def is_search_table(name: str) -> bool:
    """True for the index's own tables (and FTS5's shadow tables), which no model maps."""
    return name in (DOC_TABLE, FTS_TABLE) or name.startswith(FTS_TABLE + "_")


def _select_docs(spec: IndexedKind, where: str = "") -> str:
    return (f"SELECT '{spec.kind}', t.id, coalesce({spec.title_sql}, ''), {spec.body_sql} "
            f"FROM {spec.table} t WHERE t.deleted_at IS NULL{where}")


# -- writing ---------------------------------------------------------------------------
def reindex_all(connection: Connection) -> None:
    """Rebuild the whole index from the records (after a bulk load that bypassed the ORM)."""
    connection.execute(text(f"DELETE FROM {DOC_TABLE}"))
    for spec in INDEXED_KINDS.values():
        connection.execute(text(f"INSERT INTO {DOC_TABLE} (kind, record_id, title, body) "
                                + _select_docs(spec)))
    connection.execute(text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')"))


def _ids() -> BindParameter[Any]:
    return bindparam("ids", expanding=True)


_FORGET_FTS = text(
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, title, body, kind) "
    f"SELECT 'delete', id, title, body, kind FROM {DOC_TABLE} "
    "WHERE kind = :kind AND record_id IN :ids").bindparams(_ids())
_FORGET_DOCS = text(f"DELETE FROM {DOC_TABLE} WHERE kind = :kind AND record_id IN :ids"
                    ).bindparams(_ids())
_ADD_FTS = text(
    f"INSERT INTO {FTS_TABLE} (rowid, title, body, kind) "
    f"SELECT id, title, body, kind FROM {DOC_TABLE} "
    "WHERE kind = :kind AND record_id IN :ids").bindparams(_ids())


def refresh(connection: Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Re-read the records named by (kind, id) into the index; trashed or gone ones leave it.

    Pairs of a kind that is not indexed are ignored.
    """
    by_kind: dict[str, set[str]] = defaultdict(set)
    for kind, record_id in keys:
        if kind in INDEXED_KINDS:
            by_kind[kind].add(record_id)
    for kind, id_set in by_kind.items():
        ids = sorted(id_set)
        add_docs = text(f"INSERT INTO {DOC_TABLE} (kind, record_id, title, body) "
                        + _select_docs(INDEXED_KINDS[kind], " AND t.id IN :ids")
                        ).bindparams(_ids())
        for start in range(0, len(ids), _CHUNK):
            params = {"kind": kind, "ids": ids[start:start + _CHUNK]}
            connection.execute(_FORGET_FTS, params)
            connection.execute(_FORGET_DOCS, params)
            connection.execute(add_docs, {"ids": params["ids"]})
            connection.execute(_ADD_FTS, params)


def _touched(obj: Record) -> Iterable[tuple[str, str]]:
    kind = obj.__kind__
    if kind in INDEXED_KINDS:
        yield kind, obj.id
    part = PART_TEXTS.get(kind)
    if part is not None:
        # Both parents when the row moved from one to another.
        history = inspect(obj).attrs[part.column].history
        for parent_id in {*history.added, *history.unchanged, *history.deleted}:
            if parent_id:
                yield part.parent_kind, parent_id


def _after_flush(session: Session, _context: Any) -> None:
    # The new/dirty/deleted sets still show what this flush wrote; the rows are in the
    # database, so the documents are read back with SQL in the same transaction.
    keys = {key for obj in (*session.new, *session.dirty, *session.deleted)
            if isinstance(obj, Record) for key in _touched(obj)}
    if keys:
        refresh(session.connection(), keys)


def install(factory: sessionmaker[Session]) -> None:
    """Keep the index current for records flushed by sessions from *factory*."""
    event.listen(factory, "after_flush", _after_flush)


# -- querying --------------------------------------------------------------------------
_WORD = re.compile(r"[^\W_]+")
_LIGATURES = (("œ", "oe"), ("æ", "ae"))
#: French elided words ("l'école", "qu'il"): searching "l'école" must find "École".
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’ʼ]")
#: Shorter words must match a whole word: "r"* would expand to most of the vocabulary.
MIN_PREFIX_LENGTH = 2
#: A query matching more documents than this ranks only the most recently indexed ones:
#: bm25 costs a few microseconds per matching document, too slow for 100,000 of them.
RANK_WINDOW = 5_000


def fold(value: str) -> str:
    """Lower case without accents, as the tokenizer sees text ("École" -> "ecole")."""
    decomposed = unicodedata.normalize("NFD", value)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare).lower()


def words(value: str) -> list[re.Match[str]]:
    """The words of *value* as the tokenizer splits them (letters and digits)."""
    return list(_WORD.finditer(value))


def _spellings(word: str) -> tuple[str, ...]:
    # The tokenizer keeps "œ" as one letter: "coeur" and "cœur" must find each other.
    spelled = {word}
    for ligature, pair in _LIGATURES:
        spelled |= {s.replace(ligature, pair) for s in spelled}
        spelled |= {s.replace(pair, ligature) for s in spelled}
    return tuple(sorted(spelled))


@dataclass(frozen=True)
class Terms:
    """What the user searches for: folded words, each of which a document must contain."""

    words: tuple[str, ...]

    @classmethod
    def parse(cls, user_text: str) -> Terms | None:
        """The words of *user_text* (anything typed is accepted); None if it has none."""
        found = dict.fromkeys(m.group() for m in words(_ELISION.sub(" ", fold(user_text))))
        return cls(tuple(found)[:MAX_QUERY_WORDS]) if found else None

    @property
    def expression(self) -> str:
        """The FTS5 query: every word, quoted (never syntax), as a prefix if long enough."""
        return " AND ".join(self._term(word) for word in self.words)

    @staticmethod
    def _term(word: str) -> str:
        # Words hold letters and digits only, so quoting needs no escaping.
        phrases = [f'"{s}"*' if len(s) >= MIN_PREFIX_LENGTH else f'"{s}"'
                   for s in _spellings(word)]
        return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"

    @cached_property
    def _prefixes(self) -> tuple[str, ...]:
        return tuple(s for w in self.words for s in _spellings(w) if len(s) >= MIN_PREFIX_LENGTH)

    @cached_property
    def _whole(self) -> frozenset[str]:
        return frozenset(s for w in self.words for s in _spellings(w))

    def matches(self, word: str) -> bool:
        """Whether a word of a document matches one of the terms (for highlighting)."""
        folded = fold(word)
        return folded in self._whole or folded.startswith(self._prefixes)


@dataclass(frozen=True)
class Document:
    kind: str
    record_id: str
    title: str
    body: str
    #: bm25: lower (more negative) is more relevant.
    score: float


_BM25 = f"bm25({FTS_TABLE}, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0)"


def query(connection: Connection, terms: Terms, limit: int,
          kinds: Sequence[str] | None = None, rank_window: int = RANK_WINDOW) -> list[Document]:
    """The best *limit* documents containing every term, most relevant first.

    *kinds* keeps only documents of those kinds. Reads the FTS index, then the few
    documents returned by their primary key: no scan of any table.
    """
    # The words search title and body; the kind column only filters.
    expression = f"{{title body}} : ({terms.expression})"
    if kinds is not None:
        wanted = " OR ".join(f'"{kind}"' for kind in kinds if kind in INDEXED_KINDS)
        if not wanted:
            return []
        expression = f"kind : ({wanted}) AND {expression}"
    # FTS5 walks its matches newest first without sorting; bm25 then ranks that window.
    best = connection.execute(text(
        f"SELECT rowid, score FROM (SELECT rowid, {_BM25} AS score FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH :match ORDER BY rowid DESC LIMIT :window) "
        "ORDER BY score, rowid DESC LIMIT :limit"),
        {"match": expression, "window": rank_window, "limit": limit}).all()
    if not best:
        return []
    docs = {row.id: row for row in connection.execute(
        text(f"SELECT id, kind, record_id, title, body FROM {DOC_TABLE} WHERE id IN :ids"
             ).bindparams(_ids()), {"ids": [rowid for rowid, _ in best]})}
    return [Document(kind=doc.kind, record_id=doc.record_id, title=doc.title, body=doc.body,
                     score=float(score))
            for rowid, score in best if (doc := docs.get(rowid)) is not None]
