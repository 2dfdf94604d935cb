"""Every mapped table of a workspace. Importing this package registers them all."""

from coopdesk.store.models.actions import Action
from coopdesk.store.models.directory import Organisation, Person
from coopdesk.store.models.exchanges import ContactLogEntry
from coopdesk.store.models.meetings import AgendaItem, Attendance, Decision, Meeting
from coopdesk.store.models.pooling import Booking, Resource
from coopdesk.store.models.projects import (
    Charter,
    CharterAcceptance,
    CharterVersion,
    Indicator,
    Objective,
    Project,
    ProjectPartner,
    ReportingDeadline,
)
from coopdesk.store.models.reviews import Review, ReviewScore
from coopdesk.store.models.sync_tables import (
    SyncDead,
    SyncFile,
    SyncLive,
    SyncNotice,
    SyncOp,
    SyncReplica,
    SyncVersion,
)

ALL_MODELS = (
    Organisation, Person, Project, ProjectPartner, ReportingDeadline, Objective, Indicator,
    Charter, CharterVersion, CharterAcceptance, Action, ContactLogEntry, Meeting, AgendaItem,
    Attendance, Decision, Resource, Booking, Review, ReviewScore,
)

__all__ = [
    "ALL_MODELS", "Action", "AgendaItem", "Attendance", "Booking", "Charter",
    "CharterAcceptance", "CharterVersion", "ContactLogEntry", "Decision", "Indicator",
    "Meeting", "Objective", "Organisation", "Person", "Project", "ProjectPartner",
    "ReportingDeadline", "Resource", "Review", "ReviewScore", "SyncDead", "SyncFile",
    "SyncLive", "SyncNotice", "SyncOp", "SyncReplica", "SyncVersion",
]
