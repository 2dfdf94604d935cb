"""Word lists for the synthetic workspace: French-ish text with accents, from a seeded RNG."""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Aïcha", "Alain", "Amandine", "Amine", "Anaïs", "André", "Aurélie", "Bérénice", "Bilal",
    "Brigitte", "Camille", "Céline", "Chloé", "Christophe", "Claire", "Clément", "Cédric",
    "Damien", "Djamila", "Élodie", "Émile", "Emma", "Éric", "Fabrice", "Fatima", "Fatoumata",
    "François", "Gaëlle", "Gérard", "Hélène", "Hugo", "Ibrahim", "Inès", "Jérôme", "Joëlle",
    "Julien", "Karim", "Kevin", "Khadija", "Laëtitia", "Léa", "Léon", "Lina", "Louis",
    "Lucie", "Malik", "Mamadou", "Manon", "Marie", "Mathéo", "Maëlys", "Mehdi", "Mélanie",
    "Mohamed", "Nadia", "Naël", "Nathalie", "Noémie", "Océane", "Olivier", "Pascale",
    "Patrice", "Quentin", "Rachid", "Rémi", "Rose", "Salomé", "Samir", "Séverine", "Sofiane",
    "Sophie", "Stéphane", "Théo", "Thérèse", "Thomas", "Valérie", "Yasmine", "Yannick",
    "Zoé", "Zineb",
)
LAST_NAMES = (
    "Arnaud", "Aubert", "Barbier", "Benali", "Benoît", "Bensaïd", "Bertrand", "Blanc",
    "Bonnet", "Boyer", "Brunet", "Carvalho", "Chevalier", "Clément", "Colin", "Coulibaly",
    "Da Silva", "David", "Denis", "Diallo", "Dubois", "Dufour", "Dumont", "Dupont", "Durand",
    "Faure", "Fontaine", "Fournier", "Garnier", "Gauthier", "Girard", "Guérin", "Haddad",
    "Hamidi", "Henry", "Joly", "Kanté", "Keïta", "Lambert", "Laurent", "Lefebvre", "Lefèvre",
    "Legrand", "Lemaire", "Lemoine", "Lopez", "Mallet", "Martin", "Masson", "Mercier",
    "Meunier", "Michel", "Moreau", "Morel", "Muller", "N'Diaye", "Nguyen", "Noël", "Ouhibi",
    "Perrin", "Petit", "Picard", "Renaud", "Richard", "Robert", "Rousseau", "Roux",
    "Sanchez", "Schmitt", "Traoré", "Vidal", "Yılmaz",
)
PLACES = (
    "des Tilleuls", "de la Source", "du Pré-Vert", "des Érables", "Jean-Moulin",
    "de la Côte", "du Vieux-Moulin", "des Châtaigniers", "de Bellevue", "des Marronniers",
    "du Plateau", "de la Gare", "des Sablières", "du Château-d'Eau", "des Glycines",
    "de l'Étang", "du Grand-Pré", "Saint-Éloi", "des Mûriers", "de la Forêt",
    "du Clos-Fleuri", "des Hautes-Bruyères", "de Montréal", "des Aubépines", "du Parc",
    "de la Pépinière", "des Genêts", "Louise-Michel", "Aimé-Césaire", "Simone-Veil",
)
ORG_TYPES = (
    "Association", "Centre social", "Club sportif", "Amicale des locataires", "Collectif",
    "Comité de quartier", "Maison des jeunes et de la culture", "Association des parents",
    "Jardin partagé", "Épicerie solidaire", "Compagnie de théâtre", "Régie de quartier",
    "Atelier vélo", "Ludothèque", "Chorale", "Association des femmes relais",
    "Repair café", "École de musique", "Boxing club", "Conseil citoyen",
)
FUNDERS = (
    "Caisse d'allocations familiales", "Fondation de l'Élan solidaire",
    "Conseil départemental – direction de l'insertion", "Fondation Écoles et quartiers",
    "Agence régionale de santé – délégation", "Fonds de dotation Ensemble",
)
PUBLIC_BODIES = (
    "Ville – service politique de la ville", "Ville – service jeunesse",
    "Métropole – mission quartiers", "Préfecture – délégué du préfet",
    "Bailleur social – agence",
)
ROLES = (
    "Président", "Présidente", "Trésorier", "Trésorière", "Secrétaire", "Bénévole",
    "Coordinatrice", "Coordinateur", "Animatrice", "Animateur", "Éducateur sportif",
    "Médiatrice", "Directrice", "Chargé de mission", "Cheffe de projet", "Parent relais",
    "Conseillère technique", "Service civique",
)
TOPICS = (
    "la fête de quartier", "l'aide aux devoirs", "le café des parents", "la subvention CAF",
    "le contrat de ville", "la sortie familles", "le tournoi de futsal",
    "la fresque participative", "le bilan intermédiaire", "les justificatifs de dépenses",
    "la réunion du conseil citoyen", "l'atelier cuisine du monde", "le prêt du minibus",
    "la sonorisation", "les inscriptions de rentrée", "l'assemblée générale",
    "la convention de mise à disposition", "l'accueil des nouveaux arrivants",
    "les ateliers sociolinguistiques", "la permanence d'accès aux droits",
    "le jardin partagé", "la médiation numérique", "l'épicerie solidaire",
    "les vacances apprenantes", "le chantier éducatif", "la bourse aux vêtements",
    "le repair café", "la ludothèque", "le soutien à la parentalité",
    "la semaine de l'égalité", "le forum des associations", "la scène ouverte",
    "le séjour à la montagne", "la collecte alimentaire", "le ciné-débat",
)
EXCHANGE_OPENINGS = (
    "Appel au sujet de", "Courriel concernant", "Point sur", "Relance pour",
    "Échange rapide sur", "Visite pour préparer", "Rendez-vous à propos de",
    "Message reçu sur", "Question posée sur", "Compte rendu téléphonique sur",
)
SENTENCES = (
    "Le partenaire confirme sa participation.", "Prévoir un nouveau point la semaine prochaine.",
    "Les familles ont très bien réagi.", "Il manque encore deux bénévoles pour le samedi.",
    "Le devis du traiteur est à valider en bureau.", "La salle est libre à partir de 14 h.",
    "La mairie doit répondre avant la fin du mois.", "Échange cordial, à suivre.",
    "Les jeunes du club se sont proposés pour l'installation.",
    "Penser à prévenir le gardien de l'école.", "Le budget prévisionnel est dépassé de 8 %.",
    "Une interprète en arabe serait utile.", "Le matériel a été rendu en bon état.",
    "La CAF demande les pièces justificatives originales.",
    "Réunion reportée à cause des vacances scolaires.",
    "Les habitants de la tour 7 souhaitent être associés.",
    "Très bonne fréquentation malgré la pluie.", "Le bailleur prête un local au rez-de-chaussée.",
    "Il faut mettre à jour la liste des contacts.", "Accord de principe, à confirmer par écrit.",
)
ACTION_VERBS = (
    "Préparer", "Envoyer", "Relancer", "Organiser", "Réserver", "Valider", "Rédiger",
    "Imprimer", "Contacter", "Mettre à jour", "Déposer", "Compléter", "Présenter", "Réunir",
    "Vérifier", "Diffuser", "Chiffrer", "Planifier",
)
ACTION_OBJECTS = (
    "le bilan financier", "les affiches en quatre langues", "la convention de partenariat",
    "le planning des bénévoles", "le dossier de subvention", "la liste des inscrits",
    "le compte rendu du comité", "la demande d'arrêté municipal", "le devis du traiteur",
    "les autorisations parentales", "le questionnaire d'évaluation", "le programme de l'été",
    "la charte de coopération", "le tableau de bord des indicateurs",
    "la réservation du gymnase", "les justificatifs de dépenses", "le flyer de la fête",
    "l'inventaire du matériel prêté", "le budget prévisionnel", "la lettre aux habitants",
)
PROJECT_TITLES = (
    "Été solidaire", "Réussite éducative", "Fête de quartier", "Jardins et cuisine du monde",
    "Mutualisation du matériel", "Accès aux droits", "Sport et citoyenneté",
    "Parentalité et école", "Culture en bas des tours", "Mobilité des jeunes",
    "Numérique pour tous", "Santé et alimentation", "Égalité filles-garçons",
    "Vacances apprenantes", "Chantiers éducatifs",
)
MEETING_KINDS = (
    "Comité de pilotage", "Réunion de préparation", "Réunion des partenaires",
    "Réunion d'équipe", "Assemblée des habitants", "Réunion de bilan",
)
RESOURCES = (
    ("Salle polyvalente", "room"), ("Salle de réunion", "room"), ("Minibus neuf places", "vehicle"),
    ("Utilitaire 12 m³", "vehicle"), ("Sonorisation mobile", "equipment"),
    ("Barnums 3 × 3 m", "equipment"), ("Vidéoprojecteur et écran", "equipment"),
    ("Tables et bancs de fête", "equipment"), ("Outils de jardinage", "equipment"),
    ("Compétence : comptabilité associative", "skill"), ("Compétence : graphisme", "skill"),
    ("Compétence : traduction en arabe", "skill"), ("Fonds d'initiatives habitants", "funding"),
    ("Bourse projets jeunes", "funding"),
)


def sentences(rng: random.Random, low: int = 1, high: int = 3) -> str:
    return " ".join(rng.sample(SENTENCES, rng.randint(low, high)))


def topic(rng: random.Random) -> str:
    return rng.choice(TOPICS)


def action_title(rng: random.Random) -> str:
    return f"{rng.choice(ACTION_VERBS)} {rng.choice(ACTION_OBJECTS)}"


def exchange_subject(rng: random.Random) -> str:
    subject = topic(rng)
    opening = rng.choice(EXCHANGE_OPENINGS)
    if opening.endswith(" de") and subject.startswith("le "):
        return f"{opening[:-3]} du {subject[3:]}"
    if opening.endswith(" de") and subject.startswith("les "):
        return f"{opening[:-3]} des {subject[4:]}"
    return f"{opening} {subject}"
