"""The demo cooperation's fixed content: partners of one QPV, their people, texts and scores.

Plain data only; `coopdesk.services.demo` turns it into records through the services.
Names, addresses, codes and the town are invented; phone numbers are in the ranges ARCEP
keeps for fiction (04 65 71 …, 06 39 98 …) and emails use example.org domains.
"""

from __future__ import annotations

from typing import NamedTuple

from coopdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    ConvocationMeans,
    DecisionOutcome,
    ExchangeKind,
    LegalBasis,
    MeetingKind,
    MeetingStatus,
    OrgKind,
    Practice,
    Priority,
    ResourceKind,
)

WORKSPACE_NAME = "Coopération Quartier des Tilleuls"
TOWN = "Val-de-Saône"
POSTCODE = "69250"
QPV_NAME = "Les Tilleuls – La Source"
QPV_CODE = "QN06977M"
CONTRAT_DE_VILLE = "Contrat de ville « Engagements Quartiers 2030 » de Val-de-Saône"


class Org(NamedTuple):
    key: str
    name: str
    kind: OrgKind
    acronym: str
    address: str
    email: str
    phone: str
    website: str
    description: str
    strengths: str


class Someone(NamedTuple):
    key: str
    org: str
    first_name: str
    last_name: str
    role: str
    email: str
    phone: str
    legal_basis: LegalBasis
    #: Days before "today" the person gave consent (None: no consent recorded).
    consent_days_ago: int | None
    notes: str = ""


ORGANISATIONS: tuple[Org, ...] = (
    Org("cs", "Centre social Les Tilleuls", OrgKind.ASSOCIATION, "CSL",
        "12 place des Tilleuls", "accueil@cs-tilleuls.example.org", "04 65 71 10 20",
        "https://cs-tilleuls.example.org",
        "Centre social agréé par la CAF, lieu d'accueil et d'animation pour les habitants du "
        "quartier : accueil de loisirs, accompagnement à la scolarité, ateliers "
        "sociolinguistiques, permanences d'accès aux droits.",
        "Salle polyvalente de 80 places, équipe de six salariés, agrément CAF, habitude des "
        "dossiers de subvention et des bilans financiers."),
    Org("club", "Union sportive des Tilleuls", OrgKind.ASSOCIATION, "UST",
        "Gymnase Jean-Moulin, 4 allée des Sports", "contact@us-tilleuls.example.org",
        "04 65 71 10 31", "",
        "Club omnisports fondé en 1987 : football, boxe éducative, futsal féminin. "
        "240 licenciés, dont sept sur dix habitent le quartier.",
        "Minibus de neuf places, éducateurs diplômés, créneaux au gymnase, lien fort avec les "
        "adolescents et leurs familles."),
    Org("ape", "Association des parents d'élèves du groupe scolaire Jean-Moulin",
        OrgKind.ASSOCIATION, "APE Jean-Moulin", "Groupe scolaire Jean-Moulin, rue des Écoles",
        "ape.jeanmoulin@example.org", "06 39 98 12 40", "",
        "Représente les parents aux conseils d'école, organise la kermesse et le café des "
        "parents du jeudi matin.",
        "Réseau de parents relais qui parlent arabe, turc, soninké et tamoul ; contact "
        "quotidien avec les familles à la sortie de l'école."),
    Org("jardin", "Jardin partagé La Main verte", OrgKind.ASSOCIATION, "",
        "Au pied de la tour 7, chemin de la Source", "lamainverte@example.org",
        "06 39 98 12 55", "",
        "Jardin partagé de quarante parcelles ouvert aux habitants et aux écoles du quartier.",
        "Terrain et cabane à outils, savoir-faire en jardinage et en compostage, animations "
        "nature pour les enfants."),
    Org("arts", "Collectif Arts & Murs", OrgKind.COLLECTIVE, "A&M",
        "3 rue des Acacias", "bonjour@artsetmurs.example.org", "06 39 98 12 63",
        "https://artsetmurs.example.org",
        "Collectif d'artistes (graphistes, musiciens, muralistes) qui mène des projets "
        "participatifs avec les habitants : fresques, ateliers d'écriture, scène ouverte.",
        "Sonorisation complète, graphisme, médiation artistique auprès des enfants et des "
        "parents."),
    Org("caf", "Caisse d'allocations familiales du Rhône", OrgKind.FUNDER, "CAF",
        "67 boulevard Vivier-Merle", "partenaires@caf-rhone.example.org", "04 65 71 20 00",
        "",
        "Finance l'accompagnement à la scolarité (CLAS) et les actions de soutien à la "
        "parentalité ; suit les centres sociaux agréés.",
        "Cofinancement pluriannuel, appui d'une conseillère technique territoriale."),
    Org("ville", "Ville de Val-de-Saône – Direction de la politique de la ville",
        OrgKind.PUBLIC_BODY, "DPV", "Hôtel de ville, 1 place de la République",
        "politique.ville@valdesaone.example.org", "04 65 71 30 00",
        "https://valdesaone.example.org",
        "Pilote le contrat de ville avec l'État et la métropole ; anime le conseil citoyen et "
        "le fonds de participation des habitants.",
        "Prêt de salles et de matériel municipal, ingénierie de projet, cofinancements du "
        "contrat de ville."),
)

PEOPLE: tuple[Someone, ...] = (
    Someone("marie", "cs", "Marie", "Lefebvre", "Coordinatrice du secteur familles",
            "marie.lefebvre@cs-tilleuls.example.org", "04 65 71 10 22",
            LegalBasis.LEGITIMATE_INTEREST, None),
    Someone("jean-pierre", "cs", "Jean-Pierre", "Garnier", "Président",
            "jp.garnier@cs-tilleuls.example.org", "06 39 98 10 01", LegalBasis.CONSENT, 400),
    Someone("aicha", "cs", "Aïcha", "Diallo", "Animatrice de l'accompagnement à la scolarité",
            "aicha.diallo@cs-tilleuls.example.org", "04 65 71 10 24",
            LegalBasis.CONTRACT, None),
    Someone("karim", "club", "Karim", "Benali", "Président bénévole",
            "karim.benali@us-tilleuls.example.org", "06 39 98 10 11", LegalBasis.CONSENT, 380),
    Someone("sofiane", "club", "Sofiane", "Haddad", "Éducateur sportif",
            "sofiane.haddad@us-tilleuls.example.org", "06 39 98 10 12",
            LegalBasis.LEGITIMATE_INTEREST, None),
    Someone("lea", "club", "Léa", "Moreau", "Trésorière",
            "lea.moreau@us-tilleuls.example.org", "06 39 98 10 13", LegalBasis.CONSENT, 300),
    Someone("nadia", "ape", "Nadia", "Ouhibi", "Présidente",
            "nadia.ouhibi@example.org", "06 39 98 10 21", LegalBasis.CONSENT, 350),
    Someone("thomas", "ape", "Thomas", "Rousseau", "Secrétaire",
            "thomas.rousseau@example.org", "06 39 98 10 22", LegalBasis.CONSENT, 350),
    Someone("fatoumata", "ape", "Fatoumata", "Traoré", "Maman relais (soninké, bambara)",
            "", "06 39 98 10 23", LegalBasis.CONSENT, 200,
            "Préfère être jointe par téléphone, plutôt en fin de matinée."),
    Someone("gerard", "jardin", "Gérard", "Lemoine", "Responsable du jardin",
            "gerard.lemoine@example.org", "06 39 98 10 31", LegalBasis.CONSENT, 500),
    Someone("ines", "jardin", "Inès", "Carvalho", "Animatrice nature",
            "ines.carvalho@example.org", "06 39 98 10 32", LegalBasis.LEGITIMATE_INTEREST,
            None),
    Someone("julien", "arts", "Julien", "Mercier", "Coordinateur artistique",
            "julien@artsetmurs.example.org", "06 39 98 10 41",
            LegalBasis.LEGITIMATE_INTEREST, None),
    Someone("yasmine", "arts", "Yasmine", "Belkacem", "Muraliste",
            "yasmine@artsetmurs.example.org", "06 39 98 10 42", LegalBasis.CONSENT, 150),
    Someone("helene", "caf", "Hélène", "Dubois", "Conseillère technique territoriale",
            "helene.dubois@caf-rhone.example.org", "04 65 71 20 14",
            LegalBasis.LEGITIMATE_INTEREST, None),
    Someone("olivier", "caf", "Olivier", "Fabre", "Chargé de mission parentalité",
            "olivier.fabre@caf-rhone.example.org", "04 65 71 20 17",
            LegalBasis.LEGITIMATE_INTEREST, None),
    Someone("claire", "ville", "Claire", "Martin", "Cheffe de projet politique de la ville",
            "claire.martin@valdesaone.example.org", "04 65 71 30 12",
            LegalBasis.LEGITIMATE_INTEREST, None),
    Someone("mohamed", "ville", "Mohamed", "Bensaïd", "Agent de développement local",
            "mohamed.bensaid@valdesaone.example.org", "04 65 71 30 15",
            LegalBasis.LEGITIMATE_INTEREST, None),
)

#: Volunteers whose laptops "wrote" the demo: (person key, organisation key).
AUTHORS = {"marie": ("marie", "cs"), "karim": ("karim", "club"), "nadia": ("nadia", "ape")}

CHARTER_V1 = """\
Article 1 – Objet
Les partenaires s'associent pour accompagner la scolarité des enfants du quartier des \
Tilleuls et soutenir leurs parents, dans le cadre de la convention signée avec la CAF.

Article 2 – Chef de file
Le centre social Les Tilleuls est chef de file : il signe la convention, reçoit la \
subvention et reverse à chaque partenaire sa part dans les trente jours.

Article 3 – Engagements
Chaque partenaire réalise les actions dont il a la charge, participe au comité de pilotage \
et transmet ses justificatifs de dépenses à la fin de chaque semestre.

Article 4 – Décisions
Le comité de pilotage se réunit chaque trimestre. Il décide à la majorité des partenaires \
présents ou représentés, le quorum étant de quatre structures.
"""

CHARTER_V2_ADDITION = """
Article 5 – Place des parents
Deux parents désignés par le café des parents siègent au comité de pilotage avec voix \
consultative.

Article 6 – Données personnelles et images
Les partenaires ne partagent que les données nécessaires au suivi des enfants, avec \
l'accord écrit des familles. Aucune photo d'enfant n'est publiée sans autorisation signée.
"""

REVIEW_COMMENTS = (
    "Évaluation à six mois menée en comité de pilotage élargi aux deux parents. Points "
    "forts : la complémentarité entre l'aide aux devoirs et le café des parents, la "
    "régularité des comités. À améliorer : la circulation de l'information entre deux "
    "comités et le suivi écrit des décisions."
)

#: Scores (1 to 5) of each partner on the five practices, in Practice order, and a comment.
REVIEW_SCORES: dict[str, tuple[tuple[int, int, int, int, int], dict[Practice, str]]] = {
    "cs": ((4, 4, 5, 3, 3), {
        Practice.COMMUNICATION: "Les comptes rendus partent trop tard après les comités.",
        Practice.EVALUATION: "Le tableau de bord CAF n'est rempli que par le chef de file.",
    }),
    "club": ((3, 2, 4, 3, 2), {
        Practice.FRAMEWORK: "La version 2 de la charte n'a pas encore été présentée au "
                            "bureau du club.",
    }),
    "ape": ((4, 3, 5, 4, 3), {
        Practice.COMPLEMENTARITY: "Les parents relais ouvrent des portes que personne "
                                  "d'autre n'ouvre.",
    }),
    "arts": ((3, 4, 4, 2, 3), {
        Practice.COMMUNICATION: "Difficile de suivre les échanges par courriel ; une liste "
                                "des actions à jour aiderait.",
    }),
}


class ActionSpec(NamedTuple):
    author: str
    project: str | None
    owner: str
    title: str
    due: int
    status: ActionStatus
    priority: Priority = Priority.NORMAL
    objective: str | None = None
    #: Key of the meeting decision the action comes from.
    origin: str | None = None
    #: Days before the due date it was done.
    done_early: int | None = None
    description: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("marie", "clas", "marie", "Lancer un appel à bénévoles pour l'aide aux devoirs "
               "du mardi", -30, ActionStatus.DONE, Priority.HIGH, "scolarite", "benevoles", 3),
    ActionSpec("marie", "clas", "karim", "Relayer l'appel à bénévoles auprès des licenciés du "
               "club", -20, ActionStatus.IN_PROGRESS, Priority.NORMAL, "scolarite", "benevoles"),
    ActionSpec("nadia", "clas", "fatoumata", "Trouver une maman relais parlant soninké et "
               "fixer son défraiement", -35, ActionStatus.DONE, Priority.NORMAL, "familles",
               "soninke", 3),
    ActionSpec("marie", "clas", "jean-pierre", "Verser l'acompte de 2 700 € au collectif "
               "Arts & Murs", -45, ActionStatus.DONE, Priority.HIGH, None, "acompte", 5),
    ActionSpec("marie", "clas", "marie", "Envoyer les justificatifs de dépenses du premier "
               "semestre à la CAF", -5, ActionStatus.IN_PROGRESS, Priority.HIGH,
               description="Il manque les factures du collectif et du club."),
    ActionSpec("marie", "clas", "karim", "Faire signer la version 2 de la charte par le "
               "bureau du club", -10, ActionStatus.TODO, Priority.NORMAL, "gouvernance"),
    ActionSpec("marie", "clas", "claire", "Diffuser la synthèse de l'évaluation à six mois",
               7, ActionStatus.TODO),
    ActionSpec("nadia", "clas", "nadia", "Organiser une rencontre parents-enseignants à "
               "Jean-Moulin", 25, ActionStatus.TODO, Priority.NORMAL, "familles"),
    ActionSpec("karim", "fete", "karim", "Déposer la demande d'arrêté de fermeture de la rue "
               "des Acacias", -2, ActionStatus.TODO, Priority.HIGH, None, "arrete"),
    ActionSpec("karim", "fete", "yasmine", "Réaliser les maquettes de la fresque "
               "participative", 14, ActionStatus.IN_PROGRESS, Priority.NORMAL, "fete",
               "fresque"),
    ActionSpec("karim", "fete", "julien", "Imprimer et distribuer les affiches en quatre "
               "langues", 20, ActionStatus.TODO, Priority.NORMAL, "fete"),
    ActionSpec("karim", "fete", "sofiane", "Réserver le minibus pour aller chercher tables et "
               "barnums", 35, ActionStatus.TODO, Priority.LOW),
    ActionSpec("nadia", "fete", "nadia", "Recruter quarante habitants bénévoles pour le jour "
               "de la fête", 30, ActionStatus.IN_PROGRESS, Priority.HIGH, "fete"),
    ActionSpec("marie", "fete", "ines", "Planifier les après-midi d'animation au jardin "
               "partagé", -15, ActionStatus.TODO, Priority.LOW, "animations"),
    ActionSpec("marie", "fete", "gerard", "Commander du terreau pour l'atelier avec l'école",
               3, ActionStatus.TODO),
    ActionSpec("karim", None, "julien", "Rédiger une convention de prêt pour la sono", -60,
               ActionStatus.CANCELLED, Priority.LOW,
               description="Remplacée par le registre des prêts partagé entre partenaires."),
)


class ExchangeSpec(NamedTuple):
    author: str
    kind: ExchangeKind
    day: int
    #: Person key, or "" for an exchange with the city's service as a whole.
    who: str
    project: str | None
    subject: str
    summary: str
    follow_up: str = ""
    follow_up_day: int | None = None
    follow_up_done: bool = False
    private: bool = False


EXCHANGES: tuple[ExchangeSpec, ...] = (
    ExchangeSpec("marie", ExchangeKind.CALL, -40, "helene", "clas",
                 "Bilan intermédiaire : attentes de la CAF",
                 "La CAF attend le bilan intermédiaire avant la fin du mois ; Hélène envoie "
                 "un modèle de tableau de bord.", "Vérifier la réception du modèle", -33, True),
    ExchangeSpec("karim", ExchangeKind.EMAIL, -18, "claire", "fete",
                 "Programme provisoire de la fête envoyé à la mairie",
                 "Programme et plan de la place envoyés ; la ville demande le nombre de "
                 "barnums.", "Relancer pour l'arrêté de fermeture de rue", -4),
    ExchangeSpec("marie", ExchangeKind.VISIT, -25, "gerard", "fete",
                 "Visite du jardin partagé avec l'école Jean-Moulin",
                 "Deux classes de CE1 viendront planter des aromatiques ; prévoir des outils "
                 "adaptés aux enfants.", "Prêter les petits outils de jardinage", 3),
    ExchangeSpec("marie", ExchangeKind.CALL, -8, "karim", None,
                 "Le minibus du club est en révision",
                 "Minibus immobilisé une semaine au garage ; retour prévu bien avant la fête.",
                 "Confirmer la disponibilité du minibus", 10),
    ExchangeSpec("marie", ExchangeKind.EMAIL, -3, "helene", "clas",
                 "Relance de la CAF pour les justificatifs",
                 "Les justificatifs du premier semestre sont attendus ; délai de quinze jours "
                 "accordé.", "Envoyer les justificatifs à la CAF", 12),
    ExchangeSpec("marie", ExchangeKind.VIDEO, -15, "julien", "clas",
                 "Visio sur le budget des ateliers parents-enfants",
                 "Le collectif confirme dix ateliers ; l'acompte couvre le matériel."),
    ExchangeSpec("karim", ExchangeKind.LETTER, -60, "", "fete",
                 "Notification de la subvention contrat de ville",
                 "Subvention de 4 000 € accordée pour la fête et les animations."),
    ExchangeSpec("nadia", ExchangeKind.VISIT, -6, "fatoumata", "clas",
                 "Rencontre avec une famille au café des parents",
                 "Situation familiale délicate évoquée par la maman ; orientation vers la "
                 "permanence d'accès aux droits. Note personnelle, à ne pas partager.",
                 "Prendre des nouvelles de la famille", 7, private=True),
    ExchangeSpec("nadia", ExchangeKind.MEETING, -30, "thomas", "clas",
                 "Rendez-vous avec la directrice de l'école Jean-Moulin",
                 "La directrice accepte deux rencontres parents-enseignants par trimestre "
                 "dans les locaux de l'école.", "Proposer des dates de rencontre", -10),
    ExchangeSpec("karim", ExchangeKind.CALL, -1, "sofiane", "fete",
                 "Inscriptions au tournoi de futsal",
                 "Onze équipes inscrites, dont trois équipes féminines.",
                 "Envoyer la liste des équipes au collectif pour l'affiche", 5),
    ExchangeSpec("marie", ExchangeKind.EMAIL, -90, "ines", "fete",
                 "Proposition de partenariat au jardin partagé",
                 "Le jardin est partant pour des ateliers de plantation pendant la fête.",
                 "Inviter le jardin à la réunion de préparation", -80, True),
)


class ResourceSpec(NamedTuple):
    author: str
    key: str
    org: str
    name: str
    kind: ResourceKind
    description: str
    location: str
    value_per_day_cents: int | None


RESOURCES: tuple[ResourceSpec, ...] = (
    ResourceSpec("marie", "salle", "cs", "Salle polyvalente du centre social",
                 ResourceKind.ROOM, "80 places assises, cuisine équipée, accessible en "
                 "fauteuil roulant.", "12 place des Tilleuls, rez-de-chaussée", 15_000),
    ResourceSpec("karim", "minibus", "club", "Minibus neuf places", ResourceKind.VEHICLE,
                 "Permis B suffisant ; carnet de bord dans la boîte à gants, plein à refaire.",
                 "Parking du gymnase Jean-Moulin", 9_000),
    ResourceSpec("marie", "sono", "arts", "Sonorisation mobile (deux enceintes, table de "
                 "mixage, micros sans fil)", ResourceKind.EQUIPMENT,
                 "Installation par un membre du collectif si besoin.",
                 "Atelier du collectif, 3 rue des Acacias", 6_000),
    ResourceSpec("marie", "graphisme", "arts", "Graphisme : affiches et flyers",
                 ResourceKind.SKILL, "Une graphiste du collectif, jusqu'à deux jours par "
                 "trimestre pour les partenaires.", "", 25_000),
    ResourceSpec("karim", "fph", "ville", "Fonds de participation des habitants",
                 ResourceKind.FUNDING, "Petites aides jusqu'à 500 € pour les initiatives "
                 "d'habitants, attribuées par le conseil citoyen.", "", None),
    ResourceSpec("marie", "outils", "jardin", "Outils de jardinage pour enfants",
                 ResourceKind.EQUIPMENT, "Douze kits : pelle, râteau, arrosoir.",
                 "Cabane du jardin partagé", 1_000),
)


class BookingSpec(NamedTuple):
    author: str
    resource: str
    org: str
    person: str
    project: str | None
    #: (day offset, hour) of the start and of the end.
    start: tuple[int, int]
    end: tuple[int, int]
    purpose: str
    return_condition: str
    value_cents: int


BOOKINGS: tuple[BookingSpec, ...] = (
    BookingSpec("nadia", "salle", "ape", "nadia", None, (-20, 17), (-20, 22),
                "Assemblée générale de l'APE", "Salle rendue propre, chaises rangées", 15_000),
    BookingSpec("marie", "salle", "arts", "julien", "clas", (4, 14), (4, 17),
                "Atelier d'expression parents-enfants", "", 0),
    BookingSpec("nadia", "minibus", "ape", "fatoumata", "clas", (-27, 8), (-27, 19),
                "Sortie familles à la base de loisirs", "Plein fait, 212 km, rien à signaler",
                9_000),
    BookingSpec("karim", "minibus", "club", "sofiane", "fete", (38, 8), (38, 12),
                "Aller chercher les tables et les barnums", "", 4_500),
    BookingSpec("karim", "sono", "club", "karim", None, (-45, 14), (-45, 20),
                "Remise des médailles du tournoi", "Un câble XLR abîmé, remplacé par le club",
                6_000),
    BookingSpec("karim", "sono", "club", "karim", "fete", (40, 9), (40, 20),
                "Fête de quartier", "", 6_000),
    BookingSpec("nadia", "graphisme", "ape", "nadia", "clas", (-50, 9), (-48, 18),
                "Affiches du café des parents", "Affiches livrées en trois langues", 50_000),
    BookingSpec("marie", "fph", "jardin", "gerard", None, (-70, 9), (-69, 18),
                "Fête des voisins de la tour 7", "Justificatifs remis au conseil citoyen",
                35_000),
    BookingSpec("marie", "outils", "ape", "nadia", "fete", (3, 9), (3, 12),
                "Atelier plantation avec les CE1", "", 1_000),
    # The room is the most asked-for resource: a few more loans around today, so that its
    # month in the calendar looks like a real one.
    BookingSpec("marie", "salle", "jardin", "ines", None, (-9, 18), (-9, 21),
                "Projection-débat sur le compostage", "Salle rangée, vidéoprojecteur rendu",
                15_000),
    BookingSpec("karim", "salle", "club", "lea", None, (-2, 18), (-2, 21),
                "Assemblée générale du club", "Deux chaises cassées, signalées au centre",
                15_000),
    BookingSpec("karim", "salle", "club", "sofiane", "fete", (9, 9), (10, 17),
                "Formation premiers secours (deux jours)", "", 30_000),
    BookingSpec("nadia", "salle", "ape", "fatoumata", "clas", (12, 14), (12, 18),
                "Goûter des familles et café des parents", "", 15_000),
)


class AgendaSpec(NamedTuple):
    title: str
    presenter: str
    minutes: int
    notes: str = ""
    outcome: str = ""


class DecisionSpec(NamedTuple):
    key: str
    #: Index of the agenda item the decision belongs to.
    item: int
    text: str
    #: For, against, abstentions, not taking part (one vote per voting organisation).
    votes: tuple[int, int, int, int] | None = None
    outcome: DecisionOutcome = DecisionOutcome.ADOPTED
    secret: bool = False
    named: str = ""


class MeetingSpec(NamedTuple):
    author: str
    project: str
    title: str
    day: int
    hours: tuple[int, int]
    place: str
    status: MeetingStatus
    secretary: str
    agenda: tuple[AgendaSpec, ...]
    #: (person, status, represented by)
    attendance: tuple[tuple[str, AttendanceStatus, str | None], ...]
    decisions: tuple[DecisionSpec, ...] = ()
    video_link: str = ""
    notes: str = ""
    kind: MeetingKind = MeetingKind.OTHER
    president: str | None = None
    #: (days before the meeting, convened by, how)
    convened: tuple[int, str, ConvocationMeans] | None = None
    start_minute: int = 0
    #: (hour, minute) at which the president closed the meeting.
    closed: tuple[int, int] | None = None
    #: The meeting's own quorum: (numerator, denominator, proxies one person may hold).
    quorum: tuple[int, int, int] | None = None
    #: People who sign the minutes besides the president and the secretary.
    signatories: tuple[str, ...] = ()


P, E, A, R = (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT,
              AttendanceStatus.REPRESENTED)
SALLE_CS = "Centre social Les Tilleuls, salle polyvalente"

MEETINGS: tuple[MeetingSpec, ...] = (
    MeetingSpec(
        "marie", "clas", "Comité de pilotage du consortium", -63, (18, 20), SALLE_CS,
        MeetingStatus.HELD, "thomas",
        (AgendaSpec("Accueil et tour de table", "marie", 10,
                    "Présentation d'Hélène Dubois, conseillère technique de la CAF pour le "
                    "quartier."),
         AgendaSpec("Bilan du premier trimestre de l'aide aux devoirs", "aicha", 30,
                    "31 enfants inscrits, dont 12 en CM2 ; assiduité de 78 %. Neuf enfants "
                    "en liste d'attente faute de bénévoles le mardi.",
                    "Bilan validé ; appel à bénévoles lancé par tous les partenaires."),
         AgendaSpec("Café des parents : fréquentation et horaires", "nadia", 20,
                    "Fréquentation en hausse depuis le passage au jeudi 8 h 30. Plusieurs "
                    "mamans demandent un interprétariat en soninké.",
                    "Horaires du jeudi maintenus ; essai d'interprétariat sur trois mois."),
         AgendaSpec("Répartition du budget du second semestre", "jean-pierre", 30,
                    "Le collectif demande un acompte pour acheter le matériel des ateliers.",
                    "Acompte de 30 % accordé au collectif Arts & Murs."),
         AgendaSpec("Questions diverses", "marie", 10,
                    "Le club invite les familles au tournoi de futsal des vacances.")),
        (("marie", P, None), ("jean-pierre", P, None), ("aicha", P, None), ("karim", P, None),
         ("sofiane", A, None), ("nadia", P, None), ("thomas", P, None),
         ("julien", R, "jean-pierre"), ("helene", P, None), ("claire", E, None)),
        (DecisionSpec("benevoles", 1, "Recruter deux bénévoles de plus pour l'aide aux devoirs "
                      "du mardi ; chaque partenaire relaie l'appel."),
         DecisionSpec("soninke", 2, "Expérimenter pendant trois mois un interprétariat en "
                      "soninké au café des parents, assuré par une maman relais défrayée.",
                      (3, 0, 1, 0)),
         DecisionSpec("acompte", 3, "Verser au collectif Arts & Murs un acompte de 30 % de sa "
                      "part, soit 2 700 €, avant le début des ateliers.", (3, 0, 0, 1),
                      named="Le collectif Arts & Murs, bénéficiaire de l'acompte, ne prend pas "
                            "part au vote.")),
        notes="Une voix par structure partenaire ; la CAF et la ville participent avec voix "
              "consultative.",
        kind=MeetingKind.STEERING_COMMITTEE, president="jean-pierre",
        convened=(21, "marie", ConvocationMeans.EMAIL), closed=(20, 5)),
    MeetingSpec(
        "karim", "fete", "Réunion de préparation de la fête de quartier", -12, (18, 20),
        "Local du jardin partagé La Main verte", MeetingStatus.HELD, "lea",
        (AgendaSpec("Programme de la journée", "karim", 30,
                    "Tournoi de futsal le matin, repas partagé à midi, scène ouverte et "
                    "fresque participative l'après-midi."),
         AgendaSpec("Sécurité, buvette et autorisations", "claire", 20,
                    "L'arrêté de fermeture de la rue des Acacias se demande un mois avant."),
         AgendaSpec("Communication auprès des habitants", "julien", 20,
                    "Affiches en quatre langues et porte-à-porte avec les parents relais."),
         AgendaSpec("Prêts de matériel entre associations", "gerard", 15,
                    "Sono du collectif, barnums de la ville, minibus du club pour les tables.")),
        (("karim", P, None), ("lea", P, None), ("marie", P, None), ("nadia", E, None),
         ("fatoumata", P, None), ("gerard", P, None), ("ines", A, None), ("julien", P, None),
         ("claire", P, None)),
        (DecisionSpec("lieu", 0, "La fête aura lieu sur la place des Tilleuls de 10 h à 19 h, "
                      "avec un repli au gymnase Jean-Moulin en cas de pluie."),
         DecisionSpec("arrete", 1, "Le club demande à la ville la fermeture de la rue des "
                      "Acacias le jour de la fête."),
         DecisionSpec("fresque", 0, "La fresque participative est confiée au collectif Arts & "
                      "Murs, avec un budget de 800 €.", (4, 0, 0, 1))),
        notes="Prochaine réunion avec le comité d'habitants, au centre social.",
        kind=MeetingKind.WORKING_MEETING, president="karim", closed=(19, 55)),
    MeetingSpec(
        "marie", "clas", "Comité de pilotage – bilan à mi-parcours", 9, (18, 20), SALLE_CS,
        MeetingStatus.PLANNED, "thomas",
        (AgendaSpec("Approbation du compte rendu du comité précédent", "marie", 10),
         AgendaSpec("Bilan intermédiaire transmis à la CAF", "marie", 25),
         AgendaSpec("Interprétariat en soninké : premiers retours", "fatoumata", 15),
         AgendaSpec("Suites de l'évaluation à six mois", "claire", 20),
         AgendaSpec("Point sur les actions en cours", "marie", 20)),
        # Known in advance: apologies and proxies; decisions come when the meeting is held.
        (("sofiane", E, None), ("karim", R, "lea"), ("olivier", E, None)),
        video_link="https://visio.example.org/copil-tilleuls",
        kind=MeetingKind.STEERING_COMMITTEE, president="jean-pierre",
        convened=(14, "marie", ConvocationMeans.EMAIL)),
    # The consortium's yearly general assembly: a procès-verbal with its quorum (half of
    # the voting partners, one proxy a person), proxies (the club's is one too many for
    # Jean-Pierre Garnier), the CAF attending without a vote, and every kind of vote.
    MeetingSpec(
        "nadia", "clas", "Assemblée générale ordinaire du consortium", -98, (18, 21),
        SALLE_CS, MeetingStatus.HELD, "thomas",
        (AgendaSpec("Rapport moral et d'activité 2025", "jean-pierre", 30,
                    "Jean-Pierre Garnier présente le rapport : 38 enfants accompagnés dans "
                    "l'année, 24 cafés des parents, 9 ateliers parents-enfants et 3 sorties "
                    "familles. Les parents relais ont pris une place reconnue par l'école.\n"
                    "Hélène Dubois (CAF) salue la qualité des bilans transmis."),
         AgendaSpec("Rapport financier et comptes 2025", "marie", 30,
                    "Dépenses de 46 850 € pour 48 000 € prévus ; le reliquat de 1 150 € "
                    "est reporté sur les sorties familles. Les parts de subvention ont été "
                    "reversées aux partenaires sous trente jours."),
         AgendaSpec("Budget prévisionnel 2026-2027", "marie", 20,
                    "Reconduction à l'identique, avec 2 000 € pour l'interprétariat."),
         AgendaSpec("Aide aux devoirs le samedi matin", "karim", 15,
                    "Le club propose d'ouvrir l'aide aux devoirs le samedi matin. Les "
                    "parents craignent la fatigue des enfants ; le collectif n'a pas "
                    "d'animateur ce jour-là."),
         AgendaSpec("Désignation de la vice-présidence du comité de pilotage", "jean-pierre",
                    10, "Une seule candidature, celle de Nadia Ouhibi. À la demande d'un "
                        "membre, le vote a lieu à bulletin secret.")),
        (("jean-pierre", P, None), ("marie", P, None), ("aicha", E, None),
         ("nadia", P, None), ("thomas", P, None), ("fatoumata", P, None),
         ("julien", R, "jean-pierre"), ("yasmine", E, None),
         ("karim", R, "jean-pierre"), ("lea", E, None), ("sofiane", A, None),
         ("helene", P, None), ("claire", E, None)),
        (DecisionSpec("rapport_moral", 0, "L'assemblée approuve le rapport moral et "
                      "d'activité 2025."),
         DecisionSpec("comptes", 1, "L'assemblée approuve les comptes 2025 du consortium et "
                      "donne quitus au centre social, structure cheffe de file, pour sa "
                      "gestion.", (2, 0, 0, 1),
                      named="Le centre social Les Tilleuls ne prend pas part au vote sur son "
                            "propre quitus."),
         DecisionSpec("budget", 2, "L'assemblée adopte le budget prévisionnel 2026-2027 de "
                      "48 000 €, dont 2 000 € pour l'interprétariat.", (2, 0, 1, 0)),
         DecisionSpec("samedi", 3, "Ouvrir l'aide aux devoirs le samedi matin dès avril.",
                      (1, 2, 0, 0), DecisionOutcome.REJECTED,
                      named="Pour : Centre social Les Tilleuls. Contre : Association des "
                            "parents d'élèves, Collectif Arts & Murs."),
         DecisionSpec("vice_presidence", 4, "Nadia Ouhibi est désignée vice-présidente du "
                      "comité de pilotage pour deux ans.", (2, 0, 1, 0), secret=True)),
        notes="Une voix par structure partenaire. La Caisse d'allocations familiales assiste "
              "à l'assemblée sans voix délibérative.",
        kind=MeetingKind.ORDINARY_GENERAL_ASSEMBLY, president="jean-pierre",
        convened=(21, "jean-pierre", ConvocationMeans.EMAIL_AND_LETTER), start_minute=30,
        closed=(20, 45), quorum=(1, 2, 1), signatories=("nadia",)),
)
