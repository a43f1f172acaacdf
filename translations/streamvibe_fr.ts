<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Unknown language “%1”; available: %2.</source>
        <translation>Langue inconnue « %1 » ; disponibles : %2.</translation>
    </message>
    <message>
        <source>StreamVibe: search your YouTube, Instagram and TikTok content offline.</source>
        <translation>StreamVibe : recherchez vos contenus YouTube, Instagram et TikTok hors ligne.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt; instead of the default one.</source>
        <translation>Utiliser le profil situé dans &lt;dossier&gt; au lieu du profil par défaut.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) instead of the system language.</source>
        <translation>Afficher l’interface en &lt;langue&gt; (%1) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the system and user files (also $STREAMVIBE_CONFIG).</source>
        <translation>Lire la configuration depuis &lt;fichier&gt; au lieu des fichiers système et utilisateur (aussi $STREAMVIBE_CONFIG).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Links passed by the desktop (ignored).</source>
        <translation>Liens transmis par le bureau (ignorés).</translation>
    </message>
</context>
<context>
    <name>sv::AboutDialog</name>
    <message>
        <source>About StreamVibe</source>
        <translation>À propos de StreamVibe</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Search your YouTube, Instagram and TikTok content offline.</source>
        <translation>Recherchez vos contenus YouTube, Instagram et TikTok hors ligne.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>StreamVibe's licence and the licences of the libraries it uses</source>
        <translation>La licence de StreamVibe et les licences des bibliothèques qu’il utilise</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>StreamVibe uses these libraries under their own licences.</source>
        <translation>StreamVibe utilise ces bibliothèques selon leurs propres licences.</translation>
    </message>
    <message>
        <source>Copyright %1</source>
        <translation>Copyright %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
</context>
<context>
    <name>sv::AccountButton</name>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Forfait : %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (offline)</source>
        <translation>Connecté en tant que %1 (hors ligne)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to see your plan and usage</source>
        <translation>Connectez-vous pour voir votre forfait et votre utilisation</translation>
    </message>
</context>
<context>
    <name>sv::BillingPage</name>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Impossible d’actualiser : %1</translation>
    </message>
</context>
<context>
    <name>sv::ConnectionsView</name>
    <message>
        <source>Connect your platforms</source>
        <translation>Reliez vos plateformes</translation>
    </message>
    <message>
        <source>Sign in to connect YouTube, Instagram and TikTok. Your connected accounts, their sync status and the last sync time will appear here.</source>
        <translation>Connectez-vous pour relier YouTube, Instagram et TikTok. Vos comptes liés, leur état de synchronisation et l’heure de la dernière synchronisation s’afficheront ici.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Comptes liés</translation>
    </message>
    <message>
        <source>Sync all</source>
        <translation>Tout synchroniser</translation>
    </message>
    <message>
        <source>Fetch new items of every connected account</source>
        <translation>Récupérer les nouveaux éléments de tous les comptes liés</translation>
    </message>
    <message>
        <source>No connected account to sync.</source>
        <translation>Aucun compte lié à synchroniser.</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Dissocier %1</translation>
    </message>
    <message>
        <source>Disconnect “%1”? StreamVibe's access is revoked where %2 supports it and the sign-in is deleted from the keychain. Keep the account's items in your library?</source>
        <translation>Dissocier « %1 » ? L’accès de StreamVibe est révoqué quand %2 le permet et la connexion est supprimée du trousseau de clés. Conserver les éléments du compte dans votre bibliothèque ?</translation>
    </message>
    <message>
        <source>Keep items</source>
        <translation>Conserver les éléments</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Supprimer les éléments</translation>
    </message>
    <message>
        <source>%1 account “%2” connected.</source>
        <translation>Compte %1 « %2 » lié.</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>Compte %1 dissocié.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the library.</source>
        <translation>
            <numerusform>%n élément supprimé de la bibliothèque.</numerusform>
            <numerusform>%n éléments supprimés de la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
</context>
<context>
    <name>sv::ContentDetailsPane</name>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Sélectionnez un élément pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Open on platform</source>
        <translation>Ouvrir sur la plateforme</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <source>This item has no web address.</source>
        <translation>Cet élément n’a pas d’adresse web.</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Taux d'engagement</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / views; shares where the platform gives them</source>
        <translation>(mentions J'aime + commentaires + partages) / vues ; partages là où la plateforme les fournit</translation>
    </message>
    <message>
        <source>Views over time</source>
        <translation>Vues au fil du temps</translation>
    </message>
    <message>
        <source>(%1 likes + %2 comments + %3 shares) / %4 views</source>
        <translation>(%1 mentions J'aime + %2 commentaires + %3 partages) / %4 vues</translation>
    </message>
    <message>
        <source>No views yet: the rate needs at least one view.</source>
        <translation>Pas encore de vues : le taux en demande au moins une.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l'historique…</translation>
    </message>
    <message>
        <source>No history recorded yet: each sync records the item's counters.</source>
        <translation>Aucun historique pour l'instant : chaque synchronisation enregistre les compteurs de l'élément.</translation>
    </message>
    <message>
        <source>Reading the other posts of this clip…</source>
        <translation>Lecture des autres publications de ce clip…</translation>
    </message>
    <message>
        <source>Cross-posted clip</source>
        <translation>Clip publié sur plusieurs plateformes</translation>
    </message>
    <message>
        <source>Why these posts are one clip</source>
        <translation>Pourquoi ces publications sont un même clip</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirm this group</source>
        <translation>Confirmer ce groupe</translation>
    </message>
    <message>
        <source>Keep these posts together as one clip, whatever later syncs find.</source>
        <translation>Garder ces publications ensemble comme un seul clip, quoi que trouvent les prochaines synchronisations.</translation>
    </message>
    <message>
        <source>Split from group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Split this item from its group</source>
        <translation>Retirer cet élément de son groupe</translation>
    </message>
    <message>
        <source>This post is another clip: never group it automatically again.</source>
        <translation>Cette publication est un autre clip : ne plus jamais la regrouper automatiquement.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Merge with another item</source>
        <translation>Fusionner avec un autre élément</translation>
    </message>
    <message numerus="yes">
        <source>Choose a post on another platform, published within %n day(s), that is the same clip.</source>
        <translation>
            <numerusform>Choisissez une publication d’une autre plateforme, publiée à %n jour près, qui est le même clip.</numerusform>
            <numerusform>Choisissez une publication d’une autre plateforme, publiée à %n jours près, qui est le même clip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to merge with</source>
        <translation>Éléments avec lesquels fusionner</translation>
    </message>
    <message>
        <source>Not grouped with posts on other platforms.</source>
        <translation>Non regroupé avec des publications d’autres plateformes.</translation>
    </message>
    <message numerus="yes">
        <source>Posted on %n platform(s)</source>
        <translation>
            <numerusform>Publié sur %n plateforme</numerusform>
            <numerusform>Publié sur %n plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A member of a cross-posted clip: %1 platform, %2 title</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Cet élément</translation>
    </message>
    <message>
        <source>Show this post in the list</source>
        <translation>Afficher cette publication dans la liste</translation>
    </message>
    <message>
        <source>%1 on %2 (this item)</source>
        <translation>%1 sur %2 (cet élément)</translation>
    </message>
    <message>
        <source>Show %1 on %2</source>
        <translation>Afficher %1 sur %2</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>Confirmed by you: kept as one clip across syncs.</source>
        <translation>Confirmé par vous : reste un seul clip d’une synchronisation à l’autre.</translation>
    </message>
    <message>
        <source>Grouped automatically (score %1).</source>
        <translation>Regroupé automatiquement (score %1).</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <extracomment>Why two posts are one clip: %1 and %2 are platforms, %3 the rule's reason</extracomment>
        <translation>%1 et %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A merge candidate: %1 platform, %2 title, %3 publishing date</extracomment>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>No posts on other platforms within %n day(s)</source>
        <translation>
            <numerusform>Aucune publication sur d’autres plateformes à %n jour près</numerusform>
            <numerusform>Aucune publication sur d’autres plateformes à %n jours près</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum of views</source>
        <translation>Somme des vues</translation>
    </message>
    <message>
        <source>Sum of likes</source>
        <translation>Somme des j’aime</translation>
    </message>
    <message>
        <source>Sum of comments</source>
        <translation>Somme des commentaires</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Détails de l’élément</translation>
    </message>
    <message>
        <source>(%1 likes + %2 comments) / %3 views; shares unavailable: %4</source>
        <extracomment>%4 is why the platform gives no share count</extracomment>
        <translation>(%1 mentions J'aime + %2 commentaires) / %3 vues ; partages non disponibles : %4</translation>
    </message>
    <message>
        <source>Instagram gives no duration for its media.</source>
        <translation>Instagram ne fournit pas la durée de ses médias.</translation>
    </message>
    <message>
        <source>The platform gave no duration for this item.</source>
        <translation>La plateforme n'a pas fourni la durée de cet élément.</translation>
    </message>
    <message>
        <source>Sum of shares</source>
        <translation>Somme des partages</translation>
    </message>
</context>
<context>
    <name>sv::ContentListModel</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>Screen-reader text of one result: title, platform, date, views</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Also on %1</source>
        <extracomment>A result cross-posted on other platforms; %1 lists them ("TikTok, Instagram")</extracomment>
        <translation>Aussi sur %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Screen-reader text of a result whose details are still being read from the library</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 engagement</source>
        <extracomment>The engagement rate of a result sorted by it; %1 is the percentage ("4.2%")</extracomment>
        <translation>%1 d'engagement</translation>
    </message>
    <message>
        <source>— engagement</source>
        <extracomment>A result sorted by engagement whose rate is not known (no views)</extracomment>
        <translation>— d'engagement</translation>
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <extracomment>The views a result gained in the sort's period; %1 is a signed count ("+1,234")</extracomment>
        <translation>
            <numerusform>%1 vue gagnée</numerusform>
            <numerusform>%1 vues gagnées</numerusform>
        </translation>
    </message>
    <message>
        <source>— views gained</source>
        <extracomment>A result sorted by views gained whose views are not known</extracomment>
        <translation>— vues gagnées</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One platform's figure in a row standing for a clip's posts on several platforms ("TikTok 6,000")</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in all: %2</source>
        <extracomment>A row standing for a clip's posts on several platforms: %1 is their sum ("15,000 views"), %2 each platform's figure ("YouTube 9,000 · TikTok 6,000 · Instagram —")</extracomment>
        <translation>%1 au total : %2</translation>
    </message>
</context>
<context>
    <name>sv::ContentView</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
    <message>
        <source>Connect a platform or import a backup. Everything you have published on YouTube, Instagram and TikTok then becomes searchable here, even offline.</source>
        <translation>Reliez une plateforme ou importez une sauvegarde. Tout ce que vous avez publié sur YouTube, Instagram et TikTok devient alors consultable ici, même hors ligne.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Search titles and descriptions (Ctrl+K)</source>
        <translation>Rechercher dans les titres et descriptions (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Publié depuis le</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publié jusqu’au</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>Most viewed</source>
        <translation>Plus vus</translation>
    </message>
    <message>
        <source>The library could not be opened</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Fichier : %2</translation>
    </message>
    <message>
        <source>No items match the filters</source>
        <translation>Aucun élément ne correspond aux filtres</translation>
    </message>
    <message>
        <source>Try another platform, kind or date range.</source>
        <translation>Essayez une autre plateforme, un autre type ou une autre période.</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words or clear the filters.</source>
        <translation>Vérifiez l’orthographe, essayez avec moins de mots ou effacez les filtres.</translation>
    </message>
    <message>
        <source>Check the spelling or try fewer words.</source>
        <translation>Vérifiez l’orthographe ou essayez avec moins de mots.</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Plus de mentions J'aime</translation>
    </message>
    <message>
        <source>Most commented</source>
        <translation>Plus commentés</translation>
    </message>
    <message>
        <source>Highest engagement</source>
        <translation>Meilleur engagement</translation>
    </message>
    <message>
        <source>Most views gained</source>
        <translation>Plus de vues gagnées</translation>
    </message>
    <message>
        <source>Views gained in</source>
        <translation>Vues gagnées sur</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>dernier %n jour</numerusform>
            <numerusform>derniers %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Cross-posted only</source>
        <translation>Publications croisées seulement</translation>
    </message>
    <message>
        <source>Show only the clips you posted on more than one platform (seen as one group).</source>
        <translation>Afficher seulement les clips publiés sur plusieurs plateformes (vus comme un seul groupe).</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Lier des comptes</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open the library again</source>
        <translation>Ouvrir à nouveau la bibliothèque</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Ouvrir le dossier du profil</translation>
    </message>
    <message>
        <source>Only the items published then, in UTC as the Overview's best posting times count them. Click to show every publishing time again.</source>
        <translation>Seulement les éléments publiés à ce moment-là, en UTC, comme les comptent les meilleurs moments de publication de la Vue d'ensemble. Cliquez pour afficher de nouveau toutes les heures de publication.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Posted: %1 (UTC)</source>
        <translation>Publication : %1 (UTC)</translation>
    </message>
    <message>
        <source>Clear the posting time filter: %1</source>
        <translation>Retirer le filtre d'heure de publication : %1</translation>
    </message>
</context>
<context>
    <name>sv::DesktopIntegration</name>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Synchronisation de %1 : %2</translation>
    </message>
    <message>
        <source>Sync &amp; notifications</source>
        <translation>Synchronisation et notifications</translation>
    </message>
</context>
<context>
    <name>sv::DesktopNotifications</name>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>StreamVibe can no longer read your %1 account. Reconnect it to keep it in sync.</source>
        <translation>StreamVibe ne peut plus lire votre compte %1. Reconnectez-le pour qu’il reste synchronisé.</translation>
    </message>
    <message>
        <source>%1 sync failed</source>
        <translation>Échec de la synchronisation %1</translation>
    </message>
    <message>
        <source>%1 sync finished</source>
        <translation>Synchronisation %1 terminée</translation>
    </message>
    <message>
        <source>Your quota is used up</source>
        <translation>Votre quota est épuisé</translation>
    </message>
    <message>
        <source>Your quota is almost used up</source>
        <translation>Votre quota est presque épuisé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>sv::Format</name>
    <message numerus="yes">
        <source>%1 view(s)</source>
        <translation>
            <numerusform>%1 vue</numerusform>
            <numerusform>%1 vues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 like(s)</source>
        <translation>
            <numerusform>%1 j’aime</numerusform>
            <numerusform>%1 j’aime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 comment(s)</source>
        <translation>
            <numerusform>%1 commentaire</numerusform>
            <numerusform>%1 commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 result(s)</source>
        <translation>
            <numerusform>%1 résultat</numerusform>
            <numerusform>%1 résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 item(s) in the library</source>
        <translation>
            <numerusform>%1 élément dans la bibliothèque</numerusform>
            <numerusform>%1 éléments dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time, e.g. "Tuesday, 3 March 2026 at 14:05"</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrousel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>YouTube gives no share count for videos.</source>
        <translation>YouTube ne fournit pas le nombre de partages des vidéos.</translation>
    </message>
    <message>
        <source>Instagram gives no share count for media in its basic fields.</source>
        <translation>Instagram ne fournit pas le nombre de partages dans les champs de base de ses médias.</translation>
    </message>
    <message>
        <source>Not recorded yet: the next sync records it.</source>
        <translation>Pas encore enregistré : la prochaine synchronisation le fera.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number ("4.2%", "4,2 %")</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>— views</source>
        <extracomment>An item whose platform gives no view count (Instagram media)</extracomment>
        <translation>— vues</translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this one yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram ne donne les vues de ses médias que par leurs statistiques, et aucune n’a encore été lue pour celui-ci : chaque synchronisation lit celles de quelques médias, d’abord ceux jamais lus, si le compte a autorisé les statistiques lors de la connexion.</translation>
    </message>
</context>
<context>
    <name>sv::GuidedStart</name>
    <message>
        <source>Welcome to StreamVibe</source>
        <translation>Bienvenue dans StreamVibe</translation>
    </message>
    <message>
        <source>Guided start</source>
        <translation>Démarrage guidé</translation>
    </message>
    <message>
        <source>Connect your platforms</source>
        <translation>Reliez vos plateformes</translation>
    </message>
    <message>
        <source>Each Connect opens the platform's sign-in page in your browser. Once an account is connected, its first sync starts at once: your videos and posts arrive in the library and stay searchable, even offline.</source>
        <translation>Chaque « Lier » ouvre la page de connexion de la plateforme dans votre navigateur. Dès qu’un compte est lié, sa première synchronisation démarre : vos vidéos et publications arrivent dans la bibliothèque et restent consultables, même hors ligne.</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>État de %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Lier %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the guided start</source>
        <translation>Passer le démarrage guidé</translation>
    </message>
    <message>
        <source>Connect platforms later on the Connections page</source>
        <translation>Liez les plateformes plus tard depuis la page Connexions</translation>
    </message>
    <message>
        <source>Go to the Overview</source>
        <translation>Aller à la vue d’ensemble</translation>
    </message>
    <message>
        <source>Finish the guided start and show the Overview</source>
        <translation>Terminer le démarrage guidé et afficher la vue d’ensemble</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Terminez la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Connected as %1 — syncing…</source>
        <translation>Lié en tant que %1 — synchronisation…</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Lié en tant que %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non lié</translation>
    </message>
</context>
<context>
    <name>sv::KeyboardShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>sv::LibraryTransfer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>La bibliothèque n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Another import or export is running.</source>
        <translation>Une autre importation ou exportation est en cours.</translation>
    </message>
</context>
<context>
    <name>sv::MainMenu</name>
    <message>
        <source>The documentation could not be opened: %1</source>
        <translation>Impossible d’ouvrir la documentation : %1</translation>
    </message>
    <message>
        <source>Exporting the library… %1 written</source>
        <translation>Export de la bibliothèque… %1 écrits</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add the items of a JSON or CSV file to the library</source>
        <translation>Ajouter à la bibliothèque les éléments d’un fichier JSON ou CSV</translation>
    </message>
    <message>
        <source>&amp;Export Library…</source>
        <translation>&amp;Exporter la bibliothèque…</translation>
    </message>
    <message>
        <source>Write every item of the library to a JSON or CSV file</source>
        <translation>Écrire tous les éléments de la bibliothèque dans un fichier JSON ou CSV</translation>
    </message>
    <message>
        <source>Export Search &amp;Results…</source>
        <translation>Exporter les &amp;résultats de recherche…</translation>
    </message>
    <message>
        <source>Write the items the Content page finds now to a JSON or CSV file</source>
        <translation>Écrire dans un fichier JSON ou CSV les éléments que la page Contenu trouve maintenant</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>C&amp;ontenu</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Utilisation</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Forfaits</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Manage Plan…</source>
        <translation>&amp;Gérer le forfait…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>&amp;About StreamVibe</source>
        <translation>À &amp;propos de StreamVibe</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Library files (*.json *.csv)</source>
        <translation>Fichiers de bibliothèque (*.json *.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>StreamVibe</source>
        <translation>StreamVibe</translation>
    </message>
    <message>
        <source>Import Into the Library</source>
        <translation>Importer dans la bibliothèque</translation>
    </message>
    <message>
        <source>%1 is neither a JSON nor a CSV file (.json, .csv).</source>
        <translation>%1 n’est ni un fichier JSON ni un fichier CSV (.json, .csv).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n élément importé depuis %1.</numerusform>
            <numerusform>%n éléments importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1 : %2</translation>
    </message>
    <message>
        <source>Export Search Results</source>
        <translation>Exporter les résultats de recherche</translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation>Exporter la bibliothèque</translation>
    </message>
    <message>
        <source>Exporting the search results…</source>
        <translation>Export des résultats de recherche…</translation>
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation>Export de la bibliothèque…</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>L’export vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>Bibliothèque exportée vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n élément exporté vers %1.</numerusform>
            <numerusform>%n éléments exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
</context>
<context>
    <name>sv::MainWindow</name>
    <message>
        <source>StreamVibe</source>
        <translation>StreamVibe</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>Bibliothèque indisponible</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>Impossible d’ouvrir le profil</translation>
    </message>
    <message>
        <source>Backend not configured</source>
        <translation>Backend non configuré</translation>
    </message>
    <message>
        <source>Sign-in, plans and sync are unavailable; the local library works offline.</source>
        <translation>La connexion, les forfaits et la synchronisation sont indisponibles ; la bibliothèque locale fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Bac à sable (%1)</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend : %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Comptes liés</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenus</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <source>Connected to the local stack (%1) — test data, no real accounts or payments</source>
        <translation>Connecté à l’environnement local (%1) — données de test, ni comptes ni paiements réels</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>No account to sync: connect one first.</source>
        <translation>Aucun compte à synchroniser : connectez-en d'abord un.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>Relire le fichier de configuration</translation>
    </message>
    <message>
        <source>The configuration file %1 has a mistake on line %2, so StreamVibe works offline: %3. Correct the file, then choose Retry.</source>
        <translation>Le fichier de configuration %1 contient une erreur à la ligne %2, StreamVibe fonctionne donc hors ligne : %3. Corrigez le fichier, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>The configuration could not be loaded, so StreamVibe works offline: %1. Correct the file, then choose Retry.</source>
        <translation>La configuration n’a pas pu être chargée, StreamVibe fonctionne donc hors ligne : %1. Corrigez le fichier, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Open the profile's library again</source>
        <translation>Rouvrir la bibliothèque du profil</translation>
    </message>
    <message>
        <source>Your profile folder %1 is read-only: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Make the folder writable, then choose Retry.</source>
        <translation>Votre dossier de profil %1 est en lecture seule : StreamVibe peut afficher votre bibliothèque et y chercher, mais ne peut rien enregistrer ; les synchronisations, les imports et les modifications sont donc refusés. Rendez le dossier accessible en écriture, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>The disk of your profile folder %1 is full: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Free some space, then choose Retry.</source>
        <translation>Le disque de votre dossier de profil %1 est plein : StreamVibe peut afficher votre bibliothèque et y chercher, mais ne peut rien enregistrer ; les synchronisations, les imports et les modifications sont donc refusés. Libérez de l’espace, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Your profile folder cannot be used: %1. Connect the drive it is on, or make the folder (or choose another one with --profile), then start StreamVibe again.</source>
        <translation>Votre dossier de profil ne peut pas être utilisé : %1. Branchez le disque sur lequel il se trouve, ou créez le dossier (ou choisissez-en un autre avec --profile), puis relancez StreamVibe.</translation>
    </message>
    <message>
        <source>Your profile folder %1 cannot be found or read: %2. Connect the drive it is on (or make the folder readable), then choose Retry.</source>
        <translation>Votre dossier de profil %1 est introuvable ou illisible : %2. Branchez le disque sur lequel il se trouve (ou rendez le dossier lisible), puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Essayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation>Essayer de joindre les serveurs maintenant</translation>
    </message>
    <message>
        <source>The local stack (%1) cannot be reached, so StreamVibe works offline: your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation>La pile locale (%1) est injoignable, StreamVibe fonctionne donc hors ligne : votre bibliothèque reste consultable et les synchronisations attendent. Ce message disparaît de lui-même dès que la connexion revient.</translation>
    </message>
    <message>
        <source>StreamVibe cannot reach its servers or the platforms: you seem to be offline. Your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation>StreamVibe ne peut joindre ni ses serveurs ni les plateformes : vous semblez hors ligne. Votre bibliothèque reste consultable et les synchronisations attendent. Ce message disparaît de lui-même dès que la connexion revient.</translation>
    </message>
    <message>
        <source>Your profile folder %1 no longer lets you in (%2): StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Give yourself access to the folder again, then choose Retry.</source>
        <translation>Votre dossier de profil %1 ne vous laisse plus y accéder (%2) : StreamVibe peut afficher votre bibliothèque et y chercher, mais ne peut rien enregistrer ; les synchronisations, les imports et les modifications sont donc refusés. Redonnez-vous accès au dossier, puis choisissez Réessayer.</translation>
    </message>
</context>
<context>
    <name>sv::OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier %n jour</numerusform>
            <numerusform>Derniers %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>Vues gagnées</translation>
    </message>
    <message>
        <source>Views gained by day</source>
        <translation>Vues gagnées par jour</translation>
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <translation>
            <numerusform>%1 vue gagnée</numerusform>
            <numerusform>%1 vues gagnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Plus fortes progressions</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Click an item to see it on the Content page</source>
        <translation>Cliquez sur un élément pour le voir dans la page Contenu</translation>
    </message>
    <message>
        <source>Average views by publishing day</source>
        <translation>Vues moyennes par jour de publication</translation>
    </message>
    <message>
        <source>Average views by publishing hour (UTC)</source>
        <translation>Vues moyennes par heure de publication (UTC)</translation>
    </message>
    <message>
        <source>%1 average views</source>
        <translation>%1 vues en moyenne</translation>
    </message>
    <message>
        <source>Followers by day</source>
        <translation>Abonnés par jour</translation>
    </message>
    <message numerus="yes">
        <source>%1 follower(s)</source>
        <translation>
            <numerusform>%1 abonné</numerusform>
            <numerusform>%1 abonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (UTC)</source>
        <translation>Meilleurs jours et heures de publication (UTC)</translation>
    </message>
    <message>
        <source>Follower trend</source>
        <translation>Évolution des abonnés</translation>
    </message>
    <message>
        <source>Your overview fills as you sync</source>
        <translation>Votre vue d'ensemble se remplit à chaque synchronisation</translation>
    </message>
    <message>
        <source>Connect your YouTube, Instagram and TikTok accounts and sync them: each sync records your items' views, likes and comments and your followers, and this page shows how they grow.</source>
        <translation>Connectez vos comptes YouTube, Instagram et TikTok et synchronisez-les : chaque synchronisation enregistre les vues, mentions J'aime et commentaires de vos éléments ainsi que vos abonnés, et cette page montre leur progression.</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Connecter des comptes</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Show all platforms</source>
        <translation>Afficher toutes les plateformes</translation>
    </message>
    <message>
        <source>The overview could not be read</source>
        <translation>La vue d'ensemble n'a pas pu être lue</translation>
    </message>
    <message numerus="yes">
        <source>views gained from %1 to %2 by %n item(s)</source>
        <translation>
            <numerusform>vues gagnées du %1 au %2 par %n élément</numerusform>
            <numerusform>vues gagnées du %1 au %2 par %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>No views gained recorded in this period. Each sync records your items' views: sync to fill this.</source>
        <translation>Aucune vue gagnée enregistrée sur cette période. Chaque synchronisation enregistre les vues de vos éléments : synchronisez pour remplir cette partie.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>No item gained views in this period. The items that gain the most appear here after the syncs that record them.</source>
        <translation>Aucun élément n'a gagné de vues sur cette période. Les éléments qui en gagnent le plus apparaissent ici après les synchronisations qui les enregistrent.</translation>
    </message>
    <message>
        <source>%1:00–%1:59 UTC</source>
        <translation>%1 h 00–%1 h 59 UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No follower counts recorded yet. Each sync records the follower count of the connected accounts that give one.</source>
        <translation>Aucun nombre d'abonnés enregistré pour l'instant. Chaque synchronisation enregistre le nombre d'abonnés des comptes connectés qui le fournissent.</translation>
    </message>
    <message>
        <source>Instagram gives views only through its insights, and none were recorded in this period: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram ne donne les vues que par ses statistiques (insights), et aucune n'a été enregistrée sur cette période : chaque synchronisation lit celles de quelques médias, d'abord ceux jamais lus, si le compte a autorisé les statistiques à la connexion.</translation>
    </message>
    <message>
        <source>Best posting times compare the items whose views are known, and no Instagram item's are yet: Instagram gives views only through its insights, which each sync reads for some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Les meilleurs moments de publication comparent les éléments dont les vues sont connues, et celles d'aucun élément Instagram ne le sont encore : Instagram ne donne les vues que par ses statistiques (insights), que chaque synchronisation lit pour quelques médias, d'abord ceux jamais lus, lorsque le compte a autorisé les statistiques à la connexion.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The items published in the period, by the day and hour they were published: the average views each gained in the period. An item whose views are not known (Instagram's, until a sync reads their insights) is not counted, and a time with none is shown as “—”.</source>
        <translation>Les éléments publiés pendant la période, selon le jour et l'heure de leur publication : le nombre moyen de vues que chacun a gagnées pendant la période. Un élément dont les vues ne sont pas connues (ceux d'Instagram, tant qu'une synchronisation n'a pas lu leurs statistiques) n'est pas compté, et un moment qui n'en a aucun s'affiche « — ».</translation>
    </message>
    <message>
        <source>Nothing was published then in this period.</source>
        <translation>Rien n'a été publié à ce moment pendant cette période.</translation>
    </message>
    <message numerus="yes">
        <source>The views of the %n item(s) published then are not known (Instagram's: until a sync reads their insights).</source>
        <translation>
            <numerusform>Les vues de l'élément (%n) publié à ce moment ne sont pas connues (ceux d'Instagram : tant qu'une synchronisation n'a pas lu leurs statistiques).</numerusform>
            <numerusform>Les vues des %n éléments publiés à ce moment ne sont pas connues (ceux d'Instagram : tant qu'une synchronisation n'a pas lu leurs statistiques).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). A longer period has more.</source>
        <translation>Trop peu d'éléments aux vues connues ont été publiés pendant cette période pour comparer les moments de publication (%1 sur au moins %2). Une période plus longue en contient davantage.</translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). Sync your accounts: the views of the items you publish are compared here.</source>
        <translation>Trop peu d'éléments aux vues connues ont été publiés pendant cette période pour comparer les moments de publication (%1 sur au moins %2). Synchronisez vos comptes : les vues des éléments que vous publiez sont comparées ici.</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Afficher le dernier %n jour</numerusform>
            <numerusform>Afficher les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the items by the views they gained that day.</source>
        <translation>Cliquez pour lister les éléments selon les vues gagnées ce jour-là.</translation>
    </message>
    <message>
        <source>Click to list the items published then in this period.</source>
        <translation>Cliquez pour lister les éléments publiés à ce moment-là dans cette période.</translation>
    </message>
    <message>
        <source>Click to list this account's items.</source>
        <translation>Cliquez pour lister les éléments de ce compte.</translation>
    </message>
    <message>
        <source>Not final</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>YouTube Analytics has reported views up to %1: it reports each day one to three days later, so the views of the days after it are not final.</source>
        <translation>YouTube Analytics a transmis les vues jusqu'au %1 : il transmet chaque jour un à trois jours plus tard, donc les vues des jours suivants sont provisoires.</translation>
    </message>
</context>
<context>
    <name>sv::PlanCard</name>
    <message>
        <source>Current plan</source>
        <translation>Forfait actuel</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>%1 / year</source>
        <translation>%1 / an</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / mois</translation>
    </message>
    <message>
        <source>%1 API units per month</source>
        <translation>%1 unités d’API par mois</translation>
    </message>
    <message>
        <source>No overage billing</source>
        <translation>Pas de facturation des dépassements</translation>
    </message>
    <message>
        <source>Overage: %1 per %2 extra units</source>
        <translation>Dépassement : %1 par tranche de %2 unités supplémentaires</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Votre forfait</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Passer à ce forfait</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Switch to this plan by cancelling your subscription under Manage billing.</source>
        <translation>Pour passer à ce forfait, résiliez votre abonnement dans « Gérer la facturation ».</translation>
    </message>
</context>
<context>
    <name>sv::PlansView</name>
    <message>
        <source>Plans and billing</source>
        <translation>Forfaits et facturation</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Waiting for the payment in your browser… If the browser did not open, copy this link into it:</source>
        <translation>En attente du paiement dans votre navigateur… Si le navigateur ne s’est pas ouvert, copiez-y ce lien :</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation>Gérer la facturation…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Waiting for the payment in your browser… If it did not open, copy this link into it:</source>
        <translation>En attente du paiement dans votre navigateur… S’il ne s’est pas ouvert, copiez-y ce lien :</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this link into your browser to pay:</source>
        <translation>Aucun navigateur n’a pu être ouvert. Copiez ce lien dans votre navigateur pour payer :</translation>
    </message>
    <message>
        <source>The invoices could not be loaded: %1</source>
        <translation>Impossible de charger les factures : %1</translation>
    </message>
    <message>
        <source>Invoices are not available offline: they are always fetched from Stripe and never stored on this computer.</source>
        <translation>Les factures ne sont pas disponibles hors ligne : elles sont toujours récupérées auprès de Stripe et jamais stockées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Irrécouvrable</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Ouvrir la facture dans votre navigateur</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Prices and your plan are shown as last received.</source>
        <translation>Les prix et votre forfait sont affichés tels que reçus la dernière fois.</translation>
    </message>
    <message>
        <source>Offline: buying or changing a plan and managing billing need a connection.</source>
        <translation>Hors ligne : l’achat ou le changement de forfait et la gestion de la facturation nécessitent une connexion.</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>Impossible de charger les forfaits : %1</translation>
    </message>
    <message>
        <source>A checkout is in progress.</source>
        <translation>Un paiement est en cours.</translation>
    </message>
    <message>
        <source>Payment confirmed: you are now on the %1 plan (%2 API units per month).</source>
        <translation>Paiement confirmé : vous avez désormais le forfait %1 (%2 unités d’API par mois).</translation>
    </message>
    <message>
        <source>The billing portal could not be opened: %1</source>
        <translation>Impossible d’ouvrir le portail de facturation : %1</translation>
    </message>
    <message>
        <source>Sign in to see plans and billing. Compare plans, upgrade and download your invoices here.</source>
        <translation>Connectez-vous pour voir les forfaits et la facturation. Comparez les forfaits, passez à un forfait supérieur et téléchargez vos factures ici.</translation>
    </message>
    <message>
        <source>Your %1 plan ends on %2 and will not renew.</source>
        <translation>Votre forfait %1 prend fin le %2 et ne sera pas renouvelé.</translation>
    </message>
    <message>
        <source>A plan's units are the new items you can sync each month: 1,000 units bring 1,000 new videos, posts or clips into your library. Keeping the items you have up to date is free.</source>
        <translation>Les unités d’un forfait sont les nouveaux éléments que vous pouvez synchroniser chaque mois : 1 000 unités apportent 1 000 nouvelles vidéos, publications ou clips dans votre bibliothèque. Tenir à jour les éléments que vous avez déjà est gratuit.</translation>
    </message>
</context>
<context>
    <name>sv::PlatformCard</name>
    <message>
        <source>Connect</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Relier de nouveau</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>Liaison avec %1</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, use &lt;a href="%1"&gt;this link&lt;/a&gt;.</source>
        <translation>Connectez-vous dans votre navigateur. S’il ne s’est pas ouvert, utilisez &lt;a href="%1"&gt;ce lien&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Liaison…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non lié</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>À relier de nouveau</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Connect your %1 account to search its content offline.</source>
        <translation>Liez votre compte %1 pour rechercher ses contenus hors ligne.</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Ne plus attendre la connexion</translation>
    </message>
    <message>
        <source>Stop the sync after the page being fetched</source>
        <translation>Arrêter la synchronisation après la page en cours de récupération</translation>
    </message>
</context>
<context>
    <name>sv::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Menus and dialogs use the new language now; every page does once StreamVibe restarts.</source>
        <translation>Les menus et les boîtes de dialogue utilisent déjà la nouvelle langue ; toutes les pages, après le redémarrage de StreamVibe.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Restart StreamVibe</source>
        <translation>Redémarrer StreamVibe</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Dossier du profil :</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Dossier du profil</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Ouvrir le dossier du profil</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Dossier du cache :</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Dossier du cache</translation>
    </message>
    <message>
        <source>Open F&amp;older</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>Open the cache folder</source>
        <translation>Ouvrir le dossier du cache</translation>
    </message>
    <message>
        <source>Thumbnail cache &amp;size:</source>
        <translation>&amp;Taille du cache des vignettes :</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Thumbnail cache size in megabytes</source>
        <translation>Taille du cache des vignettes en mégaoctets</translation>
    </message>
    <message>
        <source>Pictures beyond this size are removed, the least recently shown first.</source>
        <translation>Au-delà de cette taille, les images sont supprimées, en commençant par les moins récemment affichées.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé :</translation>
    </message>
    <message>
        <source>Thumbnail cache in use</source>
        <translation>Cache des vignettes utilisé</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Clear the thumbnail cache</source>
        <translation>Vider le cache des vignettes</translation>
    </message>
    <message>
        <source>No pictures are downloaded while no StreamVibe service is configured.</source>
        <translation>Aucune image n’est téléchargée tant qu’aucun service StreamVibe n’est configuré.</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>sv::SignInView</name>
    <message>
        <source>Sign in to StreamVibe</source>
        <translation>Se connecter à StreamVibe</translation>
    </message>
    <message>
        <source>Your account holds your plan and usage. Your content library stays on this computer and works without signing in.</source>
        <translation>Votre compte contient votre forfait et votre utilisation. Votre bibliothèque de contenus reste sur cet ordinateur et fonctionne sans connexion.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this link into a browser on this computer to sign in:</source>
        <translation>Votre navigateur n’a pas pu être ouvert. Copiez ce lien dans un navigateur de cet ordinateur pour vous connecter :</translation>
    </message>
    <message>
        <source>or with your e-mail address</source>
        <translation>ou avec votre adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Continue without signing in</source>
        <translation>Continuer sans se connecter</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Lien de connexion</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>The link was copied. Paste it into your browser's address bar.</source>
        <translation>Le lien a été copié. Collez-le dans la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If it did not open, copy this link into a browser on this computer:</source>
        <translation>Terminez la connexion dans votre navigateur. S’il ne s’est pas ouvert, copiez ce lien dans un navigateur de cet ordinateur :</translation>
    </message>
    <message>
        <source>Your account was created. Open the link in the confirmation e-mail sent to %1, then sign in.</source>
        <translation>Votre compte a été créé. Ouvrez le lien de l’e-mail de confirmation envoyé à %1, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>Sends an e-mail with a link to choose a new password to the address entered</source>
        <translation>Envoie à l’adresse saisie un e-mail avec un lien pour choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Continuer avec %1</translation>
    </message>
    <message>
        <source>Signs in with your %1 account in your web browser</source>
        <translation>Vous connecte avec votre compte %1 dans votre navigateur web</translation>
    </message>
    <message>
        <source>Enter your e-mail address, then choose “Forgot password?” again.</source>
        <translation>Saisissez votre adresse e-mail, puis choisissez à nouveau « Mot de passe oublié ? ».</translation>
    </message>
    <message>
        <source>If an account uses %1, an e-mail with a link to choose a new password is on its way. Open the link, choose the new password, then sign in here with it.</source>
        <translation>Si un compte utilise %1, un e-mail avec un lien pour choisir un nouveau mot de passe est en route. Ouvrez le lien, choisissez le nouveau mot de passe, puis connectez-vous ici avec celui-ci.</translation>
    </message>
</context>
<context>
    <name>sv::SignedOutActions</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Signing in is possible once the configuration file is corrected (the banner above says where).</source>
        <translation>La connexion sera possible une fois le fichier de configuration corrigé (le bandeau ci-dessus indique où).</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>Relire le fichier de configuration</translation>
    </message>
    <message>
        <source>No StreamVibe service is configured, so signing in is not possible; your library works offline. To sign in, name the service in the [backend] section of %1, then choose Retry.</source>
        <translation>Aucun service StreamVibe n’est configuré : la connexion est donc impossible ; votre bibliothèque fonctionne hors ligne. Pour vous connecter, indiquez le service dans la section [backend] de %1, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Open the documentation</source>
        <translation>Ouvrir la documentation</translation>
    </message>
    <message>
        <source>Signing in needs a profile folder StreamVibe can use (the banner above says what is wrong).</source>
        <translation>Pour se connecter, StreamVibe a besoin d’un dossier de profil utilisable (le bandeau ci-dessus indique ce qui ne va pas).</translation>
    </message>
    <message>
        <source>StreamVibe cannot reach its servers, so signing in has to wait. Sign in comes back here by itself once they answer.</source>
        <translation>StreamVibe ne parvient pas à joindre ses serveurs : la connexion doit attendre. « Se connecter » revient ici de lui-même dès qu’ils répondent.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Essayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation>Essayer de joindre les serveurs maintenant</translation>
    </message>
</context>
<context>
    <name>sv::SyncSettingsPage</name>
    <message>
        <source>Sync &amp; notifications</source>
        <translation>Synchronisation et notifications</translation>
    </message>
    <message>
        <source>Background sync</source>
        <translation>Synchronisation en arrière-plan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Sync schedule</source>
        <translation>Fréquence de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync my accounts:</source>
        <translation>&amp;Synchroniser mes comptes :</translation>
    </message>
    <message>
        <source>Only while you are signed in and online; paused on a metered connection.</source>
        <translation>Uniquement lorsque vous êtes connecté et en ligne ; en pause sur une connexion limitée.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
    <message>
        <source>A long sync fi&amp;nished</source>
        <translation>Une longue synchronisation est &amp;terminée</translation>
    </message>
    <message>
        <source>A sync &amp;failed</source>
        <translation>Une synchronisation a é&amp;choué</translation>
    </message>
    <message>
        <source>An account needs &amp;reconnecting</source>
        <translation>Un compte doit être &amp;reconnecté</translation>
    </message>
    <message>
        <source>The &amp;quota is at 80 % or used up</source>
        <translation>Le &amp;quota atteint 80 % ou est épuisé</translation>
    </message>
</context>
<context>
    <name>sv::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Open StreamVibe</source>
        <translation>Ouvrir StreamVibe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>StreamVibe: %1</source>
        <translation>StreamVibe : %1</translation>
    </message>
    <message>
        <source>Keep syncing in the background?</source>
        <translation>Continuer la synchronisation en arrière-plan ?</translation>
    </message>
    <message>
        <source>StreamVibe can keep syncing your accounts from the tray while its window is closed. Keep it running?

You can quit at any time from the tray icon's menu.</source>
        <translation>StreamVibe peut continuer à synchroniser vos comptes depuis la zone de notification lorsque sa fenêtre est fermée. Le laisser fonctionner ?

Vous pouvez quitter à tout moment depuis le menu de l’icône de la zone de notification.</translation>
    </message>
</context>
<context>
    <name>sv::UsageView</name>
    <message>
        <source>Usage and quota</source>
        <translation>Utilisation et quota</translation>
    </message>
    <message>
        <source>Sign in to see your usage and quota. Synced items, API calls and the quota left in this billing period will appear here.</source>
        <translation>Connectez-vous pour voir votre utilisation et votre quota. Les éléments synchronisés, les appels d’API et le quota restant pour cette période de facturation s’afficheront ici.</translation>
    </message>
    <message>
        <source>Usage in this billing period</source>
        <translation>Utilisation sur cette période de facturation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Changer de forfait…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Forfait :</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Quota :</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Utilisé :</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Restant :</translation>
    </message>
    <message>
        <source>Resets on:</source>
        <translation>Réinitialisation le :</translation>
    </message>
    <message>
        <source>Overage units:</source>
        <translation>Unités en dépassement :</translation>
    </message>
    <message>
        <source>Estimated overage charge:</source>
        <translation>Montant estimé du dépassement :</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Current billing period</source>
        <translation>Période de facturation en cours</translation>
    </message>
    <message>
        <source>API units per day by platform</source>
        <translation>Unités d’API par jour et par plateforme</translation>
    </message>
    <message>
        <source>The usage could not be loaded: %1</source>
        <translation>Impossible de charger l’utilisation : %1</translation>
    </message>
    <message>
        <source>The usage history could not be loaded: %1</source>
        <translation>Impossible de charger l’historique d’utilisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 unité</numerusform>
            <numerusform>%1 unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 unité (%2 %)</numerusform>
            <numerusform>%1 unités (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unknown (plans unavailable)</source>
        <translation>inconnu (forfaits indisponibles)</translation>
    </message>
    <message>
        <source>none (no overage billing on this plan)</source>
        <translation>aucun (pas de facturation des dépassements avec ce forfait)</translation>
    </message>
    <message>
        <source>%1 % of the quota used</source>
        <translation>%1 % du quota utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 unit(s)</source>
        <translation>
            <numerusform>%1 : %2 unité</numerusform>
            <numerusform>%1 : %2 unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 unit(s)</source>
        <translation>
            <numerusform>Total : %1 unité</numerusform>
            <numerusform>Total : %1 unités</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the last figures received; they may be out of date.</source>
        <translation>Ce sont les derniers chiffres reçus ; ils peuvent être périmés.</translation>
    </message>
    <message>
        <source>Offline: changing the plan needs a connection to StreamVibe.</source>
        <translation>Hors ligne : changer de forfait nécessite une connexion à StreamVibe.</translation>
    </message>
    <message numerus="yes">
        <source>You have used your whole quota for this period. Further usage is billed as overage (%1 unit(s) so far).</source>
        <translation>
            <numerusform>Vous avez utilisé tout votre quota pour cette période. L’utilisation supplémentaire est facturée en dépassement (%1 unité jusqu’ici).</numerusform>
            <numerusform>Vous avez utilisé tout votre quota pour cette période. L’utilisation supplémentaire est facturée en dépassement (%1 unités jusqu’ici).</numerusform>
        </translation>
    </message>
    <message>
        <source>You have used %1 % of your quota for this period.</source>
        <translation>Vous avez utilisé %1 % de votre quota pour cette période.</translation>
    </message>
    <message>
        <source>One unit is one new item a sync brings into your library: a video, a post or a clip. Syncing the items you already have again (new views, likes, titles) costs nothing.</source>
        <translation>Une unité est un nouvel élément qu’une synchronisation apporte dans votre bibliothèque : une vidéo, une publication ou un clip. Resynchroniser les éléments que vous avez déjà (nouvelles vues, mentions J’aime, titres) ne coûte rien.</translation>
    </message>
    <message>
        <source>Units used by day</source>
        <translation>Unités utilisées par jour</translation>
    </message>
</context>
</TS>