<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountNames</name>
    <message>
        <source>no account &apos;%1&apos; in the library (&quot;accounts&quot; lists them; give its id, handle or name)</source>
        <translation>aucun compte « %1 » dans la bibliothèque (&quot;accounts&quot; les liste ; indiquez son identifiant, son pseudo ou son nom)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names several accounts: %2; give its id</source>
        <translation>« %1 » désigne plusieurs comptes : %2 ; indiquez son identifiant</translation>
    </message>
</context>
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
    <name>GroupsCommand</name>
    <message>
        <source>Group %1 · kept by you</source>
        <translation>Groupe %1 · fixé par vous</translation>
    </message>
    <message>
        <source>Group %1 · score %2</source>
        <translation>Groupe %1 · score %2</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VUES</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>J’AIME</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMMENTAIRES</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>PARTAGES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 et %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Show the clips cross-posted on several platforms as one, or confirm, split or merge them.</source>
        <translation>Afficher comme un seul les clips publiés sur plusieurs plateformes, ou les confirmer, séparer ou fusionner.</translation>
    </message>
    <message>
        <source>groups [options] [confirm ITEM | split ITEM | merge ITEM ITEM]</source>
        <translation>groups [options] [confirm ÉLÉMENT | split ÉLÉMENT | merge ÉLÉMENT ÉLÉMENT]</translation>
    </message>
    <message>
        <source>Lists the groups of the same clip posted on YouTube, TikTok and Instagram: items with similar titles (case, accents, punctuation, emoji, hashtags and mentions aside), durations at most 1 s apart and published at most 72 hours apart, one per platform. Each group shows its members&apos; figures, their sum (a platform without the figure is left out of it, never counted as 0) and why the items were grouped. &apos;confirm ITEM&apos; keeps the item&apos;s group as it is, &apos;split ITEM&apos; takes the item out of its group, &apos;merge ITEM ITEM&apos; makes one group of the two items&apos; groups: these decisions are kept across syncs.</source>
        <translation>Liste les groupes d’un même clip publié sur YouTube, TikTok et Instagram&#xa0;: éléments aux titres semblables (casse, accents, ponctuation, emoji, hashtags et mentions mis à part), aux durées à 1 s d’écart au plus et publiés à 72 heures d’écart au plus, un par plateforme. Chaque groupe montre les chiffres de ses éléments, leur somme (une plateforme sans le chiffre en est exclue, jamais comptée comme 0) et pourquoi les éléments ont été groupés. «&#xa0;confirm ÉLÉMENT&#xa0;» garde le groupe de l’élément tel quel, «&#xa0;split ÉLÉMENT&#xa0;» retire l’élément de son groupe, «&#xa0;merge ÉLÉMENT ÉLÉMENT&#xa0;» fait un seul groupe des groupes des deux éléments&#xa0;: ces décisions sont conservées d’une synchronisation à l’autre.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ÉLÉMENT</translation>
    </message>
    <message>
        <source>An item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation>L’identifiant d’un élément dans la bibliothèque (l’«&#xa0;id&#xa0;» de search --json).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>unknown groups action &apos;%1&apos; (use confirm, split or merge)</source>
        <translation>action groups inconnue «&#xa0;%1&#xa0;» (utilisez confirm, split ou merge)</translation>
    </message>
    <message>
        <source>groups merge needs two ITEMs</source>
        <translation>groups merge a besoin de deux ÉLÉMENTS</translation>
    </message>
    <message>
        <source>groups %1 needs one ITEM</source>
        <translation>groups %1 a besoin d’un ÉLÉMENT</translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation>ÉLÉMENT doit être un identifiant d’élément (un nombre entier), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>aucun élément %1 dans la bibliothèque</translation>
    </message>
    <message>
        <source>Item %1 is now on its own; it will not be grouped again unless you merge it.</source>
        <translation>L’élément %1 est maintenant seul&#xa0;; il ne sera plus groupé à moins que vous ne le fusionniez.</translation>
    </message>
    <message>
        <source>No cross-posted clips found.</source>
        <translation>Aucun clip publié sur plusieurs plateformes trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of cross-posted clips</source>
        <translation>
            <numerusform>%n groupe de clips publiés sur plusieurs plateformes</numerusform>
            <numerusform>%n groupes de clips publiés sur plusieurs plateformes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show an item&apos;s views, likes, comments and shares over time.</source>
        <translation>Afficher les vues, j’aime, commentaires et partages d’un élément au fil du temps.</translation>
    </message>
    <message>
        <source>history [options] ITEM</source>
        <translation>history [options] ÉLÉMENT</translation>
    </message>
    <message>
        <source>Shows the counters recorded for ITEM, one line per day on which they changed. A metric its platform does not give is shown as a dash (null in JSON), never as 0.</source>
        <translation>Affiche les compteurs enregistrés pour ÉLÉMENT, une ligne par jour où ils ont changé. Une mesure que sa plateforme ne fournit pas s’affiche par un tiret (null en JSON), jamais 0.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ÉLÉMENT</translation>
    </message>
    <message>
        <source>The item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation>L’identifiant de l’élément dans la bibliothèque (l’«&#xa0;id&#xa0;» de search --json).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation>Afficher un document JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>history needs one ITEM</source>
        <translation>history attend un ÉLÉMENT</translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation>ÉLÉMENT doit être un identifiant d’élément (un nombre entier), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>aucun élément %1 dans la bibliothèque</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>No history recorded yet: the next sync records it.</source>
        <translation>Aucun historique enregistré pour l’instant&#xa0;: la prochaine synchronisation l’enregistre.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>JOUR</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VUES</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>J’AIME</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMMENTAIRES</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>PARTAGES</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this item yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram ne donne les vues de ses médias que par leurs statistiques, et aucune n’a encore été lue pour cet élément&#x202f;: chaque synchronisation lit celles de quelques médias, d’abord ceux jamais lus, si le compte a autorisé les statistiques lors de la connexion.</translation>
    </message>
    <message>
        <source>Views from Instagram&apos;s insights since %1; the days before have none.</source>
        <translation>Vues issues des statistiques d’Instagram depuis le %1&#x202f;; les jours précédents n’en ont pas.</translation>
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
    <message>
        <source>Order: relevance (default), newest, views, likes, comments, engagement ((likes + comments + shares) / views) or gained (views gained in --period).</source>
        <translation>Ordre&#xa0;: relevance (par défaut), newest, views, likes, comments, engagement ((j’aime + commentaires + partages) / vues) ou gained (vues gagnées sur --period).</translation>
    </message>
    <message>
        <source>The period of --sort gained, ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation>La période de --sort gained, se terminant aujourd’hui&#xa0;: 7d, 28d (par défaut), 90d ou 365d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>Only the items of this account: its platform id, handle or name (as `accounts` lists them).</source>
        <translation>Seulement les éléments de ce compte : son identifiant sur la plateforme, son pseudo ou son nom (tels que `accounts` les liste).</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; (use relevance, newest, views, likes, comments, engagement or gained)</source>
        <translation>ordre inconnu «&#xa0;%1&#xa0;» (utilisez relevance, newest, views, likes, comments, engagement ou gained)</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation>période inconnue «&#xa0;%1&#xa0;» (utilisez 7d, 28d, 90d ou 365d)</translation>
    </message>
    <message>
        <source>Only the items posted on more than one platform (the groups of `groups`).</source>
        <translation>Seulement les éléments publiés sur plusieurs plateformes (les groupes de `groups`).</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Show views gained, top movers, best posting times and follower trend.</source>
        <translation>Afficher les vues gagnées, les plus fortes progressions, les meilleurs moments de publication et l’évolution des abonnés.</translation>
    </message>
    <message>
        <source>stats [options]</source>
        <translation>stats [options]</translation>
    </message>
    <message>
        <source>Sums up the period from the history the syncs recorded in the local library: views gained, the items that gained most, the average views of an item by the weekday and hour (UTC) it was published, and each account&apos;s follower trend.</source>
        <translation>Résume la période à partir de l’historique que les synchronisations ont enregistré dans la bibliothèque locale&#xa0;: vues gagnées, éléments qui ont le plus gagné, vues moyennes d’un élément selon le jour et l’heure (UTC) de publication, et évolution des abonnés de chaque compte.</translation>
    </message>
    <message>
        <source>The period ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation>La période se terminant aujourd’hui&#xa0;: 7d, 28d (par défaut), 90d ou 365d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok.</source>
        <translation>Seulement cette plateforme&#xa0;: youtube, instagram ou tiktok.</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation>stats n’accepte aucun argument</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation>période inconnue «&#xa0;%1&#xa0;» (utilisez 7d, 28d, 90d ou 365d)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation>plateforme inconnue «&#xa0;%1&#xa0;» (utilisez youtube, instagram ou tiktok)</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>du %1 au %2, %3</translation>
    </message>
    <message>
        <source>all platforms</source>
        <translation>toutes les plateformes</translation>
    </message>
    <message>
        <source>Views gained: %1</source>
        <translation>Vues gagnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Plus fortes progressions</translation>
    </message>
    <message>
        <source>No item gained views in this period.</source>
        <translation>Aucun élément n’a gagné de vues sur cette période.</translation>
    </message>
    <message>
        <source>GAINED</source>
        <translation>GAGNÉES</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1:00 %2</source>
        <translation>%1h00 %2</translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation>Jours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Heures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>No follower counts recorded yet.</source>
        <translation>Aucun nombre d’abonnés enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>MAINTENANT</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÉVOLUTION</translation>
    </message>
    <message numerus="yes">
        <source>%n Instagram item(s) without views from insights by the period&apos;s end are not counted.</source>
        <translation>
            <numerusform>%n élément Instagram sans vues issues des statistiques à la fin de la période n’est pas compté.</numerusform>
            <numerusform>%n éléments Instagram sans vues issues des statistiques à la fin de la période ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (average views gained in the period by the items published in it, by publishing time in UTC)</source>
        <translation>Meilleurs jours et heures de publication (vues moyennes gagnées pendant la période par les éléments publiés pendant celle-ci, selon l&apos;heure de publication en UTC)</translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare (%1 of at least %2): choose a longer period.</source>
        <translation>Trop peu d&apos;éléments aux vues connues ont été publiés pendant cette période pour comparer (%1 sur au moins %2) : choisissez une période plus longue.</translation>
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
    <message>
        <source>%1: %2; %3 in the library.</source>
        <translation>%1&#xa0;: %2&#xa0;; %3 dans la bibliothèque.</translation>
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
</TS>
