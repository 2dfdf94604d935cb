<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About coopdesk</source>
        <extracomment>(distribution name, shown name, licence when the metadata does not say, e.g. frozen app) The open workspace's backups folder (None: not shown).</extracomment>
        <translation>À propos de coopdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;coopdesk {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;coopdesk {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cooperation between associations: shared projects, meetings and minutes, actions, pooled resources and reviews, on every member's laptop.</source>
        <translation>La coopération entre associations : projets communs, réunions et comptes rendus, actions, ressources mutualisées et évaluations, sur l'ordinateur de chaque membre.</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Cet espace de coopération</translation>
    </message>
    <message>
        <source>Backups of this workspace</source>
        <translation>Sauvegardes de cet espace</translation>
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
        <source>Copy these locations</source>
        <translation>Copier ces emplacements</translation>
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
    <message>
        <source>&lt;b&gt;Bundled components and their licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Composants inclus et leurs licences&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Composants fournis et leurs licences</translation>
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
        <translation>si la personne n'est pas dans l'annuaire</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Acceptée le</translation>
    </message>
    <message>
        <source>— not in the directory —</source>
        <translation>— absente de l'annuaire —</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Status</source>
        <extracomment>The user chose another status for the action shown: (action id, status). The user followed a link to another record: (kind, id).</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change the status (Ctrl+Enter marks the action done)</source>
        <translation>Changer le statut (Ctrl+Entrée marque l'action comme faite)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Where the action comes from</source>
        <translation>D’où vient l’action</translation>
    </message>
    <message>
        <source>Select an action to see where it comes from and to change its status.</source>
        <translation>Sélectionnez une action pour voir d'où elle vient et changer son statut.</translation>
    </message>
    <message>
        <source>Overdue: {late}</source>
        <translation>Échéance dépassée : {late}</translation>
    </message>
    <message>
        <source>In the trash since {deleted_on} (deleted by {deleted_by}). Click “Restore” to bring it back.</source>
        <translation>Dans la corbeille depuis le {deleted_on} (supprimée par {deleted_by}). Cliquez sur « Restaurer » pour la récupérer.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>D'où elle vient</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Added by {created_by} on {created_on}, last changed by {updated_by} on {updated_on}.</source>
        <translation>Ajoutée par {created_by} le {created_on}, modifiée en dernier par {updated_by} le {updated_on}.</translation>
    </message>
    <message>
        <source>Added directly to the action plan, not from a meeting decision.</source>
        <translation>Ajoutée directement au plan d'action, sans décision de réunion.</translation>
    </message>
    <message>
        <source>Decision of the meeting {meeting} of {date}:</source>
        <translation>Décision de la réunion {meeting} du {date} :</translation>
    </message>
    <message>
        <source>Decision of a meeting:</source>
        <translation>Décision d'une réunion :</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l'action</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Quoi faire</translation>
    </message>
    <message>
        <source>for example: Send the invitations</source>
        <translation>par exemple : envoyer les invitations</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The project's common objective this action serves</source>
        <translation>L'objectif commun du projet que sert cette action</translation>
    </message>
    <message>
        <source>Organisation in charge</source>
        <translation>Structure responsable</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Personne responsable</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>{person} ({organisation})</source>
        <translation>{person} ({organisation})</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search an action…</source>
        <extracomment>Keys of the status combo's first entries (the others are ActionStatus values).</extracomment>
        <translation>Chercher une action…</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Chercher des actions</translation>
    </message>
    <message>
        <source>&amp;My actions</source>
        <translation>Mes &amp;actions</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Structure partenaire</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Show &amp;trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <source>Show the actions in the trash, to restore them</source>
        <translation>Afficher les actions mises à la corbeille, pour les restaurer</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Toutes les échéances</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>À faire dans les 14 jours</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>À faire ce mois-ci</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Actions owned by you ({name}) or by your association ({organisation})</source>
        <translation>Les actions dont vous ({name}) ou votre association ({organisation}) êtes responsables</translation>
    </message>
    <message>
        <source>Actions owned by you ({name})</source>
        <translation>Les actions dont vous ({name}) êtes responsable</translation>
    </message>
</context>
<context>
    <name>ActionFromDecisionDialog</name>
    <message>
        <source>Create an action from this decision</source>
        <translation>Créer une action à partir de cette décision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s'en charge</translation>
    </message>
    <message>
        <source>For which organisation</source>
        <translation>Pour quelle structure</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ActionPlanSheet</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message>
        <source>Action plan: {filters}</source>
        <translation>Plan d'action : {filters}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Late ({days} d)</source>
        <translation>En retard ({days} j)</translation>
    </message>
    <message>
        <source>No action matches these filters.</source>
        <translation>Aucune action ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>On {date}: {count} actions, {late} late.</source>
        <translation>Au {date} : {count} action(s), dont {late} en retard.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>due in the next 14 days</source>
        <translation>échéance dans les 14 jours</translation>
    </message>
    <message>
        <source>due this month</source>
        <translation>échéance ce mois-ci</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>échéance cette semaine</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <source>my actions ({name})</source>
        <translation>mes actions ({name})</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>open actions</source>
        <translation>actions en cours</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>responsable : {name}</translation>
    </message>
    <message>
        <source>partner {name}</source>
        <translation>structure : {name}</translation>
    </message>
    <message>
        <source>project {title}</source>
        <translation>projet : {title}</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>recherche « {text} »</translation>
    </message>
</context>
<context>
    <name>ActionsModels</name>
    <message>
        <source>{person} ({organisation})</source>
        <translation>{person} ({organisation})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · overdue</source>
        <translation>{status} · en retard</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Overdue: due on {date}, {late}.</source>
        <translation>Échéance dépassée : prévue le {date}, {late}.</translation>
    </message>
    <message>
        <source>{date}, {late}</source>
        <translation>{date}, {late}</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <extracomment>The day "overdue" and the periods are measured against (tests fix it).</extracomment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <source>Add an action: who does what, by when (Ctrl+N)</source>
        <translation>Ajouter une action : qui fait quoi, pour quand (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected action (Enter or F2)</source>
        <translation>Modifier l'action sélectionnée (Entrée ou F2)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>Mark the selected action done today (Ctrl+Enter)</source>
        <translation>Marquer l'action sélectionnée comme faite aujourd'hui (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected action to the trash (Del); Ctrl+Z undoes it</source>
        <translation>Mettre l'action sélectionnée à la corbeille (Suppr) ; Ctrl+Z l'annule</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Bring the selected action back from the trash</source>
        <translation>Sortir l'action sélectionnée de la corbeille</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Print the action plan as filtered here, the filters in its title (Ctrl+P)</source>
        <translation>Imprimer le plan d'action tel que filtré ici, les filtres dans son titre (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the action plan as filtered here as a PDF</source>
        <translation>Enregistrer en PDF le plan d'action tel que filtré ici</translation>
    </message>
    <message>
        <source>Mark as “{status}”</source>
        <translation>Marquer comme « {status} »</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print or export the action plan as filtered here (Ctrl+P: print preview)</source>
        <translation>Imprimer ou exporter le plan d'action tel que filtré ici (Ctrl+P : aperçu avant impression)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · {late} overdue</source>
        <translation>{count} · {late} en retard</translation>
    </message>
    <message>
        <source>The trash holds no action.</source>
        <translation>La corbeille ne contient aucune action.</translation>
    </message>
    <message>
        <source>Back to the actions</source>
        <translation>Revenir aux actions</translation>
    </message>
    <message>
        <source>No action matches these filters.</source>
        <translation>Aucune action ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No open action.
Actions come from meeting decisions, or add one here: who does what, by when.</source>
        <translation>Aucune action à mener.
Les actions viennent des décisions de réunion, ou ajoutez-en une ici : qui fait quoi, pour quand.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Ajout de « {name} »</translation>
    </message>
    <message>
        <source>“{name}” added to the action plan.</source>
        <translation>« {name} » ajoutée au plan d'action.</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modification de « {name} »</translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation>« {name} » enregistrée.</translation>
    </message>
    <message>
        <source>Status of “{name}”: {status}</source>
        <translation>Statut de « {name} » : {status}</translation>
    </message>
    <message>
        <source>“{name}”: {status}.</source>
        <translation>« {name} » : {status}.</translation>
    </message>
    <message>
        <source>Save the action plan</source>
        <translation>Enregistrer le plan d'action</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Action plan not saved</source>
        <translation>Plan d'action non enregistré</translation>
    </message>
    <message>
        <source>The action plan could not be written: {reason}</source>
        <translation>Le plan d'action n'a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>Action plan saved to {path}.</source>
        <translation>Plan d'action enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <extracomment>Longest prefilled action title; a longer decision goes whole into the description.</extracomment>
        <translation>Nouveau point de l'ordre du jour</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Modifier le point de l'ordre du jour</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Durée prévue</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add an item at the end of the agenda (Ctrl+N)</source>
        <translation>Ajouter un point à la fin de l'ordre du jour (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Title, presenter and duration (F2)</source>
        <translation>Titre, présentateur et durée (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the item to the trash (Del)</source>
        <translation>Mettre le point à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Move the item up the agenda (Alt+Up)</source>
        <translation>Monter le point dans l'ordre du jour (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the item down the agenda (Alt+Down)</source>
        <translation>Descendre le point dans l'ordre du jour (Alt+Bas)</translation>
    </message>
    <message>
        <source>The agenda is empty. Add the items to discuss, in order, with who presents each and how long it should take.</source>
        <translation>L'ordre du jour est vide. Ajoutez les points à aborder, dans l'ordre, avec qui présente chacun et combien de temps il doit prendre.</translation>
    </message>
    <message>
        <source>{planned} planned (the meeting has no end time)</source>
        <translation>Durée prévue : {planned} (la réunion n'a pas d'heure de fin)</translation>
    </message>
    <message>
        <source>⚠ {planned} planned for {length}: {over} too long. Shorten or remove an item.</source>
        <translation>⚠ Durée prévue : {planned} pour {length}, soit {over} de trop. Raccourcissez ou retirez un point.</translation>
    </message>
    <message>
        <source>{planned} planned for {length}</source>
        <translation>Durée prévue : {planned} pour {length}</translation>
    </message>
</context>
<context>
    <name>ApproveMinutesDialog</name>
    <message>
        <source>Approve the minutes</source>
        <translation>Approuver le compte rendu</translation>
    </message>
    <message>
        <source>At which meeting were the minutes of “{title}” approved? Once approved, the meeting can no longer be changed, only annotated.</source>
        <translation>Lors de quelle réunion le compte rendu de « {title} » a-t-il été approuvé ? Une fois approuvé, il ne peut plus être modifié, seulement annoté.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Add to the attendance list</source>
        <translation>Ajouter à la liste de présence</translation>
    </message>
    <message>
        <source>Edit attendance</source>
        <translation>Modifier la présence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté·e par</translation>
    </message>
    <message>
        <source>Signs the minutes too</source>
        <translation>Signe aussi le procès-verbal</translation>
    </message>
    <message>
        <source>Besides the president and the secretary of the meeting, who sign anyway</source>
        <translation>En plus du ou de la président·e et du ou de la secrétaire de séance, qui signent de toute façon</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d'émargement</translation>
    </message>
    <message>
        <source>Attendance sheet: {meeting}</source>
        <translation>Feuille d'émargement : {meeting}</translation>
    </message>
    <message>
        <source>Closed by the secretary of the meeting (name and signature):</source>
        <translation>Arrêtée par le ou la secrétaire de séance (nom et signature) :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé·e</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Nobody is expected yet: add people to the attendance list, or partners to the project.</source>
        <translation>Personne n'est encore attendu : ajoutez des personnes à la liste de présence, ou des partenaires au projet.</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Autres participant·es</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Present: ______ · represented: ______ · total: ______</source>
        <translation>Présent·es : ______ · représenté·es : ______ · total : ______</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté·e par</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Without a structure</source>
        <translation>Sans structure</translation>
    </message>
    <message>
        <source>for the structure</source>
        <translation>pour la structure</translation>
    </message>
    <message>
        <source>{people} people expected from {structures} structures.</source>
        <translation>{people} personne(s) attendue(s), de {structures} structure(s).</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} à {end}</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Fill from the project's partners</source>
        <translation>Remplir avec les partenaires du projet</translation>
    </message>
    <message>
        <source>Add someone…</source>
        <translation>Ajouter quelqu'un…</translation>
    </message>
    <message>
        <source>A guest, or someone who is not in the partners' lists (Ctrl+N)</source>
        <translation>Un·e invité·e, ou quelqu'un qui ne figure pas parmi les contacts des partenaires (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présent·e</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>E&amp;xcusé·e</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>A&amp;bsent·e</translation>
    </message>
    <message>
        <source>&amp;Represented by…</source>
        <translation>&amp;Représenté·e par…</translation>
    </message>
    <message>
        <source>Applies to every selected person (select an organisation for all its people)</source>
        <translation>S'applique à chaque personne sélectionnée (sélectionnez une structure pour tous ses membres)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take off the attendance list (Del)</source>
        <translation>Retirer de la liste de présence (Suppr)</translation>
    </message>
    <message>
        <source>Mark the selection:</source>
        <translation>Marquer la sélection :</translation>
    </message>
    <message>
        <source>Nobody is on the attendance list yet. Fill it with the people of the project's partners, then mark who is present.</source>
        <translation>Personne n'est encore sur la liste de présence. Remplissez-la avec les contacts des partenaires du projet, puis marquez qui est présent.</translation>
    </message>
    <message>
        <source>Nobody is on the attendance list yet. Add the people who take part.</source>
        <translation>Personne n'est encore sur la liste de présence. Ajoutez les participants.</translation>
    </message>
    <message>
        <source>{present} present · {represented} represented · {excused} excused · {absent} absent</source>
        <translation>Présents : {present} · représentés : {represented} · excusés : {excused} · absents : {absent}</translation>
    </message>
    <message>
        <source>No quorum is set for this meeting or its project.</source>
        <translation>Aucun quorum n'est fixé pour cette réunion ni pour son projet.</translation>
    </message>
    <message>
        <source>Quorum: {quorum} voting partners needed; {attending} of {partners} marked present or represented so far.</source>
        <translation>Quorum : {quorum} structures ayant voix délibérative nécessaires ; {attending} sur {partners} marquées présentes ou représentées pour l'instant.</translation>
    </message>
    <message>
        <source>✔ Quorum reached: {attending} of {partners} voting partners present or represented ({quorum} needed).</source>
        <translation>✔ Quorum atteint : {attending} structures sur {partners} ayant voix délibérative présentes ou représentées ({quorum} nécessaires).</translation>
    </message>
    <message>
        <source>⚠ Quorum not reached: {attending} of {partners} voting partners present or represented, {quorum} needed.</source>
        <translation>⚠ Quorum non atteint : {attending} structures sur {partners} ayant voix délibérative présentes ou représentées, {quorum} nécessaires.</translation>
    </message>
    <message>
        <source>Rule: {fraction} of the {voting} voting partners ({origin}).</source>
        <translation>Règle : {fraction} des {voting} structures ayant voix délibérative ({origin}).</translation>
    </message>
    <message>
        <source>Rule: {number} voting partners ({origin}).</source>
        <translation>Règle : {number} structures ayant voix délibérative ({origin}).</translation>
    </message>
    <message>
        <source>{present} present, {represented} represented by proxy.</source>
        <translation>Présentes : {present} ; représentées par pouvoir : {represented}.</translation>
    </message>
    <message>
        <source>At most {limit} proxies per person.</source>
        <translation>Pouvoirs par personne : {limit} au plus.</translation>
    </message>
    <message>
        <source>Proxy not counted: {organisation} (held by {holder}, who is not present).</source>
        <translation>Pouvoir non compté : {organisation} (confié à {holder}, qui n'est pas présent·e).</translation>
    </message>
    <message>
        <source>Proxy not counted: {organisation} (held by {holder}, who already holds the most allowed).</source>
        <translation>Pouvoir non compté : {organisation} (confié à {holder}, qui en détient déjà le maximum).</translation>
    </message>
    <message>
        <source>Attending without a vote: {names}.</source>
        <translation>Sans voix délibérative : {names}.</translation>
    </message>
    <message>
        <source>this meeting's own rule</source>
        <translation>règle propre à cette réunion</translation>
    </message>
    <message>
        <source>the project's rule</source>
        <translation>règle du projet</translation>
    </message>
    <message>
        <source>The meeting has no project: choose one with “Edit…” to fill the list from its partners.</source>
        <translation>La réunion n'a pas de projet : choisissez-en un avec « Modifier… » pour remplir la liste avec ses partenaires.</translation>
    </message>
    <message numerus="yes">
        <source>Adds the %n person(s) of the project's partners not on the list yet, as absent: then mark who is present.</source>
        <translation>
            <numerusform>Ajoute comme absente %n personne des partenaires du projet qui n'est pas encore sur la liste : marquez ensuite qui est présent.</numerusform>
            <numerusform>Ajoute comme absentes les %n personnes des partenaires du projet qui ne sont pas encore sur la liste : marquez ensuite qui est présent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added as absent: select who is present and click “Present”.</source>
        <translation>
            <numerusform>%n personne ajoutée comme absente : sélectionnez qui est présent et cliquez sur « Présent·e ».</numerusform>
            <numerusform>%n personnes ajoutées comme absentes : sélectionnez qui est présent et cliquez sur « Présent·e ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked “{status}”.</source>
        <translation>
            <numerusform>%n personne marquée « {status} ».</numerusform>
            <numerusform>%n personnes marquées « {status} ».</numerusform>
        </translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>la structure</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>Synchronisation waiting: another coopdesk ({command}, pid {pid} on {host}) is working on this workspace</source>
        <extracomment>A cycle started. A cycle ended with this SyncOutcome (its imported changes are on the bus already). A cycle failed with this exception (a SyncError when the folder is unreachable). A cycle was skipped: another coopdesk works on the workspace (this status text). Quiet time after the last change seen in the shared folder before syncing. Quiet time after a local change before sharing it. A cycle at least this often while the workspace is shared. Another try after a cycle skipped because another coopdesk held the workspace. When the last cycle ended well (naive UTC), None before the first.</extracomment>
        <translation>Synchronisation en attente : un autre coopdesk ({command}, pid {pid} sur {host}) travaille sur cet espace</translation>
    </message>
    <message>
        <source>Synchronisation waiting: another coopdesk is working on this workspace</source>
        <translation>Synchronisation en attente : un autre coopdesk travaille sur cet espace</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>The path of the backup to put back (the application closes, restores, reopens). The list was (re)filled.</extracomment>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>coopdesk backs up this workspace every day when it starts, and keeps the last 7 days and 4 weeks. Restoring a backup first backs up the current state.</source>
        <translation>coopdesk sauvegarde cet espace de coopération chaque jour au démarrage et garde les 7 derniers jours et les 4 dernières semaines. Restaurer une sauvegarde sauvegarde d'abord l'état actuel.</translation>
    </message>
    <message>
        <source>Folder: &lt;a href="{url}"&gt;{folder}&lt;/a&gt;</source>
        <translation>Dossier : &lt;a href="{url}"&gt;{folder}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l'instant.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Sauvegardé dans {file}.</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>Impossible de sauvegarder</translation>
    </message>
    <message>
        <source>Put back the backup of {date}? Changes made since then on this laptop will be replaced; the current state is backed up first, so this can be undone by restoring that copy. The workspace is closed and opened again.</source>
        <translation>Remettre la sauvegarde du {date} ? Les modifications faites depuis sur cet ordinateur seront remplacées ; l'état actuel est d'abord sauvegardé, vous pourrez donc revenir en arrière en restaurant cette copie. L'espace de coopération est fermé puis rouvert.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Edit the booking</source>
        <translation>Modifier la réservation</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Start of the booking</source>
        <translation>Début de la réservation</translation>
    </message>
    <message>
        <source>End of the booking</source>
        <translation>Fin de la réservation</translation>
    </message>
    <message>
        <source>Borrowing organisation</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>For the project</source>
        <translation>Pour le projet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>for example: general assembly</source>
        <translation>par exemple : assemblée générale</translation>
    </message>
    <message>
        <source>Returned in what state</source>
        <translation>État au retour</translation>
    </message>
    <message>
        <source>Filled in when it comes back: clean, full tank, a cable missing…</source>
        <translation>À remplir au retour : propre, plein fait, un câble manquant…</translation>
    </message>
    <message>
        <source>Value of the loan</source>
        <translation>Valeur du prêt</translation>
    </message>
    <message>
        <source>Left empty, the loan counts the resource's value per day for each day started.</source>
        <translation>Laissée vide, le prêt compte la valeur par jour de la ressource pour chaque jour entamé.</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
    <message>
        <source>0,00 €</source>
        <translation>0,00 €</translation>
    </message>
    <message>
        <source>{amount} ({days} day(s) started)</source>
        <translation>{amount} ({days} jour(s) entamé(s))</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Project: {project}</source>
        <translation>Projet : {project}</translation>
    </message>
    <message>
        <source>Video link: {link}</source>
        <translation>Lien visio : {link}</translation>
    </message>
    <message>
        <source>Who: {owner}</source>
        <translation>Qui : {owner}</translation>
    </message>
    <message>
        <source>Due: {action}</source>
        <translation>Échéance : {action}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the team passphrase</source>
        <translation>Changer la phrase secrète de l'équipe</translation>
    </message>
    <message>
        <source>New key files are written to the shared folder and the old passphrase opens nothing any more. No file is encrypted again: laptops that already hold the team key keep working. Tell the members the new passphrase.</source>
        <translation>De nouveaux fichiers de clés sont écrits dans le dossier partagé et l'ancienne phrase secrète n'ouvre plus rien. Aucun fichier n'est chiffré à nouveau : les ordinateurs qui détiennent déjà la clé de l'équipe continuent de fonctionner. Communiquez la nouvelle phrase secrète aux membres.</translation>
    </message>
    <message>
        <source>several words, at least {n} characters</source>
        <translation>plusieurs mots, au moins {n} caractères</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Retapez-la</translation>
    </message>
    <message>
        <source>Writing the new key files…</source>
        <translation>Écriture des nouveaux fichiers de clés…</translation>
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
        <source>This project has no charter yet. Write down the shared rules and each partner's commitments, then record which partner accepted them.</source>
        <translation>Ce projet n'a pas encore de charte. Écrivez les règles communes et les engagements de chaque partenaire, puis notez quels partenaires les ont acceptés.</translation>
    </message>
    <message>
        <source>Create the charter</source>
        <translation>Créer la charte</translation>
    </message>
    <message>
        <source>The charter has no text yet.</source>
        <translation>La charte n'a pas encore de texte.</translation>
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
        <translation>Aucun partenaire n'a encore accepté la version {number}.</translation>
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
        <translation>Les règles communes : objet, engagements de chaque partenaire, prise de décision, arrivée ou départ d'un partenaire…</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Keep {name}'s version ({time})</source>
        <translation>Garder la version de {name} ({time})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>Versions of “{field}”</source>
        <translation>Versions de « {field} »</translation>
    </message>
    <message>
        <source>{field} of {kind} “{title}”: {count} versions</source>
        <translation>{field} — {kind} « {title} » : {count} versions</translation>
    </message>
    <message>
        <source>These versions were written at the same time on different computers ({who}). Keep one, or merge them into one text. Nothing is lost: the other versions stay in the history of the record.</source>
        <translation>Ces versions ont été écrites en même temps sur des ordinateurs différents ({who}). Gardez-en une, ou fusionnez-les en un seul texte. Rien n'est perdu : les autres versions restent dans l'historique de la fiche.</translation>
    </message>
    <message>
        <source>{name} ({association}), {when}</source>
        <translation>{name} ({association}), {when}</translation>
    </message>
    <message>
        <source>Version of {name}</source>
        <translation>Version de {name}</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Write one text from the versions</source>
        <translation>Écrire un seul texte à partir des versions</translation>
    </message>
    <message>
        <source>Merge the versions of “{field}”</source>
        <translation>Fusionner les versions de « {field} »</translation>
    </message>
</context>
<context>
    <name>CorrespondentEdit</name>
    <message>
        <source>Type a name: a person or an organisation…</source>
        <extracomment>The chosen correspondent changed (picked, cleared or set).</extracomment>
        <translation>Contact ou structure…</translation>
    </message>
    <message>
        <source>{name} (organisation)</source>
        <translation>{name} (structure)</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
</context>
<context>
    <name>DashboardBoard</name>
    <message>
        <source>overdue actions</source>
        <extracomment>(kind, id) of the record a line asks to open (a click or Enter on it). What the view shows now (None: nothing yet, or loading), and of which workspace.</extracomment>
        <translation>actions en retard</translation>
    </message>
    <message>
        <source>actions due within 14 days</source>
        <translation>actions à faire sous 14 jours</translation>
    </message>
    <message>
        <source>follow-ups this week</source>
        <translation>suites à donner cette semaine</translation>
    </message>
    <message>
        <source>next meeting</source>
        <translation>prochaine réunion</translation>
    </message>
    <message>
        <source>Sync conflicts and notices to settle</source>
        <translation>Conflits et alertes de synchronisation à régler</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>À faire dans les 14 jours</translation>
    </message>
    <message>
        <source>Follow-ups to do</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <source>Latest changes by others</source>
        <translation>Dernières modifications des autres</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Hello {name}</source>
        <translation>Bonjour {name}</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>{day} · {workspace}</source>
        <translation>{day} · {workspace}</translation>
    </message>
    <message>
        <source>No overdue action. Well done!</source>
        <translation>Aucune action en retard. Bravo !</translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days.</source>
        <translation>Rien à faire dans les 14 jours.</translation>
    </message>
    <message>
        <source>No follow-up to do this week.</source>
        <translation>Aucune suite à donner cette semaine.</translation>
    </message>
    <message>
        <source>No meeting planned yet: plan the next one in Meetings.</source>
        <translation>Aucune réunion prévue : prévoyez la prochaine dans Réunions.</translation>
    </message>
    <message>
        <source>Nobody else has changed anything in the last {days} days.</source>
        <translation>Personne d'autre n'a rien modifié ces {days} derniers jours.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the Action plan.</source>
        <translation>
            <numerusform>…et %n autre dans le Plan d'action.</numerusform>
            <numerusform>…et %n autres dans le Plan d'action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the Exchange log.</source>
        <translation>
            <numerusform>…et %n autre dans le Journal des échanges.</numerusform>
            <numerusform>…et %n autres dans le Journal des échanges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in Meetings.</source>
        <translation>
            <numerusform>…et %n autre dans Réunions.</numerusform>
            <numerusform>…et %n autres dans Réunions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the last {days} days.</source>
        <translation>
            <numerusform>…et %n autre ces {days} derniers jours.</numerusform>
            <numerusform>…et %n autres ces {days} derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
</context>
<context>
    <name>DashboardLines</name>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Pour le {date}</translation>
    </message>
    <message>
        <source>“{subject}” of {date}</source>
        <translation>« {subject} » du {date}</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Avec {name}</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>{kind} added by {who}</source>
        <translation>{kind} : ajout par {who}</translation>
    </message>
    <message>
        <source>{kind} changed by {who}</source>
        <translation>{kind} : modification par {who}</translation>
    </message>
    <message>
        <source>Two versions of a text: choose one</source>
        <extracomment>Late or needing attention: the tag is drawn in red with a warning sign.</extracomment>
        <translation>Deux versions d'un texte : choisissez-en une</translation>
    </message>
    <message>
        <source>Deleted on one computer, edited on another</source>
        <translation>Supprimé sur un ordinateur, modifié sur un autre</translation>
    </message>
    <message>
        <source>A computer's clock looks wrong</source>
        <translation>L'horloge d'un ordinateur semble déréglée</translation>
    </message>
    <message>
        <source>A copied computer shared: both copies' changes kept</source>
        <translation>Un ordinateur copié a partagé : les modifications des deux copies sont gardées</translation>
    </message>
    <message>
        <source>A sync notice to settle</source>
        <translation>Une alerte de synchronisation à régler</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Every change may show up here (empty: refresh on any change). The day the dashboard is about (tests fix it).
----------
English source of the navigation title, translated in the context *class_name*.</extracomment>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>The error style on a light palette (prefer `error_style()`, which follows the palette).</extracomment>
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
        <translation>Modifier l'échéance de compte rendu</translation>
    </message>
    <message>
        <source>Report or deliverable</source>
        <translation>Rapport ou livrable</translation>
    </message>
    <message>
        <source>for example: interim activity report</source>
        <translation>par exemple : bilan d'activité intermédiaire</translation>
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
    <name>DecisionDialog</name>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>What was decided, as it will read in the minutes</source>
        <translation>Ce qui a été décidé, tel qu'on le lira dans le compte rendu</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Voix pour</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Voix contre</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Not taking part in the vote</source>
        <translation>Ne prennent pas part au vote</translation>
    </message>
    <message>
        <source>Secret ballot (only the counts are recorded)</source>
        <translation>Vote à bulletin secret (seuls les nombres sont notés)</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Scrutin</translation>
    </message>
    <message>
        <source>Who voted against or abstained</source>
        <translation>Qui a voté contre ou s'est abstenu</translation>
    </message>
    <message>
        <source>only when they asked for it to be minuted</source>
        <translation>seulement s'ils ont demandé que ce soit noté au procès-verbal</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Record a decision (Ctrl+N)</source>
        <translation>Enregistrer une décision (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Text, agenda item and votes (F2)</source>
        <translation>Texte, point de l'ordre du jour et votes (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the decision to the trash (Del)</source>
        <translation>Mettre la décision à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Create an action…</source>
        <translation>Créer une action…</translation>
    </message>
    <message>
        <source>Who does what by when to carry out the decision, in one step</source>
        <translation>Qui fait quoi pour quand pour mettre en œuvre la décision, en une étape</translation>
    </message>
    <message>
        <source>Actions from this decision</source>
        <translation>Actions issues de cette décision</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>Actions décidées</translation>
    </message>
    <message>
        <source>No decision recorded yet. Record each decision as it will read in the minutes, with the votes if there was one; then turn it into actions.</source>
        <translation>Aucune décision enregistrée pour l'instant. Notez chaque décision telle qu'on la lira dans le compte rendu, avec les votes s'il y en a eu ; puis transformez-la en actions.</translation>
    </message>
    <message>
        <source>No vote recorded.</source>
        <translation>Aucun vote enregistré.</translation>
    </message>
    <message>
        <source>No action carries out this decision yet.</source>
        <translation>Aucune action ne met encore en œuvre cette décision.</translation>
    </message>
    <message>
        <source>The action was created; it is followed in the Actions page.</source>
        <translation>L'action a été créée ; elle est suivie dans la page Actions.</translation>
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
    <name>DocumentExports</name>
    <message>
        <source>Cooperation dossier - {project}</source>
        <translation>Dossier de coopération - {project}</translation>
    </message>
    <message>
        <source>Save the cooperation dossier</source>
        <translation>Enregistrer le dossier de coopération</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier not saved</source>
        <translation>Dossier non enregistré</translation>
    </message>
    <message>
        <source>The dossier could not be written: {reason}</source>
        <translation>Le dossier n'a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter l'agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d'agenda (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>Agenda non enregistré</translation>
    </message>
    <message>
        <source>The calendar could not be written: {reason}</source>
        <translation>L'agenda n'a pas pu être écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>DossierDocument</name>
    <message>
        <source>Cooperation dossier: {project}</source>
        <translation>Dossier de coopération : {project}</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>How residents take part</source>
        <translation>La participation des habitants</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Quorum of meetings</source>
        <translation>Quorum des réunions</translation>
    </message>
    <message>
        <source>{count} partner organisations</source>
        <translation>{count} structures partenaires</translation>
    </message>
    <message>
        <source>Reporting deadlines</source>
        <translation>Échéances de compte rendu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Objectives and indicators</source>
        <translation>Objectifs et indicateurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
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
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Partners and commitments</source>
        <translation>Partenaires et engagements</translation>
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
        <source>Budget share</source>
        <translation>Part du budget</translation>
    </message>
    <message>
        <source>Share of the tasks</source>
        <translation>Part des tâches</translation>
    </message>
    <message>
        <source>What it brings</source>
        <translation>Ce qu'elle apporte</translation>
    </message>
    <message>
        <source>Its commitments</source>
        <translation>Ses engagements</translation>
    </message>
    <message>
        <source>Charter and acceptances</source>
        <translation>Charte et adhésions</translation>
    </message>
    <message>
        <source>Version {number}, adopted on {date}.</source>
        <translation>Version {number}, adoptée le {date}.</translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Acceptée le</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <source>Not yet accepted version {number}: {names}.</source>
        <translation>N'ont pas encore accepté la version {number} : {names}.</translation>
    </message>
    <message>
        <source>Meetings and decisions</source>
        <translation>Réunions et décisions</translation>
    </message>
    <message>
        <source>Meetings: {meetings} · decisions recorded: {decisions}</source>
        <translation>Réunions : {meetings} · décisions enregistrées : {decisions}</translation>
    </message>
    <message>
        <source>{date}, {start}</source>
        <translation>{date}, {start}</translation>
    </message>
    <message>
        <source>{date}, {start} to {end}</source>
        <translation>{date}, de {start} à {end}</translation>
    </message>
    <message>
        <source>{present} present, {represented} represented, {excused} excused, {absent} absent</source>
        <translation>présents : {present}, représentés : {represented}, excusés : {excused}, absents : {absent}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Organisations present</source>
        <translation>Structures présentes</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>{for_} for, {against} against, {abstain} abstaining</source>
        <translation>pour : {for_}, contre : {against}, abstentions : {abstain}</translation>
    </message>
    <message>
        <source>Actions and their status</source>
        <translation>Actions et avancement</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Late ({days} d)</source>
        <translation>En retard ({days} j)</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Ressources mutualisées</translation>
    </message>
    <message>
        <source>Equipment, rooms, vehicles and skills the partners lent each other for the project, valued as contributions in kind.</source>
        <translation>Matériel, salles, véhicules et compétences que les partenaires se sont prêtés pour le projet, valorisés en contributions en nature.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Lent by</source>
        <translation>Prêtée par</translation>
    </message>
    <message>
        <source>Lent to</source>
        <translation>Prêtée à</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Contributions in kind per partner</source>
        <translation>Contributions en nature par partenaire</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Prêté</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Total in kind</source>
        <translation>Total en nature</translation>
    </message>
    <message>
        <source>Reviews of the cooperation</source>
        <translation>Évaluations de la coopération</translation>
    </message>
    <message>
        <source>Each partner scores the five good practices of the cooperation from 1 to 5.</source>
        <translation>Chaque partenaire note de 1 à 5 les cinq bonnes pratiques de la coopération.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
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
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
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
        <source>Lead partner</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Funder agreement</source>
        <translation>Convention de financement</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>COOPERATION DOSSIER</source>
        <translation>DOSSIER DE COOPÉRATION</translation>
    </message>
    <message>
        <source>Produced with coopdesk on {date}.</source>
        <translation>Établi avec coopdesk le {date}.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>No charter is recorded.</source>
        <translation>Aucune charte n'est enregistrée.</translation>
    </message>
    <message>
        <source>No review is recorded.</source>
        <translation>Aucune évaluation n'est enregistrée.</translation>
    </message>
    <message>
        <source>* estimated from the resource's value per day.</source>
        <translation>* estimée d'après la valeur par jour de la ressource.</translation>
    </message>
    <message>
        <source>Minutes approved at the meeting of {date}.</source>
        <translation>Compte rendu approuvé à la réunion du {date}.</translation>
    </message>
    <message>
        <source>No action is recorded.</source>
        <translation>Aucune action n'est enregistrée.</translation>
    </message>
    <message>
        <source>No contribution or commitment recorded.</source>
        <translation>Aucun apport ni engagement enregistré.</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <source>No indicator yet.</source>
        <translation>Pas encore d'indicateur.</translation>
    </message>
    <message>
        <source>No meeting is recorded.</source>
        <translation>Aucune réunion n'est enregistrée.</translation>
    </message>
    <message>
        <source>No objective is recorded.</source>
        <translation>Aucun objectif n'est enregistré.</translation>
    </message>
    <message>
        <source>No partner has accepted the charter yet.</source>
        <translation>Aucun partenaire n'a encore accepté la charte.</translation>
    </message>
    <message>
        <source>No partner is recorded.</source>
        <translation>Aucun partenaire n'est enregistré.</translation>
    </message>
    <message>
        <source>No resource was lent for this project.</source>
        <translation>Aucune ressource n'a été prêtée pour ce projet.</translation>
    </message>
    <message>
        <source>No score recorded.</source>
        <translation>Aucune note enregistrée.</translation>
    </message>
    <message>
        <source>No version of this charter yet.</source>
        <translation>Pas encore de version de cette charte.</translation>
    </message>
    <message>
        <source>Version {number}, not adopted yet.</source>
        <translation>Version {number}, pas encore adoptée.</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu'au {end}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Actions cancelled</source>
        <translation>Actions annulées</translation>
    </message>
</context>
<context>
    <name>EncryptionChoiceDialog</name>
    <message>
        <source>Share the workspace</source>
        <translation>Partager l'espace de coopération</translation>
    </message>
    <message>
        <source>Encrypt everything written to the shared folder (recommended)</source>
        <translation>Chiffrer tout ce qui est écrit dans le dossier partagé (recommandé)</translation>
    </message>
    <message>
        <source>Your cloud or network drive then only holds unreadable files. Every member types the team passphrase once on each laptop; without it nobody can join, so print the recovery sheet afterwards.</source>
        <translation>Votre cloud ou lecteur réseau ne contient alors que des fichiers illisibles. Chaque membre tape la phrase secrète de l'équipe une fois sur chaque ordinateur ; sans elle personne ne peut rejoindre l'espace : imprimez ensuite la fiche de secours.</translation>
    </message>
    <message>
        <source>several words, at least {n} characters</source>
        <translation>plusieurs mots, au moins {n} caractères</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l'équipe</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Retapez-la</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation>Trop courte : au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Weak: add a word or two.</source>
        <translation>Faible : ajoutez un mot ou deux.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Moyenne.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Très solide.</translation>
    </message>
    <message>
        <source>The shared folder will hold your data in clear.</source>
        <translation>Le dossier partagé contiendra vos données en clair.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>EntryWidgets</name>
    <message>
        <source>What was it about?</source>
        <translation>De quoi s'agissait-il ?</translation>
    </message>
    <message>
        <source>What was said, what was agreed…</source>
        <translation>Ce qui a été dit, ce qui a été convenu…</translation>
    </message>
    <message>
        <source>What to do next, if anything</source>
        <translation>La suite à donner, s'il y en a une</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Private (stays on this laptop)</source>
        <translation>Privé (reste sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Kind of exchange</source>
        <translation>Type d'échange</translation>
    </message>
    <message>
        <source>Date of the exchange</source>
        <translation>Date de l'échange</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de la suite à donner</translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation>— aucun projet —</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Log file: &lt;a href="{url}"&gt;{file}&lt;/a&gt;</source>
        <translation>Fichier journal : &lt;a href="{url}"&gt;{file}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Details copied</source>
        <translation>Détails copiés</translation>
    </message>
</context>
<context>
    <name>ExchangeBrowser</name>
    <message>
        <source>Exchange details</source>
        <translation>Détail de l’échange</translation>
    </message>
    <message>
        <source>Select an exchange to read it, tick its follow-up or change it.</source>
        <translation>Sélectionnez un échange pour le lire, cocher sa suite à donner ou le modifier.</translation>
    </message>
    <message>
        <source>{kind} on {date}</source>
        <translation>{kind} du {date}</translation>
    </message>
    <message>
        <source>In the trash since {deleted_on} (deleted by {deleted_by}). Click “Restore” to bring it back.</source>
        <translation>Dans la corbeille depuis le {deleted_on} (supprimé par {deleted_by}). Cliquez sur « Restaurer » pour le récupérer.</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Noté par</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Added by {created_by} on {created_on}, last changed by {updated_by} on {updated_on}.</source>
        <translation>Ajouté par {created_by} le {created_on}, modifié en dernier par {updated_by} le {updated_on}.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Late: it was due on {date}</source>
        <translation>En retard : prévue pour le {date}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd'hui</translation>
    </message>
    <message>
        <source>To do by {date}</source>
        <translation>À faire pour le {date}</translation>
    </message>
    <message>
        <source>To do, no date set</source>
        <translation>À faire, sans date</translation>
    </message>
</context>
<context>
    <name>ExchangeColumns</name>
    <message>
        <source>{person} ({organisation})</source>
        <translation>{person} ({organisation})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Private: {subject}</source>
        <translation>Privé : {subject}</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
</context>
<context>
    <name>ExchangeDetail</name>
    <message>
        <source>Mark the follow-up done</source>
        <extracomment>(kind, id) of a record link the user followed.</extracomment>
        <translation>Marquer la suite comme donnée</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change this exchange (Enter or F2)</source>
        <translation>Modifier cet échange (Entrée ou F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move this exchange to the trash (Del); Ctrl+Z undoes it</source>
        <translation>Mettre cet échange à la corbeille (Suppr) ; Ctrl+Z l'annule</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Reopen the follow-up</source>
        <translation>Rouvrir la suite à donner</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Edit the exchange</source>
        <translation>Modifier l'échange</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>À faire pour le</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>Who logged the exchange; it cannot be changed.</source>
        <translation>Qui a noté l'échange ; cela ne peut pas être changé.</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Noté par</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Exchange log</source>
        <translation>Journal des échanges</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash holds no exchange.</source>
        <translation>La corbeille ne contient aucun échange.</translation>
    </message>
    <message>
        <source>Back to the log</source>
        <translation>Revenir au journal</translation>
    </message>
    <message>
        <source>No exchange matches these filters.</source>
        <translation>Aucun échange ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No exchange logged yet.
A call, an email, a visit: note it in the bar above (Ctrl+N), it takes a few seconds.</source>
        <translation>Aucun échange noté pour l'instant.
Un appel, un e-mail, une visite : notez-le dans la barre ci-dessus (Ctrl+N), cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Log an exchange</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Log “{name}”</source>
        <translation>Ajout de « {name} » au journal</translation>
    </message>
    <message>
        <source>“{name}” logged.</source>
        <translation>« {name} » noté.</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modification de « {name} »</translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation>« {name} » enregistré.</translation>
    </message>
    <message>
        <source>Follow-up “{name}” done</source>
        <translation>Suite donnée à « {name} »</translation>
    </message>
    <message>
        <source>Follow-up “{name}” marked done.</source>
        <translation>Suite à donner de « {name} » marquée comme faite.</translation>
    </message>
    <message>
        <source>Reopen “{name}”</source>
        <translation>Réouverture de « {name} »</translation>
    </message>
    <message>
        <source>Follow-up “{name}” reopened.</source>
        <translation>Suite à donner de « {name} » rouverte.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Done: {what}</source>
        <translation>Fait : {what}</translation>
    </message>
    <message>
        <source>{what} — late since {date}</source>
        <translation>{what} — en retard depuis le {date}</translation>
    </message>
    <message>
        <source>{what} — today</source>
        <translation>{what} — aujourd'hui</translation>
    </message>
    <message>
        <source>{what} — by {date}</source>
        <translation>{what} — pour le {date}</translation>
    </message>
    <message>
        <source>Private: this entry stays on this laptop. It is never shared with the partners nor copied to the shared folder.</source>
        <translation>Privé : cet échange reste sur cet ordinateur. Il n'est jamais partagé avec les partenaires ni copié dans le dossier partagé.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <extracomment>JSON: the file to write; CSV: the folder that receives one file per table.</extracomment>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workspace</source>
        <extracomment>Where no export may go: the workspace's own files, the team's shared folder.</extracomment>
        <translation>Exporter l'espace de coopération</translation>
    </message>
    <message>
        <source>Writes every record of “{workspace}”, the trash included, to files other software can read: a copy to keep, or tables for a spreadsheet.</source>
        <translation>Écrit toutes les fiches de « {workspace} », corbeille comprise, dans des fichiers lisibles par d'autres logiciels : une copie à conserver, ou des tableaux pour un tableur.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>One &amp;JSON file: complete, for a backup or another program</source>
        <translation>Un fichier &amp;JSON : complet, pour une sauvegarde ou un autre logiciel</translation>
    </message>
    <message>
        <source>&amp;CSV files, one per table: for a spreadsheet (LibreOffice Calc, Excel)</source>
        <translation>Des fichiers &amp;CSV, un par table : pour un tableur (LibreOffice Calc, Excel)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Private entries</source>
        <translation>Échanges privés</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Folder that receives the CSV files</source>
        <translation>Dossier qui reçoit les fichiers CSV</translation>
    </message>
    <message>
        <source>Export to a JSON file</source>
        <translation>Exporter dans un fichier JSON</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Choisissez où écrire l'export.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the file to write, for example export.json.</source>
        <translation>{path} est un dossier : indiquez le nom du fichier à écrire, par exemple export.json.</translation>
    </message>
    <message>
        <source>{name} already exists and will be replaced. Click Export again to confirm.</source>
        <translation>{name} existe déjà et sera remplacé. Cliquez de nouveau sur Exporter pour confirmer.</translation>
    </message>
    <message>
        <source>{path} is a file: CSV export writes into a folder.</source>
        <translation>{path} est un fichier : l'export CSV écrit dans un dossier.</translation>
    </message>
    <message>
        <source>The folder {name} already holds other files. Choose a new or empty folder (a previous CSV export may be replaced).</source>
        <translation>Le dossier {name} contient déjà d'autres fichiers. Choisissez un dossier nouveau ou vide (un export CSV précédent peut être remplacé).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>Include the &amp;private contact-log entries</source>
        <translation>Inclure les échanges &amp;privés du journal</translation>
    </message>
    <message>
        <source>Contact-log entries marked private stay on this laptop: they are never shared with the partners. Leave this unticked unless the export is for you alone, because anyone who gets the files can read them.</source>
        <translation>Les échanges marqués privés restent sur cet ordinateur : ils ne sont jamais partagés avec les partenaires. Laissez décoché sauf si l'export est pour vous seul·e, car toute personne qui aura les fichiers pourra les lire.</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln ligne écrite dans {path}.</numerusform>
            <numerusform>%Ln lignes écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private contact-log entry(ies) left out.</source>
        <translation>
            <numerusform>%Ln échange privé laissé de côté.</numerusform>
            <numerusform>%Ln échanges privés laissés de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Ce qu'elle peut apporter</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
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
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Lead organisation</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Residents' participation</source>
        <translation>Participation des habitants</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Apport</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Part du budget</translation>
    </message>
    <message>
        <source>Share of the tasks</source>
        <translation>Part des tâches</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Personne responsable</translation>
    </message>
    <message>
        <source>Organisation in charge</source>
        <translation>Structure responsable</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visio</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de la suite à donner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Acceptée le</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>President of the meeting</source>
        <translation>Président·e de séance</translation>
    </message>
    <message>
        <source>Convened on</source>
        <translation>Convocation envoyée le</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Convoquée par</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Séance levée à</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Own quorum rule</source>
        <translation>Règle de quorum propre</translation>
    </message>
    <message>
        <source>Quorum fraction (numerator)</source>
        <translation>Fraction du quorum (numérateur)</translation>
    </message>
    <message>
        <source>Quorum fraction (denominator)</source>
        <translation>Fraction du quorum (dénominateur)</translation>
    </message>
    <message>
        <source>Proxies per person</source>
        <translation>Pouvoirs par personne</translation>
    </message>
    <message>
        <source>Signs the minutes</source>
        <translation>Signe le procès-verbal</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Not taking part in the vote</source>
        <translation>Ne prennent pas part au vote</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Bulletin secret</translation>
    </message>
    <message>
        <source>Detail of the vote</source>
        <translation>Détail du vote</translation>
    </message>
    <message>
        <source>Vote in meetings</source>
        <translation>Voix délibérative</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(a deleted record)</source>
        <translation>(une fiche supprimée)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the subjects and summaries…</source>
        <extracomment>Any filter changed.</extracomment>
        <translation>Chercher dans les objets et les résumés…</translation>
    </message>
    <message>
        <source>Search the exchanges</source>
        <translation>Chercher dans les échanges</translation>
    </message>
    <message>
        <source>With: any person or organisation</source>
        <translation>Avec : tout contact ou structure</translation>
    </message>
    <message>
        <source>Only the exchanges with</source>
        <translation>Seulement les échanges avec</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L'année dernière</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>Tous les échanges</translation>
    </message>
    <message>
        <source>Follow-up due (today or late)</source>
        <translation>Suite due aujourd'hui ou en retard</translation>
    </message>
    <message>
        <source>Follow-up still to do</source>
        <translation>Suite encore à donner</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Show the exchanges in the trash, to restore them</source>
        <translation>Afficher les échanges mis à la corbeille, pour les restaurer</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Actions to follow up</source>
        <extracomment>Planned minutes per action followed up, and at most for the whole item.</extracomment>
        <translation>Actions à suivre</translation>
    </message>
    <message>
        <source>The project's actions that are not done yet, to review at this meeting. Double-click an action to open it.</source>
        <translation>Les actions du projet qui ne sont pas encore faites, à passer en revue lors de cette réunion. Double-cliquez sur une action pour l'ouvrir.</translation>
    </message>
    <message>
        <source>Add “Follow-up of actions” to the agenda</source>
        <translation>Ajouter « Suivi des actions » à l'ordre du jour</translation>
    </message>
    <message>
        <source>Follow-up of actions</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <source>Every action of the project is done or cancelled: nothing to follow up.</source>
        <translation>Toutes les actions du projet sont faites ou annulées : rien à suivre.</translation>
    </message>
    <message>
        <source>This meeting has no project, so no actions to follow up. Choose its project with “Edit…”.</source>
        <translation>Cette réunion n'a pas de projet, donc pas d'actions à suivre. Choisissez son projet avec « Modifier… ».</translation>
    </message>
    <message>
        <source>The agenda already has this item.</source>
        <translation>L'ordre du jour contient déjà ce point.</translation>
    </message>
    <message>
        <source>• {title} — {who}, due {date}</source>
        <translation>• {title} — {who}, pour le {date}</translation>
    </message>
    <message>
        <source>• {title} — {who}</source>
        <translation>• {title} — {who}</translation>
    </message>
    <message>
        <source>• {title} — due {date}</source>
        <translation>• {title} — pour le {date}</translation>
    </message>
    <message>
        <source>• {title}</source>
        <translation>• {title}</translation>
    </message>
    <message>
        <source>“{title}” was added at the end of the agenda.</source>
        <translation>« {title} » a été ajouté à la fin de l'ordre du jour.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions</source>
        <extracomment>What restoring versions changed while the dialog was open.</extracomment>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurer cette version…</translation>
    </message>
    <message>
        <source>Put every field back as it was in this version; the change is shared like any other and stays in the history</source>
        <translation>Remettre chaque champ comme dans cette version ; la modification est partagée comme les autres et reste dans l'historique</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>Historique de « {title} »</translation>
    </message>
    <message>
        <source>{kind} “{title}”: {count} versions</source>
        <translation>{kind} « {title} » : {count} versions</translation>
    </message>
    <message>
        <source>{who} ({association}), {when}: {what}</source>
        <translation>{who} ({association}), {when} : {what}</translation>
    </message>
    <message>
        <source>Put every field back as it was on {when} ({who})? The current values stay in the history.</source>
        <translation>Remettre chaque champ comme le {when} ({who}) ? Les valeurs actuelles restent dans l'historique.</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Restaurer une version</translation>
    </message>
    <message>
        <source>The version of {when} is restored.</source>
        <translation>La version du {when} est restaurée.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>created it</source>
        <translation>création</translation>
    </message>
    <message>
        <source>moved it to the trash</source>
        <translation>mise à la corbeille</translation>
    </message>
    <message>
        <source>brought it back from the trash</source>
        <translation>sortie de la corbeille</translation>
    </message>
    <message>
        <source>deleted it for good</source>
        <translation>suppression définitive</translation>
    </message>
    <message>
        <source>made it private (it left the other computers)</source>
        <translation>passage en privé (retrait des autres ordinateurs)</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>modification : {fields}</translation>
    </message>
    <message>
        <source>{summary} (at the same time as someone else)</source>
        <translation>{summary} (en même temps que quelqu'un d'autre)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>{value} (at the same time as someone else)</source>
        <translation>{value} (en même temps que quelqu’un d’autre)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Latest scores of each partner</source>
        <translation>Dernières notes de chaque partenaire</translation>
    </message>
    <message>
        <source>Latest score of each partner (↗ up, ↘ down since the review before)</source>
        <translation>Dernière note de chaque partenaire (↗ en hausse, ↘ en baisse depuis l'évaluation précédente)</translation>
    </message>
    <message>
        <source>One review so far: the trend of each practice shows from the second one.</source>
        <translation>Une seule évaluation pour l'instant : la tendance de chaque pratique apparaît à partir de la deuxième.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Things to look at</source>
        <extracomment>The number of notices changed.</extracomment>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Looking for conflicts and possible duplicates…</source>
        <translation>Recherche des conflits et des doublons possibles…</translation>
    </message>
    <message>
        <source>Nothing to look at: no conflicting versions, no possible duplicates.</source>
        <translation>Rien à examiner : aucune version en conflit, aucun doublon possible.</translation>
    </message>
    <message>
        <source>Compare and choose…</source>
        <translation>Comparer et choisir…</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Move it to the trash</source>
        <translation>La mettre à la corbeille</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J'ai compris</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>They are different</source>
        <translation>Ce sont des fiches différentes</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Settled: {record}. Other computers follow at their next synchronisation.</source>
        <translation>Réglé : {record}. Les autres ordinateurs suivront à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Duplicates of {record} settled.</source>
        <translation>Doublons de {record} réglés.</translation>
    </message>
    <message>
        <source>Warning dismissed.</source>
        <translation>Alerte écartée.</translation>
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
        <translation>Modifier l'indicateur</translation>
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
        <translation>d'où vous partez</translation>
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
    <name>Invitation</name>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour :</translation>
    </message>
    <message>
        <source>Project: {project}</source>
        <translation>Projet : {project}</translation>
    </message>
    <message>
        <source>The agenda will follow.</source>
        <translation>L'ordre du jour suivra.</translation>
    </message>
    <message>
        <source>This meeting is cancelled.</source>
        <translation>Cette réunion est annulée.</translation>
    </message>
    <message>
        <source>Video link: {link}</source>
        <translation>Lien de visioconférence : {link}</translation>
    </message>
    <message>
        <source>presented by {person}</source>
        <translation>présenté par {person}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>MailDraft</name>
    <message>
        <source>Cancelled: {meeting}, {date}</source>
        <translation>Annulation : {meeting}, {date}</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Invitation: {meeting}, {date} at {time}</source>
        <translation>Invitation : {meeting}, {date} à {time}</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Bien cordialement,</translation>
    </message>
    <message>
        <source>Minutes - {meeting}</source>
        <translation>Compte rendu - {meeting}</translation>
    </message>
    <message>
        <source>Minutes: {meeting}, {date}</source>
        <translation>Compte rendu : {meeting}, {date}</translation>
    </message>
    <message>
        <source>Next meeting: {meeting}, {date} at {time}.</source>
        <translation>Prochaine réunion : {meeting}, le {date} à {time}.</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <source>Please find attached the minutes of the meeting “{meeting}” of {date}.</source>
        <translation>Vous trouverez ci-joint le compte rendu de la réunion « {meeting} » du {date}.</translation>
    </message>
    <message>
        <source>Please let us know whether you will come or be represented. The attached invitation.ics adds the meeting to your calendar.</source>
        <translation>Merci de nous dire si vous serez présent·e ou représenté·e. Le fichier joint invitation.ics ajoute la réunion à votre agenda.</translation>
    </message>
    <message>
        <source>The meeting “{meeting}” of {date} at {time} is cancelled.</source>
        <translation>La réunion « {meeting} » du {date} à {time} est annulée.</translation>
    </message>
    <message>
        <source>These minutes are a draft until a later meeting approves them: send your corrections before then.</source>
        <translation>Ce compte rendu reste un projet jusqu'à son approbation lors d'une prochaine réunion : envoyez vos corrections d'ici là.</translation>
    </message>
    <message>
        <source>You are invited to the meeting “{meeting}” on {date} at {time}.</source>
        <translation>Vous êtes invité·e à la réunion « {meeting} » le {date} à {time}.</translation>
    </message>
    <message>
        <source>[Note to the sender, to remove before sending] To let know another way (no e-mail address): {names}.</source>
        <translation>[Note pour l'expéditeur, à retirer avant l'envoi] À prévenir autrement (pas d'adresse e-mail) : {names}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{workspace} — coopdesk</source>
        <extracomment>Where the page class comes from when it is not built yet. The page area's loading state while the workspace opens (frame only). What the frame shows instead while the workspace opens (`show_preview`). The workspace's automatic sync, which the shell starts with the workspace (`use_autosync`); the Synchronisation page shows it, whether built or not.</extracomment>
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
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write every record to a JSON file or to CSV files for a spreadsheet</source>
        <translation>Écrire toutes les fiches dans un fichier JSON ou dans des fichiers CSV pour un tableur</translation>
    </message>
    <message>
        <source>Export the &amp;calendar (.ics)…</source>
        <translation>Exporter l'&amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Write the meetings and the due actions to a file that calendar apps import</source>
        <translation>Écrire les réunions et les échéances des actions dans un fichier que les applications d'agenda importent</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sa&amp;uvegardes…</translation>
    </message>
    <message>
        <source>Back up this workspace now, or put a backup back</source>
        <translation>Sauvegarder cet espace de coopération maintenant, ou remettre une sauvegarde</translation>
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
        <source>&amp;History of the selected record…</source>
        <translation>&amp;Historique de la fiche sélectionnée…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About coopdesk</source>
        <translation>À &amp;propos de coopdesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
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
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Opening the workspace… the record opens as soon as it is ready.</source>
        <translation>Ouverture de l'espace de travail… la fiche s'ouvrira dès qu'il sera prêt.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>There is no page for this kind of record yet: {kind}.</source>
        <translation>Aucune page n'affiche encore ce type d'élément : {kind}.</translation>
    </message>
    <message>
        <source>{description} — &lt;a href="undo"&gt;Undo&lt;/a&gt;</source>
        <translation>{description} — &lt;a href="undo"&gt;Annuler&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d'annuler</translation>
    </message>
    <message>
        <source>Undone: {description}</source>
        <translation>Annulé : {description}</translation>
    </message>
    <message>
        <source>Select a record first to see its history.</source>
        <translation>Sélectionnez d'abord une fiche pour voir son historique.</translation>
    </message>
    <message>
        <source>&amp;Undo: {description}</source>
        <translation>&amp;Annuler : {description}</translation>
    </message>
    <message>
        <source>No other recent workspace</source>
        <translation>Aucun autre espace récent</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Export vers {name}…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d'exporter</translation>
    </message>
    <message>
        <source>Calendar written to {path}</source>
        <translation>Agenda écrit dans {path}</translation>
    </message>
    <message>
        <source>Export written to {path}</source>
        <translation>Export écrit dans {path}</translation>
    </message>
    <message>
        <source>Cannot open the folder {folder}</source>
        <translation>Impossible d'ouvrir le dossier {folder}</translation>
    </message>
</context>
<context>
    <name>MeetingDetailView</name>
    <message>
        <source>← All meetings</source>
        <translation>← Toutes les réunions</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Alt+Left)</source>
        <translation>Revenir à la liste des réunions (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Marquer comme tenue</translation>
    </message>
    <message>
        <source>The meeting took place: its minutes can be written</source>
        <translation>La réunion a eu lieu : son compte rendu peut être rédigé</translation>
    </message>
    <message>
        <source>Join the video call</source>
        <translation>Rejoindre la visio</translation>
    </message>
    <message>
        <source>Title, date, place, status, secretary</source>
        <translation>Titre, date, lieu, statut, secrétaire de séance</translation>
    </message>
    <message>
        <source>Move the meeting to the trash</source>
        <translation>Mettre la réunion à la corbeille</translation>
    </message>
    <message>
        <source>{status} · {project}</source>
        <translation>{status} · {project}</translation>
    </message>
    <message>
        <source>This meeting is in the trash.</source>
        <translation>Cette réunion est dans la corbeille.</translation>
    </message>
    <message>
        <source>The minutes of this meeting were approved at the meeting “{approving}”: it can no longer be changed, only annotated (Minutes ▸ Annotate…).</source>
        <translation>Le compte rendu de cette réunion a été approuvé lors de la réunion « {approving} » : il ne peut plus être modifié, seulement annoté (Compte rendu ▸ Annoter…).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No place recorded yet: “Edit…” to say where it takes place.</source>
        <translation>Aucun lieu indiqué : « Modifier… » pour dire où elle a lieu.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Président·e</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>{day} at {start}</source>
        <translation>{day} à {start}</translation>
    </message>
    <message>
        <source>{day}, {start} – {end} ({length})</source>
        <translation>{day}, {start} – {end} ({length})</translation>
    </message>
    <message>
        <source>{day} at {start} to {end_day} at {end} ({length})</source>
        <translation>du {day} à {start} au {end_day} à {end} ({length})</translation>
    </message>
    <message>
        <source>Agenda ({count})</source>
        <translation>Ordre du jour ({count})</translation>
    </message>
    <message>
        <source>Attendance ({attending} of {total})</source>
        <translation>Présences ({attending} sur {total})</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Decisions ({count})</source>
        <translation>Décisions ({count})</translation>
    </message>
    <message>
        <source>To follow up ({count})</source>
        <translation>À suivre ({count})</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>for example Steering committee</source>
        <translation>par exemple Comité de pilotage</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>A time on the day the meeting starts (20:00), or a date and a time.</source>
        <translation>Une heure le jour où commence la réunion (20:00), ou une date et une heure.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>General assemblies, the board and the bureau print a procès-verbal to sign; other meetings print a compte rendu.</source>
        <translation>Les assemblées générales, le conseil d'administration et le bureau impriment un procès-verbal à signer ; les autres réunions, un compte rendu.</translation>
    </message>
    <message>
        <source>President of the meeting</source>
        <translation>Président·e de séance</translation>
    </message>
    <message>
        <source>Secretary (takes the minutes)</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Convened on</source>
        <translation>Convocation envoyée le</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Convoquée par</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Séance levée à</translation>
    </message>
    <message>
        <source>When the president closed the meeting (“la séance est levée à …”).</source>
        <translation>L'heure à laquelle la présidence a levé la séance (« la séance est levée à … »).</translation>
    </message>
    <message>
        <source>This meeting has its own quorum rule</source>
        <translation>Cette réunion a sa propre règle de quorum</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Quorum of this meeting</source>
        <translation>Quorum de cette réunion</translation>
    </message>
    <message>
        <source>Proxies one person may hold</source>
        <translation>Pouvoirs par personne (au plus)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Meeting's fields</source>
        <translation>Champs de la réunion</translation>
    </message>
    <message>
        <source>Length: {length}</source>
        <translation>Durée : {length}</translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <source>Search a title, a place or a project…</source>
        <translation>Chercher un titre, un lieu ou un projet…</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Chercher des réunions</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Upcoming or past</source>
        <translation>À venir ou passées</translation>
    </message>
    <message>
        <source>Upcoming and past</source>
        <translation>À venir et passées</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Show the meetings in the trash, to restore them</source>
        <translation>Afficher les réunions mises à la corbeille, pour les restaurer</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Plan a meeting (Ctrl+N)</source>
        <translation>Prévoir une réunion (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show the meeting's page: agenda, attendance, decisions (Enter)</source>
        <translation>Afficher la page de la réunion : ordre du jour, présences, décisions (Entrée)</translation>
    </message>
    <message>
        <source>Edit the meeting (F2)</source>
        <translation>Modifier la réunion (F2)</translation>
    </message>
    <message>
        <source>Move the meeting to the trash (Del)</source>
        <translation>Mettre la réunion à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash holds no meeting.</source>
        <translation>La corbeille ne contient aucune réunion.</translation>
    </message>
    <message>
        <source>Back to the meetings</source>
        <translation>Revenir aux réunions</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>Aucune réunion ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No meeting yet.
Plan the first one: then prepare its agenda, mark who comes, and record the decisions and actions.</source>
        <translation>Aucune réunion pour l'instant.
Prévoyez la première : puis préparez son ordre du jour, notez qui vient, et enregistrez les décisions et les actions.</translation>
    </message>
</context>
<context>
    <name>MeetingSending</name>
    <message>
        <source>Attendance sheet (print preview)…</source>
        <translation>Feuille d'émargement (aperçu avant impression)…</translation>
    </message>
    <message>
        <source>Export the attendance sheet (PDF)…</source>
        <translation>Exporter la feuille d'émargement (PDF)…</translation>
    </message>
    <message>
        <source>Send the invitation…</source>
        <translation>Envoyer l'invitation…</translation>
    </message>
    <message>
        <source>Send the minutes…</source>
        <translation>Envoyer le compte rendu…</translation>
    </message>
    <message>
        <source>Send the cancellation…</source>
        <translation>Envoyer l'annulation…</translation>
    </message>
    <message>
        <source>Attendance sheet - {meeting}</source>
        <translation>Feuille d'émargement - {meeting}</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Enregistrer la feuille d'émargement</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance sheet not saved</source>
        <translation>Feuille d'émargement non enregistrée</translation>
    </message>
    <message>
        <source>The attendance sheet could not be written: {reason}</source>
        <translation>La feuille d'émargement n'a pas pu être écrite : {reason}</translation>
    </message>
    <message>
        <source>Attendance sheet saved to {path}.</source>
        <translation>Feuille d'émargement enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Minutes not sent</source>
        <translation>Compte rendu non envoyé</translation>
    </message>
    <message>
        <source>The minutes could not be written: {reason}</source>
        <translation>Le compte rendu n'a pas pu être écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>MeetingWidgets</name>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} h {minutes}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>for example 20 or 1 h 30</source>
        <translation>par exemple 20 ou 1 h 30</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>MeetingsModels</name>
    <message>
        <source>Video: {link}</source>
        <translation>Visio : {link}</translation>
    </message>
    <message>
        <source>{status} · signs the minutes</source>
        <translation>{status} · signe le procès-verbal</translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation>{name} (invité·e)</translation>
    </message>
    <message>
        <source>{name} (no vote)</source>
        <translation>{name} (sans voix délibérative)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Place or video</source>
        <translation>Lieu ou visio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Organisation / person</source>
        <translation>Structure / personne</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté·e par</translation>
    </message>
    <message>
        <source>The organisation as a whole</source>
        <translation>La structure dans son ensemble</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Sans structure</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représentée</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Absente</translation>
    </message>
    <message>
        <source>Adopted unanimously</source>
        <translation>Adoptée à l'unanimité</translation>
    </message>
    <message>
        <source>Rejected unanimously</source>
        <translation>Rejetée à l'unanimité</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>Which {kind} do you keep? Every link to the others (contacts, partnerships, actions, meetings…) moves to it, and the others go to the trash, from where they can be restored.</source>
        <translation>Quelle fiche ({kind}) gardez-vous ? Tous les liens vers les autres (contacts, partenariats, actions, réunions…) passent sur elle, et les autres vont à la corbeille, d'où elles peuvent être restaurées.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>MergeEditor</name>
    <message>
        <source>Every line of every version is below, common lines once. Correct it into the text to keep, then save.</source>
        <translation>Toutes les lignes de toutes les versions sont ci-dessous, les lignes communes une seule fois. Corrigez-les pour obtenir le texte à garder, puis enregistrez.</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <extracomment>(light, dark) style of the bar for a refusal. (light, dark) style of the bar for a confirmation.</extracomment>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>Actions decided</source>
        <translation>Actions décidées</translation>
    </message>
    <message>
        <source>Agenda and discussions</source>
        <translation>Ordre du jour et échanges</translation>
    </message>
    <message>
        <source>Agenda item: {item}</source>
        <translation>Point de l'ordre du jour : {item}</translation>
    </message>
    <message>
        <source>Annotations after approval</source>
        <translation>Annotations après approbation</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dec.</source>
        <translation>Déc.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Draft minutes, to be approved at a later meeting.</source>
        <translation>Projet de compte rendu, à approuver lors d'une prochaine réunion.</translation>
    </message>
    <message>
        <source>Draft: this meeting has not been held yet.</source>
        <translation>Projet : cette réunion n'a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>General notes</source>
        <translation>Notes générales</translation>
    </message>
    <message>
        <source>Minutes not approved yet.</source>
        <translation>Compte rendu non encore approuvé.</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Compte rendu de réunion</translation>
    </message>
    <message>
        <source>Minutes: {meeting}</source>
        <translation>Compte rendu : {meeting}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>No action decided.</source>
        <translation>Aucune action décidée.</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Pas encore fixée.</translation>
    </message>
    <message>
        <source>Open actions carried over</source>
        <translation>Actions en cours reportées</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Conclusion : {outcome}</translation>
    </message>
    <message>
        <source>Partner associations</source>
        <translation>Associations partenaires</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Present: {present} · represented: {represented} · excused: {excused} · absent: {absent}.</source>
        <translation>Présents : {present} · représentés : {represented} · excusés : {excused} · absents : {absent}.</translation>
    </message>
    <message>
        <source>Presented by {person}.</source>
        <translation>Présentation : {person}.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Quorum reached: {attending} of {partners} voting partner organisations present or represented (quorum: {quorum}).</source>
        <translation>Quorum atteint : {attending} structures sur {partners} ayant voix délibérative présentes ou représentées (quorum : {quorum}).</translation>
    </message>
    <message>
        <source>Quorum not reached: {attending} of {partners} voting partner organisations present or represented (quorum: {quorum}).</source>
        <translation>Quorum non atteint : {attending} structures sur {partners} ayant voix délibérative présentes ou représentées (quorum : {quorum}).</translation>
    </message>
    <message>
        <source>Adopted by {votes}.</source>
        <translation>Adoptée par {votes}.</translation>
    </message>
    <message>
        <source>Rejected by {votes}.</source>
        <translation>Rejetée par {votes}.</translation>
    </message>
    <message>
        <source>Adopted by secret ballot, by {votes}.</source>
        <translation>Adoptée à bulletin secret par {votes}.</translation>
    </message>
    <message>
        <source>Rejected by secret ballot, by {votes}.</source>
        <translation>Rejetée à bulletin secret par {votes}.</translation>
    </message>
    <message>
        <source>The members were convened on {date} by {person}, by e-mail.</source>
        <translation>Les membres ont été convoqués le {date} par {person}, par courrier électronique.</translation>
    </message>
    <message>
        <source>The members were convened on {date} by {person}, by letter.</source>
        <translation>Les membres ont été convoqués le {date} par {person}, par courrier postal.</translation>
    </message>
    <message>
        <source>The members were convened on {date} by {person}, by e-mail and by letter.</source>
        <translation>Les membres ont été convoqués le {date} par {person}, par courrier électronique et par courrier postal.</translation>
    </message>
    <message>
        <source>The members were convened on {date}, by e-mail.</source>
        <translation>Les membres ont été convoqués le {date}, par courrier électronique.</translation>
    </message>
    <message>
        <source>The members were convened on {date}, by letter.</source>
        <translation>Les membres ont été convoqués le {date}, par courrier postal.</translation>
    </message>
    <message>
        <source>The members were convened on {date}, by e-mail and by letter.</source>
        <translation>Les membres ont été convoqués le {date}, par courrier électronique et par courrier postal.</translation>
    </message>
    <message>
        <source>Attending without a vote: {names}.</source>
        <translation>Assistent sans voix délibérative : {names}.</translation>
    </message>
    <message>
        <source>Adopted unanimously by the members present and represented.</source>
        <translation>Adoptée à l'unanimité des membres présents et représentés.</translation>
    </message>
    <message>
        <source>Rejected unanimously by the members present and represented.</source>
        <translation>Rejetée à l'unanimité des membres présents et représentés.</translation>
    </message>
    <message>
        <source>Adopted unanimously by secret ballot.</source>
        <translation>Adoptée à l'unanimité, à bulletin secret.</translation>
    </message>
    <message>
        <source>Rejected unanimously by secret ballot.</source>
        <translation>Rejetée à l'unanimité, à bulletin secret.</translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>President of the meeting</source>
        <translation>Président·e de séance</translation>
    </message>
    <message>
        <source>{role}, without a vote</source>
        <translation>{role}, sans voix délibérative</translation>
    </message>
    <message>
        <source>guest, without a vote</source>
        <translation>invitée, sans voix délibérative</translation>
    </message>
    <message>
        <source>Proxy not counted: {organisation}, represented by {holder}, who already holds {limit} (the most one person may hold).</source>
        <translation>Pouvoir non compté : {organisation}, représentée par {holder}, qui en détient déjà {limit} (le maximum par personne).</translation>
    </message>
    <message>
        <source>Proxy not counted: {organisation}, represented by {holder}, who is not present.</source>
        <translation>Pouvoir non compté : {organisation}, représentée par {holder}, qui n'est pas présent·e.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>With the agenda dealt with, the meeting was closed at {time}.</source>
        <translation>L'ordre du jour étant épuisé, la séance est levée à {time}.</translation>
    </message>
    <message>
        <source>{hours}:{minutes}</source>
        <translation>{hours} h {minutes}</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Detail of the vote: {detail}</source>
        <translation>Détail du vote : {detail}</translation>
    </message>
    <message>
        <source>{n} vote for</source>
        <translation>{n} voix pour</translation>
    </message>
    <message>
        <source>{n} votes for</source>
        <translation>{n} voix pour</translation>
    </message>
    <message>
        <source>{n} against</source>
        <translation>{n} contre</translation>
    </message>
    <message>
        <source>{n} not taking part in the vote</source>
        <translation>{n} ne prenant pas part au vote</translation>
    </message>
    <message>
        <source>{organisation} ({role})</source>
        <translation>{organisation} ({role})</translation>
    </message>
    <message>
        <source>{n} abstention</source>
        <translation>{n} abstention</translation>
    </message>
    <message>
        <source>{n} abstentions</source>
        <translation>{n} abstentions</translation>
    </message>
    <message>
        <source>Minutes of the ordinary general assembly</source>
        <translation>Procès-verbal de l'assemblée générale ordinaire</translation>
    </message>
    <message>
        <source>Minutes of the extraordinary general assembly</source>
        <translation>Procès-verbal de l'assemblée générale extraordinaire</translation>
    </message>
    <message>
        <source>Minutes of the board meeting</source>
        <translation>Procès-verbal du conseil d'administration</translation>
    </message>
    <message>
        <source>Minutes of the bureau meeting</source>
        <translation>Procès-verbal de la réunion du bureau</translation>
    </message>
    <message>
        <source>Decision no. {number}: {text}</source>
        <translation>Décision n° {number} : {text}</translation>
    </message>
    <message>
        <source>Other decisions</source>
        <translation>Autres décisions</translation>
    </message>
    <message>
        <source>{heading}: {meeting}</source>
        <translation>{heading} : {meeting}</translation>
    </message>
    <message>
        <source>The meeting opened on {date} at {time}.</source>
        <translation>La séance est ouverte le {date} à {time}.</translation>
    </message>
    <message>
        <source>Voting member organisations: {voting}; present: {present}; represented: {represented}; that is {attending} present or represented.</source>
        <translation>Structures ayant voix délibérative : {voting} ; présentes : {present} ; représentées : {represented} ; soit {attending} présentes ou représentées.</translation>
    </message>
    <message>
        <source>The quorum being {fraction} of the voting organisations, that is {required}, it is reached: the members present and represented can validly deliberate.</source>
        <translation>Le quorum étant fixé à {fraction} des structures ayant voix délibérative, soit {required}, il est atteint : les membres présents et représentés peuvent valablement délibérer.</translation>
    </message>
    <message>
        <source>The quorum being {fraction} of the voting organisations, that is {required}, it is not reached: the members present and represented cannot validly deliberate.</source>
        <translation>Le quorum étant fixé à {fraction} des structures ayant voix délibérative, soit {required}, il n'est pas atteint : les membres présents et représentés ne peuvent valablement délibérer.</translation>
    </message>
    <message>
        <source>The quorum being {required} organisations, it is reached: the members present and represented can validly deliberate.</source>
        <translation>Le quorum étant fixé à {required} structures, il est atteint : les membres présents et représentés peuvent valablement délibérer.</translation>
    </message>
    <message>
        <source>The quorum being {required} organisations, it is not reached: the members present and represented cannot validly deliberate.</source>
        <translation>Le quorum étant fixé à {required} structures, il n'est pas atteint : les membres présents et représentés ne peuvent valablement délibérer.</translation>
    </message>
    <message>
        <source>Agenda and deliberations</source>
        <translation>Ordre du jour et délibérations</translation>
    </message>
    <message>
        <source>Opening of the meeting</source>
        <translation>Ouverture de la séance</translation>
    </message>
    <message>
        <source>by video conference</source>
        <translation>en visioconférence</translation>
    </message>
    <message>
        <source>The meeting opened on {date} at {time} ({place}).</source>
        <translation>La séance est ouverte le {date} à {time} ({place}).</translation>
    </message>
    <message>
        <source>The meeting is chaired by {president}; {secretary} is the secretary of the meeting.</source>
        <translation>La séance est présidée par {president} ; {secretary} en est secrétaire de séance.</translation>
    </message>
    <message>
        <source>The meeting is chaired by {president}.</source>
        <translation>La séance est présidée par {president}.</translation>
    </message>
    <message>
        <source>{secretary} is the secretary of the meeting.</source>
        <translation>{secretary} est secrétaire de séance.</translation>
    </message>
    <message>
        <source>No president of the meeting is named.</source>
        <translation>Aucun·e président·e de séance n'est désigné·e.</translation>
    </message>
    <message>
        <source>No quorum is set for this meeting.</source>
        <translation>Aucun quorum n'est fixé pour cette séance.</translation>
    </message>
    <message>
        <source>Official minutes approved at the meeting “{meeting}” of {date}.</source>
        <translation>Procès-verbal approuvé lors de la réunion « {meeting} » du {date}.</translation>
    </message>
    <message>
        <source>Draft official minutes, to be approved at a later meeting.</source>
        <translation>Projet de procès-verbal, à approuver lors d'une prochaine réunion.</translation>
    </message>
    <message>
        <source>Official minutes not approved yet.</source>
        <translation>Procès-verbal non encore approuvé.</translation>
    </message>
    <message>
        <source>Voting members</source>
        <translation>Membres ayant voix délibérative</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Autres partenaires</translation>
    </message>
    <message>
        <source>Represented by {person}</source>
        <translation>Représenté·e par {person}</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Secretary of the meeting</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This meeting was cancelled.</source>
        <translation>Cette réunion a été annulée.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>With the agenda dealt with, the meeting was closed.</source>
        <translation>L'ordre du jour étant épuisé, la séance est levée.</translation>
    </message>
    <message>
        <source>Without an association</source>
        <translation>Sans structure</translation>
    </message>
    <message>
        <source>{organisation} (the organisation)</source>
        <translation>{organisation} (la structure)</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{title}, {date} at {time}</source>
        <translation>{title}, le {date} à {time}</translation>
    </message>
</context>
<context>
    <name>MinutesMenu</name>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export ODT (LibreOffice)…</source>
        <translation>Exporter en ODT (LibreOffice)…</translation>
    </message>
    <message>
        <source>Approve minutes…</source>
        <translation>Approuver le compte rendu…</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Annoter…</translation>
    </message>
    <message>
        <source>Carry over open actions</source>
        <translation>Reporter les actions en cours</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Print, export, approve, annotate or send the minutes; the attendance sheet and the invitation (Ctrl+P: print preview)</source>
        <translation>Imprimer, exporter, approuver, annoter ou envoyer le compte rendu ; la feuille d'émargement et l'invitation (Ctrl+P : aperçu avant impression)</translation>
    </message>
    <message>
        <source>Official minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Minutes - {meeting}</source>
        <translation>Compte rendu - {meeting}</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Enregistrer le compte rendu</translation>
    </message>
    <message>
        <source>Minutes not saved</source>
        <translation>Compte rendu non enregistré</translation>
    </message>
    <message>
        <source>The minutes could not be written: {reason}</source>
        <translation>Le compte rendu n'a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>Minutes saved to {path}.</source>
        <translation>Compte rendu enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting: plan the next meeting first.</source>
        <translation>Un compte rendu s'approuve lors d'une réunion ultérieure : planifiez d'abord la prochaine réunion.</translation>
    </message>
    <message>
        <source>Annotate the minutes</source>
        <translation>Annoter le compte rendu</translation>
    </message>
    <message>
        <source>Note added to the approved minutes of “{title}” (dated and signed with your name):</source>
        <translation>Note ajoutée au compte rendu approuvé de « {title} » (datée et signée de votre nom) :</translation>
    </message>
    <message>
        <source>No open action left to carry over.</source>
        <translation>Plus aucune action en cours à reporter.</translation>
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
    <name>MonthCalendar</name>
    <message>
        <source>Calendar of the bookings</source>
        <extracomment>A booking was clicked: its id. A booking was double-clicked or chosen with Enter: its id. A free day was double-clicked or chosen with Enter: the date. The month shown changed from the keyboard: (year, month).</extracomment>
        <translation>Calendrier des réservations</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>{time} {name}</source>
        <translation>{time} {name}</translation>
    </message>
    <message>
        <source>{day}: {bookings}</source>
        <translation>{day} : {bookings}</translation>
    </message>
    <message>
        <source>{day}: free</source>
        <translation>{day} : libre</translation>
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
    <name>NotSharedView</name>
    <message>
        <source>&amp;Share through a folder…</source>
        <translation>&amp;Partager par un dossier…</translation>
    </message>
    <message>
        <source>Choose a folder that your partners can reach too</source>
        <translation>Choisir un dossier auquel vos partenaires ont aussi accès</translation>
    </message>
    <message>
        <source>Work together, each on your own computer</source>
        <translation>Travailler ensemble, chacun sur son ordinateur</translation>
    </message>
    <message>
        <source>For now this workspace lives on this computer only. Share it, and the other associations of the cooperation see and change the same projects, contacts, meetings and actions on their computers, even without internet: changes are exchanged as soon as the folder is reachable.</source>
        <translation>Pour l'instant, cet espace de coopération n'existe que sur cet ordinateur. Partagez-le, et les autres associations de la coopération voient et modifient les mêmes projets, contacts, réunions et actions sur leurs ordinateurs, même sans internet : les modifications s'échangent dès que le dossier est accessible.</translation>
    </message>
    <message>
        <source>Sharing goes through a folder that all of you can reach: a shared folder of Nextcloud, Dropbox, OneDrive or Syncthing, or a network drive. Each computer writes its own files there and reads the others'; nothing is ever overwritten. When two people change the same text at the same time, coopdesk keeps both versions and asks which one to keep.</source>
        <translation>Le partage passe par un dossier auquel vous avez tous accès : un dossier partagé Nextcloud, Dropbox, OneDrive ou Syncthing, ou un lecteur réseau. Chaque ordinateur y écrit ses propres fichiers et lit ceux des autres ; rien n'est jamais écrasé. Quand deux personnes modifient le même texte en même temps, coopdesk garde les deux versions et demande laquelle conserver.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer before you choose the folder. Exchanges marked private are never shared.</source>
        <translation>Rien ne quitte cet ordinateur avant que vous choisissiez le dossier. Les échanges marqués privés ne sont jamais partagés.</translation>
    </message>
    <message>
        <source>Another association already shares its workspace with you? Join it from coopdesk's start window (“Join a shared workspace…”): it becomes a new workspace on this computer.</source>
        <translation>Une autre association partage déjà son espace avec vous ? Rejoignez-le depuis la fenêtre d'accueil de coopdesk (« Rejoindre un espace partagé… ») : il devient un nouvel espace sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Notes on the agenda item</source>
        <extracomment>The notes of an item were saved: its id. Which versions of the texts the editor opened (see RecordService.update's base).</extracomment>
        <translation>Notes sur le point de l'ordre du jour</translation>
    </message>
    <message>
        <source>What was said: the discussion, figures, questions raised…</source>
        <translation>Ce qui a été dit : la discussion, les chiffres, les questions soulevées…</translation>
    </message>
    <message>
        <source>Outcome of the agenda item</source>
        <translation>Conclusion du point de l'ordre du jour</translation>
    </message>
    <message>
        <source>What came out of it, in a sentence or two</source>
        <translation>Ce qui en est ressorti, en une phrase ou deux</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Concl&amp;usion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the notes now (Ctrl+S); they are also saved when you leave the item</source>
        <translation>Enregistrer les notes maintenant (Ctrl+S) ; elles sont aussi enregistrées quand vous quittez le point</translation>
    </message>
    <message>
        <source>Save the agenda item's notes</source>
        <translation>Enregistrer les notes du point de l’ordre du jour</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Choose an agenda item to take its notes.</source>
        <translation>Choisissez un point de l'ordre du jour pour prendre ses notes.</translation>
    </message>
    <message>
        <source>This agenda item was deleted: your notes are still here, copy them before you choose another item.</source>
        <translation>Ce point de l'ordre du jour a été supprimé : vos notes sont encore là, copiez-les avant de choisir un autre point.</translation>
    </message>
    <message>
        <source>Not saved yet: saved when you leave this item, or now with Ctrl+S.</source>
        <translation>Pas encore enregistré : enregistré quand vous quittez ce point, ou tout de suite avec Ctrl+S.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
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
        <translation>Modifier l'objectif</translation>
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
        <translation>Mesurer l'objectif sélectionné : une situation de départ, une cible et la valeur actuelle</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>No common objective yet. Agree on what the partners want to achieve together, then add an indicator to follow each objective.</source>
        <translation>Aucun objectif commun pour l'instant. Mettez-vous d'accord sur ce que les partenaires veulent réaliser ensemble, puis ajoutez un indicateur pour suivre chaque objectif.</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>Organisation details</source>
        <extracomment>The id of the organisation a new contact should be added to.</extracomment>
        <translation>Fiche de la structure</translation>
    </message>
    <message>
        <source>Select an organisation to see its contacts, projects, actions, resources and exchanges.</source>
        <translation>Sélectionnez une structure pour voir ses contacts, ses projets, ses actions, ses ressources et ses échanges.</translation>
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
        <translation>Ce qu'elle peut apporter</translation>
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
        <translation>Aucun contact pour l'instant.</translation>
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
        <translation>Partenaire d'aucun projet pour l'instant.</translation>
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
        <translation>Ce qu'elle peut &amp;apporter</translation>
    </message>
    <message>
        <source>Skills, rooms, equipment, volunteers… it can share with partners.</source>
        <translation>Compétences, salles, matériel, bénévoles… qu'elle peut partager avec les partenaires.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>In the trash: select it and click “Restore” to bring it back.</source>
        <translation>Dans la corbeille : sélectionnez-la et cliquez sur « Restaurer » pour la récupérer.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
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
        <source>&amp;Print its open actions…</source>
        <translation>&amp;Imprimer ses actions en cours…</translation>
    </message>
    <message>
        <source>Print the open actions of the selected organisation across every project, for volunteers who work without a computer</source>
        <translation>Imprimer les actions en cours de la structure choisie, tous projets confondus, pour les bénévoles qui travaillent sans ordinateur</translation>
    </message>
    <message>
        <source>No organisation yet. Click “New organisation” (Ctrl+N) to add the first partner.</source>
        <translation>Aucune structure pour l'instant. Cliquez sur « Nouvelle structure » (Ctrl+N) pour ajouter le premier partenaire.</translation>
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
        <source>Residents' participation</source>
        <translation>Participation des habitants</translation>
    </message>
    <message>
        <source>This project is run as a cooperation. If it becomes contractual (a lead partner, a funder's agreement, reports to send), switch it to consortium mode with “Edit…” to follow the lead partner, the agreement and the reporting deadlines here.</source>
        <translation>Ce projet est mené en coopération. S'il devient contractuel (un chef de file, une convention avec un financeur, des comptes rendus à envoyer), passez-le en mode consortium avec « Modifier… » pour suivre ici le chef de file, la convention et les échéances de compte rendu.</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <source>Add it to the partners</source>
        <translation>L'ajouter aux partenaires</translation>
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
        <source>Project overview</source>
        <translation>Vue d’ensemble du projet</translation>
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
    <message>
        <source>{fraction} of the voting partners</source>
        <translation>{fraction} des structures ayant voix délibérative</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{quorum}; at most %n proxy(ies) per person</source>
        <translation>
            <numerusform>{quorum} ; %n pouvoir au plus par personne</numerusform>
            <numerusform>{quorum} ; %n pouvoirs au plus par personne</numerusform>
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
        <source>No reporting deadline yet. Add the reports and deliverables the funder's agreement asks for, with their dates.</source>
        <translation>Aucune échéance de compte rendu pour l'instant. Ajoutez les rapports et livrables demandés par la convention du financeur, avec leurs dates.</translation>
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
    <name>PartnerActionsSheet</name>
    <message>
        <source>Open actions of {organisation}</source>
        <translation>Actions en cours de {organisation}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done on, notes</source>
        <translation>Fait le, remarques</translation>
    </message>
    <message>
        <source>Late ({days} d)</source>
        <translation>En retard ({days} j)</translation>
    </message>
    <message>
        <source>On {date}: {count} open · {late} late</source>
        <translation>Au {date} : {count} en cours · {late} en retard</translation>
    </message>
    <message>
        <source>Tick what is done and give this sheet back to the person who keeps the action plan up to date.</source>
        <translation>Cochez ce qui est fait et rendez cette feuille à la personne qui tient le plan d'action à jour.</translation>
    </message>
    <message>
        <source>No open action: nothing to do for now.</source>
        <translation>Aucune action en cours : rien à faire pour l'instant.</translation>
    </message>
    <message>
        <source>Outside any project</source>
        <translation>Hors projet</translation>
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
        <translation>L'annuaire ne contient encore aucune structure : ajoutez d'abord les structures partenaires dans l'Annuaire.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Vote in meetings</source>
        <translation>Voix délibérative</translation>
    </message>
    <message>
        <source>Whether it counts toward the quorum and votes. As its role says: the lead partner and the partners vote; funders, supporters, observers and guests do not.</source>
        <translation>Si elle compte pour le quorum et vote. Selon son rôle : la structure cheffe de file et les partenaires votent ; les financeurs, soutiens, observateurs et invités non.</translation>
    </message>
    <message>
        <source>What it brings</source>
        <translation>Ce qu'elle apporte</translation>
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
    <name>PartnerSections</name>
    <message numerus="yes">
        <source>…and %n more in {where}.</source>
        <translation>
            <numerusform>…et %n autre dans {where}.</numerusform>
            <numerusform>…et %n autres dans {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions (%n)</source>
        <translation>
            <numerusform>Actions en cours (%n)</numerusform>
            <numerusform>Actions en cours (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No open action for this partner.</source>
        <translation>Aucune action en cours pour ce partenaire.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>the Action plan</source>
        <translation>le Plan d'action</translation>
    </message>
    <message numerus="yes">
        <source>Pooled resources (%n)</source>
        <translation>
            <numerusform>Ressources mutualisées (%n)</numerusform>
            <numerusform>Ressources mutualisées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offers no resource to the partners yet.</source>
        <translation>Ne propose encore aucune ressource aux partenaires.</translation>
    </message>
    <message>
        <source>No loan or borrowing in {year}.</source>
        <translation>Aucun prêt ni emprunt en {year}.</translation>
    </message>
    <message>
        <source>Lent in {year}</source>
        <translation>Prêté en {year}</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n loan(s))</source>
        <translation>
            <numerusform>{value} (%n prêt)</numerusform>
            <numerusform>{value} (%n prêts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received in {year}</source>
        <translation>Reçu en {year}</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n borrowing(s))</source>
        <translation>
            <numerusform>{value} (%n emprunt)</numerusform>
            <numerusform>{value} (%n emprunts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>Échanges (%n)</numerusform>
            <numerusform>Échanges (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due.</source>
        <translation>
            <numerusform>%n suite à donner est due.</numerusform>
            <numerusform>%n suites à donner sont dues.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange logged with this partner yet.</source>
        <translation>Aucun échange noté avec ce partenaire pour l'instant.</translation>
    </message>
    <message>
        <source>(private)</source>
        <translation>(privé)</translation>
    </message>
    <message>
        <source>the Exchange log</source>
        <translation>le Journal des échanges</translation>
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
        <source>No partner yet. Add the organisations taking part: each one's role, what it brings and what it commits to.</source>
        <translation>Aucun partenaire pour l'instant. Ajoutez les structures qui participent : le rôle de chacune, ce qu'elle apporte et ce à quoi elle s'engage.</translation>
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
        <translation>Sélectionnez un partenaire pour lire en entier ce qu'il apporte et ses engagements.</translation>
    </message>
    <message>
        <source>{name} brings</source>
        <translation>Ce qu'apporte {name}</translation>
    </message>
    <message>
        <source>Its commitments</source>
        <translation>Ses engagements</translation>
    </message>
    <message>
        <source>Nothing recorded yet about what {name} brings or commits to: “Edit…” to say it.</source>
        <translation>Rien n'est encore noté sur ce qu'apporte {name} ni sur ses engagements : « Modifier… » pour l'indiquer.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l'équipe</translation>
    </message>
    <message>
        <source>The shared folder of “{team}” is encrypted. Type the team passphrase: this laptop then keeps the team key in its keyring.</source>
        <translation>Le dossier partagé de « {team} » est chiffré. Tapez la phrase secrète de l'équipe : cet ordinateur garde ensuite la clé de l'équipe dans son trousseau.</translation>
    </message>
    <message>
        <source>This shared folder is encrypted, its name too: it shows once the team passphrase is given. Type the team passphrase: this laptop then keeps the team key in its keyring.</source>
        <translation>Ce dossier partagé est chiffré, son nom aussi : il s'affiche une fois la phrase secrète de l'équipe donnée. Tapez la phrase secrète de l'équipe : cet ordinateur garde ensuite la clé de l'équipe dans son trousseau.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
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
        <translation>Aucun contact pour l'instant. Cliquez sur « Nouveau contact » (Ctrl+N) pour ajouter la première personne avec qui vous travaillez.</translation>
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
        <source>Contact details</source>
        <translation>Fiche du contact</translation>
    </message>
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
        <translation>Aucune base légale indiquée : le RGPD vous demande de savoir pourquoi vous conservez ces coordonnées. Modifiez le contact pour l'indiquer.</translation>
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
        <source>Why you may keep this person's details under the RGPD (GDPR).</source>
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
    <name>Printing</name>
    <message>
        <source>page {number} / {total}</source>
        <translation>page {number} / {total}</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Aperçu avant impression : {title}</translation>
    </message>
</context>
<context>
    <name>ProjectDetailView</name>
    <message>
        <source>← All projects</source>
        <translation>← Tous les projets</translation>
    </message>
    <message>
        <source>Back to the list of projects (Alt+Left)</source>
        <translation>Revenir à la liste des projets (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Move the project to the trash</source>
        <translation>Mettre le projet à la corbeille</translation>
    </message>
    <message>
        <source>Cooperation dossier (PDF)…</source>
        <translation>Dossier de coopération (PDF)…</translation>
    </message>
    <message>
        <source>One PDF with the charter, commitments, meetings, decisions, actions, pooled resources and reviews, for funders and hand-over</source>
        <translation>Un PDF avec la charte, les engagements, les réunions, les décisions, les actions, les ressources mutualisées et les évaluations, pour les financeurs et la passation</translation>
    </message>
    <message>
        <source>Title, status, dates, budget, territory</source>
        <translation>Titre, statut, dates, budget, territoire</translation>
    </message>
    <message>
        <source>This project is in the trash.</source>
        <translation>Ce projet est dans la corbeille.</translation>
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
        <translation>Aucune date ni aucun budget indiqués pour l'instant.</translation>
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
        <translation>jusqu'au {end}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
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
        <source>A cooperation is supple and often informal; a consortium is contractual: a lead partner, a funder's agreement, defined roles and shares, reporting deadlines.</source>
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
        <source>Residents' participation</source>
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
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>How many voting partners must be present or represented for the project's meetings to decide: a number (4) or a fraction of them (1/2). A meeting may have its own.</source>
        <translation>Combien de structures ayant voix délibérative doivent être présentes ou représentées pour que les réunions du projet décident : un nombre (4) ou une fraction (1/2). Une réunion peut avoir sa propre règle.</translation>
    </message>
    <message>
        <source>Proxies one person may hold</source>
        <translation>Pouvoirs par personne (au plus)</translation>
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
        <translation>Chercher un titre ou un quartier…</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Chercher des projets</translation>
    </message>
    <message>
        <source>Edit the project (F2)</source>
        <translation>Modifier le projet (F2)</translation>
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
        <source>Show the projects in the trash, to restore them</source>
        <translation>Afficher les projets mis à la corbeille, pour les restaurer</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
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
        <source>Show the project's page (Enter)</source>
        <translation>Afficher la page du projet (Entrée)</translation>
    </message>
    <message>
        <source>Move the project to the trash (Del)</source>
        <translation>Mettre le projet à la corbeille (Suppr)</translation>
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
        <source>No shared project yet.
Create the first one: its partners, common objectives and charter come next.</source>
        <translation>Aucun projet commun pour l'instant.
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
        <translation>Ce qu'elle apporte</translation>
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
    <name>ProxyLimitEdit</name>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <source>Log an exchange</source>
        <extracomment>A new exchange was logged: the service's Created.</extracomment>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Ctrl+N comes here · Tab goes to the next field · Ctrl+Enter saves</source>
        <translation>Ctrl+N vient ici · Tab passe au champ suivant · Ctrl+Entrée enregistre</translation>
    </message>
    <message>
        <source>The author of what you log is this laptop's profile.</source>
        <translation>L'auteur de ce que vous notez est le profil de cet ordinateur.</translation>
    </message>
    <message>
        <source>Log the exchange</source>
        <translation>Enregistrer l'échange</translation>
    </message>
    <message>
        <source>Save this exchange (Ctrl+Enter)</source>
        <translation>Enregistrer cet échange (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Save the exchange</source>
        <translation>Enregistrer l’échange</translation>
    </message>
    <message>
        <source>Logged by {name} ({organisation})</source>
        <translation>Noté par {name} ({organisation})</translation>
    </message>
    <message>
        <source>Logged by {name}</source>
        <translation>Noté par {name}</translation>
    </message>
</context>
<context>
    <name>QuorumEdit</name>
    <message>
        <source>for example 4, or 1/2 of the voting partners</source>
        <translation>par exemple 4, ou 1/2 des structures qui votent</translation>
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
    <name>RecordDetailView</name>
    <message>
        <source>Edit…</source>
        <extracomment>Where a record is shown: (the id of the record the page is about, the tab to show or None, how to select the record in it or None). The user wants the list back. The kind of record shown ("meeting"), for the trash.</extracomment>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Show trash</source>
        <extracomment>The user wants to see a record's page: its id. The kind of record listed ("meeting"), for the trash. The column that takes the room left, the sorting at first, the widest columns.</extracomment>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
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
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
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
        <translation>Mettre la fiche sélectionnée à la corbeille (Suppr) ; Ctrl+Z l'annule</translation>
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
    <name>RecordView</name>
    <message>
        <source>Open or edit the selected row</source>
        <extracomment>F2 edits the selected row, as in file managers.</extracomment>
        <translation>Ouvrir ou modifier la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>In coopdesk, join the shared workspace from that folder (command line: coopdesk --workspace NEW_FOLDER share join FOLDER).</source>
        <translation>Dans coopdesk, rejoignez l'espace partagé depuis ce dossier (en ligne de commande : coopdesk --workspace NOUVEAU_DOSSIER share join DOSSIER).</translation>
    </message>
    <message>
        <source>Install coopdesk on the new laptop and make sure the shared folder below is reachable there (cloud drive synced, network drive connected or USB key plugged in).</source>
        <translation>Installez coopdesk sur le nouvel ordinateur et vérifiez que le dossier partagé ci-dessous y est accessible (cloud synchronisé, lecteur réseau connecté ou clé USB branchée).</translation>
    </message>
    <message>
        <source>Keep this sheet locked away: anyone who reads it and reaches the shared folder can read everything the team shares.</source>
        <translation>Gardez cette fiche sous clé : quiconque la lit et accède au dossier partagé peut lire tout ce que l'équipe partage.</translation>
    </message>
    <message>
        <source>Passphrase hint:</source>
        <translation>Indice de la phrase secrète :</translation>
    </message>
    <message>
        <source>Print a new sheet and destroy this one. Laptops that already joined keep working; only new laptops need the new passphrase.</source>
        <translation>Imprimez une nouvelle fiche et détruisez celle-ci. Les ordinateurs déjà reliés continuent de fonctionner ; seuls les nouveaux ont besoin de la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimée le</translation>
    </message>
    <message>
        <source>Recovery sheet — {team}</source>
        <translation>Fiche de secours — {team}</translation>
    </message>
    <message>
        <source>Rejoining on a new laptop</source>
        <translation>Rejoindre l'espace sur un nouvel ordinateur</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Shared workspace</source>
        <translation>Espace partagé</translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation>Phrase secrète de l'équipe :</translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>La phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase is not printed on this sheet.</source>
        <translation>La phrase secrète n'est pas imprimée sur cette fiche.</translation>
    </message>
    <message>
        <source>Type the team passphrase when asked. coopdesk keeps the team key in the laptop's keyring, never the passphrase.</source>
        <translation>Tapez la phrase secrète de l'équipe quand elle est demandée. coopdesk garde la clé de l'équipe dans le trousseau de l'ordinateur, jamais la phrase secrète.</translation>
    </message>
    <message>
        <source>When the passphrase changes</source>
        <translation>Quand la phrase secrète change</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can rejoin: ask the team member who knows it, or start a new shared folder.</source>
        <translation>Sans la phrase secrète personne ne peut rejoindre l'espace : demandez-la au membre de l'équipe qui la connaît, ou créez un nouveau dossier partagé.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Fiche de secours</translation>
    </message>
    <message>
        <source>Print this sheet and keep it in the association's binder: it tells a successor how to rejoin the shared workspace on a new laptop.</source>
        <translation>Imprimez cette fiche et rangez-la dans le classeur de l'association : elle indique à qui prendra la suite comment rejoindre l'espace partagé sur un nouvel ordinateur.</translation>
    </message>
    <message>
        <source>a reminder only the team understands</source>
        <translation>un indice que seule l'équipe comprend</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Indice de la phrase secrète</translation>
    </message>
    <message>
        <source>Print the passphrase itself</source>
        <translation>Imprimer la phrase secrète elle-même</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l'équipe</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de secours</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>In the trash: select it and click “Restore”</source>
        <translation>Dans la corbeille : sélectionnez-la et cliquez sur « Restaurer »</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Ressources mutualisées</translation>
    </message>
    <message>
        <source>New resource…</source>
        <translation>Nouvelle ressource…</translation>
    </message>
    <message>
        <source>Add what a partner can lend (Ctrl+N)</source>
        <translation>Ajouter ce qu'un partenaire peut prêter (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected resource (Enter or F2)</source>
        <translation>Modifier la ressource sélectionnée (Entrée ou F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the resource to the trash (Del)</source>
        <translation>Mettre la ressource à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Search a resource, a place, a partner…</source>
        <translation>Chercher une ressource, un lieu, un partenaire…</translation>
    </message>
    <message>
        <source>Search the resources</source>
        <translation>Chercher des ressources</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Show the resources in the trash, to restore them</source>
        <translation>Afficher les ressources mises à la corbeille, pour les restaurer</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash holds no resource.</source>
        <translation>La corbeille ne contient aucune ressource.</translation>
    </message>
    <message>
        <source>Back to the register</source>
        <translation>Revenir au registre</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>Aucune ressource ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Nothing pooled yet.
Add what a partner can lend: a room, a vehicle, equipment, a skill or funding, with its value per day.</source>
        <translation>Rien de mutualisé pour l'instant.
Ajoutez ce qu'un partenaire peut prêter : une salle, un véhicule, du matériel, une compétence ou un financement, avec sa valeur par jour.</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Ajout de « {name} »</translation>
    </message>
    <message>
        <source>“{name}” added to the register.</source>
        <translation>« {name} » ajoutée au registre.</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modification de « {name} »</translation>
    </message>
    <message>
        <source>Book “{name}”</source>
        <translation>Réservation de « {name} »</translation>
    </message>
    <message>
        <source>“{name}” booked.</source>
        <translation>« {name} » réservée.</translation>
    </message>
    <message>
        <source>Edit the booking</source>
        <translation>Modifier la réservation</translation>
    </message>
    <message>
        <source>{resource}, {borrower}</source>
        <translation>{resource}, {borrower}</translation>
    </message>
</context>
<context>
    <name>RepresentedByDialog</name>
    <message>
        <source>Represented by</source>
        <translation>Représenté·e par</translation>
    </message>
    <message>
        <source>Who is represented</source>
        <translation>Qui est représenté</translation>
    </message>
</context>
<context>
    <name>ResourceColumns</name>
    <message>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <source>Estimated from the resource's value per day (no value was recorded for this loan)</source>
        <translation>Estimée d'après la valeur par jour de la ressource (aucune valeur n'a été notée pour ce prêt)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Value per day</source>
        <translation>Valeur par jour</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas pour l'instant</translation>
    </message>
    <message>
        <source>Next booking</source>
        <translation>Prochaine réservation</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>{start} → {end}</source>
        <translation>{start} → {end}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <source>{organisation}, booked by {person}</source>
        <translation>{organisation}, réservé par {person}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>État au retour</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Value lent</source>
        <translation>Valeur prêtée</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valeur reçue</translation>
    </message>
    <message>
        <source>Borrowings</source>
        <translation>Emprunts</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Value lent minus value received</source>
        <translation>Valeur prêtée moins valeur reçue</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>New pooled resource</source>
        <extracomment>Long names shorten in the lists rather than widen the form past a laptop's screen.</extracomment>
        <translation>Nouvelle ressource mutualisée</translation>
    </message>
    <message>
        <source>Edit the resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>The directory has no organisation yet: add the partner that offers the resource first.</source>
        <translation>L'annuaire ne contient encore aucune structure : ajoutez d'abord le partenaire qui propose la ressource.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>for example: minibus, meeting room, sound system, graphic design</source>
        <translation>par exemple : minibus, salle de réunion, sono, graphisme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Value per day</source>
        <translation>Valeur par jour</translation>
    </message>
    <message>
        <source>What a day of it is worth: the in-kind contribution funders ask about</source>
        <translation>Ce que vaut une journée : la contribution en nature que demandent les financeurs</translation>
    </message>
    <message>
        <source>Can be lent at the moment</source>
        <translation>Peut être prêtée en ce moment</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Conditions of the loan: keys, deposit, fuel, who to call…</source>
        <translation>Conditions du prêt : clés, caution, carburant, qui appeler…</translation>
    </message>
</context>
<context>
    <name>ResourcePanel</name>
    <message>
        <source>Not available for loans at the moment.</source>
        <extracomment>Book the resource: the day to start from (None: no day chosen). Change a booking: its id. Cancel (move to the trash) a booking: its id.</extracomment>
        <translation>Pas disponible au prêt en ce moment.</translation>
    </message>
    <message>
        <source>Bookings of the month</source>
        <translation>Réservations du mois</translation>
    </message>
    <message>
        <source>Edit the booking…</source>
        <translation>Modifier la réservation…</translation>
    </message>
    <message>
        <source>Change the selected booking, or note how it came back (Enter)</source>
        <translation>Modifier la réservation sélectionnée, ou noter l'état au retour (Entrée)</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Move the selected booking to the trash (Del); Ctrl+Z undoes it</source>
        <translation>Mettre la réservation sélectionnée à la corbeille (Suppr) ; Ctrl+Z l'annule</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Previous month (Page Up in the calendar)</source>
        <translation>Mois précédent (Page préc. dans le calendrier)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Next month (Page Down in the calendar)</source>
        <translation>Mois suivant (Page suiv. dans le calendrier)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Book it…</source>
        <translation>Réserver…</translation>
    </message>
    <message>
        <source>Book this resource (Ctrl+N in the calendar); a double click on a day books that day</source>
        <translation>Réserver cette ressource (Ctrl+N dans le calendrier) ; un double-clic sur un jour réserve ce jour-là</translation>
    </message>
    <message>
        <source>Select a resource to see its calendar and book it.</source>
        <translation>Sélectionnez une ressource pour voir son calendrier et la réserver.</translation>
    </message>
    <message>
        <source>offered by {owner}</source>
        <translation>proposée par {owner}</translation>
    </message>
    <message>
        <source>{amount} per day</source>
        <translation>{amount} par jour</translation>
    </message>
    <message>
        <source>Nothing booked in {month}.</source>
        <translation>Aucune réservation en {month}.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Register and bookings</source>
        <translation>Registre et réservations</translation>
    </message>
    <message>
        <source>Contributions in kind</source>
        <translation>Contributions en nature</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Ressources mutualisées</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>New review</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Edit the review</source>
        <translation>Modifier l'évaluation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>for example Six-month review</source>
        <translation>par exemple Bilan à six mois</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>What works, what to improve, what the partners agreed to change…</source>
        <translation>Ce qui marche, ce qui est à améliorer, ce que les partenaires ont convenu de changer…</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Prochaine évaluation le</translation>
    </message>
    <message>
        <source>Reviewing the cooperation regularly (every six months, for example) is one of the five good practices.</source>
        <translation>Évaluer régulièrement la coopération (tous les six mois, par exemple) est l'une des cinq bonnes pratiques.</translation>
    </message>
</context>
<context>
    <name>ReviewsModels</name>
    <message>
        <source>Held on</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Partners scored</source>
        <translation>Partenaires notés</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine évaluation</translation>
    </message>
    <message>
        <source>Scores from the first review to the latest: {scores}</source>
        <translation>Notes de la première évaluation à la dernière : {scores}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Reviews and scores</source>
        <translation>Évaluations et &amp;notes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n review(s))</source>
        <translation>
            <numerusform>{title} (%n évaluation)</numerusform>
            <numerusform>{title} (%n évaluations)</numerusform>
        </translation>
    </message>
    <message>
        <source>No next review planned: give its date in the latest review (Edit…).</source>
        <translation>Aucune prochaine évaluation prévue : indiquez sa date dans la dernière évaluation (Modifier…).</translation>
    </message>
    <message numerus="yes">
        <source>The next review was due on {date}, %n day(s) ago.</source>
        <translation>
            <numerusform>La prochaine évaluation était prévue le {date}, il y a %n jour.</numerusform>
            <numerusform>La prochaine évaluation était prévue le {date}, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next review is due today, {date}.</source>
        <translation>La prochaine évaluation est prévue aujourd'hui, {date}.</translation>
    </message>
    <message numerus="yes">
        <source>Next review on {date}, in %n day(s).</source>
        <translation>
            <numerusform>Prochaine évaluation le {date}, dans %n jour.</numerusform>
            <numerusform>Prochaine évaluation le {date}, dans %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Reviews of the project</source>
        <translation>Évaluations du projet</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Record a review of the cooperation (Ctrl+N)</source>
        <translation>Enregistrer une évaluation de la coopération (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the date, title or comments (F2)</source>
        <translation>Modifier la date, le titre ou les commentaires (F2)</translation>
    </message>
    <message>
        <source>Move the review to the trash (Del)</source>
        <translation>Mettre l'évaluation à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Scores of the partners</source>
        <translation>Notes des partenaires</translation>
    </message>
    <message>
        <source>Clear the score</source>
        <translation>Effacer la note</translation>
    </message>
    <message>
        <source>Score and comment…</source>
        <translation>Note et commentaire…</translation>
    </message>
    <message>
        <source>Score the selected cell with a comment (Enter)</source>
        <translation>Noter la case sélectionnée avec un commentaire (Entrée)</translation>
    </message>
    <message>
        <source>Move the score to the trash (Del)</source>
        <translation>Mettre la note à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>No project yet. Reviews look back on a shared project: create one in Projects first.</source>
        <translation>Aucun projet pour l'instant. Une évaluation porte sur un projet commun : créez-en d'abord un dans Projets.</translation>
    </message>
    <message>
        <source>No review of this project yet.
A review scores each partner from 1 to 5 on the five good practices of cooperation, with comments.</source>
        <translation>Aucune évaluation de ce projet pour l'instant.
Une évaluation note chaque partenaire de 1 à 5 sur les cinq bonnes pratiques de la coopération, avec des commentaires.</translation>
    </message>
    <message>
        <source>{title} — {date}</source>
        <translation>{title} — {date}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>The project has no partner to score yet: add its partners on the project's page.</source>
        <translation>Le projet n'a encore aucun partenaire à noter : ajoutez ses partenaires sur la page du projet.</translation>
    </message>
    <message>
        <source>Select a cell, then type a score from 1 to 5.</source>
        <translation>Sélectionnez une case, puis tapez une note de 1 à 5.</translation>
    </message>
    <message>
        <source>{partner} — {practice}: no score yet. Type 1 to 5, or press Enter to add a comment.</source>
        <translation>{partner} — {practice} : pas encore de note. Tapez de 1 à 5, ou appuyez sur Entrée pour ajouter un commentaire.</translation>
    </message>
    <message>
        <source>{partner} — {practice}: {comment}</source>
        <translation>{partner} — {practice} : {comment}</translation>
    </message>
    <message>
        <source>{partner} — {practice}: no comment. Press Enter to add one.</source>
        <translation>{partner} — {practice} : pas de commentaire. Appuyez sur Entrée pour en ajouter un.</translation>
    </message>
    <message>
        <source>{partner} — {practice}</source>
        <translation>{partner} — {practice}</translation>
    </message>
    <message>
        <source>Score {name}</source>
        <translation>Note pour {name}</translation>
    </message>
    <message>
        <source>Change the score {name}</source>
        <translation>Changement de note pour {name}</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>New team key</source>
        <translation>Nouvelle clé d'équipe</translation>
    </message>
    <message>
        <source>Files written from now on use a new team key. What a new key cannot do: whatever a person already read or copied stays known to them, and files written before stay readable with the old key. Someone who knows the passphrase can open the new key too, so when a member leaves, change the passphrase first, then create a new key. Each other laptop then asks for the passphrase once.</source>
        <translation>Les fichiers écrits désormais utilisent une nouvelle clé d'équipe. Ce qu'une nouvelle clé ne peut pas faire : ce qu'une personne a déjà lu ou copié lui reste connu, et les fichiers écrits auparavant restent lisibles avec l'ancienne clé. Quiconque connaît la phrase secrète peut aussi ouvrir la nouvelle clé : quand un membre part, changez d'abord la phrase secrète, puis créez une nouvelle clé. Chaque autre ordinateur demande ensuite la phrase secrète une fois.</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l'équipe</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>Créer une nouvelle clé</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Création de la nouvelle clé…</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Évolution des notes</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} le {date}</translation>
    </message>
    <message>
        <source>{practice}: {values}</source>
        <translation>{practice} : {values}</translation>
    </message>
    <message>
        <source>No score yet. Score the partners in a review to see the trend of each practice here.</source>
        <translation>Aucune note pour l'instant. Notez les partenaires dans une évaluation pour voir ici la tendance de chaque pratique.</translation>
    </message>
    <message>
        <source>Mean score of the partners, from 1 to 5</source>
        <translation>Note moyenne des partenaires, de 1 à 5</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>1: not at all · 3: partly · 5: fully</source>
        <translation>1 : pas du tout · 3 : en partie · 5 : tout à fait</translation>
    </message>
    <message>
        <source>Score (1 to 5)</source>
        <translation>Note (de 1 à 5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Why this score, and what would raise it</source>
        <translation>Pourquoi cette note, et ce qui la ferait monter</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>{partner}, {practice}: no score</source>
        <translation>{partner}, {practice} : pas de note</translation>
    </message>
    <message>
        <source>{partner}, {practice}: {score} out of 5</source>
        <translation>{partner}, {practice} : {score} sur 5</translation>
    </message>
    <message>
        <source>{name} (former partner)</source>
        <translation>{name} (ancien partenaire)</translation>
    </message>
    <message>
        <source>Score from 1 to 5</source>
        <translation>Note de 1 à 5</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search the workspace (Ctrl+K)</source>
        <extracomment>The query running in a worker (None when none runs). Enter was pressed while the query ran: open the first hit when it arrives.</extracomment>
        <translation>Rechercher dans l'espace (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search is not available in this version.</source>
        <translation>La recherche n'est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Aucun résultat pour « {text} ».</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <extracomment>The runner key of search tasks: a new query supersedes the previous one.</extracomment>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send: {subject}</source>
        <translation>Envoyer : {subject}</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) with an e-mail address. The draft opens in your mail program, to check and send.</source>
        <translation>
            <numerusform>%n destinataire avec une adresse e-mail. Le brouillon s'ouvre dans votre messagerie, pour le relire et l'envoyer.</numerusform>
            <numerusform>%n destinataires avec une adresse e-mail. Le brouillon s'ouvre dans votre messagerie, pour le relire et l'envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>To let know another way</source>
        <translation>À prévenir autrement</translation>
    </message>
    <message>
        <source>To let know another way (no e-mail address):</source>
        <translation>À prévenir autrement (pas d'adresse e-mail) :</translation>
    </message>
    <message>
        <source>&amp;Open in the mail program</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>&amp;Copy the addresses</source>
        <translation>&amp;Copier les adresses</translation>
    </message>
    <message>
        <source>&amp;Save the draft…</source>
        <translation>&amp;Enregistrer le brouillon…</translation>
    </message>
    <message>
        <source>The draft could not be written: {reason}</source>
        <translation>Le brouillon n'a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>The draft is open in your mail program.</source>
        <translation>Le brouillon est ouvert dans votre messagerie.</translation>
    </message>
    <message>
        <source>No mail program opened the draft. Copy the addresses into a new message instead, or save the draft and attach the documents yourself.</source>
        <translation>Aucune messagerie n'a ouvert le brouillon. Copiez plutôt les adresses dans un nouveau message, ou enregistrez le brouillon et joignez vous-même les documents.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) copied: paste them into a new message.</source>
        <translation>
            <numerusform>%n adresse copiée : collez-la dans un nouveau message.</numerusform>
            <numerusform>%n adresses copiées : collez-les dans un nouveau message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Enregistrer le brouillon d'e-mail</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Brouillons d'e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Draft saved to {path}.</source>
        <translation>Brouillon enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>for example Marie Dupont</source>
        <translation>par exemple Marie Dupont</translation>
    </message>
    <message>
        <source>Your association</source>
        <translation>Votre association</translation>
    </message>
    <message>
        <source>for example Asso du Pont</source>
        <translation>par exemple Asso du Pont</translation>
    </message>
    <message>
        <source>Shown with every change you make, so partners know who did what.</source>
        <translation>Affiché avec chacune de vos modifications, pour que les partenaires sachent qui a fait quoi.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Choisir le dossier dans une fenêtre de sélection</translation>
    </message>
    <message>
        <source>New workspaces go in</source>
        <translation>Nouveaux espaces dans</translation>
    </message>
    <message>
        <source>Folder of new workspaces</source>
        <translation>Dossier des nouveaux espaces</translation>
    </message>
    <message>
        <source>Leave empty for the usual place; existing workspaces stay where they are.</source>
        <translation>Laissez vide pour l'emplacement habituel ; les espaces existants restent où ils sont.</translation>
    </message>
    <message>
        <source>Forget the keys on this computer</source>
        <translation>Oublier les clés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Encrypted shared folder</source>
        <translation>Dossier partagé chiffré</translation>
    </message>
    <message>
        <source>Before lending or giving away this computer; the passphrase is then needed again to sync.</source>
        <translation>Avant de prêter ou de donner cet ordinateur ; la phrase secrète est ensuite redemandée pour synchroniser.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time coopdesk starts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage de coopdesk.</translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation>Un changement de langue s'applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>The team keys are forgotten on this computer.</source>
        <translation>Les clés de l'équipe sont oubliées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Where new workspaces go</source>
        <translation>Où créer les nouveaux espaces</translation>
    </message>
</context>
<context>
    <name>ShareFileBar</name>
    <message>
        <source>Export to a file…</source>
        <extracomment>A file was imported: (FileImport, Changes) for the page to publish and refresh. A file was written (FileExport).</extracomment>
        <translation>Exporter dans un fichier…</translation>
    </message>
    <message>
        <source>Write the whole workspace to one file, to pass on a USB stick or by email</source>
        <translation>Écrire tout l'espace de coopération dans un seul fichier, à transmettre par clé USB ou par e-mail</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Importer depuis un fichier…</translation>
    </message>
    <message>
        <source>Bring in a file exported by a partner: their changes are merged with yours</source>
        <translation>Importer un fichier exporté par un partenaire : ses modifications sont fusionnées avec les vôtres</translation>
    </message>
    <message>
        <source>A synchronisation is running; try again when it has finished.</source>
        <translation>Une synchronisation est en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Export the workspace to a file</source>
        <translation>Exporter l'espace de coopération dans un fichier</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source>The whole workspace ({count} changes) is in {path}. Give it to your partners: they bring it in with “Import from a file…”.</source>
        <translation>Tout l'espace de coopération ({count} modifications) est dans {path}. Donnez-le à vos partenaires : ils l'importent avec « Importer depuis un fichier… ».</translation>
    </message>
    <message>
        <source>Import a workspace file</source>
        <translation>Importer un fichier d'espace de coopération</translation>
    </message>
    <message>
        <source>Importing {path}…</source>
        <translation>Import de {path}…</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>un partenaire</translation>
    </message>
    <message>
        <source>Nothing new in {file} (from {who}, {when}): this workspace already had all of it.</source>
        <translation>Rien de nouveau dans {file} (de {who}, {when}) : cet espace avait déjà tout.</translation>
    </message>
    <message>
        <source>Imported {count} changes from {file} (from {who}, {when}).</source>
        <translation>{count} modifications importées depuis {file} (de {who}, {when}).</translation>
    </message>
</context>
<context>
    <name>SharedView</name>
    <message>
        <source>Shared with your partners</source>
        <translation>Partagé avec vos partenaires</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Delete the leftover copies</source>
        <translation>&amp;Supprimer les copies laissées</translation>
    </message>
    <message>
        <source>Delete the copies your synchronisation program left behind whose changes all arrived in another file; nothing else is deleted</source>
        <translation>Supprimer les copies laissées par votre programme de synchronisation dont toutes les modifications sont arrivées dans un autre fichier ; rien d’autre n’est supprimé</translation>
    </message>
    <message>
        <source>Show the shared folder in the file manager</source>
        <translation>Afficher le dossier partagé dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Computers sharing this workspace</source>
        <translation>Ordinateurs qui partagent cet espace</translation>
    </message>
    <message>
        <source>Files waiting or unreadable</source>
        <translation>Fichiers en attente ou illisibles</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours not shared yet</source>
        <translation>
            <numerusform>%n de vos modifications n'est pas encore partagée</numerusform>
            <numerusform>%n de vos modifications ne sont pas encore partagées</numerusform>
        </translation>
    </message>
    <message>
        <source>All your changes are shared</source>
        <translation>Toutes vos modifications sont partagées</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Opening {name}…</source>
        <extracomment>`COOPDESK_SMOKE_STARTUP=1`: quit as soon as the main window's first page is painted, printing how long that took (bench/bench_startup.py). Opens workspaces off the GUI thread; shared with the windows (busy indicator). The main window's frame, without a workspace yet, shown while one opens at start-up (or while a backup is put back); it becomes `window` once attached. The dashboard kept between runs, shown by the frame while a workspace opens.</extracomment>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Création de {name}…</translation>
    </message>
    <message>
        <source>Opening the demo cooperation…</source>
        <translation>Ouverture de la coopération de démonstration…</translation>
    </message>
    <message>
        <source>Joining {name}…</source>
        <translation>Connexion à {name}…</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d'ouvrir l'espace de coopération</translation>
    </message>
    <message>
        <source>The workspace was upgraded; a copy of the previous version is in {file}.</source>
        <translation>L'espace a été mis à jour ; une copie de la version précédente se trouve dans {file}.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Ouvrir le dossier d'un espace</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué : {reason}</translation>
    </message>
    <message>
        <source>Looking for a backup…</source>
        <translation>Recherche d'une sauvegarde…</translation>
    </message>
    <message>
        <source>The database of the workspace {folder} is damaged. Replace it with the backup of {date}? Changes made since then on this laptop will be missing; the damaged file is kept aside, not deleted.</source>
        <translation>La base de données de l'espace de coopération {folder} est endommagée. La remplacer par la sauvegarde du {date} ? Les modifications faites depuis sur cet ordinateur manqueront ; le fichier endommagé est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <source>Damaged workspace</source>
        <translation>Espace de coopération endommagé</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored; the state before it was backed up as well.</source>
        <translation>Sauvegarde restaurée ; l'état précédent a lui aussi été sauvegardé.</translation>
    </message>
    <message>
        <source>coopdesk</source>
        <extracomment>The call returned this value. The call raised this exception. The call ended (after `succeeded`/`failed`, or with its result dropped if cancelled). The text of the busy work to show ("" when there is none). The window alerts about failures are shown over (the active window if None).</extracomment>
        <translation>coopdesk</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved as soon as it is made.</source>
        <extracomment>The name of coopdesk's log file in the log folder (written by coopdesk.app.gui). A busy indicator appears only for work that lasts longer than this (no flicker).</extracomment>
        <translation>Une erreur inattendue s'est produite. Vos données ne sont pas perdues : chaque modification est enregistrée dès qu'elle est faite.</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved as soon as it is made. Please send the log file {file} to the people who maintain coopdesk.</source>
        <translation>Une erreur inattendue s'est produite. Vos données ne sont pas perdues : chaque modification est enregistrée dès qu'elle est faite. Merci d'envoyer le fichier journal {file} aux personnes qui maintiennent coopdesk.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Lists of records</source>
        <translation>Listes de fiches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between fields, lists and buttons; the arrows move inside a list; Alt with the underlined letter opens a menu.</source>
        <translation>Tab et Maj+Tab passent d’un champ, d’une liste ou d’un bouton à l’autre ; les flèches se déplacent dans une liste ; Alt avec la lettre soulignée ouvre un menu.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
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
        <translation>&lt;p&gt;Un &lt;b&gt;espace de coopération&lt;/b&gt; réunit les partenaires, les projets, les réunions et les actions d'une coopération entre associations.&lt;/p&gt;</translation>
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
        <source>Join a partner's workspace</source>
        <translation>Rejoindre l'espace d'un partenaire</translation>
    </message>
    <message>
        <source>A partner already shares the cooperation in a cloud, network or USB folder? Choose that folder: this laptop gets its own copy, kept in step with the partners'.</source>
        <translation>Un partenaire partage déjà la coopération dans un dossier cloud, réseau ou USB ? Choisissez ce dossier : cet ordinateur en reçoit sa propre copie, tenue à jour avec celles des partenaires.</translation>
    </message>
    <message>
        <source>Join a shared workspace…</source>
        <translation>Rejoindre un espace partagé…</translation>
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
        <translation>Ouvrir le dossier d'un espace existant…</translation>
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
        <source>Choose the folder your partners share</source>
        <translation>Choisir le dossier partagé par vos partenaires</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Ouvrir le dossier d'un espace</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Changes not applied</source>
        <translation>Modifications non appliquées</translation>
    </message>
    <message>
        <source>These changes arrived from other computers but this version of coopdesk cannot show them (a newer version, a bug or a file edited by hand wrote them). They are kept, not lost, and passed on; the records show their last valid values. Nothing needs doing here: each line goes away once a later change makes it valid. If it stays, ask the writer to update coopdesk, or update yours.</source>
        <translation>Ces modifications sont arrivées d’autres ordinateurs, mais cette version de coopdesk ne peut pas les afficher (écrites par une version plus récente, un bogue ou un fichier modifié à la main). Elles sont conservées, pas perdues, et transmises ; les fiches montrent leurs dernières valeurs valides. Rien à faire ici : chaque ligne disparaît dès qu’une modification ultérieure la rend valide. Si elle reste, demandez à son auteur de mettre à jour coopdesk, ou mettez à jour le vôtre.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>not a value of the right kind</source>
        <translation>pas une valeur du bon type</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>vide, alors qu’obligatoire</translation>
    </message>
    <message>
        <source>a choice this version does not know</source>
        <translation>un choix que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>un nombre hors limites</translation>
    </message>
    <message>
        <source>{person} ({association}), computer {device}, coopdesk {version}</source>
        <translation>{person} ({association}), ordinateur {device}, coopdesk {version}</translation>
    </message>
    <message>
        <source>• {field} of {record}: “{value}” ({reason}) — from {writer}</source>
        <translation>• {field} de {record} : « {value} » ({reason}) — de {writer}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept aside</source>
        <translation>
            <numerusform>%n modification mise de côté</numerusform>
            <numerusform>%n modifications mises de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <extracomment>The window gives this page its automatic sync (MainWindow._build).</extracomment>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Read what the others shared and share your changes (Ctrl+Shift+S)</source>
        <translation>Lire ce que les autres ont partagé et partager vos modifications (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Not yet since coopdesk started</source>
        <translation>Pas encore depuis le démarrage de coopdesk</translation>
    </message>
    <message>
        <source>To look at ({count})</source>
        <translation>À examiner ({count})</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Choose the folder to share through</source>
        <translation>Choisir le dossier de partage</translation>
    </message>
    <message>
        <source>Sharing the workspace in {folder}…</source>
        <translation>Partage de l'espace dans {folder}…</translation>
    </message>
    <message>
        <source>The workspace is shared. Give the folder to your partners (through your cloud or network drive): they join it from coopdesk's start window.</source>
        <translation>L'espace est partagé. Donnez le dossier à vos partenaires (par votre cloud ou votre lecteur réseau) : ils le rejoignent depuis la fenêtre d'accueil de coopdesk.</translation>
    </message>
    <message>
        <source>Workspace shared.</source>
        <translation>Espace partagé.</translation>
    </message>
    <message>
        <source>Some files of the shared folder cannot be read yet: see the list below.</source>
        <translation>Certains fichiers du dossier partagé ne peuvent pas encore être lus : voir la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Key files of the shared folder were ignored (sharing goes on with the team's trusted key): {files}</source>
        <translation>Des fichiers de clés du dossier partagé ont été ignorés (le partage continue avec la clé de confiance de l'équipe) : {files}</translation>
    </message>
    <message>
        <source>The team's key files {files} were missing or damaged: this laptop wrote them again.</source>
        <translation>Les fichiers de clés de l'équipe {files} manquaient ou étaient endommagés : cet ordinateur les a écrits à nouveau.</translation>
    </message>
    <message>
        <source>Synchronised: {received} changes received, {sent} shared.</source>
        <translation>Synchronisé : {received} modifications reçues, {sent} partagées.</translation>
    </message>
    <message>
        <source>Synchronisation did not run: {reason}</source>
        <translation>La synchronisation n'a pas eu lieu : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Still arriving: the copy of this file is not finished, coopdesk will try again</source>
        <translation>En cours d'arrivée : la copie de ce fichier n'est pas terminée, coopdesk réessaiera</translation>
    </message>
    <message>
        <source>Waiting for an earlier file of the same computer</source>
        <translation>En attente d'un fichier antérieur du même ordinateur</translation>
    </message>
    <message>
        <source>Damaged: ask its author to synchronise again (nothing is lost on their computer)</source>
        <translation>Endommagé : demandez à son auteur de synchroniser à nouveau (rien n'est perdu sur son ordinateur)</translation>
    </message>
    <message>
        <source>Written by a newer coopdesk: please update coopdesk to read it</source>
        <translation>Écrit par un coopdesk plus récent : mettez coopdesk à jour pour le lire</translation>
    </message>
    <message>
        <source>Encrypted with a key this computer does not have</source>
        <translation>Chiffré avec une clé que cet ordinateur n'a pas</translation>
    </message>
    <message>
        <source>Cannot be decrypted with this computer's key</source>
        <translation>Impossible à déchiffrer avec la clé de cet ordinateur</translation>
    </message>
    <message>
        <source>Not read by this version of coopdesk</source>
        <translation>Non lu par cette version de coopdesk</translation>
    </message>
    <message>
        <source>Written by a copy of this computer</source>
        <translation>Écrit par une copie de cet ordinateur</translation>
    </message>
    <message>
        <source>A leftover copy made by your sync program; it can be deleted</source>
        <translation>Une copie laissée par votre programme de synchronisation ; elle peut être supprimée</translation>
    </message>
    <message>
        <source>Cannot be read (not a plain file, too large, or not allowed)</source>
        <translation>Illisible (pas un fichier ordinaire, trop grand, ou accès refusé)</translation>
    </message>
    <message numerus="yes">
        <source>%n leftover copy(ies) could not be deleted (in use?); try again later.</source>
        <translation>
            <numerusform>%n copie laissée n’a pas pu être supprimée (en cours d’utilisation ?) ; réessayez plus tard.</numerusform>
            <numerusform>%n copies laissées n’ont pas pu être supprimées (en cours d’utilisation ?) ; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leftover copy(ies) deleted.</source>
        <translation>
            <numerusform>%n copie laissée supprimée.</numerusform>
            <numerusform>%n copies laissées supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sync program left copies of files whose changes all arrived: they can be deleted (see the list below).</source>
        <translation>Votre programme de synchronisation a laissé des copies de fichiers dont toutes les modifications sont arrivées : elles peuvent être supprimées (voir la liste ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>%n versions</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone not named yet</source>
        <translation>Quelqu'un (sans nom)</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (cet ordinateur)</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deleted and edited</source>
        <translation>Supprimé et modifié</translation>
    </message>
    <message>
        <source>Wrong clock</source>
        <translation>Horloge déréglée</translation>
    </message>
    <message>
        <source>Copied computer</source>
        <translation>Ordinateur copié</translation>
    </message>
    <message>
        <source>Copied computer recovered</source>
        <translation>Ordinateur copié rattrapé</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>{kind} “{title}”</source>
        <translation>{kind} « {title} »</translation>
    </message>
    <message>
        <source>{field} — {record}</source>
        <translation>{field} — {record}</translation>
    </message>
    <message>
        <source>Computer of {person}</source>
        <translation>Ordinateur de {person}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Another computer</source>
        <translation>Un autre ordinateur</translation>
    </message>
    <message>
        <source>{record} ({count} records)</source>
        <translation>{record} ({count} fiches)</translation>
    </message>
    <message>
        <source>deleted by {deleted_by}, edited by {edited_by}</source>
        <translation>supprimé par {deleted_by}, modifié par {edited_by}</translation>
    </message>
    <message>
        <source>{ahead} ahead</source>
        <translation>{ahead} d'avance</translation>
    </message>
    <message>
        <source>since {when}</source>
        <translation>depuis le {when}</translation>
    </message>
    <message>
        <source>{who} changed this text at the same time on different computers. Every computer shows the same versions until someone chooses: compare them, keep one or merge them.</source>
        <translation>{who} : ce texte a été modifié en même temps sur des ordinateurs différents. Tous les ordinateurs montrent les mêmes versions jusqu'à ce que quelqu'un choisisse : comparez-les, gardez-en une ou fusionnez-les.</translation>
    </message>
    <message>
        <source>{deleted_by} moved this record to the trash while {edited_by} was changing it, each on their own computer. It is kept for now: keep it, or move it to the trash after all?</source>
        <translation>{deleted_by} a mis cette fiche à la corbeille pendant que {edited_by} la modifiait, chacun sur son ordinateur. Elle est conservée pour l'instant : la garder, ou la mettre quand même à la corbeille ?</translation>
    </message>
    <message>
        <source>The clock of {person}'s computer ({association}) is {ahead} ahead. A wrong clock never decides which change wins, but the times shown for changes from that computer are wrong. Ask {person} to set the date and time of their computer.</source>
        <translation>L'horloge de l'ordinateur de {person} ({association}) a {ahead} d'avance. Une horloge déréglée ne décide jamais quelle modification l'emporte, mais les heures affichées pour les modifications de cet ordinateur sont fausses. Demandez à {person} de régler la date et l'heure de son ordinateur.</translation>
    </message>
    <message>
        <source>Two installations shared different changes as the same computer: a copied computer, or a backup put back after the computer had shared. coopdesk kept the changes of both on every computer, and each installation now shares under a name of its own. Nothing needs doing.</source>
        <translation>Deux installations ont partagé des modifications différentes sous le nom d'un même ordinateur : un ordinateur copié, ou une sauvegarde remise en place après que l'ordinateur avait partagé. coopdesk a gardé les modifications des deux sur tous les ordinateurs, et chaque installation partage désormais sous son propre nom. Rien à faire.</translation>
    </message>
    <message>
        <source>Two different files hold the same changes of another computer (a copied computer), and this computer cannot tell them apart (it started from a snapshot, or a file was written by an older coopdesk). Both files are kept and this computer goes on sharing. Nothing is lost: tell the people who maintain coopdesk.</source>
        <translation>Deux fichiers différents contiennent les mêmes modifications d'un autre ordinateur (un ordinateur copié), et cet ordinateur ne peut pas les distinguer (il est parti d'un instantané, ou un fichier a été écrit par une ancienne version de coopdesk). Les deux fichiers sont gardés et cet ordinateur continue de partager. Rien n'est perdu : prévenez les personnes qui maintiennent coopdesk.</translation>
    </message>
    <message>
        <source>Another installation writes to the shared folder as this computer, and this computer cannot sort the two apart by itself (it started from a snapshot), so it stopped sharing its changes. Nothing is lost and the other computers are not affected: keep this workspace folder as it is and tell the people who maintain coopdesk.</source>
        <translation>Une autre installation écrit dans le dossier partagé sous le nom de cet ordinateur, et cet ordinateur ne peut pas les distinguer seul (il est parti d'un instantané) : il a donc arrêté de partager ses modifications. Rien n'est perdu et les autres ordinateurs ne sont pas touchés : laissez le dossier de cet espace tel quel et prévenez les personnes qui maintiennent coopdesk.</translation>
    </message>
    <message>
        <source>These records have the same name. If they are the same, merge them: coopdesk keeps one, moves every link to it (contacts, partnerships, actions…) and puts the others in the trash.</source>
        <translation>Ces fiches ont le même nom. Si elles sont identiques, fusionnez-les : coopdesk en garde une, y reporte tous les liens (contacts, partenariats, actions…) et met les autres à la corbeille.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>added by {who} on {day}</source>
        <translation>ajouté par {who} le {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamKeysBar</name>
    <message>
        <source>Change the passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>New team key (a member left)…</source>
        <translation>Nouvelle clé d'équipe (un membre est parti)…</translation>
    </message>
    <message>
        <source>The shared folder is encrypted.</source>
        <translation>Le dossier partagé est chiffré.</translation>
    </message>
    <message>
        <source>The team passphrase is changed: new key files are in the shared folder and the old passphrase opens nothing any more. Nothing was encrypted again; laptops that already hold the key keep working. Print a new recovery sheet.</source>
        <translation>La phrase secrète de l'équipe est changée : de nouveaux fichiers de clés sont dans le dossier partagé et l'ancienne phrase secrète n'ouvre plus rien. Rien n'a été chiffré à nouveau ; les ordinateurs qui détiennent déjà la clé continuent de fonctionner. Imprimez une nouvelle fiche de secours.</translation>
    </message>
    <message>
        <source>New team key {key}: files written from now on use it. A laptop that was given the current passphrase opens it by itself; the others ask for the passphrase once.</source>
        <translation>Nouvelle clé d'équipe {key} : les fichiers écrits désormais l'utilisent. Un ordinateur à qui la phrase secrète actuelle a été donnée l'ouvre de lui-même ; les autres demandent une fois la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>TotalsTab</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Copy the table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <source>Copy the figures, to paste them in a spreadsheet or a report</source>
        <translation>Copier les chiffres, pour les coller dans un tableur ou un rapport</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>ou du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Contributions in kind per partner</source>
        <translation>Contributions en nature par partenaire</translation>
    </message>
    <message>
        <source>The value of the loans between partners, for the in-kind contributions funders ask about. A loan counts in the period it starts. A loan without a recorded value counts the resource's value per day for each day started; a resource used by its own organisation is not counted.</source>
        <translation>La valeur des prêts entre partenaires, pour les contributions en nature que demandent les financeurs. Un prêt compte dans la période où il commence. Un prêt sans valeur notée compte la valeur par jour de la ressource pour chaque jour entamé ; une ressource utilisée par sa propre structure n'est pas comptée.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message numerus="yes">
        <source>{when}: {amount} lent between partners in %n loan(s).</source>
        <translation>
            <numerusform>{when} : {amount} prêtés entre partenaires en %n prêt.</numerusform>
            <numerusform>{when} : {amount} prêtés entre partenaires en %n prêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No loan between partners {when}.
Book a resource for another partner in the register: its value shows here.</source>
        <translation>Aucun prêt entre partenaires {when}.
Réservez une ressource pour un autre partenaire dans le registre : sa valeur apparaît ici.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Deleted records wait here. Restore one to bring it back where it was, or delete it for good.</source>
        <translation>Les fiches supprimées attendent ici. Restaurez-en une pour la remettre où elle était, ou supprimez-la définitivement.</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Search a title or a name…</source>
        <translation>Chercher un titre ou un nom…</translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation>Chercher dans la corbeille</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Bring the selected records back (Enter)</source>
        <translation>Remettre en place les fiches sélectionnées (Entrée)</translation>
    </message>
    <message>
        <source>Delete the selected records for good, after a confirmation (Del)</source>
        <translation>Supprimer définitivement les fiches sélectionnées, après confirmation (Suppr)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s)</source>
        <translation>
            <numerusform>%n fiche supprimée</numerusform>
            <numerusform>%n fiches supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>No deleted record matches these filters.</source>
        <translation>Aucune fiche supprimée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>The trash is empty.
What you delete elsewhere lands here first, and can be restored.</source>
        <translation>La corbeille est vide.
Ce que vous supprimez ailleurs arrive d'abord ici, et peut être restauré.</translation>
    </message>
    <message>
        <source>{count} records were left in the trash. The first one: {reason}</source>
        <translation>{count} fiches sont restées dans la corbeille. La première : {reason}</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>Supprimer définitivement « {title} » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n fiche ?</numerusform>
            <numerusform>Supprimer définitivement %n fiches ?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: a record deleted for good cannot be restored.</source>
        <translation>C'est irréversible : une fiche supprimée définitivement ne peut pas être restaurée.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that belong to it (agenda items, scores, partners…) go with it. This cannot be undone.</source>
        <translation>
            <numerusform>%n fiche qui en dépend (points de l'ordre du jour, notes, partenaires…) part avec elle. C'est irréversible.</numerusform>
            <numerusform>%n fiches qui en dépendent (points de l'ordre du jour, notes, partenaires…) partent avec elle. C'est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that belong to them (agenda items, scores, partners…) go with them. This cannot be undone.</source>
        <translation>
            <numerusform>%n fiche qui en dépend (points de l'ordre du jour, notes, partenaires…) part avec elles. C'est irréversible.</numerusform>
            <numerusform>%n fiches qui en dépendent (points de l'ordre du jour, notes, partenaires…) partent avec elles. C'est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was restored.</source>
        <translation>« {title} » a été restauré.</translation>
    </message>
    <message numerus="yes">
        <source>%n records were restored.</source>
        <translation>
            <numerusform>%n fiche a été restaurée.</numerusform>
            <numerusform>%n fiches ont été restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>Restauration de « {title} »</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n records</source>
        <translation>
            <numerusform>Restauration de %n fiche</numerusform>
            <numerusform>Restauration de %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was deleted for good.</source>
        <translation>« {title} » a été supprimé définitivement.</translation>
    </message>
    <message numerus="yes">
        <source>%n records were deleted for good.</source>
        <translation>
            <numerusform>%n fiche a été supprimée définitivement.</numerusform>
            <numerusform>%n fiches ont été supprimées définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
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
    <name>_KeysJobDialog</name>
    <message>
        <source>{reason} Nothing was changed.</source>
        <extracomment>The call's result, once it succeeded (the dialog is then accepted).</extracomment>
        <translation>{reason} Rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>long text</source>
        <translation>texte long</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>amount in cents (or 12.50€)</source>
        <translation>montant en centimes (ou 12,50€)</translation>
    </message>
    <message>
        <source>yes or no: oui/non, true/false, 1/0</source>
        <translation>oui ou non : oui/non, true/false, 1/0</translation>
    </message>
    <message>
        <source>date YYYY-MM-DD</source>
        <translation>date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>date and time YYYY-MM-DDTHH:MM</source>
        <translation>date et heure AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <source>one of: {allowed}</source>
        <translation>une valeur parmi : {allowed}</translation>
    </message>
    <message>
        <source>id ({kind})</source>
        <translation>identifiant ({kind})</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No {kind} records.</source>
        <translation>Aucun enregistrement de type {kind}.</translation>
    </message>
    <message>
        <source>created {when} by {who}</source>
        <translation>créé le {when} par {who}</translation>
    </message>
    <message>
        <source>changed {when} by {who}</source>
        <translation>modifié le {when} par {who}</translation>
    </message>
    <message>
        <source>in the trash since {when} (by {who})</source>
        <translation>à la corbeille depuis le {when} (par {who})</translation>
    </message>
    <message>
        <source>Saved {kind} {id}.</source>
        <translation>{kind} {id} enregistré.</translation>
    </message>
    <message>
        <source>Moved {kind} {id} to the trash (restore {kind} {id} brings it back).</source>
        <translation>{kind} {id} mis à la corbeille (restore {kind} {id} le fait revenir).</translation>
    </message>
    <message>
        <source>Set otherwise by the rules of {kind}: {fields} (see get).</source>
        <translation>Fixés autrement par les règles de {kind} : {fields} (voir get).</translation>
    </message>
    <message>
        <source>Restored {kind} {id} from the trash.</source>
        <translation>{kind} {id} sorti de la corbeille.</translation>
    </message>
    <message>
        <source>the {command} command needs --workspace DIR</source>
        <translation>la commande {command} demande --workspace DIR</translation>
    </message>
    <message>
        <source>coopdesk: {message}</source>
        <extracomment>A line on stderr while the command waits for another coopdesk (the workspace lock).</extracomment>
        <translation>coopdesk : {message}</translation>
    </message>
    <message>
        <source>another coopdesk ({holder}) is working on this workspace {folder}; waiting…</source>
        <translation>un autre coopdesk ({holder}) travaille sur cet espace de travail {folder} ; en attente…</translation>
    </message>
    <message>
        <source>another coopdesk is working on this workspace {folder}; waiting…</source>
        <translation>un autre coopdesk travaille sur cet espace de travail {folder} ; en attente…</translation>
    </message>
    <message>
        <source>a workspace already exists in {folder}; choose a new or empty folder</source>
        <translation>un espace de travail existe déjà dans {folder} ; choisissez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>{folder} is not a new or empty folder</source>
        <translation>{folder} n'est pas un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Demo workspace created in {folder}.</source>
        <translation>Espace de travail de démonstration créé dans {folder}.</translation>
    </message>
    <message>
        <source>Next, open it in the app, search it or export it:</source>
        <translation>Ensuite, ouvrez-le dans l'application, cherchez-y ou exportez-le :</translation>
    </message>
    <message>
        <source>Exported {rows} records from {tables} tables to {out}.</source>
        <translation>{rows} enregistrements de {tables} tables exportés vers {out}.</translation>
    </message>
    <message>
        <source>{count} private contact-log entries left out (add --include-private to export them).</source>
        <translation>{count} échanges privés du journal laissés de côté (ajoutez --include-private pour les exporter).</translation>
    </message>
    <message>
        <source>--limit must be at least 1</source>
        <translation>--limit doit valoir au moins 1</translation>
    </message>
    <message>
        <source>No results for “{text}”.</source>
        <translation>Aucun résultat pour « {text} ».</translation>
    </message>
    <message>
        <source>Removed the leftover copy {path}.</source>
        <translation>Copie laissée supprimée : {path}.</translation>
    </message>
    <message>
        <source>Could not remove the leftover copy {path} (in use?); try again later.</source>
        <translation>Impossible de supprimer la copie laissée {path} (en cours d'utilisation ?) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>No leftover copy to remove.</source>
        <translation>Aucune copie laissée à supprimer.</translation>
    </message>
    <message>
        <source>This workspace is not shared (coopdesk share create FOLDER).</source>
        <translation>Cet espace de travail n'est pas partagé (coopdesk share create DOSSIER).</translation>
    </message>
    <message>
        <source>Shared folder: {folder}</source>
        <translation>Dossier partagé : {folder}</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Équipe : {team}</translation>
    </message>
    <message>
        <source>Changes not shared yet: {count}</source>
        <translation>Modifications pas encore partagées : {count}</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Appareils :</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>last change {when}</source>
        <translation>dernière modification {when}</translation>
    </message>
    <message>
        <source>no change yet</source>
        <translation>aucune modification pour l'instant</translation>
    </message>
    <message>
        <source> (this laptop)</source>
        <translation> (cet ordinateur)</translation>
    </message>
    <message>
        <source>{who}: {last}, {count} changes{mine} [{replica}]</source>
        <translation>{who} : {last}, {count} modifications{mine} [{replica}]</translation>
    </message>
    <message>
        <source>Files waiting or unreadable:</source>
        <translation>Fichiers en attente ou illisibles :</translation>
    </message>
    <message>
        <source>Files waiting or unreadable: none</source>
        <translation>Fichiers en attente ou illisibles : aucun</translation>
    </message>
    <message>
        <source>Open conflicts and notices: {count}</source>
        <translation>Conflits et avis ouverts : {count}</translation>
    </message>
    <message>
        <source>{table} “{title}”</source>
        <translation>{table} « {title} »</translation>
    </message>
    <message>
        <source>conflict: {what}, field {field}: {count} versions ({authors})</source>
        <translation>conflit : {what}, champ {field} : {count} versions ({authors})</translation>
    </message>
    <message>
        <source>kept: {what} was deleted by {deleted_by} while {edited_by} edited it</source>
        <translation>gardé : {what} a été supprimé par {deleted_by} pendant que {edited_by} le modifiait</translation>
    </message>
    <message>
        <source>clock: the clock of {who}'s computer is {days} days ahead</source>
        <translation>horloge : l'horloge de l'ordinateur de {who} est en avance de {days} jours</translation>
    </message>
    <message>
        <source>copied laptop (device {device}): two different files hold the same changes of that device and this laptop cannot tell them apart (it started from a snapshot, or a file was written by an older coopdesk). Both files are kept and this laptop goes on sharing. Nothing is lost: tell the people who maintain coopdesk.</source>
        <translation>ordinateur copié (appareil {device}) : deux fichiers différents contiennent les mêmes modifications de cet appareil et cet ordinateur ne peut pas les distinguer (il est parti d'un instantané, ou un fichier a été écrit par une ancienne version de coopdesk). Les deux fichiers sont gardés et cet ordinateur continue de partager. Rien n'est perdu : prévenez les personnes qui maintiennent coopdesk.</translation>
    </message>
    <message>
        <source>copied laptop (device {device}): {text}</source>
        <translation>ordinateur copié (appareil {device}) : {text}</translation>
    </message>
    <message>
        <source>copied laptop recovered (device {device}): {text}</source>
        <translation>ordinateur copié rattrapé (appareil {device}) : {text}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{folder} is not a coopdesk workspace</source>
        <translation>{folder} n'est pas un espace de travail coopdesk</translation>
    </message>
    <message>
        <source>Backed up {folder} to {path} ({size}).</source>
        <translation>Sauvegarde de {folder} écrite dans {path} ({size}).</translation>
    </message>
    <message>
        <source>the workspace folder {folder} does not exist</source>
        <translation>le dossier de l'espace de travail {folder} n'existe pas</translation>
    </message>
    <message>
        <source>No backup of {folder} yet (coopdesk --workspace DIR backup takes one).</source>
        <translation>Aucune sauvegarde de {folder} pour l'instant (coopdesk --workspace DIR backup en fait une).</translation>
    </message>
    <message>
        <source>Backups of {folder}, newest first (in {where}):</source>
        <translation>Sauvegardes de {folder}, la plus récente en premier (dans {where}) :</translation>
    </message>
    <message>
        <source>Restore one with: coopdesk --workspace DIR restore FILE_NAME (or YYYY-MM-DD)</source>
        <translation>Restaurez-en une avec : coopdesk --workspace DIR restore NOM_DU_FICHIER (ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Restored {folder} from {name} (taken {when}).</source>
        <translation>{folder} restauré depuis {name} (sauvegarde du {when}).</translation>
    </message>
    <message>
        <source>The state before the restore was backed up to {path}.</source>
        <translation>L'état d'avant la restauration a été sauvegardé dans {path}.</translation>
    </message>
    <message>
        <source>The damaged database was kept as {path}.</source>
        <translation>La base de données endommagée a été gardée sous le nom {path}.</translation>
    </message>
    <message>
        <source>say what to write: --pdf OUT, --odt OUT or both, and/or --eml OUT</source>
        <translation>dites quoi écrire : --pdf OUT, --odt OUT ou les deux, et/ou --eml OUT</translation>
    </message>
    <message>
        <source>no meeting has the id or title “{meeting}”</source>
        <translation>aucune réunion n'a pour identifiant ou titre « {meeting} »</translation>
    </message>
    <message>
        <source>Wrote the minutes “{title}” ({pages} pages) to {out}.</source>
        <translation>« {title} » ({pages} pages) écrit dans {out}.</translation>
    </message>
    <message>
        <source>Wrote the minutes “{title}” (1 page) to {out}.</source>
        <translation>« {title} » (1 page) écrit dans {out}.</translation>
    </message>
    <message>
        <source>Wrote the minutes “{title}” as an editable ODT to {out}.</source>
        <translation>« {title} » écrit en ODT modifiable dans {out}.</translation>
    </message>
    <message>
        <source>Wrote the dossier “{title}” ({pages} pages) to {out}.</source>
        <translation>Dossier « {title} » ({pages} pages) écrit dans {out}.</translation>
    </message>
    <message>
        <source>Wrote {meetings} meetings and {actions} due actions to {out}.</source>
        <translation>{meetings} réunions et {actions} actions à échéance écrites dans {out}.</translation>
    </message>
    <message>
        <source>coopdesk: error: {message}</source>
        <translation>coopdesk : erreur : {message}</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <extracomment>What the operating system says, in the catalog's language (as Python gives it: English).</extracomment>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Aucun espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Quota de disque dépassé</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Opération non permise</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erreur d'entrée/sortie</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Est un dossier</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>N'est pas un dossier</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <source>{reason}: {path}</source>
        <translation>{reason} : {path}</translation>
    </message>
    <message>
        <source>cannot use the workspace {folder}: {reason}</source>
        <translation>impossible d'utiliser l'espace de travail {folder} : {reason}</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full.</source>
        <translation>Le disque qui contient {folder} est plein.</translation>
    </message>
    <message>
        <source>The workspace folder {folder} is read-only.</source>
        <translation>Le dossier de l'espace de travail {folder} est en lecture seule.</translation>
    </message>
    <message>
        <source>No sound backup of this workspace exists; `coopdesk --workspace DIR restore` lists the backups.</source>
        <translation>Il n'existe aucune sauvegarde saine de cet espace de travail ; `coopdesk --workspace DIR restore` liste les sauvegardes.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}; put it back with: coopdesk --workspace DIR restore {name}</source>
        <translation>La sauvegarde saine la plus récente date du {when} ; restaurez-la avec : coopdesk --workspace DIR restore {name}</translation>
    </message>
    <message>
        <source>Imported {ops} changes from {files} files.</source>
        <translation>{ops} modifications importées de {files} fichiers.</translation>
    </message>
    <message>
        <source>Nothing new from the others.</source>
        <translation>Rien de nouveau de la part des autres.</translation>
    </message>
    <message>
        <source>{count} files held only changes imported already (copies).</source>
        <translation>{count} fichiers ne contenaient que des modifications déjà importées (des copies).</translation>
    </message>
    <message>
        <source>Exported {ops} changes of this laptop to {files}.</source>
        <translation>{ops} modifications de cet ordinateur exportées dans {files}.</translation>
    </message>
    <message>
        <source>No change of this laptop to share.</source>
        <translation>Aucune modification de cet ordinateur à partager.</translation>
    </message>
    <message>
        <source>Warning: {problem} (coopdesk share join FOLDER asks for it).</source>
        <translation>Attention : {problem} (coopdesk share join DOSSIER la demande).</translation>
    </message>
    <message>
        <source>The team key file {name} was missing or damaged: this laptop wrote it again.</source>
        <translation>Le fichier de clé d'équipe {name} manquait ou était endommagé : cet ordinateur l'a écrit à nouveau.</translation>
    </message>
    <message>
        <source>Warning: key file {note}.</source>
        <translation>Attention : fichier de clé {note}.</translation>
    </message>
    <message>
        <source>Warning: the clock of {who}'s computer looks wrong (more than a day ahead).</source>
        <translation>Attention : l'horloge de l'ordinateur de {who} semble fausse (plus d'un jour d'avance).</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Remarque : {text}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Attention : {text}</translation>
    </message>
    <message>
        <source>Note: another installation was writing as this one (a copied laptop or a restored backup). This one now shares as device {device}. Nothing needs doing.</source>
        <translation>Remarque : une autre installation écrivait sous le nom de celle-ci (un ordinateur copié ou une sauvegarde restaurée). Celle-ci partage maintenant sous le nom d'appareil {device}. Rien à faire.</translation>
    </message>
    <message>
        <source>Note: another installation was writing as this one (a copied laptop or a restored backup). This one now shares as device {device}; {ops} of its changes were shared under that name. Nothing needs doing.</source>
        <translation>Remarque : une autre installation écrivait sous le nom de celle-ci (un ordinateur copié ou une sauvegarde restaurée). Celle-ci partage maintenant sous le nom d'appareil {device} ; {ops} de ses modifications ont été partagées sous ce nom. Rien à faire.</translation>
    </message>
    <message>
        <source>two installations (a copied laptop, or a backup put back after the laptop had shared) shared different changes as the same device. Both sets of changes are kept on every laptop, and each installation now shares under a device name of its own. Nothing needs doing.</source>
        <extracomment>What a recovered copied laptop means, for `sync` and `sync --status`.</extracomment>
        <translation>deux installations (un ordinateur copié, ou une sauvegarde restaurée après que l'ordinateur avait partagé) ont partagé des modifications différentes sous le même nom d'appareil. Les deux ensembles de modifications sont gardés sur chaque ordinateur, et chaque installation partage désormais sous un nom d'appareil qui lui est propre. Rien à faire.</translation>
    </message>
    <message>
        <source>another installation writes as this one and this laptop cannot sort the two apart by itself (it started from a snapshot), so it stopped sharing its changes. Nothing is lost and the other laptops are not affected: keep this workspace folder as it is (its changes are in it) and tell the people who maintain coopdesk (docs/sync.md, "Copied laptops and restored backups").</source>
        <extracomment>When a laptop could not recover by itself (it started from a snapshot: its log of changes has gaps), and what to do.</extracomment>
        <translation>une autre installation écrit sous le nom de celle-ci et cet ordinateur ne peut pas les distinguer seul (il est parti d'un instantané) : il a donc arrêté de partager ses modifications. Rien n'est perdu et les autres ordinateurs ne sont pas touchés : laissez le dossier de cet espace de travail tel quel (ses modifications y sont) et prévenez les personnes qui maintiennent coopdesk (docs/sync.md, "Copied laptops and restored backups").</translation>
    </message>
    <message>
        <source>Leftover: {path} is a leftover copy made by your sync program; it can be deleted (coopdesk sync --remove-leftovers).</source>
        <translation>Copie laissée : {path} est une copie laissée par votre programme de synchronisation ; elle peut être supprimée (coopdesk sync --remove-leftovers).</translation>
    </message>
    <message>
        <source>Could not read {path}: {detail}.</source>
        <translation>Lecture impossible de {path} : {detail}.</translation>
    </message>
    <message>
        <source>Could not read {path}: {what}{who}{detail}.</source>
        <translation>Lecture impossible de {path} : {what}{who}{detail}.</translation>
    </message>
    <message>
        <source>, written by {author}</source>
        <translation>, écrit par {author}</translation>
    </message>
    <message>
        <source>, writer unknown</source>
        <translation>, auteur inconnu</translation>
    </message>
    <message>
        <source>incomplete (still arriving? retried next time)</source>
        <translation>incomplet (encore en train d'arriver ? nouvel essai la prochaine fois)</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>waiting for an earlier file</source>
        <translation>en attente d'un fichier antérieur</translation>
    </message>
    <message>
        <source>written by a newer coopdesk (please update)</source>
        <translation>écrit par un coopdesk plus récent (mettez coopdesk à jour)</translation>
    </message>
    <message>
        <source>written by a copy of a laptop</source>
        <translation>écrit par une copie d'un ordinateur</translation>
    </message>
    <message>
        <source>encrypted with a key this laptop does not have yet</source>
        <translation>chiffré avec une clé que cet ordinateur n'a pas encore</translation>
    </message>
    <message>
        <source>cannot be decrypted with the team's keys</source>
        <translation>impossible à déchiffrer avec les clés de l'équipe</translation>
    </message>
    <message>
        <source>Passphrase of the team “{name}”: </source>
        <translation>Phrase secrète de l'équipe « {name} » : </translation>
    </message>
    <message>
        <source>Passphrase of the encrypted team (its name shows once it is given): </source>
        <translation>Phrase secrète de l'équipe chiffrée (son nom s'affiche une fois qu'elle est donnée) : </translation>
    </message>
    <message>
        <source>cannot write in the shared folder {folder}: {reason}. This workspace was left unshared.</source>
        <translation>impossible d'écrire dans le dossier partagé {folder} : {reason}. Cet espace de travail est resté non partagé.</translation>
    </message>
    <message>
        <source>Workspace “{name}” is now shared, encrypted, in {root}.</source>
        <translation>L'espace de travail « {name} » est maintenant partagé, chiffré, dans {root}.</translation>
    </message>
    <message>
        <source>Write the passphrase down (the app prints a recovery sheet): without it no new laptop can join and nothing can be recovered.</source>
        <translation>Notez la phrase secrète (l'application imprime une fiche de secours) : sans elle, aucun nouvel ordinateur ne peut rejoindre l'équipe et rien ne peut être récupéré.</translation>
    </message>
    <message>
        <source>Workspace “{name}” is now shared in {root}.</source>
        <translation>L'espace de travail « {name} » est maintenant partagé dans {root}.</translation>
    </message>
    <message>
        <source>On each other laptop, join it into a new folder:</source>
        <translation>Sur chaque autre ordinateur, rejoignez-le dans un nouveau dossier :</translation>
    </message>
    <message>
        <source>On each other laptop, join it into a new folder (the passphrase is asked):</source>
        <translation>Sur chaque autre ordinateur, rejoignez-le dans un nouveau dossier (la phrase secrète est demandée) :</translation>
    </message>
    <message>
        <source>{folder} is already a copy of “{name}”; synced it.</source>
        <translation>{folder} est déjà une copie de « {name} » ; il a été synchronisé.</translation>
    </message>
    <message>
        <source>{folder} is already a copy of “{name}”; opened its keys and synced it.</source>
        <translation>{folder} est déjà une copie de « {name} » ; ses clés ont été ouvertes et il a été synchronisé.</translation>
    </message>
    <message>
        <source>{folder} is now a copy of the workspace “{name}” shared in {root}.</source>
        <translation>{folder} est maintenant une copie de l'espace de travail « {name} » partagé dans {root}.</translation>
    </message>
    <message>
        <source>{folder} is now a copy of the encrypted workspace “{name}” shared in {root}.</source>
        <translation>{folder} est maintenant une copie de l'espace de travail chiffré « {name} » partagé dans {root}.</translation>
    </message>
    <message>
        <source>New files are now written with a new key. What rotation cannot do: whatever a person already read or copied stays known to them, and files written before stay readable with the old key. Someone who knows the passphrase can open the new key too, so when a member leaves, change the passphrase first (share change-passphrase), then rotate.</source>
        <translation>Les nouveaux fichiers sont maintenant écrits avec une nouvelle clé. Ce que le changement de clé ne peut pas faire : ce qu'une personne a déjà lu ou copié lui reste connu, et les fichiers écrits avant restent lisibles avec l'ancienne clé. Qui connaît la phrase secrète peut aussi ouvrir la nouvelle clé : quand un membre part, changez d'abord la phrase secrète (share change-passphrase), puis la clé.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Team passphrase: </source>
        <translation>Phrase secrète de l'équipe : </translation>
    </message>
    <message>
        <source>Current team passphrase: </source>
        <translation>Phrase secrète actuelle de l'équipe : </translation>
    </message>
    <message>
        <source>New team passphrase: </source>
        <translation>Nouvelle phrase secrète de l'équipe : </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Tapez-la à nouveau : </translation>
    </message>
    <message>
        <source>no passphrase: set {env} or run in a terminal</source>
        <translation>aucune phrase secrète : définissez {env} ou lancez la commande dans un terminal</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>les deux phrases secrètes diffèrent ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>The team key is kept in this computer's keyring (never the passphrase).</source>
        <translation>La clé de l'équipe est gardée dans le trousseau de cet ordinateur (jamais la phrase secrète).</translation>
    </message>
    <message>
        <source>No keyring works on this computer: the team key is kept for this command only; the passphrase is asked again next time ({env} for scripts).</source>
        <translation>Aucun trousseau ne fonctionne sur cet ordinateur : la clé de l'équipe n'est gardée que pour cette commande ; la phrase secrète sera demandée à nouveau la prochaine fois ({env} pour les scripts).</translation>
    </message>
    <message>
        <source>Warning: {env} did not open the team's keys: {problem}</source>
        <translation>Attention : {env} n'a pas ouvert les clés de l'équipe : {problem}</translation>
    </message>
    <message>
        <source>Wrote again the team key files {names}.</source>
        <translation>Fichiers de clés de l'équipe écrits à nouveau : {names}.</translation>
    </message>
    <message>
        <source>The team's key files are all in place; nothing was written.</source>
        <translation>Les fichiers de clés de l'équipe sont tous en place ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The team passphrase is changed: new key files are in the shared folder and the old passphrase opens nothing any more. Nothing was encrypted again; laptops that already hold the key keep working. Print a new recovery sheet.</source>
        <translation>La phrase secrète de l'équipe est changée : de nouveaux fichiers de clés sont dans le dossier partagé et l'ancienne phrase secrète n'ouvre plus rien. Rien n'a été chiffré à nouveau ; les ordinateurs qui détiennent déjà la clé continuent de fonctionner. Imprimez une nouvelle fiche de secours.</translation>
    </message>
    <message>
        <source>New team key {key_id}. {limits}</source>
        <translation>Nouvelle clé d'équipe {key_id}. {limits}</translation>
    </message>
    <message>
        <source>A laptop that was given the current passphrase opens the new key by itself; the others need the passphrase once (the app asks for it; on the command line: share join FOLDER, or COOPDESK_PASSPHRASE).</source>
        <translation>Un ordinateur qui a reçu la phrase secrète actuelle ouvre la nouvelle clé de lui-même ; les autres ont besoin de la phrase secrète une fois (l'application la demande ; en ligne de commande : share join DOSSIER, ou COOPDESK_PASSPHRASE).</translation>
    </message>
    <message>
        <source>{folder} holds no workspace</source>
        <translation>{folder} ne contient aucun espace de travail</translation>
    </message>
    <message>
        <source>Wrote the whole workspace “{name}” ({ops} changes) to {out}.</source>
        <translation>Espace de travail « {name} » écrit en entier ({ops} modifications) dans {out}.</translation>
    </message>
    <message>
        <source>On another laptop, bring it in with:</source>
        <translation>Sur un autre ordinateur, importez-le avec :</translation>
    </message>
    <message>
        <source> written by {author}</source>
        <translation> écrit par {author}</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> le {day}</translation>
    </message>
    <message>
        <source>Created a copy of the workspace “{name}” from {source}{who}{when} ({count} changes).</source>
        <translation>Copie de l'espace de travail « {name} » créée depuis {source}{who}{when} ({count} modifications).</translation>
    </message>
    <message>
        <source>Nothing new in {source}{who}{when}: this workspace already had all of it.</source>
        <translation>Rien de nouveau dans {source}{who}{when} : cet espace de travail avait déjà tout.</translation>
    </message>
    <message>
        <source>Imported {count} changes from {source}{who}{when}.</source>
        <translation>{count} modifications importées depuis {source}{who}{when}.</translation>
    </message>
    <message>
        <source>say what to write: {options}</source>
        <translation>dites quoi écrire : {options}</translation>
    </message>
    <message>
        <source>Wrote the attendance sheet “{title}” ({pages} pages, {people} people) to {path}.</source>
        <translation>Feuille d'émargement « {title} » ({pages} page(s), {people} personne(s)) écrite dans {path}.</translation>
    </message>
    <message>
        <source>Wrote the invitation “{title}” (sequence {sequence}, {count} attendees with an e-mail address) to {path}.</source>
        <translation>Invitation « {title} » (séquence {sequence}, {count} invité·es avec une adresse e-mail) écrite dans {path}.</translation>
    </message>
    <message>
        <source>Wrote the cancellation of “{title}” (sequence {sequence}, {count} attendees with an e-mail address) to {path}.</source>
        <translation>Annulation de « {title} » (séquence {sequence}, {count} invité·es avec une adresse e-mail) écrite dans {path}.</translation>
    </message>
    <message>
        <source>Warning: nobody convenes with an e-mail address (the secretary of the meeting or the project's lead partner): the invitation names no organiser.</source>
        <translation>Attention : personne ne convoque avec une adresse e-mail (le ou la secrétaire de séance ou la structure cheffe de file du projet) : l'invitation ne nomme pas d'organisateur.</translation>
    </message>
    <message>
        <source>Wrote the e-mail draft “{subject}” to {path} ({count} recipients); open it in your mail program to check and send it.</source>
        <translation>Brouillon d'e-mail « {subject} » écrit dans {path} ({count} destinataire(s)) ; ouvrez-le dans votre messagerie pour le relire et l'envoyer.</translation>
    </message>
    <message>
        <source>To let know another way (no e-mail address): {names}.</source>
        <translation>À prévenir autrement (pas d'adresse e-mail) : {names}.</translation>
    </message>
    <message>
        <source>Wrote the action plan “{title}” ({count} actions, {pages} pages) to {path}.</source>
        <translation>Plan d'action « {title} » ({count} action(s), {pages} page(s)) écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>Unknown value</source>
        <extracomment>What a stored value that no member of its enum has reads as (see UnknownValue).</extracomment>
        <translation>Valeur inconnue</translation>
    </message>
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
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>As its role says</source>
        <translation>Selon son rôle</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Does not vote</source>
        <translation>Ne vote pas</translation>
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
        <translation>Téléphone</translation>
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
        <translation>Visio</translation>
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
        <source>Ordinary general assembly</source>
        <translation>Assemblée générale ordinaire</translation>
    </message>
    <message>
        <source>Extraordinary general assembly</source>
        <translation>Assemblée générale extraordinaire</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>Conseil d'administration</translation>
    </message>
    <message>
        <source>Bureau meeting</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation>Réunion de travail</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Autre réunion</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Par courrier électronique</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Par courrier postal</translation>
    </message>
    <message>
        <source>By e-mail and letter</source>
        <translation>Par courrier électronique et postal</translation>
    </message>
    <message>
        <source>No vote recorded</source>
        <translation>Pas de vote noté</translation>
    </message>
    <message>
        <source>Unanimously</source>
        <translation>À l'unanimité</translation>
    </message>
    <message>
        <source>Votes counted</source>
        <translation>Voix comptées</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
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
        <source>The disk holding {folder} is full ({reason}). Free some space, then try again; nothing was changed.</source>
        <translation>Le disque qui contient {folder} est plein ({reason}). Libérez de la place, puis réessayez ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The workspace folder {folder} is read-only: coopdesk cannot write there ({reason}). Make it writable, or copy the workspace somewhere writable.</source>
        <translation>Le dossier de l'espace de travail {folder} est en lecture seule : coopdesk ne peut pas y écrire ({reason}). Rendez-le modifiable, ou copiez l'espace de travail dans un dossier modifiable.</translation>
    </message>
    <message>
        <source>The workspace {folder} is locked by another program (another coopdesk window or command, or a backup tool): {reason}. Try again when it has finished.</source>
        <translation>L'espace de travail {folder} est verrouillé par un autre programme (une autre fenêtre ou commande coopdesk, ou un outil de sauvegarde) : {reason}. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>the folder of {path} does not exist</source>
        <translation>le dossier de {path} n'existe pas</translation>
    </message>
    <message>
        <source>{file} is another program's database, not a coopdesk workspace; it was left untouched.</source>
        <translation>{file} est la base de données d'un autre programme, pas un espace de travail coopdesk ; elle a été laissée intacte.</translation>
    </message>
    <message>
        <source>{path} already exists; add --force to replace it</source>
        <translation>{path} existe déjà ; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>{path} already holds an export; add --force to replace it</source>
        <translation>{path} contient déjà un export ; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder</source>
        <translation>{path} est un fichier ; indiquez un dossier</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} est un dossier ; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>{path} is given twice (also as {other})</source>
        <translation>{path} est indiqué deux fois (aussi comme {other})</translation>
    </message>
    <message>
        <source>{path} is inside the workspace's own files ({place}) or holds them; choose another place</source>
        <translation>{path} est dans les fichiers propres de l'espace de travail ({place}) ou les contient ; choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>{path} is inside the workspace's own files ({place}); choose another place, outside that folder</source>
        <translation>{path} est dans les fichiers propres de l'espace de travail ({place}) ; choisissez un autre emplacement, hors de ce dossier</translation>
    </message>
    <message>
        <source>another coopdesk ({holder}) is working on this workspace {folder}; try again when it has finished</source>
        <translation>un autre coopdesk ({holder}) travaille sur cet espace {folder} ; réessayez quand il aura fini</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot approve minutes.</source>
        <translation>Une réunion annulée ne peut pas approuver un compte rendu.</translation>
    </message>
    <message>
        <source>A printing template asks for “{key}”, which coopdesk does not fill; correct or remove the template in {folder}.</source>
        <translation>Un modèle d'impression demande « {key} », que coopdesk ne remplit pas ; corrigez ou supprimez le modèle dans {folder}.</translation>
    </message>
    <message>
        <source>A quorum fraction is between 1/1000 and 1/1, for example 1/2 or 2/3.</source>
        <translation>Une fraction de quorum est comprise entre 1/1000 et 1/1, par exemple 1/2 ou 2/3.</translation>
    </message>
    <message>
        <source>A score goes from {low} to {high}; {value} is outside.</source>
        <translation>Une note va de {low} à {high} ; {value} est en dehors.</translation>
    </message>
    <message>
        <source>A secret ballot records the counts only, not who voted what.</source>
        <translation>Un vote à bulletin secret ne note que les nombres, pas qui a voté quoi.</translation>
    </message>
    <message>
        <source>A workspace already exists in {folder}.</source>
        <translation>Un espace de coopération existe déjà dans {folder}.</translation>
    </message>
    <message>
        <source>Cannot back up {file}: {reason}.</source>
        <translation>Impossible de sauvegarder {file} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the workspace in {folder}: {reason}.</source>
        <translation>Impossible de créer l'espace de coopération dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot move the damaged file {file} aside: {reason}.</source>
        <translation>Impossible de mettre de côté le fichier endommagé {file} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot open {file}: {reason}.</source>
        <translation>Impossible d'ouvrir {file} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Impossible de lire {file} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot restore {file}: {reason}.</source>
        <translation>Impossible de restaurer {file} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d'écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Choose at least one other record to merge into this one.</source>
        <translation>Choisissez au moins une autre fiche à fusionner avec celle-ci.</translation>
    </message>
    <message>
        <source>Consent needs the date it was given.</source>
        <translation>Indiquez la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <source>Give the fraction whole, for example 1/2 or 2/3.</source>
        <translation>Donnez la fraction entière, par exemple 1/2 ou 2/3.</translation>
    </message>
    <message>
        <source>Give the number of votes for (0 when there were none).</source>
        <translation>Indiquez le nombre de voix pour (0 s'il n'y en a eu aucune).</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting.</source>
        <translation>Un compte rendu s'approuve lors d'une réunion ultérieure.</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting: use “Approve minutes…” and choose that meeting.</source>
        <translation>Un compte rendu s'approuve lors d'une réunion ultérieure : utilisez « Approuver le compte rendu… » et choisissez cette réunion.</translation>
    </message>
    <message>
        <source>No person or organisation is called “{text}”: pick one in the list.</source>
        <extracomment>Text the completer matches: the label and the label without accents. The position of the correspondent in the list the edit was given.</extracomment>
        <translation>Aucun contact ni aucune structure ne s'appelle « {text} » : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Only a person signs the minutes.</source>
        <translation>Seule une personne signe le procès-verbal.</translation>
    </message>
    <message>
        <source>Only a record in the trash can be deleted for good; move it to the trash first.</source>
        <translation>Seule une fiche dans la corbeille peut être supprimée définitivement ; mettez-la d'abord à la corbeille.</translation>
    </message>
    <message>
        <source>Only approved minutes are annotated; change the meeting itself instead.</source>
        <translation>Seul un compte rendu approuvé s'annote ; modifiez plutôt la réunion elle-même.</translation>
    </message>
    <message>
        <source>Only the minutes of a meeting that was held can be approved.</source>
        <translation>Seul le compte rendu d'une réunion qui a eu lieu peut être approuvé.</translation>
    </message>
    <message>
        <source>Say what to change: FIELD=VALUE.</source>
        <translation>Dites quoi changer : CHAMP=VALEUR.</translation>
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
        <source>Several records match {text}: {candidates}.</source>
        <translation>Plusieurs fiches correspondent à {text} : {candidates}.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s'est produite.</translation>
    </message>
    <message>
        <source>The booking must end after it starts.</source>
        <translation>La réservation doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The chosen {kind} does not exist or is in the trash.</source>
        <translation>L'élément choisi ({kind}) n'existe pas ou est dans la corbeille.</translation>
    </message>
    <message>
        <source>The convocation is sent before the meeting.</source>
        <translation>La convocation est envoyée avant la réunion.</translation>
    </message>
    <message>
        <source>The database {file} is damaged ({reason}).</source>
        <translation>La base de données {file} est endommagée ({reason}).</translation>
    </message>
    <message>
        <source>The end ({end}) comes before the start ({start}).</source>
        <translation>La fin ({end}) est avant le début ({start}).</translation>
    </message>
    <message>
        <source>The file {path} belongs to another team ({name}); nothing was imported.</source>
        <translation>Le fichier {path} appartient à une autre équipe ({name}) ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Le fichier {path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <source>The file {path} holds changes written as this laptop that it does not have (a copy of this workspace?); nothing was imported.</source>
        <translation>Le fichier {path} contient des modifications écrites au nom de cet ordinateur qu'il n'a pas (une copie de cet espace ?) ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>The file {path} is damaged; ask for it again.</source>
        <translation>Le fichier {path} est endommagé ; demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file {path} is encrypted with a team key this workspace does not hold; join the team's shared folder with its passphrase first.</source>
        <translation>Le fichier {path} est chiffré avec une clé d'équipe que cet espace ne détient pas ; rejoignez d'abord le dossier partagé de l'équipe avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>The file {path} is incomplete (still being copied?).</source>
        <translation>Le fichier {path} est incomplet (copie encore en cours ?).</translation>
    </message>
    <message>
        <source>The file {path} is not a coopdesk workspace file.</source>
        <translation>Le fichier {path} n'est pas un fichier d'espace de coopération coopdesk.</translation>
    </message>
    <message>
        <source>The file {path} was made by a newer coopdesk; please update coopdesk.</source>
        <translation>Le fichier {path} a été créé par une version plus récente de coopdesk ; veuillez mettre coopdesk à jour.</translation>
    </message>
    <message>
        <source>The file {path} was not written with this team's key.</source>
        <translation>Le fichier {path} n'a pas été écrit avec la clé de cette équipe.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty and is not a coopdesk export; choose a new or empty folder.</source>
        <translation>Le dossier {folder} n'est pas vide et ne contient pas un export coopdesk ; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n'existe pas.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>La réunion se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The meeting is closed before it starts.</source>
        <translation>La séance est levée avant de commencer.</translation>
    </message>
    <message>
        <source>The minutes of the meeting “{title}” are approved: the meeting can no longer be changed, only annotated.</source>
        <translation>Le compte rendu de la réunion « {title} » est approuvé : la réunion ne peut plus être modifiée, seulement annotée.</translation>
    </message>
    <message>
        <source>The shared folder is needed to write the file with the team's key: {reason}</source>
        <translation>Le dossier partagé est nécessaire pour écrire le fichier avec la clé de l'équipe : {reason}</translation>
    </message>
    <message>
        <source>The team passphrase needs at least {count} characters (several words are easier to remember).</source>
        <translation>La phrase secrète de l'équipe doit compter au moins {count} caractères (plusieurs mots se retiennent mieux).</translation>
    </message>
    <message>
        <source>The team's key files have not arrived in the shared folder yet (or were removed).</source>
        <translation>Les fichiers de clés de l'équipe ne sont pas encore arrivés dans le dossier partagé (ou ont été supprimés).</translation>
    </message>
    <message>
        <source>The workspace folder {folder} does not exist.</source>
        <translation>Le dossier de l'espace de coopération {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>The workspace {folder} is open in another coopdesk window or command. Close it there first.</source>
        <translation>L'espace de coopération {folder} est ouvert dans une autre fenêtre ou commande coopdesk. Fermez-le d'abord.</translation>
    </message>
    <message>
        <source>The {kind} {id} is in the trash; restore it first (restore {kind} {id}).</source>
        <translation>{kind} {id} est à la corbeille ; sortez-le d'abord (restore {kind} {id}).</translation>
    </message>
    <message>
        <source>The {kind} {id} is private to the laptop that wrote it: it is not in this workspace and cannot be read or changed here.</source>
        <translation>{kind} {id} est privé à l'ordinateur qui l'a écrit : il n'est pas dans cet espace de coopération et ne peut être ni lu ni modifié ici.</translation>
    </message>
    <message>
        <source>There is no backup named {name} in {folder}.</source>
        <translation>Il n'y a pas de sauvegarde nommée {name} dans {folder}.</translation>
    </message>
    <message>
        <source>There is no backup of {day} in {folder}.</source>
        <translation>Il n'y a pas de sauvegarde du {day} dans {folder}.</translation>
    </message>
    <message>
        <source>There is no kind of record named “{kind}”.</source>
        <translation>Aucun type d'élément ne s'appelle « {kind} ».</translation>
    </message>
    <message>
        <source>There is no kind “{kind}”; the kinds are: {kinds}.</source>
        <translation>Le type « {kind} » n'existe pas ; types possibles : {kinds}.</translation>
    </message>
    <message>
        <source>There is no sound backup of {folder} to restore.</source>
        <translation>Il n'y a aucune sauvegarde intacte de {folder} à restaurer.</translation>
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
        <source>This laptop does not hold the team's key {key} yet: enter the team passphrase to share its changes.</source>
        <translation>Cet ordinateur n'a pas encore la clé {key} de l'équipe : tapez la phrase secrète de l'équipe pour partager ses modifications.</translation>
    </message>
    <message>
        <source>This objective belongs to another project.</source>
        <translation>Cet objectif appartient à un autre projet.</translation>
    </message>
    <message>
        <source>This partner already has a score for this practice in this review; change that score instead.</source>
        <translation>Ce partenaire a déjà une note pour cette pratique dans cette évaluation ; modifiez plutôt cette note.</translation>
    </message>
    <message>
        <source>This record no longer exists: {kind} {id}.</source>
        <translation>Cet élément n'existe plus : {kind} {id}.</translation>
    </message>
    <message>
        <source>This resource is already booked from {start} to {end}{by}.</source>
        <translation>Cette ressource est déjà réservée du {start} au {end}{by}.</translation>
    </message>
    <message>
        <source>This team's shared folder is not encrypted.</source>
        <translation>Le dossier partagé de cette équipe n'est pas chiffré.</translation>
    </message>
    <message>
        <source>This text is too long ({length} characters, at most {limit}).</source>
        <translation>Ce texte est trop long ({length} caractères, {limit} au maximum).</translation>
    </message>
    <message>
        <source>This version is no longer in the history of this record.</source>
        <translation>Cette version ne figure plus dans l'historique de cette fiche.</translation>
    </message>
    <message>
        <source>This workspace already belongs to another team.</source>
        <translation>Cet espace appartient déjà à une autre équipe.</translation>
    </message>
    <message>
        <source>This workspace is already shared in {folder}.</source>
        <translation>Cet espace est déjà partagé dans {folder}.</translation>
    </message>
    <message>
        <source>This workspace is not part of the team of {path} and already holds records; import the file into a new, empty workspace.</source>
        <translation>Cet espace ne fait pas partie de l'équipe de {path} et contient déjà des fiches ; importez le fichier dans un nouvel espace vide.</translation>
    </message>
    <message>
        <source>This workspace is not shared yet (share create FOLDER).</source>
        <translation>Cet espace n'est pas encore partagé (share create DOSSIER).</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of coopdesk (schema {revision}). Please update coopdesk to open it; the file was left untouched.</source>
        <translation>Cet espace a été enregistré par une version plus récente de coopdesk (schéma {revision}). Mettez coopdesk à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Upgrading this workspace to the new version of coopdesk failed ({reason}). It was put back as it was before the upgrade, from the copy {backup}; please tell the people who maintain coopdesk.</source>
        <translation>La mise à jour de cet espace de coopération vers la nouvelle version de coopdesk a échoué ({reason}). Il a été remis dans son état d'avant la mise à jour, à partir de la copie {backup} ; merci de prévenir les personnes qui maintiennent coopdesk.</translation>
    </message>
    <message>
        <source>Write the annotation first.</source>
        <translation>Écrivez d'abord l'annotation.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it opens none of the team's keys.</source>
        <translation>Phrase secrète incorrecte : elle n'ouvre aucune des clés de l'équipe.</translation>
    </message>
    <message>
        <source>cannot be empty: give the id of a {kind}.</source>
        <translation>ne peut pas être vide : donnez l'identifiant d'un enregistrement de type {kind}.</translation>
    </message>
    <message>
        <source>given more than once.</source>
        <translation>donné plus d'une fois.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>required to add a {kind}.</source>
        <translation>obligatoire pour ajouter un enregistrement de type {kind}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown field of {kind}; its fields are: {fields}.</source>
        <translation>champ inconnu de {kind} ; champs possibles : {fields}.</translation>
    </message>
    <message>
        <source>unknown value “{value}”; the possible values are: {allowed}.</source>
        <translation>valeur « {value} » inconnue ; valeurs possibles : {allowed}.</translation>
    </message>
    <message>
        <source>{file} is not a coopdesk database (damaged or another file).</source>
        <translation>{file} n'est pas une base de données coopdesk (fichier endommagé ou d'un autre type).</translation>
    </message>
    <message>
        <source>{folder} is not a coopdesk workspace (no {db} in it).</source>
        <translation>{folder} n'est pas un espace de coopération coopdesk (il ne contient pas {db}).</translation>
    </message>
    <message>
        <source>{name} is already a partner of this project.</source>
        <translation>{name} est déjà partenaire de ce projet.</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name.</source>
        <translation>{path} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder for the CSV files.</source>
        <translation>{path} est un fichier ; indiquez un dossier pour les fichiers CSV.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a .json file.</source>
        <translation>{path} est un dossier ; indiquez le chemin d'un fichier .json.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{value} is outside the allowed range ({low} to {high}).</source>
        <translation>{value} est en dehors des valeurs permises (de {low} à {high}).</translation>
    </message>
    <message>
        <source>“{name}” is in the trash: restore it before keeping it.</source>
        <translation>« {name} » est dans la corbeille : restaurez-le avant de le garder.</translation>
    </message>
    <message>
        <source>“{text}” is not FIELD=VALUE (for example title=Réunion).</source>
        <translation>« {text} » n'est pas de la forme CHAMP=VALEUR (par exemple title=Réunion).</translation>
    </message>
    <message>
        <source>“{text}” is not a duration (for example 20 or 1 h 30).</source>
        <translation>« {text} » n'est pas une durée (par exemple 20 ou 1 h 30).</translation>
    </message>
    <message>
        <source>“{text}” is not a number of proxies (for example 2; leave empty for no limit).</source>
        <translation>« {text} » n'est pas un nombre de pouvoirs (par exemple 2 ; laissez vide pour ne pas limiter).</translation>
    </message>
    <message>
        <source>“{text}” is not a quorum: write a number of voting partners (4) or a fraction of them (1/2, 2/3).</source>
        <translation>« {text} » n'est pas un quorum : écrivez un nombre de structures qui votent (4) ou une fraction (1/2, 2/3).</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date (for example 31/03/2026).</source>
        <translation>« {text} » n'est pas une date valide (par exemple 31/03/2026).</translation>
    </message>
    <message>
        <source>“{text}” is not a valid time (for example 18:30).</source>
        <translation>« {text} » n'est pas une heure valide (par exemple 18:30).</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>« {text} » n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount (for example 1 250,00).</source>
        <translation>« {text} » n'est pas un montant (par exemple 1 250,00).</translation>
    </message>
    <message>
        <source>“{text}” is not an end time (for example 20:00, or a date and a time).</source>
        <translation>« {text} » n'est pas une heure de fin (par exemple 20:00, ou une date et une heure).</translation>
    </message>
    <message>
        <source>“{title}” cannot be deleted for good: {count} other records still refer to it, for example “{other}”. Delete those for good first, or keep this one in the trash.</source>
        <translation>« {title} » ne peut pas être supprimé définitivement : {count} autres fiches y font encore référence, par exemple « {other} ». Supprimez-les d'abord définitivement, ou gardez celle-ci dans la corbeille.</translation>
    </message>
    <message>
        <source>“{title}” cannot be deleted for good: “{other}” still refers to it. Delete that record for good first, or keep this one in the trash.</source>
        <translation>« {title} » ne peut pas être supprimé définitivement : « {other} » y fait encore référence. Supprimez d'abord cette fiche définitivement, ou gardez celle-ci dans la corbeille.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an email address.</source>
        <translation>« {value} » ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a number (for example 12,5).</source>
        <translation>« {text} » n'est pas un nombre (par exemple 12,5).</translation>
    </message>
    <message>
        <source>Give the full path of the folder (for example {example}).</source>
        <translation>Indiquez le chemin complet du dossier (par exemple {example}).</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder.</source>
        <translation>« {path} » est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>“{folder}” holds no shared coopdesk workspace. Choose the folder your partners share (it contains a “CoopDesk” folder), or ask them to share their workspace first. Nothing was changed.</source>
        <translation>« {folder} » ne contient aucun espace coopdesk partagé. Choisissez le dossier que partagent vos partenaires (il contient un dossier « CoopDesk »), ou demandez-leur d'abord de partager leur espace. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be found (is the drive connected?). Nothing was changed.</source>
        <translation>Le dossier « {folder} » est introuvable (le disque est-il branché ?). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>This shared workspace cannot be joined: {reason}</source>
        <translation>Impossible de rejoindre cet espace partagé : {reason}</translation>
    </message>
    <message>
        <source>No passphrase was given; nothing was changed.</source>
        <translation>Aucune phrase de passe n'a été donnée ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first (in the cloud, network or USB folder every member reaches).</source>
        <translation>Le dossier {folder} n'existe pas ; créez-le d'abord (dans le dossier cloud, réseau ou USB que tous les membres atteignent).</translation>
    </message>
    <message>
        <source>This team's shared folder is encrypted: its passphrase is needed; nothing was changed.</source>
        <translation>Le dossier partagé de cette équipe est chiffré : sa phrase secrète est nécessaire ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>No key file of the team can be opened: type the passphrase twice to write them again.</source>
        <translation>Aucun fichier de clé de l'équipe ne peut être ouvert : tapez la phrase secrète deux fois pour les écrire à nouveau.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or was tampered with (written on device {device}); nothing was imported: ask for it again.</source>
        <translation>Le fichier {path} est endommagé ou a été modifié (écrit sur l'appareil {device}) ; rien n'a été importé : demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>{reason} A laptop that holds the team key repairs it by itself when it syncs (or: share repair-keys).</source>
        <translation>{reason} Un ordinateur qui détient la clé de l'équipe le répare de lui-même en se synchronisant (ou : share repair-keys).</translation>
    </message>
    <message>
        <source>{folder} already holds a different workspace; join into a new or empty folder.</source>
        <translation>{folder} contient déjà un autre espace de travail ; rejoignez-le dans un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>{folder} is not a new or empty folder; nothing was changed.</source>
        <translation>{folder} n'est pas un dossier nouveau ou vide ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{folder} is not a workspace nor a new or empty folder.</source>
        <translation>{folder} n'est ni un espace de travail ni un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time written YYYY-MM-DDTHH:MM (for example 2026-03-31T18:30).</source>
        <translation>« {value} » n'est pas une date et heure écrite AAAA-MM-JJTHH:MM (par exemple 2026-03-31T18:30).</translation>
    </message>
    <message>
        <source>“{value}” is not a date written YYYY-MM-DD (for example 2026-03-31).</source>
        <translation>« {value} » n'est pas une date écrite AAAA-MM-JJ (par exemple 2026-03-31).</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar: that month has {days} days.</source>
        <translation>« {value} » n'est pas un jour du calendrier : ce mois a {days} jours.</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar: there is no month {month}.</source>
        <translation>« {value} » n'est pas un jour du calendrier : il n'y a pas de mois {month}.</translation>
    </message>
    <message>
        <source>“{value}” is not a number (for example 12.5).</source>
        <translation>« {value} » n'est pas un nombre (par exemple 12,5).</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number (for example 12).</source>
        <translation>« {value} » n'est pas un nombre entier (par exemple 12).</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in cents (for example 1250) or in euros (for example 12.50€).</source>
        <translation>« {value} » n'est pas un montant en centimes (par exemple 1250) ni en euros (par exemple 12,50€).</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no; the possible values are: {allowed}.</source>
        <translation>« {value} » n'est ni oui ni non ; valeurs possibles : {allowed}.</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>Organisation</source>
        <extracomment>The English names of the kinds of record (`KindSpec.label`, services/kinds.py), marked here for lupdate (context "kind"); tests/services/test_kinds.py checks every label is.</extracomment>
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
        <translation>Point de l'ordre du jour</translation>
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
        <translation>Note d'évaluation</translation>
    </message>
</context>
</TS>
