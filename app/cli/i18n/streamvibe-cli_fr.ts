<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsCommand</name>
    <message>
        <source>connected</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>reconnect needed</source>
        <translation>à relier de nouveau</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>dissocié</translation>
    </message>
    <message>
        <source>List the connected platform accounts and their sync state.</source>
        <translation>Lister les comptes de plateformes liés et leur état de synchronisation.</translation>
    </message>
    <message>
        <source>accounts [options]</source>
        <translation>accounts [options]</translation>
    </message>
    <message>
        <source>Lists the connected accounts of the profile: platform, account, status, the items in the library and the last sync. Reads the library only (no network, no sign-in).</source>
        <translation>Liste les comptes liés du profil&#xa0;: plateforme, compte, état, éléments dans la bibliothèque et dernière synchronisation. Lit uniquement la bibliothèque (ni réseau, ni connexion).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>accounts takes no arguments</source>
        <translation>accounts n’accepte aucun argument</translation>
    </message>
    <message>
        <source>No account is connected. Run “%1 connect PLATFORM” to connect one.</source>
        <translation>Aucun compte n’est lié. Lancez «&#xa0;%1 connect PLATEFORME&#xa0;» pour en lier un.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ÉLÉMENTS</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>DERNIÈRE SYNCHRO</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: run “%2 connect %3”.</source>
        <translation>%1 doit être relié de nouveau&#xa0;: lancez «&#xa0;%2 connect %3&#xa0;».</translation>
    </message>
</context>
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
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>Inspect or empty the cache of backend answers (plans, profile, usage).</source>
        <translation>Inspecter ou vider le cache des réponses du backend (forfaits, profil, utilisation).</translation>
    </message>
    <message>
        <source>Show the cache counters and what the profile&apos;s cache holds.</source>
        <translation>Afficher les compteurs du cache et ce que contient le cache du profil.</translation>
    </message>
    <message>
        <source>Remove every cached backend answer from the profile.</source>
        <translation>Supprimer du profil toutes les réponses du backend mises en cache.</translation>
    </message>
    <message>
        <source>cache clear [options]</source>
        <translation>cache clear [options]</translation>
    </message>
    <message>
        <source>Removes every cached backend answer stored in the profile&apos;s library and prints how many were removed. The content library itself is not touched; the next online start fetches fresh answers.</source>
        <translation>Supprime toutes les réponses du backend mises en cache dans la bibliothèque du profil et indique combien ont été supprimées. La bibliothèque de contenus elle-même n’est pas modifiée&#x202f;; le prochain démarrage en ligne récupère des réponses à jour.</translation>
    </message>
    <message>
        <source>cache stats [options]</source>
        <translation>cache stats [options]</translation>
    </message>
    <message>
        <source>Shows the hits and misses of the memory and SQLite cache layers (zero in a new process), and the entries stored in the profile&apos;s library: how many, how many expired (served only when the backend is unreachable) and their size in bytes.</source>
        <translation>Affiche les succès et les échecs des niveaux de cache en mémoire et SQLite (zéro dans un nouveau processus) ainsi que les entrées stockées dans la bibliothèque du profil&#xa0;: leur nombre, combien ont expiré (utilisées seulement quand le backend est injoignable) et leur taille en octets.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>cache %1 takes no arguments</source>
        <translation>cache %1 n’accepte aucun argument</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>impossible de lire le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>HITS</source>
        <translation>SUCCÈS</translation>
    </message>
    <message>
        <source>MISSES</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>ENTRÉES</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>sqlite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Stored in the library: %1 entries, %2 expired, %3 bytes.</source>
        <translation>Stocké dans la bibliothèque&#xa0;: %1 entrées, dont %2 expirées, %3 octets.</translation>
    </message>
    <message>
        <source>cannot clear the cache: %1</source>
        <translation>impossible de vider le cache&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached answer(s).</source>
        <translation>
            <numerusform>%n réponse en cache supprimée.</numerusform>
            <numerusform>%n réponses en cache supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutCommand</name>
    <message>
        <source>Buy or change the plan with Stripe Checkout in the browser.</source>
        <translation>Acheter ou changer de forfait avec Stripe Checkout dans le navigateur.</translation>
    </message>
    <message>
        <source>checkout [options] PLAN</source>
        <translation>checkout [options] FORFAIT</translation>
    </message>
    <message>
        <source>Opens Stripe Checkout for PLAN in your browser ($BROWSER, else the desktop&apos;s handler) and prints the link. When the payment is done the browser returns to StreamVibe and the new plan is printed; if it does not return, the subscription is checked every few seconds for up to two minutes. Cancelling on the checkout page leaves your plan unchanged.</source>
        <translation>Ouvre Stripe Checkout pour FORFAIT dans votre navigateur ($BROWSER, sinon le gestionnaire du bureau) et affiche le lien. Une fois le paiement effectué, le navigateur revient à StreamVibe et le nouveau forfait est affiché&#x202f;; s’il ne revient pas, l’abonnement est vérifié à quelques secondes d’intervalle pendant deux minutes au plus. Annuler sur la page de paiement laisse votre forfait inchangé.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>FORFAIT</translation>
    </message>
    <message>
        <source>The plan to buy: basic or premium (see &apos;plans&apos;).</source>
        <translation>Le forfait à acheter&#xa0;: basic ou premium (voir «&#xa0;plans&#xa0;»).</translation>
    </message>
    <message>
        <source>Pay yearly instead of monthly.</source>
        <translation>Payer à l’année plutôt qu’au mois.</translation>
    </message>
    <message>
        <source>checkout takes one PLAN</source>
        <translation>checkout accepte un seul FORFAIT</translation>
    </message>
    <message>
        <source>no such plan: %1</source>
        <translation>forfait inexistant&#xa0;: %1</translation>
    </message>
    <message>
        <source>the %1 plan cannot be bought; cancel your subscription with the billing portal to return to it</source>
        <translation>le forfait %1 ne peut pas être acheté&#x202f;; résiliez votre abonnement dans le portail de facturation pour y revenir</translation>
    </message>
    <message>
        <source>Opened the checkout in your browser. If it did not appear, open this link:</source>
        <translation>Le paiement s’est ouvert dans votre navigateur. S’il n’apparaît pas, ouvrez ce lien&#xa0;:</translation>
    </message>
    <message>
        <source>Open this link in your browser to pay:</source>
        <translation>Ouvrez ce lien dans votre navigateur pour payer&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for the payment... (Ctrl+C to stop)</source>
        <translation>En attente du paiement... (Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>Payment confirmed. Your plan is now %1 (%2 API units per month).</source>
        <translation>Paiement confirmé. Votre forfait est désormais %1 (%2 unités d’API par mois).</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the profile in DIR (default: $STREAMVIBE_PROFILE, else ~/.local/share/StreamVibe/profiles/default).</source>
        <translation>Utiliser le profil situé dans DOSSIER (par défaut&#xa0;: $STREAMVIBE_PROFILE, sinon ~/.local/share/StreamVibe/profiles/default).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Read the configuration from FILE only (default: $STREAMVIBE_CONFIG, else the system and user streamvibe.conf).</source>
        <translation>Lire la configuration uniquement depuis FICHIER (par défaut&#xa0;: $STREAMVIBE_CONFIG, sinon les streamvibe.conf du système et de l’utilisateur).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [ACTION] [options] [arguments]</source>
        <translation>Utilisation&#xa0;: %1 [options globales] COMMANDE [ACTION] [options] [arguments]</translation>
    </message>
    <message>
        <source>StreamVibe from the command line: search and manage your local content library.</source>
        <translation>StreamVibe en ligne de commande&#xa0;: recherchez et gérez votre bibliothèque locale de contenus.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Show the help of a command: help COMMAND [ACTION].</source>
        <translation>Afficher l’aide d’une commande&#xa0;: help COMMANDE [ACTION].</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Lancez «&#xa0;%1 help COMMANDE&#xa0;» ou «&#xa0;%1 COMMANDE --help&#xa0;» pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 wrong command line, 2 the command failed.</source>
        <translation>Code de retour&#xa0;: 0 succès, 1 ligne de commande incorrecte, 2 échec de la commande.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 ACTION [options] [arguments]</source>
        <translation>Utilisation&#xa0;: %1 %2 ACTION [options] [arguments]</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2 ACTION&apos; for the options of an action.</source>
        <translation>Lancez «&#xa0;%1 help %2 ACTION&#xa0;» pour voir les options d’une action.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’action «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’une action</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action before its options</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’une action avant ses options</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open the library %1: %2</source>
        <translation>impossible d’ouvrir la bibliothèque %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>no StreamVibe server is configured: set [backend] url and anon_key in streamvibe.conf (see “%1 config”)</source>
        <translation>aucun serveur StreamVibe n’est configuré&#xa0;: définissez url et anon_key dans [backend] de streamvibe.conf (voir «&#xa0;%1 config&#xa0;»)</translation>
    </message>
    <message>
        <source>the session is not initialised</source>
        <translation>la session n’est pas initialisée</translation>
    </message>
    <message>
        <source>Not signed in: run “%1 login”.</source>
        <translation>Non connecté&#xa0;: lancez «&#xa0;%1 login&#xa0;».</translation>
    </message>
    <message>
        <source>Run “%1 login” to sign in again.</source>
        <translation>Lancez «&#xa0;%1 login&#xa0;» pour vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Inspect the application configuration (streamvibe.conf).</source>
        <translation>Inspecter la configuration de l’application (streamvibe.conf).</translation>
    </message>
    <message>
        <source>Show the effective configuration and where each value comes from.</source>
        <translation>Afficher la configuration effective et l’origine de chaque valeur.</translation>
    </message>
    <message>
        <source>config show [options]</source>
        <translation>config show [options]</translation>
    </message>
    <message>
        <source>Shows every configuration value and its source. The configuration is read from $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (default /etc/xdg), then $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (default ~/.config), each overriding the previous one key by key; --config FILE or $STREAMVIBE_CONFIG replaces both. Keys no file sets keep their built-in defaults.</source>
        <translation>Affiche chaque valeur de configuration et son origine. La configuration est lue dans $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (par défaut /etc/xdg), puis dans $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (par défaut ~/.config), chaque fichier remplaçant le précédent clé par clé&#x202f;; --config FICHIER ou $STREAMVIBE_CONFIG remplace les deux. Les clés qu’aucun fichier ne définit gardent leurs valeurs par défaut intégrées.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>config show takes no arguments</source>
        <translation>config show n’accepte aucun argument</translation>
    </message>
    <message>
        <source>Configuration files, lowest priority first:</source>
        <translation>Fichiers de configuration, du moins prioritaire au plus prioritaire&#xa0;:</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Backend: not configured (set url in the [backend] group); sign-in, plans and sync are unavailable, the local library works offline.</source>
        <translation>Backend&#xa0;: non configuré (définissez url dans le groupe [backend])&#x202f;; la connexion, les forfaits et la synchronisation sont indisponibles, la bibliothèque locale fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Backend: %1 (local sandbox: every endpoint is on this machine)</source>
        <translation>Backend&#xa0;: %1 (bac à sable local&#xa0;: tous les points de terminaison sont sur cette machine)</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend&#xa0;: %1</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect a YouTube, Instagram or TikTok account (sign-in in the browser).</source>
        <translation>Lier un compte YouTube, Instagram ou TikTok (connexion dans le navigateur).</translation>
    </message>
    <message>
        <source>connect [options] PLATFORM</source>
        <translation>connect [options] PLATEFORME</translation>
    </message>
    <message>
        <source>Opens the platform&apos;s sign-in page in the browser ($BROWSER, else the desktop&apos;s default) and waits for you to allow StreamVibe to read your published content. The link is also printed in case no browser opens. The sign-in is kept in the system keychain, never in a file. Connecting again reconnects the account; another account of the same platform replaces the connected one (its items stay in the library).</source>
        <translation>Ouvre la page de connexion de la plateforme dans le navigateur ($BROWSER, sinon celui du bureau) et attend que vous autorisiez StreamVibe à lire vos contenus publiés. Le lien est aussi affiché au cas où aucun navigateur ne s’ouvre. La connexion est conservée dans le trousseau de clés du système, jamais dans un fichier. Lier de nouveau le compte le reconnecte&#x202f;; un autre compte de la même plateforme remplace le compte lié (ses éléments restent dans la bibliothèque).</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram ou tiktok.</translation>
    </message>
    <message>
        <source>connect needs exactly one PLATFORM</source>
        <translation>connect attend exactement une PLATEFORME</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it does not open, visit:</source>
        <translation>Connectez-vous dans votre navigateur. S’il ne s’ouvre pas, rendez-vous sur&#xa0;:</translation>
    </message>
    <message>
        <source>Connected %1 account “%2” (%3). Run “%4 sync %5” to fetch its items.</source>
        <translation>Compte %1 «&#xa0;%2&#xa0;» lié (%3). Lancez «&#xa0;%4 sync %5&#xa0;» pour récupérer ses éléments.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Disconnect a platform account: revoke access and delete its sign-in.</source>
        <translation>Dissocier un compte de plateforme&#xa0;: révoquer l’accès et supprimer sa connexion.</translation>
    </message>
    <message>
        <source>disconnect [options] PLATFORM</source>
        <translation>disconnect [options] PLATEFORME</translation>
    </message>
    <message>
        <source>Revokes StreamVibe&apos;s access where the platform supports it (YouTube), deletes the sign-in from the system keychain and forgets the account. Its items stay in the library unless --remove-items is given.</source>
        <translation>Révoque l’accès de StreamVibe quand la plateforme le permet (YouTube), supprime la connexion du trousseau de clés du système et oublie le compte. Ses éléments restent dans la bibliothèque, sauf si --remove-items est indiqué.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram ou tiktok.</translation>
    </message>
    <message>
        <source>Keep the account&apos;s items in the library (the default).</source>
        <translation>Conserver les éléments du compte dans la bibliothèque (par défaut).</translation>
    </message>
    <message>
        <source>Also remove the account&apos;s items from the library.</source>
        <translation>Supprimer aussi les éléments du compte de la bibliothèque.</translation>
    </message>
    <message>
        <source>disconnect needs exactly one PLATFORM</source>
        <translation>disconnect attend exactement une PLATEFORME</translation>
    </message>
    <message>
        <source>--keep-items and --remove-items exclude each other</source>
        <translation>--keep-items et --remove-items s’excluent mutuellement</translation>
    </message>
    <message>
        <source>Disconnected %1.</source>
        <translation>Compte %1 dissocié.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>%n élément supprimé de la bibliothèque.</numerusform>
            <numerusform>%n éléments supprimés de la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items stay in the library.</source>
        <translation>Ses éléments restent dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>InvoicesCommand</name>
    <message>
        <source>List your invoices with links to their PDF.</source>
        <translation>Lister vos factures avec les liens vers leur PDF.</translation>
    </message>
    <message>
        <source>invoices [options]</source>
        <translation>invoices [options]</translation>
    </message>
    <message>
        <source>Lists your invoices, newest first: date, number, amount, status and the link to the PDF. Invoices are always fetched from Stripe through the backend and never stored.</source>
        <translation>Liste vos factures, les plus récentes d’abord&#xa0;: date, numéro, montant, état et lien vers le PDF. Les factures sont toujours récupérées auprès de Stripe via le backend et jamais stockées.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>invoices takes no arguments</source>
        <translation>invoices n’accepte aucun argument</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Aucune facture pour l’instant.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Manage the local content library of a profile.</source>
        <translation>Gérer la bibliothèque locale de contenus d’un profil.</translation>
    </message>
    <message>
        <source>Import items from a JSON or CSV file (all or nothing).</source>
        <translation>Importer des éléments depuis un fichier JSON ou CSV (tout ou rien).</translation>
    </message>
    <message>
        <source>Export the whole library as JSON or CSV.</source>
        <translation>Exporter toute la bibliothèque en JSON ou en CSV.</translation>
    </message>
    <message>
        <source>Show how many items the library holds, per platform.</source>
        <translation>Afficher le nombre d’éléments de la bibliothèque, par plateforme.</translation>
    </message>
    <message>
        <source>File format: json or csv.</source>
        <translation>Format de fichier&#xa0;: json ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>library import [options] FILE</source>
        <translation>library import [options] FICHIER</translation>
    </message>
    <message>
        <source>Imports the items of FILE into the library: new items are added, items already there (same platform, account and external_id) are updated. Nothing is imported if any item is invalid; the error names the item and the field. The format comes from the file name (.json, .csv) unless --format is given.</source>
        <translation>Importe les éléments de FICHIER dans la bibliothèque&#xa0;: les nouveaux éléments sont ajoutés, ceux déjà présents (même plateforme, même compte et même external_id) sont mis à jour. Rien n’est importé si un élément n’est pas valide&#x202f;; l’erreur indique l’élément et le champ. Le format est déduit du nom du fichier (.json, .csv), sauf si --format est indiqué.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The JSON or CSV file to import; - reads standard input (with --format).</source>
        <translation>Le fichier JSON ou CSV à importer&#x202f;; - lit l’entrée standard (avec --format).</translation>
    </message>
    <message>
        <source>library export [options] [FILE]</source>
        <translation>library export [options] [FICHIER]</translation>
    </message>
    <message>
        <source>Writes every item of the library as JSON or CSV, in the format library import reads, to FILE or to standard output. The format comes from --format, else from the file name (.json, .csv), else JSON.</source>
        <translation>Écrit tous les éléments de la bibliothèque en JSON ou en CSV, au format que lit library import, dans FICHIER ou sur la sortie standard. Le format vient de --format, sinon du nom du fichier (.json, .csv), sinon JSON.</translation>
    </message>
    <message>
        <source>Where to write (replaced atomically); standard output if omitted.</source>
        <translation>Où écrire (remplacé de façon atomique)&#x202f;; la sortie standard s’il est omis.</translation>
    </message>
    <message>
        <source>library stats [options]</source>
        <translation>library stats [options]</translation>
    </message>
    <message>
        <source>Shows the number of items per platform, the newest item, the last sync and the size of the library file.</source>
        <translation>Affiche le nombre d’éléments par plateforme, l’élément le plus récent, la dernière synchronisation et la taille du fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>library import needs the FILE to import</source>
        <translation>library import a besoin du FICHIER à importer</translation>
    </message>
    <message>
        <source>library import takes one FILE, not %1</source>
        <translation>library import accepte un seul FICHIER, pas %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use json or csv)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (utilisez json ou csv)</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name: use --format json or --format csv</source>
        <translation>impossible de déduire le format de «&#xa0;%1&#xa0;» d’après son nom&#xa0;: utilisez --format json ou --format csv</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l’entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>impossible de lire %1&#xa0;: c’est un dossier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1&#xa0;: %2 (rien n’a été importé)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n élément importé depuis %1.</numerusform>
            <numerusform>%n éléments importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>library export takes at most one FILE, not %1</source>
        <translation>library export accepte au plus un FICHIER, pas %1</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>l’exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation>impossible d’exporter vers %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n élément exporté vers %1.</numerusform>
            <numerusform>%n éléments exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>La bibliothèque a été exportée vers %1.</translation>
    </message>
    <message>
        <source>library stats takes no arguments</source>
        <translation>library stats n’accepte aucun argument</translation>
    </message>
    <message>
        <source>cannot read the library statistics: %1</source>
        <translation>impossible de lire les statistiques de la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation>Fichier de bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Newest item:</source>
        <translation>Élément le plus récent&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ÉLÉMENTS</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in to your StreamVibe account (in the browser, or with e-mail and password).</source>
        <translation>Se connecter à votre compte StreamVibe (dans le navigateur ou avec e-mail et mot de passe).</translation>
    </message>
    <message>
        <source>login [options]</source>
        <translation>login [options]</translation>
    </message>
    <message>
        <source>Signs the profile in to StreamVibe. By default the sign-in happens in your browser: the command opens the sign-in page with $BROWSER (or the desktop&apos;s browser) and always prints the link to standard error, so that you can open it yourself, also on another screen of this machine. With --email and --password-stdin the password is read from the first line of standard input (never from the command line). The session is kept in the system keyring only and is shared with the desktop app.</source>
        <translation>Connecte le profil à StreamVibe. Par défaut, la connexion se fait dans votre navigateur&#xa0;: la commande ouvre la page de connexion avec $BROWSER (ou le navigateur du bureau) et affiche toujours le lien sur la sortie d’erreur standard, pour que vous puissiez l’ouvrir vous-même, y compris sur un autre écran de cette machine. Avec --email et --password-stdin, le mot de passe est lu sur la première ligne de l’entrée standard (jamais sur la ligne de commande). La session est conservée uniquement dans le trousseau de clés du système et partagée avec l’application de bureau.</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address (needs --password-stdin).</source>
        <translation>Se connecter avec cette adresse e-mail (nécessite --password-stdin).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>The sign-in provider of the browser sign-in (default: google).</source>
        <translation>Le fournisseur de la connexion dans le navigateur (par défaut&#xa0;: google).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Do not start a browser: only print the link to open.</source>
        <translation>Ne pas lancer de navigateur&#xa0;: seulement afficher le lien à ouvrir.</translation>
    </message>
    <message>
        <source>Give up the browser sign-in after this many seconds (default: 300).</source>
        <translation>Abandonner la connexion dans le navigateur après ce nombre de secondes (par défaut&#xa0;: 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation>login n’accepte aucun argument</translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation>--password-stdin nécessite --email</translation>
    </message>
    <message>
        <source>--email needs --password-stdin (a password is never taken from the command line)</source>
        <translation>--email nécessite --password-stdin (un mot de passe n’est jamais pris sur la ligne de commande)</translation>
    </message>
    <message>
        <source>--provider and --no-browser are for the browser sign-in</source>
        <translation>--provider et --no-browser servent à la connexion dans le navigateur</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout attend un nombre de secondes positif</translation>
    </message>
    <message>
        <source>--provider needs a name</source>
        <translation>--provider attend un nom</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>Open this link in your browser to sign in:</source>
        <translation>Ouvrez ce lien dans votre navigateur pour vous connecter&#xa0;:</translation>
    </message>
    <message>
        <source>No browser could be started: open the link above yourself.</source>
        <translation>Aucun navigateur n’a pu être lancé&#xa0;: ouvrez vous-même le lien ci-dessus.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign out of your StreamVibe account.</source>
        <translation>Se déconnecter de votre compte StreamVibe.</translation>
    </message>
    <message>
        <source>logout [options]</source>
        <translation>logout [options]</translation>
    </message>
    <message>
        <source>Signs the profile out: the session is removed from the system keyring, revoked on the server when it can be reached, and the account&apos;s cached data (plan, usage) is removed from the profile. The local content library is kept. Signing out when nobody is signed in does nothing.</source>
        <translation>Déconnecte le profil&#xa0;: la session est supprimée du trousseau de clés du système, révoquée sur le serveur s’il est joignable, et les données du compte mises en cache (forfait, utilisation) sont supprimées du profil. La bibliothèque locale de contenus est conservée. Se déconnecter quand personne n’est connecté ne fait rien.</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout n’accepte aucun argument</translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation>%1 a été déconnecté.</translation>
    </message>
    <message>
        <source>Nobody was signed in.</source>
        <translation>Personne n’était connecté.</translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>List the plans with their prices, quota and overage price.</source>
        <translation>Lister les forfaits avec leurs prix, leur quota et le prix des dépassements.</translation>
    </message>
    <message>
        <source>plans [options]</source>
        <translation>plans [options]</translation>
    </message>
    <message>
        <source>Lists the plans offered (Free, Basic, Premium...) with their monthly and yearly prices in your locale, the API units included per month and the price of extra units. Your current plan is marked with &apos;*&apos;.</source>
        <translation>Liste les forfaits proposés (Free, Basic, Premium...) avec leurs prix mensuels et annuels selon vos paramètres régionaux, les unités d’API incluses par mois et le prix des unités supplémentaires. Votre forfait actuel est marqué d’un «&#xa0;*&#xa0;».</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Prices in CURRENCY (usd, eur or jpy); default from the locale.</source>
        <translation>Prix en DEVISE (usd, eur ou jpy)&#x202f;; par défaut, selon les paramètres régionaux.</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>DEVISE</translation>
    </message>
    <message>
        <source>plans takes no arguments</source>
        <translation>plans n’accepte aucun argument</translation>
    </message>
    <message>
        <source>not a currency code: %1</source>
        <translation>pas un code de devise&#xa0;: %1</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>FORFAIT</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MENSUEL</translation>
    </message>
    <message>
        <source>YEARLY</source>
        <translation>ANNUEL</translation>
    </message>
    <message>
        <source>UNITS/MONTH</source>
        <translation>UNITÉS/MOIS</translation>
    </message>
    <message>
        <source>OVERAGE/1,000</source>
        <translation>DÉPASSEMENT/1000</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the local library (offline full-text search).</source>
        <translation>Rechercher dans la bibliothèque locale (recherche plein texte hors ligne).</translation>
    </message>
    <message>
        <source>search [options] QUERY...</source>
        <translation>search [options] REQUÊTE...</translation>
    </message>
    <message>
        <source>Searches titles and descriptions in the local library; the last word also matches as a prefix. An empty QUERY (&quot;&quot;) lists everything that passes the filters.</source>
        <translation>Recherche dans les titres et descriptions de la bibliothèque locale&#x202f;; le dernier mot correspond aussi comme préfixe. Une REQUÊTE vide (&quot;&quot;) liste tout ce qui passe les filtres.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>The words to look for; several words are joined.</source>
        <translation>Les mots à rechercher&#x202f;; s’il y en a plusieurs, ils doivent tous apparaître.</translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok (repeat or separate with commas for several).</source>
        <translation>Uniquement cette plateforme&#xa0;: youtube, instagram ou tiktok (répétez l’option ou séparez par des virgules pour en indiquer plusieurs).</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>Order: relevance (default), newest or views.</source>
        <translation>Ordre&#xa0;: relevance (pertinence, par défaut), newest (plus récents) ou views (plus vus).</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>Show at most N items (1-%1, default %2).</source>
        <translation>Afficher au plus N éléments (1-%1, par défaut %2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N items (default 0).</source>
        <translation>Ignorer les N premiers éléments (par défaut 0).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation>Afficher un document JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>search needs a QUERY (&quot;&quot; lists everything)</source>
        <translation>search a besoin d’une REQUÊTE (&quot;&quot; liste tout)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation>plateforme inconnue «&#xa0;%1&#xa0;» (utilisez youtube, instagram ou tiktok)</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; (use relevance, newest or views)</source>
        <translation>ordre inconnu «&#xa0;%1&#xa0;» (utilisez relevance, newest ou views)</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit attend un nombre entier de 1 à %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--offset needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--offset attend un nombre entier supérieur ou égal à 0, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>la recherche a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match, none after --offset %1.</source>
        <translation>
            <numerusform>%n élément correspond, aucun après --offset %1.</numerusform>
            <numerusform>%n éléments correspondent, aucun après --offset %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>Aucun élément ne correspond.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VUES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n élément.</numerusform>
            <numerusform>%n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items %1-%2 of %3.</source>
        <translation>Éléments %1-%2 sur %3.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether you are signed in, as whom, and the state of the keyring.</source>
        <translation>Afficher si vous êtes connecté, sous quel compte, et l’état du trousseau de clés.</translation>
    </message>
    <message>
        <source>status [options]</source>
        <translation>status [options]</translation>
    </message>
    <message>
        <source>Shows whether the profile is signed in, the account&apos;s e-mail address, until when the current access token is valid, and whether the system keyring holding the session can be used. An expired access token is renewed when the server can be reached. No token is ever printed.</source>
        <translation>Indique si le profil est connecté, l’adresse e-mail du compte, jusqu’à quand le jeton d’accès actuel est valide et si le trousseau de clés du système qui contient la session est utilisable. Un jeton d’accès expiré est renouvelé quand le serveur est joignable. Aucun jeton n’est jamais affiché.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation>status n’accepte aucun argument</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Access token valid until %1.</source>
        <translation>Jeton d’accès valide jusqu’à %1.</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached to renew the session.</source>
        <translation>Hors ligne&#xa0;: le serveur est injoignable pour renouveler la session.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Keyring: %1.</source>
        <translation>Trousseau de clés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
</context>
<context>
    <name>SyncCliServices</name>
    <message>
        <source>unknown platform &apos;%1&apos; (use %2)</source>
        <translation>plateforme inconnue «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Fetch new items of the connected accounts into the library.</source>
        <translation>Récupérer dans la bibliothèque les nouveaux éléments des comptes liés.</translation>
    </message>
    <message>
        <source>sync [options] [PLATFORM...]</source>
        <translation>sync [options] [PLATEFORME...]</translation>
    </message>
    <message>
        <source>Syncs the connected accounts of the named platforms (all connected accounts when none is named): new items are added, known ones updated, and the statistics of recent items refreshed. Progress is printed to standard error, one line per page. The new items are counted against your plan (beyond the quota they are billed as overage). The exit status is 2 if any sync failed.</source>
        <translation>Synchronise les comptes liés des plateformes indiquées (tous les comptes liés si aucune n’est indiquée)&#xa0;: les nouveaux éléments sont ajoutés, ceux déjà connus mis à jour et les statistiques des éléments récents actualisées. La progression est affichée sur la sortie d’erreur standard, une ligne par page. Les nouveaux éléments sont décomptés de votre forfait (au-delà du quota, ils sont facturés en dépassement). Le code de retour vaut 2 si une synchronisation a échoué.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram ou tiktok.</translation>
    </message>
    <message>
        <source>Print the summary as a JSON document.</source>
        <translation>Afficher le résumé sous forme de document JSON.</translation>
    </message>
    <message>
        <source>no account is connected: run “%1 connect PLATFORM” first.</source>
        <translation>aucun compte n’est lié&#xa0;: lancez d’abord «&#xa0;%1 connect PLATEFORME&#xa0;».</translation>
    </message>
    <message>
        <source>%1: page %2, %3 items (%4 new)</source>
        <translation>%1&#xa0;: page %2, %3 éléments (%4 nouveaux)</translation>
    </message>
    <message>
        <source>of about %1</source>
        <translation>sur environ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new item(s), %2 in the library.</source>
        <translation>
            <numerusform>%1&#xa0;: %n nouvel élément, %2 dans la bibliothèque.</numerusform>
            <numerusform>%1&#xa0;: %n nouveaux éléments, %2 dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1&#xa0;: annulée.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>error: %1 sync failed: %2</source>
        <translation>erreur&#xa0;: la synchronisation de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run “%1 connect %2” to reconnect the account.</source>
        <translation>Lancez «&#xa0;%1 connect %2&#xa0;» pour relier de nouveau le compte.</translation>
    </message>
</context>
<context>
    <name>UsageCommand</name>
    <message>
        <source>Show the quota and usage of the current billing period.</source>
        <translation>Afficher le quota et l’utilisation de la période de facturation en cours.</translation>
    </message>
    <message>
        <source>usage [options]</source>
        <translation>usage [options]</translation>
    </message>
    <message>
        <source>Shows your plan, the quota, the units used and remaining in this billing period, the reset date, the units over the quota and the estimated overage charge. Offline, the last figures received are shown with a warning giving their age.</source>
        <translation>Affiche votre forfait, le quota, les unités utilisées et restantes sur cette période de facturation, la date de réinitialisation, les unités au-delà du quota et le montant estimé du dépassement. Hors ligne, les derniers chiffres reçus sont affichés avec un avertissement indiquant leur ancienneté.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>usage takes no arguments</source>
        <translation>usage n’accepte aucun argument</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Forfait&#xa0;:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Quota&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 unité</numerusform>
            <numerusform>%1 unités</numerusform>
        </translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Utilisé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 unité (%2&#xa0;%)</numerusform>
            <numerusform>%1 unités (%2&#xa0;%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Restant&#xa0;:</translation>
    </message>
    <message>
        <source>Resets on:</source>
        <translation>Réinitialisation le&#xa0;:</translation>
    </message>
    <message>
        <source>Overage units:</source>
        <translation>Unités en dépassement&#xa0;:</translation>
    </message>
    <message>
        <source>Estimated overage charge:</source>
        <translation>Montant estimé du dépassement&#xa0;:</translation>
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
        <source>Warning: the quota is used up; further usage is billed as overage.</source>
        <translation>Avertissement&#xa0;: le quota est épuisé&#x202f;; l’utilisation supplémentaire est facturée en dépassement.</translation>
    </message>
    <message>
        <source>Warning: %1 % of the quota is used.</source>
        <translation>Avertissement&#xa0;: %1&#xa0;% du quota est utilisé.</translation>
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
    <message numerus="yes">
        <source>%1 sync finished: %n new item(s).</source>
        <translation>
            <numerusform>Synchronisation de %1 terminée&#xa0;: %n nouvel élément.</numerusform>
            <numerusform>Synchronisation de %1 terminée&#xa0;: %n nouveaux éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs to be reconnected before it can be synced.</source>
        <translation>Le compte %1 doit être relié de nouveau avant de pouvoir être synchronisé.</translation>
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
