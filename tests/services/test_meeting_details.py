"""The meeting page's read model and use cases, on a real workspace: the list with its
filters, agenda, attendance by organisation with quorum, decisions and their actions, the
follow-up of open actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, PartnerRole
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.domain.quorum import ProxyRefusal
from coopdesk.domain.validation import LONG_TEXT_MAX
from coopdesk.services.changes import Changes, Created
from coopdesk.services.meeting_details import Period
from coopdesk.services.meeting_read_models import RefusedProxyLine
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE
from tests.services.builders import open_copy

START = dt.datetime(2026, 3, 10, 18, 0)
P, E, A, R = (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT,
              AttendanceStatus.REPRESENTED)


@dataclass(frozen=True)
class World:
    project: str
    other_project: str
    meeting: str
    centre: str
    club: str
    parents: str
    mairie: str
    marie: str
    aicha: str
    karim: str
    sofiane: str
    nadia: str
    claire: str
    loner: str


def build(s: Services) -> World:
    def org(name: str) -> str:
        return s.organisations.create(OrganisationFields(name=name)).id

    def person(first: str, last: str, organisation: str | None) -> str:
        return s.people.create(PersonFields(first_name=first, last_name=last,
                                            organisation_id=organisation)).id

    centre, club, parents = org("Centre social"), org("Club de foot"), org("Parents d'élèves")
    mairie, ghost = org("Mairie"), org("Ancien partenaire")
    marie, aicha = person("Marie", "Lefebvre", centre), person("Aïcha", "Diallo", centre)
    gone = person("Paul", "Parti", centre)
    s.people.delete(gone)
    karim, sofiane = person("Karim", "Benali", club), person("Sofiane", "Haddad", club)
    nadia = person("Nadia", "Ouhibi", parents)
    claire = person("Claire", "Martin", mairie)
    loner = person("Léa", "Seule", None)
    person("Gaston", "Ghost", ghost)
    project = s.projects.create(ProjectFields(title="Parentalité", quorum=2)).id
    # Partners in an order that is not alphabetical: the lead comes first.
    for organisation, role in ((parents, PartnerRole.PARTNER), (club, PartnerRole.PARTNER),
                               (centre, PartnerRole.LEAD), (ghost, PartnerRole.SUPPORT)):
        link = s.partners.create(ProjectPartnerFields(project_id=project,
                                                      organisation_id=organisation,
                                                      role=role)).id
        if organisation == ghost:
            s.partners.delete(link)
    other_project = s.projects.create(ProjectFields(title="Fête de quartier")).id
    meeting = s.meetings.create(MeetingFields(
        title="Comité de pilotage", starts_at=START, ends_at=START + dt.timedelta(hours=2),
        project_id=project, place="Salle polyvalente", secretary_person_id=nadia)).id
    return World(project=project, other_project=other_project, meeting=meeting,
                 centre=centre, club=club, parents=parents, mairie=mairie, marie=marie,
                 aicha=aicha, karim=karim, sofiane=sofiane, nadia=nadia, claire=claire,
                 loner=loner)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    folder = tmp_path_factory.mktemp("meetings") / "workspace"
    with Workspace.create(folder, "Coopération test", TEST_PROFILE) as workspace:
        return folder, build(Services(workspace))


@pytest.fixture
def workspace(template: tuple[Path, World], tmp_path: Path) -> Iterator[Workspace]:
    with open_copy(template[0], tmp_path / "workspace") as opened:
        yield opened


@pytest.fixture
def w(template: tuple[Path, World]) -> World:
    return template[1]


def agenda(s: Services, meeting: str, *items: tuple[str, str | None, int | None]) -> list[str]:
    return [s.agenda.create(AgendaItemFields(meeting_id=meeting, title=title,
                                             presenter_person_id=presenter,
                                             planned_minutes=minutes)).id
            for title, presenter, minutes in items]


def attend(s: Services, w: World, person: str | None, status: AttendanceStatus,
           proxy: str | None = None, organisation: str | None = None) -> str:
    return s.attendance.create(AttendanceFields(
        meeting_id=w.meeting, person_id=person, organisation_id=organisation, status=status,
        represented_by_person_id=proxy)).id


# -- the list ----------------------------------------------------------------------------
def test_rows_filter_by_project_status_period_and_text(services: Services, w: World) -> None:
    s = services
    fete = s.meetings.create(MeetingFields(
        title="Préparation de la fête", starts_at=dt.datetime(2026, 5, 2, 10, 0),
        project_id=w.other_project, video_link="https://visio.example.org/fete")).id
    loose = s.meetings.create(MeetingFields(title="Café associatif",
                                            starts_at=dt.datetime(2025, 12, 1, 9, 0),
                                            status=MeetingStatus.HELD)).id
    binned = s.meetings.create(MeetingFields(title="Réunion annulée", starts_at=START))
    s.meetings.delete(binned.id)
    first, second = s.decisions.create(DecisionFields(meeting_id=w.meeting, text="Oui")).id, \
        s.decisions.create(DecisionFields(meeting_id=w.meeting, text="Non")).id
    s.decisions.delete(second)
    agenda(s, w.meeting, ("Accueil", None, 10), ("Budget", None, 20))
    details = s.meeting_details

    def titles(**filters: object) -> list[str]:
        return [row.meeting.title for row in details.rows(**filters)]  # type: ignore[arg-type]

    # The latest first; the trash only on demand.
    assert titles() == ["Préparation de la fête", "Comité de pilotage", "Café associatif"]
    assert "Réunion annulée" in titles(include_deleted=True)
    [row] = [r for r in details.rows() if r.id == w.meeting]
    assert (row.project_title, row.agenda_count, row.decision_count) == ("Parentalité", 2, 1)
    assert first  # the other decision is in the trash and not counted
    assert [r.project_title for r in details.rows() if r.id == loose] == [""]
    assert titles(project_id=w.other_project) == ["Préparation de la fête"]
    assert titles(status=MeetingStatus.HELD) == ["Café associatif"]
    # A meeting is upcoming until it ends (its start when it has no end).
    during = START + dt.timedelta(hours=1)
    assert titles(period=Period.UPCOMING, now=during) == ["Préparation de la fête",
                                                           "Comité de pilotage"]
    assert titles(period=Period.PAST, now=during) == ["Café associatif"]
    assert titles(period=Period.PAST, now=dt.datetime(2026, 5, 2, 10, 0)) == [
        "Comité de pilotage", "Café associatif"]
    assert titles(text="salle") == ["Comité de pilotage"]  # the place
    assert titles(text="FÊTE de") == ["Préparation de la fête"]  # case and accents
    assert titles(text="preparation") == ["Préparation de la fête"]
    assert titles(text="parentalité") == ["Comité de pilotage"]  # the project's title
    assert fete in {r.id for r in details.rows(text="fête")}


# -- agenda --------------------------------------------------------------------------------
def test_detail_agenda_in_order_with_presenters_and_total(services: Services,
                                                          w: World) -> None:
    s = services
    welcome, budget, party, other = agenda(
        s, w.meeting, ("Accueil", w.marie, 10), ("Budget", w.karim, 50),
        ("Fête", None, None), ("Divers", w.nadia, 25))
    s.agenda.move(other, budget)
    detail = s.meeting_details.detail(w.meeting)
    assert [(line.number, line.item.title, line.presenter_name) for line in detail.agenda] == [
        (1, "Accueil", "Marie Lefebvre"), (2, "Divers", "Nadia Ouhibi"),
        (3, "Budget", "Karim Benali"), (4, "Fête", "")]
    assert detail.planned_minutes == 85 and detail.length_minutes == 120
    assert detail.minutes_over == 0
    assert detail.project_title == "Parentalité" and detail.secretary_name == "Nadia Ouhibi"
    assert detail.agenda_line(party) is not None and detail.agenda_line("nope") is None

    s.agenda.update(party, AgendaItemFields(meeting_id=w.meeting, title="Fête",
                                            planned_minutes=50))
    assert s.meeting_details.detail(w.meeting).minutes_over == 15
    s.agenda.delete(budget)  # an item in the trash takes no time
    detail = s.meeting_details.detail(w.meeting)
    assert [line.id for line in detail.agenda] == [welcome, other, party]
    assert (detail.planned_minutes, detail.minutes_over) == (85, 0)


def test_a_meeting_without_end_has_no_length_and_is_never_over(services: Services) -> None:
    meeting = services.meetings.create(MeetingFields(title="AG", starts_at=START)).id
    agenda(services, meeting, ("Rapport moral", None, 600))
    detail = services.meeting_details.detail(meeting)
    assert detail.length_minutes is None and detail.minutes_over == 0
    assert detail.planned_minutes == 600
    assert (detail.quorum, detail.partner_count, detail.quorum_reached) == (None, 0, None)
    assert detail.follow_up == () and detail.missing_people == 0


def test_detail_of_an_unknown_meeting_is_refused_and_a_trashed_one_shows(
        services: Services, w: World) -> None:
    with pytest.raises(NotFoundError):
        services.meeting_details.detail("0190f0f0-0000-7000-8000-000000000000")
    services.meetings.delete(w.meeting)
    assert services.meeting_details.detail(w.meeting).meeting.audit.in_trash


def test_save_notes_writes_only_what_changed(services: Services, w: World) -> None:
    [item] = agenda(services, w.meeting, ("Budget", w.karim, 20))
    details = services.meeting_details
    changes = details.save_notes(item, "Le budget est serré.", "Adopté")
    assert changes == Changes.of("agenda_item", item) | Changes.of("meeting", w.meeting)
    saved = services.agenda.get(item)
    assert (saved.notes, saved.outcome, saved.title) == ("Le budget est serré.", "Adopté",
                                                         "Budget")
    assert details.save_notes(item, "Le budget est serré.", "Adopté") == Changes()
    with pytest.raises(ValidationError) as refused:
        details.save_notes(item, "x" * (LONG_TEXT_MAX + 1), "")
    assert refused.value.field == "notes"
    services.agenda.delete(item)
    with pytest.raises(NotFoundError):
        details.save_notes(item, "Trop tard", "")


def test_follow_up_item_is_added_once_at_the_end(services: Services, w: World) -> None:
    agenda(services, w.meeting, ("Accueil", None, 10))
    details = services.meeting_details
    changes = details.add_follow_up_item(w.meeting, "Suivi des actions", "• Affiches", 10)
    assert isinstance(changes, Created) and changes.touches("agenda_item", "meeting")
    lines = details.detail(w.meeting).agenda
    assert [line.item.title for line in lines] == ["Accueil", "Suivi des actions"]
    assert lines[-1].item.notes == "• Affiches" and lines[-1].item.planned_minutes == 10
    assert details.add_follow_up_item(w.meeting, " suivi DES actions ", "", None) == Changes()
    services.agenda.delete(lines[-1].id)  # in the trash: it may be added again
    assert details.add_follow_up_item(w.meeting, "Suivi des actions", "", None)


# -- attendance ----------------------------------------------------------------------------
def test_fill_attendance_adds_the_partners_people_once(services: Services, w: World) -> None:
    details = services.meeting_details
    attend(services, w, w.karim, P)
    before = details.detail(w.meeting)
    # Centre (2 live people), club (1 not listed yet), parents (1); not the trashed person,
    # not the people of a former partner, of a non-partner or of no organisation.
    assert before.missing_people == 4
    changes = details.fill_attendance(w.meeting)
    assert changes.touches("attendance", "meeting") and w.meeting in changes.ids
    detail = details.detail(w.meeting)
    assert detail.missing_people == 0
    lines = {line.attendance.person_id: line for g in detail.attendance for line in g.lines}
    assert set(lines) == {w.marie, w.aicha, w.karim, w.sofiane, w.nadia}
    assert lines[w.karim].status is P  # left as it was
    assert {lines[p].status for p in (w.marie, w.aicha, w.sofiane, w.nadia)} == {A}
    assert lines[w.sofiane].attendance.organisation_id == w.club
    assert details.fill_attendance(w.meeting) == Changes()
    loose = services.meetings.create(MeetingFields(title="Sans projet", starts_at=START)).id
    assert details.fill_attendance(loose) == Changes()
    services.meetings.delete(loose)
    with pytest.raises(NotFoundError):
        details.fill_attendance(loose)


def test_attendance_grouped_by_organisation_with_counts_and_quorum(services: Services,
                                                                   w: World) -> None:
    details = services.meeting_details
    attend(services, w, w.sofiane, A)
    attend(services, w, w.claire, P)  # a guest: the mairie is not a partner
    attend(services, w, w.loner, E)
    attend(services, w, w.nadia, R, proxy=w.karim)
    attend(services, w, None, E, organisation=w.centre)  # the centre as a whole
    attend(services, w, w.aicha, E)
    detail = details.detail(w.meeting)
    groups = [(g.organisation_name, g.is_partner,
               [(line.person_name, line.status, line.represented_by_name) for line in g.lines])
              for g in detail.attendance]
    assert groups == [
        ("Centre social", True, [("", E, ""), ("Aïcha Diallo", E, "")]),
        ("Club de foot", True, [("Sofiane Haddad", A, "")]),
        ("Parents d'élèves", True, [("Nadia Ouhibi", R, "Karim Benali")]),
        ("Mairie", False, [("Claire Martin", P, "")]),
        ("", False, [("Léa Seule", E, "")]),
    ]
    assert (detail.counts.present, detail.counts.excused, detail.counts.absent,
            detail.counts.represented, detail.counts.total) == (1, 3, 1, 1, 6)
    assert detail.counts.of(E) == 3
    # The parents are represented by Karim, who is not there (yet): their proxy does not
    # count; a guest (the Mairie, not a partner) never counts for the quorum.
    assert (detail.partner_count, detail.partners_attending, detail.quorum) == (3, 0, 2)
    assert detail.quorum_reached is False
    assert detail.refused_proxies == (RefusedProxyLine(
        "Parents d'élèves", "Karim Benali", ProxyRefusal.HOLDER_NOT_PRESENT),)
    marie = attend(services, w, w.marie, P)
    detail = details.detail(w.meeting)
    assert (detail.partners_attending, detail.quorum_reached) == (1, False)
    assert detail.attendance_line(marie) is not None
    attend(services, w, w.karim, P)
    detail = details.detail(w.meeting)
    assert (detail.quorum_count.present, detail.quorum_count.represented) == (2, 1)
    assert (detail.partners_attending, detail.quorum_reached, detail.refused_proxies) == (
        3, True, ())


def test_mark_attendance_in_one_step(services: Services, w: World) -> None:
    details = services.meeting_details
    karim, nadia = attend(services, w, w.karim, A), attend(services, w, w.nadia, A)
    changes = details.mark_attendance([karim, nadia, karim], P)
    assert changes == Changes.of("attendance", karim, nadia) | Changes.of("meeting", w.meeting)
    assert {services.attendance.get(i).status for i in (karim, nadia)} == {P}
    assert details.mark_attendance([karim], P) == Changes()

    with pytest.raises(ValidationError) as refused:
        details.mark_attendance([nadia], R)
    assert refused.value.field == "represented_by_person_id"
    details.mark_attendance([nadia], R, w.marie)
    saved = services.attendance.get(nadia)
    assert (saved.status, saved.represented_by_person_id) == (R, w.marie)
    # Back to present: the proxy goes.
    details.mark_attendance([nadia], P, w.marie)
    assert services.attendance.get(nadia).represented_by_person_id is None

    services.people.delete(w.claire)
    with pytest.raises(ValidationError, match="does not exist or is in the trash"):
        details.mark_attendance([karim], R, w.claire)
    assert services.attendance.get(karim).status is P  # nothing was written
    services.attendance.delete(karim)
    with pytest.raises(NotFoundError):
        details.mark_attendance([karim], E)


# -- decisions and actions -----------------------------------------------------------------
def test_action_from_decision_in_one_step(services: Services, w: World) -> None:
    details = services.meeting_details
    [item] = agenda(services, w.meeting, ("Bénévoles", w.marie, 20))
    decision = services.decisions.create(DecisionFields(
        meeting_id=w.meeting, agenda_item_id=item, text="Recruter deux bénévoles.",
        votes_for=5, votes_against=0, votes_abstain=1)).id
    created = details.action_from_decision(decision, ActionFields(
        title="Recruter deux bénévoles", owner_organisation_id=w.club,
        owner_person_id=w.karim, due_on=dt.date(2026, 4, 1)))
    assert isinstance(created, Created) and created.id
    assert created.touches("action", "decision", "meeting")
    assert {created.id, decision, w.meeting} <= created.ids
    action = services.actions.get(created.id)
    assert action.origin_decision_id == decision
    assert action.project_id == w.project  # the meeting's project
    assert (action.owner_person_id, action.owner_organisation_id, action.due_on) == (
        w.karim, w.club, dt.date(2026, 4, 1))
    # An action may go to another project on purpose.
    other = details.action_from_decision(decision, ActionFields(
        title="Prévenir la fête", project_id=w.other_project)).id
    assert services.actions.get(other).project_id == w.other_project

    [line] = details.detail(w.meeting).decisions
    assert line.agenda_title == "Bénévoles"
    assert [(a.action.title, a.owner_name, a.owner_organisation_name) for a in line.actions] == [
        ("Recruter deux bénévoles", "Karim Benali", "Club de foot"),
        ("Prévenir la fête", "", "")]
    assert line.decision.votes_abstain == 1

    with pytest.raises(ValidationError) as refused:
        details.action_from_decision(decision, ActionFields(title="  "))
    assert refused.value.field == "title"
    with pytest.raises(NotFoundError):
        details.action_from_decision("0190f0f0-0000-7000-8000-000000000000",
                                     ActionFields(title="Rien"))


def test_follow_up_lists_the_projects_open_actions(services: Services, w: World) -> None:
    s, details = services, services.meeting_details

    def action(title: str, **fields: object) -> str:
        return s.actions.create(ActionFields(title=title, **fields)).id  # type: ignore[arg-type]

    action("Imprimer les affiches", project_id=w.project, owner_person_id=w.nadia,
           due_on=dt.date(2026, 3, 20))
    action("Réserver la salle", project_id=w.project, status=ActionStatus.IN_PROGRESS,
           owner_organisation_id=w.centre)
    action("Sans date", project_id=w.project, due_on=None)
    action("Bilan envoyé", project_id=w.project, status=ActionStatus.DONE)
    action("Abandonnée", project_id=w.project, status=ActionStatus.CANCELLED)
    action("Autre projet", project_id=w.other_project)
    s.actions.delete(action("Jetée", project_id=w.project))
    decision = s.decisions.create(DecisionFields(meeting_id=w.meeting, text="Une fête")).id
    details.action_from_decision(decision, ActionFields(title="Décidée ce jour"))
    follow_up = details.detail(w.meeting).follow_up
    # The soonest due first, undated last; not the actions this meeting decided.
    assert [(a.action.title, a.owner_name) for a in follow_up] == [
        ("Imprimer les affiches", "Nadia Ouhibi"), ("Réserver la salle", "Centre social"),
        ("Sans date", "")]
    # At the next meeting, the action decided today is to follow up too.
    later = s.meetings.create(MeetingFields(title="Comité suivant",
                                            starts_at=START + dt.timedelta(days=30),
                                            project_id=w.project)).id
    assert "Décidée ce jour" in [a.action.title for a in details.detail(later).follow_up]


def test_services_expose_meeting_details(services: Services) -> None:
    assert services.meeting_details.actions is services.actions
    assert services.meeting_details.agenda is services.agenda
    assert "meeting_details" not in {s.kind for s in services.by_kind().values()}
