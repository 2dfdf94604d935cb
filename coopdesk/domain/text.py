"""How coopdesk compares, sorts and names text: one folding for search, lists, completers and
duplicates, one slug for folder and file names.

`fold` is what a French reader ignores when comparing: case, accents, the ligatures œ, æ,
ß, ﬁ and ﬂ (“Cœur” is “coeur”), and typographic apostrophes, quotes and dashes (“l’École”
is “l'ecole”). Letters without a decomposition and a single-letter reading (ø, ł, đ…) are
kept: SQLite's FTS5 tokenizer keeps them too, so the search index and the lists agree.
"""

from __future__ import annotations

import re
import unicodedata

#: Letters `fold` spells with two or three letters, as people type them on a keyboard.
#: The FTS5 tokenizer keeps these letters whole: a search tries both spellings.
SPELLED_OUT: dict[str, str] = {"œ": "oe", "æ": "ae", "ß": "ss", "ﬁ": "fi", "ﬂ": "fl"}

#: Typographic punctuation read as its keyboard form: apostrophes and primes, quotation
#: marks (French guillemets included) and dashes and minus signs.
_KEYBOARD = str.maketrans({
    **dict.fromkeys("’‘‛ʼ′´", "'"),
    **dict.fromkeys("“”„‟«»″", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
})
_SPELLED = str.maketrans(SPELLED_OUT)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
#: Characters no common file system accepts in a file name.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def fold(text: str) -> str:
    """*text* without case, accents, ligatures or typographic punctuation: what two texts
    must share to read alike ("Cœur", "COEUR" and "cœur" all give "coeur")."""
    if text.isascii():  # most names, emails and phones: the quick way
        return text.lower()
    # Compatibility decomposition splits accents off and spells ligatures out (ﬁ → fi);
    # folding the case in between catches letters whose case form decomposes (ẞ, ǅ).
    # Punctuation is read before (NFKD splits "´" into a space and an accent) and after
    # (NFKD makes "ŉ" an apostrophe and an n).
    decomposed = unicodedata.normalize(
        "NFKD", unicodedata.normalize("NFKD", text.translate(_KEYBOARD)).casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.translate(_KEYBOARD).translate(_SPELLED)


def fold_words(text: str) -> str:
    """*text* folded, its words separated by one space: how names and titles are compared
    ("  Élise   MARTIN " and "elise martin" are the same person)."""
    return " ".join(fold(text).split())


def slug(text: str, max_length: int = 60) -> str:
    """*text* as a portable name in ASCII letters, digits and dashes ("Collectif Été 2026 !"
    → "collectif-ete-2026"); empty when *text* has no such character."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text).strip("-")[:max_length].strip("-")


def file_name(text: str, suffix: str, max_length: int = 120) -> str:
    """A file name made of *text* as people read it (accents kept, only the characters a
    file system refuses replaced) and *suffix*; "coopdesk" when nothing is left."""
    cleaned = _NOT_IN_FILE_NAMES.sub(" ", text).strip(" .")
    return f"{' '.join(cleaned.split())[:max_length] or 'coopdesk'}{suffix}"
