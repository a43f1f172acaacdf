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
    <message>
        <source>must be a whole number of seconds above 0</source>
        <translation>muss eine ganze Zahl von Sekunden größer als 0 sein</translation>
    </message>
    <message>
        <source>%1:%2: this line is not a [group] header or a key = value line</source>
        <translation>%1:%2: Diese Zeile ist weder eine [Gruppe]-Überschrift noch eine Zeile der Form Schlüssel = Wert</translation>
    </message>
</context>
<context>
    <name>sv::AccountStore</name>
    <message>
        <source>The library is closing; try again.</source>
        <translation>Die Bibliothek wird gerade geschlossen; versuchen Sie es erneut.</translation>
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
    <name>sv::AuthError</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>No StreamVibe server is configured, so signing in is not possible. StreamVibe works offline with your local library.</source>
        <translation>Es ist kein StreamVibe-Server konfiguriert, daher ist keine Anmeldung möglich. StreamVibe arbeitet offline mit Ihrer lokalen Bibliothek.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet. Open the link in the confirmation e-mail, then sign in.</source>
        <translation>Diese E-Mail-Adresse ist noch nicht bestätigt. Öffnen Sie den Link in der Bestätigungs-E-Mail und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>The password is too weak: use at least 6 characters.</source>
        <translation>Das Passwort ist zu schwach: Verwenden Sie mindestens 6 Zeichen.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>The sign-in from the browser could not be completed (the code was already used or has expired). Start the sign-in again.</source>
        <translation>Die Anmeldung aus dem Browser konnte nicht abgeschlossen werden (der Code wurde bereits verwendet oder ist abgelaufen). Starten Sie die Anmeldung erneut.</translation>
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
    <name>sv::CheckoutFlow</name>
    <message>
        <source>Payment confirmed: your plan is now “%1”.</source>
        <translation>Zahlung bestätigt: Ihr Tarif ist jetzt „%1“.</translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged.</source>
        <translation>Der Bezahlvorgang wurde abgebrochen. Ihr Tarif bleibt unverändert.</translation>
    </message>
    <message>
        <source>Checkout was stopped. If you completed the payment, your new plan will appear shortly.</source>
        <translation>Der Bezahlvorgang wurde beendet. Falls Sie die Zahlung abgeschlossen haben, erscheint Ihr neuer Tarif in Kürze.</translation>
    </message>
    <message>
        <source>The payment was not confirmed in time. If you completed it, your new plan will appear shortly; otherwise start again.</source>
        <translation>Die Zahlung wurde nicht rechtzeitig bestätigt. Falls Sie sie abgeschlossen haben, erscheint Ihr neuer Tarif in Kürze; andernfalls beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Checkout could not be started.</source>
        <translation>Der Bezahlvorgang konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>A checkout is already in progress.</source>
        <translation>Es läuft bereits ein Bezahlvorgang.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Zahlung erhalten</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Sie können diesen Tab schließen und zu StreamVibe zurückkehren.</translation>
    </message>
    <message>
        <source>Checkout not completed</source>
        <translation>Bezahlvorgang nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged; you can close this tab.</source>
        <translation>Der Bezahlvorgang wurde abgebrochen. Ihr Tarif bleibt unverändert; Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>sv::ClipGroups</name>
    <message>
        <source>durations %1 s apart</source>
        <translation>Dauern %1 s auseinander</translation>
    </message>
    <message>
        <source>a duration unknown</source>
        <translation>eine Dauer unbekannt</translation>
    </message>
    <message>
        <source>similar titles (%1 %), %2, published %3 h apart</source>
        <translation>ähnliche Titel (%1 %), %2, %3 h nacheinander veröffentlicht</translation>
    </message>
    <message>
        <source>both on the same platform</source>
        <translation>beide auf derselben Plattform</translation>
    </message>
    <message>
        <source>a publishing time is unknown</source>
        <translation>ein Veröffentlichungszeitpunkt ist unbekannt</translation>
    </message>
    <message>
        <source>published %1 h apart (more than 72 h)</source>
        <translation>%1 h nacheinander veröffentlicht (mehr als 72 h)</translation>
    </message>
    <message>
        <source>durations %1 s apart (more than 1 s)</source>
        <translation>Dauern %1 s auseinander (mehr als 1 s)</translation>
    </message>
    <message>
        <source>a title has nothing to compare</source>
        <translation>ein Titel bietet nichts zum Vergleichen</translation>
    </message>
    <message>
        <source>the title is used for other clips of the account</source>
        <translation>der Titel wird für andere Clips des Kontos verwendet</translation>
    </message>
    <message>
        <source>titles not similar enough (%1 %, %2 % needed)</source>
        <translation>Titel nicht ähnlich genug (%1 %, %2 % nötig)</translation>
    </message>
    <message>
        <source>Could not read the groups of cross-posted clips</source>
        <translation>Die Gruppen plattformübergreifend geposteter Clips konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the groups of cross-posted clips</source>
        <translation>Die Gruppen plattformübergreifend geposteter Clips konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The library has no %1 item %2.</source>
        <translation>Die Bibliothek hat kein %1-Element %2.</translation>
    </message>
    <message>
        <source>This item is in no group: merge it with another item instead.</source>
        <translation>Dieses Element ist in keiner Gruppe: Führen Sie es stattdessen mit einem anderen Element zusammen.</translation>
    </message>
    <message>
        <source>A group holds at most one item per platform: these have two on %1.</source>
        <translation>Eine Gruppe enthält höchstens ein Element je Plattform: Diese haben zwei auf %1.</translation>
    </message>
    <message>
        <source>These items are already one group.</source>
        <translation>Diese Elemente sind bereits eine Gruppe.</translation>
    </message>
    <message>
        <source>titles %1 % similar (enough beside a closer match, %2 % alone), %3, published %4 h apart</source>
        <translation>Titel zu %1 % ähnlich (genug neben einer engeren Übereinstimmung, allein %2 %), %3, %4 h nacheinander veröffentlicht</translation>
    </message>
    <message>
        <source>No sum of views: no figure on %1.</source>
        <translation>Keine Summe der Aufrufe: keine Zahl auf %1.</translation>
    </message>
    <message>
        <source>No sum of likes: no figure on %1.</source>
        <translation>Keine Summe der Likes: keine Zahl auf %1.</translation>
    </message>
    <message>
        <source>No sum of comments: no figure on %1.</source>
        <translation>Keine Summe der Kommentare: keine Zahl auf %1.</translation>
    </message>
    <message>
        <source>No sum of shares: no figure on %1.</source>
        <translation>Keine Summe der Shares: keine Zahl auf %1.</translation>
    </message>
    <message>
        <source>The sum of views covers %1 only: no figure on %2.</source>
        <extracomment>%1: the platforms summed, %2: those without the figure</extracomment>
        <translation>Die Summe der Aufrufe umfasst nur %1: keine Zahl auf %2.</translation>
    </message>
    <message>
        <source>The sum of likes covers %1 only: no figure on %2.</source>
        <translation>Die Summe der Likes umfasst nur %1: keine Zahl auf %2.</translation>
    </message>
    <message>
        <source>The sum of comments covers %1 only: no figure on %2.</source>
        <translation>Die Summe der Kommentare umfasst nur %1: keine Zahl auf %2.</translation>
    </message>
    <message>
        <source>The sum of shares covers %1 only: no figure on %2.</source>
        <translation>Die Summe der Shares umfasst nur %1: keine Zahl auf %2.</translation>
    </message>
</context>
<context>
    <name>sv::DataFreshness</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>Offline — as of %1 (%2 ago)</source>
        <translation>Offline – Stand %1 (vor %2)</translation>
    </message>
</context>
<context>
    <name>sv::LibraryDatabase</name>
    <message>
        <source>No library file was given.</source>
        <translation>Es wurde keine Bibliotheksdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
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
        <source>Could not save items %1 to %2</source>
        <translation>Die Einträge %1 bis %2 konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save item %1</source>
        <translation>Eintrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gives no native handle.</source>
        <translation>%1: Der SQLite-Treiber liefert kein natives Handle.</translation>
    </message>
    <message>
        <source>Could not read the connected accounts</source>
        <translation>Die verbundenen Konten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the connected account</source>
        <translation>Das verbundene Konto konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: the account has no id.</source>
        <translation>%1: Das Konto hat keine ID.</translation>
    </message>
    <message>
        <source>Could not remove the connected account</source>
        <translation>Das verbundene Konto konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Item %1 does not belong to the account being synced.</source>
        <translation>Eintrag %1 gehört nicht zum synchronisierten Konto.</translation>
    </message>
    <message>
        <source>Could not read the library</source>
        <translation>Die Bibliothek konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not write the job log</source>
        <translation>Das Auftragsprotokoll konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not read the usage to report</source>
        <translation>Die zu meldende Nutzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not update the usage to report</source>
        <translation>Die zu meldende Nutzung konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Could not check the library file</source>
        <translation>Die Bibliotheksdatei konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2), so nothing is written to it. Restore it from a backup, or move it away to start a new library (exporting the library first may still save its items).</source>
        <translation>Die Bibliotheksdatei %1 ist beschädigt (%2), daher wird nichts in sie geschrieben. Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um eine neue Bibliothek anzulegen (ein vorheriger Export der Bibliothek kann ihre Einträge noch retten).</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>ist zu lang (%1 Zeichen; höchstens %2)</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>ist zu groß (gefunden: %1; höchstens %2)</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder cannot be written (%2): search and browsing work, nothing can be saved until the folder is writable again.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt geöffnet, weil in ihren Ordner nicht geschrieben werden kann (%2): Suchen und Durchsuchen funktionieren, gespeichert werden kann nichts, bis der Ordner wieder beschreibbar ist.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because the disk is full (%2): search and browsing work, nothing can be saved until space is freed.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt geöffnet, weil der Datenträger voll ist (%2): Suchen und Durchsuchen funktionieren, gespeichert werden kann nichts, bis Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>No library can be created in %1: %2.</source>
        <translation>In %1 kann keine Bibliothek angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of StreamVibe and must be upgraded, which needs a writable folder. %2</source>
        <translation>%1 wurde von einer älteren Version von StreamVibe geschrieben und muss aktualisiert werden, wofür ein beschreibbarer Ordner nötig ist. %2</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be found (%2): search and browsing work, nothing can be saved until the folder is back.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt geöffnet, weil ihr Ordner nicht mehr gefunden wird (%2): Suchen und Durchsuchen funktionieren, gespeichert werden kann nichts, bis der Ordner wieder da ist.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be opened (%2): search and browsing work, nothing can be saved until its permissions let you in again.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt geöffnet, weil ihr Ordner sich nicht mehr öffnen lässt (%2): Suchen und Durchsuchen funktionieren, gespeichert werden kann nichts, bis seine Berechtigungen Sie wieder hineinlassen.</translation>
    </message>
</context>
<context>
    <name>sv::LibraryFileFormat</name>
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
        <source>Could not write the export file.</source>
        <translation>Die Exportdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>Die Exportdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>(record starting on line %1)</source>
        <translation>(Datensatz ab Zeile %1)</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>ist zu groß (gefunden: %1; höchstens %2)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
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
    <name>sv::PlatformError</name>
    <message>
        <source>Sign in to StreamVibe to connect %1.</source>
        <translation>Melden Sie sich bei StreamVibe an, um %1 zu verbinden.</translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read (%2).</source>
        <translation>%1 hat eine Antwort gesendet, die StreamVibe nicht lesen kann (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check your internet connection.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Please try again.</source>
        <translation>%1 hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 did not accept the saved sign-in.</source>
        <translation>%1 hat die gespeicherte Anmeldung nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The connection to %1 has expired or was revoked. Reconnect the account.</source>
        <translation>Die Verbindung zu %1 ist abgelaufen oder wurde widerrufen. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>%1 is limiting requests. Please wait a moment and try again.</source>
        <translation>%1 begrenzt die Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The daily %1 API quota is used up. Try again tomorrow.</source>
        <translation>Das tägliche API-Kontingent von %1 ist aufgebraucht. Versuchen Sie es morgen erneut.</translation>
    </message>
    <message>
        <source>%1 could not process the request (HTTP %2). Please try again later.</source>
        <translation>%1 konnte die Anfrage nicht verarbeiten (HTTP %2). Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 could not process the request. Please try again later.</source>
        <translation>%1 konnte die Anfrage nicht verarbeiten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read.</source>
        <translation>%1 hat eine Antwort gesendet, die StreamVibe nicht lesen kann.</translation>
    </message>
    <message>
        <source>Access to your %1 account was declined.</source>
        <translation>Der Zugriff auf Ihr %1-Konto wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Connecting %1 was cancelled.</source>
        <translation>Das Verbinden mit %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>StreamVibe is not set up to connect %1.</source>
        <translation>StreamVibe ist nicht dafür eingerichtet, %1 zu verbinden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 begrenzt die Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>%1 begrenzt die Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::PortalFlow</name>
    <message>
        <source>Back from billing</source>
        <translation>Zurück von der Abrechnung</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Sie können diesen Tab schließen und zu StreamVibe zurückkehren.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
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
    <message>
        <source>%1: [profile] location: %2</source>
        <translation>%1: [profile] location: %2</translation>
    </message>
    <message>
        <source>$USER is used, but the user name is unknown ($USER and $LOGNAME are empty)</source>
        <translation>$USER wird verwendet, aber der Benutzername ist unbekannt ($USER und $LOGNAME sind leer)</translation>
    </message>
    <message>
        <source>unknown variable $%1 (only $HOME, $USER and a leading ~ are expanded)</source>
        <translation>unbekannte Variable $%1 (nur $HOME, $USER und ein ~ am Anfang werden ersetzt)</translation>
    </message>
    <message>
        <source>a $ that starts no variable: %1</source>
        <translation>ein $, mit dem keine Variable beginnt: %1</translation>
    </message>
    <message>
        <source>must be an absolute path (or start with ~/): %1</source>
        <translation>muss ein absoluter Pfad sein (oder mit ~/ beginnen): %1</translation>
    </message>
    <message>
        <source>the file exists but cannot be read</source>
        <translation>die Datei existiert, kann aber nicht gelesen werden</translation>
    </message>
    <message>
        <source>The profile&apos;s identity file %1 is damaged. Remove it to give the profile a new identity; you will then have to sign in and connect your accounts again.</source>
        <translation>Die Identitätsdatei %1 des Profils ist beschädigt. Entfernen Sie sie, um dem Profil eine neue Identität zu geben; danach müssen Sie sich erneut anmelden und Ihre Konten neu verbinden.</translation>
    </message>
    <message>
        <source>Cannot read or create the profile&apos;s identity file %1 (%2). StreamVibe needs it to keep this profile&apos;s keychain entries apart from other profiles&apos;: make the folder %3 writable.</source>
        <translation>Die Identitätsdatei %1 des Profils kann weder gelesen noch angelegt werden (%2). StreamVibe braucht sie, um die Schlüsselbund-Einträge dieses Profils von denen anderer Profile zu trennen: Machen Sie den Ordner %3 beschreibbar.</translation>
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
<context>
    <name>sv::SessionManager</name>
    <message>
        <source>Your session has ended (it was signed out on the server or from another device). Sign in again; your local library is unchanged.</source>
        <translation>Ihre Sitzung ist beendet (sie wurde auf dem Server oder von einem anderen Gerät abgemeldet). Melden Sie sich erneut an; Ihre lokale Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>You were signed out from another StreamVibe window or the command line. Sign in again; your local library is unchanged.</source>
        <translation>Sie wurden in einem anderen StreamVibe-Fenster oder auf der Befehlszeile abgemeldet. Melden Sie sich erneut an; Ihre lokale Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht gelesen werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session changed meanwhile.</source>
        <translation>Die Sitzung hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>The sign-in was superseded.</source>
        <translation>Die Anmeldung wurde durch eine neuere ersetzt.</translation>
    </message>
    <message>
        <source>A sign-in is already in progress.</source>
        <translation>Es läuft bereits eine Anmeldung.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery e-mail was sent a moment ago. Check your inbox (and spam folder), or ask again in %n second(s).</source>
        <translation>
            <numerusform>Vor Kurzem wurde eine Wiederherstellungs-E-Mail gesendet. Sehen Sie in Ihrem Posteingang (und im Spam-Ordner) nach oder fragen Sie in %n Sekunde erneut.</numerusform>
            <numerusform>Vor Kurzem wurde eine Wiederherstellungs-E-Mail gesendet. Sehen Sie in Ihrem Posteingang (und im Spam-Ordner) nach oder fragen Sie in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has sent too many e-mails for now. Try again in an hour.</source>
        <translation>Der Server hat vorerst zu viele E-Mails versendet. Versuchen Sie es in einer Stunde erneut.</translation>
    </message>
</context>
<context>
    <name>sv::SyncJob</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The usage of this sync could not be reported yet (%1); it is kept and reported with the next sync.</source>
        <translation>Die Nutzung dieser Synchronisierung konnte noch nicht gemeldet werden (%1); sie wird aufbewahrt und mit der nächsten Synchronisierung gemeldet.</translation>
    </message>
    <message>
        <source>This account is already being synced.</source>
        <translation>Dieses Konto wird bereits synchronisiert.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The %1 sign-in of this account is missing from the keychain: reconnect it.</source>
        <translation>Die %1-Anmeldung dieses Kontos fehlt im Schlüsselbund: Verbinden Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign in to StreamVibe to sync: your usage is counted against your plan.</source>
        <translation>Melden Sie sich bei StreamVibe an, um zu synchronisieren: Ihre Nutzung wird auf Ihren Tarif angerechnet.</translation>
    </message>
    <message>
        <source>Your quota could not be checked (%1); the sync continues and the usage is reported later.</source>
        <translation>Ihr Kontingent konnte nicht geprüft werden (%1); die Synchronisierung läuft weiter und die Nutzung wird später gemeldet.</translation>
    </message>
    <message>
        <source>The statistics of recent items could not be refreshed: %1</source>
        <translation>Die Statistiken der neuesten Einträge konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht geantwortet; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 hat nicht geantwortet; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 ist nicht erreichbar; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 ist nicht erreichbar; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 begrenzt die Anfragen; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 begrenzt die Anfragen; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error (HTTP %2); retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 hat mit einem Fehler geantwortet (HTTP %2); neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 hat mit einem Fehler geantwortet (HTTP %2); neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 hat mit einem Fehler geantwortet; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 hat mit einem Fehler geantwortet; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent an answer StreamVibe cannot read; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 hat eine Antwort gesendet, die StreamVibe nicht lesen kann; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 hat eine Antwort gesendet, die StreamVibe nicht lesen kann; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 sync was stopped after %n minute(s), its time limit. The items synced so far are kept.</source>
        <translation>
            <numerusform>Die Synchronisierung von %1 wurde nach %n Minute angehalten, ihrem Zeitlimit. Die bisher synchronisierten Einträge bleiben erhalten.</numerusform>
            <numerusform>Die Synchronisierung von %1 wurde nach %n Minuten angehalten, ihrem Zeitlimit. Die bisher synchronisierten Einträge bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s); the sync stopped. The items synced so far are kept.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet; die Synchronisierung wurde angehalten. Die bisher synchronisierten Einträge bleiben erhalten.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet; die Synchronisierung wurde angehalten. Die bisher synchronisierten Einträge bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This %1 connection does not include its analytics, so no history was read. Reconnect %1 to include it.</source>
        <translation>Diese %1-Verbindung umfasst keine Statistiken, daher wurde kein Verlauf gelesen. Verbinden Sie %1 erneut, um sie einzuschließen.</translation>
    </message>
    <message>
        <source>%1 did not give the history of some items this time; the next sync reads it.</source>
        <translation>%1 hat den Verlauf einiger Einträge diesmal nicht geliefert; die nächste Synchronisierung liest ihn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not give the history of %n item(s); the next syncs try again after the other items.</source>
        <translation>
            <numerusform>%1 hat den Verlauf von %n Element nicht geliefert; die nächsten Synchronisierungen versuchen es nach den anderen Elementen erneut.</numerusform>
            <numerusform>%1 hat den Verlauf von %n Elementen nicht geliefert; die nächsten Synchronisierungen versuchen es nach den anderen Elementen erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncManager</name>
    <message>
        <source>%1 is already being connected.</source>
        <translation>%1 wird bereits verbunden.</translation>
    </message>
    <message>
        <source>%1 is not configured in this installation.</source>
        <translation>%1 ist in dieser Installation nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be stored in the keychain: %2</source>
        <translation>Die %1-Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be read from the keychain: %2</source>
        <translation>Die %1-Anmeldung konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not revoke StreamVibe&apos;s access (%2). The sign-in was removed from this computer; you can also remove the access in your %1 account settings.</source>
        <translation>%1 konnte den Zugriff von StreamVibe nicht widerrufen (%2). Die Anmeldung wurde von diesem Computer entfernt; Sie können den Zugriff auch in den Einstellungen Ihres %1-Kontos entfernen.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be removed from the keychain: %2</source>
        <translation>Die %1-Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sync failed: %2</source>
        <translation>Synchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected before it can be synced.</source>
        <translation>%1 muss neu verbunden werden, bevor es synchronisiert werden kann.</translation>
    </message>
    <message>
        <source>%1 sync finished: %2.</source>
        <translation>%1-Synchronisierung abgeschlossen: %2.</translation>
    </message>
</context>
<context>
    <name>sv::SyncOutcome</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln item(s)</source>
        <translation>
            <numerusform>%1 von etwa %Ln Element</numerusform>
            <numerusform>%1 von etwa %Ln Elementen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>noch etwa %Ln Minute</numerusform>
            <numerusform>noch etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>no new items</source>
        <translation>keine neuen Elemente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln neues Element</numerusform>
            <numerusform>%Ln neue Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln updated</source>
        <translation>
            <numerusform>%1, %Ln aktualisiert</numerusform>
            <numerusform>%1, %Ln aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncScheduler</name>
    <message>
        <source>Background sync is off.</source>
        <translation>Die Hintergrund-Synchronisierung ist aus.</translation>
    </message>
    <message>
        <source>Sign in to sync in the background.</source>
        <translation>Melden Sie sich an, um im Hintergrund zu synchronisieren.</translation>
    </message>
    <message>
        <source>Waiting for the network to sync.</source>
        <translation>Wartet auf das Netzwerk, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>Sync paused: the connection is metered.</source>
        <translation>Synchronisierung pausiert: Die Verbindung ist getaktet.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert…</translation>
    </message>
    <message>
        <source>Sync due; starting soon.</source>
        <translation>Synchronisierung fällig; beginnt gleich.</translation>
    </message>
    <message>
        <source>Next sync at %1.</source>
        <translation>Nächste Synchronisierung um %1.</translation>
    </message>
</context>
<context>
    <name>sv::UsageReporter</name>
    <message>
        <source>Your %1 plan&apos;s quota of %2 items is used up (%3 used). The sync continues; items beyond the quota are billed as overage.</source>
        <translation>Das Kontingent Ihres Tarifs %1 von %2 Einträgen ist aufgebraucht (%3 genutzt). Die Synchronisierung läuft weiter; Einträge über dem Kontingent werden als Mehrnutzung berechnet.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuellen</translation>
    </message>
</context>
<context>
    <name>sv::YouTubeConnector</name>
    <message>
        <source>This Google account has no YouTube channel. Create one, then connect again.</source>
        <translation>Dieses Google-Konto hat keinen YouTube-Kanal. Erstellen Sie einen und verbinden Sie dann erneut.</translation>
    </message>
</context>
</TS>
