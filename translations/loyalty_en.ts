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
    <message>
        <source>Forfeited on blacklisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MallText</name>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lottery / blind box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (under %1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid (%1–%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (%1 points or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any shelf status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shelf now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, e.g. &quot;¥12.50&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln per member</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln per %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
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
    <name>Role</name>
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
    <message>
        <source>This user name is already taken; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last enabled administrator. Make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed in another session. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator changed your account. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is frozen: points can neither be earned nor spent until support unfreezes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is blacklisted: their points cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this adjustment; another manager must approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member already has this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is blacklisted; only a manager can lift the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is not blacklisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blacklisted member&apos;s tier cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has no manual tier to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending points may be at most %1, the approval threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These points were already posted or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These points post at their time, not on an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of these points has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job of this kind is already running (job %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such kind of job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job stopped on a database error; what it committed stays, and running it again finishes the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind must be one or more of earn, spend, adjust, expire, refund, reverse, forfeit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blacklist is lifted. Nothing was restored: forfeited points, cancelled pending points and cancelled approvals stay as they are. Post an adjustment if the member should get points back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the manual tier ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be pending, approved, rejected or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved the tier draft after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier draft breaks ladder rules; mend what the violations list names first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the same as the published ladder: there is nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the what-if on this draft and wait for it to finish before publishing: it shows how many members move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the draft&apos;s version (a whole number) you are working from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tiers must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tier must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note can have at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the published ladder. Change it and save it before running a what-if.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a list of 1 to 500 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind must be expire-lots, settle-pending or tier-period-end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry belongs to a redemption; cancel the redemption or refund it through an after-sales case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is frozen and cannot redeem until support unfreezes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is blacklisted and excluded from the mall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit per member is reached: at most %1 of this item per member, and the member has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily limit is reached: at most %1 of this item per member a day (UTC), and the member has %2 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly limit is reached: at most %1 of this item per member a week (Monday to Sunday, UTC), and the member has %2 this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly limit is reached: at most %1 of this item per member a calendar month (UTC), and the member has %2 this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A physical gift is shipped, not fulfilled: ship it with a carrier and a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a placed redemption can be fulfilled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a physical gift is shipped; this item is fulfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a placed redemption can be shipped; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a placed redemption can be cancelled; this one is %1. Open an after-sales case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a fulfilled or shipped redemption can be completed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redemption changed meanwhile; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not on the shelf now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is for tier rank %1 and above; the member&apos;s tier is rank %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough points: the member has %1 and this redemption costs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is fulfilled without a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An after-sales case needs a delivered redemption (fulfilled, shipped or completed); this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This redemption&apos;s points were already refunded by another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this item after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category must be one of coupon, virtualRight, physicalGift, service, lottery, charity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price band must be low, mid or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelf filter must be on, off or onShelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowStock must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for at most 60 characters of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image must be a PNG, JPEG or WebP picture, sent with its own Content-Type (image/png, image/jpeg or image/webp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image may be at most 512 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock cannot go below zero: %1 in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock: %1 left, %2 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id as a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be placed, fulfilled, shipped, completed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be open or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the item&apos;s version (a whole number) you are editing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierMetricText</name>
    <message>
        <source>Cumulative spend (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend this period (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions (comments, likes, shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, e.g. &quot;¥1,200.00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>minutes, e.g. &quot;30 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more score points to reach %1</source>
        <extracomment>a weighted rule&apos;s score still missing, the next tier&apos;s name</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 more to reach %2</source>
        <extracomment>e.g. &quot;再消费 ¥800.00 升至金卡&quot;: money still to spend, the next tier&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more orders to reach %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more interactions to reach %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more tasks to reach %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more minutes in the app to reach %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points to go for %2</source>
        <extracomment>e.g. &quot;还差 800 积分升至金卡&quot;: points still needed, the next tier&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more score points by %1 to keep %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 more by %2 to keep %3</source>
        <extracomment>e.g. &quot;于 2025/6/30 前再消费 ¥300.00 以保级银卡&quot;: money, by (date), this tier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more orders by %1 to keep %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more interactions by %1 to keep %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more tasks by %1 to keep %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more minutes in the app by %1 to keep %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points to go by %2 to keep %3</source>
        <extracomment>e.g. &quot;还差 300 积分于 2025/6/30 前保级银卡&quot;: points still needed, by (date), this tier</extracomment>
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
    <message>
        <source>The password must be at least 10 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be 3 to 32 characters: lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name may be at most 64 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be operator, support, manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: display name, role or enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the member&apos;s status changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason may be at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be frozen or active; blacklisting has its own action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the tier is set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the manual tier ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual tier may last at most two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note may be at most 2,000 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the adjustment is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment may be at most 500 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending points must be from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may be at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source may be at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either the time the points post or the event that posts them, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline must lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline may be at most a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points must post before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the points come from, e.g. task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time the points post or the event that posts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each weight must be a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score threshold must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition&apos;s value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule is anyOf, allOf or weighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition compares with &gt;= or &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition&apos;s value must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ladder has 3 to 5 tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks must run 1, 2, 3… without gaps or repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tier in all three languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member starts in the lowest tier: it has no upgrade conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what it takes to reach this tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a tier cannot ask more than reaching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tier asks less than the tier below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multiplier must be above zero and the discount from 1 to 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event&apos;s id: text of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member&apos;s id (a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type must be order, interaction, task or visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time in ISO 8601 UTC, e.g. 2026-05-01T10:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs its amount in fen: a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit needs its length in minutes: a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event with this id was already applied with other content; give a new event a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item priced this low cannot mix points and cash: make it points only or raise the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points part of the price is above the share of the total that points may pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may be at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may be at most 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points price must be from 1 to 10,000,000 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash price must be from 0 to 1,000,000 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum tier rank must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier price is for rank 2 or above; rank 1 pays the points price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier price is for a tier that cannot redeem this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tier already has a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier price must be above zero and below the points price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher tier cannot pay more than a lower one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit must be from 0 (none) to 9,999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelf end must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low-stock threshold cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit period is day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s status is on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock change is an inbound or a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods coming in must add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a change other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock change may move at most 1,000,000 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stock changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason may be at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock cannot go below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be from 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier may be at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking number is 6 to 40 letters, digits or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of problem cannot happen to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may be at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is notReceived, damaged, lost or wrongItem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an item delivered as a code can be reissued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shipped item can be shipped again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock goes back only with a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost item did not come back: nothing to restock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the claim is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome is refund, reship, reissue or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial stock must be a whole number from 0 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code may be at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the redemption is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::AddNoteDialog</name>
    <message>
        <source>Add note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (seen by every agent who opens this member; it cannot be edited later):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters left</source>
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
    <message>
        <source>Nothing was posted: an adjustment of %1 points needs a manager&apos;s approval, so it now waits in the approval queue as request %2. The balance stays %3 until a manager approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged until a manager approves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
    <name>loyalty::ApprovalExporter</name>
    <message numerus="yes">
        <source>%Ln approvals exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ApprovalModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member&apos;s name and member number, e.g. &quot;张三 (M000123)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
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
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval queue needs a connection to the server; it is not kept for offline review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ApprovalsPane</name>
    <message numerus="yes">
        <source>Exporting approvals… %Ln rows written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which adjustments the queue lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every approval in this list to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent points &amp;history of this member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you approve or reject (required to reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an adjustment in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1 on %2 (request %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision: nothing has been posted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2; the points were posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 on %2; nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on %1 (the member was blacklisted); nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the member&apos;s points history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now: %1; after this adjustment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an adjustment in the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adjustment is no longer pending (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not decide approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this adjustment yourself: another manager has to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be decided now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the adjustment to the member&apos;s points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the adjustment; the comment says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments wait on the server now; press F5 to read the queue again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adjustments in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments shown, scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve adjustment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 points to %2 now? The member&apos;s balance changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1 points were posted to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: nothing was posted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::AuditDiffModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::AuditExporter</name>
    <message numerus="yes">
        <source>%Ln audit rows exported to %1.</source>
        <translation>
            <numerusform>%Ln audit row exported to %1.</numerusform>
            <numerusform>%Ln audit rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::AuditModel</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An audited entity and its id, e.g. &quot;Member 42&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log needs a connection to the server; it is not kept for offline review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member unfrozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual tier ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::AuditPane</name>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows that match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every row that matches the filter to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting the audit log… %Ln rows written</source>
        <translation>
            <numerusform>Exporting the audit log… %Ln row written</numerusform>
            <numerusform>Exporting the audit log… %Ln rows written</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1 on %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action records no before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: there was nothing before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: nothing is left after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields changed (highlighted).</source>
        <translation>
            <numerusform>%Ln field changed (highlighted).</numerusform>
            <numerusform>%Ln fields changed (highlighted).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows shown, scroll for more</source>
        <translation>
            <numerusform>%Ln row shown, scroll for more</numerusform>
            <numerusform>%Ln rows shown, scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::BalanceStrip</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime earned</source>
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
    <name>loyalty::CancelRedemptionDialog</name>
    <message>
        <source>Cancel redemption %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel redemption %1 (%2 × %3) of %4: the %5 points go back to the member and the item goes back into stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is cancelled (the member is told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel redemption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really cancel redemption %1?

%2 points go back to %3 now and the stock is released. A cancelled redemption cannot be placed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the redemption is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::CaseDialog</name>
    <message>
        <source>Open after-sales case: redemption %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 for %3. Say what went wrong as the member told it; the case is resolved afterwards (refund, reship, new code or rejection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the member reported, photos received, ticket number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ConsoleShell</name>
    <message>
        <source>Your session ended: %1 Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::EndManualTierDialog</name>
    <message>
        <source>End manual tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) holds %3, set by hand until %4. End it now: the tier the programme&apos;s rules give applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the manual tier ends early.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ExportLine</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ItemEditor</name>
    <message>
        <source>New mall item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What members see in the mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥</source>
        <extracomment>The currency sign before an amount typed in yuan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash part a member pays on top of the points, in yuan (0: points only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier (and above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower points price for members of a tier and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tier price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members below this tier cannot redeem the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many a member may redeem in all (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched &amp;on (members see it inside the schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item shows as low on stock at this many or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as an inbound movement &quot;initial stock&quot;; later changes go through Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cas&amp;h price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf and stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shelf &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock &amp;alert at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (change it with Adjust stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the item&apos;s image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1 KB; the mall takes at most 512 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB) is uploaded when the item is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has an image (%1 KB). Choose another to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is removed when the item is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPEG or WebP, at most 512 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item while you edited it; nothing was saved. Close the editor and open the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was saved, but its image is still there. Press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was saved, but not its image. Choose another image or press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::JobFollower</name>
    <message>
        <source>The job failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::JobProgressDialog</name>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Still trying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing had expired: no points were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expired %1 points from %Ln lots.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: the job keeps running on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Showing the run already in progress (job %2, started by %3 at %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending points: %1 posted, %2 cancelled at their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::LedgerFilterBar</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter and show the whole ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
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
    <message>
        <source>Offline, the ledger can be shown only unfiltered: clear the filter to see the copy kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ListExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The export stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
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
    <name>loyalty::LotModel</name>
    <message>
        <source>Used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry lots are shown only while the server can be reached.</source>
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
        <source>%1 (%2)</source>
        <extracomment>A navigation entry with how many items wait in it, e.g. &quot;Approvals (3)&quot;</extracomment>
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
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run e&amp;xpiry now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire every points lot whose time has come, for all members, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run expiry now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every points lot whose expiry date has passed is posted as expired now, for all members. The points are gone from their balances; this cannot be undone. Run the expiry now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved tier edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier ladder has edits that are not saved. Quit and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemExporter</name>
    <message numerus="yes">
        <source>%Ln items exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemModel</name>
    <message>
        <source>Sold out: restock it or take it off the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Low stock: %Ln left (the alert is at %1 or fewer).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every member pays %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points; tier prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low-stock alert is at %1 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and the catalogue is not kept on this computer: it shows again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemView</name>
    <message>
        <source>Stock &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its prices, stock and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 band · item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 points + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 and above: %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock: sold out (the alert is at %1 or fewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock: %1, low (the alert is at %2 or fewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock: %1 (the alert is at %2 or fewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock movements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln movements shown, scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movements</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MallPane</name>
    <message numerus="yes">
        <source>Exporting the catalogue… %Ln rows written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All price bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the mall&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every item the filters show to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items in this points price band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items in this shelf status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items at or below their low-stock alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the catalogue cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected item (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record goods coming in or correct the count, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty: add the first item with New item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items shown, scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was added to the catalogue (item %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock of “%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MemberAuditModel</name>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One changed field in an audit summary: field, value before, value after</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the changed fields of an audit summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Registered:</source>
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
        <source>reverse ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ledger entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot be reversed; post a new adjustment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points &amp;ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries of this &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is frozen: points can be neither earned nor spent. Unfreeze them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is blacklisted: no points can be posted to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfree&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the member earn and spend points again (a reason is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blacklisted member cannot be frozen; lift the blacklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the member earning and spending points until unfrozen (a reason is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift &amp;blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the blacklisting; forfeited points are not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist for fraud: forfeits the balance and cancels pending points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blacklisted member&apos;s tier cannot be set; lift the blacklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the member&apos;s tier by hand until a date, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the manual tier now; the programme&apos;s rules decide the tier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a note every agent sees on this member (it cannot be edited later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment of %1 points waits for a manager&apos;s approval (request %2); the balance has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blacklist is lifted. Nothing was restored automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d manual tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blacklisted: %1 points forfeited, %Ln pending entries cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reverse entry…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::MemberExporter</name>
    <message numerus="yes">
        <source>%Ln members exported to %1.</source>
        <translation>
            <numerusform>%Ln member exported to %1.</numerusform>
            <numerusform>%Ln members exported to %1.</numerusform>
        </translation>
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
    <name>loyalty::MemberStatusDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze %1: until someone unfreezes them, they can neither earn nor spend points. Their balance stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze %1: they can earn and spend points again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist %1 for fraud: their balance of %2 points is forfeited, their %3 pending points are cancelled, and they are excluded from tasks and the mall. Lifting the blacklist later restores none of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the blacklisting of %1. Forfeited points and cancelled pending points are not restored automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really blacklist %1 (%2)?

%3 points will be forfeited now and %4 pending points cancelled. This is recorded in the audit log and is not undone by lifting the blacklist.</source>
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
    <message numerus="yes">
        <source>Exporting members… %Ln rows written</source>
        <translation>
            <numerusform>Exporting members… %Ln row written</numerusform>
            <numerusform>Exporting members… %Ln rows written</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every member matching the search to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: exports need the server, which cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::NoteModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are shown only while the server can be reached.</source>
        <translation type="unfinished"></translation>
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
    <name>loyalty::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed out everywhere and signs in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other sessions are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::PendingModel</name>
    <message>
        <source>Posted to the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Pending points: what became of them, and when, e.g. &quot;Member blacklisted (2025-03-01 10:00)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Cancelled pending points and why, e.g. &quot;Cancelled: Member blacklisted&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At / on event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending points are shown only while the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionExporter</name>
    <message numerus="yes">
        <source>%Ln redemptions exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionModel</name>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member&apos;s number and (masked) name, e.g. &quot;8800000001 (张*)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, e.g. &quot;¥12.50&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column: the redemption&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <extracomment>Column: how many units were redeemed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redemption queue needs a connection to the server; it is not kept for offline work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open after-sales cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Column: how many after-sales cases of the redemption are open</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionTimelineModel</name>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An event and the reason given for it, e.g. &quot;Cancelled: the member asked&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Placed: %Ln unit(s) for %1 points and %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed: %Ln unit(s) for %1 points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped by %1, tracking number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled, %1 points refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code was issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped again by %1, tracking number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipped again: %Ln unit(s) taken from stock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points refunded to the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points refunded to the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) put back into stock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Put back into stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionsPane</name>
    <message numerus="yes">
        <source>Exporting redemptions… %Ln rows written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which redemptions the queue lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item, or type its id and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no. or id, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member number or a member id; press Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only redemptions placed between these two days (both included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every redemption this filter lets through to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;plete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no item: choose one from the list or type its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a redemption in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption %1: %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1 points and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (placed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped by %1, tracking number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln after-sales case(s) open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No after-sales cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales &amp;cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last action is being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a redemption in the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may look at redemptions but not handle them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a code to the member (the server makes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the redemption fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the carrier and tracking number of the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has what they redeemed: close the redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: the points go back to the member, the stock is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a problem the member reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund, reship, issue a new code or reject the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this member&apos;s 360 view in the Members pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No redemption matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln redemptions shown, scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln redemptions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption %1 completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption %1 fulfilled with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption %1 fulfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption %1 shipped by %2, tracking number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption %1 cancelled; %2 points went back to the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 resolved: %2 points went back to the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 resolved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ResolveCaseDialog</name>
    <message>
        <source>Resolve case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 on redemption %2 (%3 × %4 for %5): %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods came back: put them back into &amp;stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points go back to the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another %Ln unit(s) leave stock for the member.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The member gets a new code; the old one stops counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing moves; the reason tells the member why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the claim is rejected (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note on the resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::ReverseEntryDialog</name>
    <message>
        <source>Reverse ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 points (%4). The reversal takes back exactly this amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
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
        <source>Reverse entry</source>
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
<context>
    <name>loyalty::ShipDialog</name>
    <message>
        <source>Ship redemption %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 for %3. Enter the carrier and the tracking number printed on the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 顺丰速运</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::StatusBadge</name>
    <message>
        <source>cannot earn or spend points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance forfeited, excluded from tasks and the mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; since %2 — %3</source>
        <extracomment>Status badge: status (bold), since (time), what it means</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>Status badge, second line: the reason given for the status</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::StockDialog</name>
    <message>
        <source>Adjust stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound (goods came in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction (after a count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note, stock count, damage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change (+ adds, − removes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::StockMovementModel</name>
    <message>
        <source>#%1</source>
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
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; stock history is not kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TierBenefitsEditor</name>
    <message>
        <source>Points &amp;multiplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1×, 1.5×, 2×, 3× or any other number above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;ce paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the price members of this tier pay: 95% is 9.5 折, 100% no discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free s&amp;hipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority customer ser&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthda&amp;y month multiplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday &amp;gift points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points e&amp;xpire after (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a multiplier above zero, e.g. 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TierCard</name>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>A progress bar&apos;s text: so far / needed, e.g. &quot;1,200 / 2,000&quot; or &quot;¥1,200.00 / ¥2,000.00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1, period ends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand until %1 by %2: %3</source>
        <extracomment>The tier was set by hand: until (date), by (user): reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the bar for %1: the upgrade follows at the next evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tier: there is no tier above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps %1: the retention bar is met for the period ending %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TierConditionModel</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TierLadderModel</name>
    <message>
        <source>%1×</source>
        <extracomment>a points multiplier, e.g. &quot;1.5×&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% price</source>
        <extracomment>a discount given as the share paid, e.g. &quot;95% price&quot; (9.5 折)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>birthday gift %Ln points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>points expire after %Ln months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator between benefits in one line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TierOverrideDialog</name>
    <message>
        <source>Set tier by hand: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier holds until the day you choose, whatever the programme&apos;s rules say; then the rules apply again. Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, ticket number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tiers could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tier…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TierRuleEditor</name>
    <message>
        <source>Any of these conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions: the rule always holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TierVersionModel</name>
    <message>
        <source>Restored from version %1</source>
        <extracomment>a version that brought back an older one: &quot;Restored from version 1&quot; and the note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TierVersionsView</name>
    <message>
        <source>Ladder of the selected &amp;version (read-only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older vers&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore into draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln published versions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft; publishing it still needs a what-if</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::TiersPane</name>
    <message>
        <source>Remove tier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the draft? Its rules and benefits go with it (until you discard changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The what-if failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer (%1); still trying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the draft, the published ladder and the versions again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the draft as saved on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this ladder (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add t&amp;ier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before publishing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <extracomment>a tier named by rank and name, e.g. &quot;3 金卡&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits to the ladder are not saved. Read the draft again and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tier in the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a problem in the list: where (tier), what</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the server has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft and run a what-if on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed under the ladder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the published ladder: there is nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The what-if is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a what-if on this draft first: it shows what publishing would do to members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your edits as the next draft revision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the draft is as saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The what-if is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft, then evaluate every member against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every member against the draft: who would move up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this draft the ladder members are evaluated against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ladder has at most 5 tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tier above the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ladder has at least 3 tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: version %1 (%2, by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: nothing saved yet (it starts from the published ladder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: revision %1, from version %2, saved %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>the separator between the parts of the status line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No what-if on this draft yet. What-if evaluates every member against the draft and shows who would move up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved the draft in the meantime, so yours was not saved. Reload the draft to see theirs (your edits here will be lost), or copy what you need first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved as revision %1; fix the problems listed before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away your edits and go back to the draft as saved (revision %1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder breaks the rules listed under it: fix them, then run the what-if.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the what-if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft changed on the server; reload it to see its what-if.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another what-if is running on the server; run this one when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The what-if finished, but its result cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the ladder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1. Members are being evaluated against it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft? It replaces the draft, and your unsaved edits are lost. Publishing it still needs a what-if.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft? It replaces the draft (revision %2). Publishing it still needs a what-if.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1&apos;s ladder is in the draft now (revision %2): run a what-if, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the published ladder: edit it first, nobody would move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;aise rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap this tier with the one above it in rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower ra&amp;nk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap this tier with the one below it in rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the published rules, %1 members end up in a higher tier and %2 in a lower one. At their period end under the new rules %3 members move up, %4 down and %5 stay.

Publish version %6 of the ladder now? Members who qualify move up at once; nobody moves down before their period ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::UserDialog</name>
    <message>
        <source>New console user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::UserListModel</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console users can only be managed while the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::UsersPane</name>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. A new role applies when %1 signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty::WhatIfView</name>
    <message>
        <source>Members by tier &amp;now (rows) and after (columns):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if queued on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating every member against the draft… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if of draft revision %1, %2 members evaluated in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft changed since this what-if (revision %1): run it again before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members per tier: now and after publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>a matrix cell&apos;s tooltip: how many members go from one tier to another</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of this draft, %1 members end up in a higher tier and %2 in a lower one than under the published rules.
At their period end under the draft: %3 members move up, %4 down, %5 stay (of %6).</source>
        <extracomment>what-if counts: first what the draft itself changes, then every move at the period end</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
