"""The procès-verbal of a statutory meeting and the compte rendu of the others, as HTML in
the English source wording: every part, in order; the quorum of voting partners with
proxies capped; the vote formulas; no "lead partner" in a cooperation without one; user
text printed as text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coopdesk.domain.directory import PersonFields
from coopdesk.domain.enums import MeetingKind, VoteKind, VotingRight
from coopdesk.domain.meetings import DecisionFields, MeetingFields, VoteResult
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import esc
from coopdesk.services.minutes_parts import vote_formula
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE
from tests.services.builders import open_copy
from tests.services.proces_verbal_world import World, build


def in_order(html: str, *parts: str) -> None:
    position = 0
    for part in parts:
        found = html.find(part, position)
        assert found >= 0, f"{part!r} missing after position {position}"
        position = found + len(part)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, tuple[Path, World]]:
    """The world built once with a lead partner and once without, copied for each test."""
    built = {}
    for lead in (True, False):
        folder = tmp_path_factory.mktemp("pv") / "workspace"
        with Workspace.create(folder, "Coopération test", TEST_PROFILE) as workspace:
            built[lead] = (folder, build(Services(workspace), lead=lead))
    return built


@pytest.fixture
def workspace(template: dict[bool, tuple[Path, World]], tmp_path: Path) -> Iterator[Workspace]:
    with open_copy(template[True][0], tmp_path / "workspace") as opened:
        yield opened


@pytest.fixture
def world(template: dict[bool, tuple[Path, World]]) -> World:
    return template[True][1]


def meeting_fields(services: Services, meeting_id: str, **changes: object) -> MeetingFields:
    meeting = services.meetings.get(meeting_id)
    fields = MeetingFields(**{name: getattr(meeting, name)
                              for name in MeetingFields.__dataclass_fields__})
    return replace(fields, **changes)  # type: ignore[arg-type]


def test_the_proces_verbal_holds_every_part_in_order(services: Services, world: World) -> None:
    document = services.minutes.document(world.meeting)
    assert document.title == ("Minutes of the ordinary general assembly: Assemblée générale "
                              "2026")
    in_order(
        document.html, "Minutes of the ordinary general assembly", "Assemblée générale 2026",
        "Voting members", "Centre social", "Arts &amp; Murs",
        "Other partners", "CAF du Rhône", "Mairie",
        "Type of meeting", "Ordinary general assembly", "14 March 2026",
        "Opening of the meeting", "18:30", "Salle des fêtes",
        "Draft official minutes",
        "The meeting opened on 14 March 2026 at 18:30 (Salle des fêtes).",
        "The members were convened on 21 February 2026 by Anne Martin (présidente, Centre "
        "social), by letter.",
        "The meeting is chaired by Anne Martin (présidente, Centre social); Nadia Ouhibi "
        "(secrétaire, Parents d&#x27;élèves) is the secretary of the meeting.",
        "Voting member organisations: 4; present: 2; represented: 1; that is 3 present or "
        "represented.",
        "The quorum being 1/2 of the voting organisations, that is 2, it is reached",
        "Proxy not counted: Club de foot, represented by Anne Martin, who already holds 1",
        "Attending without a vote: CAF du Rhône (funder).",
        "Attendance", "Centre social", "Anne Martin", "Present", "Marc Petit",
        "Club de foot", "Karim Benali", "Represented by Anne Martin",
        "CAF du Rhône", "funder, without a vote", "Hélène Dubois",
        "Mairie", "observer, without a vote", "Claire Roux", "Excused",
        "Agenda and deliberations", "1. Rapport moral", "Le rapport est présenté.",
        "Decision no. 1: Le rapport moral est approuvé.",
        "Adopted unanimously by the members present and represented.",
        "2. Comptes 2025", "Decision no. 2: Les comptes sont approuvés.",
        "Adopted by 5 votes for, 1 against, 1 abstention.",
        "Decision no. 3: La cotisation double.",
        "Rejected by 1 vote for, 2 against, 1 not taking part in the vote.",
        "Detail of the vote: Pour : Club de foot.",
        "Other decisions", "Decision no. 4: Nadia Ouhibi est élue trésorière.",
        "Adopted by secret ballot, by 2 votes for, 1 against.",
        "With the agenda dealt with, the meeting was closed at 20:05.",
        "President of the meeting", "Anne Martin", "Présidente — Centre social",
        "Secretary of the meeting", "Nadia Ouhibi", "Signatory", "Marc Petit",
        "Trésorier — Centre social", "Official minutes not approved yet.")


@pytest.mark.parametrize("kind", list(MeetingKind))
def test_statutory_kinds_print_a_proces_verbal_the_others_a_compte_rendu(
        services: Services, world: World, kind: MeetingKind) -> None:
    services.meetings.update(world.meeting, meeting_fields(services, world.meeting, kind=kind))
    html = services.minutes.document(world.meeting).html
    statutory = kind in (MeetingKind.ORDINARY_GENERAL_ASSEMBLY,
                         MeetingKind.EXTRAORDINARY_GENERAL_ASSEMBLY, MeetingKind.BOARD,
                         MeetingKind.BUREAU)
    assert ("The meeting is chaired by" in html) is statutory
    assert ("Minutes of the meeting</h1>" in html) is not statutory
    # both forms name who signs, with their roles and organisations, and the votes
    for part in ("President of the meeting", "Présidente — Centre social", "Marc Petit",
                 "Adopted by 5 votes for, 1 against, 1 abstention."):
        assert part in html


def test_the_compte_rendu_keeps_its_lighter_form(services: Services, world: World) -> None:
    services.meetings.update(world.meeting, meeting_fields(
        services, world.meeting, kind=MeetingKind.STEERING_COMMITTEE))
    html = services.minutes.document(world.meeting).html
    in_order(html, "Minutes of the meeting", "Type of meeting", "Steering committee",
             "President of the meeting", "Anne Martin", "Attendance",
             "Quorum reached: 3 of 4 voting partner organisations present or represented "
             "(quorum: 2).", "Proxy not counted: Club de foot",
             "Attending without a vote: CAF du Rhône (funder).",
             "Agenda and discussions", "Decisions", "Vote",
             "Adopted unanimously by the members present and represented.",
             "Open actions carried over", "Next meeting",
             "With the agenda dealt with, the meeting was closed at 20:05.",
             "Minutes not approved yet.")


def test_the_quorum_follows_the_project_unless_the_meeting_has_its_own(
        services: Services, world: World) -> None:
    details = services.meeting_details
    own = details.detail(world.meeting)
    assert (own.quorum, own.partner_count, own.partners_attending) == (2, 4, 3)
    services.meetings.update(world.meeting, meeting_fields(
        services, world.meeting, quorum_overridden=False))
    project = details.detail(world.meeting)
    # the project's rule: 4 voting partners, one proxy a person
    assert (project.quorum, project.partners_attending, project.quorum_reached) == (4, 3, False)
    html = services.minutes.document(world.meeting).html
    assert "The quorum being 4 organisations, it is not reached" in html
    # A project without a limit on proxies counts both of Anne's.
    fields = services.projects.get(world.project)
    services.projects.update(world.project, ProjectFields(**{
        name: getattr(fields, name) for name in ProjectFields.__dataclass_fields__
        if name != "max_proxies"}))
    unlimited = details.detail(world.meeting)
    assert (unlimited.partners_attending, unlimited.quorum_reached) == (4, True)
    assert unlimited.refused_proxies == ()


def test_a_funder_said_to_vote_counts(services: Services, world: World) -> None:
    [caf] = [p for p in services.partners.list() if p.organisation_id == world.orgs["caf"]]
    fields = ProjectPartnerFields(**{name: getattr(caf, name)
                                     for name in ProjectPartnerFields.__dataclass_fields__})
    services.partners.update(caf.id, replace(fields, voting=VotingRight.VOTES))
    detail = services.meeting_details.detail(world.meeting)
    assert (detail.partner_count, detail.quorum_count.present) == (5, 3)
    assert "CAF du Rhône (funder)" not in services.minutes.document(world.meeting).html


@pytest.mark.parametrize("lead", [True, False])
def test_no_lead_partner_is_named_where_there_is_none(
        template: dict[bool, tuple[Path, World]], tmp_path: Path, lead: bool) -> None:
    folder, world = template[lead]
    with open_copy(folder, tmp_path / "copy") as workspace:
        _no_lead_words(Services(workspace), world, lead)


def _no_lead_words(services: Services, world: World, lead: bool) -> None:
    for kind in (MeetingKind.ORDINARY_GENERAL_ASSEMBLY, MeetingKind.WORKING_MEETING):
        services.meetings.update(world.meeting, meeting_fields(services, world.meeting,
                                                               kind=kind))
        html = services.minutes.document(world.meeting).html.lower()
        assert "lead" not in html
    assert services.meeting_details.detail(world.meeting).has_lead is lead


def test_a_meeting_without_president_or_convocation_says_so_plainly(
        services: Services, world: World) -> None:
    services.meetings.update(world.meeting, meeting_fields(
        services, world.meeting, president_person_id=None, secretary_person_id=None,
        convened_on=None, closed_at=None))
    html = services.minutes.document(world.meeting).html
    assert "No president of the meeting is named." in html
    assert "convened" not in html
    assert "With the agenda dealt with, the meeting was closed.</td>" in html
    # the signature boxes are still there, to fill in by hand
    assert html.count("Signature:") == 3


@pytest.mark.parametrize(("result", "english"), [
    (VoteResult(True, True), "Adopted unanimously by the members present and represented."),
    (VoteResult(True, False), "Rejected unanimously by the members present and represented."),
    (VoteResult(True, True, secret=True), "Adopted unanimously by secret ballot."),
    (VoteResult(False, True, 5, 1, 1), "Adopted by 5 votes for, 1 against, 1 abstention."),
    (VoteResult(False, True, 1), "Adopted by 1 vote for."),
    (VoteResult(False, True, 4, 0, 2, 1),
     "Adopted by 4 votes for, 2 abstentions, 1 not taking part in the vote."),
    (VoteResult(False, False, 2, 3), "Rejected by 2 votes for, 3 against."),
    (VoteResult(False, False, 0, 3, secret=True),
     "Rejected by secret ballot, by 0 votes for, 3 against."),
])
def test_vote_formulas(result: VoteResult, english: str) -> None:
    assert vote_formula(result, Wording()) == english


HOSTILE = "<script>alert(1)</script><b>gras</b> & « guillemets »"


def test_hostile_text_prints_as_text(services: Services, world: World) -> None:
    long = "Très long débat. " * 4_000
    services.meetings.update(world.meeting, meeting_fields(
        services, world.meeting, title=HOSTILE, place=HOSTILE, notes=long))
    services.decisions.update(world.decisions[2], DecisionFields(
        meeting_id=world.meeting, agenda_item_id=world.items[1], text=HOSTILE,
        vote_kind=VoteKind.COUNTED, votes_for=1, named_votes=HOSTILE))
    person = services.people.get(world.people["anne"])
    services.people.update(person.id, PersonFields(first_name=HOSTILE, last_name="Martin",
                                                   organisation_id=person.organisation_id,
                                                   role=HOSTILE))
    html = services.minutes.document(world.meeting).html
    assert "<script" not in html and "<b>gras" not in html
    assert html.count(esc(HOSTILE)) >= 8
    assert esc(long.strip()) in html
