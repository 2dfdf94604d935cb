<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About coopdesk</source>
        <translation>À propos de coopdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;coopdesk {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;coopdesk {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cooperation between associations: shared projects, meetings and minutes, actions, pooled resources and reviews, on every member&apos;s laptop.</source>
        <translation>La coopération entre associations : projets communs, réunions et comptes rendus, actions, ressources mutualisées et évaluations, sur l&apos;ordinateur de chaque membre.</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Cet espace de coopération</translation>
    </message>
    <message>
        <source>Settings of this laptop</source>
        <translation>Réglages de cet ordinateur</translation>
    </message>
    <message>
        <source>New workspaces</source>
        <translation>Nouveaux espaces</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Journaux techniques</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your data lives&lt;/b&gt;</source>
        <translation>&lt;b&gt;Où sont vos données&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Temporary session: everything is deleted when you quit coopdesk.</source>
        <translation>Session temporaire : tout est effacé quand vous quittez coopdesk.</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>Record an acceptance of version {number}</source>
        <translation>Enregistrer une adhésion à la version {number}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <source>Or name</source>
        <translation>Ou nom</translation>
    </message>
    <message>
        <source>if the person is not in the directory</source>
        <translation>si la personne n&apos;est pas dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Acceptée le</translation>
    </message>
    <message>
        <source>— not in the directory —</source>
        <translation>— absente de l&apos;annuaire —</translation>
    </message>
</context>
<context>
    <name>CharterDialog</name>
    <message>
        <source>New charter</source>
        <translation>Nouvelle charte</translation>
    </message>
    <message>
        <source>Rename the charter</source>
        <translation>Renommer la charte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Charter of cooperation</source>
        <translation>Charte de coopération</translation>
    </message>
</context>
<context>
    <name>CharterTab</name>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Write the next version, starting from the current text</source>
        <translation>Rédiger la version suivante à partir du texte actuel</translation>
    </message>
    <message>
        <source>Edit the version…</source>
        <translation>Modifier la version…</translation>
    </message>
    <message>
        <source>Versions of the charter</source>
        <translation>Versions de la charte</translation>
    </message>
    <message>
        <source>Text of the version</source>
        <translation>Texte de la version</translation>
    </message>
    <message>
        <source>Record an acceptance</source>
        <translation>Enregistrer une adhésion</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Acceptances of the version</source>
        <translation>Adhésions à la version</translation>
    </message>
    <message>
        <source>This project has no charter yet. Write down the shared rules and each partner&apos;s commitments, then record which partner accepted them.</source>
        <translation>Ce projet n&apos;a pas encore de charte. Écrivez les règles communes et les engagements de chaque partenaire, puis notez quels partenaires les ont acceptés.</translation>
    </message>
    <message>
        <source>Create the charter</source>
        <translation>Créer la charte</translation>
    </message>
    <message>
        <source>The charter has no text yet.</source>
        <translation>La charte n&apos;a pas encore de texte.</translation>
    </message>
    <message>
        <source>Write the first version</source>
        <translation>Rédiger la première version</translation>
    </message>
    <message>
        <source>Accepted by the partners (version {number})</source>
        <translation>Acceptée par les partenaires (version {number})</translation>
    </message>
    <message>
        <source>No partner has accepted version {number} yet.</source>
        <translation>Aucun partenaire n&apos;a encore accepté la version {number}.</translation>
    </message>
    <message>
        <source>Not accepted yet by: {names}</source>
        <translation>Pas encore acceptée par : {names}</translation>
    </message>
</context>
<context>
    <name>CharterVersionDialog</name>
    <message>
        <source>New version of the charter</source>
        <translation>Nouvelle version de la charte</translation>
    </message>
    <message>
        <source>Edit the charter version</source>
        <translation>Modifier la version de la charte</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>Numéro de version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The shared rules: purpose, commitments of each partner, how decisions are taken, how a partner joins or leaves…</source>
        <translation>Les règles communes : objet, engagements de chaque partenaire, prise de décision, arrivée ou départ d&apos;un partenaire…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>jj/mm/aaaa hh:mm</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>New reporting deadline</source>
        <translation>Nouvelle échéance de compte rendu</translation>
    </message>
    <message>
        <source>Edit the reporting deadline</source>
        <translation>Modifier l&apos;échéance de compte rendu</translation>
    </message>
    <message>
        <source>Report or deliverable</source>
        <translation>Rapport ou livrable</translation>
    </message>
    <message>
        <source>for example: interim activity report</source>
        <translation>par exemple : bilan d&apos;activité intermédiaire</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>À rendre le</translation>
    </message>
    <message>
        <source>Sent to the funder</source>
        <translation>Envoyé au financeur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>DirectoryColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>RGPD basis</source>
        <translation>Base RGPD</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Structures</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Edit the indicator</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>for example: residents taking part</source>
        <translation>par exemple : habitants participants</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>people, workshops, %…</source>
        <translation>personnes, ateliers, %…</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Situation de départ</translation>
    </message>
    <message>
        <source>where you start from</source>
        <translation>d&apos;où vous partez</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{workspace} — coopdesk</source>
        <translation>{workspace} — coopdesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Cooperation workspace</source>
        <translation>Espace de coopération</translation>
    </message>
    <message>
        <source>&amp;New cooperation workspace…</source>
        <translation>&amp;Nouvel espace de coopération…</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>&amp;Ouvrir un espace…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Filter this page</source>
        <translation>&amp;Filtrer cette page</translation>
    </message>
    <message>
        <source>&amp;About coopdesk</source>
        <translation>À &amp;propos de coopdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>There is no page for this kind of record yet: {kind}.</source>
        <translation>Aucune page n&apos;affiche encore ce type d&apos;élément : {kind}.</translation>
    </message>
    <message>
        <source>{description} — &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation>{description} — &lt;a href=&quot;undo&quot;&gt;Annuler&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Undone: {description}</source>
        <translation>Annulé : {description}</translation>
    </message>
    <message>
        <source>&amp;Undo: {description}</source>
        <translation>&amp;Annuler : {description}</translation>
    </message>
    <message>
        <source>No other recent workspace</source>
        <translation>Aucun autre espace récent</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <extracomment>Role holding a progress between 0 and 1 (None: nothing to draw).</extracomment>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>0,00 €</source>
        <translation>0,00 €</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New cooperation workspace</source>
        <translation>Nouvel espace de coopération</translation>
    </message>
    <message>
        <source>Name of the cooperation</source>
        <translation>Nom de la coopération</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Edit the objective</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>for example: Bring residents of the neighbourhood to the shared garden</source>
        <translation>par exemple : faire venir les habitants du quartier au jardin partagé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ObjectivesTab</name>
    <message>
        <source>Objectives and indicators</source>
        <translation>Objectifs et indicateurs</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Measure the selected objective: a baseline, a target and the current value</source>
        <translation>Mesurer l&apos;objectif sélectionné : une situation de départ, une cible et la valeur actuelle</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>No common objective yet. Agree on what the partners want to achieve together, then add an indicator to follow each objective.</source>
        <translation>Aucun objectif commun pour l&apos;instant. Mettez-vous d&apos;accord sur ce que les partenaires veulent réaliser ensemble, puis ajoutez un indicateur pour suivre chaque objectif.</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>Select an organisation to see its contacts and projects.</source>
        <extracomment>(kind, id) of a record link the user followed. The id of the organisation a new contact should be added to.</extracomment>
        <translation>Sélectionnez une structure pour voir ses contacts et ses projets.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>What it can bring</source>
        <translation>Ce qu&apos;elle peut apporter</translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contact (%n)</numerusform>
            <numerusform>Contacts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact yet.</source>
        <translation>Aucun contact pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projet (%n)</numerusform>
            <numerusform>Projets (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{project} — {role} ({status})</source>
        <translation>{project} — {role} ({status})</translation>
    </message>
    <message>
        <source>Not a partner of any project yet.</source>
        <translation>Partenaire d&apos;aucun projet pour l&apos;instant.</translation>
    </message>
    <message>
        <source>In the trash since {deleted_on} (deleted by {deleted_by}). Click “Restore” to bring it back.</source>
        <translation>Dans la corbeille depuis le {deleted_on} (supprimée par {deleted_by}). Cliquez sur « Restaurer » pour la récupérer.</translation>
    </message>
    <message>
        <source>Added by {created_by} on {created_on}, last changed by {updated_by} on {updated_on}.</source>
        <translation>Ajoutée par {created_by} le {created_on}, modifiée en dernier par {updated_by} le {updated_on}.</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier la structure</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>What the save changed; None until it succeeded.</extracomment>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Les Jardins du Pont</source>
        <translation>Les Jardins du Pont</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>contact@example.org</source>
        <translation>contact@exemple.org</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>Desc&amp;ription</source>
        <translation>P&amp;résentation</translation>
    </message>
    <message>
        <source>What the organisation does, its public.</source>
        <translation>Ce que fait la structure, son public.</translation>
    </message>
    <message>
        <source>What it can &amp;bring</source>
        <translation>Ce qu&apos;elle peut &amp;apporter</translation>
    </message>
    <message>
        <source>Skills, rooms, equipment, volunteers… it can share with partners.</source>
        <translation>Compétences, salles, matériel, bénévoles… qu&apos;elle peut partager avec les partenaires.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>In the trash: select it and click “Restore” to bring it back.</source>
        <translation>Dans la corbeille : sélectionnez-la et cliquez sur « Restaurer » pour la récupérer.</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>&amp;Nouvelle structure</translation>
    </message>
    <message>
        <source>Add a partner organisation (Ctrl+N)</source>
        <translation>Ajouter une structure partenaire (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name, city, email…</source>
        <translation>Filtrer par nom, ville, e-mail…</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Filtrer les structures</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type de structure</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>No organisation yet. Click “New organisation” (Ctrl+N) to add the first partner.</source>
        <translation>Aucune structure pour l&apos;instant. Cliquez sur « Nouvelle structure » (Ctrl+N) pour ajouter le premier partenaire.</translation>
    </message>
    <message>
        <source>No organisation matches the filter.</source>
        <translation>Aucune structure ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Residents&apos; participation</source>
        <translation>Participation des habitants</translation>
    </message>
    <message>
        <source>This project is run as a cooperation. If it becomes contractual (a lead partner, a funder&apos;s agreement, reports to send), switch it to consortium mode with “Edit…” to follow the lead partner, the agreement and the reporting deadlines here.</source>
        <translation>Ce projet est mené en coopération. S&apos;il devient contractuel (un chef de file, une convention avec un financeur, des comptes rendus à envoyer), passez-le en mode consortium avec « Modifier… » pour suivre ici le chef de file, la convention et les échéances de compte rendu.</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <source>Add it to the partners</source>
        <translation>L&apos;ajouter aux partenaires</translation>
    </message>
    <message>
        <source>Reporting deadlines</source>
        <translation>Échéances de compte rendu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Ajouter une échéance</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>No description yet. Say in a few lines what the project is about and for whom: “Edit…” above.</source>
        <translation>Pas encore de description. Dites en quelques lignes de quoi parle le projet et pour qui : « Modifier… » ci-dessus.</translation>
    </message>
    <message>
        <source>How do residents take part (“faire avec les habitants”)? Describe it with “Edit…” above.</source>
        <translation>Comment les habitants participent-ils (« faire avec les habitants ») ? Décrivez-le avec « Modifier… » ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead partner (chef de file)</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>pas encore choisi</translation>
    </message>
    <message>
        <source>Funder agreement</source>
        <translation>Convention avec le financeur</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>No reporting deadline yet. Add the reports and deliverables the funder&apos;s agreement asks for, with their dates.</source>
        <translation>Aucune échéance de compte rendu pour l&apos;instant. Ajoutez les rapports et livrables demandés par la convention du financeur, avec leurs dates.</translation>
    </message>
    <message>
        <source>{name} leads the consortium but is not in the partners list yet.</source>
        <translation>{name} est chef de file du consortium mais ne figure pas encore parmi les partenaires.</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>Marquer comme non fait</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Edit the partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>The directory has no organisation yet: add the partner organisations in the Directory first.</source>
        <translation>L&apos;annuaire ne contient encore aucune structure : ajoutez d&apos;abord les structures partenaires dans l&apos;Annuaire.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What it brings</source>
        <translation>Ce qu&apos;elle apporte</translation>
    </message>
    <message>
        <source>Skills, volunteers, a room, equipment, money, contacts…</source>
        <translation>Compétences, bénévoles, une salle, du matériel, des fonds, des contacts…</translation>
    </message>
    <message>
        <source>Its commitments</source>
        <translation>Ses engagements</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>Part du budget</translation>
    </message>
    <message>
        <source>Task share</source>
        <translation>Part des tâches</translation>
    </message>
    <message>
        <source>for example: workshops, communication</source>
        <translation>par exemple : ateliers, communication</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Partners of the project</source>
        <translation>Partenaires du projet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove from the project (Del)</source>
        <translation>Retirer du projet (Suppr)</translation>
    </message>
    <message>
        <source>No partner yet. Add the organisations taking part: each one&apos;s role, what it brings and what it commits to.</source>
        <translation>Aucun partenaire pour l&apos;instant. Ajoutez les structures qui participent : le rôle de chacune, ce qu&apos;elle apporte et ce à quoi elle s&apos;engage.</translation>
    </message>
    <message>
        <source>Budget shares: {shares} of {budget}</source>
        <translation>Parts du budget : {shares} sur {budget}</translation>
    </message>
    <message>
        <source>Budget shares: {shares}</source>
        <translation>Parts du budget : {shares}</translation>
    </message>
    <message>
        <source>Select a partner to read in full what it brings and its commitments.</source>
        <translation>Sélectionnez un partenaire pour lire en entier ce qu&apos;il apporte et ses engagements.</translation>
    </message>
    <message>
        <source>{name} brings</source>
        <translation>Ce qu&apos;apporte {name}</translation>
    </message>
    <message>
        <source>Its commitments</source>
        <translation>Ses engagements</translation>
    </message>
    <message>
        <source>Nothing recorded yet about what {name} brings or commits to: “Edit…” to say it.</source>
        <translation>Rien n&apos;est encore noté sur ce qu&apos;apporte {name} ni sur ses engagements : « Modifier… » pour l&apos;indiquer.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>&amp;New contact</source>
        <extracomment>Filter combo data meaning &quot;people attached to no organisation&quot; (None means everyone).</extracomment>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <source>Add a contact person (Ctrl+N)</source>
        <translation>Ajouter un contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name, role, email…</source>
        <translation>Filtrer par nom, fonction, e-mail…</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrer les contacts</translation>
    </message>
    <message>
        <source>Organisation of the contacts</source>
        <translation>Structure des contacts</translation>
    </message>
    <message>
        <source>No contact yet. Click “New contact” (Ctrl+N) to add the first person you work with.</source>
        <translation>Aucun contact pour l&apos;instant. Cliquez sur « Nouveau contact » (Ctrl+N) pour ajouter la première personne avec qui vous travaillez.</translation>
    </message>
    <message>
        <source>No contact matches the filter.</source>
        <translation>Aucun contact ne correspond au filtre.</translation>
    </message>
    <message>
        <source>In the trash: select it and click “Restore” to bring it back.</source>
        <translation>Dans la corbeille : sélectionnez-le et cliquez sur « Restaurer » pour le récupérer.</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les structures</translation>
    </message>
    <message>
        <source>Without organisation</source>
        <translation>Sans structure</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Select a contact to see their details.</source>
        <translation>Sélectionnez un contact pour voir sa fiche.</translation>
    </message>
    <message>
        <source>{role} at {organisation}</source>
        <translation>{role} à {organisation}</translation>
    </message>
    <message>
        <source>In the trash since {deleted_on} (deleted by {deleted_by}). Click “Restore” to bring it back.</source>
        <translation>Dans la corbeille depuis le {deleted_on} (supprimé par {deleted_by}). Cliquez sur « Restaurer » pour le récupérer.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Personal data (RGPD)</source>
        <translation>Données personnelles (RGPD)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>No legal basis recorded: the RGPD asks you to know why you keep these details. Edit the contact to record it.</source>
        <translation>Aucune base légale indiquée : le RGPD vous demande de savoir pourquoi vous conservez ces coordonnées. Modifiez le contact pour l&apos;indiquer.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Added by {created_by} on {created_on}, last changed by {updated_by} on {updated_on}.</source>
        <translation>Ajouté par {created_by} le {created_on}, modifié en dernier par {updated_by} le {updated_on}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <extracomment>What the save changed; None until it succeeded.</extracomment>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>Coordinator, treasurer, volunteer…</source>
        <translation>Coordinatrice, trésorier, bénévole…</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>RGPD legal &amp;basis</source>
        <translation>&amp;Base légale (RGPD)</translation>
    </message>
    <message>
        <source>Why you may keep this person&apos;s details under the RGPD (GDPR).</source>
        <translation>Pourquoi vous pouvez conserver les coordonnées de cette personne au titre du RGPD.</translation>
    </message>
    <message>
        <source>&amp;Consent given on</source>
        <translation>&amp;Consentement donné le</translation>
    </message>
    <message>
        <source>Consent needs the date it was given.</source>
        <translation>Indiquez la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>{name} (in the trash)</source>
        <translation>{name} (dans la corbeille)</translation>
    </message>
</context>
<context>
    <name>ProjectDetailView</name>
    <message>
        <source>← All projects</source>
        <extracomment>The user wants the list of projects back.</extracomment>
        <translation>← Tous les projets</translation>
    </message>
    <message>
        <source>Back to the list of projects (Alt+Left)</source>
        <translation>Revenir à la liste des projets (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the project to the trash</source>
        <translation>Mettre le projet à la corbeille</translation>
    </message>
    <message>
        <source>This project is in the trash.</source>
        <translation>Ce projet est dans la corbeille.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>{status} · {mode} · {form}</source>
        <translation>{status} · {mode} · {form}</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>No dates or budget recorded yet.</source>
        <translation>Aucune date ni aucun budget indiqués pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Neighbourhood (QPV)</source>
        <translation>Quartier (QPV)</translation>
    </message>
    <message>
        <source>Contrat de ville</source>
        <translation>Contrat de ville</translation>
    </message>
    <message>
        <source>No territory recorded: “Edit…” to name the neighbourhood (QPV) and the contrat de ville.</source>
        <translation>Aucun territoire indiqué : « Modifier… » pour nommer le quartier (QPV) et le contrat de ville.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu&apos;au {end}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Partners ({count})</source>
        <translation>Partenaires ({count})</translation>
    </message>
    <message>
        <source>Objectives and indicators ({count})</source>
        <translation>Objectifs et indicateurs ({count})</translation>
    </message>
    <message>
        <source>Charter (version {number})</source>
        <translation>Charte (version {number})</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <extracomment>Fields that only mean something for a consortium.</extracomment>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Form of cooperation</source>
        <translation>Forme de coopération</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>A cooperation is supple and often informal; a consortium is contractual: a lead partner, a funder&apos;s agreement, defined roles and shares, reporting deadlines.</source>
        <translation>Une coopération est souple et souvent informelle ; un consortium est contractuel : un chef de file, une convention avec un financeur, des rôles et des parts définis, des échéances de compte rendu.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Neighbourhood (QPV)</source>
        <translation>Quartier (QPV)</translation>
    </message>
    <message>
        <source>QPV code</source>
        <translation>Code QPV</translation>
    </message>
    <message>
        <source>for example QN06901M</source>
        <translation>par exemple QN06901M</translation>
    </message>
    <message>
        <source>Contrat de ville</source>
        <translation>Contrat de ville</translation>
    </message>
    <message>
        <source>Residents&apos; participation</source>
        <translation>Participation des habitants</translation>
    </message>
    <message>
        <source>How residents take part: consultation, co-construction, volunteering…</source>
        <translation>Comment les habitants participent : consultation, co-construction, bénévolat…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>How many partners must be present for the project&apos;s meetings to decide.</source>
        <translation>Nombre de partenaires présents nécessaire pour que les réunions du projet puissent décider.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Lead partner (chef de file)</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Funder agreement reference</source>
        <translation>Référence de la convention avec le financeur</translation>
    </message>
</context>
<context>
    <name>ProjectListView</name>
    <message>
        <source>Search a title or a neighbourhood…</source>
        <extracomment>The user wants to see a project&apos;s page: its id.</extracomment>
        <translation>Chercher un titre ou un quartier…</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Chercher des projets</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Cooperation and consortium</source>
        <translation>Coopération et consortium</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Structure partenaire</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Show the projects in the trash, to restore them</source>
        <translation>Afficher les projets mis à la corbeille, pour les restaurer</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Create a shared project (Ctrl+N)</source>
        <translation>Créer un projet commun (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the project&apos;s page (Enter)</source>
        <translation>Afficher la page du projet (Entrée)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Move the project to the trash (Del)</source>
        <translation>Mettre le projet à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash holds no project.</source>
        <translation>La corbeille ne contient aucun projet.</translation>
    </message>
    <message>
        <source>Back to the projects</source>
        <translation>Revenir aux projets</translation>
    </message>
    <message>
        <source>No project matches these filters.</source>
        <translation>Aucun projet ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No shared project yet.
Create the first one: its partners, common objectives and charter come next.</source>
        <translation>Aucun projet commun pour l&apos;instant.
Créez le premier : ses partenaires, ses objectifs communs et sa charte viendront ensuite.</translation>
    </message>
</context>
<context>
    <name>ProjectsModels</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Form of cooperation</source>
        <translation>Forme de coopération</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What it brings</source>
        <translation>Ce qu&apos;elle apporte</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>Part du budget</translation>
    </message>
    <message>
        <source>Task share</source>
        <translation>Part des tâches</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Report or deliverable</source>
        <translation>Rapport ou livrable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Objective / indicator</source>
        <translation>Objectif / indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Suppression de « {name} »</translation>
    </message>
    <message>
        <source>“{name}” was moved to the trash.</source>
        <translation>« {name} » a été mis à la corbeille.</translation>
    </message>
    <message>
        <source>Restore “{name}”</source>
        <translation>Restauration de « {name} »</translation>
    </message>
    <message>
        <source>“{name}” was restored from the trash.</source>
        <translation>« {name} » a été sorti de la corbeille.</translation>
    </message>
</context>
<context>
    <name>RecordCombo</name>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or F2)</source>
        <translation>Modifier la fiche sélectionnée (Entrée ou F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected record to the trash (Del); Ctrl+Z undoes it</source>
        <translation>Mettre la fiche sélectionnée à la corbeille (Suppr) ; Ctrl+Z l&apos;annule</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Bring the selected record back from the trash</source>
        <translation>Sortir la fiche sélectionnée de la corbeille</translation>
    </message>
    <message>
        <source>Show &amp;trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <source>Also list the records moved to the trash, to restore them</source>
        <translation>Lister aussi les fiches mises à la corbeille, pour les restaurer</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation>« {name} » enregistré.</translation>
    </message>
    <message>
        <source>“{name}” moved to the trash.</source>
        <translation>« {name} » mis à la corbeille.</translation>
    </message>
    <message>
        <source>“{name}” restored from the trash.</source>
        <translation>« {name} » sorti de la corbeille.</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Ajout de « {name} »</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modification de « {name} »</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Suppression de « {name} »</translation>
    </message>
    <message>
        <source>Restore “{name}”</source>
        <translation>Restauration de « {name} »</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the workspace (Ctrl+K)</source>
        <translation>Rechercher dans l&apos;espace (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search is not available in this version.</source>
        <translation>La recherche n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Aucun résultat pour « {text} ».</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de coopération</translation>
    </message>
    <message>
        <source>The workspace was upgraded; a copy of the previous version is in {file}.</source>
        <translation>L&apos;espace a été mis à jour ; une copie de la version précédente se trouve dans {file}.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Ouvrir le dossier d&apos;un espace</translation>
    </message>
    <message>
        <source>coopdesk</source>
        <translation>coopdesk</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved as soon as it is made. Please send the log file {file} to the people who maintain coopdesk.</source>
        <translation>Une erreur inattendue s&apos;est produite. Vos données ne sont pas perdues : chaque modification est enregistrée dès qu&apos;elle est faite. Merci d&apos;envoyer le fichier journal {file} aux personnes qui maintiennent coopdesk.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Choose a cooperation workspace</source>
        <translation>Choisir un espace de coopération</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;cooperation workspace&lt;/b&gt; gathers the partners, projects, meetings and actions of one cooperation between associations.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un &lt;b&gt;espace de coopération&lt;/b&gt; réunit les partenaires, les projets, les réunions et les actions d&apos;une coopération entre associations.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start a new cooperation</source>
        <translation>Démarrer une nouvelle coopération</translation>
    </message>
    <message>
        <source>Name, for example Collectif du quartier</source>
        <translation>Nom, par exemple Collectif du quartier</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Ou</translation>
    </message>
    <message>
        <source>Discover coopdesk with the demo</source>
        <translation>Découvrir coopdesk avec la démo</translation>
    </message>
    <message>
        <source>Open an existing workspace folder…</source>
        <translation>Ouvrir le dossier d&apos;un espace existant…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces récents</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Ouvrir le dossier d&apos;un espace</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to coopdesk</source>
        <translation>Bienvenue dans coopdesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome!&lt;/b&gt;&lt;/p&gt;&lt;p&gt;coopdesk notes who creates and changes each record, so that partners know who did what. Please tell us who you are; you can change it later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bienvenue !&lt;/b&gt;&lt;/p&gt;&lt;p&gt;coopdesk note qui crée et modifie chaque fiche, pour que les partenaires sachent qui a fait quoi. Dites-nous qui vous êtes ; vous pourrez le modifier plus tard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your association</source>
        <translation>Votre association</translation>
    </message>
    <message>
        <source>for example Marie Dupont</source>
        <translation>par exemple Marie Dupont</translation>
    </message>
    <message>
        <source>for example Asso du Pont</source>
        <translation>par exemple Asso du Pont</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>One-off partnership</source>
        <translation>Partenariat ponctuel</translation>
    </message>
    <message>
        <source>Pooling of means</source>
        <translation>Mutualisation de moyens</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Merger</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Compte rendu approuvé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé·e</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représenté·e</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Common objectives</source>
        <translation>Objectifs communs</translation>
    </message>
    <message>
        <source>Structured framework</source>
        <translation>Cadre structuré</translation>
    </message>
    <message>
        <source>Complementarity</source>
        <translation>Complémentarité</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A score goes from {low} to {high}; {value} is outside.</source>
        <translation>Une note va de {low} à {high} ; {value} est en dehors.</translation>
    </message>
    <message>
        <source>A workspace already exists in {folder}.</source>
        <translation>Un espace de coopération existe déjà dans {folder}.</translation>
    </message>
    <message>
        <source>Cannot create the workspace in {folder}: {reason}.</source>
        <translation>Impossible de créer l&apos;espace de coopération dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot open {file}: {reason}.</source>
        <translation>Impossible d&apos;ouvrir {file} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Impossible de lire {file} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Consent needs the date it was given.</source>
        <translation>Indiquez la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <source>Say who represents them.</source>
        <translation>Indiquez qui les représente.</translation>
    </message>
    <message>
        <source>Say who: a person or an organisation.</source>
        <translation>Indiquez qui : un contact ou une structure.</translation>
    </message>
    <message>
        <source>Say with whom: a person or an organisation.</source>
        <translation>Indiquez avec qui : un contact ou une structure.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
    <message>
        <source>The booking must end after it starts.</source>
        <translation>La réservation doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The chosen {kind} does not exist or is in the trash.</source>
        <translation>L&apos;élément choisi ({kind}) n&apos;existe pas ou est dans la corbeille.</translation>
    </message>
    <message>
        <source>The end ({end}) comes before the start ({start}).</source>
        <translation>La fin ({end}) est avant le début ({start}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty and is not a coopdesk export; choose a new or empty folder.</source>
        <translation>Le dossier {folder} n&apos;est pas vide et ne contient pas un export coopdesk ; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>La réunion se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The workspace folder {folder} does not exist.</source>
        <translation>Le dossier de l&apos;espace de coopération {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This amount cannot be negative.</source>
        <translation>Ce montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This partner already has a score for this practice in this review; change that score instead.</source>
        <translation>Ce partenaire a déjà une note pour cette pratique dans cette évaluation ; modifiez plutôt cette note.</translation>
    </message>
    <message>
        <source>This record no longer exists: {kind} {id}.</source>
        <translation>Cet élément n&apos;existe plus : {kind} {id}.</translation>
    </message>
    <message>
        <source>This resource is already booked from {start} to {end}{by}.</source>
        <translation>Cette ressource est déjà réservée du {start} au {end}{by}.</translation>
    </message>
    <message>
        <source>This text is too long ({length} characters, at most {limit}).</source>
        <translation>Ce texte est trop long ({length} caractères, {limit} au maximum).</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of coopdesk (schema {revision}). Please update coopdesk to open it; the file was left untouched.</source>
        <translation>Cet espace a été enregistré par une version plus récente de coopdesk (schéma {revision}). Mettez coopdesk à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{file} is not a coopdesk database (damaged or another file).</source>
        <translation>{file} n&apos;est pas une base de données coopdesk (fichier endommagé ou d&apos;un autre type).</translation>
    </message>
    <message>
        <source>{folder} is not a coopdesk workspace (no {db} in it).</source>
        <translation>{folder} n&apos;est pas un espace de coopération coopdesk (il ne contient pas {db}).</translation>
    </message>
    <message>
        <source>{name} is already a partner of this project.</source>
        <translation>{name} est déjà partenaire de ce projet.</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder for the CSV files.</source>
        <translation>{path} est un fichier ; indiquez un dossier pour les fichiers CSV.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a .json file.</source>
        <translation>{path} est un dossier ; indiquez le chemin d&apos;un fichier .json.</translation>
    </message>
    <message>
        <source>{value} is outside the allowed range ({low} to {high}).</source>
        <translation>{value} est en dehors des valeurs permises (de {low} à {high}).</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date (for example 31/03/2026).</source>
        <translation>« {text} » n&apos;est pas une date valide (par exemple 31/03/2026).</translation>
    </message>
    <message>
        <source>“{text}” is not a valid time (for example 18:30).</source>
        <translation>« {text} » n&apos;est pas une heure valide (par exemple 18:30).</translation>
    </message>
    <message>
        <source>“{text}” is not an amount (for example 1 250,00).</source>
        <translation>« {text} » n&apos;est pas un montant (par exemple 1 250,00).</translation>
    </message>
    <message>
        <source>“{value}” does not look like an email address.</source>
        <translation>« {value} » ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a number (for example 12,5).</source>
        <translation>« {text} » n&apos;est pas un nombre (par exemple 12,5).</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet commun</translation>
    </message>
    <message>
        <source>Project partner</source>
        <translation>Partenaire du projet</translation>
    </message>
    <message>
        <source>Reporting deadline</source>
        <translation>Échéance de compte rendu</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif commun</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Charter version</source>
        <translation>Version de la charte</translation>
    </message>
    <message>
        <source>Charter acceptance</source>
        <translation>Adhésion à la charte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Pooled resource</source>
        <translation>Ressource mutualisée</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Prêt / réservation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>Note d&apos;évaluation</translation>
    </message>
</context>
</TS>
