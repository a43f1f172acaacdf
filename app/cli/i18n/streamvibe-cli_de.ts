<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppConfig</name>
    <message>
        <source>this looks like a secret, and secrets never go in this file (every user can read it); remove it: StreamVibe is a public client and keeps its credentials in the system keychain</source>
        <translation>das sieht nach einem Geheimnis aus, und Geheimnisse gehören nie in diese Datei (jeder Benutzer kann sie lesen); entfernen Sie es: StreamVibe ist ein öffentlicher Client und bewahrt seine Zugangsdaten im Schlüsselbund des Systems auf</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is not a valid URL (%1)</source>
        <translation>ist keine gültige URL (%1)</translation>
    </message>
    <message>
        <source>must be an absolute https:// URL: %1</source>
        <translation>muss eine absolute https://-URL sein: %1</translation>
    </message>
    <message>
        <source>has no host name: %1</source>
        <translation>hat keinen Hostnamen: %1</translation>
    </message>
    <message>
        <source>must not carry a user name or password: %1</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten: %1</translation>
    </message>
    <message>
        <source>http:// is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), use https://: %1</source>
        <translation>http:// ist nur für Loopback-Hosts erlaubt (127.0.0.0/8, ::1, localhost), verwenden Sie https://: %1</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>eingebauter Standardwert</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>Systemdatei</translation>
    </message>
    <message>
        <source>user file</source>
        <translation>Benutzerdatei</translation>
    </message>
    <message>
        <source>--config file</source>
        <translation>--config-Datei</translation>
    </message>
    <message>
        <source>$STREAMVIBE_CONFIG file</source>
        <translation>$STREAMVIBE_CONFIG-Datei</translation>
    </message>
    <message>
        <source>Configuration file %1 not found</source>
        <translation>Konfigurationsdatei %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Configuration file %1 cannot be read</source>
        <translation>Konfigurationsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Configuration file %1 is not a valid INI file</source>
        <translation>Konfigurationsdatei %1 ist keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>%1: key %2 is outside any group and is ignored</source>
        <translation>%1: Schlüssel %2 steht außerhalb jeder Gruppe und wird ignoriert</translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation>%1: Unbekannte Gruppe [%2] wird ignoriert</translation>
    </message>
    <message>
        <source>%1: unknown key %2 is ignored</source>
        <translation>%1: Unbekannter Schlüssel %2 wird ignoriert</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1</source>
        <translation>Die Konfigurationsdatei %1 kann nicht geschrieben werden</translation>
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
        <source>Order: relevance (default), newest or views.</source>
        <translation>Reihenfolge: relevance (Relevanz, Standard), newest (neueste zuerst) oder views (meiste Aufrufe).</translation>
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
        <source>unknown order &apos;%1&apos; (use relevance, newest or views)</source>
        <translation>unbekannte Reihenfolge „%1“ (verwenden Sie relevance, newest oder views)</translation>
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
</context>
<context>
    <name>sv::ApiError</name>
    <message>
        <source>You appear to be offline: the server could not be reached.</source>
        <translation>Sie scheinen offline zu sein: Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified. Check your network or system date.</source>
        <translation>Die sichere Verbindung konnte nicht überprüft werden. Prüfen Sie Ihr Netzwerk oder das Systemdatum.</translation>
    </message>
    <message>
        <source>This address is not allowed: connections must use HTTPS.</source>
        <translation>Diese Adresse ist nicht erlaubt: Verbindungen müssen HTTPS verwenden.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die die App nicht lesen kann.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Dafür fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>Der angeforderte Eintrag wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again later.</source>
        <translation>Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>sv::AuthFlowError</name>
    <message>
        <source>StreamVibe could not open a local port to receive the sign-in result (%1). Check that nothing blocks connections to 127.0.0.1 and try again.</source>
        <translation>StreamVibe konnte keinen lokalen Port öffnen, um das Anmeldeergebnis zu empfangen (%1). Stellen Sie sicher, dass nichts Verbindungen zu 127.0.0.1 blockiert, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was rejected for your safety. Start the sign-in again from StreamVibe.</source>
        <translation>Die Anmeldeantwort gehörte nicht zu diesem Anmeldeversuch und wurde zu Ihrer Sicherheit abgewiesen. Starten Sie die Anmeldung erneut in StreamVibe.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so StreamVibe was not connected.</source>
        <translation>Der Zugriff wurde im Browser verweigert, daher wurde StreamVibe nicht verbunden.</translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1.</source>
        <translation>Der Anmeldedienst hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1 (%2).</source>
        <translation>Der Anmeldedienst hat einen Fehler gemeldet: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in response carried no authorization code. Start the sign-in again from StreamVibe.</source>
        <translation>Die Anmeldeantwort enthielt keinen Autorisierungscode. Starten Sie die Anmeldung erneut in StreamVibe.</translation>
    </message>
    <message>
        <source>The sign-in response was malformed and was rejected. Start the sign-in again from StreamVibe.</source>
        <translation>Die Anmeldeantwort war fehlerhaft und wurde abgewiesen. Starten Sie die Anmeldung erneut in StreamVibe.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Start it again from StreamVibe when you are ready.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen. Starten Sie sie erneut in StreamVibe, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sv::LibraryDatabase</name>
    <message>
        <source>The library file is damaged (%1). Restore it from a backup or move it away to start a new library.</source>
        <translation>Die Bibliotheksdatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um eine neue Bibliothek anzulegen.</translation>
    </message>
    <message>
        <source>%1: the library is busy in another StreamVibe window or command. Try again.</source>
        <translation>%1: Die Bibliothek wird gerade von einem anderen StreamVibe-Fenster oder -Befehl verwendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not prepare a library query</source>
        <translation>Eine Bibliotheksabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation>Es wurde keine Bibliotheksdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read the library file %1: %2</source>
        <translation>Die Bibliotheksdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a StreamVibe library (it is not an SQLite database). The file was left untouched.</source>
        <translation>%1 ist keine StreamVibe-Bibliothek (es ist keine SQLite-Datenbank). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The folder of the library file %1 does not exist.</source>
        <translation>Der Ordner der Bibliotheksdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the library file %1</source>
        <translation>Die Bibliotheksdatei %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be used as a library</source>
        <translation>%1 kann nicht als Bibliothek verwendet werden</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not StreamVibe. The file was left untouched.</source>
        <translation>%1 gehört zu einer anderen Anwendung, nicht zu StreamVibe. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a StreamVibe library. The file was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine StreamVibe-Bibliothek. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of StreamVibe (library format %2; this version reads up to %3). Update StreamVibe to open it; the file was left untouched.</source>
        <translation>%1 wurde von einer neueren StreamVibe-Version geschrieben (Bibliotheksformat %2; diese Version liest bis Format %3). Aktualisieren Sie StreamVibe, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2). It was left untouched.</source>
        <translation>Die Bibliotheksdatei %1 ist beschädigt (%2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>SQLite refused to enable foreign keys on %1.</source>
        <translation>SQLite hat das Aktivieren von Fremdschlüsseln für %1 verweigert.</translation>
    </message>
    <message>
        <source>The library file %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); put the profile on a local disk.</source>
        <translation>Die Bibliotheksdatei %1 kann kein Write-Ahead-Logging verwenden (Journalmodus ist „%2“); legen Sie das Profil auf ein lokales Laufwerk.</translation>
    </message>
    <message>
        <source>Could not upgrade the library to format %1</source>
        <translation>Die Bibliothek konnte nicht auf Format %1 aktualisiert werden</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>Die Bibliothek ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation>Eintrag %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Could not save to the library</source>
        <translation>Speichern in der Bibliothek fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gives no native handle.</source>
        <translation>%1: Der SQLite-Treiber liefert kein natives Handle.</translation>
    </message>
    <message>
        <source>Could not save items %1 to %2</source>
        <translation>Die Einträge %1 bis %2 konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save item %1</source>
        <translation>Eintrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not read item %1</source>
        <translation>Eintrag %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The library has no item %1.</source>
        <translation>Die Bibliothek enthält keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>Could not remove the account&apos;s items</source>
        <translation>Die Einträge des Kontos konnten nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not read the library statistics</source>
        <translation>Die Bibliotheksstatistik konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The import file is not readable.</source>
        <translation>Die Importdatei ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>sv::LibraryFileFormat</name>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation>Eintrag %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>is required (youtube, instagram or tiktok)</source>
        <translation>ist erforderlich (youtube, instagram oder tiktok)</translation>
    </message>
    <message>
        <source>%1 is not a platform (use youtube, instagram or tiktok)</source>
        <translation>%1 ist keine Plattform (verwenden Sie youtube, instagram oder tiktok)</translation>
    </message>
    <message>
        <source>is required and must not be empty</source>
        <translation>ist erforderlich und darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (e.g. 2024-03-01T18:30:00Z)</source>
        <translation>%1 ist kein Datum mit Uhrzeit nach ISO 8601 (z. B. 2024-03-01T18:30:00Z)</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>darf nicht negativ sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>is too large (found %1)</source>
        <translation>ist zu groß (gefunden: %1)</translation>
    </message>
    <message>
        <source>the JSON is malformed at line %1, column %2 (%3)</source>
        <translation>das JSON ist in Zeile %1, Spalte %2 fehlerhaft (%3)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>Die Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>ein anderer Typ</translation>
    </message>
    <message>
        <source>must be a whole number (found %1)</source>
        <translation>muss eine ganze Zahl sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>Line %1 (header), column &quot;%2&quot;: %3</source>
        <translation>Zeile %1 (Kopfzeile), Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>(record starting on line %1)</source>
        <translation>(Datensatz ab Zeile %1)</translation>
    </message>
    <message>
        <source>a quoted value is not closed (missing &quot;)</source>
        <translation>ein Wert in Anführungszeichen ist nicht geschlossen (&quot; fehlt)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a value must be doubled: &quot;&quot;)</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen (ein Anführungszeichen innerhalb eines Werts muss verdoppelt werden: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted value (quote the whole value and double the quote: &quot;&quot;)</source>
        <translation>ein Anführungszeichen in einem Wert ohne Anführungszeichen (setzen Sie den ganzen Wert in Anführungszeichen und verdoppeln Sie das Zeichen: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a carriage return inside an unquoted value</source>
        <translation>ein Wagenrücklauf in einem Wert ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>The file must contain a JSON array of items ([{...}, ...]).</source>
        <translation>Die Datei muss ein JSON-Array von Einträgen enthalten ([{...}, ...]).</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>Die CSV-Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The CSV file is empty: it needs a header row (%1).</source>
        <translation>Die CSV-Datei ist leer: Sie braucht eine Kopfzeile (%1).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The CSV header names the column &quot;%1&quot; twice.</source>
        <translation>Die CSV-Kopfzeile nennt die Spalte „%1“ doppelt.</translation>
    </message>
    <message>
        <source>The CSV header has no &quot;%1&quot; column (required: platform, account, external_id).</source>
        <translation>Der CSV-Kopfzeile fehlt die Spalte „%1“ (erforderlich: platform, account, external_id).</translation>
    </message>
    <message>
        <source>has %1 values but the header has %2 columns (line %3)</source>
        <translation>hat %1 Werte, aber die Kopfzeile hat %2 Spalten (Zeile %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Could not write the export file.</source>
        <translation>Die Exportdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>Die Exportdatei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>sv::LibraryService</name>
    <message>
        <source>The library is not open.</source>
        <translation>Die Bibliothek ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The library was closed before the operation could run.</source>
        <translation>Die Bibliothek wurde geschlossen, bevor der Vorgang ausgeführt werden konnte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sv::LoopbackListener</name>
    <message>
        <source>the listener was not started</source>
        <translation>der Empfänger wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Sie können diesen Tab schließen und zu StreamVibe zurückkehren.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This address only receives the result of signing in to StreamVibe.</source>
        <translation>Diese Adresse empfängt nur das Ergebnis der Anmeldung bei StreamVibe.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>Die Anfrage hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request was too large to be processed.</source>
        <translation>Die Anfrage war zu groß, um verarbeitet zu werden.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Falsche Adresse</translation>
    </message>
    <message>
        <source>This request was not sent to the address StreamVibe opened for signing in.</source>
        <translation>Diese Anfrage wurde nicht an die Adresse gesendet, die StreamVibe für die Anmeldung geöffnet hat.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>Die Anfrage konnte nicht verstanden werden.</translation>
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
    <name>sv::Profile</name>
    <message>
        <source>Cannot create the profile directory %1</source>
        <translation>Das Profilverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot make the profile directory %1 private</source>
        <translation>Das Profilverzeichnis %1 kann nicht privat gemacht werden</translation>
    </message>
</context>
<context>
    <name>sv::SecretError</name>
    <message>
        <source>No keyring service is available, so StreamVibe cannot store or read your sign-in securely. Install and start a Secret Service provider (for example GNOME Keyring or KeePassXC) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, daher kann StreamVibe Ihre Anmeldung nicht sicher speichern oder lesen. Installieren und starten Sie einen Secret-Service-Anbieter (zum Beispiel GNOME Keyring oder KeePassXC) und versuchen Sie es erneut; StreamVibe funktioniert in der Zwischenzeit offline weiter.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (e.g. in Passwords and Keys) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (z. B. in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut; StreamVibe funktioniert in der Zwischenzeit offline weiter.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied. Allow StreamVibe to use the keyring and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie StreamVibe, den Schlüsselbund zu verwenden, und versuchen Sie es erneut; StreamVibe funktioniert in der Zwischenzeit offline weiter.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keyring. Sign in again.</source>
        <translation>Im Schlüsselbund wurde keine gespeicherte Anmeldung gefunden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time. If it is asking for a password, unlock it and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Falls er nach einem Passwort fragt, entsperren Sie ihn und versuchen Sie es erneut; StreamVibe funktioniert in der Zwischenzeit offline weiter.</translation>
    </message>
    <message>
        <source>The keyring reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>sv::SecretStore</name>
    <message numerus="yes">
        <source>no answer within %n ms</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n ms</numerusform>
            <numerusform>keine Antwort innerhalb von %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>ungültiger Schlüssel</translation>
    </message>
</context>
</TS>
