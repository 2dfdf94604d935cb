"""Fixtures shared by the command-line tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.meetings import MeetingFields
from coopdesk.services.workspace_services import Services


@pytest.fixture
def alice(services: Services) -> Path:
    """A workspace with an organisation and a meeting (its local profile: Marie Dupont)."""
    services.organisations.create(OrganisationFields(name="Asso des Tilleuls"))
    services.meetings.create(MeetingFields(title="Réunion de lancement",
                                           starts_at=dt.datetime(2024, 5, 2, 18, 0)))
    return services.workspace.folder
