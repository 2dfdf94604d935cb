"""Every mapped table of a workspace. Importing this package registers them all.

`ALL_MODELS` is derived, never listed: every `Record` model, parents before the records
that refer to them (the order of export files and of a table-by-table load). A new kind's
model is found as soon as its module is imported here.
"""

from coopdesk.store.base import Base, Record
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


def _record_models() -> tuple[type[Record], ...]:
    by_table = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
                if issubclass(mapper.class_, Record)}
    return tuple(by_table[table.name] for table in Base.metadata.sorted_tables
                 if table.name in by_table)


#: Every record model, parents first (Base.metadata.sorted_tables).
ALL_MODELS: tuple[type[Record], ...] = _record_models()

__all__ = [
    "ALL_MODELS", "Action", "AgendaItem", "Attendance", "Booking", "Charter",
    "CharterAcceptance", "CharterVersion", "ContactLogEntry", "Decision", "Indicator",
    "Meeting", "Objective", "Organisation", "Person", "Project", "ProjectPartner",
    "ReportingDeadline", "Resource", "Review", "ReviewScore", "SyncDead", "SyncFile",
    "SyncLive", "SyncNotice", "SyncOp", "SyncReplica", "SyncVersion",
]
