"""The action plan's row: one action with the names it refers to (a frozen read model).

Apart from `action_plan` (which reads them with SQLAlchemy) so that the dashboard's cached
copy can be shown before the database layer is imported (see `dashboard_cache`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.services import read_models as rm


@dataclass(frozen=True)
class ActionRow:
    """One action with the names it refers to, where it came from and whether it is late."""

    action: rm.Action
    project_title: str
    owner_person_name: str
    owner_organisation_name: str
    owner_organisation_acronym: str
    objective_title: str
    #: The meeting decision the action carries out ("" when it has none).
    origin_decision_text: str
    origin_meeting_id: str | None
    origin_meeting_title: str
    origin_meeting_date: dt.date | None
    #: Days past the due date of an open action (0 when it is not overdue).
    days_overdue: int

    @property
    def id(self) -> str:
        return self.action.id

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def owner_name(self) -> str:
        """Who does it: the person, else the organisation."""
        return self.owner_person_name or self.owner_organisation_name
