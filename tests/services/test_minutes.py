"""The minutes of a meeting without Qt: the HTML (every part present, in order, user text
escaped), finding a meeting by title, approval at a later meeting that locks the meeting in
every service, annotations, and the carry-over of open actions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, PartnerRole
from coopdesk.domain.errors import CoopdeskError, NotFoundError, ValidationError
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.documents import (
    TemplateError,
    esc,
    fill,
    load_template,
    user_templates_dir,
)
from coopdesk.services.meeting_lock import MeetingLockedError
from coopdesk.services.workspace_services import Services

START = dt.datetime(2026, 3, 10, 18, 0)
HOSTILE = "<b>gras</b> & <script>alert('x')</script>"


@dataclass(frozen=True)
class World:
    project: str
    held: str
    later: str
    centre: str
    club: str
    marie: str
    karim: str
    item: str
    decision: str
    attendance: str


def build(s: Services) -> World:
    centre = s.organisations.create(OrganisationFields(name="Centre social Les Tilleuls")).id
    club = s.organisations.create(OrganisationFields(name="Union sportive")).id
    marie = s.people.create(PersonFields(first_name="Marie", last_name="Lefèbvre",
                                         organisation_id=centre)).id
    karim = s.people.create(PersonFields(first_name="Karim", last_name="Benali",
                                         organisation_id=club)).id
    project = s.projects.create(ProjectFields(title="Fête de quartier", quorum=2)).id
    s.partners.create(ProjectPartnerFields(project_id=project, organisation_id=centre,
                                           role=PartnerRole.LEAD))
    s.partners.create(ProjectPartnerFields(project_id=project, organisation_id=club))
    held = s.meetings.create(MeetingFields(
        title="Réunion de préparation", starts_at=START, ends_at=START + dt.timedelta(hours=2),
        project_id=project, place="Local du jardin", status=MeetingStatus.HELD,
        secretary_person_id=marie)).id
    later = s.meetings.create(MeetingFields(
        title="Réunion de suivi", starts_at=START + dt.timedelta(days=30),
        project_id=project, video_link="https://visio.example.org/suivi")).id
    item = s.agenda.create(AgendaItemFields(meeting_id=held, title="Programme",
                                            notes="Tournoi le matin.\nRepas à midi.",
                                            outcome="Programme validé.")).id
    decision = s.decisions.create(DecisionFields(meeting_id=held, agenda_item_id=item,
                                                 text="La fête aura lieu place des Tilleuls.",
                                                 votes_for=6, votes_against=1,
                                                 votes_abstain=0)).id
    s.meeting_details.action_from_decision(decision, ActionFields(
        title="Demander l'arrêté de fermeture", owner_person_id=karim,
        owner_organisation_id=club, due_on=dt.date(2026, 4, 1)))
    s.actions.create(ActionFields(title="Envoyer le bilan à la CAF", project_id=project,
                                  owner_person_id=marie, status=ActionStatus.IN_PROGRESS,
                                  due_on=dt.date(2026, 3, 31)))
    attendance = s.attendance.create(AttendanceFields(meeting_id=held, person_id=marie)).id
    s.attendance.create(AttendanceFields(meeting_id=held, person_id=karim,
                                         status=AttendanceStatus.REPRESENTED,
                                         represented_by_person_id=marie))
    return World(project, held, later, centre, club, marie, karim, item, decision, attendance)


@pytest.fixture
def w(services: Services) -> World:
    return build(services)


def _text_order(html: str, *parts: str) -> None:
    """Each part appears after the previous one."""
    position = 0
    for part in parts:
        found = html.find(part, position)
        assert found >= 0, f"{part!r} missing after position {position}"
        position = found + len(part)


# -- the document --------------------------------------------------------------------------
def test_minutes_hold_every_part_in_order(services: Services, w: World) -> None:
    document = services.minutes.document(w.held)
    assert document.title == "Minutes: Réunion de préparation"
    assert not document.toc
    _text_order(document.html, "Réunion de préparation", "Fête de quartier",
                "Centre social Les Tilleuls, Union sportive", "10 March 2026", "18:00 – 20:00",
                "Local du jardin", "Draft minutes", "Attendance", "Marie Lefèbvre",
                "Karim Benali", "Represented by Marie Lefèbvre", "Quorum reached: 2 of 2",
                "1. Programme", "Tournoi le matin.<br/>Repas à midi.", "Programme validé.",
                "La fête aura lieu place des Tilleuls.", "Adopted by 6 votes for, 1 against.",
                "Demander l&#x27;arrêté de fermeture", "2026-04-01",
                "Open actions carried over", "Envoyer le bilan à la CAF", "In progress",
                "Next meeting", "Réunion de suivi, 9 April 2026 at 18:00",
                "https://visio.example.org/suivi", "President of the meeting",
                "Secretary of the meeting", "Minutes not approved yet.")
    assert "lead partner" not in document.html
    # The action decided here is not "carried over" in its own minutes.
    carried = document.html.split("Open actions carried over")[1]
    assert "arrêté de fermeture" not in carried


def test_user_text_is_escaped_everywhere(services: Services, w: World) -> None:
    meeting = services.meetings.get(w.held)
    services.meetings.update(w.held, replace(_fields(meeting), title=HOSTILE, place=HOSTILE,
                                             notes=HOSTILE))
    services.meeting_details.save_notes(w.item, HOSTILE, HOSTILE)
    services.decisions.update(w.decision, DecisionFields(meeting_id=w.held, text=HOSTILE))
    services.organisations.update(w.club, OrganisationFields(name=HOSTILE))
    html = services.minutes.document(w.held).html
    assert "<script" not in html and "<b>gras" not in html
    assert html.count(esc(HOSTILE)) >= 6


def test_a_meeting_without_project_or_parts_still_prints(services: Services) -> None:
    alone = services.meetings.create(MeetingFields(title="Point rapide", starts_at=START)).id
    html = services.minutes.document(alone).html
    for text in ("No attendance recorded.", "No agenda item.", "No decision recorded.",
                 "No action decided.", "No open action to carry over.", "Not set yet.",
                 "Draft: this meeting has not been held yet."):
        assert text in html


def test_fill_reports_unknown_placeholders_and_ignores_comments() -> None:
    assert fill("<!-- {{ doc }} -->a {{ x }} b {{x}}", {"x": "1"}) == "a 1 b 1"
    with pytest.raises(TemplateError, match="nope"):
        fill("{{ nope }}", {})
    assert "{{ facts }}" in load_template("minutes.html")


# -- finding a meeting ---------------------------------------------------------------------
def test_find_meeting_by_id_title_or_unambiguous_part(services: Services, w: World) -> None:
    minutes = services.minutes
    assert minutes.find_meeting(w.held) == w.held
    assert minutes.find_meeting("reunion de PREPARATION") == w.held
    assert minutes.find_meeting("suivi") == w.later
    with pytest.raises(CoopdeskError, match=r"Several records match Réunion: .*préparation.*"
                       r"suivi") as caught:
        minutes.find_meeting("Réunion")
    assert w.held in caught.value.message and w.later in caught.value.message
    with pytest.raises(NotFoundError):
        minutes.find_meeting("assemblée générale")


# -- approval and lock ---------------------------------------------------------------------
def test_approval_at_a_later_meeting_shows_on_both_minutes(services: Services,
                                                           w: World) -> None:
    assert [m.id for m in services.minutes.approval_candidates(w.held)] == [w.later]
    changes = services.minutes.approve(w.held, w.later)
    assert {w.held, w.later} <= changes.ids
    meeting = services.meetings.get(w.held)
    assert meeting.status is MeetingStatus.APPROVED
    assert meeting.approved_in_meeting_id == w.later
    html = services.minutes.document(w.held).html
    assert "Minutes approved at the meeting “Réunion de suivi” of 9 April 2026." in html
    assert "Approved at the meeting “Réunion de suivi” of 9 April 2026" in html
    later = services.minutes.document(w.later).html
    assert "The minutes of the meeting “Réunion de préparation” of 10 March 2026 were " \
           "approved." in later


@pytest.mark.parametrize("problem", ["itself", "earlier", "planned", "cancelled", "missing"])
def test_approval_is_refused_when_it_makes_no_sense(services: Services, w: World,
                                                    problem: str) -> None:
    meeting, approving = w.held, w.later
    if problem == "itself":
        approving = w.held
    elif problem == "earlier":
        meeting, approving = w.later, w.held
    elif problem == "planned":
        meeting = w.later
        approving = services.meetings.create(MeetingFields(
            title="Encore plus tard", starts_at=START + dt.timedelta(days=90))).id
    elif problem == "cancelled":
        later = services.meetings.get(w.later)
        services.meetings.update(w.later, replace(_fields(later),
                                                  status=MeetingStatus.CANCELLED))
    else:
        services.meetings.delete(w.later)
    with pytest.raises(ValidationError):
        services.minutes.approve(meeting, approving)
    assert services.meetings.get(w.held).status is MeetingStatus.HELD


def test_status_approved_cannot_be_set_by_a_plain_edit(services: Services, w: World) -> None:
    meeting = services.meetings.get(w.held)
    with pytest.raises(ValidationError, match="Approve minutes"):
        services.meetings.update(w.held, replace(_fields(meeting),
                                                 status=MeetingStatus.APPROVED,
                                                 approved_in_meeting_id=w.later))


def test_an_approved_meeting_and_its_parts_refuse_every_edit(services: Services,
                                                             w: World) -> None:
    services.minutes.approve(w.held, w.later)
    meeting = services.meetings.get(w.held)
    before = services.minutes.document(w.held).html
    attempts = [
        lambda: services.meetings.update(w.held, replace(_fields(meeting), title="Autre")),
        lambda: services.meetings.update(w.held, replace(_fields(meeting),
                                                         status=MeetingStatus.HELD)),
        lambda: services.meetings.delete(w.held),
        lambda: services.agenda.create(AgendaItemFields(meeting_id=w.held, title="Ajout")),
        lambda: services.agenda.update(w.item, AgendaItemFields(meeting_id=w.held,
                                                                title="Modifié")),
        lambda: services.agenda.update(w.item, AgendaItemFields(meeting_id=w.later,
                                                                title="Déplacé")),
        lambda: services.agenda.delete(w.item),
        lambda: services.agenda.move(w.item, None),
        lambda: services.meeting_details.save_notes(w.item, "réécrit", ""),
        lambda: services.attendance.create(AttendanceFields(meeting_id=w.held,
                                                            organisation_id=w.club)),
        lambda: services.attendance.delete(w.attendance),
        lambda: services.meeting_details.mark_attendance([w.attendance],
                                                         AttendanceStatus.ABSENT),
        lambda: services.meeting_details.fill_attendance(w.held),
        lambda: services.decisions.create(DecisionFields(meeting_id=w.held, text="Non")),
        lambda: services.decisions.update(w.decision, DecisionFields(meeting_id=w.held,
                                                                     text="Changé")),
        lambda: services.decisions.delete(w.decision),
        lambda: services.minutes.approve(w.held, w.later),
        lambda: services.minutes.carry_over(w.held),
    ]
    for attempt in attempts:
        with pytest.raises(MeetingLockedError, match="Réunion de préparation"):
            attempt()
    assert services.minutes.document(w.held).html == before


def test_a_part_trashed_before_approval_stays_in_the_trash(services: Services,
                                                           w: World) -> None:
    services.decisions.delete(w.decision)
    services.minutes.approve(w.held, w.later)
    with pytest.raises(MeetingLockedError):
        services.decisions.restore(w.decision)


def test_approved_minutes_take_dated_signed_annotations(services: Services,
                                                        w: World) -> None:
    with pytest.raises(ValidationError, match="Only approved minutes"):
        services.minutes.annotate(w.held, "Trop tôt")
    services.minutes.approve(w.held, w.later)
    with pytest.raises(ValidationError):
        services.minutes.annotate(w.held, "   ")
    services.minutes.annotate(w.held, "Erratum : le tournoi commence à 10 h.",
                              now=dt.datetime(2026, 4, 12, 9, 30))
    services.minutes.annotate(w.held, HOSTILE, now=dt.datetime(2026, 4, 13, 10, 0))
    html = services.minutes.document(w.held).html
    _text_order(html, "Annotations after approval", "2026-04-12 09:30 — Marie Dupont",
                "Erratum : le tournoi commence à 10 h.", "2026-04-13 10:00", esc(HOSTILE),
                "Approved at the meeting")
    assert "<script" not in html


# -- carry-over ----------------------------------------------------------------------------
def test_open_actions_are_carried_into_the_next_agenda_once(services: Services,
                                                            w: World) -> None:
    done = services.actions.create(ActionFields(title="Réserver la sono", project_id=w.project,
                                                status=ActionStatus.DONE)).id
    changes = services.minutes.carry_over(w.later)
    assert "agenda_item" in changes.kinds
    items = services.agenda.list(meeting_id=w.later)
    by_title = {item.title: item for item in items}
    assert set(by_title) == {"Carried over: Demander l'arrêté de fermeture",
                             "Carried over: Envoyer le bilan à la CAF"}
    assert by_title["Carried over: Envoyer le bilan à la CAF"].notes == \
        "Status: In progress · Who: Marie Lefèbvre · Due: 31 March 2026"
    assert by_title["Carried over: Demander l'arrêté de fermeture"].notes.startswith(
        "Status: Todo · Who: Karim Benali")
    assert done not in {i.id for i in items}
    assert not services.minutes.carry_over(w.later)  # nothing new the second time
    html = services.minutes.document(w.later).html
    assert "Carried over: Envoyer le bilan à la CAF" in html


def _fields(meeting: object) -> MeetingFields:
    names = MeetingFields.__dataclass_fields__
    return MeetingFields(**{name: getattr(meeting, name) for name in names})


def test_a_volunteer_template_in_the_user_folder_wins(services: Services, w: World) -> None:
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    template = load_template("minutes.html").replace("{{ closing }}", "Séance levée à 20 h.")
    (folder / "minutes.html").write_text(template, encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    html = services.minutes.document(w.held).html
    assert "Séance levée à 20 h." in html
    assert f'<img src="{(folder / "logo.png").as_uri()}"' in html
    (folder / "minutes.html").write_text("{{ title }} {{ signatures_of_the_board }}",
                                         encoding="utf-8")
    with pytest.raises(TemplateError, match="signatures_of_the_board"):
        services.minutes.document(w.held)
