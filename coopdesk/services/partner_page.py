"""A partner's page (fiche partenaire): the organisation with its contacts and projects, and
what the cooperation holds about it elsewhere — its open actions, the resources it pools
and its in-kind contribution this year, the latest exchanges with it.

Read through the services that own each area (actions, pooled resources, contact log),
with their own rules: an action counts when the organisation or one of its people owns it;
an exchange when it was with the organisation or one of its people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.services.action_plan import (
    OPEN_STATUSES,
    ActionFilter,
    ActionRow,
)
from coopdesk.services.actions import ActionService
from coopdesk.services.directory import OrganisationOverview, OrganisationService
from coopdesk.services.exchange_log import (
    ExchangeFilter,
    ExchangeRow,
    FollowUpFilter,
)
from coopdesk.services.exchanges import ExchangeService
from coopdesk.services.pooling import ResourceService
from coopdesk.services.pooling_register import (
    PartnerTotal,
    ResourceRow,
    year_period,
)

#: Lines each list of the page shows at most (the count says how many there are in all).
PAGE_LINES = 8


@dataclass(frozen=True)
class PartnerPage:
    overview: OrganisationOverview
    #: Its open actions, the soonest due first, and how many there are.
    open_actions: tuple[ActionRow, ...]
    open_action_count: int
    #: The resources it offers to the partners.
    resources: tuple[ResourceRow, ...]
    #: What it lent and received this year (None: no loan either way).
    in_kind: PartnerTotal | None
    year: int
    #: The latest exchanges with it (newest first), how many there are, and how many
    #: follow-ups of them are due.
    exchanges: tuple[ExchangeRow, ...]
    exchange_count: int
    follow_ups_due: int


class PartnerPageService:
    def __init__(self, organisations: OrganisationService, actions: ActionService,
                 resources: ResourceService, exchanges: ExchangeService) -> None:
        self.organisations = organisations
        self.actions = actions
        self.resources = resources
        self.exchanges = exchanges

    def load(self, organisation_id: str, today: dt.date | None = None,
             lines: int = PAGE_LINES) -> PartnerPage:
        """Everything the page of *organisation_id* shows (`NotFoundError` when unknown)."""
        day = today or dt.date.today()
        overview = self.organisations.overview(organisation_id)
        open_actions = ActionFilter(organisation_id=organisation_id, statuses=OPEN_STATUSES,
                                    today=day)
        with_it = ExchangeFilter(organisation_id=organisation_id, today=day)
        since, until = year_period(day.year)
        in_kind = next((total for total in self.resources.totals(since, until)
                        if total.organisation_id == organisation_id), None)
        return PartnerPage(
            overview=overview,
            open_actions=tuple(self.actions.rows(open_actions, limit=lines)),
            open_action_count=self.actions.count(open_actions),
            resources=tuple(self.resources.resource_rows(organisation_id=organisation_id)),
            in_kind=in_kind, year=day.year,
            exchanges=tuple(self.exchanges.rows(with_it, limit=lines)),
            exchange_count=self.exchanges.count(with_it),
            follow_ups_due=self.exchanges.count(
                ExchangeFilter(organisation_id=organisation_id, today=day,
                               follow_up=FollowUpFilter.DUE)))
