<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Unknown language “%1”; available: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe: search your YouTube, Instagram and TikTok content offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt; instead of the default one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) instead of the system language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links passed by the desktop (ignored).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the system and user files (also $STREAMVIBE_CONFIG).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::AboutDialog</name>
    <message>
        <source>About StreamVibe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search your YouTube, Instagram and TikTok content offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe's licence and the licences of the libraries it uses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe uses these libraries under their own licences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copyright %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::AccountButton</name>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 (offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to see your plan and usage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::BillingPage</name>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::ConnectionsView</name>
    <message>
        <source>Connect your platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to connect YouTube, Instagram and TikTok. Your connected accounts, their sync status and the last sync time will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch new items of every connected account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connected account to sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect “%1”? StreamVibe's access is revoked where %2 supports it and the sign-in is deleted from the keychain. Keep the account's items in your library?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 account “%2” connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the library.</source>
        <translation>
            <numerusform>%n item removed from the library.</numerusform>
            <numerusform>%n items removed from the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::ContentDetailsPane</name>
    <message>
        <source>Select an item to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open on platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item has no web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(likes + comments + shares) / views; shares where the platform gives them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 likes + %2 comments + %3 shares) / %4 views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No views yet: the rate needs at least one view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No history recorded yet: each sync records the item's counters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the other posts of this clip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-posted clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why these posts are one clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm this group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep these posts together as one clip, whatever later syncs find.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split from group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split this item from its group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This post is another clip: never group it automatically again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge with another item</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Choose a post on another platform, published within %n day(s), that is the same clip.</source>
        <translation>
            <numerusform>Choose a post on another platform, published within %n day, that is the same clip.</numerusform>
            <numerusform>Choose a post on another platform, published within %n days, that is the same clip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to merge with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not grouped with posts on other platforms.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Posted on %n platform(s)</source>
        <translation>
            <numerusform>Posted on %n platform</numerusform>
            <numerusform>Posted on %n platforms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A member of a cross-posted clip: %1 platform, %2 title</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this post in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 (this item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed by you: kept as one clip across syncs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grouped automatically (score %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <extracomment>Why two posts are one clip: %1 and %2 are platforms, %3 the rule's reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A merge candidate: %1 platform, %2 title, %3 publishing date</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No posts on other platforms within %n day(s)</source>
        <translation>
            <numerusform>No posts on other platforms within %n day</numerusform>
            <numerusform>No posts on other platforms within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum of views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sum of likes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sum of comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 likes + %2 comments) / %3 views; shares unavailable: %4</source>
        <extracomment>%4 is why the platform gives no share count</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram gives no duration for its media.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform gave no duration for this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sum of shares</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::ContentListModel</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>Screen-reader text of one result: title, platform, date, views</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also on %1</source>
        <extracomment>A result cross-posted on other platforms; %1 lists them ("TikTok, Instagram")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Screen-reader text of a result whose details are still being read from the library</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 engagement</source>
        <extracomment>The engagement rate of a result sorted by it; %1 is the percentage ("4.2%")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— engagement</source>
        <extracomment>A result sorted by engagement whose rate is not known (no views)</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <extracomment>The views a result gained in the sort's period; %1 is a signed count ("+1,234")</extracomment>
        <translation>
            <numerusform>%1 view gained</numerusform>
            <numerusform>%1 views gained</numerusform>
        </translation>
    </message>
    <message>
        <source>— views gained</source>
        <extracomment>A result sorted by views gained whose views are not known</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One platform's figure in a row standing for a clip's posts on several platforms ("TikTok 6,000")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in all: %2</source>
        <extracomment>A row standing for a clip's posts on several platforms: %1 is their sum ("15,000 views"), %2 each platform's figure ("YouTube 9,000 · TikTok 6,000 · Instagram —")</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::ContentView</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect a platform or import a backup. Everything you have published on YouTube, Instagram and TikTok then becomes searchable here, even offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search titles and descriptions (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most viewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No items match the filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try another platform, kind or date range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No results for “%1”</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the spelling, try fewer words or clear the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the spelling or try fewer words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most liked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most commented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highest engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most views gained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views gained in</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-posted only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the clips you posted on more than one platform (seen as one group).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the library again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the items published then, in UTC as the Overview's best posting times count them. Click to show every publishing time again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posted: %1 (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the posting time filter: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::DesktopIntegration</name>
    <message>
        <source>Syncing %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp; notifications</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::DesktopNotifications</name>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe can no longer read your %1 account. Reconnect it to keep it in sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sync failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sync finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your quota is used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your quota is almost used up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::Format</name>
    <message numerus="yes">
        <source>%1 view(s)</source>
        <translation>
            <numerusform>%1 view</numerusform>
            <numerusform>%1 views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 like(s)</source>
        <translation>
            <numerusform>%1 like</numerusform>
            <numerusform>%1 likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 comment(s)</source>
        <translation>
            <numerusform>%1 comment</numerusform>
            <numerusform>%1 comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 result(s)</source>
        <translation>
            <numerusform>%1 result</numerusform>
            <numerusform>%1 results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 item(s) in the library</source>
        <translation>
            <numerusform>%1 item in the library</numerusform>
            <numerusform>%1 items in the library</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time, e.g. "Tuesday, 3 March 2026 at 14:05"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carousel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YouTube gives no share count for videos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram gives no share count for media in its basic fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded yet: the next sync records it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number ("4.2%", "4,2 %")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— views</source>
        <extracomment>An item whose platform gives no view count (Instagram media)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this one yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::GuidedStart</name>
    <message>
        <source>Welcome to StreamVibe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guided start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect your platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each Connect opens the platform's sign-in page in your browser. Once an account is connected, its first sync starts at once: your videos and posts arrive in the library and stay searchable, even offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip the guided start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect platforms later on the Connections page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish the guided start and show the Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected as %1 — syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::KeyboardShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::LibraryTransfer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another import or export is running.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::MainMenu</name>
    <message>
        <source>The documentation could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the library… %1 written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the items of a JSON or CSV file to the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write every item of the library to a JSON or CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Search &amp;Results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the items the Content page finds now to a JSON or CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Manage Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About StreamVibe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library files (*.json *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Into the Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is neither a JSON nor a CSV file (.json, .csv).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>Imported %n item from %1.</numerusform>
            <numerusform>Imported %n items from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Search Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the search results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::MainWindow</name>
    <message>
        <source>StreamVibe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backend not configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in, plans and sync are unavailable; the local library works offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backend: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to the local stack (%1) — test data, no real accounts or payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account to sync: connect one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration file %1 has a mistake on line %2, so StreamVibe works offline: %3. Correct the file, then choose Retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration could not be loaded, so StreamVibe works offline: %1. Correct the file, then choose Retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the profile's library again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your profile folder %1 is read-only: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Make the folder writable, then choose Retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk of your profile folder %1 is full: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Free some space, then choose Retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your profile folder cannot be used: %1. Connect the drive it is on, or make the folder (or choose another one with --profile), then start StreamVibe again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your profile folder %1 cannot be found or read: %2. Connect the drive it is on (or make the folder readable), then choose Retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local stack (%1) cannot be reached, so StreamVibe works offline: your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe cannot reach its servers or the platforms: you seem to be offline. Your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your profile folder %1 no longer lets you in (%2): StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Give yourself access to the folder again, then choose Retry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::OverviewView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views gained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views gained by day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <translation>
            <numerusform>%1 view gained</numerusform>
            <numerusform>%1 views gained</numerusform>
        </translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click an item to see it on the Content page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average views by publishing day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average views by publishing hour (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 average views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followers by day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 follower(s)</source>
        <translation>
            <numerusform>%1 follower</numerusform>
            <numerusform>%1 followers</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follower trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your overview fills as you sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect your YouTube, Instagram and TikTok accounts and sync them: each sync records your items' views, likes and comments and your followers, and this page shows how they grow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overview could not be read</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>views gained from %1 to %2 by %n item(s)</source>
        <translation>
            <numerusform>views gained from %1 to %2 by %n item</numerusform>
            <numerusform>views gained from %1 to %2 by %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No views gained recorded in this period. Each sync records your items' views: sync to fill this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No item gained views in this period. The items that gain the most appear here after the syncs that record them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:00–%1:59 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follower counts recorded yet. Each sync records the follower count of the connected accounts that give one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram gives views only through its insights, and none were recorded in this period: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best posting times compare the items whose views are known, and no Instagram item's are yet: Instagram gives views only through its insights, which each sync reads for some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The items published in the period, by the day and hour they were published: the average views each gained in the period. An item whose views are not known (Instagram's, until a sync reads their insights) is not counted, and a time with none is shown as “—”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was published then in this period.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The views of the %n item(s) published then are not known (Instagram's: until a sync reads their insights).</source>
        <translation>
            <numerusform>The views of the %n item published then are not known (Instagram's: until a sync reads their insights).</numerusform>
            <numerusform>The views of the %n items published then are not known (Instagram's: until a sync reads their insights).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). A longer period has more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). Sync your accounts: the views of the items you publish are compared here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Show the last %n day</numerusform>
            <numerusform>Show the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the items by the views they gained that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to list the items published then in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to list this account's items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YouTube Analytics has reported views up to %1: it reports each day one to three days later, so the views of the days after it are not final.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::PlanCard</name>
    <message>
        <source>Current plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 API units per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No overage billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overage: %1 per %2 extra units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to this plan by cancelling your subscription under Manage billing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::PlansView</name>
    <message>
        <source>Plans and billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the payment in your browser… If the browser did not open, copy this link into it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage billing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the payment in your browser… If it did not open, copy this link into it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No browser could be opened. Copy this link into your browser to pay:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoices could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices are not available offline: they are always fetched from Stripe and never stored on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncollectible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prices and your plan are shown as last received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: buying or changing a plan and managing billing need a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A checkout is in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment confirmed: you are now on the %1 plan (%2 API units per month).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing portal could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to see plans and billing. Compare plans, upgrade and download your invoices here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your %1 plan ends on %2 and will not renew.</source>
        <translation>Your %1 plan ends on %2 and will not renew.</translation>
    </message>
    <message>
        <source>A plan's units are the new items you can sync each month: 1,000 units bring 1,000 new videos, posts or clips into your library. Keeping the items you have up to date is free.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::PlatformCard</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, use &lt;a href="%1"&gt;this link&lt;/a&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect your %1 account to search its content offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the sync after the page being fetched</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menus and dialogs use the new language now; every page does once StreamVibe restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart StreamVibe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open F&amp;older</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the cache folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thumbnail cache &amp;size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thumbnail cache size in megabytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures beyond this size are removed, the least recently shown first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thumbnail cache in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the thumbnail cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pictures are downloaded while no StreamVibe service is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::SignInView</name>
    <message>
        <source>Sign in to StreamVibe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account holds your plan and usage. Your content library stays on this computer and works without signing in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your browser could not be opened. Copy this link into a browser on this computer to sign in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or with your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue without signing in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link was copied. Paste it into your browser's address bar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish signing in in your browser. If it did not open, copy this link into a browser on this computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account was created. Open the link in the confirmation e-mail sent to %1, then sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forgot password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends an e-mail with a link to choose a new password to the address entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in with your %1 account in your web browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your e-mail address, then choose “Forgot password?” again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If an account uses %1, an e-mail with a link to choose a new password is on its way. Open the link, choose the new password, then sign in here with it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::SignedOutActions</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in is possible once the configuration file is corrected (the banner above says where).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No StreamVibe service is configured, so signing in is not possible; your library works offline. To sign in, name the service in the [backend] section of %1, then choose Retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in needs a profile folder StreamVibe can use (the banner above says what is wrong).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe cannot reach its servers, so signing in has to wait. Sign in comes back here by itself once they answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::SyncSettingsPage</name>
    <message>
        <source>Sync &amp; notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Background sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync my accounts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only while you are signed in and online; paused on a metered connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A long sync fi&amp;nished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sync &amp;failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An account needs &amp;reconnecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The &amp;quota is at 80 % or used up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open StreamVibe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep syncing in the background?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StreamVibe can keep syncing your accounts from the tray while its window is closed. Keep it running?

You can quit at any time from the tray icon's menu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sv::UsageView</name>
    <message>
        <source>Usage and quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to see your usage and quota. Synced items, API calls and the quota left in this billing period will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage in this billing period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quota:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remaining:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resets on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overage units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated overage charge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current billing period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API units per day by platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The usage could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The usage history could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 unit</numerusform>
            <numerusform>%1 units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 unit (%2 %)</numerusform>
            <numerusform>%1 units (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown (plans unavailable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (no overage billing on this plan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of the quota used</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %2 unit(s)</source>
        <translation>
            <numerusform>%1: %2 unit</numerusform>
            <numerusform>%1: %2 units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 unit(s)</source>
        <translation>
            <numerusform>Total: %1 unit</numerusform>
            <numerusform>Total: %1 units</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the last figures received; they may be out of date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: changing the plan needs a connection to StreamVibe.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You have used your whole quota for this period. Further usage is billed as overage (%1 unit(s) so far).</source>
        <translation>
            <numerusform>You have used your whole quota for this period. Further usage is billed as overage (%1 unit so far).</numerusform>
            <numerusform>You have used your whole quota for this period. Further usage is billed as overage (%1 units so far).</numerusform>
        </translation>
    </message>
    <message>
        <source>You have used %1 % of your quota for this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One unit is one new item a sync brings into your library: a video, a post or a clip. Syncing the items you already have again (new views, likes, titles) costs nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units used by day</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>