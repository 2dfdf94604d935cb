"""Every use case of one open workspace, wired together (passed explicitly, never global).

Each service is built, and its module imported, the first time it is asked for: start-up
only pays for the dashboard's and the search's services, not for the minutes, the sync
inbox or the history. `built_once` keeps two threads (a worker and the GUI thread) from
building the same service twice — `functools.cached_property` no longer locks from Python
3.12, and a service such as `team_secrets` holds state that must exist once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from coopdesk.services.changes import Changes
from coopdesk.services.records import RecordService
from coopdesk.store import models as m
from coopdesk.store.workspace import Workspace

if TYPE_CHECKING:
    from coopdesk.domain.actions import ActionFields
    from coopdesk.domain.exchanges import ContactLogEntryFields
    from coopdesk.domain.projects import (
        CharterAcceptanceFields,
        CharterFields,
        IndicatorFields,
        ReportingDeadlineFields,
    )
    from coopdesk.services import read_models as rm
    from coopdesk.services.action_plan import ActionPlanService
    from coopdesk.services.backups import BackupService
    from coopdesk.services.dashboard import DashboardService
    from coopdesk.services.directory import OrganisationService, PersonService
    from coopdesk.services.exchange_log import ExchangeLogService
    from coopdesk.services.history import HistoryService
    from coopdesk.services.meeting_details import MeetingDetailService
    from coopdesk.services.meetings import (
        AgendaItemService,
        AttendanceService,
        DecisionService,
        MeetingService,
    )
    from coopdesk.services.minutes import MinutesService
    from coopdesk.services.partner_page import PartnerPageService
    from coopdesk.services.pooling import BookingService, ResourceService
    from coopdesk.services.pooling_register import PoolingRegisterService
    from coopdesk.services.projects import (
        CharterVersionService,
        ObjectiveService,
        ProjectPartnerService,
        ProjectService,
    )
    from coopdesk.services.purge import PurgeService
    from coopdesk.services.review_history import ReviewHistoryService
    from coopdesk.services.reviews import ReviewScoreService, ReviewService
    from coopdesk.services.search import SearchService
    from coopdesk.services.sharing.inbox import SyncInboxService
    from coopdesk.services.sharing.keys import ShareKeys
    from coopdesk.services.sharing.secrets import TeamSecrets
    from coopdesk.services.sharing.service import SyncService
    from coopdesk.services.trash import TrashItem

AnyRecordService = RecordService[Any, Any, Any]
T = TypeVar("T")


class built_once(Generic[T]):  # noqa: N801  (used like the decorator it replaces)
    """A `Services` attribute built by the decorated method on first use, under the
    instance's lock, then kept."""

    def __init__(self, build: Callable[[Services], T]) -> None:
        self.build = build
        self.name = build.__name__
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Services]) -> built_once[T]: ...
    @overload
    def __get__(self, instance: Services, owner: type[Services]) -> T: ...

    def __get__(self, instance: Services | None,
                owner: type[Services]) -> built_once[T] | T:
        if instance is None:
            return self
        made = instance.__dict__
        if self.name not in made:
            with instance._building:  # re-entrant: a service may need another one
                if self.name not in made:
                    made[self.name] = self.build(instance)
        value: T = made[self.name]
        return value

#: The attributes of `Services` that are record services (create, edit, delete, restore).
RECORD_SERVICES = (
    "organisations", "people", "projects", "partners", "objectives", "indicators",
    "deadlines", "charters", "charter_versions", "charter_acceptances", "actions",
    "exchanges", "meetings", "agenda", "attendance", "decisions", "resources", "bookings",
    "reviews", "review_scores",
)


class Services:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db
        self._building = threading.RLock()

    # -- record services -------------------------------------------------------------------
    @built_once
    def organisations(self) -> OrganisationService:
        from coopdesk.services.directory import OrganisationService
        return OrganisationService(self.db)

    @built_once
    def people(self) -> PersonService:
        from coopdesk.services.directory import PersonService
        return PersonService(self.db)

    @built_once
    def projects(self) -> ProjectService:
        from coopdesk.services.projects import ProjectService
        return ProjectService(self.db)

    @built_once
    def partners(self) -> ProjectPartnerService:
        from coopdesk.services.projects import ProjectPartnerService
        return ProjectPartnerService(self.db)

    @built_once
    def objectives(self) -> ObjectiveService:
        from coopdesk.services.projects import ObjectiveService
        return ObjectiveService(self.db)

    @built_once
    def indicators(self) -> RecordService[IndicatorFields, rm.Indicator, m.Indicator]:
        from coopdesk.services import read_models as rm
        return RecordService(self.db, m.Indicator, rm.Indicator, order_by=("name",))

    @built_once
    def deadlines(self) -> RecordService[ReportingDeadlineFields, rm.ReportingDeadline,
                                         m.ReportingDeadline]:
        from coopdesk.services import read_models as rm
        return RecordService(self.db, m.ReportingDeadline, rm.ReportingDeadline,
                             order_by=("due_on",))

    @built_once
    def charters(self) -> RecordService[CharterFields, rm.Charter, m.Charter]:
        from coopdesk.services import read_models as rm
        return RecordService(self.db, m.Charter, rm.Charter, order_by=("title",))

    @built_once
    def charter_versions(self) -> CharterVersionService:
        from coopdesk.services.projects import CharterVersionService
        return CharterVersionService(self.db)

    @built_once
    def charter_acceptances(self) -> RecordService[CharterAcceptanceFields,
                                                   rm.CharterAcceptance, m.CharterAcceptance]:
        from coopdesk.services import read_models as rm
        return RecordService(self.db, m.CharterAcceptance, rm.CharterAcceptance,
                             order_by=("accepted_on",))

    @built_once
    def actions(self) -> RecordService[ActionFields, rm.Action, m.Action]:
        from coopdesk.services import read_models as rm
        return RecordService(self.db, m.Action, rm.Action, order_by=("due_on", "title"))

    @built_once
    def exchanges(self) -> RecordService[ContactLogEntryFields, rm.ContactLogEntry,
                                         m.ContactLogEntry]:
        from coopdesk.services import read_models as rm
        return RecordService(self.db, m.ContactLogEntry, rm.ContactLogEntry,
                             order_by=("occurred_on",))

    @built_once
    def meetings(self) -> MeetingService:
        from coopdesk.services.meetings import MeetingService
        return MeetingService(self.db)

    @built_once
    def agenda(self) -> AgendaItemService:
        from coopdesk.services.meetings import AgendaItemService
        return AgendaItemService(self.db)

    @built_once
    def attendance(self) -> AttendanceService:
        from coopdesk.services.meetings import AttendanceService
        return AttendanceService(self.db)

    @built_once
    def decisions(self) -> DecisionService:
        from coopdesk.services.meetings import DecisionService
        return DecisionService(self.db)

    @built_once
    def resources(self) -> ResourceService:
        from coopdesk.services.pooling import ResourceService
        return ResourceService(self.db)

    @built_once
    def bookings(self) -> BookingService:
        from coopdesk.services.pooling import BookingService
        return BookingService(self.db)

    @built_once
    def reviews(self) -> ReviewService:
        from coopdesk.services.reviews import ReviewService
        return ReviewService(self.db)

    @built_once
    def review_scores(self) -> ReviewScoreService:
        from coopdesk.services.reviews import ReviewScoreService
        return ReviewScoreService(self.db)

    # -- views and use cases over several records ------------------------------------------
    @built_once
    def exchange_log(self) -> ExchangeLogService:
        from coopdesk.services.exchange_log import ExchangeLogService
        return ExchangeLogService(self.exchanges)

    @built_once
    def pooling(self) -> PoolingRegisterService:
        from coopdesk.services.pooling_register import PoolingRegisterService
        return PoolingRegisterService(self.db)

    @built_once
    def review_history(self) -> ReviewHistoryService:
        from coopdesk.services.review_history import ReviewHistoryService
        return ReviewHistoryService(self.db)

    @built_once
    def purging(self) -> PurgeService:
        from coopdesk.services.purge import PurgeService
        return PurgeService(self.db)

    @built_once
    def search(self) -> SearchService:
        from coopdesk.services.search import SearchService
        return SearchService(self.db)

    @built_once
    def history(self) -> HistoryService:
        from coopdesk.services.history import HistoryService
        return HistoryService(self.db)

    @built_once
    def sync_inbox(self) -> SyncInboxService:
        from coopdesk.services.sharing.inbox import SyncInboxService
        return SyncInboxService(self.db)

    @built_once
    def team_secrets(self) -> TeamSecrets:
        """The encrypted team's keys for this session (in memory when no keyring works)."""
        from coopdesk.services.sharing.secrets import TeamSecrets
        return TeamSecrets()

    @built_once
    def sync(self) -> SyncService:
        """Sync through the shared folder: the one service the window, its pages and the
        automatic sync use (it holds the team's keys for the session)."""
        from coopdesk.services.sharing.service import SyncService
        return SyncService(self.workspace, self.team_secrets)

    @built_once
    def share_keys(self) -> ShareKeys:
        """The encrypted team's passphrase operations (unlock, change, rotate, forget)."""
        from coopdesk.services.sharing.keys import ShareKeys
        return ShareKeys(self.sync)

    @built_once
    def backups(self) -> BackupService:
        from coopdesk.services.backups import BackupService
        return BackupService(self.workspace.folder)

    @built_once
    def meeting_details(self) -> MeetingDetailService:
        from coopdesk.services.meeting_details import MeetingDetailService
        return MeetingDetailService(self.db, self.actions, self.agenda)

    @built_once
    def minutes(self) -> MinutesService:
        from coopdesk.services.minutes import MinutesService
        return MinutesService(self.db, self.workspace.name, self.meeting_details)

    @built_once
    def action_plan(self) -> ActionPlanService:
        from coopdesk.services.action_plan import ActionPlanService
        return ActionPlanService(self.actions)

    @built_once
    def partner_page(self) -> PartnerPageService:
        from coopdesk.services.partner_page import PartnerPageService
        return PartnerPageService(self.organisations, self.action_plan, self.pooling,
                                  self.exchange_log)

    @built_once
    def dashboard(self) -> DashboardService:
        from coopdesk.services.dashboard import DashboardService
        return DashboardService(self.db, self.action_plan)

    # -- by kind ----------------------------------------------------------------------------
    def by_kind(self) -> dict[str, AnyRecordService]:
        """Each record service under the kind name its records carry."""
        found: dict[str, AnyRecordService] = {}
        for name in RECORD_SERVICES:
            service: AnyRecordService = getattr(self, name)
            found[service.kind] = service
        return found

    def trash(self) -> list[TrashItem]:
        from coopdesk.services.trash import list_trash
        return list_trash(self.db)

    def restore(self, kind: str, record_id: str) -> Changes:
        return self.by_kind()[kind].restore(record_id)

    def delete(self, kind: str, record_id: str) -> Changes:
        return self.by_kind()[kind].delete(record_id)

    def purge(self, kind: str, record_id: str) -> Changes:
        """Delete a record in the trash for good, with its parts (see services.purge).

        With sync this will become a permanent tombstone: every laptop drops the record.
        """
        return self.purging.purge(kind, record_id)
