"""The demo cooperation: five associations of one QPV, a funder and the city, working together.

Everything goes through the services, so validation and the audit stamps run as for a user.
Dates are counted from `today`, so the demo always has overdue and upcoming items; the
content is the same for the same `today` (only ids and audit times differ).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import (
    ConvocationMeans,
    CooperationForm,
    ExchangeKind,
    LegalBasis,
    PartnerRole,
    Practice,
    Priority,
    ProjectMode,
    ProjectStatus,
    VoteKind,
)
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.pooling import BookingFields, ResourceFields
from coopdesk.domain.profile import Profile
from coopdesk.domain.projects import (
    CharterAcceptanceFields,
    CharterFields,
    CharterVersionFields,
    IndicatorFields,
    ObjectiveFields,
    ProjectFields,
    ProjectPartnerFields,
    ReportingDeadlineFields,
)
from coopdesk.domain.reviews import ReviewFields, ReviewScoreFields
from coopdesk.services import demo_data as d
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.store.base import Record
from coopdesk.store.workspace import Workspace

__all__ = ["create_demo", "create_demo_workspace"]

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

F = TypeVar("F", bound="DataclassInstance")


def _fields(read: object, fields_cls: type[F]) -> F:
    """The editable fields of a read model, to pass back to `update`."""
    return fields_cls(**{item.name: getattr(read, item.name) for item in fields(fields_cls)})


def _author_for(org_key: str) -> str:
    """The volunteer who typed in an organisation's own records."""
    return {"club": "karim", "ape": "nadia"}.get(org_key, "marie")


class DemoBuilder:
    """Creates the demo records and remembers their ids under short keys."""

    def __init__(self, services: Services, today: dt.date) -> None:
        self.services = services
        self.today = today
        self.org: dict[str, str] = {}
        self.person: dict[str, str] = {}
        self.person_org: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.project: dict[str, str] = {}
        self.objective: dict[str, str] = {}
        self.decision: dict[str, str] = {}
        self.resource: dict[str, str] = {}

    # -- helpers -----------------------------------------------------------------------
    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def at(self, offset: int, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(self.day(offset), dt.time(hour, minute))

    def act_as(self, author: str) -> Profile:
        """Write the next records as one of the demo volunteers (their laptop's profile)."""
        person_key, org_key = d.AUTHORS[author]
        profile = Profile(name=self.names[person_key],
                          organisation=next(o.name for o in d.ORGANISATIONS if o.key == org_key))
        self.services.db.profile = profile
        return profile

    # -- directory ---------------------------------------------------------------------
    def directory(self) -> None:
        for someone in d.PEOPLE:
            self.names[someone.key] = f"{someone.first_name} {someone.last_name}"
        for org in d.ORGANISATIONS:
            self.act_as(_author_for(org.key))
            self.org[org.key] = self.services.organisations.create(OrganisationFields(
                name=org.name, kind=org.kind, acronym=org.acronym, address=org.address,
                postcode=d.POSTCODE, city=d.TOWN, email=org.email, phone=org.phone,
                website=org.website, description=org.description,
                strengths=org.strengths)).id
        for someone in d.PEOPLE:
            self.act_as(_author_for(someone.org))
            consent = (self.day(-someone.consent_days_ago)
                       if someone.consent_days_ago is not None else None)
            self.person[someone.key] = self.services.people.create(PersonFields(
                first_name=someone.first_name, last_name=someone.last_name,
                organisation_id=self.org[someone.org], role=someone.role, email=someone.email,
                phone=someone.phone, legal_basis=someone.legal_basis, consent_on=consent,
                notes=someone.notes)).id
            self.person_org[someone.key] = someone.org

    # -- projects ----------------------------------------------------------------------
    def projects(self) -> None:
        s = self.services
        self.act_as("marie")
        self.project["clas"] = s.projects.create(ProjectFields(
            title="Parentalité et réussite éducative aux Tilleuls",
            form=CooperationForm.NETWORK, mode=ProjectMode.CONSORTIUM,
            status=ProjectStatus.ACTIVE,
            description="Consortium de quatre associations du quartier pour accompagner la "
                        "scolarité de quarante enfants du CP à la 3e et soutenir leurs parents : "
                        "aide aux devoirs, café des parents, ateliers d'expression "
                        "parents-enfants, sorties familles.",
            start_on=self.day(-240), end_on=self.day(125), budget_cents=4_800_000,
            qpv_name=d.QPV_NAME, qpv_code=d.QPV_CODE, contrat_de_ville=d.CONTRAT_DE_VILLE,
            resident_participation="Les parents relais coaniment le café des parents ; deux "
                                   "parents siègent au comité de pilotage avec voix "
                                   "consultative.",
            quorum=4, max_proxies=1, lead_organisation_id=self.org["cs"],
            funder_agreement_ref="Convention CAF du Rhône n° 2025-CLAS-0142")).id
        clas = self.project["clas"]
        shares = (
            ("cs", PartnerRole.LEAD, 2_400_000, "Coordination et aide aux devoirs (50 %)",
             "Coordination, salle polyvalente, deux animatrices, portage administratif et "
             "financier de la convention CAF.",
             "Réunir le comité de pilotage chaque trimestre ; reverser les parts de subvention "
             "sous trente jours ; produire les bilans demandés par la CAF."),
            ("ape", PartnerRole.PARTNER, 600_000, "Café des parents et mobilisation (15 %)",
             "Parents relais, café des parents du jeudi, lien avec l'équipe enseignante.",
             "Tenir le café des parents chaque semaine scolaire ; mobiliser les familles "
             "inscrites."),
            ("arts", PartnerRole.PARTNER, 900_000, "Ateliers parents-enfants (20 %)",
             "Dix ateliers d'expression artistique parents-enfants par an.",
             "Animer les ateliers ; remettre les justificatifs à la fin de chaque semestre."),
            ("club", PartnerRole.PARTNER, 900_000, "Sorties familles et devoirs au club (15 %)",
             "Deux éducateurs, le minibus, l'aide aux devoirs avant l'entraînement.",
             "Organiser quatre sorties familles ; accueillir les collégiens le mercredi."),
            ("caf", PartnerRole.FUNDER, None, "",
             "Subvention de 36 000 € au titre du CLAS et de 12 000 € pour la parentalité.",
             "Verser 70 % à la signature et le solde après le bilan final."),
            ("ville", PartnerRole.SUPPORT, None, "",
             "Prêt de la salle du Forum et appui méthodologique de la cheffe de projet.",
             "Participer aux comités de pilotage."),
        )
        for org, role, budget, task, contribution, commitments in shares:
            s.partners.create(ProjectPartnerFields(
                project_id=clas, organisation_id=self.org[org], role=role,
                contribution=contribution, commitments=commitments,
                budget_share_cents=budget, task_share=task))
        for label, offset, done in (("Bilan intermédiaire à la CAF", -20, True),
                                    ("Justificatifs de dépenses du premier semestre", -5, False),
                                    ("Bilan qualitatif et financier final", 140, False)):
            s.deadlines.create(ReportingDeadlineFields(project_id=clas, label=label,
                                                       due_on=self.day(offset), done=done))
        self.objectives(clas, (
            ("scolarite", "Accompagner quarante enfants dans leur scolarité",
             "Aide aux devoirs quatre soirs par semaine, avec des bénévoles formés.",
             (("Enfants accompagnés chaque semaine", "enfants", 18, 40, 31),
              ("Assiduité aux séances", "%", 60, 85, 78))),
            ("familles", "Renforcer le lien entre les familles et l'école",
             "Café des parents, rencontres parents-enseignants, interprétariat.",
             (("Parents présents au café des parents (moyenne)", "parents", 4, 15, 9),
              ("Rencontres parents-enseignants organisées", "rencontres", 0, 6, 2))),
            ("gouvernance", "Associer les parents à la conduite du projet", "",
             (("Parents au comité de pilotage", "parents", 0, 2, 2),)),
        ))
        charter = s.charters.create(CharterFields(
            project_id=clas, title="Charte de coopération du consortium")).id
        v1 = s.charter_versions.create(CharterVersionFields(
            charter_id=charter, number=1, text=d.CHARTER_V1, adopted_on=self.day(-230))).id
        v2 = s.charter_versions.create(CharterVersionFields(
            charter_id=charter, number=2, text=d.CHARTER_V1 + d.CHARTER_V2_ADDITION,
            adopted_on=self.day(-45))).id
        signers = (("cs", "jean-pierre"), ("ape", "nadia"), ("arts", "julien"),
                   ("club", "karim"))
        for n, (org, person) in enumerate(signers):
            s.charter_acceptances.create(CharterAcceptanceFields(
                charter_version_id=v1, organisation_id=self.org[org],
                accepted_on=self.day(-230 + n), accepted_by_person_id=self.person[person],
                accepted_by_name=self.names[person]))
        for n, (org, person) in enumerate(signers[:3]):  # the club has not signed v2 yet
            s.charter_acceptances.create(CharterAcceptanceFields(
                charter_version_id=v2, organisation_id=self.org[org],
                accepted_on=self.day(-44 + 2 * n), accepted_by_person_id=self.person[person],
                accepted_by_name=self.names[person]))

        self.act_as("karim")
        self.project["fete"] = s.projects.create(ProjectFields(
            title="Fête de quartier et animations au pied des immeubles",
            form=CooperationForm.ONE_OFF_PARTNERSHIP, mode=ProjectMode.COOPERATION,
            status=ProjectStatus.ACTIVE,
            description="Une grande fête sur la place des Tilleuls, préparée avec les "
                        "habitants, puis des après-midi d'animation en bas des tours : "
                        "tournoi de futsal, fresque participative, jardinage, scène ouverte.",
            start_on=self.day(-90), end_on=self.day(120), budget_cents=650_000,
            qpv_name=d.QPV_NAME, qpv_code=d.QPV_CODE, contrat_de_ville=d.CONTRAT_DE_VILLE,
            resident_participation="Un comité d'une douzaine d'habitants choisit le programme "
                                   "et tient la buvette ; les jeunes du club préparent le "
                                   "tournoi.",
            quorum=3)).id
        fete = self.project["fete"]
        for org, role, contribution in (
                ("club", PartnerRole.PARTNER, "Tournoi de futsal, minibus, bénévoles."),
                ("cs", PartnerRole.PARTNER, "Salle de repli, buvette, lien avec les familles."),
                ("ape", PartnerRole.PARTNER, "Porte-à-porte et affichage avec les parents "
                                             "relais."),
                ("jardin", PartnerRole.PARTNER, "Ateliers de plantation et stand de semis."),
                ("arts", PartnerRole.PARTNER, "Fresque participative, sonorisation, scène "
                                              "ouverte."),
                ("ville", PartnerRole.FUNDER, "Subvention de 4 000 € au titre du contrat de "
                                              "ville, barnums et arrêté de fermeture de rue.")):
            s.partners.create(ProjectPartnerFields(project_id=fete, organisation_id=self.org[org],
                                                   role=role, contribution=contribution))
        s.deadlines.create(ReportingDeadlineFields(
            project_id=fete, label="Bilan de la subvention contrat de ville",
            due_on=self.day(150)))
        self.objectives(fete, (
            ("fete", "Préparer la fête de quartier avec les habitants", "",
             (("Habitants bénévoles le jour de la fête", "bénévoles", 15, 40, 22),
              ("Réunions du comité d'habitants", "réunions", 0, 5, 3))),
            ("animations", "Animer le bas des immeubles toute la belle saison", "",
             (("Après-midi d'animation programmés", "après-midi", 8, 20, 12),)),
        ))

    def objectives(self, project_id: str,
                   items: tuple[tuple[str, str, str,
                                      tuple[tuple[str, str, float, float, float], ...]], ...],
                   ) -> None:
        for key, title, description, indicators in items:
            self.objective[key] = self.services.objectives.create(ObjectiveFields(
                project_id=project_id, title=title, description=description)).id
            for name, unit, baseline, target, current in indicators:
                self.services.indicators.create(IndicatorFields(
                    objective_id=self.objective[key], name=name, unit=unit, baseline=baseline,
                    target_value=target, current_value=current))

    # -- meetings --------------------------------------------------------------------
    def meetings(self) -> None:
        s = self.services
        for spec in d.MEETINGS:
            self.act_as(spec.author)
            convened = spec.convened
            quorum = spec.quorum
            meeting = s.meetings.create(MeetingFields(
                title=spec.title, starts_at=self.at(spec.day, spec.hours[0], spec.start_minute),
                ends_at=self.at(spec.day, spec.hours[1]), project_id=self.project[spec.project],
                place=spec.place, video_link=spec.video_link, status=spec.status,
                notes=spec.notes, secretary_person_id=self.person[spec.secretary],
                kind=spec.kind,
                president_person_id=self.person[spec.president] if spec.president else None,
                convened_on=self.day(spec.day - convened[0]) if convened else None,
                convened_by_person_id=self.person[convened[1]] if convened else None,
                convocation_means=convened[2] if convened else ConvocationMeans.EMAIL,
                closed_at=self.at(spec.day, *spec.closed) if spec.closed else None,
                quorum_overridden=quorum is not None,
                quorum_numerator=quorum[0] if quorum else None,
                quorum_denominator=quorum[1] if quorum else None,
                max_proxies=quorum[2] if quorum else None)).id
            items = [s.agenda.create(AgendaItemFields(
                meeting_id=meeting, title=item.title,
                presenter_person_id=self.person[item.presenter],
                planned_minutes=item.minutes, notes=item.notes, outcome=item.outcome)).id
                for item in spec.agenda]
            for person, status, proxy in spec.attendance:
                s.attendance.create(AttendanceFields(
                    meeting_id=meeting, person_id=self.person[person],
                    organisation_id=self.org[self.person_org[person]], status=status,
                    represented_by_person_id=self.person[proxy] if proxy else None,
                    signs_minutes=person in spec.signatories))
            for decision in spec.decisions:
                votes = decision.votes
                self.decision[decision.key] = s.decisions.create(DecisionFields(
                    meeting_id=meeting, agenda_item_id=items[decision.item],
                    text=decision.text,
                    vote_kind=VoteKind.COUNTED if votes else VoteKind.UNANIMOUS,
                    votes_for=votes[0] if votes else None,
                    votes_against=votes[1] if votes else None,
                    votes_abstain=votes[2] if votes else None,
                    votes_not_taking_part=votes[3] if votes else None,
                    outcome=decision.outcome, secret_ballot=decision.secret,
                    named_votes=decision.named)).id

    # -- actions and contact log -------------------------------------------------------
    def actions(self) -> None:
        for spec in d.ACTIONS:
            self.act_as(spec.author)
            self.services.actions.create(ActionFields(
                title=spec.title, project_id=self.project[spec.project] if spec.project else None,
                description=spec.description,
                owner_organisation_id=self.org[self.person_org[spec.owner]],
                owner_person_id=self.person[spec.owner], due_on=self.day(spec.due),
                status=spec.status, priority=spec.priority,
                objective_id=self.objective[spec.objective] if spec.objective else None,
                origin_decision_id=self.decision[spec.origin] if spec.origin else None,
                done_on=(self.day(spec.due - spec.done_early)
                         if spec.done_early is not None else None)))

    def exchanges(self) -> None:
        for spec in d.EXCHANGES:
            profile = self.act_as(spec.author)
            self.services.exchanges.create(ContactLogEntryFields(
                kind=spec.kind, occurred_on=self.day(spec.day), subject=spec.subject,
                summary=spec.summary, person_id=self.person[spec.who] if spec.who else None,
                organisation_id=self.org[self.person_org[spec.who] if spec.who else "ville"],
                project_id=self.project[spec.project] if spec.project else None,
                author_name=profile.name, author_organisation=profile.organisation,
                follow_up=spec.follow_up,
                follow_up_on=(self.day(spec.follow_up_day)
                              if spec.follow_up_day is not None else None),
                follow_up_done=spec.follow_up_done, is_private=spec.private))

    # -- pooling -----------------------------------------------------------------------
    def pooling(self) -> None:
        s = self.services
        for spec in d.RESOURCES:
            self.act_as(spec.author)
            self.resource[spec.key] = s.resources.create(ResourceFields(
                organisation_id=self.org[spec.org], name=spec.name, kind=spec.kind,
                description=spec.description, location=spec.location,
                value_per_day_cents=spec.value_per_day_cents)).id
        for booking in d.BOOKINGS:
            self.act_as(booking.author)
            s.bookings.create(BookingFields(
                resource_id=self.resource[booking.resource],
                starts_at=self.at(*booking.start), ends_at=self.at(*booking.end),
                borrower_organisation_id=self.org[booking.org],
                borrower_person_id=self.person[booking.person],
                project_id=self.project[booking.project] if booking.project else None,
                purpose=booking.purpose, return_condition=booking.return_condition,
                value_cents=booking.value_cents))

    # -- review ------------------------------------------------------------------------
    def review(self) -> None:
        self.act_as("marie")
        # An earlier review at launch, a little lower everywhere, so the chart shows a trend.
        first = self.services.reviews.create(ReviewFields(
            project_id=self.project["clas"], held_on=self.day(-210),
            title="Évaluation au lancement du consortium",
            comments="Premier tour de table : les rôles restent flous entre le centre social "
                     "et l'association de parents ; la communication passe surtout par "
                     "téléphone.", next_review_on=self.day(-30))).id
        for org, (scores, _comments) in d.REVIEW_SCORES.items():
            for practice, score in zip(Practice, scores, strict=True):
                self.services.review_scores.create(ReviewScoreFields(
                    review_id=first, organisation_id=self.org[org], practice=practice,
                    score=max(1, score - 1)))
        review = self.services.reviews.create(ReviewFields(
            project_id=self.project["clas"], held_on=self.day(-30),
            title="Évaluation à six mois du consortium", comments=d.REVIEW_COMMENTS,
            next_review_on=self.day(150))).id
        for org, (scores, comments) in d.REVIEW_SCORES.items():
            for practice, score in zip(Practice, scores, strict=True):
                self.services.review_scores.create(ReviewScoreFields(
                    review_id=review, organisation_id=self.org[org], practice=practice,
                    score=score, comment=comments.get(practice, "")))

    # -- later edits by other volunteers (so "who changed what" shows) ----------------
    def later_edits(self) -> None:
        s = self.services
        self.act_as("nadia")
        for indicator in s.indicators.list():
            if indicator.name.startswith("Parents présents"):
                s.indicators.update(indicator.id, replace(
                    _fields(indicator, IndicatorFields), current_value=11))
        self.act_as("marie")
        for action in s.actions.list(project_id=self.project["fete"]):
            if action.title.startswith("Réaliser les maquettes"):
                s.actions.update(action.id, replace(_fields(action, ActionFields),
                                                    priority=Priority.HIGH))

    # -- a few records in the trash, deleted over the last days -----------------------
    def trash(self) -> None:
        s = self.services
        self.act_as("karim")
        tables = s.resources.create(ResourceFields(
            organisation_id=self.org["club"], name="Tables pliantes (lot de dix)",
            description="Données à l'association des locataires : le club ne les prête plus.",
            location="Local du club, gymnase Jean-Moulin", value_per_day_cents=1_500)).id
        self.act_as("marie")
        twice = s.exchanges.create(ContactLogEntryFields(
            kind=ExchangeKind.CALL, occurred_on=self.day(-6),
            subject="Appel à la CAF sur le bilan (saisi deux fois)",
            person_id=self.person["helene"], organisation_id=self.org["caf"],
            project_id=self.project["clas"], author_name=self.names["marie"],
            author_organisation=self.org_name("cs"))).id
        self.act_as("nadia")
        former = s.people.create(PersonFields(
            first_name="Sophie", last_name="Marchand", organisation_id=self.org["ape"],
            role="Ancienne trésorière", email="sophie.marchand@example.org",
            legal_basis=LegalBasis.CONSENT, consent_on=self.day(-700),
            notes="A quitté l'association en juin ; ses coordonnées ne servent plus.")).id
        # Deleted by different volunteers on earlier days; the times are fixed so the demo
        # stays the same for the same `today`.
        for author, kind, record_id, days_ago, hour in (
                ("karim", "resource", tables, 3, 21), ("marie", "contact_log_entry", twice, 1, 9),
                ("nadia", "person", former, 12, 18)):
            self.act_as(author)
            s.delete(kind, record_id)
            with s.db.unit_of_work() as session:
                record = session.get(_TRASHED_MODELS[kind], record_id)
                assert record is not None
                record.deleted_at = self.at(-days_ago, hour, 40)

    def org_name(self, key: str) -> str:
        return next(o.name for o in d.ORGANISATIONS if o.key == key)


_TRASHED_MODELS: dict[str, type[Record]] = {
    "resource": m.Resource, "contact_log_entry": m.ContactLogEntry, "person": m.Person}


def create_demo(services: Services, today: dt.date | None = None) -> None:
    """Fill the open workspace with the demo cooperation, dated around *today*."""
    builder = DemoBuilder(services, today or dt.date.today())
    original = services.db.profile
    try:
        builder.directory()
        builder.projects()
        builder.meetings()
        builder.actions()
        builder.exchanges()
        builder.pooling()
        builder.review()
        builder.later_edits()
        builder.trash()
    finally:
        services.db.profile = original


def create_demo_workspace(folder: Path, profile: Profile,
                          today: dt.date | None = None) -> Workspace:
    """Create the demo workspace in *folder* (new or empty) and return it open."""
    workspace = Workspace.create(folder, d.WORKSPACE_NAME, profile)
    try:
        with workspace.db.holding("demo"):
            create_demo(Services(workspace), today)
    except BaseException:
        workspace.close()
        raise
    return workspace

