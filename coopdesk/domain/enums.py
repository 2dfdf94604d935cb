"""Closed lists of values. Stored as their English `value`; the UI shows French labels."""

from __future__ import annotations

from enum import StrEnum


class OrgKind(StrEnum):
    ASSOCIATION = "association"
    COLLECTIVE = "collective"
    FUNDER = "funder"
    PUBLIC_BODY = "public_body"
    COMPANY = "company"
    OTHER = "other"


class LegalBasis(StrEnum):
    """RGPD legal basis for keeping a person's data."""

    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    UNKNOWN = "unknown"


class CooperationForm(StrEnum):
    ONE_OFF_PARTNERSHIP = "one_off_partnership"
    POOLING = "pooling"
    NETWORK = "network"
    MERGER = "merger"


class ProjectMode(StrEnum):
    COOPERATION = "cooperation"
    CONSORTIUM = "consortium"


class ProjectStatus(StrEnum):
    IDEA = "idea"
    PREPARING = "preparing"
    ACTIVE = "active"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


class PartnerRole(StrEnum):
    LEAD = "lead"
    PARTNER = "partner"
    FUNDER = "funder"
    SUPPORT = "support"


class ActionStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Still to be done: neither done nor cancelled."""
        return self in OPEN_ACTION_STATUSES


#: The statuses of an action still to be done (lists, reminders, "overdue" and the calendar).
OPEN_ACTION_STATUSES = frozenset({ActionStatus.TODO, ActionStatus.IN_PROGRESS})


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class ExchangeKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    LETTER = "letter"
    VIDEO = "video"
    MEETING = "meeting"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    APPROVED = "approved"
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    REPRESENTED = "represented"


class ResourceKind(StrEnum):
    EQUIPMENT = "equipment"
    ROOM = "room"
    VEHICLE = "vehicle"
    SKILL = "skill"
    FUNDING = "funding"


class Practice(StrEnum):
    """The five good practices of the guide, scored in each review."""

    OBJECTIVES = "objectives"
    FRAMEWORK = "framework"
    COMPLEMENTARITY = "complementarity"
    COMMUNICATION = "communication"
    EVALUATION = "evaluation"


class UnknownValue(str):
    """A stored value that none of an enum's members has (written by a newer version, or
    by hand). Reading keeps it as it is instead of failing; the UI shows "unknown value".
    It behaves as a member would where code only reads it: `value`, `name`, sorting."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str.__str__(self)

    @property
    def name(self) -> str:
        return "UNKNOWN"

    @property
    def is_open(self) -> bool:
        """Not an open action status (ActionStatus.is_open)."""
        return False

    def __repr__(self) -> str:
        return f"UnknownValue({str.__repr__(self)})"
