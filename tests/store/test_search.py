"""Full-text search through the services, on a real workspace file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, insert, text, update

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ExchangeKind
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.ids import new_id
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.pooling import ResourceFields
from coopdesk.domain.projects import ObjectiveFields, ProjectFields
from coopdesk.services.search import MATCH_END, MATCH_START, SearchHit, snippet
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.store import search_index
from coopdesk.store.base import utcnow
from coopdesk.store.search_index import Terms

START = dt.datetime(2026, 3, 12, 18, 30)


def found(services: Services, query: str, **options: Any) -> list[tuple[str, str]]:
    return [(hit.kind, hit.id) for hit in services.search.search(query, **options)]


def check_index(services: Services) -> None:
    """FTS5's own check that the index matches its content table, row for row."""
    with services.db.engine.begin() as connection:
        connection.execute(text("INSERT INTO search_index (search_index, rank) "
                                "VALUES ('integrity-check', 1)"))


def an_org(services: Services, name: str = "Les Jardins du Pont", **fields: Any) -> str:
    return services.organisations.create(OrganisationFields(name=name, **fields)).id


def an_entry(services: Services, org_id: str, subject: str, summary: str = "",
             private: bool = False) -> str:
    return services.exchanges.create(ContactLogEntryFields(
        kind=ExchangeKind.CALL, occurred_on=dt.date(2026, 3, 1), subject=subject,
        summary=summary, organisation_id=org_id, is_private=private)).id


def a_meeting(services: Services, title: str = "Comité de pilotage", **fields: Any) -> str:
    return services.meetings.create(MeetingFields(title=title, starts_at=START, **fields)).id


# -- what is indexed -------------------------------------------------------------------
def test_every_searchable_kind_is_found_by_its_own_words(services: Services) -> None:
    org = an_org(services, "Maison Alpha", description="Quartier bravo")
    person = services.people.create(PersonFields(first_name="Hélène", last_name="Charlie",
                                                 organisation_id=org, notes="delta")).id
    project = services.projects.create(ProjectFields(title="Projet Echo",
                                                     description="foxtrot")).id
    objective = services.objectives.create(ObjectiveFields(project_id=project,
                                                           title="Objectif Golf")).id
    action = services.actions.create(ActionFields(title="Action Hotel",
                                                  description="india")).id
    entry = an_entry(services, org, "Appel Juliett", "kilo")
    meeting = a_meeting(services, "Comité Lima", place="Mike")
    resource = services.resources.create(ResourceFields(organisation_id=org, name="Oscar",
                                                        location="papa")).id

    assert found(services, "alpha") == [("organisation", org)]
    assert found(services, "bravo") == [("organisation", org)]
    assert found(services, "charlie") == [("person", person)]
    assert found(services, "delta") == [("person", person)]
    assert found(services, "echo") == [("project", project)]
    assert found(services, "foxtrot") == [("project", project)]
    assert found(services, "golf") == [("objective", objective)]
    assert found(services, "hotel") == [("action", action)]
    assert found(services, "india") == [("action", action)]
    assert found(services, "juliett") == [("contact_log_entry", entry)]
    assert found(services, "kilo") == [("contact_log_entry", entry)]
    assert found(services, "lima") == [("meeting", meeting)]
    assert found(services, "mike") == [("meeting", meeting)]
    assert found(services, "oscar") == [("resource", resource)]
    assert found(services, "papa") == [("resource", resource)]
    hit = services.search.search("charlie")[0]
    assert hit.title == "Hélène Charlie"
    check_index(services)


def test_records_of_other_kinds_are_not_indexed(services: Services) -> None:
    org = an_org(services)
    meeting = a_meeting(services)
    services.attendance.create(AttendanceFields(meeting_id=meeting, organisation_id=org))
    services.resources.create(ResourceFields(organisation_id=org, name="Camion"))
    assert found(services, "pont") == [("organisation", org)]
    with services.db.engine.connect() as connection:
        kinds = {row[0] for row in connection.execute(text("SELECT kind FROM search_doc"))}
    assert kinds == {"organisation", "meeting", "resource"}


def test_private_contact_log_entries_are_searchable_locally(services: Services) -> None:
    org = an_org(services)
    entry = an_entry(services, org, "Confidentiel", "Difficultés de trésorerie", private=True)
    assert found(services, "tresorerie") == [("contact_log_entry", entry)]


# -- matching --------------------------------------------------------------------------
@pytest.mark.parametrize(("stored", "typed"), [
    ("Réunion de rentrée", "reunion"),
    ("École Jules Ferry", "ecole"),
    ("reunion de rentree", "RÉUNION"),
    ("École Jules Ferry", "ÉCOLE"),
    ("ÉCOLE JULES FERRY", "école"),
    ("Fête de l'été", "fete ete"),
    ("Noël à Besançon", "noel besancon"),
    ("Mains d'œuvre", "oeuvre"),
    ("Le cœur du quartier", "COEUR"),
    ("Association Oeuvre commune", "œuvre"),
    ("Réunion de rentrée", "reun"),
    ("Réunion de rentrée", "Ré"),
    ("Hélène", "he\u0301le\u0300ne"),  # decomposed accents, as some keyboards send them
    ("École Jules Ferry", "l'école"),  # an elided article is not a word to find
    ("Les écoles du quartier", "d’écoles"),  # typographic apostrophe
    ("Le Cœur du quartier", "coeur"),
    ("Le Cœur du quartier", "CŒUR"),
    ("L’École du quartier", "l'ecole"),
    ("L'École du quartier", "l’ecole"),
    ("« L’École » — quartier", "“l'école”"),
    ("Lætitia", "laetitia"),
    ("Straße der Vereine", "strasse"),
    ("Straße der Vereine", "STRASSE"),
    ("Plan de ﬁnancement", "financement"),  # a ligature pasted from a PDF
    ("Plan de financement", "ﬁnancement"),
])
def test_case_and_accents_are_ignored_both_ways(services: Services, stored: str,
                                                typed: str) -> None:
    org = an_org(services, stored)
    an_org(services, "Autre chose")
    assert found(services, typed) == [("organisation", org)]


def test_every_word_must_match(services: Services) -> None:
    both = an_org(services, "Jardin partagé", description="Budget annuel")
    an_org(services, "Jardin des enfants")
    an_org(services, "Budget participatif")
    assert found(services, "jardin budget") == [("organisation", both)]
    assert len(found(services, "jardin")) == 2


def test_a_one_letter_word_matches_only_a_whole_word(services: Services) -> None:
    school = an_org(services, "Collège Victor Hugo", description="Quartier B")
    an_org(services, "Bibliothèque")
    assert found(services, "b") == [("organisation", school)]
    assert len(found(services, "bi")) == 1


def test_a_title_hit_outranks_a_body_hit(services: Services) -> None:
    in_body = an_org(services, "Les Amis du Parc", description="Ils font du compost.")
    in_title = an_org(services, "Compost collectif", description="Un bac au pied des immeubles")
    hits = services.search.search("compost")
    assert [hit.id for hit in hits] == [in_title, in_body]
    assert hits[0].rank < hits[1].rank


def test_limit_keeps_the_best_hits(services: Services) -> None:
    for n in range(5):
        an_org(services, f"Atelier vélo {n}")
    assert len(services.search.search("velo", limit=3)) == 3
    assert services.search.search("velo", limit=0) == []


def test_kinds_restricts_the_results(services: Services) -> None:
    org = an_org(services, "Réseau Solidaire")
    entry = an_entry(services, org, "Appel au Réseau")
    meeting = a_meeting(services, "Réseau : réunion plénière")
    assert set(found(services, "reseau")) == {("organisation", org),
                                              ("contact_log_entry", entry),
                                              ("meeting", meeting)}
    assert found(services, "reseau", kinds=["contact_log_entry"]) == [
        ("contact_log_entry", entry)]
    assert set(found(services, "reseau", kinds=["meeting", "organisation"])) == {
        ("organisation", org), ("meeting", meeting)}
    assert found(services, "reseau", kinds=[]) == []
    # The kind's own name is no search word.
    assert found(services, "meeting") == []
    with pytest.raises(ValueError, match="decision"):
        services.search.search("reseau", kinds=["decision"])


# -- staying current -------------------------------------------------------------------
def test_edit_delete_and_restore_keep_the_index_current(services: Services) -> None:
    org = an_org(services, "Ludothèque Arc-en-ciel")
    assert found(services, "ludotheque") == [("organisation", org)]

    services.organisations.update(org, OrganisationFields(name="Médiathèque Arc-en-ciel"))
    assert found(services, "ludotheque") == []
    assert found(services, "mediatheque") == [("organisation", org)]

    services.organisations.delete(org)
    assert found(services, "mediatheque") == []
    services.organisations.restore(org)
    assert found(services, "mediatheque") == [("organisation", org)]
    check_index(services)


def test_meeting_is_reindexed_when_its_agenda_and_decisions_change(services: Services) -> None:
    meeting = a_meeting(services)
    item = services.agenda.create(AgendaItemFields(meeting_id=meeting, title="Bilan financier",
                                                   notes="Trésorerie saine")).id
    assert found(services, "tresorerie") == [("meeting", meeting)]
    assert found(services, "bilan") == [("meeting", meeting)]

    services.agenda.update(item, AgendaItemFields(meeting_id=meeting, title="Bilan moral",
                                                  outcome="Rapport approuvé"))
    assert found(services, "tresorerie") == []
    assert found(services, "approuve") == [("meeting", meeting)]

    decision = services.decisions.create(DecisionFields(
        meeting_id=meeting, text="Adopté à l'unanimité")).id
    assert found(services, "unanimite") == [("meeting", meeting)]
    services.decisions.update(decision, DecisionFields(meeting_id=meeting,
                                                       text="Adopté à la majorité"))
    assert found(services, "unanimite") == []
    assert found(services, "majorite") == [("meeting", meeting)]

    services.agenda.delete(item)
    services.decisions.delete(decision)
    assert found(services, "bilan") == []
    assert found(services, "majorite") == []
    services.agenda.restore(item)
    assert found(services, "bilan") == [("meeting", meeting)]
    check_index(services)


def test_an_agenda_item_moved_to_another_meeting_moves_its_words(services: Services) -> None:
    first = a_meeting(services, "Première séance")
    second = a_meeting(services, "Seconde séance")
    item = services.agenda.create(AgendaItemFields(meeting_id=first, title="Kermesse")).id
    assert found(services, "kermesse") == [("meeting", first)]
    services.agenda.update(item, AgendaItemFields(meeting_id=second, title="Kermesse"))
    assert found(services, "kermesse") == [("meeting", second)]


def test_an_expired_agenda_item_still_reindexes_its_meeting(services: Services) -> None:
    meeting = a_meeting(services)
    item = services.agenda.create(AgendaItemFields(meeting_id=meeting, title="Kermesse")).id
    with services.db.unit_of_work() as session:
        row = session.get(m.AgendaItem, item)
        assert row is not None
        session.expire(row)
        row.title = "Brocante"
    assert found(services, "kermesse") == []
    assert found(services, "brocante") == [("meeting", meeting)]


def test_a_meeting_in_the_trash_is_not_found_by_its_agenda(services: Services) -> None:
    meeting = a_meeting(services)
    services.agenda.create(AgendaItemFields(meeting_id=meeting, title="Kermesse"))
    services.meetings.delete(meeting)
    assert found(services, "kermesse") == []
    services.meetings.restore(meeting)
    assert found(services, "kermesse") == [("meeting", meeting)]


def test_rows_removed_for_good_leave_the_index(services: Services) -> None:
    org = an_org(services, "Épicerie solidaire")
    meeting = a_meeting(services)
    item = services.agenda.create(AgendaItemFields(meeting_id=meeting, title="Kermesse")).id
    assert found(services, "kermesse") == [("meeting", meeting)]
    with services.db.unit_of_work() as session:
        session.delete(session.get(m.Organisation, org))
        session.delete(session.get(m.AgendaItem, item))
    assert found(services, "epicerie") == []
    assert found(services, "kermesse") == []
    assert found(services, "pilotage") == [("meeting", meeting)]
    check_index(services)


def test_a_rolled_back_change_leaves_the_index_as_it_was(services: Services) -> None:
    org = an_org(services, "Amicale laïque")
    with pytest.raises(RuntimeError), services.db.unit_of_work() as session:
        row = session.get(m.Organisation, org)
        assert row is not None
        row.name = "Cercle de lecture"
        session.flush()
        raise RuntimeError("the use case failed after the flush")
    assert found(services, "amicale") == [("organisation", org)]
    assert found(services, "cercle") == []
    check_index(services)


def test_core_writes_need_refresh_or_reindex_all(services: Services) -> None:
    org = an_org(services, "Café associatif")
    now = utcnow()
    rows = [{"id": new_id(), "name": f"Compagnie théâtrale {n}", "created_at": now,
             "updated_at": now} for n in range(3)]
    with services.db.engine.begin() as connection:
        connection.execute(insert(m.Organisation), rows)
        connection.execute(update(m.Organisation).where(m.Organisation.id == org)
                           .values(name="Café des familles"))
    assert found(services, "theatrale") == []  # Core bypasses the session events

    with services.db.engine.begin() as connection:
        search_index.refresh(connection, [("organisation", org), ("not_indexed", "x")])
    assert found(services, "familles") == [("organisation", org)]

    with services.db.engine.begin() as connection:
        search_index.reindex_all(connection)
    assert {id_ for _, id_ in found(services, "theatrale")} == {row["id"] for row in rows}
    assert found(services, "familles") == [("organisation", org)]
    check_index(services)


# -- hostile input ---------------------------------------------------------------------
HOSTILE = ['"', '""', "'", "*", "-", "+", "^", ":", "NEAR", "NEAR(", "NEAR(a b, 2)", "AND",
           "OR", "NOT", "(", ")", "()", "a AND", "AND OR NOT", "title:x", "{title}: x",
           "kind : meeting", "col*", "\\", "%", "_", "😀", "🇫🇷", "", "   ", "\x00", "\t\n",
           "a" * 5000, "mot " * 200, "«»", "\x02\x03"]


@pytest.mark.parametrize("query", HOSTILE)
def test_any_typed_text_is_accepted(services: Services, query: str) -> None:
    org = an_org(services, "Réunion publique")
    services.search.search(query)
    # The same text next to a real word still finds it: operators are plain text.
    assert found(services, f"réunion {query}") in ([("organisation", org)], [])
    assert found(services, f"{query} réunion") == found(services, f"réunion {query}")


@pytest.mark.parametrize("query", [
    '"réunion', 'réunion"', "réunion*", "-réunion", "+réunion", "(réunion)", "{réunion}",
    "^réunion", "réunion 😀", "l'réunion", "réunion:", ":réunion", "réunion\x00", "«réunion»",
])
def test_operators_and_symbols_around_a_word_are_ignored(services: Services,
                                                          query: str) -> None:
    org = an_org(services, "Réunion publique")
    an_org(services, "Assemblée générale")
    assert found(services, query) == [("organisation", org)]


def test_operator_words_are_plain_words(services: Services) -> None:
    org = an_org(services, "Rock and roll", description="Near the river, not far")
    an_org(services, "Rock")
    assert found(services, "rock AND roll") == [("organisation", org)]
    assert found(services, "NEAR rock") == [("organisation", org)]
    assert found(services, "rock NOT river") == [("organisation", org)]
    assert found(services, "rock OR jazz") == []


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60))
def test_search_never_raises(services: Services, query: str) -> None:
    hits = services.search.search(query)
    assert all(isinstance(hit, SearchHit) for hit in hits)


# -- snippets --------------------------------------------------------------------------
def test_snippet_marks_the_matched_words_in_the_body(services: Services) -> None:
    an_org(services, "Les Amis du Parc",
           description="Un groupe de voisins qui organise « la fête » chaque été. "
                       "Après la fête, un compost collectif est prévu près de l'école.")
    [hit] = services.search.search("compost ecole")
    assert f"{MATCH_START}compost{MATCH_END}" in hit.snippet
    assert f"{MATCH_START}école{MATCH_END}" in hit.snippet
    assert "\n" not in hit.snippet
    assert [text for text, matched in hit.snippet_parts() if matched] == ["compost", "école"]
    assert "".join(text for text, _ in hit.snippet_parts()) == (
        hit.snippet.replace(MATCH_START, "").replace(MATCH_END, ""))
    assert hit.snippet.startswith("…")  # the start of the text was left out


def test_snippet_is_the_title_when_only_the_title_matches(services: Services) -> None:
    an_org(services, "Réunion des parents", description="Une association de quartier")
    [hit] = services.search.search("reun")
    assert hit.snippet == f"{MATCH_START}Réunion{MATCH_END} des parents"
    assert hit.snippet_parts() == (("Réunion", True), (" des parents", False))


@given(query=st.text(max_size=20), title=st.text(max_size=40), body=st.text(max_size=300))
def test_snippet_accepts_any_text(query: str, title: str, body: str) -> None:
    terms = Terms.parse(query)
    if terms is None:
        return
    hit = SearchHit(kind="organisation", id="x", title=title, rank=0.0,
                    snippet=snippet(terms, title, body))
    plain = "".join(piece for piece, _ in hit.snippet_parts())
    assert plain == hit.snippet.replace(MATCH_START, "").replace(MATCH_END, "")
    assert "\n" not in hit.snippet
    for piece, matched in hit.snippet_parts():
        if matched:
            assert terms.matches(piece)


def test_snippet_keeps_the_punctuation_around_a_short_text() -> None:
    terms = Terms.parse("fete")
    assert terms is not None
    assert snippet(terms, "", "« La fête ! »") == f"« La {MATCH_START}fête{MATCH_END} ! »"


def test_snippet_of_a_meeting_shows_its_agenda(services: Services) -> None:
    meeting = a_meeting(services)
    services.agenda.create(AgendaItemFields(meeting_id=meeting, title="Bilan financier",
                                            notes="La trésorerie est saine."))
    [hit] = services.search.search("tresorerie")
    assert hit.title == "Comité de pilotage"
    assert f"{MATCH_START}trésorerie{MATCH_END}" in hit.snippet


# -- performance: the index only -------------------------------------------------------
@contextmanager
def statements(services: Services) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(services.db.engine, "before_cursor_execute", record)


def test_search_reads_the_fts_index_and_primary_keys_only(services: Services) -> None:
    org = an_org(services, "Réunion publique")
    an_entry(services, org, "Réunion", "Compte rendu de la réunion")
    with statements(services) as seen:
        assert len(services.search.search("reunion", kinds=["organisation",
                                                            "contact_log_entry"])) == 2
    selects = [(sql, params) for sql, params in seen if sql.lstrip().startswith("SELECT")]
    assert selects
    with services.db.engine.connect() as connection:
        for sql, params in selects:
            assert "LIKE" not in sql.upper()
            plan = [row[3] for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, params)]
            for step in plan:
                if step.startswith("SCAN"):
                    assert "VIRTUAL TABLE" in step or "subquery" in step, plan
                if step.startswith("SEARCH"):
                    assert "INTEGER PRIMARY KEY" in step, plan


def test_a_query_matching_many_records_ranks_the_most_recent_window(
        services: Services) -> None:
    oldest = an_org(services, "Potager", description="potager")  # the best bm25 score
    newer = [an_org(services, f"Les amis n°{n}", description="Un potager et des poules")
             for n in range(3)]
    terms = search_index.Terms.parse("potager")
    assert terms is not None
    with services.db.reading() as session:
        everything = search_index.query(session.connection(), terms, limit=10)
        window = search_index.query(session.connection(), terms, limit=10, rank_window=2)
    assert everything[0].record_id == oldest
    assert {doc.record_id for doc in everything} == {oldest, *newer}
    assert {doc.record_id for doc in window} == set(newer[1:])
