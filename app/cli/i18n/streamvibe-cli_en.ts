<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>AppConfig</name>
    <message>
        <source>this looks like a secret, and secrets never go in this file (every user can read it); remove it: StreamVibe is a public client and keeps its credentials in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid URL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute https:// URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no host name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not carry a user name or password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), use https://: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$STREAMVIBE_CONFIG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file %1 is not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key %2 is outside any group and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key %2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of seconds above 0</source>
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
        <source>Order: relevance (default), newest or views.</source>
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
        <source>unknown order &apos;%1&apos; (use relevance, newest or views)</source>
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
        <source>of about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new item(s), %2 in the library.</source>
        <translation>
            <numerusform>%1: %n new item, %2 in the library.</numerusform>
            <numerusform>%1: %n new items, %2 in the library.</numerusform>
        </translation>
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
<context>
    <name>sv::AccountStore</name>
    <message>
        <source>The library is closing; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::ApiError</name>
    <message>
        <source>You appear to be offline: the server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be verified. Check your network or system date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not allowed: connections must use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::AuthError</name>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No StreamVibe server is configured, so signing in is not possible. StreamVibe works offline with your local library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet. Open the link in the confirmation e-mail, then sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too weak: use at least 6 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in from the browser could not be completed (the code was already used or has expired). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::AuthFlowError</name>
    <message>
        <source>StreamVibe could not open a local port to receive the sign-in result (%1). Check that nothing blocks connections to 127.0.0.1 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was rejected for your safety. Start the sign-in again from StreamVibe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied in the browser, so StreamVibe was not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response carried no authorization code. Start the sign-in again from StreamVibe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response was malformed and was rejected. Start the sign-in again from StreamVibe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Start it again from StreamVibe when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::CheckoutFlow</name>
    <message>
        <source>Payment confirmed: your plan is now “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout was stopped. If you completed the payment, your new plan will appear shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not confirmed in time. If you completed it, your new plan will appear shortly; otherwise start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkout is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged; you can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::DataFreshness</name>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — as of %1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::LibraryDatabase</name>
    <message>
        <source>The library file is damaged (%1). Restore it from a backup or move it away to start a new library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the library is busy in another StreamVibe window or command. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare a library query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a StreamVibe library (it is not an SQLite database). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the library file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another application, not StreamVibe. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a StreamVibe library. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of StreamVibe (library format %2; this version reads up to %3). Update StreamVibe to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused to enable foreign keys on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); put the profile on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the library to format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite driver gives no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save items %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the account&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import file is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the connected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the account has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the connected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 does not belong to the account being synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the usage to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the usage to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2), so nothing is written to it. Restore it from a backup, or move it away to start a new library (exporting the library first may still save its items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::LibraryFileFormat</name>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (youtube, instagram or tiktok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a platform (use youtube, instagram or tiktok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required and must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (e.g. 2024-03-01T18:30:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is malformed at line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (header), column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record starting on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is not closed (missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a value must be doubled: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted value (quote the whole value and double the quote: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return inside an unquoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must contain a JSON array of items ([{...}, ...]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is empty: it needs a header row (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV header names the column &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV header has no &quot;%1&quot; column (required: platform, account, external_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 values but the header has %2 columns (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::LibraryService</name>
    <message>
        <source>The library is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was closed before the operation could run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::LoopbackListener</name>
    <message>
        <source>the listener was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives the result of signing in to StreamVibe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large to be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was not sent to the address StreamVibe opened for signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::Platform</name>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::PlatformError</name>
    <message>
        <source>Sign in to StreamVibe to connect %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took too long to answer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the saved sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 has expired or was revoked. Reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily %1 API quota is used up. Try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not process the request (HTTP %2). Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not process the request. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to your %1 account was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreamVibe is not set up to connect %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 is limiting requests. Try again in %n second.</numerusform>
            <numerusform>%1 is limiting requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::PortalFlow</name>
    <message>
        <source>Back from billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::Profile</name>
    <message>
        <source>Cannot create the profile directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the profile directory %1 private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [profile] location: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$USER is used, but the user name is unknown ($USER and $LOGNAME are empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable $%1 (only $HOME, $USER and a leading ~ are expanded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a $ that starts no variable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path (or start with ~/): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists but cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s identity file %1 is damaged. Remove it to give the profile a new identity; you will then have to sign in and connect your accounts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or create the profile&apos;s identity file %1 (%2). StreamVibe needs it to keep this profile&apos;s keychain entries apart from other profiles&apos;: make the folder %3 writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::SecretError</name>
    <message>
        <source>No keyring service is available, so StreamVibe cannot store or read your sign-in securely. Install and start a Secret Service provider (for example GNOME Keyring or KeePassXC) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (e.g. in Passwords and Keys) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keyring was denied. Allow StreamVibe to use the keyring and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keyring. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not answer in time. If it is asking for a password, unlock it and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::SecretStore</name>
    <message numerus="yes">
        <source>no answer within %n ms</source>
        <translation>
            <numerusform>no answer within %n ms</numerusform>
            <numerusform>no answer within %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::SessionManager</name>
    <message>
        <source>Your session has ended (it was signed out on the server or from another device). Sign in again; your local library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out from another StreamVibe window or the command line. Sign in again; your local library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be read. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::SyncJob</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage of this sync could not be reported yet (%1); it is kept and reported with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already being synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sign-in of this account is missing from the keychain: reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to StreamVibe to sync: your usage is counted against your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your quota could not be checked (%1); the sync continues and the usage is reported later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics of recent items could not be refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer; retrying in %n second.</numerusform>
            <numerusform>%1 did not answer; retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 could not be reached; retrying in %n second.</numerusform>
            <numerusform>%1 could not be reached; retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 is limiting requests; retrying in %n second.</numerusform>
            <numerusform>%1 is limiting requests; retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error (HTTP %2); retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 answered with an error (HTTP %2); retrying in %n second.</numerusform>
            <numerusform>%1 answered with an error (HTTP %2); retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 answered with an error; retrying in %n second.</numerusform>
            <numerusform>%1 answered with an error; retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent an answer StreamVibe cannot read; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 sent an answer StreamVibe cannot read; retrying in %n second.</numerusform>
            <numerusform>%1 sent an answer StreamVibe cannot read; retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Retrying in %n second.</numerusform>
            <numerusform>%1 Retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 sync was stopped after %n minute(s), its time limit. The items synced so far are kept.</source>
        <translation>
            <numerusform>The %1 sync was stopped after %n minute, its time limit. The items synced so far are kept.</numerusform>
            <numerusform>The %1 sync was stopped after %n minutes, its time limit. The items synced so far are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s); the sync stopped. The items synced so far are kept.</source>
        <translation>
            <numerusform>%1 did not answer within %n second; the sync stopped. The items synced so far are kept.</numerusform>
            <numerusform>%1 did not answer within %n seconds; the sync stopped. The items synced so far are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncManager</name>
    <message>
        <source>%1 is already being connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sign-in could not be stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sign-in could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not revoke StreamVibe&apos;s access (%2). The sign-in was removed from this computer; you can also remove the access in your %1 account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sign-in could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sync failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sync finished: %n new item(s).</source>
        <translation>
            <numerusform>%1 sync finished: %n new item.</numerusform>
            <numerusform>%1 sync finished: %n new items.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs to be reconnected before it can be synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::UsageReporter</name>
    <message>
        <source>Your %1 plan&apos;s quota of %2 items is used up (%3 used). The sync continues; items beyond the quota are billed as overage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::YouTubeConnector</name>
    <message>
        <source>This Google account has no YouTube channel. Create one, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
