<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>%1:%2: this line is not a [group] header or a key = value line</source>
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
    <name>sv::ClipGroups</name>
    <message>
        <source>durations %1 s apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar titles (%1 %), %2, published %3 h apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both on the same platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a publishing time is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1 h apart (more than 72 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durations %1 s apart (more than 1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title has nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is used for other clips of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles not similar enough (%1 %, %2 % needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the groups of cross-posted clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the groups of cross-posted clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no %1 item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is in no group: merge it with another item instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group holds at most one item per platform: these have two on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items are already one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles %1 % similar (enough beside a closer match, %2 % alone), %3, published %4 h apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sum of views: no figure on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sum of likes: no figure on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sum of comments: no figure on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sum of shares: no figure on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sum of views covers %1 only: no figure on %2.</source>
        <extracomment>%1: the platforms summed, %2: those without the figure</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sum of likes covers %1 only: no figure on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sum of comments covers %1 only: no figure on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sum of shares covers %1 only: no figure on %2.</source>
        <translation type="unfinished" />
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
        <source>Could not save items %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite driver gives no native handle.</source>
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
    <message>
        <source>The library %1 is open read-only because its folder cannot be written (%2): search and browsing work, nothing can be saved until the folder is writable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is open read-only because the disk is full (%2): search and browsing work, nothing can be saved until space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library can be created in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of StreamVibe and must be upgraded, which needs a writable folder. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be found (%2): search and browsing work, nothing can be saved until the folder is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be opened (%2): search and browsing work, nothing can be saved until its permissions let you in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::LibraryFileFormat</name>
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
        <source>Could not write the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record starting on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
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
    <message numerus="yes">
        <source>A recovery e-mail was sent a moment ago. Check your inbox (and spam folder), or ask again in %n second(s).</source>
        <translation>
            <numerusform>A recovery e-mail was sent a moment ago. Check your inbox (and spam folder), or ask again in %n second.</numerusform>
            <numerusform>A recovery e-mail was sent a moment ago. Check your inbox (and spam folder), or ask again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has sent too many e-mails for now. Try again in an hour.</source>
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
    <message>
        <source>This %1 connection does not include its analytics, so no history was read. Reconnect %1 to include it.</source>
        <translation>This %1 connection does not include its analytics, so no history was read. Reconnect %1 to include it.</translation>
    </message>
    <message>
        <source>%1 did not give the history of some items this time; the next sync reads it.</source>
        <translation>%1 did not give the history of some items this time; the next sync reads it.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not give the history of %n item(s); the next syncs try again after the other items.</source>
        <translation>
            <numerusform>%1 did not give the history of %n item; the next syncs try again after the other items.</numerusform>
            <numerusform>%1 did not give the history of %n items; the next syncs try again after the other items.</numerusform>
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
    <message>
        <source>%1 needs to be reconnected before it can be synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sync finished: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sv::SyncOutcome</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln item(s)</source>
        <translation>
            <numerusform>%1 of about %Ln item</numerusform>
            <numerusform>%1 of about %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>about %Ln minute left</numerusform>
            <numerusform>about %Ln minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>no new items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln new item</numerusform>
            <numerusform>%Ln new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln updated</source>
        <translation>
            <numerusform>%1, %Ln updated</numerusform>
            <numerusform>%1, %Ln updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncScheduler</name>
    <message>
        <source>Background sync is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sync in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync paused: the connection is metered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync due; starting soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync at %1.</source>
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
