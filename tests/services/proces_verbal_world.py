"""A small cooperation for the procès-verbal tests: four voting partners, a funder and an
observer, their people, and one general assembly with its président, convocation, proxies
(one over the limit) and every kind of vote."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import (
    AttendanceStatus,
    ConvocationMeans,
    DecisionOutcome,
    MeetingKind,
    MeetingStatus,
    PartnerRole,
    ProjectMode,
    VoteKind,
)
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.workspace_services import Services

START = dt.datetime(2026, 3, 14, 18, 30)
P, E, A, R = (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT,
              AttendanceStatus.REPRESENTED)


@dataclass(frozen=True)
class World:
    project: str
    meeting: str
    orgs: dict[str, str]
    people: dict[str, str]
    items: list[str]
    decisions: list[str]


def build(s: Services, *, lead: bool = True,
          kind: MeetingKind = MeetingKind.ORDINARY_GENERAL_ASSEMBLY) -> World:
    """The cooperation (a consortium with a lead, or a cooperation without one) and its
    assembly of *kind*."""
    orgs = {key: s.organisations.create(OrganisationFields(name=name)).id for key, name in (
        ("centre", "Centre social"), ("club", "Club de foot"), ("parents", "Parents d'élèves"),
        ("arts", "Arts & Murs"), ("caf", "CAF du Rhône"), ("mairie", "Mairie"))}
    people = {key: s.people.create(PersonFields(first_name=first, last_name=last,
                                                organisation_id=orgs[org], role=role)).id
              for key, first, last, org, role in (
                  ("anne", "Anne", "Martin", "centre", "Présidente"),
                  ("marc", "Marc", "Petit", "centre", "Trésorier"),
                  ("karim", "Karim", "Benali", "club", "Président"),
                  ("nadia", "Nadia", "Ouhibi", "parents", "Secrétaire"),
                  ("julien", "Julien", "Mercier", "arts", "Coordinateur"),
                  ("helene", "Hélène", "Dubois", "caf", "Conseillère"),
                  ("claire", "Claire", "Roux", "mairie", "Cheffe de projet"))}
    project = s.projects.create(ProjectFields(
        title="Parentalité", mode=ProjectMode.CONSORTIUM if lead else ProjectMode.COOPERATION,
        quorum=4, max_proxies=1, lead_organisation_id=orgs["centre"] if lead else None)).id
    for key, role in (("centre", PartnerRole.LEAD if lead else PartnerRole.PARTNER),
                      ("club", PartnerRole.PARTNER), ("parents", PartnerRole.PARTNER),
                      ("arts", PartnerRole.PARTNER), ("caf", PartnerRole.FUNDER),
                      ("mairie", PartnerRole.OBSERVER)):
        s.partners.create(ProjectPartnerFields(project_id=project, organisation_id=orgs[key],
                                               role=role))
    meeting = s.meetings.create(MeetingFields(
        title="Assemblée générale 2026", starts_at=START, ends_at=START + dt.timedelta(hours=2),
        project_id=project, place="Salle des fêtes", status=MeetingStatus.HELD, kind=kind,
        president_person_id=people["anne"], secretary_person_id=people["nadia"],
        convened_on=dt.date(2026, 2, 21), convened_by_person_id=people["anne"],
        convocation_means=ConvocationMeans.LETTER,
        closed_at=START.replace(hour=20, minute=5),
        quorum_overridden=True, quorum_numerator=1, quorum_denominator=2, max_proxies=1)).id
    for person, status, proxy, signs in (
            ("anne", P, None, False), ("marc", P, None, True), ("nadia", P, None, False),
            ("karim", R, "anne", False), ("julien", R, "anne", False),
            ("helene", P, None, False), ("claire", E, None, False)):
        s.attendance.create(AttendanceFields(
            meeting_id=meeting, person_id=people[person],
            organisation_id=s.people.get(people[person]).organisation_id, status=status,
            represented_by_person_id=people[proxy] if proxy else None, signs_minutes=signs))
    items = [s.agenda.create(AgendaItemFields(meeting_id=meeting, title=title, notes=notes)).id
             for title, notes in (("Rapport moral", "Le rapport est présenté."),
                                  ("Comptes 2025", "Les comptes sont présentés."))]
    decisions = [s.decisions.create(fields).id for fields in (
        DecisionFields(meeting_id=meeting, agenda_item_id=items[0],
                       text="Le rapport moral est approuvé.", vote_kind=VoteKind.UNANIMOUS),
        DecisionFields(meeting_id=meeting, agenda_item_id=items[1],
                       text="Les comptes sont approuvés.", vote_kind=VoteKind.COUNTED,
                       votes_for=5, votes_against=1, votes_abstain=1),
        DecisionFields(meeting_id=meeting, agenda_item_id=items[1],
                       text="La cotisation double.", vote_kind=VoteKind.COUNTED,
                       votes_for=1, votes_against=2, votes_not_taking_part=1,
                       outcome=DecisionOutcome.REJECTED, named_votes="Pour : Club de foot."),
        DecisionFields(meeting_id=meeting, text="Nadia Ouhibi est élue trésorière.",
                       vote_kind=VoteKind.COUNTED, votes_for=2, votes_against=1,
                       secret_ballot=True),
    )]
    return World(project, meeting, orgs, people, items, decisions)
