"""Records every test needs as parents, created through the services themselves.

Creating a workspace runs every migration (about half a second on a busy laptop); the test
modules here make one per module, with its parent records, and give each test a copy of the
folder opened with `Workspace.open`: a real SQLite workspace, ten times faster.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.workspace_services import AnyRecordService, Services
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE
from tests.domain.field_cases import Ids, valid_fields

#: The attribute of `Services` serving each kind.
SERVICE_OF_KIND = {
    "organisation": "organisations",
    "person": "people",
    "project": "projects",
    "project_partner": "partners",
    "reporting_deadline": "deadlines",
    "objective": "objectives",
    "indicator": "indicators",
    "charter": "charters",
    "charter_version": "charter_versions",
    "charter_acceptance": "charter_acceptances",
    "action": "actions",
    "contact_log_entry": "exchanges",
    "meeting": "meetings",
    "agenda_item": "agenda",
    "attendance": "attendance",
    "decision": "decisions",
    "resource": "resources",
    "booking": "bookings",
    "review": "reviews",
    "review_score": "review_scores",
}

#: The parent kind a change of each kind also touches (its page shows it), with its id field.
PARENT_OF_KIND = {
    "project_partner": ("project", "project_id"),
    "objective": ("project", "project_id"),
    "charter_version": ("project", None),
    "agenda_item": ("meeting", "meeting_id"),
    "attendance": ("meeting", "meeting_id"),
    "decision": ("meeting", "meeting_id"),
    "booking": ("resource", "resource_id"),
    "review_score": ("review", "review_id"),
}


def service(services: Services, kind: str) -> AnyRecordService:
    found: AnyRecordService = getattr(services, SERVICE_OF_KIND[kind])
    return found


def create(services: Services, kind: str, ids: Ids, **overrides: Any) -> str:
    """Create a valid record of *kind* (with *overrides*) and return its id."""
    return service(services, kind).create(replace(valid_fields(kind, ids), **overrides)).id


def seed(services: Services) -> Ids:
    """One of each parent record: two organisations, a person, a project and its parts."""
    org = services.organisations.create(valid_fields("organisation")).id
    other = services.organisations.create(OrganisationFields(name="Collectif Voisins")).id
    ids = Ids(organisation=org, other_organisation=other)
    person = create(services, "person", ids)
    project = create(services, "project", ids)
    ids = Ids(organisation=org, other_organisation=other, person=person, project=project)
    objective = create(services, "objective", ids)
    charter = create(services, "charter", ids)
    ids = Ids(organisation=org, other_organisation=other, person=person, project=project,
              objective=objective, charter=charter)
    version = create(services, "charter_version", ids)
    meeting = create(services, "meeting", ids)
    resource = create(services, "resource", ids)
    review = create(services, "review", ids)
    return Ids(organisation=org, other_organisation=other, person=person, project=project,
               objective=objective, charter=charter, charter_version=version, meeting=meeting,
               resource=resource, review=review)


def make_template(folder: Path) -> Ids:
    """Create a workspace in *folder* holding the records of `seed`; returns their ids."""
    with Workspace.create(folder, "Coopération test", TEST_PROFILE) as workspace:
        return seed(Services(workspace))


def open_copy(template: Path, folder: Path, profile: Profile = TEST_PROFILE) -> Workspace:
    """Copy the workspace folder *template* to *folder* and open the copy."""
    shutil.copytree(template, folder)
    return Workspace.open(folder, profile)


def workspace_fixtures() -> tuple[Any, Any, Any]:
    """Fixtures for a test module: `workspace_template`, `workspace` (overriding the one of
    conftest, so `services` uses it) and `ids` (of the records every copy starts with).

    Use as ``workspace_template, workspace, ids = workspace_fixtures()``.
    """

    @pytest.fixture(scope="module")
    def workspace_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ids]:
        folder = tmp_path_factory.mktemp("template") / "workspace"
        return folder, make_template(folder)

    @pytest.fixture
    def workspace(workspace_template: tuple[Path, Ids],
                  tmp_path: Path) -> Iterator[Workspace]:
        with open_copy(workspace_template[0], tmp_path / "workspace") as opened:
            yield opened

    @pytest.fixture
    def ids(workspace_template: tuple[Path, Ids]) -> Ids:
        return workspace_template[1]

    return workspace_template, workspace, ids
