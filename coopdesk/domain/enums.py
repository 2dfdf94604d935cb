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
    OBSERVER = "observer"
    GUEST = "guest"


#: The roles whose organisation votes in the project's meetings unless said otherwise
#: (funders, supporters, observers and guests attend without a vote).
VOTING_ROLES = frozenset({PartnerRole.LEAD, PartnerRole.PARTNER})


class VotingRight(StrEnum):
    """Whether a partner organisation votes in the project's meetings (counts toward the
    quorum): as its role says, or said for this partner."""

    BY_ROLE = "by_role"
    VOTES = "votes"
    NO_VOTE = "no_vote"


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


class MeetingKind(StrEnum):
    """What a meeting is: the statutory ones print a procès-verbal, the others a compte
    rendu."""

    ORDINARY_GENERAL_ASSEMBLY = "ordinary_general_assembly"
    EXTRAORDINARY_GENERAL_ASSEMBLY = "extraordinary_general_assembly"
    BOARD = "board"
    BUREAU = "bureau"
    STEERING_COMMITTEE = "steering_committee"
    WORKING_MEETING = "working_meeting"
    OTHER = "other"

    @property
    def is_statutory(self) -> bool:
        """A meeting of the statutes' bodies: its minutes are a procès-verbal to sign."""
        return self in STATUTORY_MEETING_KINDS


STATUTORY_MEETING_KINDS = frozenset({
    MeetingKind.ORDINARY_GENERAL_ASSEMBLY, MeetingKind.EXTRAORDINARY_GENERAL_ASSEMBLY,
    MeetingKind.BOARD, MeetingKind.BUREAU})


class ConvocationMeans(StrEnum):
    """How the members were convened."""

    EMAIL = "email"
    LETTER = "letter"
    EMAIL_AND_LETTER = "email_and_letter"


class VoteKind(StrEnum):
    """How a decision was voted: not recorded, unanimously, or with counted votes."""

    NONE = "none"
    UNANIMOUS = "unanimous"
    COUNTED = "counted"


class DecisionOutcome(StrEnum):
    ADOPTED = "adopted"
    REJECTED = "rejected"


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

    @property
    def is_statutory(self) -> bool:
        """Not a statutory meeting kind (MeetingKind.is_statutory): a compte rendu."""
        return False

    def __repr__(self) -> str:
        return f"UnknownValue({str.__repr__(self)})"
