"""One folding and one slug for the whole app (search, lists, completers, duplicates,
folder and file names)."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.enums import OPEN_ACTION_STATUSES, ActionStatus
from coopdesk.domain.text import SPELLED_OUT, file_name, fold, fold_words, slug


def _latin_letters() -> str:
    """The letters of Latin-1 Supplement and Latin Extended-A that Unicode writes as ASCII
    letters with accents (é, ŉ, ĳ), and the ligatures spelled out (œ, æ, ß)."""
    def ascii_with_accents(char: str) -> bool:
        return all(part in string.ascii_letters + "ʼ" or unicodedata.combining(part)
                   for part in unicodedata.normalize("NFKD", char))
    return "".join(char for char in map(chr, range(0xC0, 0x180)) if char.isalpha() and (
        ascii_with_accents(char) or char.lower() in SPELLED_OUT or char == "ß"))


LATIN = _latin_letters()
latin_text = st.text(alphabet=LATIN + string.ascii_letters + string.digits + " -'’",
                     max_size=40)


@pytest.mark.parametrize(("text", "folded"), [
    ("Émile", "emile"),
    ("Cœur", "coeur"),
    ("ŒUVRE", "oeuvre"),
    ("Æther", "aether"),
    ("Straße", "strasse"),
    ("ﬁnance ﬂuide", "finance fluide"),
    ("L’École", "l'ecole"),
    ("l‘ecole lʼecole l´ecole", "l'ecole l'ecole l'ecole"),
    ("« Été » — “quoi” – 3−2", '" ete " - "quoi" - 3-2'),
    ("Ça", "ca"),
    ("Ĳssel", "ijssel"),
    ("ASCII only", "ascii only"),
    ("Søren", "søren"),  # no decomposition: kept, as the search index keeps it
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_names_compare_without_extra_spaces() -> None:
    assert fold_words("  Aïcha   DIALLO ") == fold_words("aicha diallo") == "aicha diallo"
    assert fold_words("") == ""


def test_texts_a_reader_takes_for_the_same_fold_alike() -> None:
    assert fold("Cœur de ville") == fold("COEUR DE VILLE") == fold("coeur de ville")
    assert fold("L’École du quartier") == fold("l'ecole du quartier")
    assert fold("Élise") == fold("E\u0301lise")  # composed or decomposed


@settings(deadline=None)
@given(st.text(max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@settings(deadline=None)
@given(st.text(max_size=40))
def test_fold_ignores_case(text: str) -> None:
    assert fold(text.casefold()) == fold(text)


@settings(deadline=None)
@given(latin_text)
def test_latin_text_folds_to_lowercase_ascii(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold(text.upper()) == folded


@pytest.mark.parametrize(("text", "expected"), [
    ("Collectif Été 2026 !", "collectif-ete-2026"),
    ("Œuvres d’art", "oeuvres-d-art"),
    ("???", ""),
    ("  --Réseau--  ", "reseau"),
])
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


@settings(deadline=None)
@given(st.text(max_size=80), st.integers(min_value=1, max_value=80))
def test_slug_is_a_portable_name(text: str, length: int) -> None:
    made = slug(text, length)
    assert len(made) <= length
    assert set(made) <= set(string.ascii_lowercase + string.digits + "-")
    assert not made.startswith("-") and not made.endswith("-")
    assert "--" not in made
    assert slug(made, length) == made


def test_file_name_keeps_what_people_read() -> None:
    assert file_name('Dossier: a/b\\c*?"<>|', ".pdf") == "Dossier a b c.pdf"
    assert file_name("Compte rendu – Réunion d’été", ".odt") == "Compte rendu – Réunion d’été.odt"
    assert file_name("...", ".ics") == "coopdesk.ics"


def test_open_actions_are_the_ones_still_to_do() -> None:
    assert {status for status in ActionStatus if status.is_open} == OPEN_ACTION_STATUSES
    assert {ActionStatus.TODO, ActionStatus.IN_PROGRESS} == OPEN_ACTION_STATUSES
