"""Human labels for enum values and error messages, translated through Qt Linguist.

The English text is the translation source; `resources/translations/coopdesk_fr.ts`
holds the French. Never concatenate translated fragments: translate whole templates.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    ConvocationMeans,
    CooperationForm,
    DecisionOutcome,
    ExchangeKind,
    LegalBasis,
    MeetingKind,
    MeetingStatus,
    OrgKind,
    PartnerRole,
    Practice,
    Priority,
    ProjectMode,
    ProjectStatus,
    ResourceKind,
    UnknownValue,
    VoteKind,
    VotingRight,
)
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.kinds import KINDS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks *text* for lupdate without translating it here."""
    return text


#: Each member with its English label. Members of two enums may share a value ("email" is
#: an exchange kind and a way of convening): labels are found by enum and value.
_LABEL_LIST: tuple[tuple[Enum, str], ...] = (
    (OrgKind.ASSOCIATION, QT_TRANSLATE_NOOP("enum", "Association")),
    (OrgKind.COLLECTIVE, QT_TRANSLATE_NOOP("enum", "Collective")),
    (OrgKind.FUNDER, QT_TRANSLATE_NOOP("enum", "Funder")),
    (OrgKind.PUBLIC_BODY, QT_TRANSLATE_NOOP("enum", "Public body")),
    (OrgKind.COMPANY, QT_TRANSLATE_NOOP("enum", "Company")),
    (OrgKind.OTHER, QT_TRANSLATE_NOOP("enum", "Other")),
    (LegalBasis.CONSENT, QT_TRANSLATE_NOOP("enum", "Consent")),
    (LegalBasis.LEGITIMATE_INTEREST, QT_TRANSLATE_NOOP("enum", "Legitimate interest")),
    (LegalBasis.CONTRACT, QT_TRANSLATE_NOOP("enum", "Contract")),
    (LegalBasis.LEGAL_OBLIGATION, QT_TRANSLATE_NOOP("enum", "Legal obligation")),
    (LegalBasis.UNKNOWN, QT_TRANSLATE_NOOP("enum", "Not recorded")),
    (CooperationForm.ONE_OFF_PARTNERSHIP, QT_TRANSLATE_NOOP("enum", "One-off partnership")),
    (CooperationForm.POOLING, QT_TRANSLATE_NOOP("enum", "Pooling of means")),
    (CooperationForm.NETWORK, QT_TRANSLATE_NOOP("enum", "Network")),
    (CooperationForm.MERGER, QT_TRANSLATE_NOOP("enum", "Merger")),
    (ProjectMode.COOPERATION, QT_TRANSLATE_NOOP("enum", "Cooperation")),
    (ProjectMode.CONSORTIUM, QT_TRANSLATE_NOOP("enum", "Consortium")),
    (ProjectStatus.IDEA, QT_TRANSLATE_NOOP("enum", "Idea")),
    (ProjectStatus.PREPARING, QT_TRANSLATE_NOOP("enum", "In preparation")),
    (ProjectStatus.ACTIVE, QT_TRANSLATE_NOOP("enum", "Under way")),
    (ProjectStatus.COMPLETED, QT_TRANSLATE_NOOP("enum", "Completed")),
    (ProjectStatus.ABANDONED, QT_TRANSLATE_NOOP("enum", "Abandoned")),
    (PartnerRole.LEAD, QT_TRANSLATE_NOOP("enum", "Lead partner")),
    (PartnerRole.PARTNER, QT_TRANSLATE_NOOP("enum", "Partner")),
    (PartnerRole.FUNDER, QT_TRANSLATE_NOOP("enum", "Funder")),
    (PartnerRole.SUPPORT, QT_TRANSLATE_NOOP("enum", "Support")),
    (PartnerRole.OBSERVER, QT_TRANSLATE_NOOP("enum", "Observer")),
    (PartnerRole.GUEST, QT_TRANSLATE_NOOP("enum", "Guest")),
    (VotingRight.BY_ROLE, QT_TRANSLATE_NOOP("enum", "As its role says")),
    (VotingRight.VOTES, QT_TRANSLATE_NOOP("enum", "Votes")),
    (VotingRight.NO_VOTE, QT_TRANSLATE_NOOP("enum", "Does not vote")),
    (ActionStatus.TODO, QT_TRANSLATE_NOOP("enum", "To do")),
    (ActionStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("enum", "In progress")),
    (ActionStatus.DONE, QT_TRANSLATE_NOOP("enum", "Done")),
    (ActionStatus.CANCELLED, QT_TRANSLATE_NOOP("enum", "Cancelled")),
    (Priority.LOW, QT_TRANSLATE_NOOP("enum", "Low")),
    (Priority.NORMAL, QT_TRANSLATE_NOOP("enum", "Normal")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("enum", "High")),
    (ExchangeKind.CALL, QT_TRANSLATE_NOOP("enum", "Phone call")),
    (ExchangeKind.EMAIL, QT_TRANSLATE_NOOP("enum", "Email")),
    (ExchangeKind.VISIT, QT_TRANSLATE_NOOP("enum", "Visit")),
    (ExchangeKind.LETTER, QT_TRANSLATE_NOOP("enum", "Letter")),
    (ExchangeKind.VIDEO, QT_TRANSLATE_NOOP("enum", "Video call")),
    (ExchangeKind.MEETING, QT_TRANSLATE_NOOP("enum", "Meeting")),
    (MeetingStatus.PLANNED, QT_TRANSLATE_NOOP("enum", "Planned")),
    (MeetingStatus.HELD, QT_TRANSLATE_NOOP("enum", "Held")),
    (MeetingStatus.APPROVED, QT_TRANSLATE_NOOP("enum", "Minutes approved")),
    (MeetingStatus.CANCELLED, QT_TRANSLATE_NOOP("enum", "Cancelled")),
    (MeetingKind.ORDINARY_GENERAL_ASSEMBLY,
     QT_TRANSLATE_NOOP("enum", "Ordinary general assembly")),
    (MeetingKind.EXTRAORDINARY_GENERAL_ASSEMBLY,
     QT_TRANSLATE_NOOP("enum", "Extraordinary general assembly")),
    (MeetingKind.BOARD, QT_TRANSLATE_NOOP("enum", "Board meeting")),
    (MeetingKind.BUREAU, QT_TRANSLATE_NOOP("enum", "Bureau meeting")),
    (MeetingKind.STEERING_COMMITTEE, QT_TRANSLATE_NOOP("enum", "Steering committee")),
    (MeetingKind.WORKING_MEETING, QT_TRANSLATE_NOOP("enum", "Working meeting")),
    (MeetingKind.OTHER, QT_TRANSLATE_NOOP("enum", "Other meeting")),
    (ConvocationMeans.EMAIL, QT_TRANSLATE_NOOP("enum", "By e-mail")),
    (ConvocationMeans.LETTER, QT_TRANSLATE_NOOP("enum", "By letter")),
    (ConvocationMeans.EMAIL_AND_LETTER, QT_TRANSLATE_NOOP("enum", "By e-mail and letter")),
    (VoteKind.NONE, QT_TRANSLATE_NOOP("enum", "No vote recorded")),
    (VoteKind.UNANIMOUS, QT_TRANSLATE_NOOP("enum", "Unanimously")),
    (VoteKind.COUNTED, QT_TRANSLATE_NOOP("enum", "Votes counted")),
    (DecisionOutcome.ADOPTED, QT_TRANSLATE_NOOP("enum", "Adopted")),
    (DecisionOutcome.REJECTED, QT_TRANSLATE_NOOP("enum", "Rejected")),
    (AttendanceStatus.PRESENT, QT_TRANSLATE_NOOP("enum", "Present")),
    (AttendanceStatus.EXCUSED, QT_TRANSLATE_NOOP("enum", "Excused")),
    (AttendanceStatus.ABSENT, QT_TRANSLATE_NOOP("enum", "Absent")),
    (AttendanceStatus.REPRESENTED, QT_TRANSLATE_NOOP("enum", "Represented")),
    (ResourceKind.EQUIPMENT, QT_TRANSLATE_NOOP("enum", "Equipment")),
    (ResourceKind.ROOM, QT_TRANSLATE_NOOP("enum", "Room")),
    (ResourceKind.VEHICLE, QT_TRANSLATE_NOOP("enum", "Vehicle")),
    (ResourceKind.SKILL, QT_TRANSLATE_NOOP("enum", "Skill")),
    (ResourceKind.FUNDING, QT_TRANSLATE_NOOP("enum", "Funding")),
    (Practice.OBJECTIVES, QT_TRANSLATE_NOOP("enum", "Common objectives")),
    (Practice.FRAMEWORK, QT_TRANSLATE_NOOP("enum", "Structured framework")),
    (Practice.COMPLEMENTARITY, QT_TRANSLATE_NOOP("enum", "Complementarity")),
    (Practice.COMMUNICATION, QT_TRANSLATE_NOOP("enum", "Communication")),
    (Practice.EVALUATION, QT_TRANSLATE_NOOP("enum", "Evaluation")),
)

_LABELS: dict[tuple[type[Enum], object], str] = {
    (type(member), member.value): text for member, text in _LABEL_LIST}

#: The English names of the kinds of record (`KindSpec.label`, services/kinds.py), marked
#: here for lupdate (context "kind"); tests/services/test_kinds.py checks every label is.
KIND_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("kind", "Organisation"),
    QT_TRANSLATE_NOOP("kind", "Contact"),
    QT_TRANSLATE_NOOP("kind", "Project"),
    QT_TRANSLATE_NOOP("kind", "Project partner"),
    QT_TRANSLATE_NOOP("kind", "Reporting deadline"),
    QT_TRANSLATE_NOOP("kind", "Objective"),
    QT_TRANSLATE_NOOP("kind", "Indicator"),
    QT_TRANSLATE_NOOP("kind", "Charter"),
    QT_TRANSLATE_NOOP("kind", "Charter version"),
    QT_TRANSLATE_NOOP("kind", "Charter acceptance"),
    QT_TRANSLATE_NOOP("kind", "Action"),
    QT_TRANSLATE_NOOP("kind", "Exchange"),
    QT_TRANSLATE_NOOP("kind", "Meeting"),
    QT_TRANSLATE_NOOP("kind", "Agenda item"),
    QT_TRANSLATE_NOOP("kind", "Attendance"),
    QT_TRANSLATE_NOOP("kind", "Decision"),
    QT_TRANSLATE_NOOP("kind", "Pooled resource"),
    QT_TRANSLATE_NOOP("kind", "Booking"),
    QT_TRANSLATE_NOOP("kind", "Review"),
    QT_TRANSLATE_NOOP("kind", "Review score"),
)


#: What a stored value that no member of its enum has reads as (see UnknownValue).
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("enum", "Unknown value")


def enum_label(value: Enum | UnknownValue) -> str:
    """The translated label of an enum value ("unknown value" for one this version does
    not know: a newer version's, kept as it is)."""
    if isinstance(value, UnknownValue):
        return QCoreApplication.translate("enum", UNKNOWN_VALUE)
    english = _LABELS.get((type(value), value.value), str(value.value))
    return QCoreApplication.translate("enum", english)


def kind_label(kind: str) -> str:
    """The translated name of a kind of record."""
    spec = KINDS.get(kind)
    return QCoreApplication.translate("kind", spec.label if spec is not None else kind)


def error_text(error: CoopdeskError) -> str:
    """The translated message of an error the user can act on."""
    template = QCoreApplication.translate("errors", error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message
