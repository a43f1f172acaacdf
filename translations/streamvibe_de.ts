<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Unknown language “%1”; available: %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>StreamVibe: search your YouTube, Instagram and TikTok content offline.</source>
        <translation>StreamVibe: Durchsuchen Sie Ihre YouTube-, Instagram- und TikTok-Inhalte offline.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt; instead of the default one.</source>
        <translation>Das Profil in &lt;Verzeichnis&gt; statt des Standardprofils verwenden.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) instead of the system language.</source>
        <translation>Die Oberfläche in &lt;Sprache&gt; (%1) statt in der Systemsprache anzeigen.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Links passed by the desktop (ignored).</source>
        <translation>Vom Desktop übergebene Links (werden ignoriert).</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the system and user files (also $STREAMVIBE_CONFIG).</source>
        <translation>Die Konfiguration aus &lt;Datei&gt; statt aus den System- und Benutzerdateien lesen (auch über $STREAMVIBE_CONFIG).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>sv::AboutDialog</name>
    <message>
        <source>About StreamVibe</source>
        <translation>Über StreamVibe</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Search your YouTube, Instagram and TikTok content offline.</source>
        <translation>Durchsuchen Sie Ihre YouTube-, Instagram- und TikTok-Inhalte offline.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>StreamVibe's licence and the licences of the libraries it uses</source>
        <translation>Die Lizenz von StreamVibe und die Lizenzen der verwendeten Bibliotheken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>StreamVibe uses these libraries under their own licences.</source>
        <translation>StreamVibe verwendet diese Bibliotheken unter ihren eigenen Lizenzen.</translation>
    </message>
    <message>
        <source>Copyright %1</source>
        <translation>Copyright %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
</context>
<context>
    <name>sv::AccountButton</name>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (offline)</source>
        <translation>Angemeldet als %1 (offline)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to see your plan and usage</source>
        <translation>Melden Sie sich an, um Ihren Tarif und Ihre Nutzung zu sehen</translation>
    </message>
</context>
<context>
    <name>sv::BillingPage</name>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sv::ConnectionsView</name>
    <message>
        <source>Connect your platforms</source>
        <translation>Verbinden Sie Ihre Plattformen</translation>
    </message>
    <message>
        <source>Sign in to connect YouTube, Instagram and TikTok. Your connected accounts, their sync status and the last sync time will appear here.</source>
        <translation>Melden Sie sich an, um YouTube, Instagram und TikTok zu verbinden. Hier erscheinen dann Ihre verbundenen Konten, ihr Synchronisierungsstatus und der Zeitpunkt der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Sync all</source>
        <translation>Alle synchronisieren</translation>
    </message>
    <message>
        <source>Fetch new items of every connected account</source>
        <translation>Neue Einträge aller verbundenen Konten abrufen</translation>
    </message>
    <message>
        <source>No connected account to sync.</source>
        <translation>Kein verbundenes Konto zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Disconnect “%1”? StreamVibe's access is revoked where %2 supports it and the sign-in is deleted from the keychain. Keep the account's items in your library?</source>
        <translation>„%1“ trennen? Der Zugriff von StreamVibe wird widerrufen, soweit %2 das unterstützt, und die Anmeldung wird aus dem Schlüsselbund gelöscht. Die Einträge des Kontos in Ihrer Bibliothek behalten?</translation>
    </message>
    <message>
        <source>Keep items</source>
        <translation>Einträge behalten</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Einträge entfernen</translation>
    </message>
    <message>
        <source>%1 account “%2” connected.</source>
        <translation>%1-Konto „%2“ verbunden.</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the library.</source>
        <translation>
            <numerusform>%n Eintrag aus der Bibliothek entfernt.</numerusform>
            <numerusform>%n Einträge aus der Bibliothek entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
</context>
<context>
    <name>sv::ContentDetailsPane</name>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Open on platform</source>
        <translation>Auf der Plattform öffnen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>This item has no web address.</source>
        <translation>Dieser Eintrag hat keine Webadresse.</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Interaktionsrate</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / views; shares where the platform gives them</source>
        <translation>(Likes + Kommentare + Shares) / Aufrufe; Shares, wo die Plattform sie angibt</translation>
    </message>
    <message>
        <source>Views over time</source>
        <translation>Aufrufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>(%1 likes + %2 comments + %3 shares) / %4 views</source>
        <translation>(%1 Likes + %2 Kommentare + %3 Shares) / %4 Aufrufe</translation>
    </message>
    <message>
        <source>No views yet: the rate needs at least one view.</source>
        <translation>Noch keine Aufrufe: Die Rate braucht mindestens einen Aufruf.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>No history recorded yet: each sync records the item's counters.</source>
        <translation>Noch kein Verlauf aufgezeichnet: Jede Synchronisierung zeichnet die Zähler des Elements auf.</translation>
    </message>
    <message>
        <source>Reading the other posts of this clip…</source>
        <translation>Die anderen Beiträge dieses Clips werden gelesen…</translation>
    </message>
    <message>
        <source>Cross-posted clip</source>
        <translation>Mehrfach geposteter Clip</translation>
    </message>
    <message>
        <source>Why these posts are one clip</source>
        <translation>Warum diese Beiträge ein Clip sind</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Confirm this group</source>
        <translation>Diese Gruppe bestätigen</translation>
    </message>
    <message>
        <source>Keep these posts together as one clip, whatever later syncs find.</source>
        <translation>Diese Beiträge als einen Clip zusammenhalten, was spätere Synchronisierungen auch finden.</translation>
    </message>
    <message>
        <source>Split from group</source>
        <translation>Aus der Gruppe lösen</translation>
    </message>
    <message>
        <source>Split this item from its group</source>
        <translation>Diesen Eintrag aus seiner Gruppe lösen</translation>
    </message>
    <message>
        <source>This post is another clip: never group it automatically again.</source>
        <translation>Dieser Beitrag ist ein anderer Clip: nie wieder automatisch gruppieren.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Merge with another item</source>
        <translation>Mit einem anderen Eintrag zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Choose a post on another platform, published within %n day(s), that is the same clip.</source>
        <translation>
            <numerusform>Wähle einen Beitrag auf einer anderen Plattform, innerhalb von %n Tag veröffentlicht, der derselbe Clip ist.</numerusform>
            <numerusform>Wähle einen Beitrag auf einer anderen Plattform, innerhalb von %n Tagen veröffentlicht, der derselbe Clip ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to merge with</source>
        <translation>Einträge zum Zusammenführen</translation>
    </message>
    <message>
        <source>Not grouped with posts on other platforms.</source>
        <translation>Nicht mit Beiträgen auf anderen Plattformen gruppiert.</translation>
    </message>
    <message numerus="yes">
        <source>Posted on %n platform(s)</source>
        <translation>
            <numerusform>Auf %n Plattform gepostet</numerusform>
            <numerusform>Auf %n Plattformen gepostet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A member of a cross-posted clip: %1 platform, %2 title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Dieser Eintrag</translation>
    </message>
    <message>
        <source>Show this post in the list</source>
        <translation>Diesen Beitrag in der Liste zeigen</translation>
    </message>
    <message>
        <source>%1 on %2 (this item)</source>
        <translation>%1 auf %2 (dieser Eintrag)</translation>
    </message>
    <message>
        <source>Show %1 on %2</source>
        <translation>%1 auf %2 zeigen</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Confirmed by you: kept as one clip across syncs.</source>
        <translation>Von dir bestätigt: bleibt über Synchronisierungen hinweg ein Clip.</translation>
    </message>
    <message>
        <source>Grouped automatically (score %1).</source>
        <translation>Automatisch gruppiert (Wert %1).</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <extracomment>Why two posts are one clip: %1 and %2 are platforms, %3 the rule's reason</extracomment>
        <translation>%1 und %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A merge candidate: %1 platform, %2 title, %3 publishing date</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>No posts on other platforms within %n day(s)</source>
        <translation>
            <numerusform>Keine Beiträge auf anderen Plattformen innerhalb von %n Tag</numerusform>
            <numerusform>Keine Beiträge auf anderen Plattformen innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum of views</source>
        <translation>Summe der Aufrufe</translation>
    </message>
    <message>
        <source>Sum of likes</source>
        <translation>Summe der Likes</translation>
    </message>
    <message>
        <source>Sum of comments</source>
        <translation>Summe der Kommentare</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Details des Eintrags</translation>
    </message>
    <message>
        <source>(%1 likes + %2 comments) / %3 views; shares unavailable: %4</source>
        <extracomment>%4 is why the platform gives no share count</extracomment>
        <translation>(%1 Likes + %2 Kommentare) / %3 Aufrufe; Shares nicht verfügbar: %4</translation>
    </message>
    <message>
        <source>Instagram gives no duration for its media.</source>
        <translation>Instagram gibt für seine Medien keine Dauer an.</translation>
    </message>
    <message>
        <source>The platform gave no duration for this item.</source>
        <translation>Die Plattform hat für diesen Eintrag keine Dauer angegeben.</translation>
    </message>
    <message>
        <source>Sum of shares</source>
        <translation>Summe der Shares</translation>
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
        <translation>Auch auf %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Screen-reader text of a result whose details are still being read from the library</extracomment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 engagement</source>
        <extracomment>The engagement rate of a result sorted by it; %1 is the percentage ("4.2%")</extracomment>
        <translation>%1 Interaktion</translation>
    </message>
    <message>
        <source>— engagement</source>
        <extracomment>A result sorted by engagement whose rate is not known (no views)</extracomment>
        <translation>— Interaktion</translation>
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <extracomment>The views a result gained in the sort's period; %1 is a signed count ("+1,234")</extracomment>
        <translation>
            <numerusform>%1 neuer Aufruf</numerusform>
            <numerusform>%1 neue Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>— views gained</source>
        <extracomment>A result sorted by views gained whose views are not known</extracomment>
        <translation>— neue Aufrufe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One platform's figure in a row standing for a clip's posts on several platforms ("TikTok 6,000")</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in all: %2</source>
        <extracomment>A row standing for a clip's posts on several platforms: %1 is their sum ("15,000 views"), %2 each platform's figure ("YouTube 9,000 · TikTok 6,000 · Instagram —")</extracomment>
        <translation>%1 insgesamt: %2</translation>
    </message>
</context>
<context>
    <name>sv::ContentView</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Ihre Bibliothek ist leer</translation>
    </message>
    <message>
        <source>Connect a platform or import a backup. Everything you have published on YouTube, Instagram and TikTok then becomes searchable here, even offline.</source>
        <translation>Verbinden Sie eine Plattform oder importieren Sie eine Sicherung. Alles, was Sie auf YouTube, Instagram und TikTok veröffentlicht haben, wird dann hier durchsuchbar – auch offline.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Search titles and descriptions (Ctrl+K)</source>
        <translation>Titel und Beschreibungen durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum …</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Veröffentlicht ab</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Veröffentlicht bis</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Übereinstimmung</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Most viewed</source>
        <translation>Meiste Aufrufe</translation>
    </message>
    <message>
        <source>The library could not be opened</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Datei: %2</translation>
    </message>
    <message>
        <source>No items match the filters</source>
        <translation>Keine Einträge entsprechen den Filtern</translation>
    </message>
    <message>
        <source>Try another platform, kind or date range.</source>
        <translation>Versuchen Sie eine andere Plattform, Art oder einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>Keine Ergebnisse für „%1“</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words or clear the filters.</source>
        <translation>Prüfen Sie die Schreibweise, verwenden Sie weniger Wörter oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Check the spelling or try fewer words.</source>
        <translation>Prüfen Sie die Schreibweise oder verwenden Sie weniger Wörter.</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Bibliothek wird geöffnet …</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Meiste Likes</translation>
    </message>
    <message>
        <source>Most commented</source>
        <translation>Meiste Kommentare</translation>
    </message>
    <message>
        <source>Highest engagement</source>
        <translation>Höchste Interaktion</translation>
    </message>
    <message>
        <source>Most views gained</source>
        <translation>Meiste neue Aufrufe</translation>
    </message>
    <message>
        <source>Views gained in</source>
        <translation>Neue Aufrufe in</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>letzter %n Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Cross-posted only</source>
        <translation>Nur Crossposts</translation>
    </message>
    <message>
        <source>Show only the clips you posted on more than one platform (seen as one group).</source>
        <translation>Nur die Clips anzeigen, die du auf mehr als einer Plattform gepostet hast (als eine Gruppe gesehen).</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Konten verbinden</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open the library again</source>
        <translation>Die Bibliothek erneut öffnen</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Den Profilordner öffnen</translation>
    </message>
    <message>
        <source>Only the items published then, in UTC as the Overview's best posting times count them. Click to show every publishing time again.</source>
        <translation>Nur die zu dieser Zeit veröffentlichten Elemente, in UTC gezählt wie bei den besten Veröffentlichungszeiten der Übersicht. Klicken, um wieder alle Veröffentlichungszeiten zu zeigen.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Posted: %1 (UTC)</source>
        <translation>Veröffentlicht: %1 (UTC)</translation>
    </message>
    <message>
        <source>Clear the posting time filter: %1</source>
        <translation>Filter nach Veröffentlichungszeit aufheben: %1</translation>
    </message>
</context>
<context>
    <name>sv::DesktopIntegration</name>
    <message>
        <source>Syncing %1: %2</source>
        <translation>%1 wird synchronisiert: %2</translation>
    </message>
    <message>
        <source>Sync &amp; notifications</source>
        <translation>Synchronisierung &amp; Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>sv::DesktopNotifications</name>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 erneut verbinden</translation>
    </message>
    <message>
        <source>StreamVibe can no longer read your %1 account. Reconnect it to keep it in sync.</source>
        <translation>StreamVibe kann Ihr %1-Konto nicht mehr lesen. Verbinden Sie es erneut, damit es synchron bleibt.</translation>
    </message>
    <message>
        <source>%1 sync failed</source>
        <translation>%1-Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 sync finished</source>
        <translation>%1-Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>Your quota is used up</source>
        <translation>Ihr Kontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>Your quota is almost used up</source>
        <translation>Ihr Kontingent ist fast aufgebraucht</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>sv::Format</name>
    <message numerus="yes">
        <source>%1 view(s)</source>
        <translation>
            <numerusform>%1 Aufruf</numerusform>
            <numerusform>%1 Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 like(s)</source>
        <translation>
            <numerusform>%1 Like</numerusform>
            <numerusform>%1 Likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 comment(s)</source>
        <translation>
            <numerusform>%1 Kommentar</numerusform>
            <numerusform>%1 Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 result(s)</source>
        <translation>
            <numerusform>%1 Ergebnis</numerusform>
            <numerusform>%1 Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 item(s) in the library</source>
        <translation>
            <numerusform>%1 Element in der Bibliothek</numerusform>
            <numerusform>%1 Elemente in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time, e.g. "Tuesday, 3 March 2026 at 14:05"</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
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
        <translation>Bild</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Karussell</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Livestream</translation>
    </message>
    <message>
        <source>YouTube gives no share count for videos.</source>
        <translation>YouTube gibt für Videos keine Anzahl der Shares an.</translation>
    </message>
    <message>
        <source>Instagram gives no share count for media in its basic fields.</source>
        <translation>Instagram gibt in den Grundfeldern seiner Medien keine Anzahl der Shares an.</translation>
    </message>
    <message>
        <source>Not recorded yet: the next sync records it.</source>
        <translation>Noch nicht aufgezeichnet: Die nächste Synchronisierung zeichnet es auf.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number ("4.2%", "4,2 %")</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>— views</source>
        <extracomment>An item whose platform gives no view count (Instagram media)</extracomment>
        <translation>— Aufrufe</translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this one yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram gibt die Aufrufe seiner Medien nur über ihre Insights an, und für dieses wurden noch keine gelesen: Jede Synchronisierung liest die einiger Medien, zuerst die noch nie gelesenen, wenn das Konto beim Verbinden Insights erlaubt hat.</translation>
    </message>
</context>
<context>
    <name>sv::GuidedStart</name>
    <message>
        <source>Welcome to StreamVibe</source>
        <translation>Willkommen bei StreamVibe</translation>
    </message>
    <message>
        <source>Guided start</source>
        <translation>Geführter Einstieg</translation>
    </message>
    <message>
        <source>Connect your platforms</source>
        <translation>Verbinden Sie Ihre Plattformen</translation>
    </message>
    <message>
        <source>Each Connect opens the platform's sign-in page in your browser. Once an account is connected, its first sync starts at once: your videos and posts arrive in the library and stay searchable, even offline.</source>
        <translation>Jedes „Verbinden“ öffnet die Anmeldeseite der Plattform in Ihrem Browser. Sobald ein Konto verbunden ist, startet sofort seine erste Synchronisierung: Ihre Videos und Beiträge kommen in die Bibliothek und bleiben durchsuchbar, auch offline.</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the guided start</source>
        <translation>Geführten Einstieg überspringen</translation>
    </message>
    <message>
        <source>Connect platforms later on the Connections page</source>
        <translation>Plattformen später auf der Seite „Verbindungen“ verbinden</translation>
    </message>
    <message>
        <source>Go to the Overview</source>
        <translation>Zur Übersicht</translation>
    </message>
    <message>
        <source>Finish the guided start and show the Overview</source>
        <translation>Geführten Einstieg beenden und die Übersicht zeigen</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Schließen Sie die Anmeldung im Browser ab …</translation>
    </message>
    <message>
        <source>Connected as %1 — syncing…</source>
        <translation>Verbunden als %1 – wird synchronisiert …</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>sv::KeyboardShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>sv::LibraryTransfer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>Die Bibliothek ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Another import or export is running.</source>
        <translation>Ein anderer Import oder Export läuft bereits.</translation>
    </message>
</context>
<context>
    <name>sv::MainMenu</name>
    <message>
        <source>The documentation could not be opened: %1</source>
        <translation>Die Dokumentation konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Exporting the library… %1 written</source>
        <translation>Bibliothek wird exportiert … %1 geschrieben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add the items of a JSON or CSV file to the library</source>
        <translation>Die Einträge einer JSON- oder CSV-Datei zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export Library…</source>
        <translation>Bibliothek &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write every item of the library to a JSON or CSV file</source>
        <translation>Alle Einträge der Bibliothek in eine JSON- oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Export Search &amp;Results…</source>
        <translation>Such&amp;ergebnisse exportieren …</translation>
    </message>
    <message>
        <source>Write the items the Content page finds now to a JSON or CSV file</source>
        <translation>Die Einträge, die die Inhaltsseite gerade findet, in eine JSON- oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>&amp;Inhalte</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Nutzung</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Tarife</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Manage Plan…</source>
        <translation>Tarif &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;About StreamVibe</source>
        <translation>&amp;Über StreamVibe</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Library files (*.json *.csv)</source>
        <translation>Bibliotheksdateien (*.json *.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>StreamVibe</source>
        <translation>StreamVibe</translation>
    </message>
    <message>
        <source>Import Into the Library</source>
        <translation>In die Bibliothek importieren</translation>
    </message>
    <message>
        <source>%1 is neither a JSON nor a CSV file (.json, .csv).</source>
        <translation>%1 ist weder eine JSON- noch eine CSV-Datei (.json, .csv).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n Eintrag aus %1 importiert.</numerusform>
            <numerusform>%n Einträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Export Search Results</source>
        <translation>Suchergebnisse exportieren</translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation>Bibliothek exportieren</translation>
    </message>
    <message>
        <source>Exporting the search results…</source>
        <translation>Suchergebnisse werden exportiert …</translation>
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation>Bibliothek wird exportiert …</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>Bibliothek nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
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
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>Bibliothek nicht verfügbar</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>Das Profil konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Backend not configured</source>
        <translation>Backend nicht konfiguriert</translation>
    </message>
    <message>
        <source>Sign-in, plans and sync are unavailable; the local library works offline.</source>
        <translation>Anmelden, Tarife und Synchronisierung sind nicht verfügbar; die lokale Bibliothek funktioniert offline.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Connected to the local stack (%1) — test data, no real accounts or payments</source>
        <translation>Mit dem lokalen Stack verbunden (%1) – Testdaten, keine echten Konten oder Zahlungen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>No account to sync: connect one first.</source>
        <translation>Kein Konto zum Synchronisieren: Verbinden Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>Konfigurationsdatei erneut lesen</translation>
    </message>
    <message>
        <source>The configuration file %1 has a mistake on line %2, so StreamVibe works offline: %3. Correct the file, then choose Retry.</source>
        <translation>Die Konfigurationsdatei %1 enthält in Zeile %2 einen Fehler, daher arbeitet StreamVibe offline: %3. Korrigieren Sie die Datei und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The configuration could not be loaded, so StreamVibe works offline: %1. Correct the file, then choose Retry.</source>
        <translation>Die Konfiguration konnte nicht geladen werden, daher arbeitet StreamVibe offline: %1. Korrigieren Sie die Datei und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Open the profile's library again</source>
        <translation>Die Bibliothek des Profils erneut öffnen</translation>
    </message>
    <message>
        <source>Your profile folder %1 is read-only: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Make the folder writable, then choose Retry.</source>
        <translation>Ihr Profilordner %1 ist schreibgeschützt: StreamVibe kann Ihre Bibliothek anzeigen und durchsuchen, aber nichts speichern, daher werden Synchronisierungen, Importe und Bearbeitungen abgelehnt. Machen Sie den Ordner beschreibbar und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The disk of your profile folder %1 is full: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Free some space, then choose Retry.</source>
        <translation>Der Datenträger Ihres Profilordners %1 ist voll: StreamVibe kann Ihre Bibliothek anzeigen und durchsuchen, aber nichts speichern, daher werden Synchronisierungen, Importe und Bearbeitungen abgelehnt. Geben Sie Speicherplatz frei und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Your profile folder cannot be used: %1. Connect the drive it is on, or make the folder (or choose another one with --profile), then start StreamVibe again.</source>
        <translation>Ihr Profilordner kann nicht verwendet werden: %1. Schließen Sie das Laufwerk an, auf dem er liegt, oder legen Sie den Ordner an (oder wählen Sie mit --profile einen anderen) und starten Sie StreamVibe dann erneut.</translation>
    </message>
    <message>
        <source>Your profile folder %1 cannot be found or read: %2. Connect the drive it is on (or make the folder readable), then choose Retry.</source>
        <translation>Ihr Profilordner %1 kann nicht gefunden oder gelesen werden: %2. Schließen Sie das Laufwerk an, auf dem er liegt (oder machen Sie den Ordner lesbar), und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation>Jetzt versuchen, die Server zu erreichen</translation>
    </message>
    <message>
        <source>The local stack (%1) cannot be reached, so StreamVibe works offline: your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation>Der lokale Stack (%1) ist nicht erreichbar, daher arbeitet StreamVibe offline: Ihre Bibliothek bleibt durchsuchbar und Synchronisierungen warten. Dieser Hinweis verschwindet von selbst, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>StreamVibe cannot reach its servers or the platforms: you seem to be offline. Your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation>StreamVibe erreicht weder seine Server noch die Plattformen: Sie scheinen offline zu sein. Ihre Bibliothek bleibt durchsuchbar und Synchronisierungen warten. Dieser Hinweis verschwindet von selbst, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Your profile folder %1 no longer lets you in (%2): StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Give yourself access to the folder again, then choose Retry.</source>
        <translation>Ihr Profilordner %1 lässt Sie nicht mehr hinein (%2): StreamVibe kann Ihre Bibliothek anzeigen und durchsuchen, aber nichts speichern, daher werden Synchronisierungen, Importe und Bearbeitungen abgelehnt. Geben Sie sich wieder Zugriff auf den Ordner und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>sv::OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>Neue Aufrufe</translation>
    </message>
    <message>
        <source>Views gained by day</source>
        <translation>Neue Aufrufe pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <translation>
            <numerusform>%1 neuer Aufruf</numerusform>
            <numerusform>%1 neue Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Größte Zuwächse</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Click an item to see it on the Content page</source>
        <translation>Klicken Sie auf ein Element, um es auf der Seite „Inhalte“ zu sehen</translation>
    </message>
    <message>
        <source>Average views by publishing day</source>
        <translation>Durchschnittliche Aufrufe nach Veröffentlichungstag</translation>
    </message>
    <message>
        <source>Average views by publishing hour (UTC)</source>
        <translation>Durchschnittliche Aufrufe nach Veröffentlichungsstunde (UTC)</translation>
    </message>
    <message>
        <source>%1 average views</source>
        <translation>%1 Aufrufe im Durchschnitt</translation>
    </message>
    <message>
        <source>Followers by day</source>
        <translation>Follower pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1 follower(s)</source>
        <translation>
            <numerusform>%1 Follower</numerusform>
            <numerusform>%1 Follower</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (UTC)</source>
        <translation>Beste Veröffentlichungstage und -stunden (UTC)</translation>
    </message>
    <message>
        <source>Follower trend</source>
        <translation>Follower-Entwicklung</translation>
    </message>
    <message>
        <source>Your overview fills as you sync</source>
        <translation>Ihre Übersicht füllt sich mit jeder Synchronisierung</translation>
    </message>
    <message>
        <source>Connect your YouTube, Instagram and TikTok accounts and sync them: each sync records your items' views, likes and comments and your followers, and this page shows how they grow.</source>
        <translation>Verbinden Sie Ihre Konten bei YouTube, Instagram und TikTok und synchronisieren Sie sie: Jede Synchronisierung zeichnet die Aufrufe, Likes und Kommentare Ihrer Elemente und Ihre Follower auf, und diese Seite zeigt, wie sie wachsen.</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Konten verbinden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Show all platforms</source>
        <translation>Alle Plattformen zeigen</translation>
    </message>
    <message>
        <source>The overview could not be read</source>
        <translation>Die Übersicht konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>views gained from %1 to %2 by %n item(s)</source>
        <translation>
            <numerusform>neue Aufrufe vom %1 bis %2 durch %n Element</numerusform>
            <numerusform>neue Aufrufe vom %1 bis %2 durch %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>No views gained recorded in this period. Each sync records your items' views: sync to fill this.</source>
        <translation>In diesem Zeitraum wurden keine neuen Aufrufe aufgezeichnet. Jede Synchronisierung zeichnet die Aufrufe Ihrer Elemente auf: Synchronisieren Sie, um dies zu füllen.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>No item gained views in this period. The items that gain the most appear here after the syncs that record them.</source>
        <translation>Kein Element hat in diesem Zeitraum Aufrufe gewonnen. Die Elemente mit den größten Zuwächsen erscheinen hier nach den Synchronisierungen, die sie aufzeichnen.</translation>
    </message>
    <message>
        <source>%1:00–%1:59 UTC</source>
        <translation>%1:00–%1:59 Uhr UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No follower counts recorded yet. Each sync records the follower count of the connected accounts that give one.</source>
        <translation>Noch keine Followerzahlen aufgezeichnet. Jede Synchronisierung zeichnet die Followerzahl der verbundenen Konten auf, die eine angeben.</translation>
    </message>
    <message>
        <source>Instagram gives views only through its insights, and none were recorded in this period: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram liefert Aufrufe nur über seine Statistiken (Insights), und in diesem Zeitraum wurden keine erfasst: Jede Synchronisierung liest die einiger Medien, zuerst die noch nie gelesenen, wenn das Konto beim Verbinden Insights erlaubt hat.</translation>
    </message>
    <message>
        <source>Best posting times compare the items whose views are known, and no Instagram item's are yet: Instagram gives views only through its insights, which each sync reads for some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Die besten Veröffentlichungszeiten vergleichen die Elemente, deren Aufrufe bekannt sind, und von keinem Instagram-Element sind sie es bisher: Instagram liefert Aufrufe nur über seine Statistiken (Insights), die jede Synchronisierung für einige Medien liest, zuerst für die noch nie gelesenen, wenn das Konto beim Verbinden Insights erlaubt hat.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The items published in the period, by the day and hour they were published: the average views each gained in the period. An item whose views are not known (Instagram's, until a sync reads their insights) is not counted, and a time with none is shown as “—”.</source>
        <translation>Die im Zeitraum veröffentlichten Elemente, nach Tag und Stunde ihrer Veröffentlichung: die durchschnittlichen Aufrufe, die jedes im Zeitraum gewonnen hat. Ein Element, dessen Aufrufe nicht bekannt sind (bei Instagram, bis eine Synchronisierung seine Insights liest), wird nicht gezählt, und eine Zeit ohne solche Elemente wird als „—“ angezeigt.</translation>
    </message>
    <message>
        <source>Nothing was published then in this period.</source>
        <translation>In diesem Zeitraum wurde zu dieser Zeit nichts veröffentlicht.</translation>
    </message>
    <message numerus="yes">
        <source>The views of the %n item(s) published then are not known (Instagram's: until a sync reads their insights).</source>
        <translation>
            <numerusform>Die Aufrufe des %n zu dieser Zeit veröffentlichten Elements sind nicht bekannt (bei Instagram: bis eine Synchronisierung seine Insights liest).</numerusform>
            <numerusform>Die Aufrufe der %n zu dieser Zeit veröffentlichten Elemente sind nicht bekannt (bei Instagram: bis eine Synchronisierung ihre Insights liest).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). A longer period has more.</source>
        <translation>In diesem Zeitraum wurden zu wenige Elemente mit bekannten Aufrufen veröffentlicht, um Veröffentlichungszeiten zu vergleichen (%1 von mindestens %2). Ein längerer Zeitraum enthält mehr.</translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). Sync your accounts: the views of the items you publish are compared here.</source>
        <translation>In diesem Zeitraum wurden zu wenige Elemente mit bekannten Aufrufen veröffentlicht, um Veröffentlichungszeiten zu vergleichen (%1 von mindestens %2). Synchronisiere deine Konten: Die Aufrufe der Elemente, die du veröffentlichst, werden hier verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Den letzten %n Tag zeigen</numerusform>
            <numerusform>Die letzten %n Tage zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the items by the views they gained that day.</source>
        <translation>Klicken, um die Elemente nach den an diesem Tag neu gewonnenen Aufrufen aufzulisten.</translation>
    </message>
    <message>
        <source>Click to list the items published then in this period.</source>
        <translation>Klicken, um die in diesem Zeitraum zu dieser Zeit veröffentlichten Elemente aufzulisten.</translation>
    </message>
    <message>
        <source>Click to list this account's items.</source>
        <translation>Klicken, um die Elemente dieses Kontos aufzulisten.</translation>
    </message>
    <message>
        <source>Not final</source>
        <translation>Nicht endgültig</translation>
    </message>
    <message>
        <source>YouTube Analytics has reported views up to %1: it reports each day one to three days later, so the views of the days after it are not final.</source>
        <translation>YouTube Analytics hat Aufrufe bis %1 gemeldet: Es meldet jeden Tag ein bis drei Tage später, daher sind die Aufrufe der Tage danach nicht endgültig.</translation>
    </message>
</context>
<context>
    <name>sv::PlanCard</name>
    <message>
        <source>Current plan</source>
        <translation>Aktueller Tarif</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 / year</source>
        <translation>%1 / Jahr</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>%1 API units per month</source>
        <translation>%1 API-Einheiten pro Monat</translation>
    </message>
    <message>
        <source>No overage billing</source>
        <translation>Keine Abrechnung von Mehrverbrauch</translation>
    </message>
    <message>
        <source>Overage: %1 per %2 extra units</source>
        <translation>Mehrverbrauch: %1 pro %2 zusätzliche Einheiten</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Ihr Tarif</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Switch to this plan by cancelling your subscription under Manage billing.</source>
        <translation>Wechseln Sie zu diesem Tarif, indem Sie Ihr Abonnement unter „Abrechnung verwalten“ kündigen.</translation>
    </message>
</context>
<context>
    <name>sv::PlansView</name>
    <message>
        <source>Plans and billing</source>
        <translation>Tarife und Abrechnung</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Waiting for the payment in your browser… If the browser did not open, copy this link into it:</source>
        <translation>Warten auf die Zahlung im Browser … Falls sich der Browser nicht geöffnet hat, kopieren Sie diesen Link hinein:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation>Abrechnung verwalten …</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Waiting for the payment in your browser… If it did not open, copy this link into it:</source>
        <translation>Warten auf die Zahlung im Browser … Falls er sich nicht geöffnet hat, kopieren Sie diesen Link hinein:</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this link into your browser to pay:</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie diesen Link in Ihren Browser, um zu bezahlen:</translation>
    </message>
    <message>
        <source>The invoices could not be loaded: %1</source>
        <translation>Die Rechnungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Invoices are not available offline: they are always fetched from Stripe and never stored on this computer.</source>
        <translation>Rechnungen sind offline nicht verfügbar: Sie werden immer von Stripe abgerufen und nie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Uneinbringlich</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Die Rechnung im Browser öffnen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Prices and your plan are shown as last received.</source>
        <translation>Preise und Ihr Tarif werden so angezeigt, wie sie zuletzt empfangen wurden.</translation>
    </message>
    <message>
        <source>Offline: buying or changing a plan and managing billing need a connection.</source>
        <translation>Offline: Zum Kaufen oder Wechseln eines Tarifs und zum Verwalten der Abrechnung ist eine Verbindung nötig.</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>Die Tarife konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>A checkout is in progress.</source>
        <translation>Ein Bezahlvorgang läuft bereits.</translation>
    </message>
    <message>
        <source>Payment confirmed: you are now on the %1 plan (%2 API units per month).</source>
        <translation>Zahlung bestätigt: Sie haben jetzt den Tarif %1 (%2 API-Einheiten pro Monat).</translation>
    </message>
    <message>
        <source>The billing portal could not be opened: %1</source>
        <translation>Das Abrechnungsportal konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Sign in to see plans and billing. Compare plans, upgrade and download your invoices here.</source>
        <translation>Melden Sie sich an, um Tarife und Abrechnung zu sehen. Hier vergleichen Sie Tarife, führen ein Upgrade durch und laden Ihre Rechnungen herunter.</translation>
    </message>
    <message>
        <source>Your %1 plan ends on %2 and will not renew.</source>
        <translation>Ihr Tarif %1 endet am %2 und wird nicht verlängert.</translation>
    </message>
    <message>
        <source>A plan's units are the new items you can sync each month: 1,000 units bring 1,000 new videos, posts or clips into your library. Keeping the items you have up to date is free.</source>
        <translation>Die Einheiten eines Tarifs sind die neuen Einträge, die Sie pro Monat synchronisieren können: 1.000 Einheiten bringen 1.000 neue Videos, Beiträge oder Clips in Ihre Bibliothek. Ihre vorhandenen Einträge aktuell zu halten ist kostenlos.</translation>
    </message>
</context>
<context>
    <name>sv::PlatformCard</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>%1-Verbindung</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, use &lt;a href="%1"&gt;this link&lt;/a&gt;.</source>
        <translation>Melden Sie sich im Browser an. Falls er sich nicht geöffnet hat, verwenden Sie &lt;a href="%1"&gt;diesen Link&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Neu verbinden erforderlich</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisieren…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Connect your %1 account to search its content offline.</source>
        <translation>Verbinden Sie Ihr %1-Konto, um seine Inhalte offline zu durchsuchen.</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Nicht länger auf die Anmeldung warten</translation>
    </message>
    <message>
        <source>Stop the sync after the page being fetched</source>
        <translation>Die Synchronisierung nach der gerade abgerufenen Seite beenden</translation>
    </message>
</context>
<context>
    <name>sv::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Menus and dialogs use the new language now; every page does once StreamVibe restarts.</source>
        <translation>Menüs und Dialoge verwenden die neue Sprache ab sofort, alle Seiten nach einem Neustart von StreamVibe.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Restart StreamVibe</source>
        <translation>StreamVibe neu starten</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Profilordner:</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Profilordner</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Den Profilordner öffnen</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Cache-Ordner:</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <source>Open F&amp;older</source>
        <translation>Ord&amp;ner öffnen</translation>
    </message>
    <message>
        <source>Open the cache folder</source>
        <translation>Den Cache-Ordner öffnen</translation>
    </message>
    <message>
        <source>Thumbnail cache &amp;size:</source>
        <translation>&amp;Größe des Vorschaubild-Caches:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Thumbnail cache size in megabytes</source>
        <translation>Größe des Vorschaubild-Caches in Megabyte</translation>
    </message>
    <message>
        <source>Pictures beyond this size are removed, the least recently shown first.</source>
        <translation>Bilder über diese Größe hinaus werden entfernt, die am längsten nicht gezeigten zuerst.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Thumbnail cache in use</source>
        <translation>Belegter Vorschaubild-Cache</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the thumbnail cache</source>
        <translation>Den Vorschaubild-Cache leeren</translation>
    </message>
    <message>
        <source>No pictures are downloaded while no StreamVibe service is configured.</source>
        <translation>Solange kein StreamVibe-Dienst eingerichtet ist, werden keine Bilder heruntergeladen.</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Die Einstellungen schließen</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>sv::SignInView</name>
    <message>
        <source>Sign in to StreamVibe</source>
        <translation>Bei StreamVibe anmelden</translation>
    </message>
    <message>
        <source>Your account holds your plan and usage. Your content library stays on this computer and works without signing in.</source>
        <translation>Ihr Konto enthält Ihren Tarif und Ihre Nutzung. Die Bibliothek Ihrer Inhalte bleibt auf diesem Computer und funktioniert ohne Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this link into a browser on this computer to sign in:</source>
        <translation>Ihr Browser konnte nicht geöffnet werden. Kopieren Sie diesen Link in einen Browser auf diesem Computer, um sich anzumelden:</translation>
    </message>
    <message>
        <source>or with your e-mail address</source>
        <translation>oder mit Ihrer E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Continue without signing in</source>
        <translation>Ohne Anmeldung fortfahren</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser …</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The link was copied. Paste it into your browser's address bar.</source>
        <translation>Der Link wurde kopiert. Fügen Sie ihn in die Adressleiste Ihres Browsers ein.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If it did not open, copy this link into a browser on this computer:</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab. Falls er sich nicht geöffnet hat, kopieren Sie diesen Link in einen Browser auf diesem Computer:</translation>
    </message>
    <message>
        <source>Your account was created. Open the link in the confirmation e-mail sent to %1, then sign in.</source>
        <translation>Ihr Konto wurde erstellt. Öffnen Sie den Link in der Bestätigungs-E-Mail an %1 und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Sends an e-mail with a link to choose a new password to the address entered</source>
        <translation>Sendet eine E-Mail mit einem Link zum Festlegen eines neuen Passworts an die eingegebene Adresse</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>Signs in with your %1 account in your web browser</source>
        <translation>Meldet Sie mit Ihrem %1-Konto in Ihrem Webbrowser an</translation>
    </message>
    <message>
        <source>Enter your e-mail address, then choose “Forgot password?” again.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein und wählen Sie dann erneut „Passwort vergessen?“.</translation>
    </message>
    <message>
        <source>If an account uses %1, an e-mail with a link to choose a new password is on its way. Open the link, choose the new password, then sign in here with it.</source>
        <translation>Falls ein Konto %1 verwendet, ist eine E-Mail mit einem Link zum Festlegen eines neuen Passworts unterwegs. Öffnen Sie den Link, legen Sie das neue Passwort fest und melden Sie sich dann hier damit an.</translation>
    </message>
</context>
<context>
    <name>sv::SignedOutActions</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing in is possible once the configuration file is corrected (the banner above says where).</source>
        <translation>Die Anmeldung ist möglich, sobald die Konfigurationsdatei korrigiert ist (das Banner oben sagt, wo).</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>Konfigurationsdatei erneut lesen</translation>
    </message>
    <message>
        <source>No StreamVibe service is configured, so signing in is not possible; your library works offline. To sign in, name the service in the [backend] section of %1, then choose Retry.</source>
        <translation>Es ist kein StreamVibe-Dienst konfiguriert, daher ist keine Anmeldung möglich; Ihre Bibliothek funktioniert offline. Um sich anzumelden, tragen Sie den Dienst im Abschnitt [backend] von %1 ein und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Open the documentation</source>
        <translation>Die Dokumentation öffnen</translation>
    </message>
    <message>
        <source>Signing in needs a profile folder StreamVibe can use (the banner above says what is wrong).</source>
        <translation>Zum Anmelden braucht StreamVibe einen Profilordner, den es verwenden kann (das Banner oben sagt, was nicht stimmt).</translation>
    </message>
    <message>
        <source>StreamVibe cannot reach its servers, so signing in has to wait. Sign in comes back here by itself once they answer.</source>
        <translation>StreamVibe erreicht seine Server nicht, daher muss die Anmeldung warten. „Anmelden“ erscheint hier von selbst wieder, sobald sie antworten.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation>Jetzt versuchen, die Server zu erreichen</translation>
    </message>
</context>
<context>
    <name>sv::SyncSettingsPage</name>
    <message>
        <source>Sync &amp; notifications</source>
        <translation>Synchronisierung &amp; Benachrichtigungen</translation>
    </message>
    <message>
        <source>Background sync</source>
        <translation>Hintergrund-Synchronisierung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Sync schedule</source>
        <translation>Synchronisierungsplan</translation>
    </message>
    <message>
        <source>&amp;Sync my accounts:</source>
        <translation>Konten &amp;synchronisieren:</translation>
    </message>
    <message>
        <source>Only while you are signed in and online; paused on a metered connection.</source>
        <translation>Nur wenn Sie angemeldet und online sind; pausiert bei einer getakteten Verbindung.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>A long sync fi&amp;nished</source>
        <translation>Eine lange Synchronisierung ist &amp;beendet</translation>
    </message>
    <message>
        <source>A sync &amp;failed</source>
        <translation>Eine Synchronisierung ist &amp;fehlgeschlagen</translation>
    </message>
    <message>
        <source>An account needs &amp;reconnecting</source>
        <translation>Ein Konto muss e&amp;rneut verbunden werden</translation>
    </message>
    <message>
        <source>The &amp;quota is at 80 % or used up</source>
        <translation>Das &amp;Kontingent ist zu 80 % oder ganz verbraucht</translation>
    </message>
</context>
<context>
    <name>sv::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Open StreamVibe</source>
        <translation>StreamVibe öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>StreamVibe: %1</source>
        <translation>StreamVibe: %1</translation>
    </message>
    <message>
        <source>Keep syncing in the background?</source>
        <translation>Im Hintergrund weiter synchronisieren?</translation>
    </message>
    <message>
        <source>StreamVibe can keep syncing your accounts from the tray while its window is closed. Keep it running?

You can quit at any time from the tray icon's menu.</source>
        <translation>StreamVibe kann Ihre Konten aus dem Infobereich weiter synchronisieren, während das Fenster geschlossen ist. Weiter ausführen?

Sie können es jederzeit über das Menü des Symbols im Infobereich beenden.</translation>
    </message>
</context>
<context>
    <name>sv::UsageView</name>
    <message>
        <source>Usage and quota</source>
        <translation>Nutzung und Kontingent</translation>
    </message>
    <message>
        <source>Sign in to see your usage and quota. Synced items, API calls and the quota left in this billing period will appear here.</source>
        <translation>Melden Sie sich an, um Ihre Nutzung und Ihr Kontingent zu sehen. Hier erscheinen synchronisierte Einträge, API-Aufrufe und das verbleibende Kontingent dieses Abrechnungszeitraums.</translation>
    </message>
    <message>
        <source>Usage in this billing period</source>
        <translation>Nutzung in diesem Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Tarif wechseln …</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Kontingent:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Verbraucht:</translation>
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
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Current billing period</source>
        <translation>Aktueller Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>API units per day by platform</source>
        <translation>API-Einheiten pro Tag nach Plattform</translation>
    </message>
    <message>
        <source>The usage could not be loaded: %1</source>
        <translation>Die Nutzung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The usage history could not be loaded: %1</source>
        <translation>Der Nutzungsverlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 Einheit</numerusform>
            <numerusform>%1 Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 Einheit (%2 %)</numerusform>
            <numerusform>%1 Einheiten (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
        <source>%1 % of the quota used</source>
        <translation>%1 % des Kontingents verbraucht</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 unit(s)</source>
        <translation>
            <numerusform>%1: %2 Einheit</numerusform>
            <numerusform>%1: %2 Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 unit(s)</source>
        <translation>
            <numerusform>Gesamt: %1 Einheit</numerusform>
            <numerusform>Gesamt: %1 Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the last figures received; they may be out of date.</source>
        <translation>Dies sind die zuletzt empfangenen Zahlen; sie können veraltet sein.</translation>
    </message>
    <message>
        <source>Offline: changing the plan needs a connection to StreamVibe.</source>
        <translation>Offline: Zum Wechseln des Tarifs ist eine Verbindung zu StreamVibe nötig.</translation>
    </message>
    <message numerus="yes">
        <source>You have used your whole quota for this period. Further usage is billed as overage (%1 unit(s) so far).</source>
        <translation>
            <numerusform>Sie haben Ihr gesamtes Kontingent für diesen Zeitraum verbraucht. Weitere Nutzung wird als Mehrverbrauch abgerechnet (bisher %1 Einheit).</numerusform>
            <numerusform>Sie haben Ihr gesamtes Kontingent für diesen Zeitraum verbraucht. Weitere Nutzung wird als Mehrverbrauch abgerechnet (bisher %1 Einheiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>You have used %1 % of your quota for this period.</source>
        <translation>Sie haben %1 % Ihres Kontingents für diesen Zeitraum verbraucht.</translation>
    </message>
    <message>
        <source>One unit is one new item a sync brings into your library: a video, a post or a clip. Syncing the items you already have again (new views, likes, titles) costs nothing.</source>
        <translation>Eine Einheit ist ein neuer Eintrag, den eine Synchronisierung in Ihre Bibliothek bringt: ein Video, ein Beitrag oder ein Clip. Vorhandene Einträge erneut zu synchronisieren (neue Aufrufe, Likes, Titel) kostet nichts.</translation>
    </message>
    <message>
        <source>Units used by day</source>
        <translation>Verbrauchte Einheiten pro Tag</translation>
    </message>
</context>
</TS>