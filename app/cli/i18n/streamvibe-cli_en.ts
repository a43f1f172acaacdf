<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountNames</name>
    <message>
        <source>no account &apos;%1&apos; in the library (&quot;accounts&quot; lists them; give its id, handle or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names several accounts: %2; give its id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnect needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the connected platform accounts and their sync state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the connected accounts of the profile: platform, account, status, the items in the library and the last sync. Reads the library only (no network, no sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is connected. Run “%1 connect PLATFORM” to connect one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: run “%2 connect %3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>Inspect or empty the cache of backend answers (plans, profile, usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cache counters and what the profile&apos;s cache holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every cached backend answer from the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache clear [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every cached backend answer stored in the profile&apos;s library and prints how many were removed. The content library itself is not touched; the next online start fetches fresh answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache stats [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the hits and misses of the memory and SQLite cache layers (zero in a new process), and the entries stored in the profile&apos;s library: how many, how many expired (served only when the backend is unreachable) and their size in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache %1 takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot clear the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached answer(s).</source>
        <translation>
            <numerusform>Removed %n cached answer.</numerusform>
            <numerusform>Removed %n cached answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in the library: %1 entries, %2 expired, %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutCommand</name>
    <message>
        <source>Buy or change the plan with Stripe Checkout in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkout [options] PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Stripe Checkout for PLAN in your browser ($BROWSER, else the desktop&apos;s handler) and prints the link. When the payment is done the browser returns to StreamVibe and the new plan is printed; if it does not return, the subscription is checked every few seconds for up to two minutes. Cancelling on the checkout page leaves your plan unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to buy: basic or premium (see &apos;plans&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay yearly instead of monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkout takes one PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 plan cannot be bought; cancel your subscription with the billing portal to return to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the checkout in your browser. If it did not appear, open this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser to pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the payment... (Ctrl+C to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment confirmed. Your plan is now %1 (%2 API units per month).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the profile in DIR (default: $STREAMVIBE_PROFILE, else ~/.local/share/StreamVibe/profiles/default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the configuration from FILE only (default: $STREAMVIBE_CONFIG, else the system and user streamvibe.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [ACTION] [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreamVibe from the command line: search and manage your local content library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of a command: help COMMAND [ACTION].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 wrong command line, 2 the command failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 ACTION [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2 ACTION&apos; for the options of an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action before its options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>no StreamVibe server is configured: set [backend] url and anon_key in streamvibe.conf (see “%1 config”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is not initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: run “%1 login”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 login” to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Inspect the application configuration (streamvibe.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the effective configuration and where each value comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config show [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every configuration value and its source. The configuration is read from $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (default /etc/xdg), then $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (default ~/.config), each overriding the previous one key by key; --config FILE or $STREAMVIBE_CONFIG replaces both. Keys no file sets keep their built-in defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config show takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration files, lowest priority first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: not configured (set url in the [backend] group); sign-in, plans and sync are unavailable, the local library works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1 (local sandbox: every endpoint is on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect a YouTube, Instagram or TikTok account (sign-in in the browser).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect [options] PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the platform&apos;s sign-in page in the browser ($BROWSER, else the desktop&apos;s default) and waits for you to allow StreamVibe to read your published content. The link is also printed in case no browser opens. The sign-in is kept in the system keychain, never in a file. Connecting again reconnects the account; another account of the same platform replaces the connected one (its items stay in the library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect needs exactly one PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your browser. If it does not open, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 account “%2” (%3). Run “%4 sync %5” to fetch its items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Disconnect a platform account: revoke access and delete its sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect [options] PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes StreamVibe&apos;s access where the platform supports it (YouTube), deletes the sign-in from the system keychain and forgets the account. Its items stay in the library unless --remove-items is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the account&apos;s items in the library (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove the account&apos;s items from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect needs exactly one PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-items and --remove-items exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>Removed %n item from the library.</numerusform>
            <numerusform>Removed %n items from the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>Group %1 · kept by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 · score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the clips cross-posted on several platforms as one, or confirm, split or merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups [options] [confirm ITEM | split ITEM | merge ITEM ITEM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the groups of the same clip posted on YouTube, TikTok and Instagram: items with similar titles (case, accents, punctuation, emoji, hashtags and mentions aside), durations at most 1 s apart and published at most 72 hours apart, one per platform. Each group shows its members&apos; figures, their sum (a platform without the figure is left out of it, never counted as 0) and why the items were grouped. &apos;confirm ITEM&apos; keeps the item&apos;s group as it is, &apos;split ITEM&apos; takes the item out of its group, &apos;merge ITEM ITEM&apos; makes one group of the two items&apos; groups: these decisions are kept across syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown groups action &apos;%1&apos; (use confirm, split or merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups merge needs two ITEMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups %1 needs one ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is now on its own; it will not be grouped again unless you merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cross-posted clips found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of cross-posted clips</source>
        <translation>
            <numerusform>%n group of cross-posted clips</numerusform>
            <numerusform>%n groups of cross-posted clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show an item&apos;s views, likes, comments and shares over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history [options] ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the counters recorded for ITEM, one line per day on which they changed. A metric its platform does not give is shown as a dash (null in JSON), never as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history needs one ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded yet: the next sync records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this item yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views from Instagram&apos;s insights since %1; the days before have none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesCommand</name>
    <message>
        <source>List your invoices with links to their PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists your invoices, newest first: date, number, amount, status and the link to the PDF. Invoices are always fetched from Stripe through the backend and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>Imported %n item from %1.</numerusform>
            <numerusform>Imported %n items from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage the local content library of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items from a JSON or CSV file (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole library as JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how many items the library holds, per platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format: json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library import [options] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the items of FILE into the library: new items are added, items already there (same platform, account and external_id) are updated. Nothing is imported if any item is invalid; the error names the item and the field. The format comes from the file name (.json, .csv) unless --format is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON or CSV file to import; - reads standard input (with --format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library export [options] [FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every item of the library as JSON or CSV, in the format library import reads, to FILE or to standard output. The format comes from --format, else from the file name (.json, .csv), else JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write (replaced atomically); standard output if omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library stats [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the number of items per platform, the newest item, the last sync and the size of the library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library import needs the FILE to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library import takes one FILE, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name: use --format json or --format csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library export takes at most one FILE, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library stats takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the library statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in to your StreamVibe account (in the browser, or with e-mail and password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the profile in to StreamVibe. By default the sign-in happens in your browser: the command opens the sign-in page with $BROWSER (or the desktop&apos;s browser) and always prints the link to standard error, so that you can open it yourself, also on another screen of this machine. With --email and --password-stdin the password is read from the first line of standard input (never from the command line). The session is kept in the system keyring only and is shared with the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with this e-mail address (needs --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider of the browser sign-in (default: google).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start a browser: only print the link to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up the browser sign-in after this many seconds (default: 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email needs --password-stdin (a password is never taken from the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider and --no-browser are for the browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started: open the link above yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign out of your StreamVibe account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the profile out: the session is removed from the system keyring, revoked on the server when it can be reached, and the account&apos;s cached data (plan, usage) is removed from the profile. The local content library is kept. Signing out when nobody is signed in does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>List the plans with their prices, quota and overage price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the plans offered (Free, Basic, Premium...) with their monthly and yearly prices in your locale, the API units included per month and the price of extra units. Your current plan is marked with &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in CURRENCY (usd, eur or jpy); default from the locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a currency code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEARLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNITS/MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERAGE/1,000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message numerus="yes">
        <source>%n item(s) match, none after --offset %1.</source>
        <translation>
            <numerusform>%n item matches, none after --offset %1.</numerusform>
            <numerusform>%n items match, none after --offset %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the local library (offline full-text search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search [options] QUERY...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches titles and descriptions in the local library; the last word also matches as a prefix. An empty QUERY (&quot;&quot;) lists everything that passes the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to look for; several words are joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok (repeat or separate with commas for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N items (1-%1, default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N items (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY (&quot;&quot; lists everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1-%2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: relevance (default), newest, views, likes, comments, engagement ((likes + comments + shares) / views) or gained (views gained in --period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of --sort gained, ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items of this account: its platform id, handle or name (as `accounts` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; (use relevance, newest, views, likes, comments, engagement or gained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items posted on more than one platform (the groups of `groups`).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Show views gained, top movers, best posting times and follower trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums up the period from the history the syncs recorded in the local library: views gained, the items that gained most, the average views of an item by the weekday and hour (UTC) it was published, and each account&apos;s follower trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views gained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item gained views in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAINED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:00 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follower counts recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Instagram item(s) without views from insights by the period&apos;s end are not counted.</source>
        <translation>
            <numerusform>%n Instagram item without views from insights by the period&apos;s end is not counted.</numerusform>
            <numerusform>%n Instagram items without views from insights by the period&apos;s end are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (average views gained in the period by the items published in it, by publishing time in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare (%1 of at least %2): choose a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether you are signed in, as whom, and the state of the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether the profile is signed in, the account&apos;s e-mail address, until when the current access token is valid, and whether the system keyring holding the session can be used. An expired access token is renewed when the server can be reached. No token is ever printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server could not be reached to renew the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCliServices</name>
    <message>
        <source>unknown platform &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Fetch new items of the connected accounts into the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync [options] [PLATFORM...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs the connected accounts of the named platforms (all connected accounts when none is named): new items are added, known ones updated, and the statistics of recent items refreshed. Progress is printed to standard error, one line per page. The new items are counted against your plan (beyond the quota they are billed as overage). The exit status is 2 if any sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as a JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account is connected: run “%1 connect PLATFORM” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2, %3 items (%4 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 sync failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 connect %2” to reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; %3 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageCommand</name>
    <message>
        <source>Show the quota and usage of the current billing period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows your plan, the quota, the units used and remaining in this billing period, the reset date, the units over the quota and the estimated overage charge. Offline, the last figures received are shown with a warning giving their age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 unit</numerusform>
            <numerusform>%1 units</numerusform>
        </translation>
    </message>
    <message>
        <source>Used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 unit (%2 %)</numerusform>
            <numerusform>%1 units (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated overage charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (plans unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no overage billing on this plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the quota is used up; further usage is billed as overage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 % of the quota is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
