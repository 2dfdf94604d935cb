"""The cooperation dossier and the partner's action sheet, checked on their HTML (Qt-free)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import ActionStatus, MeetingStatus
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.meetings import DecisionFields, MeetingFields
from coopdesk.domain.profile import Profile
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.documents import esc
from coopdesk.services.dossier import DossierService
from coopdesk.services.dossier_data import AmbiguousNameError
from coopdesk.services.partner_actions_sheet import PartnerActionsSheetService
from coopdesk.services.workspace_services import Services

TODAY = dt.date(2026, 11, 26)
HOSTILE = '<script>alert("x")</script> & <b>gras</b>'
SECTIONS = ("The project", "Objectives and indicators", "Partners and commitments",
            "Charter and acceptances", "Meetings and decisions", "Actions and their status",
            "Pooled resources", "Reviews of the cooperation")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    workspace = create_demo_workspace(tmp_path_factory.mktemp("demo") / "ws",
                                      Profile(name="Test"), TODAY)
    yield Services(workspace)
    workspace.close()


def _project(services: Services, text: str) -> str:
    return DossierService(services.db).find_project(text)


def test_demo_dossier_has_every_part_in_order(demo: Services) -> None:
    service = DossierService(demo.db, demo.workspace.name)
    document = service.document(_project(demo, "Parentalité"), today=TODAY)
    assert document.toc
    assert document.title == ("Cooperation dossier: Parentalité et réussite éducative "
                              "aux Tilleuls")
    html = document.html
    assert 'id="toc"' in html
    positions = [html.index(f"<h1>{title}</h1>") for title in SECTIONS]
    assert positions == sorted(positions)
    detail = demo.projects.detail(_project(demo, "Parentalité"))
    for partner in detail.partners:
        assert esc(partner.organisation_name) in html
    for line in detail.objectives:
        assert esc(line.objective.title) in html
    assert "Coopération Quartier des Tilleuls" in html
    assert "Total in kind" in html
    assert "Not yet accepted version 2" in html


def test_dossier_lists_every_decision_and_action_of_the_project(demo: Services) -> None:
    project_id = _project(demo, "Parentalité")
    html = DossierService(demo.db).document(project_id, today=TODAY).html
    data = DossierService(demo.db).data.gather(project_id, today=TODAY)
    assert data.meetings and data.actions
    for meeting in data.meetings:
        assert meeting.meeting.project_id == project_id
        for decision in meeting.decisions:
            assert esc(decision.decision.text) in html
    for row in data.actions:
        assert row.action.project_id == project_id
        assert esc(row.action.title) in html
    other = DossierService(demo.db).data.gather(_project(demo, "Fête de quartier"))
    assert not {r.id for r in other.actions} & {r.id for r in data.actions}
    # In-kind totals count this project's loans only (the register's totals, per project).
    assert data.bookings and all(b.booking.project_id == project_id for b in data.bookings)
    lent = sum(b.value_cents or 0 for b in data.bookings
               if b.owner_name != b.borrower_organisation_name)
    assert sum(t.lent_cents for t in data.totals) == lent > 0
    everything = demo.resources.totals(dt.date(1900, 1, 1), dt.date(9999, 12, 30))
    assert sum(t.lent_cents for t in everything) > lent


def test_hostile_text_is_printed_as_text(services: Services) -> None:
    org = services.organisations.create(OrganisationFields(name=HOSTILE)).id
    project = services.projects.create(ProjectFields(title=HOSTILE, description=HOSTILE)).id
    services.partners.create(ProjectPartnerFields(project_id=project, organisation_id=org,
                                                  commitments=HOSTILE))
    meeting = services.meetings.create(MeetingFields(
        title=HOSTILE, starts_at=dt.datetime(2026, 5, 4, 18), project_id=project,
        status=MeetingStatus.HELD)).id
    services.decisions.create(DecisionFields(meeting_id=meeting, text=HOSTILE))
    services.actions.create(ActionFields(title=HOSTILE, project_id=project,
                                         owner_organisation_id=org, due_on=TODAY))
    html = DossierService(services.db).document(project, today=TODAY).html
    assert "<script>" not in html and "<b>gras" not in html
    assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") >= 6
    sheet = PartnerActionsSheetService(services.db).document(org, today=TODAY)
    assert "<script>" not in sheet.html
    assert "&lt;b&gt;gras&lt;/b&gt;" in sheet.html


def test_project_is_found_by_id_or_unambiguous_title(demo: Services) -> None:
    service = DossierService(demo.db)
    project_id = service.find_project("parentalite et reussite educative aux tilleuls")
    assert service.find_project(project_id) == project_id
    assert service.find_project("FÊTE") != project_id
    with pytest.raises(AmbiguousNameError) as error:
        service.find_project("e")
    assert "Fête de quartier" in error.value.message and "Parentalité" in error.value.message
    with pytest.raises(NotFoundError):
        service.find_project("no such project")


def test_partner_sheet_lists_only_its_open_actions(services: Services) -> None:
    ours = services.organisations.create(OrganisationFields(name="Les Jardins")).id
    other = services.organisations.create(OrganisationFields(name="Autre asso")).id
    project = services.projects.create(ProjectFields(title="Potager partagé")).id

    def action(title: str, owner: str, status: ActionStatus, due: dt.date | None,
               project_id: str | None = project) -> None:
        services.actions.create(ActionFields(title=title, project_id=project_id,
                                             owner_organisation_id=owner, status=status,
                                             due_on=due))

    action("Semer les radis", ours, ActionStatus.TODO, TODAY + dt.timedelta(days=3))
    action("Réparer la clôture", ours, ActionStatus.IN_PROGRESS, TODAY - dt.timedelta(days=4))
    action("Rédiger le bilan", ours, ActionStatus.TODO, None, None)
    action("Acheter des graines", ours, ActionStatus.DONE, TODAY)
    action("Tondre", other, ActionStatus.TODO, TODAY)
    service = PartnerActionsSheetService(services.db)
    rows = service.open_actions(ours, TODAY)
    assert [r.action.title for r in rows] == ["Réparer la clôture", "Semer les radis",
                                              "Rédiger le bilan"]
    html = service.document(ours, today=TODAY).html
    assert "Open actions of Les Jardins" in html
    assert "On 26 November 2026: 3 open · 1 late" in html
    assert "Late (4 d)" in html and "Outside any project" in html
    assert "Tondre" not in html and "Acheter des graines" not in html
    assert html.index("Potager partagé") < html.index("Outside any project")
    empty = service.document(other, today=TODAY - dt.timedelta(days=30)).html
    assert "Tondre" in empty
    with pytest.raises(NotFoundError):
        service.document("missing")


def test_template_is_found_in_the_checkout() -> None:
    from coopdesk.services.documents import template_path

    assert template_path("dossier.html").parent == (
        Path(__file__).resolve().parents[2] / "resources" / "templates")


def test_approval_of_minutes_is_shown_even_by_a_meeting_of_no_project(
        services: Services) -> None:
    project = services.projects.create(ProjectFields(title="Maison des associations")).id
    later = services.meetings.create(MeetingFields(
        title="Bureau inter-associatif", starts_at=dt.datetime(2026, 6, 2, 18))).id
    earlier = services.meetings.create(MeetingFields(
        title="Comité de pilotage", starts_at=dt.datetime(2026, 5, 4, 18), project_id=project,
        status=MeetingStatus.HELD)).id
    services.minutes.approve(earlier, later)
    services.meetings.create(MeetingFields(
        title="Comité à venir", starts_at=dt.datetime(2026, 9, 4, 18), project_id=project))
    html = DossierService(services.db).document(project, today=TODAY).html
    assert "Minutes approved at the meeting of 2 June 2026." in html
    assert html.count("No decision recorded.") == 1  # not for the planned meeting
    assert "Bureau inter-associatif" not in html
