<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppConfig</name>
    <message>
        <source>this looks like a secret, and secrets never go in this file (every user can read it); remove it: StreamVibe is a public client and keeps its credentials in the system keychain</source>
        <translation>cela ressemble à un secret, et les secrets n’ont jamais leur place dans ce fichier (tout utilisateur peut le lire)&#x202f;; supprimez-le&#xa0;: StreamVibe est un client public et conserve ses identifiants dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is not a valid URL (%1)</source>
        <translation>n’est pas une URL valide (%1)</translation>
    </message>
    <message>
        <source>must be an absolute https:// URL: %1</source>
        <translation>doit être une URL https:// absolue&#xa0;: %1</translation>
    </message>
    <message>
        <source>has no host name: %1</source>
        <translation>n’a pas de nom d’hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not carry a user name or password: %1</source>
        <translation>ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>http:// is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), use https://: %1</source>
        <translation>http:// n’est autorisé que pour les hôtes de bouclage (127.0.0.0/8,&#xa0;::1, localhost), utilisez https://&#xa0;: %1</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>valeur par défaut intégrée</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>fichier système</translation>
    </message>
    <message>
        <source>user file</source>
        <translation>fichier utilisateur</translation>
    </message>
    <message>
        <source>--config file</source>
        <translation>fichier --config</translation>
    </message>
    <message>
        <source>$STREAMVIBE_CONFIG file</source>
        <translation>fichier $STREAMVIBE_CONFIG</translation>
    </message>
    <message>
        <source>Configuration file %1 not found</source>
        <translation>Fichier de configuration %1 introuvable</translation>
    </message>
    <message>
        <source>Configuration file %1 cannot be read</source>
        <translation>Impossible de lire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>Configuration file %1 is not a valid INI file</source>
        <translation>Le fichier de configuration %1 n’est pas un fichier INI valide</translation>
    </message>
    <message>
        <source>%1: key %2 is outside any group and is ignored</source>
        <translation>%1&#xa0;: la clé %2 est en dehors de tout groupe et est ignorée</translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation>%1&#xa0;: le groupe inconnu [%2] est ignoré</translation>
    </message>
    <message>
        <source>%1: unknown key %2 is ignored</source>
        <translation>%1&#xa0;: la clé inconnue %2 est ignorée</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1</source>
        <translation>Impossible d’écrire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>must be a whole number of seconds above 0</source>
        <translation>doit être un nombre entier de secondes supérieur à 0</translation>
    </message>
    <message>
        <source>%1:%2: this line is not a [group] header or a key = value line</source>
        <translation>%1:%2&#xa0;: cette ligne n’est ni un en-tête [groupe] ni une ligne clé = valeur</translation>
    </message>
</context>
<context>
    <name>sv::AccountStore</name>
    <message>
        <source>The library is closing; try again.</source>
        <translation>La bibliothèque est en cours de fermeture&#x202f;; réessayez.</translation>
    </message>
</context>
<context>
    <name>sv::ApiError</name>
    <message>
        <source>You appear to be offline: the server could not be reached.</source>
        <translation>Vous semblez être hors ligne&#xa0;: le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>Le serveur a mis trop de temps à répondre. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified. Check your network or system date.</source>
        <translation>La connexion sécurisée n’a pas pu être vérifiée. Vérifiez votre réseau ou la date du système.</translation>
    </message>
    <message>
        <source>This address is not allowed: connections must use HTTPS.</source>
        <translation>Cette adresse n’est pas autorisée&#xa0;: les connexions doivent utiliser HTTPS.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>Le serveur a envoyé une réponse que l’application ne sait pas lire.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Vous n’avez pas l’autorisation de faire cela.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>L’élément demandé est introuvable.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Trop de requêtes. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again later.</source>
        <translation>Le service est temporairement indisponible. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
</context>
<context>
    <name>sv::AuthError</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <source>No StreamVibe server is configured, so signing in is not possible. StreamVibe works offline with your local library.</source>
        <translation>Aucun serveur StreamVibe n’est configuré&#xa0;: la connexion est donc impossible. StreamVibe fonctionne hors ligne avec votre bibliothèque locale.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet. Open the link in the confirmation e-mail, then sign in.</source>
        <translation>Cette adresse e-mail n’est pas encore confirmée. Ouvrez le lien de l’e-mail de confirmation, puis connectez-vous.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>The password is too weak: use at least 6 characters.</source>
        <translation>Le mot de passe est trop faible&#xa0;: utilisez au moins 6 caractères.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L’adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <source>The sign-in from the browser could not be completed (the code was already used or has expired). Start the sign-in again.</source>
        <translation>La connexion depuis le navigateur n’a pas pu aboutir (le code a déjà servi ou a expiré). Relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>sv::AuthFlowError</name>
    <message>
        <source>StreamVibe could not open a local port to receive the sign-in result (%1). Check that nothing blocks connections to 127.0.0.1 and try again.</source>
        <translation>StreamVibe n’a pas pu ouvrir de port local pour recevoir le résultat de la connexion (%1). Vérifiez que rien ne bloque les connexions vers 127.0.0.1, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was rejected for your safety. Start the sign-in again from StreamVibe.</source>
        <translation>La réponse de connexion ne correspondait pas à cette tentative et a été rejetée pour votre sécurité. Relancez la connexion depuis StreamVibe.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so StreamVibe was not connected.</source>
        <translation>L’accès a été refusé dans le navigateur&#xa0;: StreamVibe n’a donc pas été connecté.</translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1.</source>
        <translation>Le fournisseur de connexion a signalé une erreur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1 (%2).</source>
        <translation>Le fournisseur de connexion a signalé une erreur&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in response carried no authorization code. Start the sign-in again from StreamVibe.</source>
        <translation>La réponse de connexion ne contenait aucun code d’autorisation. Relancez la connexion depuis StreamVibe.</translation>
    </message>
    <message>
        <source>The sign-in response was malformed and was rejected. Start the sign-in again from StreamVibe.</source>
        <translation>La réponse de connexion était mal formée et a été rejetée. Relancez la connexion depuis StreamVibe.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Start it again from StreamVibe when you are ready.</source>
        <translation>La connexion n’a pas été terminée à temps. Relancez-la depuis StreamVibe quand vous serez prêt.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>sv::CheckoutFlow</name>
    <message>
        <source>Payment confirmed: your plan is now “%1”.</source>
        <translation>Paiement confirmé&#xa0;: votre forfait est désormais «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged.</source>
        <translation>Le paiement a été annulé. Votre forfait reste inchangé.</translation>
    </message>
    <message>
        <source>Checkout was stopped. If you completed the payment, your new plan will appear shortly.</source>
        <translation>Le paiement a été interrompu. Si vous l’avez finalisé, votre nouveau forfait apparaîtra sous peu.</translation>
    </message>
    <message>
        <source>The payment was not confirmed in time. If you completed it, your new plan will appear shortly; otherwise start again.</source>
        <translation>Le paiement n’a pas été confirmé à temps. Si vous l’avez finalisé, votre nouveau forfait apparaîtra sous peu&#x202f;; sinon, recommencez.</translation>
    </message>
    <message>
        <source>Checkout could not be started.</source>
        <translation>Impossible de lancer le paiement.</translation>
    </message>
    <message>
        <source>A checkout is already in progress.</source>
        <translation>Un paiement est déjà en cours.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à StreamVibe.</translation>
    </message>
    <message>
        <source>Checkout not completed</source>
        <translation>Paiement non finalisé</translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged; you can close this tab.</source>
        <translation>Le paiement a été annulé. Votre forfait reste inchangé&#x202f;; vous pouvez fermer cet onglet.</translation>
    </message>
</context>
<context>
    <name>sv::ClipGroups</name>
    <message>
        <source>durations %1 s apart</source>
        <translation>durées à %1 s d’écart</translation>
    </message>
    <message>
        <source>a duration unknown</source>
        <translation>une durée inconnue</translation>
    </message>
    <message>
        <source>similar titles (%1 %), %2, published %3 h apart</source>
        <translation>titres semblables (%1 %), %2, publiés à %3 h d’écart</translation>
    </message>
    <message>
        <source>both on the same platform</source>
        <translation>tous deux sur la même plateforme</translation>
    </message>
    <message>
        <source>a publishing time is unknown</source>
        <translation>une date de publication est inconnue</translation>
    </message>
    <message>
        <source>published %1 h apart (more than 72 h)</source>
        <translation>publiés à %1 h d’écart (plus de 72 h)</translation>
    </message>
    <message>
        <source>durations %1 s apart (more than 1 s)</source>
        <translation>durées à %1 s d’écart (plus de 1 s)</translation>
    </message>
    <message>
        <source>a title has nothing to compare</source>
        <translation>un titre n’a rien à comparer</translation>
    </message>
    <message>
        <source>the title is used for other clips of the account</source>
        <translation>le titre sert à d’autres clips du compte</translation>
    </message>
    <message>
        <source>titles not similar enough (%1 %, %2 % needed)</source>
        <translation>titres pas assez semblables (%1 %, %2 % requis)</translation>
    </message>
    <message>
        <source>Could not read the groups of cross-posted clips</source>
        <translation>Impossible de lire les groupes de clips publiés sur plusieurs plateformes</translation>
    </message>
    <message>
        <source>Could not save the groups of cross-posted clips</source>
        <translation>Impossible d’enregistrer les groupes de clips publiés sur plusieurs plateformes</translation>
    </message>
    <message>
        <source>The library has no %1 item %2.</source>
        <translation>La bibliothèque n’a aucun élément %1 %2.</translation>
    </message>
    <message>
        <source>This item is in no group: merge it with another item instead.</source>
        <translation>Cet élément n’est dans aucun groupe&#xa0;: fusionnez-le plutôt avec un autre élément.</translation>
    </message>
    <message>
        <source>A group holds at most one item per platform: these have two on %1.</source>
        <translation>Un groupe contient au plus un élément par plateforme&#xa0;: ceux-ci en ont deux sur %1.</translation>
    </message>
    <message>
        <source>These items are already one group.</source>
        <translation>Ces éléments forment déjà un groupe.</translation>
    </message>
    <message>
        <source>titles %1 % similar (enough beside a closer match, %2 % alone), %3, published %4 h apart</source>
        <translation>titres semblables à %1 % (assez à côté d’une correspondance plus proche, %2 % seuls), %3, publiés à %4 h d’écart</translation>
    </message>
    <message>
        <source>No sum of views: no figure on %1.</source>
        <translation>Pas de somme des vues : aucun chiffre sur %1.</translation>
    </message>
    <message>
        <source>No sum of likes: no figure on %1.</source>
        <translation>Pas de somme des mentions J'aime : aucun chiffre sur %1.</translation>
    </message>
    <message>
        <source>No sum of comments: no figure on %1.</source>
        <translation>Pas de somme des commentaires : aucun chiffre sur %1.</translation>
    </message>
    <message>
        <source>No sum of shares: no figure on %1.</source>
        <translation>Pas de somme des partages : aucun chiffre sur %1.</translation>
    </message>
    <message>
        <source>The sum of views covers %1 only: no figure on %2.</source>
        <extracomment>%1: the platforms summed, %2: those without the figure</extracomment>
        <translation>La somme des vues ne couvre que %1 : aucun chiffre sur %2.</translation>
    </message>
    <message>
        <source>The sum of likes covers %1 only: no figure on %2.</source>
        <translation>La somme des mentions J'aime ne couvre que %1 : aucun chiffre sur %2.</translation>
    </message>
    <message>
        <source>The sum of comments covers %1 only: no figure on %2.</source>
        <translation>La somme des commentaires ne couvre que %1 : aucun chiffre sur %2.</translation>
    </message>
    <message>
        <source>The sum of shares covers %1 only: no figure on %2.</source>
        <translation>La somme des partages ne couvre que %1 : aucun chiffre sur %2.</translation>
    </message>
</context>
<context>
    <name>sv::DataFreshness</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Offline — as of %1 (%2 ago)</source>
        <translation>Hors ligne — données de %1 (il y a %2)</translation>
    </message>
</context>
<context>
    <name>sv::LibraryDatabase</name>
    <message>
        <source>The library file is damaged (%1). Restore it from a backup or move it away to start a new library.</source>
        <translation>Le fichier de bibliothèque est endommagé (%1). Restaurez-le depuis une sauvegarde ou déplacez-le pour commencer une nouvelle bibliothèque.</translation>
    </message>
    <message>
        <source>%1: the library is busy in another StreamVibe window or command. Try again.</source>
        <translation>%1&#xa0;: la bibliothèque est occupée par une autre fenêtre ou commande StreamVibe. Réessayez.</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not prepare a library query</source>
        <translation>Impossible de préparer une requête sur la bibliothèque</translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation>Aucun fichier de bibliothèque n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a StreamVibe library (it is not an SQLite database). The file was left untouched.</source>
        <translation>%1 n’est pas une bibliothèque StreamVibe (ce n’est pas une base de données SQLite). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The folder of the library file %1 does not exist.</source>
        <translation>Le dossier du fichier de bibliothèque %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the library file %1</source>
        <translation>Impossible d’ouvrir le fichier de bibliothèque %1</translation>
    </message>
    <message>
        <source>%1 cannot be used as a library</source>
        <translation>%1 ne peut pas servir de bibliothèque</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not StreamVibe. The file was left untouched.</source>
        <translation>%1 appartient à une autre application, pas à StreamVibe. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a StreamVibe library. The file was left untouched.</source>
        <translation>%1 est une base de données SQLite, mais pas une bibliothèque StreamVibe. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of StreamVibe (library format %2; this version reads up to %3). Update StreamVibe to open it; the file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de StreamVibe (format de bibliothèque %2&#x202f;; cette version lit jusqu’au format %3). Mettez StreamVibe à jour pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2). It was left untouched.</source>
        <translation>Le fichier de bibliothèque %1 est endommagé (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>SQLite refused to enable foreign keys on %1.</source>
        <translation>SQLite a refusé d’activer les clés étrangères sur %1.</translation>
    </message>
    <message>
        <source>The library file %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); put the profile on a local disk.</source>
        <translation>Le fichier de bibliothèque %1 ne peut pas utiliser la journalisation anticipée (le mode de journal est «&#xa0;%2&#xa0;»)&#x202f;; placez le profil sur un disque local.</translation>
    </message>
    <message>
        <source>Could not upgrade the library to format %1</source>
        <translation>Impossible de mettre à niveau la bibliothèque vers le format %1</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>La bibliothèque n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation>Élément %1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>Could not save to the library</source>
        <translation>Impossible d’enregistrer dans la bibliothèque</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gives no native handle.</source>
        <translation>%1&#xa0;: le pilote SQLite ne fournit pas de descripteur natif.</translation>
    </message>
    <message>
        <source>Could not save items %1 to %2</source>
        <translation>Impossible d’enregistrer les éléments %1 à %2</translation>
    </message>
    <message>
        <source>Could not save item %1</source>
        <translation>Impossible d’enregistrer l’élément %1</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <source>Could not read item %1</source>
        <translation>Impossible de lire l’élément %1</translation>
    </message>
    <message>
        <source>The library has no item %1.</source>
        <translation>La bibliothèque ne contient aucun élément %1.</translation>
    </message>
    <message>
        <source>Could not remove the account&apos;s items</source>
        <translation>Impossible de supprimer les éléments du compte</translation>
    </message>
    <message>
        <source>Could not read the library statistics</source>
        <translation>Impossible de lire les statistiques de la bibliothèque</translation>
    </message>
    <message>
        <source>The import file is not readable.</source>
        <translation>Le fichier d’importation est illisible.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L’exportation a échoué</translation>
    </message>
    <message>
        <source>Could not read the connected accounts</source>
        <translation>Impossible de lire les comptes liés</translation>
    </message>
    <message>
        <source>Could not save the connected account</source>
        <translation>Impossible d’enregistrer le compte lié</translation>
    </message>
    <message>
        <source>%1: the account has no id.</source>
        <translation>%1&#xa0;: le compte n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>Could not remove the connected account</source>
        <translation>Impossible de supprimer le compte lié</translation>
    </message>
    <message>
        <source>Item %1 does not belong to the account being synced.</source>
        <translation>L’élément %1 n’appartient pas au compte en cours de synchronisation.</translation>
    </message>
    <message>
        <source>Could not read the library</source>
        <translation>Impossible de lire la bibliothèque</translation>
    </message>
    <message>
        <source>Could not write the job log</source>
        <translation>Impossible d’écrire le journal des tâches</translation>
    </message>
    <message>
        <source>Could not read the usage to report</source>
        <translation>Impossible de lire l’utilisation à signaler</translation>
    </message>
    <message>
        <source>Could not update the usage to report</source>
        <translation>Impossible de mettre à jour l’utilisation à signaler</translation>
    </message>
    <message>
        <source>Could not check the library file</source>
        <translation>Impossible de vérifier le fichier de bibliothèque</translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2), so nothing is written to it. Restore it from a backup, or move it away to start a new library (exporting the library first may still save its items).</source>
        <translation>Le fichier de bibliothèque %1 est endommagé (%2)&#x202f;: rien n’y est écrit. Restaurez-le depuis une sauvegarde ou déplacez-le pour commencer une nouvelle bibliothèque (exporter d’abord la bibliothèque peut encore sauver ses éléments).</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>est trop long (%1 caractères&#x202f;; au plus %2)</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>est trop grand (trouvé&#x202f;: %1&#x202f;; au plus %2)</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder cannot be written (%2): search and browsing work, nothing can be saved until the folder is writable again.</source>
        <translation>La bibliothèque %1 est ouverte en lecture seule car son dossier n’est pas accessible en écriture (%2)&#x202f;: la recherche et la consultation fonctionnent, rien ne peut être enregistré tant que le dossier n’est pas de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because the disk is full (%2): search and browsing work, nothing can be saved until space is freed.</source>
        <translation>La bibliothèque %1 est ouverte en lecture seule car le disque est plein (%2)&#x202f;: la recherche et la consultation fonctionnent, rien ne peut être enregistré tant que de l’espace n’est pas libéré.</translation>
    </message>
    <message>
        <source>No library can be created in %1: %2.</source>
        <translation>Aucune bibliothèque ne peut être créée dans %1&#x202f;: %2.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of StreamVibe and must be upgraded, which needs a writable folder. %2</source>
        <translation>%1 a été écrit par une version plus ancienne de StreamVibe et doit être mis à niveau, ce qui nécessite un dossier accessible en écriture. %2</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be found (%2): search and browsing work, nothing can be saved until the folder is back.</source>
        <translation>La bibliothèque %1 est ouverte en lecture seule car son dossier est introuvable (%2)&#x202f;: la recherche et la consultation fonctionnent, rien ne peut être enregistré tant que le dossier n’est pas de retour.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be opened (%2): search and browsing work, nothing can be saved until its permissions let you in again.</source>
        <translation>La bibliothèque %1 est ouverte en lecture seule car son dossier ne peut plus être ouvert (%2)&#x202f;: la recherche et la consultation fonctionnent, rien ne peut être enregistré tant que ses autorisations ne vous y donnent pas de nouveau accès.</translation>
    </message>
</context>
<context>
    <name>sv::LibraryFileFormat</name>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation>Élément %1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>is required (youtube, instagram or tiktok)</source>
        <translation>est obligatoire (youtube, instagram ou tiktok)</translation>
    </message>
    <message>
        <source>%1 is not a platform (use youtube, instagram or tiktok)</source>
        <translation>%1 n’est pas une plateforme (utilisez youtube, instagram ou tiktok)</translation>
    </message>
    <message>
        <source>is required and must not be empty</source>
        <translation>est obligatoire et ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (e.g. 2024-03-01T18:30:00Z)</source>
        <translation>%1 n’est pas une date et heure ISO 8601 (p. ex. 2024-03-01T18:30:00Z)</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>ne doit pas être négatif (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the JSON is malformed at line %1, column %2 (%3)</source>
        <translation>le JSON est mal formé à la ligne %1, colonne %2 (%3)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>Le fichier n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>un autre type</translation>
    </message>
    <message>
        <source>must be a whole number (found %1)</source>
        <translation>doit être un nombre entier (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>Line %1 (header), column &quot;%2&quot;: %3</source>
        <translation>Ligne %1 (en-tête), colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>(record starting on line %1)</source>
        <translation>(enregistrement commençant à la ligne %1)</translation>
    </message>
    <message>
        <source>a quoted value is not closed (missing &quot;)</source>
        <translation>une valeur entre guillemets n’est pas fermée (&quot; manquant)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a value must be doubled: &quot;&quot;)</source>
        <translation>texte inattendu après un guillemet fermant (un guillemet à l’intérieur d’une valeur doit être doublé&#xa0;: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted value (quote the whole value and double the quote: &quot;&quot;)</source>
        <translation>un guillemet dans une valeur sans guillemets (mettez toute la valeur entre guillemets et doublez le guillemet&#xa0;: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a carriage return inside an unquoted value</source>
        <translation>un retour chariot dans une valeur sans guillemets</translation>
    </message>
    <message>
        <source>The file must contain a JSON array of items ([{...}, ...]).</source>
        <translation>Le fichier doit contenir un tableau JSON d’éléments ([{...}, ...]).</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>Le fichier CSV n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file is empty: it needs a header row (%1).</source>
        <translation>Le fichier CSV est vide&#xa0;: il lui faut une ligne d’en-tête (%1).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>The CSV header names the column &quot;%1&quot; twice.</source>
        <translation>L’en-tête CSV nomme deux fois la colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The CSV header has no &quot;%1&quot; column (required: platform, account, external_id).</source>
        <translation>L’en-tête CSV n’a pas de colonne «&#xa0;%1&#xa0;» (obligatoires&#xa0;: platform, account, external_id).</translation>
    </message>
    <message>
        <source>has %1 values but the header has %2 columns (line %3)</source>
        <translation>a %1 valeurs, mais l’en-tête a %2 colonnes (ligne %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>Could not write the export file.</source>
        <translation>Impossible d’écrire le fichier d’exportation.</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>Impossible d’écrire le fichier d’exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>est trop grand (trouvé&#x202f;: %1&#x202f;; au plus %2)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
</context>
<context>
    <name>sv::LibraryService</name>
    <message>
        <source>The library is not open.</source>
        <translation>La bibliothèque n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The library was closed before the operation could run.</source>
        <translation>La bibliothèque a été fermée avant que l’opération puisse s’exécuter.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sv::LoopbackListener</name>
    <message>
        <source>the listener was not started</source>
        <translation>le récepteur n’a pas été démarré</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à StreamVibe.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This address only receives the result of signing in to StreamVibe.</source>
        <translation>Cette adresse ne reçoit que le résultat de la connexion à StreamVibe.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai de la requête dépassé</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>La requête a pris trop de temps.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>The request was too large to be processed.</source>
        <translation>La requête était trop volumineuse pour être traitée.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Mauvaise adresse</translation>
    </message>
    <message>
        <source>This request was not sent to the address StreamVibe opened for signing in.</source>
        <translation>Cette requête n’a pas été envoyée à l’adresse que StreamVibe a ouverte pour la connexion.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>La requête n’a pas pu être comprise.</translation>
    </message>
</context>
<context>
    <name>sv::Platform</name>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
</context>
<context>
    <name>sv::PlatformError</name>
    <message>
        <source>Sign in to StreamVibe to connect %1.</source>
        <translation>Connectez-vous à StreamVibe pour relier %1.</translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read (%2).</source>
        <translation>%1 a envoyé une réponse que StreamVibe ne sait pas lire (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check your internet connection.</source>
        <translation>Impossible de joindre %1. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Please try again.</source>
        <translation>%1 a mis trop de temps à répondre. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>%1 did not accept the saved sign-in.</source>
        <translation>%1 n’a pas accepté la connexion enregistrée.</translation>
    </message>
    <message>
        <source>The connection to %1 has expired or was revoked. Reconnect the account.</source>
        <translation>La connexion à %1 a expiré ou a été révoquée. Reconnectez le compte.</translation>
    </message>
    <message>
        <source>%1 is limiting requests. Please wait a moment and try again.</source>
        <translation>%1 limite les requêtes. Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>The daily %1 API quota is used up. Try again tomorrow.</source>
        <translation>Le quota quotidien de l’API %1 est épuisé. Réessayez demain.</translation>
    </message>
    <message>
        <source>%1 could not process the request (HTTP %2). Please try again later.</source>
        <translation>%1 n’a pas pu traiter la requête (HTTP %2). Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>%1 could not process the request. Please try again later.</source>
        <translation>%1 n’a pas pu traiter la requête. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read.</source>
        <translation>%1 a envoyé une réponse que StreamVibe ne peut pas lire.</translation>
    </message>
    <message>
        <source>Access to your %1 account was declined.</source>
        <translation>L’accès à votre compte %1 a été refusé.</translation>
    </message>
    <message>
        <source>Connecting %1 was cancelled.</source>
        <translation>La connexion à %1 a été annulée.</translation>
    </message>
    <message>
        <source>StreamVibe is not set up to connect %1.</source>
        <translation>StreamVibe n’est pas configuré pour connecter %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 limite les requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>%1 limite les requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::PortalFlow</name>
    <message>
        <source>Back from billing</source>
        <translation>Retour de la facturation</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à StreamVibe.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>sv::Profile</name>
    <message>
        <source>Cannot create the profile directory %1</source>
        <translation>Impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <source>Cannot make the profile directory %1 private</source>
        <translation>Impossible de rendre privé le dossier de profil %1</translation>
    </message>
    <message>
        <source>%1: [profile] location: %2</source>
        <translation>%1&#xa0;: emplacement de [profile]&#xa0;: %2</translation>
    </message>
    <message>
        <source>$USER is used, but the user name is unknown ($USER and $LOGNAME are empty)</source>
        <translation>$USER est utilisé, mais le nom d’utilisateur est inconnu ($USER et $LOGNAME sont vides)</translation>
    </message>
    <message>
        <source>unknown variable $%1 (only $HOME, $USER and a leading ~ are expanded)</source>
        <translation>variable inconnue $%1 (seuls $HOME, $USER et un ~ initial sont développés)</translation>
    </message>
    <message>
        <source>a $ that starts no variable: %1</source>
        <translation>un $ qui ne commence aucune variable&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be an absolute path (or start with ~/): %1</source>
        <translation>doit être un chemin absolu (ou commencer par ~/)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file exists but cannot be read</source>
        <translation>le fichier existe mais ne peut pas être lu</translation>
    </message>
    <message>
        <source>The profile&apos;s identity file %1 is damaged. Remove it to give the profile a new identity; you will then have to sign in and connect your accounts again.</source>
        <translation>Le fichier d’identité du profil %1 est endommagé. Supprimez-le pour donner une nouvelle identité au profil&#x202f;; vous devrez ensuite vous reconnecter et connecter à nouveau vos comptes.</translation>
    </message>
    <message>
        <source>Cannot read or create the profile&apos;s identity file %1 (%2). StreamVibe needs it to keep this profile&apos;s keychain entries apart from other profiles&apos;: make the folder %3 writable.</source>
        <translation>Impossible de lire ou de créer le fichier d’identité du profil %1 (%2). StreamVibe en a besoin pour séparer les entrées du trousseau de ce profil de celles des autres profils&#x202f;: rendez le dossier %3 accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>sv::SecretError</name>
    <message>
        <source>No keyring service is available, so StreamVibe cannot store or read your sign-in securely. Install and start a Secret Service provider (for example GNOME Keyring or KeePassXC) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Aucun service de trousseau de clés n’est disponible&#xa0;: StreamVibe ne peut donc pas enregistrer ni lire votre connexion de façon sécurisée. Installez et lancez un fournisseur Secret Service (par exemple GNOME Keyring ou KeePassXC), puis réessayez&#x202f;; en attendant, StreamVibe continue de fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (e.g. in Passwords and Keys) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Le trousseau de clés est verrouillé. Déverrouillez-le (p. ex. dans «&#xa0;Mots de passe et clés&#xa0;»), puis réessayez&#x202f;; en attendant, StreamVibe continue de fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied. Allow StreamVibe to use the keyring and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>L’accès au trousseau de clés a été refusé. Autorisez StreamVibe à utiliser le trousseau, puis réessayez&#x202f;; en attendant, StreamVibe continue de fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keyring. Sign in again.</source>
        <translation>Aucune connexion enregistrée n’a été trouvée dans le trousseau de clés. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time. If it is asking for a password, unlock it and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Le trousseau de clés n’a pas répondu à temps. S’il demande un mot de passe, déverrouillez-le, puis réessayez&#x202f;; en attendant, StreamVibe continue de fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>The keyring reported an error.</source>
        <translation>Le trousseau de clés a signalé une erreur.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>Le trousseau de clés a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sv::SecretStore</name>
    <message numerus="yes">
        <source>no answer within %n ms</source>
        <translation>
            <numerusform>aucune réponse en %n ms</numerusform>
            <numerusform>aucune réponse en %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>clé non valide</translation>
    </message>
</context>
<context>
    <name>sv::SessionManager</name>
    <message>
        <source>Your session has ended (it was signed out on the server or from another device). Sign in again; your local library is unchanged.</source>
        <translation>Votre session a pris fin (déconnexion sur le serveur ou depuis un autre appareil). Reconnectez-vous&#x202f;; votre bibliothèque locale est inchangée.</translation>
    </message>
    <message>
        <source>You were signed out from another StreamVibe window or the command line. Sign in again; your local library is unchanged.</source>
        <translation>Vous avez été déconnecté depuis une autre fenêtre StreamVibe ou la ligne de commande. Reconnectez-vous&#x202f;; votre bibliothèque locale est inchangée.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read. Sign in again.</source>
        <translation>Impossible de lire la connexion enregistrée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session changed meanwhile.</source>
        <translation>La session a changé entre-temps.</translation>
    </message>
    <message>
        <source>The sign-in was superseded.</source>
        <translation>Cette connexion a été remplacée par une autre.</translation>
    </message>
    <message>
        <source>A sign-in is already in progress.</source>
        <translation>Une connexion est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery e-mail was sent a moment ago. Check your inbox (and spam folder), or ask again in %n second(s).</source>
        <translation>
            <numerusform>Un e-mail de récupération vient d’être envoyé. Vérifiez votre boîte de réception (et le dossier des indésirables), ou redemandez dans %n seconde.</numerusform>
            <numerusform>Un e-mail de récupération vient d’être envoyé. Vérifiez votre boîte de réception (et le dossier des indésirables), ou redemandez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has sent too many e-mails for now. Try again in an hour.</source>
        <translation>Le serveur a envoyé trop d’e-mails pour le moment. Réessayez dans une heure.</translation>
    </message>
</context>
<context>
    <name>sv::SyncJob</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The usage of this sync could not be reported yet (%1); it is kept and reported with the next sync.</source>
        <translation>L’utilisation de cette synchronisation n’a pas encore pu être signalée (%1)&#x202f;; elle est conservée et sera signalée lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This account is already being synced.</source>
        <translation>Ce compte est déjà en cours de synchronisation.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>Aucun compte %1 n’est lié.</translation>
    </message>
    <message>
        <source>The %1 sign-in of this account is missing from the keychain: reconnect it.</source>
        <translation>La connexion %1 de ce compte est absente du trousseau de clés&#xa0;: reliez-le de nouveau.</translation>
    </message>
    <message>
        <source>Sign in to StreamVibe to sync: your usage is counted against your plan.</source>
        <translation>Connectez-vous à StreamVibe pour synchroniser&#xa0;: votre utilisation est décomptée de votre forfait.</translation>
    </message>
    <message>
        <source>Your quota could not be checked (%1); the sync continues and the usage is reported later.</source>
        <translation>Impossible de vérifier votre quota (%1)&#x202f;; la synchronisation continue et l’utilisation sera signalée plus tard.</translation>
    </message>
    <message>
        <source>The statistics of recent items could not be refreshed: %1</source>
        <translation>Impossible d’actualiser les statistiques des éléments récents&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 n’a pas répondu&#x202f;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 n’a pas répondu&#x202f;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 est injoignable&#x202f;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 est injoignable&#x202f;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 limite les requêtes&#x202f;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 limite les requêtes&#x202f;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error (HTTP %2); retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 a répondu par une erreur (HTTP %2)&#x202f;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 a répondu par une erreur (HTTP %2)&#x202f;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 a répondu par une erreur&#x202f;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 a répondu par une erreur&#x202f;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent an answer StreamVibe cannot read; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 a envoyé une réponse que StreamVibe ne sait pas lire&#x202f;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 a envoyé une réponse que StreamVibe ne sait pas lire&#x202f;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 sync was stopped after %n minute(s), its time limit. The items synced so far are kept.</source>
        <translation>
            <numerusform>La synchronisation de %1 a été arrêtée après %n minute, sa limite de temps. Les éléments déjà synchronisés sont conservés.</numerusform>
            <numerusform>La synchronisation de %1 a été arrêtée après %n minutes, sa limite de temps. Les éléments déjà synchronisés sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s); the sync stopped. The items synced so far are kept.</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde&#x202f;; la synchronisation a été arrêtée. Les éléments déjà synchronisés sont conservés.</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes&#x202f;; la synchronisation a été arrêtée. Les éléments déjà synchronisés sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This %1 connection does not include its analytics, so no history was read. Reconnect %1 to include it.</source>
        <translation>Cette connexion à %1 n’inclut pas ses statistiques, aucun historique n’a donc été lu. Reconnectez %1 pour les inclure.</translation>
    </message>
    <message>
        <source>%1 did not give the history of some items this time; the next sync reads it.</source>
        <translation>%1 n’a pas fourni l’historique de certains éléments cette fois-ci&#x202f;; la prochaine synchronisation le lira.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not give the history of %n item(s); the next syncs try again after the other items.</source>
        <translation>
            <numerusform>%1 n’a pas fourni l’historique de %n élément&#x202f;; les prochaines synchronisations réessaieront après les autres éléments.</numerusform>
            <numerusform>%1 n’a pas fourni l’historique de %n éléments&#x202f;; les prochaines synchronisations réessaieront après les autres éléments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncManager</name>
    <message>
        <source>%1 is already being connected.</source>
        <translation>%1 est déjà en cours de liaison.</translation>
    </message>
    <message>
        <source>%1 is not configured in this installation.</source>
        <translation>%1 n’est pas configuré dans cette installation.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be stored in the keychain: %2</source>
        <translation>Impossible d’enregistrer la connexion %1 dans le trousseau de clés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>Aucun compte %1 n’est lié.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be read from the keychain: %2</source>
        <translation>Impossible de lire la connexion %1 dans le trousseau de clés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not revoke StreamVibe&apos;s access (%2). The sign-in was removed from this computer; you can also remove the access in your %1 account settings.</source>
        <translation>%1 n’a pas pu révoquer l’accès de StreamVibe (%2). La connexion a été supprimée de cet ordinateur&#x202f;; vous pouvez aussi retirer l’accès dans les paramètres de votre compte %1.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be removed from the keychain: %2</source>
        <translation>Impossible de supprimer la connexion %1 du trousseau de clés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>%1 sync failed: %2</source>
        <translation>La synchronisation de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected before it can be synced.</source>
        <translation>Le compte %1 doit être relié de nouveau avant de pouvoir être synchronisé.</translation>
    </message>
    <message>
        <source>%1 sync finished: %2.</source>
        <translation>Synchronisation %1 terminée&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>sv::SyncOutcome</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln item(s)</source>
        <translation>
            <numerusform>%1 sur environ %Ln élément</numerusform>
            <numerusform>%1 sur environ %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>environ %Ln minute restante</numerusform>
            <numerusform>environ %Ln minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>no new items</source>
        <translation>aucun nouvel élément</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln nouvel élément</numerusform>
            <numerusform>%Ln nouveaux éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln updated</source>
        <translation>
            <numerusform>%1, %Ln mis à jour</numerusform>
            <numerusform>%1, %Ln mis à jour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncScheduler</name>
    <message>
        <source>Background sync is off.</source>
        <translation>La synchronisation en arrière-plan est désactivée.</translation>
    </message>
    <message>
        <source>Sign in to sync in the background.</source>
        <translation>Connectez-vous pour synchroniser en arrière-plan.</translation>
    </message>
    <message>
        <source>Waiting for the network to sync.</source>
        <translation>En attente du réseau pour synchroniser.</translation>
    </message>
    <message>
        <source>Sync paused: the connection is metered.</source>
        <translation>Synchronisation en pause&#xa0;: la connexion est limitée.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync due; starting soon.</source>
        <translation>Synchronisation prévue&#xa0;; elle démarre bientôt.</translation>
    </message>
    <message>
        <source>Next sync at %1.</source>
        <translation>Prochaine synchronisation à %1.</translation>
    </message>
</context>
<context>
    <name>sv::UsageReporter</name>
    <message>
        <source>Your %1 plan&apos;s quota of %2 items is used up (%3 used). The sync continues; items beyond the quota are billed as overage.</source>
        <translation>Le quota de %2 éléments de votre forfait %1 est épuisé (%3 utilisés). La synchronisation continue&#x202f;; les éléments au-delà du quota sont facturés en dépassement.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
</context>
<context>
    <name>sv::YouTubeConnector</name>
    <message>
        <source>This Google account has no YouTube channel. Create one, then connect again.</source>
        <translation>Ce compte Google n’a pas de chaîne YouTube. Créez-en une, puis liez de nouveau le compte.</translation>
    </message>
</context>
</TS>
