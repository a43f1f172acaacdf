<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountNames</name>
    <message>
        <source>no account &apos;%1&apos; in the library (&quot;accounts&quot; lists them; give its id, handle or name)</source>
        <translation>kein Konto „%1“ in der Bibliothek (&quot;accounts&quot; listet sie auf; geben Sie seine ID, sein Handle oder seinen Namen an)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names several accounts: %2; give its id</source>
        <translation>„%1“ bezeichnet mehrere Konten: %2; geben Sie seine ID an</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnect needed</source>
        <translation>neu verbinden erforderlich</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>List the connected platform accounts and their sync state.</source>
        <translation>Die verbundenen Plattformkonten und ihren Synchronisierungsstand anzeigen.</translation>
    </message>
    <message>
        <source>accounts [options]</source>
        <translation>accounts [Optionen]</translation>
    </message>
    <message>
        <source>Lists the connected accounts of the profile: platform, account, status, the items in the library and the last sync. Reads the library only (no network, no sign-in).</source>
        <translation>Zeigt die verbundenen Konten des Profils: Plattform, Konto, Status, die Einträge in der Bibliothek und die letzte Synchronisierung. Liest nur die Bibliothek (kein Netzwerk, keine Anmeldung).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>accounts takes no arguments</source>
        <translation>accounts erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No account is connected. Run “%1 connect PLATFORM” to connect one.</source>
        <translation>Kein Konto ist verbunden. Führen Sie „%1 connect PLATTFORM“ aus, um eines zu verbinden.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>LETZTE SYNCHRONISIERUNG</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: run “%2 connect %3”.</source>
        <translation>%1 muss neu verbunden werden: Führen Sie „%2 connect %3“ aus.</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>Inspect or empty the cache of backend answers (plans, profile, usage).</source>
        <translation>Den Zwischenspeicher der Backend-Antworten (Tarife, Profil, Nutzung) prüfen oder leeren.</translation>
    </message>
    <message>
        <source>Show the cache counters and what the profile&apos;s cache holds.</source>
        <translation>Die Zähler des Zwischenspeichers anzeigen und was der Zwischenspeicher des Profils enthält.</translation>
    </message>
    <message>
        <source>Remove every cached backend answer from the profile.</source>
        <translation>Alle zwischengespeicherten Backend-Antworten aus dem Profil entfernen.</translation>
    </message>
    <message>
        <source>cache clear [options]</source>
        <translation>cache clear [Optionen]</translation>
    </message>
    <message>
        <source>Removes every cached backend answer stored in the profile&apos;s library and prints how many were removed. The content library itself is not touched; the next online start fetches fresh answers.</source>
        <translation>Entfernt alle zwischengespeicherten Backend-Antworten aus der Bibliotheksdatei des Profils und gibt aus, wie viele entfernt wurden. Die Bibliothek Ihrer Inhalte selbst bleibt unberührt; der nächste Start mit Verbindung ruft neue Antworten ab.</translation>
    </message>
    <message>
        <source>cache stats [options]</source>
        <translation>cache stats [Optionen]</translation>
    </message>
    <message>
        <source>Shows the hits and misses of the memory and SQLite cache layers (zero in a new process), and the entries stored in the profile&apos;s library: how many, how many expired (served only when the backend is unreachable) and their size in bytes.</source>
        <translation>Zeigt die Treffer und Fehlzugriffe der Zwischenspeicher-Ebenen im Arbeitsspeicher und in SQLite (in einem neuen Prozess null) sowie die in der Bibliotheksdatei des Profils gespeicherten Einträge: wie viele, wie viele abgelaufen sind (werden nur verwendet, wenn das Backend nicht erreichbar ist) und ihre Größe in Byte.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>cache %1 takes no arguments</source>
        <translation>cache %1 nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>der Zwischenspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>EBENE</translation>
    </message>
    <message>
        <source>HITS</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <source>MISSES</source>
        <translation>FEHLZUGRIFFE</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>sqlite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>cannot clear the cache: %1</source>
        <translation>der Zwischenspeicher kann nicht geleert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached answer(s).</source>
        <translation>
            <numerusform>%n zwischengespeicherte Antwort entfernt.</numerusform>
            <numerusform>%n zwischengespeicherte Antworten entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in the library: %1 entries, %2 expired, %3 bytes.</source>
        <translation>In der Bibliothek gespeichert: %1 Einträge, davon %2 abgelaufen, %3 Byte.</translation>
    </message>
</context>
<context>
    <name>CheckoutCommand</name>
    <message>
        <source>Buy or change the plan with Stripe Checkout in the browser.</source>
        <translation>Den Tarif mit Stripe Checkout im Browser kaufen oder wechseln.</translation>
    </message>
    <message>
        <source>checkout [options] PLAN</source>
        <translation>checkout [Optionen] TARIF</translation>
    </message>
    <message>
        <source>Opens Stripe Checkout for PLAN in your browser ($BROWSER, else the desktop&apos;s handler) and prints the link. When the payment is done the browser returns to StreamVibe and the new plan is printed; if it does not return, the subscription is checked every few seconds for up to two minutes. Cancelling on the checkout page leaves your plan unchanged.</source>
        <translation>Öffnet Stripe Checkout für TARIF in Ihrem Browser ($BROWSER, sonst das Standardprogramm des Desktops) und gibt den Link aus. Nach der Zahlung kehrt der Browser zu StreamVibe zurück und der neue Tarif wird ausgegeben; kehrt er nicht zurück, wird das Abonnement bis zu zwei Minuten lang alle paar Sekunden geprüft. Ein Abbruch auf der Bezahlseite lässt Ihren Tarif unverändert.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>The plan to buy: basic or premium (see &apos;plans&apos;).</source>
        <translation>Der zu kaufende Tarif: basic oder premium (siehe „plans“).</translation>
    </message>
    <message>
        <source>Pay yearly instead of monthly.</source>
        <translation>Jährlich statt monatlich bezahlen.</translation>
    </message>
    <message>
        <source>checkout takes one PLAN</source>
        <translation>checkout erwartet genau einen TARIF</translation>
    </message>
    <message>
        <source>no such plan: %1</source>
        <translation>unbekannter Tarif: %1</translation>
    </message>
    <message>
        <source>the %1 plan cannot be bought; cancel your subscription with the billing portal to return to it</source>
        <translation>der Tarif %1 kann nicht gekauft werden; kündigen Sie Ihr Abonnement im Abrechnungsportal, um zu ihm zurückzukehren</translation>
    </message>
    <message>
        <source>Opened the checkout in your browser. If it did not appear, open this link:</source>
        <translation>Der Bezahlvorgang wurde im Browser geöffnet. Falls er nicht erscheint, öffnen Sie diesen Link:</translation>
    </message>
    <message>
        <source>Open this link in your browser to pay:</source>
        <translation>Öffnen Sie diesen Link im Browser, um zu bezahlen:</translation>
    </message>
    <message>
        <source>Waiting for the payment... (Ctrl+C to stop)</source>
        <translation>Warten auf die Zahlung … (Strg+C zum Beenden)</translation>
    </message>
    <message>
        <source>Payment confirmed. Your plan is now %1 (%2 API units per month).</source>
        <translation>Zahlung bestätigt. Ihr Tarif ist jetzt %1 (%2 API-Einheiten pro Monat).</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the profile in DIR (default: $STREAMVIBE_PROFILE, else ~/.local/share/StreamVibe/profiles/default).</source>
        <translation>Das Profil in VERZEICHNIS verwenden (Standard: $STREAMVIBE_PROFILE, sonst ~/.local/share/StreamVibe/profiles/default).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>verzeichnis</translation>
    </message>
    <message>
        <source>Read the configuration from FILE only (default: $STREAMVIBE_CONFIG, else the system and user streamvibe.conf).</source>
        <translation>Die Konfiguration nur aus DATEI lesen (Standard: $STREAMVIBE_CONFIG, sonst die streamvibe.conf des Systems und des Benutzers).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [ACTION] [options] [arguments]</source>
        <translation>Aufruf: %1 [globale Optionen] BEFEHL [AKTION] [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>StreamVibe from the command line: search and manage your local content library.</source>
        <translation>StreamVibe auf der Kommandozeile: Durchsuchen und verwalten Sie Ihre lokale Bibliothek mit Ihren Inhalten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show the help of a command: help COMMAND [ACTION].</source>
        <translation>Die Hilfe zu einem Befehl anzeigen: help BEFEHL [AKTION].</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Rufen Sie „%1 help BEFEHL“ oder „%1 BEFEHL --help“ auf, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 wrong command line, 2 the command failed.</source>
        <translation>Rückgabewert: 0 Erfolg, 1 fehlerhafte Befehlszeile, 2 der Befehl ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 ACTION [options] [arguments]</source>
        <translation>Aufruf: %1 %2 AKTION [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2 ACTION&apos; for the options of an action.</source>
        <translation>Rufen Sie „%1 help %2 AKTION“ auf, um die Optionen einer Aktion zu sehen.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>„%1“ hat keine Aktion „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action</source>
        <translation>„%1“ braucht eine Aktion</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action before its options</source>
        <translation>„%1“ braucht vor seinen Optionen eine Aktion</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cannot open the library %1: %2</source>
        <translation>die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>no StreamVibe server is configured: set [backend] url and anon_key in streamvibe.conf (see “%1 config”)</source>
        <translation>es ist kein StreamVibe-Server konfiguriert: Setzen Sie url und anon_key in der Gruppe [backend] der streamvibe.conf (siehe „%1 config“)</translation>
    </message>
    <message>
        <source>the session is not initialised</source>
        <translation>die Sitzung ist nicht initialisiert</translation>
    </message>
    <message>
        <source>Not signed in: run “%1 login”.</source>
        <translation>Nicht angemeldet: Führen Sie „%1 login“ aus.</translation>
    </message>
    <message>
        <source>Run “%1 login” to sign in again.</source>
        <translation>Führen Sie „%1 login“ aus, um sich erneut anzumelden.</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Inspect the application configuration (streamvibe.conf).</source>
        <translation>Die Konfiguration der Anwendung (streamvibe.conf) prüfen.</translation>
    </message>
    <message>
        <source>Show the effective configuration and where each value comes from.</source>
        <translation>Die wirksame Konfiguration anzeigen und woher jeder Wert stammt.</translation>
    </message>
    <message>
        <source>config show [options]</source>
        <translation>config show [Optionen]</translation>
    </message>
    <message>
        <source>Shows every configuration value and its source. The configuration is read from $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (default /etc/xdg), then $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (default ~/.config), each overriding the previous one key by key; --config FILE or $STREAMVIBE_CONFIG replaces both. Keys no file sets keep their built-in defaults.</source>
        <translation>Zeigt jeden Konfigurationswert und seine Herkunft. Die Konfiguration wird aus $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (Standard /etc/xdg) gelesen, dann aus $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (Standard ~/.config); jede Datei überschreibt die vorige Schlüssel für Schlüssel. --config DATEI oder $STREAMVIBE_CONFIG ersetzt beide. Schlüssel, die keine Datei setzt, behalten ihre eingebauten Standardwerte.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>config show takes no arguments</source>
        <translation>config show nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Configuration files, lowest priority first:</source>
        <translation>Konfigurationsdateien, niedrigste Priorität zuerst:</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Backend: not configured (set url in the [backend] group); sign-in, plans and sync are unavailable, the local library works offline.</source>
        <translation>Backend: nicht konfiguriert (setzen Sie url in der Gruppe [backend]); Anmelden, Tarife und Synchronisierung sind nicht verfügbar, die lokale Bibliothek funktioniert offline.</translation>
    </message>
    <message>
        <source>Backend: %1 (local sandbox: every endpoint is on this machine)</source>
        <translation>Backend: %1 (lokale Sandbox: alle Endpunkte liegen auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect a YouTube, Instagram or TikTok account (sign-in in the browser).</source>
        <translation>Ein YouTube-, Instagram- oder TikTok-Konto verbinden (Anmeldung im Browser).</translation>
    </message>
    <message>
        <source>connect [options] PLATFORM</source>
        <translation>connect [Optionen] PLATTFORM</translation>
    </message>
    <message>
        <source>Opens the platform&apos;s sign-in page in the browser ($BROWSER, else the desktop&apos;s default) and waits for you to allow StreamVibe to read your published content. The link is also printed in case no browser opens. The sign-in is kept in the system keychain, never in a file. Connecting again reconnects the account; another account of the same platform replaces the connected one (its items stay in the library).</source>
        <translation>Öffnet die Anmeldeseite der Plattform im Browser ($BROWSER, sonst der Standardbrowser des Desktops) und wartet, bis Sie StreamVibe erlauben, Ihre veröffentlichten Inhalte zu lesen. Der Link wird auch ausgegeben, falls sich kein Browser öffnet. Die Anmeldung wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Erneutes Verbinden verbindet das Konto neu; ein anderes Konto derselben Plattform ersetzt das verbundene (dessen Einträge bleiben in der Bibliothek).</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram oder tiktok.</translation>
    </message>
    <message>
        <source>connect needs exactly one PLATFORM</source>
        <translation>connect braucht genau eine PLATTFORM</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it does not open, visit:</source>
        <translation>Melden Sie sich im Browser an. Falls er sich nicht öffnet, rufen Sie auf:</translation>
    </message>
    <message>
        <source>Connected %1 account “%2” (%3). Run “%4 sync %5” to fetch its items.</source>
        <translation>%1-Konto „%2“ (%3) verbunden. Führen Sie „%4 sync %5“ aus, um seine Einträge abzurufen.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Disconnect a platform account: revoke access and delete its sign-in.</source>
        <translation>Ein Plattformkonto trennen: Zugriff widerrufen und die Anmeldung löschen.</translation>
    </message>
    <message>
        <source>disconnect [options] PLATFORM</source>
        <translation>disconnect [Optionen] PLATTFORM</translation>
    </message>
    <message>
        <source>Revokes StreamVibe&apos;s access where the platform supports it (YouTube), deletes the sign-in from the system keychain and forgets the account. Its items stay in the library unless --remove-items is given.</source>
        <translation>Widerruft den Zugriff von StreamVibe, wo die Plattform das unterstützt (YouTube), löscht die Anmeldung aus dem Schlüsselbund des Systems und vergisst das Konto. Seine Einträge bleiben in der Bibliothek, außer mit --remove-items.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram oder tiktok.</translation>
    </message>
    <message>
        <source>Keep the account&apos;s items in the library (the default).</source>
        <translation>Die Einträge des Kontos in der Bibliothek behalten (Standard).</translation>
    </message>
    <message>
        <source>Also remove the account&apos;s items from the library.</source>
        <translation>Auch die Einträge des Kontos aus der Bibliothek entfernen.</translation>
    </message>
    <message>
        <source>disconnect needs exactly one PLATFORM</source>
        <translation>disconnect braucht genau eine PLATTFORM</translation>
    </message>
    <message>
        <source>--keep-items and --remove-items exclude each other</source>
        <translation>--keep-items und --remove-items schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>Disconnected %1.</source>
        <translation>%1 getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>%n Eintrag aus der Bibliothek entfernt.</numerusform>
            <numerusform>%n Einträge aus der Bibliothek entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items stay in the library.</source>
        <translation>Seine Einträge bleiben in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>Group %1 · kept by you</source>
        <translation>Gruppe %1 · von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>Group %1 · score %2</source>
        <translation>Gruppe %1 · Wertung %2</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>AUFRUFE</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>LIKES</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>KOMMENTARE</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>SHARES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 und %2: %3</translation>
    </message>
    <message>
        <source>Show the clips cross-posted on several platforms as one, or confirm, split or merge them.</source>
        <translation>Auf mehreren Plattformen gepostete Clips als einen anzeigen oder sie bestätigen, trennen oder zusammenführen.</translation>
    </message>
    <message>
        <source>groups [options] [confirm ITEM | split ITEM | merge ITEM ITEM]</source>
        <translation>groups [Optionen] [confirm ELEMENT | split ELEMENT | merge ELEMENT ELEMENT]</translation>
    </message>
    <message>
        <source>Lists the groups of the same clip posted on YouTube, TikTok and Instagram: items with similar titles (case, accents, punctuation, emoji, hashtags and mentions aside), durations at most 1 s apart and published at most 72 hours apart, one per platform. Each group shows its members&apos; figures, their sum (a platform without the figure is left out of it, never counted as 0) and why the items were grouped. &apos;confirm ITEM&apos; keeps the item&apos;s group as it is, &apos;split ITEM&apos; takes the item out of its group, &apos;merge ITEM ITEM&apos; makes one group of the two items&apos; groups: these decisions are kept across syncs.</source>
        <translation>Listet die Gruppen desselben Clips auf, der auf YouTube, TikTok und Instagram gepostet wurde: Elemente mit ähnlichen Titeln (Groß- und Kleinschreibung, Akzente, Satzzeichen, Emoji, Hashtags und Erwähnungen außer Acht gelassen), höchstens 1 s auseinanderliegenden Dauern und höchstens 72 Stunden nacheinander veröffentlicht, eines je Plattform. Jede Gruppe zeigt die Zahlen ihrer Elemente, deren Summe (eine Plattform ohne die Zahl bleibt darin unberücksichtigt, nie als 0 gezählt) und warum die Elemente gruppiert wurden. „confirm ELEMENT“ behält die Gruppe des Elements bei, wie sie ist, „split ELEMENT“ nimmt das Element aus seiner Gruppe, „merge ELEMENT ELEMENT“ macht aus den Gruppen der beiden Elemente eine: Diese Entscheidungen bleiben über Synchronisierungen hinweg erhalten.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>An item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation>Die ID eines Elements in der Bibliothek (die „id“ von search --json).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>unknown groups action &apos;%1&apos; (use confirm, split or merge)</source>
        <translation>unbekannte groups-Aktion „%1“ (verwenden Sie confirm, split oder merge)</translation>
    </message>
    <message>
        <source>groups merge needs two ITEMs</source>
        <translation>groups merge braucht zwei ELEMENTE</translation>
    </message>
    <message>
        <source>groups %1 needs one ITEM</source>
        <translation>groups %1 braucht ein ELEMENT</translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation>ELEMENT muss eine Element-ID (eine ganze Zahl) sein, nicht „%1“</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>kein Element %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>Item %1 is now on its own; it will not be grouped again unless you merge it.</source>
        <translation>Element %1 steht jetzt für sich; es wird nicht wieder gruppiert, außer Sie führen es zusammen.</translation>
    </message>
    <message>
        <source>No cross-posted clips found.</source>
        <translation>Keine plattformübergreifend geposteten Clips gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of cross-posted clips</source>
        <translation>
            <numerusform>%n Gruppe plattformübergreifend geposteter Clips</numerusform>
            <numerusform>%n Gruppen plattformübergreifend geposteter Clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show an item&apos;s views, likes, comments and shares over time.</source>
        <translation>Aufrufe, Likes, Kommentare und Shares eines Elements im Zeitverlauf anzeigen.</translation>
    </message>
    <message>
        <source>history [options] ITEM</source>
        <translation>history [Optionen] ELEMENT</translation>
    </message>
    <message>
        <source>Shows the counters recorded for ITEM, one line per day on which they changed. A metric its platform does not give is shown as a dash (null in JSON), never as 0.</source>
        <translation>Zeigt die für ELEMENT aufgezeichneten Zähler, eine Zeile pro Tag, an dem sie sich geändert haben. Eine Kennzahl, die die Plattform nicht liefert, erscheint als Strich (null in JSON), nie als 0.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>The item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation>Die ID des Elements in der Bibliothek (die „id“ aus search --json).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation>Ein JSON-Dokument statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>history needs one ITEM</source>
        <translation>history braucht genau ein ELEMENT</translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation>ELEMENT muss eine Element-ID (eine ganze Zahl) sein, nicht „%1“</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>kein Element %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>No history recorded yet: the next sync records it.</source>
        <translation>Noch kein Verlauf aufgezeichnet: die nächste Synchronisierung zeichnet ihn auf.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>AUFRUFE</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>LIKES</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>KOMMENTARE</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>SHARES</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this item yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram gibt die Aufrufe seiner Medien nur über ihre Insights an, und für dieses Element wurden noch keine gelesen: Jede Synchronisierung liest die einiger Medien, zuerst die noch nie gelesenen, wenn das Konto beim Verbinden Insights erlaubt hat.</translation>
    </message>
    <message>
        <source>Views from Instagram&apos;s insights since %1; the days before have none.</source>
        <translation>Aufrufe aus den Insights von Instagram seit %1; die Tage davor haben keine.</translation>
    </message>
</context>
<context>
    <name>InvoicesCommand</name>
    <message>
        <source>List your invoices with links to their PDF.</source>
        <translation>Ihre Rechnungen mit Links zu den PDF-Dateien auflisten.</translation>
    </message>
    <message>
        <source>invoices [options]</source>
        <translation>invoices [Optionen]</translation>
    </message>
    <message>
        <source>Lists your invoices, newest first: date, number, amount, status and the link to the PDF. Invoices are always fetched from Stripe through the backend and never stored.</source>
        <translation>Listet Ihre Rechnungen auf, die neueste zuerst: Datum, Nummer, Betrag, Status und der Link zur PDF-Datei. Rechnungen werden immer über das Backend von Stripe abgerufen und nie gespeichert.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>invoices takes no arguments</source>
        <translation>invoices erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
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
        <translation>Die lokale Bibliothek eines Profils verwalten.</translation>
    </message>
    <message>
        <source>Import items from a JSON or CSV file (all or nothing).</source>
        <translation>Einträge aus einer JSON- oder CSV-Datei importieren (alle oder keiner).</translation>
    </message>
    <message>
        <source>Export the whole library as JSON or CSV.</source>
        <translation>Die ganze Bibliothek als JSON oder CSV exportieren.</translation>
    </message>
    <message>
        <source>Show how many items the library holds, per platform.</source>
        <translation>Anzeigen, wie viele Einträge die Bibliothek enthält, je Plattform.</translation>
    </message>
    <message>
        <source>File format: json or csv.</source>
        <translation>Dateiformat: json oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>library import [options] FILE</source>
        <translation>library import [Optionen] DATEI</translation>
    </message>
    <message>
        <source>Imports the items of FILE into the library: new items are added, items already there (same platform, account and external_id) are updated. Nothing is imported if any item is invalid; the error names the item and the field. The format comes from the file name (.json, .csv) unless --format is given.</source>
        <translation>Importiert die Einträge aus DATEI in die Bibliothek: Neue Einträge werden hinzugefügt, vorhandene (gleiche Plattform, gleiches Konto und gleiche external_id) werden aktualisiert. Ist ein Eintrag ungültig, wird nichts importiert; die Fehlermeldung nennt den Eintrag und das Feld. Das Format ergibt sich aus dem Dateinamen (.json, .csv), sofern --format nicht angegeben ist.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The JSON or CSV file to import; - reads standard input (with --format).</source>
        <translation>Die zu importierende JSON- oder CSV-Datei; - liest die Standardeingabe (mit --format).</translation>
    </message>
    <message>
        <source>library export [options] [FILE]</source>
        <translation>library export [Optionen] [DATEI]</translation>
    </message>
    <message>
        <source>Writes every item of the library as JSON or CSV, in the format library import reads, to FILE or to standard output. The format comes from --format, else from the file name (.json, .csv), else JSON.</source>
        <translation>Schreibt alle Einträge der Bibliothek als JSON oder CSV – in dem Format, das library import liest – in DATEI oder auf die Standardausgabe. Das Format ergibt sich aus --format, sonst aus dem Dateinamen (.json, .csv), sonst JSON.</translation>
    </message>
    <message>
        <source>Where to write (replaced atomically); standard output if omitted.</source>
        <translation>Wohin geschrieben wird (atomar ersetzt); ohne Angabe die Standardausgabe.</translation>
    </message>
    <message>
        <source>library stats [options]</source>
        <translation>library stats [Optionen]</translation>
    </message>
    <message>
        <source>Shows the number of items per platform, the newest item, the last sync and the size of the library file.</source>
        <translation>Zeigt die Anzahl der Einträge je Plattform, den neuesten Eintrag, die letzte Synchronisierung und die Größe der Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>library import needs the FILE to import</source>
        <translation>library import braucht die zu importierende DATEI</translation>
    </message>
    <message>
        <source>library import takes one FILE, not %1</source>
        <translation>library import nimmt eine DATEI an, nicht %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use json or csv)</source>
        <translation>unbekanntes Format „%1“ (verwenden Sie json oder csv)</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name: use --format json or --format csv</source>
        <translation>das Format von „%1“ lässt sich nicht am Namen erkennen: Verwenden Sie --format json oder --format csv</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>%1 kann nicht gelesen werden: Es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (es wurde nichts importiert)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n Eintrag aus %1 importiert.</numerusform>
            <numerusform>%n Einträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>library export takes at most one FILE, not %1</source>
        <translation>library export nimmt höchstens eine DATEI an, nicht %1</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>Die Bibliothek wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>library stats takes no arguments</source>
        <translation>library stats nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>cannot read the library statistics: %1</source>
        <translation>die Bibliotheksstatistik kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation>Bibliotheksdatei:</translation>
    </message>
    <message>
        <source>Newest item:</source>
        <translation>Neuester Eintrag:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in to your StreamVibe account (in the browser, or with e-mail and password).</source>
        <translation>Bei Ihrem StreamVibe-Konto anmelden (im Browser oder mit E-Mail-Adresse und Passwort).</translation>
    </message>
    <message>
        <source>login [options]</source>
        <translation>login [Optionen]</translation>
    </message>
    <message>
        <source>Signs the profile in to StreamVibe. By default the sign-in happens in your browser: the command opens the sign-in page with $BROWSER (or the desktop&apos;s browser) and always prints the link to standard error, so that you can open it yourself, also on another screen of this machine. With --email and --password-stdin the password is read from the first line of standard input (never from the command line). The session is kept in the system keyring only and is shared with the desktop app.</source>
        <translation>Meldet das Profil bei StreamVibe an. Standardmäßig erfolgt die Anmeldung in Ihrem Browser: Der Befehl öffnet die Anmeldeseite mit $BROWSER (oder dem Browser des Desktops) und gibt den Link immer auf der Standardfehlerausgabe aus, damit Sie ihn selbst öffnen können, auch auf einem anderen Bildschirm dieses Rechners. Mit --email und --password-stdin wird das Passwort aus der ersten Zeile der Standardeingabe gelesen (nie von der Befehlszeile). Die Sitzung wird nur im Schlüsselbund des Systems aufbewahrt und mit der Desktop-App geteilt.</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address (needs --password-stdin).</source>
        <translation>Mit dieser E-Mail-Adresse anmelden (braucht --password-stdin).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The sign-in provider of the browser sign-in (default: google).</source>
        <translation>Der Anmeldedienst für die Anmeldung im Browser (Standard: google).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Do not start a browser: only print the link to open.</source>
        <translation>Keinen Browser starten: nur den zu öffnenden Link ausgeben.</translation>
    </message>
    <message>
        <source>Give up the browser sign-in after this many seconds (default: 300).</source>
        <translation>Die Anmeldung im Browser nach so vielen Sekunden aufgeben (Standard: 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation>login nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation>--password-stdin braucht --email</translation>
    </message>
    <message>
        <source>--email needs --password-stdin (a password is never taken from the command line)</source>
        <translation>--email braucht --password-stdin (ein Passwort wird nie von der Befehlszeile übernommen)</translation>
    </message>
    <message>
        <source>--provider and --no-browser are for the browser sign-in</source>
        <translation>--provider und --no-browser gelten für die Anmeldung im Browser</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--provider needs a name</source>
        <translation>--provider braucht einen Namen</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Open this link in your browser to sign in:</source>
        <translation>Öffnen Sie diesen Link in Ihrem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>No browser could be started: open the link above yourself.</source>
        <translation>Es konnte kein Browser gestartet werden: Öffnen Sie den Link oben selbst.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign out of your StreamVibe account.</source>
        <translation>Von Ihrem StreamVibe-Konto abmelden.</translation>
    </message>
    <message>
        <source>logout [options]</source>
        <translation>logout [Optionen]</translation>
    </message>
    <message>
        <source>Signs the profile out: the session is removed from the system keyring, revoked on the server when it can be reached, and the account&apos;s cached data (plan, usage) is removed from the profile. The local content library is kept. Signing out when nobody is signed in does nothing.</source>
        <translation>Meldet das Profil ab: Die Sitzung wird aus dem Schlüsselbund des Systems entfernt, auf dem Server widerrufen, sofern er erreichbar ist, und die zwischengespeicherten Daten des Kontos (Tarif, Nutzung) werden aus dem Profil entfernt. Die lokale Bibliothek Ihrer Inhalte bleibt erhalten. Abmelden, wenn niemand angemeldet ist, bewirkt nichts.</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation>%1 abgemeldet.</translation>
    </message>
    <message>
        <source>Nobody was signed in.</source>
        <translation>Es war niemand angemeldet.</translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>List the plans with their prices, quota and overage price.</source>
        <translation>Die Tarife mit Preisen, Kontingent und Preis für Mehrverbrauch auflisten.</translation>
    </message>
    <message>
        <source>plans [options]</source>
        <translation>plans [Optionen]</translation>
    </message>
    <message>
        <source>Lists the plans offered (Free, Basic, Premium...) with their monthly and yearly prices in your locale, the API units included per month and the price of extra units. Your current plan is marked with &apos;*&apos;.</source>
        <translation>Listet die angebotenen Tarife (Free, Basic, Premium …) mit ihren monatlichen und jährlichen Preisen in Ihrem Gebietsschema, den pro Monat enthaltenen API-Einheiten und dem Preis zusätzlicher Einheiten auf. Ihr aktueller Tarif ist mit „*“ markiert.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Prices in CURRENCY (usd, eur or jpy); default from the locale.</source>
        <translation>Preise in WÄHRUNG (usd, eur oder jpy); Standard aus dem Gebietsschema.</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>plans takes no arguments</source>
        <translation>plans erwartet keine Argumente</translation>
    </message>
    <message>
        <source>not a currency code: %1</source>
        <translation>kein Währungscode: %1</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MONATLICH</translation>
    </message>
    <message>
        <source>YEARLY</source>
        <translation>JÄHRLICH</translation>
    </message>
    <message>
        <source>UNITS/MONTH</source>
        <translation>EINHEITEN/MONAT</translation>
    </message>
    <message>
        <source>OVERAGE/1,000</source>
        <translation>MEHRVERBRAUCH/1.000</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the local library (offline full-text search).</source>
        <translation>Die lokale Bibliothek durchsuchen (Offline-Volltextsuche).</translation>
    </message>
    <message>
        <source>search [options] QUERY...</source>
        <translation>search [Optionen] SUCHBEGRIFF...</translation>
    </message>
    <message>
        <source>Searches titles and descriptions in the local library; the last word also matches as a prefix. An empty QUERY (&quot;&quot;) lists everything that passes the filters.</source>
        <translation>Durchsucht Titel und Beschreibungen in der lokalen Bibliothek; das letzte Wort passt auch als Wortanfang. Ein leerer SUCHBEGRIFF (&quot;&quot;) listet alles auf, was die Filter durchlässt.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>SUCHBEGRIFF</translation>
    </message>
    <message>
        <source>The words to look for; several words are joined.</source>
        <translation>Die gesuchten Wörter; mehrere Wörter müssen alle vorkommen.</translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok (repeat or separate with commas for several).</source>
        <translation>Nur diese Plattform: youtube, instagram oder tiktok (für mehrere wiederholen oder mit Kommas trennen).</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plattform</translation>
    </message>
    <message>
        <source>order</source>
        <translation>reihenfolge</translation>
    </message>
    <message>
        <source>Show at most N items (1-%1, default %2).</source>
        <translation>Höchstens N Einträge anzeigen (1–%1, Standard %2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N items (default 0).</source>
        <translation>Die ersten N Einträge überspringen (Standard 0).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation>Ein JSON-Dokument statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>search needs a QUERY (&quot;&quot; lists everything)</source>
        <translation>search braucht einen SUCHBEGRIFF (&quot;&quot; listet alles auf)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation>unbekannte Plattform „%1“ (verwenden Sie youtube, instagram oder tiktok)</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit braucht eine ganze Zahl von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--offset needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--offset braucht eine ganze Zahl ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match, none after --offset %1.</source>
        <translation>
            <numerusform>%n Eintrag passt, nach --offset %1 keiner mehr.</numerusform>
            <numerusform>%n Einträge passen, nach --offset %1 keiner mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>AUFRUFE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items %1-%2 of %3.</source>
        <translation>Einträge %1–%2 von %3.</translation>
    </message>
    <message>
        <source>Order: relevance (default), newest, views, likes, comments, engagement ((likes + comments + shares) / views) or gained (views gained in --period).</source>
        <translation>Reihenfolge: relevance (Standard), newest, views, likes, comments, engagement ((Likes + Kommentare + Shares) / Aufrufe) oder gained (in --period gewonnene Aufrufe).</translation>
    </message>
    <message>
        <source>The period of --sort gained, ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation>Der Zeitraum von --sort gained, endet heute: 7d, 28d (Standard), 90d oder 365d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>zeitraum</translation>
    </message>
    <message>
        <source>Only the items of this account: its platform id, handle or name (as `accounts` lists them).</source>
        <translation>Nur die Elemente dieses Kontos: seine Plattform-ID, sein Handle oder sein Name (wie `accounts` sie auflistet).</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; (use relevance, newest, views, likes, comments, engagement or gained)</source>
        <translation>unbekannte Reihenfolge „%1“ (verwenden Sie relevance, newest, views, likes, comments, engagement oder gained)</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation>unbekannter Zeitraum „%1“ (verwenden Sie 7d, 28d, 90d oder 365d)</translation>
    </message>
    <message>
        <source>Only the items posted on more than one platform (the groups of `groups`).</source>
        <translation>Nur die Einträge, die auf mehr als einer Plattform gepostet wurden (die Gruppen von `groups`).</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Show views gained, top movers, best posting times and follower trend.</source>
        <translation>Gewonnene Aufrufe, größte Aufsteiger, beste Veröffentlichungszeiten und Follower-Entwicklung anzeigen.</translation>
    </message>
    <message>
        <source>stats [options]</source>
        <translation>stats [Optionen]</translation>
    </message>
    <message>
        <source>Sums up the period from the history the syncs recorded in the local library: views gained, the items that gained most, the average views of an item by the weekday and hour (UTC) it was published, and each account&apos;s follower trend.</source>
        <translation>Fasst den Zeitraum aus dem Verlauf zusammen, den die Synchronisierungen in der lokalen Bibliothek aufgezeichnet haben: gewonnene Aufrufe, die Elemente mit dem größten Zuwachs, die durchschnittlichen Aufrufe eines Elements nach Wochentag und Stunde (UTC) der Veröffentlichung und die Follower-Entwicklung jedes Kontos.</translation>
    </message>
    <message>
        <source>The period ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation>Der heute endende Zeitraum: 7d, 28d (Standard), 90d oder 365d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>zeitraum</translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok.</source>
        <translation>Nur diese Plattform: youtube, instagram oder tiktok.</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plattform</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation>stats nimmt keine Argumente</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation>unbekannter Zeitraum „%1“ (verwenden Sie 7d, 28d, 90d oder 365d)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation>unbekannte Plattform „%1“ (verwenden Sie youtube, instagram oder tiktok)</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 bis %2, %3</translation>
    </message>
    <message>
        <source>all platforms</source>
        <translation>alle Plattformen</translation>
    </message>
    <message>
        <source>Views gained: %1</source>
        <translation>Gewonnene Aufrufe: %1</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Größte Aufsteiger</translation>
    </message>
    <message>
        <source>No item gained views in this period.</source>
        <translation>Kein Element hat in diesem Zeitraum Aufrufe gewonnen.</translation>
    </message>
    <message>
        <source>GAINED</source>
        <translation>GEWONNEN</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1:00 %2</source>
        <translation>%1:00 %2</translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation>Tage: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Stunden: %1</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>No follower counts recorded yet.</source>
        <translation>Noch keine Follower-Zahlen aufgezeichnet.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>START</source>
        <translation>ANFANG</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message numerus="yes">
        <source>%n Instagram item(s) without views from insights by the period&apos;s end are not counted.</source>
        <translation>
            <numerusform>%n Instagram-Element ohne Aufrufe aus Insights bis zum Ende des Zeitraums wird nicht gezählt.</numerusform>
            <numerusform>%n Instagram-Elemente ohne Aufrufe aus Insights bis zum Ende des Zeitraums werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (average views gained in the period by the items published in it, by publishing time in UTC)</source>
        <translation>Beste Veröffentlichungstage und -stunden (durchschnittliche im Zeitraum gewonnene Aufrufe der darin veröffentlichten Elemente, nach Veröffentlichungszeit in UTC)</translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare (%1 of at least %2): choose a longer period.</source>
        <translation>In diesem Zeitraum wurden zu wenige Elemente mit bekannten Aufrufen veröffentlicht, um zu vergleichen (%1 von mindestens %2): Wähle einen längeren Zeitraum.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether you are signed in, as whom, and the state of the keyring.</source>
        <translation>Anzeigen, ob und als wer Sie angemeldet sind, und den Zustand des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>status [options]</source>
        <translation>status [Optionen]</translation>
    </message>
    <message>
        <source>Shows whether the profile is signed in, the account&apos;s e-mail address, until when the current access token is valid, and whether the system keyring holding the session can be used. An expired access token is renewed when the server can be reached. No token is ever printed.</source>
        <translation>Zeigt, ob das Profil angemeldet ist, die E-Mail-Adresse des Kontos, bis wann das aktuelle Zugriffstoken gültig ist und ob der Schlüsselbund des Systems, der die Sitzung enthält, verwendet werden kann. Ein abgelaufenes Zugriffstoken wird erneuert, wenn der Server erreichbar ist. Es wird nie ein Token ausgegeben.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation>status nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Access token valid until %1.</source>
        <translation>Zugriffstoken gültig bis %1.</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached to renew the session.</source>
        <translation>Offline: Der Server war nicht erreichbar, um die Sitzung zu erneuern.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Keyring: %1.</source>
        <translation>Schlüsselbund: %1.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
</context>
<context>
    <name>SyncCliServices</name>
    <message>
        <source>unknown platform &apos;%1&apos; (use %2)</source>
        <translation>unbekannte Plattform „%1“ (verwenden Sie %2)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Fetch new items of the connected accounts into the library.</source>
        <translation>Neue Einträge der verbundenen Konten in die Bibliothek holen.</translation>
    </message>
    <message>
        <source>sync [options] [PLATFORM...]</source>
        <translation>sync [Optionen] [PLATTFORM...]</translation>
    </message>
    <message>
        <source>Syncs the connected accounts of the named platforms (all connected accounts when none is named): new items are added, known ones updated, and the statistics of recent items refreshed. Progress is printed to standard error, one line per page. The new items are counted against your plan (beyond the quota they are billed as overage). The exit status is 2 if any sync failed.</source>
        <translation>Synchronisiert die verbundenen Konten der genannten Plattformen (alle verbundenen Konten, wenn keine genannt ist): Neue Einträge werden hinzugefügt, bekannte aktualisiert und die Statistiken der neuesten Einträge aufgefrischt. Der Fortschritt wird auf die Standardfehlerausgabe geschrieben, eine Zeile pro Seite. Die neuen Einträge werden auf Ihren Tarif angerechnet (über dem Kontingent als Mehrnutzung berechnet). Der Exit-Status ist 2, wenn eine Synchronisierung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram oder tiktok.</translation>
    </message>
    <message>
        <source>Print the summary as a JSON document.</source>
        <translation>Die Zusammenfassung als JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>no account is connected: run “%1 connect PLATFORM” first.</source>
        <translation>kein Konto ist verbunden: Führen Sie zuerst „%1 connect PLATTFORM“ aus.</translation>
    </message>
    <message>
        <source>%1: page %2, %3 items (%4 new)</source>
        <translation>%1: Seite %2, %3 Einträge (%4 neu)</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>error: %1 sync failed: %2</source>
        <translation>Fehler: Synchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Run “%1 connect %2” to reconnect the account.</source>
        <translation>Führen Sie „%1 connect %2“ aus, um das Konto neu zu verbinden.</translation>
    </message>
    <message>
        <source>%1: %2; %3 in the library.</source>
        <translation>%1: %2; %3 in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>UsageCommand</name>
    <message>
        <source>Show the quota and usage of the current billing period.</source>
        <translation>Kontingent und Nutzung des aktuellen Abrechnungszeitraums anzeigen.</translation>
    </message>
    <message>
        <source>usage [options]</source>
        <translation>usage [Optionen]</translation>
    </message>
    <message>
        <source>Shows your plan, the quota, the units used and remaining in this billing period, the reset date, the units over the quota and the estimated overage charge. Offline, the last figures received are shown with a warning giving their age.</source>
        <translation>Zeigt Ihren Tarif, das Kontingent, die in diesem Abrechnungszeitraum verbrauchten und verbleibenden Einheiten, das Datum der Zurücksetzung, die Einheiten über dem Kontingent und die geschätzten Kosten für Mehrverbrauch. Offline werden die zuletzt empfangenen Zahlen mit einer Warnung zu ihrem Alter angezeigt.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>usage takes no arguments</source>
        <translation>usage erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Kontingent:</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 Einheit</numerusform>
            <numerusform>%1 Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Verbraucht:</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 Einheit (%2 %)</numerusform>
            <numerusform>%1 Einheiten (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Verbleibend:</translation>
    </message>
    <message>
        <source>Resets on:</source>
        <translation>Zurückgesetzt am:</translation>
    </message>
    <message>
        <source>Overage units:</source>
        <translation>Mehrverbrauch (Einheiten):</translation>
    </message>
    <message>
        <source>Estimated overage charge:</source>
        <translation>Geschätzte Kosten für Mehrverbrauch:</translation>
    </message>
    <message>
        <source>unknown (plans unavailable)</source>
        <translation>unbekannt (Tarife nicht verfügbar)</translation>
    </message>
    <message>
        <source>none (no overage billing on this plan)</source>
        <translation>keine (dieser Tarif rechnet keinen Mehrverbrauch ab)</translation>
    </message>
    <message>
        <source>Warning: the quota is used up; further usage is billed as overage.</source>
        <translation>Warnung: Das Kontingent ist aufgebraucht; weitere Nutzung wird als Mehrverbrauch abgerechnet.</translation>
    </message>
    <message>
        <source>Warning: %1 % of the quota is used.</source>
        <translation>Warnung: %1 % des Kontingents sind verbraucht.</translation>
    </message>
</context>
</TS>
