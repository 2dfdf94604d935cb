"""The people list read a page at a time: a French sort, paging, counts, filters, positions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import text

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import LegalBasis
from coopdesk.services.directory import (
    WITHOUT_ORGANISATION,
    PersonFilter,
    PersonRow,
    PersonSort,
)
from coopdesk.services.workspace_services import Services
from coopdesk.store.db import folded

LABELS = ((LegalBasis.CONSENT, "Consentement"), (LegalBasis.CONTRACT, "Contrat"),
          (LegalBasis.LEGITIMATE_INTEREST, "Intérêt légitime"),
          (LegalBasis.LEGAL_OBLIGATION, "Obligation légale"),
          (LegalBasis.UNKNOWN, "Non renseignée"))


@dataclass(frozen=True)
class People:
    ecole: str
    oeuvre: str
    ids: dict[str, str]


def add(services: Services, first: str, last: str = "", **values: object) -> str:
    return services.people.create(PersonFields(first_name=first, last_name=last,
                                               **values)).id  # type: ignore[arg-type]


@pytest.fixture
def people(services: Services) -> People:
    ecole = services.organisations.create(OrganisationFields(name="École du Pré")).id
    oeuvre = services.organisations.create(OrganisationFields(name="Œuvres sociales")).id
    ids = {
        "Zola": add(services, "Paul", "Zola", organisation_id=oeuvre, role="Trésorier",
                    email="paul@oeuvres.fr", phone="04 00 00 00 03",
                    legal_basis=LegalBasis.CONTRACT),
        "Écart": add(services, "Élodie", "Écart", organisation_id=ecole, role="directrice",
                     email="elodie@ecole.fr", phone="04 00 00 00 01",
                     legal_basis=LegalBasis.CONSENT, consent_on=dt.date(2025, 3, 1)),
        "ebert": add(services, "émile", "ebert", role="Bénévole", email="em@free.fr",
                     phone="04 00 00 00 02"),
        "Dupont": add(services, "Ana", "Dupont", organisation_id=ecole, role="100%_sûr",
                      email="ana@ecole.fr", legal_basis=LegalBasis.LEGITIMATE_INTEREST),
        "Œuvray": add(services, "Lætitia", "Œuvray", organisation_id=oeuvre,
                      email="laetitia@oeuvres.fr"),
        "Bea": add(services, "Bea"),
    }
    return People(ecole=ecole, oeuvre=oeuvre, ids=ids)


def last_names(rows: list[PersonRow]) -> list[str]:
    return [row.person.last_name or row.person.first_name for row in rows]


def test_folded_ignores_case_and_accents_like_a_french_reader() -> None:
    assert folded("Élodie ÉCART") == "elodie ecart"
    assert folded("Œuvre et Lætitia") == "oeuvre et laetitia"
    assert folded("Zoé — l’été") == "zoe - l'ete"
    assert folded("plain ASCII") == "plain ascii"
    assert folded(None) is None


def test_the_database_knows_the_folded_function(services: Services) -> None:
    with services.people.db.reading() as session:
        assert session.scalar(text("SELECT folded('Émile')")) == "emile"


def test_people_sort_with_accents_and_case_ignored(services: Services, people: People) -> None:
    # SQLite's lower() would put "Écart" and "Œuvray" after "Zola".
    expected = ["Bea", "Dupont", "ebert", "Écart", "Œuvray", "Zola"]
    assert last_names(services.people.page()) == expected
    assert last_names(services.people.page(descending=True)) == expected[::-1]
    assert last_names(services.people.rows()) == expected  # the whole list too


@pytest.mark.parametrize(("sort", "expected"), [
    (PersonSort.ORGANISATION, ["Bea", "ebert", "Dupont", "Écart", "Œuvray", "Zola"]),
    (PersonSort.ROLE, ["Bea", "Œuvray", "Dupont", "ebert", "Écart", "Zola"]),
    (PersonSort.EMAIL, ["Bea", "Dupont", "Écart", "ebert", "Œuvray", "Zola"]),
    (PersonSort.PHONE, ["Bea", "Dupont", "Œuvray", "Écart", "ebert", "Zola"]),
    # By the words shown: Consentement, Contrat, Intérêt légitime, Non renseignée.
    (PersonSort.LEGAL_BASIS, ["Écart", "Zola", "Dupont", "Bea", "ebert", "Œuvray"]),
])
def test_each_column_sorts_in_sql(services: Services, people: People, sort: PersonSort,
                                  expected: list[str]) -> None:
    where = PersonFilter(basis_labels=LABELS)
    assert last_names(services.people.page(where, sort=sort)) == expected
    descending = last_names(services.people.page(where, sort=sort, descending=True))
    assert len(descending) == len(expected)
    # The first key reverses; people with the same key stay by name.
    assert descending != expected and sorted(descending) == sorted(expected)


def test_bases_sort_in_declared_order_without_labels(services: Services,
                                                     people: People) -> None:
    rows = services.people.page(sort=PersonSort.LEGAL_BASIS)
    order = list(LegalBasis)
    ranks = [order.index(row.person.legal_basis) for row in rows]
    assert ranks == sorted(ranks)


def test_pages_follow_each_other_and_count_the_whole_list(services: Services,
                                                          people: People) -> None:
    whole = [row.id for row in services.people.page(limit=None)]
    assert len(whole) == services.people.count() == 6
    pages = [services.people.page(limit=4, offset=offset) for offset in (0, 4, 8)]
    assert [len(page) for page in pages] == [4, 2, 0]
    assert [row.id for page in pages for row in page] == whole
    for sort in PersonSort:
        ids = [row.id for offset in (0, 2, 4)
               for row in services.people.page(sort=sort, limit=2, offset=offset)]
        assert sorted(ids) == sorted(whole), sort  # every person once, whatever the sort


@pytest.mark.parametrize(("typed", "expected"), [
    ("elodie", ["Écart"]),  # no accent typed finds the accented name
    ("ÉMILE", ["ebert"]),  # an accent typed finds the plain one, case ignored
    ("emile eb", ["ebert"]),  # across first and last name, as the list shows them
    ("oeuvres", ["Œuvray", "Zola"]),  # the organisation's name, its ligature unfolded
    ("tresorier", ["Zola"]),  # the role
    ("ecole.fr", ["Dupont", "Écart"]),  # the email
    ("00 02", ["ebert"]),  # the phone
    ("100%_", ["Dupont"]),  # % and _ are taken as typed
    ("0%", ["Dupont"]),
    ("%", ["Dupont"]),
    ("_s", ["Dupont"]),
    ("zzz", []),
    ("ŒUVRES", ["Œuvray", "Zola"]),  # a ligature typed finds it spelled out too
    ("du pre", ["Dupont", "Écart"]),
])
def test_the_text_filter_ignores_accents_both_ways(services: Services, people: People,
                                                   typed: str, expected: list[str]) -> None:
    where = PersonFilter(text=typed)
    assert last_names(services.people.page(where)) == expected
    assert services.people.count(where) == len(expected)


def test_the_text_finds_the_words_shown_for_a_legal_basis(services: Services,
                                                          people: People) -> None:
    assert last_names(services.people.page(PersonFilter(text="interet"))) == []
    where = PersonFilter(text="interet", basis_labels=LABELS)
    assert last_names(services.people.page(where)) == ["Dupont"]
    where = PersonFilter(text="CONTRAT", basis_labels=LABELS)
    assert last_names(services.people.page(where)) == ["Zola"]
    assert services.people.count(where) == 1


def test_organisation_trash_and_combined_filters(services: Services, people: People) -> None:
    people_of = services.people.page
    assert last_names(people_of(PersonFilter(organisation_id=people.ecole))) == [
        "Dupont", "Écart"]
    assert last_names(people_of(PersonFilter(organisation_id=WITHOUT_ORGANISATION))) == [
        "Bea", "ebert"]
    assert services.people.count(PersonFilter(organisation_id=WITHOUT_ORGANISATION)) == 2
    assert last_names(people_of(PersonFilter(organisation_id=people.ecole,
                                             text="elo"))) == ["Écart"]
    services.people.delete(people.ids["Écart"])
    assert "Écart" not in last_names(people_of())
    assert services.people.count() == 5
    everyone = PersonFilter(include_deleted=True)
    assert "Écart" in last_names(people_of(everyone))
    assert services.people.count(everyone) == 6
    # The old keyword interface of `rows` still works.
    assert last_names(services.people.rows(organisation_id=people.ecole)) == ["Dupont"]
    assert last_names(services.people.rows(text="ELODIE", include_deleted=True)) == ["Écart"]


def test_position_is_the_index_in_the_sorted_filtered_list(services: Services,
                                                           people: People) -> None:
    for sort in PersonSort:
        for descending in (False, True):
            where = PersonFilter(basis_labels=LABELS)
            rows = services.people.page(where, sort=sort, descending=descending, limit=None)
            for index, row in enumerate(rows):
                assert services.people.position(row.id, where, sort=sort,
                                                descending=descending) == index
    assert services.people.position(people.ids["Zola"],
                                    PersonFilter(organisation_id=people.ecole)) is None
    assert services.people.position("0190f0f0-0000-7000-8000-000000000000") is None
