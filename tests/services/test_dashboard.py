"""The dashboard service on the demo cooperation, with a fixed `today`: every section, its
lines, their order and the totals in the headers."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus, ExchangeKind, MeetingStatus
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.meetings import DecisionFields, MeetingFields
from coopdesk.domain.profile import Profile
from coopdesk.domain.projects import IndicatorFields
from coopdesk.services.dashboard import CHANGES_DAYS, Section
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.workspace_services import Services
from coopdesk.store.base import utcnow
from coopdesk.store.workspace import Workspace

TODAY = dt.date(2026, 3, 11)
MARIE = Profile(name="Marie Lefebvre", organisation="Centre social Les Tilleuls")
AUTHORS = {"Marie Lefebvre", "Karim Benali", "Nadia Ouhibi"}


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard") / "demo"
    create_demo_workspace(folder, MARIE, TODAY).close()
    return folder


@pytest.fixture
def services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    """A copy of the demo opened on Marie Lefebvre's laptop (one of the demo's authors)."""
    shutil.copytree(demo_template, tmp_path / "demo")
    with Workspace.open(tmp_path / "demo", MARIE) as workspace:
        yield Services(workspace)


def titles(section: Section[object]) -> list[str]:
    return [line.action.title for line in section.lines]  # type: ignore[attr-defined]


# -- actions ----------------------------------------------------------------------------
def test_overdue_actions_longest_overdue_first(services: Services) -> None:
    section = services.dashboard.overdue_actions(TODAY)
    assert titles(section) == [
        "Relayer l'appel à bénévoles auprès des licenciés du club",
        "Planifier les après-midi d'animation au jardin partagé",
        "Faire signer la version 2 de la charte par le bureau du club",
        "Envoyer les justificatifs de dépenses du premier semestre à la CAF",
        "Déposer la demande d'arrêté de fermeture de la rue des Acacias"]
    assert section.total == 5 and section.more == 0
    assert [line.days_overdue for line in section.lines] == [20, 15, 10, 5, 2]


def test_actions_due_in_the_next_14_days_soonest_first(services: Services) -> None:
    section = services.dashboard.actions_due_soon(TODAY)
    assert titles(section) == ["Commander du terreau pour l'atelier avec l'école",
                               "Diffuser la synthèse de l'évaluation à six mois",
                               "Réaliser les maquettes de la fresque participative"]
    assert section.total == 3
    assert all(not line.overdue for line in section.lines)


def test_action_sections_follow_status_changes_and_edges(services: Services) -> None:
    overdue = services.dashboard.overdue_actions(TODAY).lines[0]
    services.actions.set_status(overdue.id, ActionStatus.DONE, TODAY)
    soon = services.dashboard.actions_due_soon(TODAY).lines[0]
    services.actions.set_status(soon.id, ActionStatus.CANCELLED, TODAY)
    # Due today and due in exactly 14 days are "soon"; due in 15 days is not.
    for offset in (0, 14, 15):
        services.actions.create(ActionFields(title=f"Dans {offset} jours",
                                                 due_on=day(offset)))
    assert overdue.id not in {line.id for line in services.dashboard.overdue_actions(
        TODAY).lines}
    soon_titles = titles(services.dashboard.actions_due_soon(TODAY))
    assert soon_titles[0] == "Dans 0 jours" and "Dans 14 jours" in soon_titles
    assert "Dans 15 jours" not in soon_titles and soon.action.title not in soon_titles
    assert services.dashboard.overdue_actions(TODAY).total == 4


def test_sections_show_a_few_lines_and_count_them_all(services: Services) -> None:
    board = services.dashboard.load(TODAY, lines=2)
    assert len(board.overdue.lines) == 2 and board.overdue.total == 5
    assert board.overdue.more == 3
    assert len(board.follow_ups.lines) == 2 and board.follow_ups.more == 3
    assert len(board.changes_by_others.lines) == 2


# -- contact log ----------------------------------------------------------------------
def test_follow_ups_due_within_a_week_late_ones_first(services: Services) -> None:
    section = services.dashboard.follow_ups(TODAY)
    assert [(line.follow_up, line.follow_up_on) for line in section.lines] == [
        ("Proposer des dates de rencontre", day(-10)),
        ("Relancer pour l'arrêté de fermeture de rue", day(-4)),
        ("Prêter les petits outils de jardinage", day(3)),
        ("Envoyer la liste des équipes au collectif pour l'affiche", day(5)),
        ("Prendre des nouvelles de la famille", day(7)),
    ]
    assert section.total == 5
    first = section.lines[0]
    assert first.subject == "Rendez-vous avec la directrice de l'école Jean-Moulin"
    assert first.with_name == "Thomas Rousseau" and first.late and first.days_late == 10
    assert first.organisation_name.startswith("Association des parents d'élèves")
    assert first.author_name == "Nadia Ouhibi"
    assert section.lines[-1].is_private and not section.lines[-1].late
    assert services.exchanges.get(first.id).subject == first.subject


def test_done_or_far_follow_ups_are_left_out(services: Services) -> None:
    line = services.dashboard.follow_ups(TODAY).lines[0]
    services.exchanges.mark_follow_up_done(line.id)
    organisation = services.organisations.list()[0].id
    for offset, subject in ((8, "Dans huit jours"), (7, "Dans sept jours")):
        services.exchanges.create(ContactLogEntryFields(
            kind=ExchangeKind.CALL, occurred_on=TODAY, subject=subject,
            organisation_id=organisation, follow_up="Rappeler", follow_up_on=day(offset)))
    subjects = [line.subject for line in services.dashboard.follow_ups(TODAY).lines]
    assert "Dans sept jours" in subjects and "Dans huit jours" not in subjects
    assert line.subject not in subjects
    assert services.dashboard.follow_ups(TODAY).lines[-1].with_name == \
        services.organisations.list()[0].name  # no person: the organisation


# -- meetings -------------------------------------------------------------------------
def test_next_meetings_are_planned_and_from_today_on(services: Services) -> None:
    section = services.dashboard.next_meetings(TODAY)
    assert [line.title for line in section.lines] == [
        "Comité de pilotage – bilan à mi-parcours"]
    line = section.lines[0]
    assert line.starts_at == dt.datetime.combine(day(9), dt.time(18))
    assert line.project_title == "Parentalité et réussite éducative aux Tilleuls"
    assert line.video_link == "https://visio.example.org/copil-tilleuls"
    assert section.total == 1
    earlier_today = services.meetings.create(MeetingFields(
        title="Ce matin", starts_at=dt.datetime.combine(TODAY, dt.time(8)))).id
    services.meetings.create(MeetingFields(
        title="Annulée", starts_at=dt.datetime.combine(day(2), dt.time(9)),
        status=MeetingStatus.CANCELLED))
    services.meetings.create(MeetingFields(
        title="Hier", starts_at=dt.datetime.combine(day(-1), dt.time(9))))
    trashed = services.meetings.create(MeetingFields(
        title="À la corbeille", starts_at=dt.datetime.combine(day(3), dt.time(9)))).id
    services.meetings.delete(trashed)
    section = services.dashboard.next_meetings(TODAY)
    assert [line.title for line in section.lines] == [
        "Ce matin", "Comité de pilotage – bilan à mi-parcours"]
    assert section.lines[0].id == earlier_today and section.lines[0].project_title == ""


# -- changes by others ----------------------------------------------------------------
def test_changes_by_others_leave_out_the_local_profile_newest_first(
        services: Services) -> None:
    section = services.dashboard.changes_by_others(lines=50)
    assert section.lines and {line.by for line in section.lines} == {"Karim Benali",
                                                                      "Nadia Ouhibi"}
    stamps = [line.at for line in section.lines]
    assert stamps == sorted(stamps, reverse=True)
    newest = section.lines[0]
    # Nadia updated an indicator after the rest of the demo was written.
    assert (newest.kind, newest.changed_kind, newest.created) == ("indicator", "indicator",
                                                                  False)
    assert newest.title == "Parents présents au café des parents (moyenne)"
    assert newest.by_organisation.startswith("Association des parents d'élèves")
    assert section.total == len({(line.kind, line.id) for line in section.lines})


def test_parts_of_a_record_show_as_the_record(services: Services) -> None:
    section = services.dashboard.changes_by_others(lines=100)
    kinds = {line.kind for line in section.lines}
    assert not kinds & {"agenda_item", "attendance", "decision", "booking", "review_score"}
    fete = next(line for line in section.lines
                if line.title == "Réunion de préparation de la fête de quartier")
    assert fete.kind == "meeting" and fete.by == "Karim Benali"
    assert fete.changed_kind in {"meeting", "agenda_item", "attendance", "decision"}
    assert services.meetings.get(fete.id).title == fete.title
    assert len([line for line in section.lines if line.id == fete.id]) == 1


def test_every_author_shows_for_a_newcomer_and_nobody_for_oneself(services: Services) -> None:
    services.db.profile = Profile(name="Quelqu'un d'autre", organisation="")
    everyone = services.dashboard.changes_by_others(lines=200)
    assert {line.by for line in everyone.lines} == AUTHORS
    services.db.profile = MARIE
    mine = services.dashboard.changes_by_others(lines=200)
    assert mine.total < everyone.total
    assert "Marie Lefebvre" not in {line.by for line in mine.lines}


def test_a_change_made_here_leaves_the_list_and_trash_hides_records(
        services: Services) -> None:
    newest = services.dashboard.changes_by_others().lines[0]
    indicator = services.indicators.get(newest.id)
    kept = {item.name: getattr(indicator, item.name) for item in fields(IndicatorFields)}
    services.indicators.update(indicator.id, replace(IndicatorFields(**kept),
                                                     current_value=12))
    after = services.dashboard.changes_by_others(lines=100)
    assert newest.id not in {line.id for line in after.lines}
    meeting = next(line for line in after.lines if line.kind == "meeting")
    services.meetings.delete(meeting.id)
    assert meeting.id not in {line.id for line in
                              services.dashboard.changes_by_others(lines=100).lines}


def test_old_changes_are_left_out(services: Services) -> None:
    later = utcnow() + dt.timedelta(days=CHANGES_DAYS + 1)
    assert services.dashboard.changes_by_others(now=later).total == 0
    assert services.dashboard.changes_by_others(now=later).lines == ()


def test_a_decision_by_someone_else_brings_its_meeting_up(services: Services) -> None:
    meeting = services.dashboard.next_meetings(TODAY).lines[0]
    services.db.profile = Profile(name="Karim Benali", organisation="UST")
    services.decisions.create(DecisionFields(meeting_id=meeting.id, text="Nouvelle décision"))
    services.db.profile = MARIE
    newest = services.dashboard.changes_by_others().lines[0]
    assert (newest.kind, newest.id, newest.changed_kind, newest.created) == (
        "meeting", meeting.id, "decision", True)
    assert newest.title == meeting.title and newest.by == "Karim Benali"


# -- the whole board ------------------------------------------------------------------
def test_load_gathers_every_section_and_no_sync_notice_yet(services: Services) -> None:
    board = services.dashboard.load(TODAY)
    assert board.today == TODAY
    assert board.overdue == services.dashboard.overdue_actions(TODAY)
    assert board.due_soon == services.dashboard.actions_due_soon(TODAY)
    assert board.follow_ups == services.dashboard.follow_ups(TODAY)
    assert board.next_meetings == services.dashboard.next_meetings(TODAY)
    assert [line.id for line in board.changes_by_others.lines] == [
        line.id for line in services.dashboard.changes_by_others().lines]
    assert board.sync_notices == ()


def test_an_empty_workspace_has_empty_sections(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty", "Vide", MARIE) as workspace:
        board = Services(workspace).dashboard.load(TODAY)
    for section in (board.overdue, board.due_soon, board.follow_ups, board.next_meetings,
                    board.changes_by_others):
        assert section.lines == () and section.total == 0


def test_open_sync_notices_show_with_their_record_and_vanish_once_settled(
        services: Services) -> None:
    from sqlalchemy import insert, update

    from coopdesk.domain.directory import OrganisationFields
    from coopdesk.store.base import table_of, utcnow
    from coopdesk.store.models.sync_tables import SyncNotice

    org = services.organisations.create(OrganisationFields(name="Les Jardins du Pont")).id
    notices = table_of(SyncNotice)
    with services.db.engine.begin() as conn:
        conn.execute(insert(notices).values(kind="conflict", tbl="organisation", row_id=org,
                                            col="description", detail="{}"))
        conn.execute(insert(notices).values(kind="clock", detail="{}"))
    lines = services.dashboard.sync_notices()
    assert sorted((line.kind, line.text) for line in lines) == [
        ("clock", ""), ("conflict", "Les Jardins du Pont")]
    assert all(line.record_kind == "sync_notice" for line in lines)
    with services.db.engine.begin() as conn:
        conn.execute(update(notices).values(resolved_at=utcnow()))
    assert services.dashboard.sync_notices() == ()
