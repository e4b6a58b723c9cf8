<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdjustmentReason</name>
    <message>
        <source>Goodwill for a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of a wrong posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign reward not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction for a rule violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (explain in the note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerReason</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mall redemption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your session ended: %1 Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty Console demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Something went wrong on the server. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name of 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be one of operator, support, manager and admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor does not belong to this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is frozen or blacklisted; their points cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has %1 points available; %2 cannot be deducted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be a number from 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor is not valid; start from the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key may be at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot be reversed; post a new adjustment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only posted entries can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment may move at most 1,000,000 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason for the adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is not one of the known reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the adjustment in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may be at most 500 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a whole number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::AdjustPointsDialog</name>
    <message>
        <source>Adjust points: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, ticket number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (+ adds, − deducts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read. Is the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::CacheDatabase</name>
    <message>
        <source>No cache file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is unusable and cannot be moved aside (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was written by a newer version of the console (schema %1; this one knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::LedgerModel</name>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::LocalServerLauncher</name>
    <message>
        <source>Cannot create a folder for the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating %Ln demo members…</source>
        <translation>
            <numerusform>Creating %Ln demo member…</numerusform>
            <numerusform>Creating %Ln demo members…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the demo administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::LoginDialog</name>
    <message>
        <source>No keychain answered (%1): the session is kept in memory only and you will sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Loyalty Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://loyalty.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the session is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered (%1): if you sign in, the session is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://loyalty.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https for a server on another computer; http is allowed only for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MainWindow</name>
    <message>
        <source>Loyalty Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MemberDetailView</name>
    <message>
        <source>Member no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring in 30 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime earned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see whole phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment waits for a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MemberListModel</name>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MemberRepository</name>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and this member is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MembersPane</name>
    <message>
        <source>Search: phone, last 4 digits, member number or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln members shown, scroll for more</source>
        <translation>
            <numerusform>%Ln member shown, scroll for more</numerusform>
            <numerusform>%Ln members shown, scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::OfflineBanner</name>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, data as of %1. The server cannot be reached: you are looking at the local copy, and changes are disabled until it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the local cache?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and ledgers kept for offline review are deleted from this computer. Nothing changes on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://loyalty.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
