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
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from coopdesk.services.changes import Changes
from coopdesk.services.kinds import KINDS, spec_of
from coopdesk.services.records import RecordService
from coopdesk.store import models as m
from coopdesk.store.workspace import Workspace

if TYPE_CHECKING:
    from coopdesk.domain.projects import (
        CharterAcceptanceFields,
        CharterFields,
        IndicatorFields,
        ReportingDeadlineFields,
    )
    from coopdesk.services import read_models as rm
    from coopdesk.services.actions import ActionService
    from coopdesk.services.backups import BackupService
    from coopdesk.services.dashboard import DashboardService
    from coopdesk.services.directory import OrganisationService, PersonService
    from coopdesk.services.exchanges import ExchangeService
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
    from coopdesk.services.projects import (
        CharterVersionService,
        ObjectiveService,
        ProjectPartnerService,
        ProjectService,
    )
    from coopdesk.services.purge import PurgeService
    from coopdesk.services.reviews import ReviewScoreService, ReviewService
    from coopdesk.services.search import SearchService
    from coopdesk.services.secrets import TeamSecrets
    from coopdesk.services.sync_inbox import SyncInboxService
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


class Services:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db
        self._building = threading.RLock()
        self._by_kind: dict[str, AnyRecordService] = {}

    # -- record services: one per kind, declared in services/kinds.py -----------------------
    def service_for(self, kind: str) -> AnyRecordService:
        """The one service of *kind* (create, update, get, list, delete, restore), built on
        first use and kept; raises UnknownKindError for a name no kind carries."""
        found = self._by_kind.get(kind)
        if found is None:
            spec = spec_of(kind)
            with self._building:
                found = self._by_kind.get(kind)
                if found is None:
                    found = self._by_kind[kind] = spec.build_service(self.db)
        return found

    # Typed shortcuts for the code that knows which kind it works on.
    @property
    def organisations(self) -> OrganisationService:
        return cast("OrganisationService", self.service_for("organisation"))

    @property
    def people(self) -> PersonService:
        return cast("PersonService", self.service_for("person"))

    @property
    def projects(self) -> ProjectService:
        return cast("ProjectService", self.service_for("project"))

    @property
    def partners(self) -> ProjectPartnerService:
        return cast("ProjectPartnerService", self.service_for("project_partner"))

    @property
    def objectives(self) -> ObjectiveService:
        return cast("ObjectiveService", self.service_for("objective"))

    @property
    def indicators(self) -> RecordService[IndicatorFields, rm.Indicator, m.Indicator]:
        return self.service_for("indicator")

    @property
    def deadlines(self) -> RecordService[ReportingDeadlineFields, rm.ReportingDeadline,
                                         m.ReportingDeadline]:
        return self.service_for("reporting_deadline")

    @property
    def charters(self) -> RecordService[CharterFields, rm.Charter, m.Charter]:
        return self.service_for("charter")

    @property
    def charter_versions(self) -> CharterVersionService:
        return cast("CharterVersionService", self.service_for("charter_version"))

    @property
    def charter_acceptances(self) -> RecordService[CharterAcceptanceFields,
                                                   rm.CharterAcceptance, m.CharterAcceptance]:
        return self.service_for("charter_acceptance")

    @property
    def actions(self) -> ActionService:
        return cast("ActionService", self.service_for("action"))

    @property
    def exchanges(self) -> ExchangeService:
        return cast("ExchangeService", self.service_for("contact_log_entry"))

    @property
    def meetings(self) -> MeetingService:
        return cast("MeetingService", self.service_for("meeting"))

    @property
    def agenda(self) -> AgendaItemService:
        return cast("AgendaItemService", self.service_for("agenda_item"))

    @property
    def attendance(self) -> AttendanceService:
        return cast("AttendanceService", self.service_for("attendance"))

    @property
    def decisions(self) -> DecisionService:
        return cast("DecisionService", self.service_for("decision"))

    @property
    def resources(self) -> ResourceService:
        return cast("ResourceService", self.service_for("resource"))

    @property
    def bookings(self) -> BookingService:
        return cast("BookingService", self.service_for("booking"))

    @property
    def reviews(self) -> ReviewService:
        return cast("ReviewService", self.service_for("review"))

    @property
    def review_scores(self) -> ReviewScoreService:
        return cast("ReviewScoreService", self.service_for("review_score"))

    # -- views and use cases over several records ------------------------------------------
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
        from coopdesk.services.sync_inbox import SyncInboxService
        return SyncInboxService(self.db)

    @built_once
    def team_secrets(self) -> TeamSecrets:
        """The encrypted team's keys for this session (in memory when no keyring works)."""
        from coopdesk.services.secrets import TeamSecrets
        return TeamSecrets()

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
    def partner_page(self) -> PartnerPageService:
        from coopdesk.services.partner_page import PartnerPageService
        return PartnerPageService(self.organisations, self.actions, self.resources,
                                  self.exchanges)

    @built_once
    def dashboard(self) -> DashboardService:
        from coopdesk.services.dashboard import DashboardService
        return DashboardService(self.db, self.actions)

    # -- by kind ----------------------------------------------------------------------------
    def by_kind(self) -> dict[str, AnyRecordService]:
        """Each record service under the kind name its records carry (every kind)."""
        return {kind: self.service_for(kind) for kind in KINDS}

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
