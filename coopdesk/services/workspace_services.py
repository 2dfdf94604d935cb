"""Every use case of one open workspace, wired together (passed explicitly, never global)."""

from __future__ import annotations

from typing import Any

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
from coopdesk.services.changes import Changes
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
from coopdesk.services.pooling import BookingService, ResourceService
from coopdesk.services.pooling_register import PoolingRegisterService
from coopdesk.services.projects import (
    CharterVersionService,
    ObjectiveService,
    ProjectPartnerService,
    ProjectService,
)
from coopdesk.services.purge import PurgeService
from coopdesk.services.records import RecordService
from coopdesk.services.review_history import ReviewHistoryService
from coopdesk.services.reviews import ReviewScoreService, ReviewService
from coopdesk.services.search import SearchService
from coopdesk.services.secrets import TeamSecrets
from coopdesk.services.sync_inbox import SyncInboxService
from coopdesk.services.trash import TrashItem, list_trash
from coopdesk.store import models as m
from coopdesk.store.workspace import Workspace

AnyRecordService = RecordService[Any, Any, Any]


class Services:
    def __init__(self, workspace: Workspace) -> None:
        db = workspace.db
        self.workspace = workspace
        self.db = db
        self.organisations = OrganisationService(db)
        self.people = PersonService(db)
        self.projects = ProjectService(db)
        self.partners = ProjectPartnerService(db)
        self.objectives = ObjectiveService(db)
        self.indicators: RecordService[IndicatorFields, rm.Indicator, m.Indicator] = \
            RecordService(db, m.Indicator, rm.Indicator, order_by=("name",))
        self.deadlines: RecordService[ReportingDeadlineFields, rm.ReportingDeadline,
                                      m.ReportingDeadline] = \
            RecordService(db, m.ReportingDeadline, rm.ReportingDeadline, order_by=("due_on",))
        self.charters: RecordService[CharterFields, rm.Charter, m.Charter] = \
            RecordService(db, m.Charter, rm.Charter, order_by=("title",))
        self.charter_versions = CharterVersionService(db)
        self.charter_acceptances: RecordService[CharterAcceptanceFields, rm.CharterAcceptance,
                                                m.CharterAcceptance] = \
            RecordService(db, m.CharterAcceptance, rm.CharterAcceptance,
                          order_by=("accepted_on",))
        self.actions: RecordService[ActionFields, rm.Action, m.Action] = \
            RecordService(db, m.Action, rm.Action, order_by=("due_on", "title"))
        self.exchanges: RecordService[ContactLogEntryFields, rm.ContactLogEntry,
                                      m.ContactLogEntry] = \
            RecordService(db, m.ContactLogEntry, rm.ContactLogEntry, order_by=("occurred_on",))
        self.meetings = MeetingService(db)
        self.agenda = AgendaItemService(db)
        self.attendance = AttendanceService(db)
        self.decisions = DecisionService(db)
        self.resources = ResourceService(db)
        self.bookings = BookingService(db)
        self.exchange_log = ExchangeLogService(self.exchanges)
        self.pooling = PoolingRegisterService(db)
        self.reviews = ReviewService(db)
        self.review_scores = ReviewScoreService(db)
        self.review_history = ReviewHistoryService(db)
        self.purging = PurgeService(db)
        self.search = SearchService(db)
        self.history = HistoryService(db)
        self.sync_inbox = SyncInboxService(db)
        #: The encrypted team's keys for this session (in memory when no keyring works).
        self.team_secrets = TeamSecrets()
        self.backups = BackupService(workspace.folder)
        self.meeting_details = MeetingDetailService(db, self.actions, self.agenda)
        self.minutes = MinutesService(db, workspace.name, self.meeting_details)
        self.action_plan = ActionPlanService(self.actions)
        self.dashboard = DashboardService(db, self.action_plan)

    def by_kind(self) -> dict[str, AnyRecordService]:
        """Each record service under the kind name its records carry."""
        found: dict[str, AnyRecordService] = {}
        for value in vars(self).values():
            if isinstance(value, RecordService):
                found[value.kind] = value
        return found

    def trash(self) -> list[TrashItem]:
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
