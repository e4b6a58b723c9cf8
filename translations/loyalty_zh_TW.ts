<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AdjustmentReason</name>
    <message>
        <source>Goodwill for a complaint</source>
        <translation>客訴補償</translation>
    </message>
    <message>
        <source>Correction of a wrong posting</source>
        <translation>更正錯誤入帳</translation>
    </message>
    <message>
        <source>Campaign reward not received</source>
        <translation>活動獎勵未入帳</translation>
    </message>
    <message>
        <source>Deduction for a rule violation</source>
        <translation>違規扣除</translation>
    </message>
    <message>
        <source>Other (explain in the note)</source>
        <translation>其他（請在備註中說明）</translation>
    </message>
</context>
<context>
    <name>LedgerReason</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Welcome gift</source>
        <translation>新人禮</translation>
    </message>
    <message>
        <source>Mall redemption</source>
        <translation>積分商城兌換</translation>
    </message>
    <message>
        <source>Forfeited on blacklisting</source>
        <translation>列入黑名單沒收</translation>
    </message>
    <message>
        <source>Lot expired</source>
        <translation>積分過期</translation>
    </message>
</context>
<context>
    <name>MallText</name>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Virtual right</source>
        <translation>虛擬權益</translation>
    </message>
    <message>
        <source>Physical gift</source>
        <translation>實體贈品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Lottery / blind box</source>
        <translation>抽獎 / 盲盒</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>公益捐贈</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低價位</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>中價位</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高價位</translation>
    </message>
    <message>
        <source>Low (under %1 points)</source>
        <translation>低價位（低於 %1 積分）</translation>
    </message>
    <message>
        <source>Mid (%1–%2 points)</source>
        <translation>中價位（%1–%2 積分）</translation>
    </message>
    <message>
        <source>High (%1 points or more)</source>
        <translation>高價位（%1 積分以上）</translation>
    </message>
    <message>
        <source>Any shelf status</source>
        <translation>全部上架狀態</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>已開啟上架</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>已關閉上架</translation>
    </message>
    <message>
        <source>On the shelf now</source>
        <translation>目前架上</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入庫</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>盤點更正</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兌換扣減</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>釋回庫存</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, e.g. &quot;¥12.50&quot;</extracomment>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Off shelf</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation>架上</translation>
    </message>
    <message>
        <source>Scheduled from %1</source>
        <translation>待上架 %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>已下架 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln per member</source>
        <translation>
            <numerusform>每人限兌 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln per %1</source>
        <translation>
            <numerusform>每%1限兌 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部會員</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>第 %1 級</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Preparing the demo…</source>
        <translation>正在準備示範…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loyalty Console demo</source>
        <translation>會員積分控制台示範</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operations</source>
        <translation>營運</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Something went wrong on the server. Please try again.</source>
        <translation>伺服器發生錯誤，請再試一次。</translation>
    </message>
    <message>
        <source>The requested item does not exist.</source>
        <translation>要求的項目不存在。</translation>
    </message>
    <message>
        <source>Enter a user name of 1 to 64 characters.</source>
        <translation>請輸入 1 到 64 個字元的使用者名稱。</translation>
    </message>
    <message>
        <source>The role must be one of operator, support, manager and admin.</source>
        <translation>角色必須是 operator、support、manager 或 admin 其中之一。</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>此使用者名稱已存在。</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>請登入以繼續。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>您的工作階段已過期，請重新登入。</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>此帳號已被停用。</translation>
    </message>
    <message>
        <source>The cursor does not belong to this search.</source>
        <translation>此分頁游標不屬於這次搜尋。</translation>
    </message>
    <message>
        <source>The member has %1 points available; %2 cannot be deducted.</source>
        <translation>此會員可用積分為 %1，無法扣除 %2 積分。</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation>此 Idempotency-Key 已用於另一個要求。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>要求內容不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>要求內容必須是 JSON 物件。</translation>
    </message>
    <message>
        <source>The limit must be a number from 1 to 500.</source>
        <translation>limit 必須是 1 到 500 之間的數字。</translation>
    </message>
    <message>
        <source>The cursor is not valid; start from the first page.</source>
        <translation>分頁游標無效，請從第一頁開始。</translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation>沒有此資源。</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>要求內容過大。</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>您的角色無權執行此操作。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>The Idempotency-Key may be at most 200 characters long.</source>
        <translation>Idempotency-Key 最多 200 個字元。</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>這筆明細已經沖正過了。</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed; post a new adjustment instead.</source>
        <translation>沖正紀錄不能再次沖正；請改為新增一筆積分調整。</translation>
    </message>
    <message>
        <source>Only posted entries can be reversed.</source>
        <translation>只有已入帳的明細才能沖正。</translation>
    </message>
    <message>
        <source>This user name is already taken; choose another one.</source>
        <translation>此使用者名稱已被使用，請改用其他名稱。</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. Reload and try again.</source>
        <translation>其他人已同時變更了此使用者。請重新載入後再試一次。</translation>
    </message>
    <message>
        <source>This is the last enabled administrator. Make another user an administrator first.</source>
        <translation>這是最後一個已啟用的管理員。請先將其他使用者設為管理員。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>目前的密碼錯誤。</translation>
    </message>
    <message>
        <source>Your password was changed in another session. Please sign in again.</source>
        <translation>您的密碼已在另一個工作階段中變更，請重新登入。</translation>
    </message>
    <message>
        <source>An administrator changed your account. Please sign in again.</source>
        <translation>管理員變更了您的帳號，請重新登入。</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in %1 minutes.</source>
        <translation>登入失敗次數過多，請 %1 分鐘後再試一次。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>請輸入目前的密碼。</translation>
    </message>
    <message>
        <source>Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z.</source>
        <translation>請以 ISO 8601 格式填寫時間，例如 2026-05-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>The member is frozen: points can neither be earned nor spent until support unfreezes them.</source>
        <translation>此會員已被凍結：在客服解凍之前，無法獲得或使用積分。</translation>
    </message>
    <message>
        <source>The member is blacklisted: their points cannot change.</source>
        <translation>此會員已被列入黑名單：其積分無法異動。</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>此申請已處理。</translation>
    </message>
    <message>
        <source>You asked for this adjustment; another manager must approve or reject it.</source>
        <translation>此調整是您本人提出的申請，須由另一位經理核准或駁回。</translation>
    </message>
    <message>
        <source>The member already has this status.</source>
        <translation>此會員已處於此狀態。</translation>
    </message>
    <message>
        <source>The member is blacklisted; only a manager can lift the blacklist.</source>
        <translation>此會員已被列入黑名單；只有經理才能解除黑名單。</translation>
    </message>
    <message>
        <source>The member is not blacklisted.</source>
        <translation>此會員未被列入黑名單。</translation>
    </message>
    <message>
        <source>There is no such tier.</source>
        <translation>沒有此會員等級。</translation>
    </message>
    <message>
        <source>A blacklisted member&apos;s tier cannot be changed.</source>
        <translation>已列入黑名單的會員無法變更會員等級。</translation>
    </message>
    <message>
        <source>The member has no manual tier to end.</source>
        <translation>此會員沒有可結束的手動等級。</translation>
    </message>
    <message>
        <source>Pending points may be at most %1, the approval threshold.</source>
        <translation>待入帳積分最多為 %1（審核門檻）。</translation>
    </message>
    <message>
        <source>These points were already posted or cancelled.</source>
        <translation>這筆積分已入帳或已取消。</translation>
    </message>
    <message>
        <source>These points post at their time, not on an event.</source>
        <translation>這筆積分依設定時間入帳，不由事件觸發。</translation>
    </message>
    <message>
        <source>The deadline of these points has passed.</source>
        <translation>這筆積分已超過入帳截止時間。</translation>
    </message>
    <message>
        <source>A job of this kind is already running (job %1).</source>
        <translation>已有同類作業正在執行（作業 %1）。</translation>
    </message>
    <message>
        <source>There is no such kind of job.</source>
        <translation>沒有此類作業。</translation>
    </message>
    <message>
        <source>The job stopped on a database error; what it committed stays, and running it again finishes the rest.</source>
        <translation>作業因資料庫錯誤而停止；已提交的部分會保留，重新執行即可完成其餘部分。</translation>
    </message>
    <message>
        <source>The kind must be one or more of earn, spend, adjust, expire, refund, reverse, forfeit.</source>
        <translation>類型必須是 earn、spend、adjust、expire、refund、reverse、forfeit 其中一個或多個。</translation>
    </message>
    <message>
        <source>The blacklist is lifted. Nothing was restored: forfeited points, cancelled pending points and cancelled approvals stay as they are. Post an adjustment if the member should get points back.</source>
        <translation>已解除黑名單。未還原任何內容：已沒收的積分、已取消的待入帳積分及已取消的審核申請均維持原狀。如需返還積分，請為此會員調整積分。</translation>
    </message>
    <message>
        <source>Say why the manual tier ends.</source>
        <translation>請說明結束手動等級的原因。</translation>
    </message>
    <message>
        <source>The status must be pending, approved, rejected or cancelled.</source>
        <translation>狀態必須是 pending、approved、rejected 或 cancelled。</translation>
    </message>
    <message>
        <source>Someone saved the tier draft after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>在您開啟後，已有其他人儲存了等級草稿。請重新載入查看對方的修改，然後再進行您的修改。</translation>
    </message>
    <message>
        <source>The tier draft breaks ladder rules; mend what the violations list names first.</source>
        <translation>等級草稿違反了等級體系規則；請先修正問題列表中列出的各項。</translation>
    </message>
    <message>
        <source>The draft is the same as the published ladder: there is nothing to publish.</source>
        <translation>草稿與已發佈的等級體系相同：沒有可發佈的內容。</translation>
    </message>
    <message>
        <source>Run the what-if on this draft and wait for it to finish before publishing: it shows how many members move.</source>
        <translation>發佈前請對此草稿進行模擬試算並等待其完成：它會顯示有多少會員等級變動。</translation>
    </message>
    <message>
        <source>Send the draft&apos;s version (a whole number) you are working from.</source>
        <translation>請傳送您正在編輯的草稿版本號（整數）。</translation>
    </message>
    <message>
        <source>The tiers must be a list.</source>
        <translation>等級必須是一個列表。</translation>
    </message>
    <message>
        <source>Each tier must be an object.</source>
        <translation>每個等級必須是一個物件。</translation>
    </message>
    <message>
        <source>The note can have at most 500 characters.</source>
        <translation>備註最多 500 個字元。</translation>
    </message>
    <message>
        <source>The draft is the published ladder. Change it and save it before running a what-if.</source>
        <translation>草稿與已發佈的等級體系相同。請先修改並儲存，再執行模擬測算。</translation>
    </message>
    <message>
        <source>Send a list of 1 to 500 events.</source>
        <translation>請傳送 1 到 500 個事件的清單。</translation>
    </message>
    <message>
        <source>Each event must be an object.</source>
        <translation>每個事件必須是一個物件。</translation>
    </message>
    <message>
        <source>The kind must be expire-lots, settle-pending or tier-period-end.</source>
        <translation>類型必須是 expire-lots、settle-pending 或 tier-period-end。</translation>
    </message>
    <message>
        <source>This entry belongs to a redemption; cancel the redemption or refund it through an after-sales case instead.</source>
        <translation>這筆明細屬於一筆兌換；請改為取消該兌換，或透過售後案件退還積分。</translation>
    </message>
    <message>
        <source>The member is frozen and cannot redeem until support unfreezes them.</source>
        <translation>此會員已被凍結，在客服解凍之前無法兌換。</translation>
    </message>
    <message>
        <source>The member is blacklisted and excluded from the mall.</source>
        <translation>此會員已列入黑名單，無法參與積分商城。</translation>
    </message>
    <message>
        <source>The limit per member is reached: at most %1 of this item per member, and the member has %2.</source>
        <translation>已達每人限兌數量：此商品每人最多兌換 %1 件，此會員已兌換 %2 件。</translation>
    </message>
    <message>
        <source>The daily limit is reached: at most %1 of this item per member a day (UTC), and the member has %2 today.</source>
        <translation>已達每日限兌數量：此商品每人每天（UTC）最多兌換 %1 件，此會員今天已兌換 %2 件。</translation>
    </message>
    <message>
        <source>The weekly limit is reached: at most %1 of this item per member a week (Monday to Sunday, UTC), and the member has %2 this week.</source>
        <translation>已達每週限兌數量：此商品每人每週（週一至週日，UTC）最多兌換 %1 件，此會員本週已兌換 %2 件。</translation>
    </message>
    <message>
        <source>The monthly limit is reached: at most %1 of this item per member a calendar month (UTC), and the member has %2 this month.</source>
        <translation>已達每月限兌數量：此商品每人每個日曆月（UTC）最多兌換 %1 件，此會員本月已兌換 %2 件。</translation>
    </message>
    <message>
        <source>A physical gift is shipped, not fulfilled: ship it with a carrier and a tracking number.</source>
        <translation>實體贈品需要出貨而非直接發放：請填寫物流業者和物流單號後出貨。</translation>
    </message>
    <message>
        <source>Only a placed redemption can be fulfilled; this one is %1.</source>
        <translation>只有已下單的兌換才能發放；此兌換的狀態為 %1。</translation>
    </message>
    <message>
        <source>Only a physical gift is shipped; this item is fulfilled.</source>
        <translation>只有實體贈品需要出貨；此商品應直接發放。</translation>
    </message>
    <message>
        <source>Only a placed redemption can be shipped; this one is %1.</source>
        <translation>只有已下單的兌換才能出貨；此兌換的狀態為 %1。</translation>
    </message>
    <message>
        <source>Only a placed redemption can be cancelled; this one is %1. Open an after-sales case instead.</source>
        <translation>只有已下單的兌換才能取消；此兌換的狀態為 %1。請改為建立售後案件。</translation>
    </message>
    <message>
        <source>Only a fulfilled or shipped redemption can be completed; this one is %1.</source>
        <translation>只有已發放或已出貨的兌換才能完成；此兌換的狀態為 %1。</translation>
    </message>
    <message>
        <source>The redemption changed meanwhile; reload it.</source>
        <translation>此兌換已被他人變更，請重新載入。</translation>
    </message>
    <message>
        <source>This item is not on the shelf now.</source>
        <translation>此商品目前未上架。</translation>
    </message>
    <message>
        <source>This item is for tier rank %1 and above; the member&apos;s tier is rank %2.</source>
        <translation>此商品僅限第 %1 級以上等級兌換；此會員的等級為第 %2 級。</translation>
    </message>
    <message>
        <source>Not enough points: the member has %1 and this redemption costs %2.</source>
        <translation>積分不足：此會員有 %1 積分，此次兌換需要 %2 積分。</translation>
    </message>
    <message>
        <source>This item is fulfilled without a code.</source>
        <translation>此商品發放時不使用兌換碼。</translation>
    </message>
    <message>
        <source>An after-sales case needs a delivered redemption (fulfilled, shipped or completed); this one is %1.</source>
        <translation>只有已交付的兌換（已發放、已出貨或已完成）才能建立售後案件；此兌換的狀態為 %1。</translation>
    </message>
    <message>
        <source>This case is already resolved.</source>
        <translation>此售後案件已處理。</translation>
    </message>
    <message>
        <source>This redemption&apos;s points were already refunded by another case.</source>
        <translation>此兌換的積分已由另一件售後案件退還。</translation>
    </message>
    <message>
        <source>Someone changed this item after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>在您開啟後，已有其他人修改了此商品。請重新載入查看對方的修改，然後再進行您的修改。</translation>
    </message>
    <message>
        <source>The category must be one of coupon, virtualRight, physicalGift, service, lottery, charity.</source>
        <translation>類別必須是 coupon、virtualRight、physicalGift、service、lottery、charity 其中之一。</translation>
    </message>
    <message>
        <source>The price band must be low, mid or high.</source>
        <translation>價位必須是 low、mid 或 high。</translation>
    </message>
    <message>
        <source>The shelf filter must be on, off or onShelf.</source>
        <translation>上架篩選條件必須是 on、off 或 onShelf。</translation>
    </message>
    <message>
        <source>lowStock must be true or false.</source>
        <translation>lowStock 必須是 true 或 false。</translation>
    </message>
    <message>
        <source>Search for at most 60 characters of a name.</source>
        <translation>依名稱搜尋最多輸入 60 個字元。</translation>
    </message>
    <message>
        <source>The image must be a PNG, JPEG or WebP picture, sent with its own Content-Type (image/png, image/jpeg or image/webp).</source>
        <translation>圖片必須是 PNG、JPEG 或 WebP 格式，並以對應的 Content-Type（image/png、image/jpeg 或 image/webp）傳送。</translation>
    </message>
    <message>
        <source>The image may be at most 512 KiB.</source>
        <translation>圖片最大為 512 KiB。</translation>
    </message>
    <message>
        <source>The stock cannot go below zero: %1 in stock.</source>
        <translation>庫存不能低於零：目前庫存 %1。</translation>
    </message>
    <message>
        <source>Out of stock: %1 left, %2 asked for.</source>
        <translation>庫存不足：剩餘 %1 件，需要 %2 件。</translation>
    </message>
    <message>
        <source>Give the id as a positive whole number.</source>
        <translation>id 必須是正整數。</translation>
    </message>
    <message>
        <source>The status must be placed, fulfilled, shipped, completed or cancelled.</source>
        <translation>狀態必須是 placed、fulfilled、shipped、completed 或 cancelled。</translation>
    </message>
    <message>
        <source>The status must be open or resolved.</source>
        <translation>狀態必須是 open 或 resolved。</translation>
    </message>
    <message>
        <source>Send the item&apos;s version (a whole number) you are editing.</source>
        <translation>請傳送您正在編輯的商品版本號（整數）。</translation>
    </message>
</context>
<context>
    <name>TierMetricText</name>
    <message>
        <source>Cumulative spend (¥)</source>
        <translation>累計消費（¥）</translation>
    </message>
    <message>
        <source>Spend this period (¥)</source>
        <translation>本期消費（¥）</translation>
    </message>
    <message>
        <source>Orders in the last 3 months</source>
        <translation>近 3 個月訂單數</translation>
    </message>
    <message>
        <source>Interactions (comments, likes, shares)</source>
        <translation>互動次數（評論、按讚、分享）</translation>
    </message>
    <message>
        <source>Completed tasks</source>
        <translation>完成任務數</translation>
    </message>
    <message>
        <source>Minutes in the app</source>
        <translation>應用程式內停留分鐘數</translation>
    </message>
    <message>
        <source>Points earned this period</source>
        <translation>本期獲得積分</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, e.g. &quot;¥1,200.00&quot;</extracomment>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>minutes, e.g. &quot;30 min&quot;</extracomment>
        <translation>%1 分鐘</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more score points to reach %1</source>
        <extracomment>a weighted rule&apos;s score still missing, the next tier&apos;s name</extracomment>
        <translation>
            <numerusform>還差 %Ln 分升至%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 more to reach %2</source>
        <extracomment>e.g. &quot;再消费 ¥800.00 升至金卡&quot;: money still to spend, the next tier&apos;s name</extracomment>
        <translation>再消費 %1 升至%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more orders to reach %1</source>
        <translation>
            <numerusform>再下 %Ln 單升至%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more interactions to reach %1</source>
        <translation>
            <numerusform>再互動 %Ln 次升至%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more tasks to reach %1</source>
        <translation>
            <numerusform>再完成 %Ln 個任務升至%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more minutes in the app to reach %1</source>
        <translation>
            <numerusform>再使用應用程式 %Ln 分鐘升至%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points to go for %2</source>
        <extracomment>e.g. &quot;还差 800 积分升至金卡&quot;: points still needed, the next tier&apos;s name</extracomment>
        <translation>還差 %1 積分升至%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more score points by %1 to keep %2</source>
        <translation>
            <numerusform>還差 %Ln 分，於 %1 前達到即可保級%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 more by %2 to keep %3</source>
        <extracomment>e.g. &quot;于 2025/6/30 前再消费 ¥300.00 以保级银卡&quot;: money, by (date), this tier</extracomment>
        <translation>於 %2 前再消費 %1 即可保級%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more orders by %1 to keep %2</source>
        <translation>
            <numerusform>於 %1 前再下 %Ln 單即可保級%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more interactions by %1 to keep %2</source>
        <translation>
            <numerusform>於 %1 前再互動 %Ln 次即可保級%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more tasks by %1 to keep %2</source>
        <translation>
            <numerusform>於 %1 前再完成 %Ln 個任務即可保級%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more minutes in the app by %1 to keep %2</source>
        <translation>
            <numerusform>於 %1 前再使用應用程式 %Ln 分鐘即可保級%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points to go by %2 to keep %3</source>
        <extracomment>e.g. &quot;还差 300 积分于 2025/6/30 前保级银卡&quot;: points still needed, by (date), this tier</extracomment>
        <translation>還差 %1 積分，於 %2 前達到即可保級%3</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>請輸入不為零的數量。</translation>
    </message>
    <message>
        <source>An adjustment may move at most 1,000,000 points.</source>
        <translation>單次調整最多 1,000,000 積分。</translation>
    </message>
    <message>
        <source>Choose a reason for the adjustment.</source>
        <translation>請選擇調整原因。</translation>
    </message>
    <message>
        <source>The reason is not one of the known reasons.</source>
        <translation>此原因不在已知原因之中。</translation>
    </message>
    <message>
        <source>Explain the adjustment in the note.</source>
        <translation>請在備註中說明此次調整。</translation>
    </message>
    <message>
        <source>The note may be at most 500 characters long.</source>
        <translation>備註最多 500 個字元。</translation>
    </message>
    <message>
        <source>The amount must be a whole number of points.</source>
        <translation>積分數量必須是整數。</translation>
    </message>
    <message>
        <source>The reason must be text.</source>
        <translation>原因必須是文字。</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>備註必須是文字。</translation>
    </message>
    <message>
        <source>The password must be at least 10 characters long.</source>
        <translation>密碼至少需要 10 個字元。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密碼不能與使用者名稱相同。</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>此密碼過於常見，請選擇較難猜到的密碼。</translation>
    </message>
    <message>
        <source>The user name must be 3 to 32 characters: lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter.</source>
        <translation>使用者名稱須為 3 到 32 個字元，只能包含小寫字母、數字、「.」、「_」或「-」，且須以字母開頭。</translation>
    </message>
    <message>
        <source>The display name may be at most 64 characters long.</source>
        <translation>顯示名稱最多 64 個字元。</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>此欄位必須是文字。</translation>
    </message>
    <message>
        <source>The role must be operator, support, manager or admin.</source>
        <translation>角色必須是 operator、support、manager 或 admin。</translation>
    </message>
    <message>
        <source>This field must be true or false.</source>
        <translation>此欄位必須是 true 或 false。</translation>
    </message>
    <message>
        <source>The version must be a positive whole number.</source>
        <translation>版本號必須是正整數。</translation>
    </message>
    <message>
        <source>Say what to change: display name, role or enabled.</source>
        <translation>請說明要變更的內容：顯示名稱、角色或啟用狀態。</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>請輸入新密碼。</translation>
    </message>
    <message>
        <source>Say why the member&apos;s status changes.</source>
        <translation>請說明變更會員狀態的原因。</translation>
    </message>
    <message>
        <source>The reason may be at most 200 characters long.</source>
        <translation>原因最多 200 個字元。</translation>
    </message>
    <message>
        <source>The status must be frozen or active; blacklisting has its own action.</source>
        <translation>狀態必須是 frozen 或 active；列入黑名單請使用專用的操作。</translation>
    </message>
    <message>
        <source>Choose the tier.</source>
        <translation>請選擇會員等級。</translation>
    </message>
    <message>
        <source>Say why the tier is set by hand.</source>
        <translation>請說明手動設定等級的原因。</translation>
    </message>
    <message>
        <source>Give the date the manual tier ends.</source>
        <translation>請填寫手動等級的結束日期。</translation>
    </message>
    <message>
        <source>The end date must lie in the future.</source>
        <translation>結束日期必須是未來的日期。</translation>
    </message>
    <message>
        <source>A manual tier may last at most two years.</source>
        <translation>手動等級最長有效兩年。</translation>
    </message>
    <message>
        <source>Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z.</source>
        <translation>請以 ISO 8601 格式填寫時間，例如 2026-05-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>請填寫備註內容。</translation>
    </message>
    <message>
        <source>A note may be at most 2,000 characters long.</source>
        <translation>備註最多 2,000 個字元。</translation>
    </message>
    <message>
        <source>Say why the adjustment is rejected.</source>
        <translation>請說明駁回此調整的原因。</translation>
    </message>
    <message>
        <source>The comment may be at most 500 characters long.</source>
        <translation>審核意見最多 500 個字元。</translation>
    </message>
    <message>
        <source>Pending points must be from 1 to 1,000,000.</source>
        <translation>待入帳積分必須介於 1 到 1,000,000 之間。</translation>
    </message>
    <message>
        <source>Give a reason of at most 200 characters.</source>
        <translation>請填寫原因，最多 200 個字元。</translation>
    </message>
    <message>
        <source>The note may be at most 200 characters long.</source>
        <translation>備註最多 200 個字元。</translation>
    </message>
    <message>
        <source>The source may be at most 200 characters long.</source>
        <translation>來源最多 200 個字元。</translation>
    </message>
    <message>
        <source>Give either the time the points post or the event that posts them, not both.</source>
        <translation>請填寫入帳時間或觸發入帳的事件，兩者只能擇一。</translation>
    </message>
    <message>
        <source>The deadline must lie in the future.</source>
        <translation>截止時間必須是未來的時間。</translation>
    </message>
    <message>
        <source>The deadline may be at most a year ahead.</source>
        <translation>截止時間最晚只能設在一年後。</translation>
    </message>
    <message>
        <source>The points must post before the deadline.</source>
        <translation>入帳時間必須早於截止時間。</translation>
    </message>
    <message>
        <source>Say where the points come from, e.g. task.</source>
        <translation>請說明積分來源，例如 task。</translation>
    </message>
    <message>
        <source>Give the time the points post or the event that posts them.</source>
        <translation>請填寫入帳時間或觸發入帳的事件。</translation>
    </message>
    <message>
        <source>Each weight must be a number above zero.</source>
        <translation>每個權重都必須是大於零的數字。</translation>
    </message>
    <message>
        <source>The score threshold must be above zero.</source>
        <translation>分數門檻必須大於零。</translation>
    </message>
    <message>
        <source>A condition&apos;s value cannot be negative.</source>
        <translation>條件的數值不能為負數。</translation>
    </message>
    <message>
        <source>A rule is anyOf, allOf or weighted.</source>
        <translation>規則必須是 anyOf、allOf 或 weighted。</translation>
    </message>
    <message>
        <source>Unknown metric.</source>
        <translation>未知的指標。</translation>
    </message>
    <message>
        <source>A condition compares with &gt;= or &gt;.</source>
        <translation>條件只能使用 &gt;= 或 &gt; 比較。</translation>
    </message>
    <message>
        <source>A condition&apos;s value must be a whole number.</source>
        <translation>條件的數值必須是整數。</translation>
    </message>
    <message>
        <source>A ladder has 3 to 5 tiers.</source>
        <translation>等級制度須有 3 到 5 個等級。</translation>
    </message>
    <message>
        <source>Ranks must run 1, 2, 3… without gaps or repeats.</source>
        <translation>等級順序必須為 1、2、3…，不能有空缺或重複。</translation>
    </message>
    <message>
        <source>Name the tier in all three languages.</source>
        <translation>請以三種語言填寫等級名稱。</translation>
    </message>
    <message>
        <source>Every member starts in the lowest tier: it has no upgrade conditions.</source>
        <translation>所有會員都從最低等級開始：最低等級沒有升級條件。</translation>
    </message>
    <message>
        <source>Say what it takes to reach this tier.</source>
        <translation>請填寫達到此等級的條件。</translation>
    </message>
    <message>
        <source>Keeping a tier cannot ask more than reaching it.</source>
        <translation>保級條件不能高於升級條件。</translation>
    </message>
    <message>
        <source>This tier asks less than the tier below it.</source>
        <translation>此等級的條件低於下一級等級。</translation>
    </message>
    <message>
        <source>The multiplier must be above zero and the discount from 1 to 100 percent.</source>
        <translation>積分倍數必須大於零，折扣必須介於 1% 到 100% 之間。</translation>
    </message>
    <message>
        <source>The rank must be a whole number.</source>
        <translation>等級順序必須是整數。</translation>
    </message>
    <message>
        <source>Give the event&apos;s id: text of 1 to 100 characters.</source>
        <translation>請提供事件編號：1 到 100 個字元的文字。</translation>
    </message>
    <message>
        <source>Give the member&apos;s id (a positive whole number).</source>
        <translation>請提供會員編號（正整數）。</translation>
    </message>
    <message>
        <source>The type must be order, interaction, task or visit.</source>
        <translation>類型必須是 order、interaction、task 或 visit。</translation>
    </message>
    <message>
        <source>Give the time in ISO 8601 UTC, e.g. 2026-05-01T10:00:00Z.</source>
        <translation>請按 ISO 8601 UTC 格式提供時間，例如 2026-05-01T10:00:00Z。</translation>
    </message>
    <message>
        <source>The event cannot lie in the future.</source>
        <translation>事件時間不能晚於現在。</translation>
    </message>
    <message>
        <source>An order needs its amount in fen: a whole number above zero.</source>
        <translation>訂單需要金額（單位：分），且為大於零的整數。</translation>
    </message>
    <message>
        <source>A visit needs its length in minutes: a whole number above zero.</source>
        <translation>造訪需要時長（分鐘），且為大於零的整數。</translation>
    </message>
    <message>
        <source>There is no member with this id.</source>
        <translation>沒有此編號的會員。</translation>
    </message>
    <message>
        <source>An event with this id was already applied with other content; give a new event a new id.</source>
        <translation>此編號的事件已按不同內容處理過；新事件請使用新編號。</translation>
    </message>
    <message>
        <source>An item priced this low cannot mix points and cash: make it points only or raise the price.</source>
        <translation>商品價格過低，不能採用積分加現金：請改為純積分兌換，或提高價格。</translation>
    </message>
    <message>
        <source>The points part of the price is above the share of the total that points may pay.</source>
        <translation>價格中的積分部分超過了積分可支付的比例上限。</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>此項必須是整數。</translation>
    </message>
    <message>
        <source>The time is not an ISO 8601 date and time.</source>
        <translation>此時間不是 ISO 8601 格式的日期和時間。</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation>請輸入商品名稱。</translation>
    </message>
    <message>
        <source>The name may be at most 60 characters.</source>
        <translation>名稱最多 60 個字元。</translation>
    </message>
    <message>
        <source>The description may be at most 2,000 characters.</source>
        <translation>描述最多 2,000 個字元。</translation>
    </message>
    <message>
        <source>The points price must be from 1 to 10,000,000 points.</source>
        <translation>積分價格必須介於 1 到 10,000,000 積分之間。</translation>
    </message>
    <message>
        <source>The cash price must be from 0 to 1,000,000 yuan.</source>
        <translation>現金價格必須介於 0 到 1,000,000 元之間。</translation>
    </message>
    <message>
        <source>The minimum tier rank must be 1 or more.</source>
        <translation>最低等級必須為第 1 級以上。</translation>
    </message>
    <message>
        <source>A tier price is for rank 2 or above; rank 1 pays the points price.</source>
        <translation>等級價僅適用於第 2 級以上；第 1 級依積分價格兌換。</translation>
    </message>
    <message>
        <source>A tier price is for a tier that cannot redeem this item.</source>
        <translation>此等級價對應的等級無法兌換此商品。</translation>
    </message>
    <message>
        <source>This tier already has a price.</source>
        <translation>此等級已設定價格。</translation>
    </message>
    <message>
        <source>A tier price must be above zero and below the points price.</source>
        <translation>等級價必須大於零且低於積分價格。</translation>
    </message>
    <message>
        <source>A higher tier cannot pay more than a lower one.</source>
        <translation>較高等級的價格不能高於較低等級。</translation>
    </message>
    <message>
        <source>A limit must be from 0 (none) to 9,999.</source>
        <translation>限兌數量必須介於 0（不限）到 9,999 之間。</translation>
    </message>
    <message>
        <source>The shelf end must be after its start.</source>
        <translation>下架時間必須晚於上架時間。</translation>
    </message>
    <message>
        <source>The low-stock threshold cannot be negative.</source>
        <translation>低庫存提醒門檻不能為負數。</translation>
    </message>
    <message>
        <source>Unknown item category.</source>
        <translation>未知的商品類別。</translation>
    </message>
    <message>
        <source>A limit period is day, week or month.</source>
        <translation>限兌週期必須是 day、week 或 month。</translation>
    </message>
    <message>
        <source>An item&apos;s status is on or off.</source>
        <translation>商品狀態必須是 on 或 off。</translation>
    </message>
    <message>
        <source>A stock change is an inbound or a correction.</source>
        <translation>庫存異動只能是入庫或盤點更正。</translation>
    </message>
    <message>
        <source>Goods coming in must add at least one.</source>
        <translation>入庫數量至少為 1。</translation>
    </message>
    <message>
        <source>Enter a change other than zero.</source>
        <translation>請輸入不為零的異動數量。</translation>
    </message>
    <message>
        <source>A stock change may move at most 1,000,000 units.</source>
        <translation>單次庫存異動最多 1,000,000 件。</translation>
    </message>
    <message>
        <source>Say why the stock changes.</source>
        <translation>請說明庫存異動的原因。</translation>
    </message>
    <message>
        <source>The reason may be at most 200 characters.</source>
        <translation>原因最多 200 個字元。</translation>
    </message>
    <message>
        <source>The stock cannot go below zero.</source>
        <translation>庫存不能低於零。</translation>
    </message>
    <message>
        <source>The change must be a whole number.</source>
        <translation>異動數量必須是整數。</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>請選擇會員。</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>請選擇商品。</translation>
    </message>
    <message>
        <source>The quantity must be from 1 to 99.</source>
        <translation>數量必須介於 1 到 99 之間。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>數量必須是整數。</translation>
    </message>
    <message>
        <source>Enter the carrier.</source>
        <translation>請輸入物流業者。</translation>
    </message>
    <message>
        <source>The carrier may be at most 40 characters.</source>
        <translation>物流業者最多 40 個字元。</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>請輸入物流單號。</translation>
    </message>
    <message>
        <source>A tracking number is 6 to 40 letters, digits or dashes.</source>
        <translation>物流單號須為 6 到 40 個字母、數字或連字號。</translation>
    </message>
    <message>
        <source>This kind of problem cannot happen to this item.</source>
        <translation>此商品不會發生這類問題。</translation>
    </message>
    <message>
        <source>Describe what went wrong.</source>
        <translation>請描述發生的問題。</translation>
    </message>
    <message>
        <source>The description may be at most 500 characters.</source>
        <translation>描述最多 500 個字元。</translation>
    </message>
    <message>
        <source>A case is notReceived, damaged, lost or wrongItem.</source>
        <translation>問題類型必須是 notReceived、damaged、lost 或 wrongItem。</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>描述必須是文字。</translation>
    </message>
    <message>
        <source>Only an item delivered as a code can be reissued.</source>
        <translation>只有以兌換碼發放的商品才能重發兌換碼。</translation>
    </message>
    <message>
        <source>Only a shipped item can be shipped again.</source>
        <translation>只有已出貨的商品才能補寄。</translation>
    </message>
    <message>
        <source>Stock goes back only with a refund.</source>
        <translation>只有退還積分時才能放回庫存。</translation>
    </message>
    <message>
        <source>A lost item did not come back: nothing to restock.</source>
        <translation>遺失的商品沒有退回：無需放回庫存。</translation>
    </message>
    <message>
        <source>Say why the claim is rejected.</source>
        <translation>請說明駁回申請的原因。</translation>
    </message>
    <message>
        <source>An outcome is refund, reship, reissue or reject.</source>
        <translation>處理結果必須是 refund、reship、reissue 或 reject。</translation>
    </message>
    <message>
        <source>Restock is true or false.</source>
        <translation>restock 必須是 true 或 false。</translation>
    </message>
    <message>
        <source>The initial stock must be a whole number from 0 to 1,000,000.</source>
        <translation>初始庫存必須是 0 到 1,000,000 之間的整數。</translation>
    </message>
    <message>
        <source>A code may be at most 64 characters.</source>
        <translation>兌換碼最多 64 個字元。</translation>
    </message>
    <message>
        <source>Say why the redemption is cancelled.</source>
        <translation>請說明取消兌換的原因。</translation>
    </message>
</context>
<context>
    <name>loyalty::AddNoteDialog</name>
    <message>
        <source>Add note: %1</source>
        <translation>新增備註：%1</translation>
    </message>
    <message>
        <source>&amp;Note (seen by every agent who opens this member; it cannot be edited later):</source>
        <translation>備註（開啟此會員的客服都看得到，新增後無法修改）(&amp;N)：</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>新增備註（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>%1 characters left</source>
        <translation>還可輸入 %1 個字元</translation>
    </message>
</context>
<context>
    <name>loyalty::AdjustPointsDialog</name>
    <message>
        <source>Adjust points: %1 (%2)</source>
        <translation>調整積分：%1（%2）</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>選擇原因…</translation>
    </message>
    <message>
        <source>What happened, ticket number…</source>
        <translation>事情經過、工單編號…</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>目前餘額：</translation>
    </message>
    <message>
        <source>&amp;Amount (+ adds, − deducts):</source>
        <translation>數量（+ 增加，− 扣除）(&amp;A)：</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>異動後餘額：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation>送出調整</translation>
    </message>
    <message>
        <source>Nothing was posted: an adjustment of %1 points needs a manager&apos;s approval, so it now waits in the approval queue as request %2. The balance stays %3 until a manager approves it.</source>
        <translation>尚未入帳：調整 %1 積分需經理核准，現已進入審核佇列（申請編號 %2）。經理核准前，餘額維持為 %3。</translation>
    </message>
    <message>
        <source>%1 (unchanged until a manager approves)</source>
        <translation>%1（經理核准前維持不變）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>loyalty::ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求已取消。</translation>
    </message>
    <message>
        <source>The console is not connected to a server.</source>
        <translation>控制台未連線到伺服器。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network and try again.</source>
        <translation>伺服器 %1 未及時回應。請檢查網路後再試一次。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>無法與 %1 建立安全連線：%2</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network.</source>
        <translation>無法連線到伺服器 %1。請檢查位址和網路。</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read. Is the address right?</source>
        <translation>伺服器傳回了控制台無法識別的回應。位址是否正確？</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>伺服器拒絕了要求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>伺服器拒絕了要求（%1）。</translation>
    </message>
</context>
<context>
    <name>loyalty::ApprovalExporter</name>
    <message numerus="yes">
        <source>%Ln approvals exported to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆審核紀錄匯出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ApprovalModel</name>
    <message>
        <source>Pending</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member&apos;s name and member number, e.g. &quot;张三 (M000123)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>The approval queue needs a connection to the server; it is not kept for offline review.</source>
        <translation>審核佇列需要連線到伺服器才能檢視，不會保存供離線檢視。</translation>
    </message>
</context>
<context>
    <name>loyalty::ApprovalsPane</name>
    <message numerus="yes">
        <source>Exporting approvals… %Ln rows written</source>
        <translation>
            <numerusform>正在匯出審核紀錄…已寫入 %Ln 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>Which adjustments the queue lists</source>
        <translation>選擇佇列中要列出的調整</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export every approval in this list to a CSV file (Ctrl+E)</source>
        <translation>將此清單中的所有審核紀錄匯出為 CSV 檔案（Ctrl+E）</translation>
    </message>
    <message>
        <source>Recent points &amp;history of this member:</source>
        <translation>此會員近期積分明細(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>審核意見(&amp;O)：</translation>
    </message>
    <message>
        <source>Why you approve or reject (required to reject)</source>
        <translation>核准或駁回的理由（駁回時必填）</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>核准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>駁回(&amp;R)</translation>
    </message>
    <message>
        <source>Export approvals</source>
        <translation>匯出審核紀錄</translation>
    </message>
    <message>
        <source>Select an adjustment in the queue</source>
        <translation>請在佇列中選擇一筆調整</translation>
    </message>
    <message>
        <source>%1 points for %2</source>
        <translation>為 %2 調整 %1 積分</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>Requested by %1 on %2 (request %3)</source>
        <translation>由 %1 於 %2 提出申請（申請編號 %3）</translation>
    </message>
    <message>
        <source>Waiting for a decision: nothing has been posted yet.</source>
        <translation>等待審核：尚未入帳任何積分。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; the points were posted.</source>
        <translation>已由 %1 於 %2 核准；積分已入帳。</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2; nothing was posted.</source>
        <translation>已由 %1 於 %2 駁回；未入帳任何積分。</translation>
    </message>
    <message>
        <source>Cancelled on %1 (the member was blacklisted); nothing was posted.</source>
        <translation>已於 %1 取消（會員已列入黑名單）；未入帳任何積分。</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>審核意見：%1</translation>
    </message>
    <message>
        <source>Loading the member&apos;s points history…</source>
        <translation>正在載入此會員的積分明細…</translation>
    </message>
    <message>
        <source>Balance now: %1; after this adjustment: %2</source>
        <translation>目前餘額：%1；調整後：%2</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>目前餘額：%1</translation>
    </message>
    <message>
        <source>The decision is being sent…</source>
        <translation>正在送出審核結果…</translation>
    </message>
    <message>
        <source>Select an adjustment in the queue first.</source>
        <translation>請先在佇列中選擇一筆調整。</translation>
    </message>
    <message>
        <source>This adjustment is no longer pending (%1).</source>
        <translation>此調整已不在待審核狀態（%1）。</translation>
    </message>
    <message>
        <source>Your role (%1) may not decide approvals.</source>
        <translation>您的角色（%1）無權審核。</translation>
    </message>
    <message>
        <source>You asked for this adjustment yourself: another manager has to decide it.</source>
        <translation>此調整是您本人提出的申請：須由另一位經理審核。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be decided now.</source>
        <translation>離線：無法連線到伺服器，暫時無法審核。</translation>
    </message>
    <message>
        <source>Post the adjustment to the member&apos;s points</source>
        <translation>將此調整計入會員積分</translation>
    </message>
    <message>
        <source>Refuse the adjustment; the comment says why</source>
        <translation>駁回此調整；請在審核意見中說明理由</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments wait on the server now; press F5 to read the queue again.</source>
        <translation>
            <numerusform>伺服器上目前有 %Ln 筆調整待審核；按 F5 重新載入佇列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation>沒有待審核的調整。</translation>
    </message>
    <message>
        <source>No adjustments in this list.</source>
        <translation>此清單中沒有調整。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments shown, scroll for more</source>
        <translation>
            <numerusform>已顯示 %Ln 筆調整，捲動以查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments</source>
        <translation>
            <numerusform>%Ln 筆調整</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve adjustment?</source>
        <translation>核准此調整？</translation>
    </message>
    <message>
        <source>Post %1 points to %2 now? The member&apos;s balance changes at once.</source>
        <translation>現在為 %2 調整 %1 積分？會員餘額將立即異動。</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>正在送出審核結果…</translation>
    </message>
    <message>
        <source>Approved: %1 points were posted to %2.</source>
        <translation>已核准：%2 的 %1 積分已入帳。</translation>
    </message>
    <message>
        <source>Rejected: nothing was posted to %1.</source>
        <translation>已駁回：未為 %1 入帳任何積分。</translation>
    </message>
</context>
<context>
    <name>loyalty::AuditDiffModel</name>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
</context>
<context>
    <name>loyalty::AuditExporter</name>
    <message numerus="yes">
        <source>%Ln audit rows exported to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆操作紀錄匯出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::AuditModel</name>
    <message>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Sign-in locked out</source>
        <translation>登入遭鎖定</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>顯示個人資料</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>調整積分</translation>
    </message>
    <message>
        <source>Ledger entry reversed</source>
        <translation>沖正明細</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>建立使用者</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>變更使用者</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>積分明細</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An audited entity and its id, e.g. &quot;Member 42&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>用戶端位址</translation>
    </message>
    <message>
        <source>The audit log needs a connection to the server; it is not kept for offline review.</source>
        <translation>操作紀錄需要連線到伺服器才能檢視，不會保存供離線檢視。</translation>
    </message>
    <message>
        <source>Member frozen</source>
        <translation>凍結會員</translation>
    </message>
    <message>
        <source>Member unfrozen</source>
        <translation>解凍會員</translation>
    </message>
    <message>
        <source>Member blacklisted</source>
        <translation>列入黑名單</translation>
    </message>
    <message>
        <source>Blacklist lifted</source>
        <translation>解除黑名單</translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation>手動設定等級</translation>
    </message>
    <message>
        <source>Manual tier ended</source>
        <translation>結束手動等級</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>新增備註</translation>
    </message>
</context>
<context>
    <name>loyalty::AuditPane</name>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>對象(&amp;E)：</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>結束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>全部對象</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>全部使用者</translation>
    </message>
    <message>
        <source>Any id</source>
        <translation>任何編號</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Show the rows that match (Enter)</source>
        <translation>顯示符合條件的紀錄（Enter）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export every row that matches the filter to a CSV file (Ctrl+E)</source>
        <translation>將符合篩選條件的所有紀錄匯出為 CSV 檔案（Ctrl+E）</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>匯出操作紀錄</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the audit log… %Ln rows written</source>
        <translation>
            <numerusform>正在匯出操作紀錄…已寫入 %Ln 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知使用者</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>未知位址</translation>
    </message>
    <message>
        <source>By %1 on %2 from %3</source>
        <translation>操作人員：%1，時間：%2，來源：%3</translation>
    </message>
    <message>
        <source>This action records no before and after.</source>
        <translation>此操作不記錄修改前和修改後的內容。</translation>
    </message>
    <message>
        <source>Created: there was nothing before.</source>
        <translation>建立：修改前沒有內容。</translation>
    </message>
    <message>
        <source>Deleted: nothing is left after.</source>
        <translation>刪除：修改後沒有內容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields changed (highlighted).</source>
        <translation>
            <numerusform>%Ln 個欄位有變更（已醒目標示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row</source>
        <translation>請選擇一筆紀錄</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation>沒有符合的操作紀錄。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows shown, scroll for more</source>
        <translation>
            <numerusform>已顯示 %Ln 筆紀錄，捲動以查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln 筆紀錄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::BalanceStrip</name>
    <message>
        <source>Available</source>
        <translation>可用積分</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待入帳</translation>
    </message>
    <message>
        <source>Expiring in 30 days</source>
        <translation>30 天內過期</translation>
    </message>
    <message>
        <source>Lifetime earned</source>
        <translation>累計獲得</translation>
    </message>
</context>
<context>
    <name>loyalty::CacheDatabase</name>
    <message>
        <source>No cache file was given.</source>
        <translation>未指定快取檔案。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The cache file %1 is unusable and cannot be moved aside (%2).</source>
        <translation>快取檔案 %1 無法使用，且無法移開（%2）。</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>無法開啟快取 %1：%2</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of the console (schema %1; this one knows %2).</source>
        <translation>此快取由較新版本的控制台寫入（結構描述版本 %1；目前版本僅支援 %2）。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not available.</source>
        <translation>Qt 的 SQLite 驅動程式無法使用。</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>快取未開啟。</translation>
    </message>
    <message>
        <source>Cannot clear the cache: %1</source>
        <translation>無法清除快取：%1</translation>
    </message>
</context>
<context>
    <name>loyalty::CancelRedemptionDialog</name>
    <message>
        <source>Cancel redemption %1</source>
        <translation>取消兌換 %1</translation>
    </message>
    <message>
        <source>Cancel redemption %1 (%2 × %3) of %4: the %5 points go back to the member and the item goes back into stock.</source>
        <translation>取消 %4 的兌換 %1（%2 × %3）：%5 積分將退還給會員，商品將放回庫存。</translation>
    </message>
    <message>
        <source>Why it is cancelled (the member is told)</source>
        <translation>取消原因（會告知會員）</translation>
    </message>
    <message>
        <source>Cancel redemption…</source>
        <translation>取消兌換…</translation>
    </message>
    <message>
        <source>Really cancel redemption %1?

%2 points go back to %3 now and the stock is released. A cancelled redemption cannot be placed again.</source>
        <translation>確定要取消兌換 %1 嗎？

%2 積分將立即退還給 %3，庫存也將釋回。已取消的兌換無法復原。</translation>
    </message>
    <message>
        <source>Cancel redemption</source>
        <translation>取消兌換</translation>
    </message>
    <message>
        <source>Say why the redemption is cancelled.</source>
        <translation>請說明取消兌換的原因。</translation>
    </message>
</context>
<context>
    <name>loyalty::CaseDialog</name>
    <message>
        <source>Open after-sales case: redemption %1</source>
        <translation>建立售後案件：兌換 %1</translation>
    </message>
    <message>
        <source>%1 × %2 for %3. Say what went wrong as the member told it; the case is resolved afterwards (refund, reship, new code or rejection).</source>
        <translation>%3 兌換的 %1 × %2。請依會員的描述說明發生的問題；案件稍後處理（退還積分、補寄、重發兌換碼或駁回）。</translation>
    </message>
    <message>
        <source>What the member reported, photos received, ticket number…</source>
        <translation>會員回報的情況、收到的照片、工單編號…</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>問題類型(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>問題描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>建立案件</translation>
    </message>
</context>
<context>
    <name>loyalty::ConsoleShell</name>
    <message>
        <source>Your session ended: %1 Please sign in again.</source>
        <translation>您的工作階段已結束：%1 請重新登入。</translation>
    </message>
</context>
<context>
    <name>loyalty::EndManualTierDialog</name>
    <message>
        <source>End manual tier</source>
        <translation>結束手動等級</translation>
    </message>
    <message>
        <source>%1 (%2) holds %3, set by hand until %4. End it now: the tier the programme&apos;s rules give applies again.</source>
        <translation>%1（%2）目前為手動設定的%3，有效期限至 %4。立即結束後，將恢復依等級規則決定的等級。</translation>
    </message>
    <message>
        <source>Say why the manual tier ends early.</source>
        <translation>請說明提前結束手動等級的原因。</translation>
    </message>
</context>
<context>
    <name>loyalty::ExportLine</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>loyalty::ItemEditor</name>
    <message>
        <source>New mall item</source>
        <translation>新增商城商品</translation>
    </message>
    <message>
        <source>Edit item: %1</source>
        <translation>編輯商品：%1</translation>
    </message>
    <message>
        <source>What members see in the mall</source>
        <translation>會員在商城中看到的內容</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 積分</translation>
    </message>
    <message>
        <source>¥</source>
        <extracomment>The currency sign before an amount typed in yuan</extracomment>
        <translation>¥</translation>
    </message>
    <message>
        <source>The cash part a member pays on top of the points, in yuan (0: points only)</source>
        <translation>會員在積分之外另付的現金，單位為元（0：純積分）</translation>
    </message>
    <message>
        <source>Tier (and above)</source>
        <translation>等級（含以上）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>A lower points price for members of a tier and above</source>
        <translation>為某等級以上會員設定較低的積分價格</translation>
    </message>
    <message>
        <source>&amp;Add tier price</source>
        <translation>新增等級價(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Members below this tier cannot redeem the item</source>
        <translation>低於此等級的會員無法兌換此商品</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>How many a member may redeem in all (0: no limit)</source>
        <translation>每位會員累計最多可兌換的數量（0：不限）</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>每%1</translation>
    </message>
    <message>
        <source>Switched &amp;on (members see it inside the schedule)</source>
        <translation>開啟上架（會員在上架時間內可見）(&amp;O)</translation>
    </message>
    <message>
        <source>No start</source>
        <translation>不限開始</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>不限結束</translation>
    </message>
    <message>
        <source>The item shows as low on stock at this many or fewer</source>
        <translation>庫存不高於此數量時，商品顯示為庫存不足</translation>
    </message>
    <message>
        <source>Recorded as an inbound movement &quot;initial stock&quot;; later changes go through Adjust stock</source>
        <translation>記為一筆「初始庫存」入庫；之後的異動請透過「調整庫存」進行</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>選擇圖片(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>刪除圖片</translation>
    </message>
    <message>
        <source>Create item</source>
        <translation>建立商品</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>類別(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>圖片：</translation>
    </message>
    <message>
        <source>Price and limits</source>
        <translation>價格與限兌</translation>
    </message>
    <message>
        <source>&amp;Points price:</source>
        <translation>積分價格(&amp;P)：</translation>
    </message>
    <message>
        <source>Cas&amp;h price:</source>
        <translation>現金價格(&amp;H)：</translation>
    </message>
    <message>
        <source>Tier prices:</source>
        <translation>等級價：</translation>
    </message>
    <message>
        <source>&amp;Minimum tier:</source>
        <translation>最低等級(&amp;M)：</translation>
    </message>
    <message>
        <source>Per &amp;member:</source>
        <translation>每人限兌(&amp;M)：</translation>
    </message>
    <message>
        <source>Per &amp;period:</source>
        <translation>週期限兌(&amp;P)：</translation>
    </message>
    <message>
        <source>Shelf and stock</source>
        <translation>上架與庫存</translation>
    </message>
    <message>
        <source>On shelf &amp;from:</source>
        <translation>上架時間(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>下架時間(&amp;U)：</translation>
    </message>
    <message>
        <source>Low-stock &amp;alert at:</source>
        <translation>低庫存提醒(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Initial stock:</source>
        <translation>初始庫存(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 (change it with Adjust stock)</source>
        <translation>%1（請透過「調整庫存」修改）</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>庫存：</translation>
    </message>
    <message>
        <source>Choose the item&apos;s image</source>
        <translation>選擇商品圖片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>The image is %1 KB; the mall takes at most 512 KB.</source>
        <translation>圖片大小為 %1 KB；商城最多接受 512 KB。</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or WebP image.</source>
        <translation>此檔案不是 PNG、JPEG 或 WebP 圖片。</translation>
    </message>
    <message>
        <source>(no preview)</source>
        <translation>（無預覽）</translation>
    </message>
    <message>
        <source>%1 (%2 KB) is uploaded when the item is saved.</source>
        <translation>%1（%2 KB）將在儲存商品時上傳。</translation>
    </message>
    <message>
        <source>(current image)</source>
        <translation>（目前圖片）</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>無圖片</translation>
    </message>
    <message>
        <source>The item has an image (%1 KB). Choose another to replace it.</source>
        <translation>此商品已有圖片（%1 KB）。選擇其他圖片即可取代。</translation>
    </message>
    <message>
        <source>The image is removed when the item is saved.</source>
        <translation>圖片將在儲存商品時刪除。</translation>
    </message>
    <message>
        <source>PNG, JPEG or WebP, at most 512 KB.</source>
        <translation>PNG、JPEG 或 WebP，最大 512 KB。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Someone else changed this item while you edited it; nothing was saved. Close the editor and open the item again.</source>
        <translation>在您編輯期間，其他人修改了此商品；您的修改未儲存。請關閉編輯器並重新開啟此商品。</translation>
    </message>
    <message>
        <source>The item was saved, but its image is still there. Press Save to try again.</source>
        <translation>商品已儲存，但圖片仍未刪除。請按「儲存」再試一次。</translation>
    </message>
    <message>
        <source>Uploading the image…</source>
        <translation>正在上傳圖片…</translation>
    </message>
    <message>
        <source>The item was saved, but not its image. Choose another image or press Save to try again.</source>
        <translation>商品已儲存，但圖片未儲存。請選擇其他圖片，或按「儲存」再試一次。</translation>
    </message>
</context>
<context>
    <name>loyalty::JobFollower</name>
    <message>
        <source>The job failed (%1).</source>
        <translation>作業失敗（%1）。</translation>
    </message>
</context>
<context>
    <name>loyalty::JobProgressDialog</name>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>經過時間：</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某位使用者</translation>
    </message>
    <message>
        <source>%1 Still trying…</source>
        <translation>%1 正在重試…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未啟動</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在向伺服器查詢…</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待啟動</translation>
    </message>
    <message>
        <source>Running: %1% done</source>
        <translation>執行中：已完成 %1%</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Nothing had expired: no points were taken.</source>
        <translation>沒有到期的積分：未扣除任何積分。</translation>
    </message>
    <message numerus="yes">
        <source>Expired %1 points from %Ln lots.</source>
        <translation>
            <numerusform>共 %1 積分已過期，涉及 %Ln 個積分批次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>You can close this window: the job keeps running on the server.</source>
        <translation>您可以關閉此視窗：作業會在伺服器上繼續執行。</translation>
    </message>
    <message>
        <source>%1 Showing the run already in progress (job %2, started by %3 at %4).</source>
        <translation>%1 現在顯示執行中作業的進度（作業 %2，由 %3 於 %4 啟動）。</translation>
    </message>
    <message>
        <source>Pending points: %1 posted, %2 cancelled at their deadline.</source>
        <translation>待入帳積分：%1 筆已入帳，%2 筆因到期被取消。</translation>
    </message>
</context>
<context>
    <name>loyalty::LedgerFilterBar</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始日期(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>結束日期(&amp;O)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>Clear the filter and show the whole ledger</source>
        <translation>清除篩選，顯示全部積分明細</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
</context>
<context>
    <name>loyalty::LedgerModel</name>
    <message>
        <source>Earned</source>
        <translation>獲得</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消費</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退還</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>沖正</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation>沒收</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>異動後餘額</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation>無法連線到伺服器，且沒有可顯示的本機快取。</translation>
    </message>
    <message>
        <source>Offline, the ledger can be shown only unfiltered: clear the filter to see the copy kept on this computer.</source>
        <translation>離線時只能顯示未篩選的積分明細：請清除篩選，以檢視這台電腦上保存的副本。</translation>
    </message>
</context>
<context>
    <name>loyalty::ListExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 The export stopped; no file was written.</source>
        <translation>%1 匯出已停止，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>匯出已取消，未寫入任何檔案。</translation>
    </message>
</context>
<context>
    <name>loyalty::LocalServerLauncher</name>
    <message>
        <source>Cannot create a folder for the demo database: %1</source>
        <translation>無法為示範資料庫建立資料夾：%1</translation>
    </message>
    <message numerus="yes">
        <source>Creating %Ln demo members…</source>
        <translation>
            <numerusform>正在建立 %Ln 位示範會員…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the demo administrator…</source>
        <translation>正在建立示範管理員…</translation>
    </message>
    <message>
        <source>The demo server could not be prepared: %1</source>
        <translation>無法準備示範伺服器：%1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>無法啟動 %1：%2</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>正在啟動示範伺服器…</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready.</source>
        <translation>示範伺服器在就緒前已停止。</translation>
    </message>
</context>
<context>
    <name>loyalty::LoginDialog</name>
    <message>
        <source>No keychain answered (%1): the session is kept in memory only and you will sign in again next time.</source>
        <translation>金鑰圈無回應（%1）：工作階段僅保存在記憶體中，下次需要重新登入。</translation>
    </message>
    <message>
        <source>Sign in to Loyalty Console</source>
        <translation>登入會員積分控制台</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在這台電腦上記住我(&amp;R)</translation>
    </message>
    <message>
        <source>https://loyalty.example.com</source>
        <translation>https://loyalty.example.com</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the session is kept in memory only.</source>
        <translation>這台電腦上沒有可用的金鑰圈：工作階段僅保存在記憶體中。</translation>
    </message>
    <message>
        <source>No keychain answered (%1): if you sign in, the session is kept in memory only.</source>
        <translation>金鑰圈無回應（%1）：登入後工作階段將僅保存在記憶體中。</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://loyalty.example.com.</source>
        <translation>請輸入伺服器位址（例如 https://loyalty.example.com）。</translation>
    </message>
    <message>
        <source>Use https for a server on another computer; http is allowed only for this computer.</source>
        <translation>連線到其他電腦上的伺服器時請使用 https；http 僅允許用於本機。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
</context>
<context>
    <name>loyalty::LotModel</name>
    <message>
        <source>Used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>30 天內過期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>獲得日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>過期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Expiry lots are shown only while the server can be reached.</source>
        <translation>積分批次僅在能連線至伺服器時顯示。</translation>
    </message>
</context>
<context>
    <name>loyalty::MainWindow</name>
    <message>
        <source>Loyalty Console</source>
        <translation>會員積分控制台</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>尋找會員(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A navigation entry with how many items wait in it, e.g. &quot;Approvals (3)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>線上：%1</translation>
    </message>
    <message>
        <source>Offline since %1: %2</source>
        <translation>自 %1 起離線：%2</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>操作紀錄</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>變更密碼(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>將清單匯出為 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密碼已變更。</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>審核</translation>
    </message>
    <message>
        <source>Run e&amp;xpiry now…</source>
        <translation>立即執行積分過期作業(&amp;X)…</translation>
    </message>
    <message>
        <source>Expire every points lot whose time has come, for all members, now</source>
        <translation>立即為所有會員處理已到期的積分批次</translation>
    </message>
    <message>
        <source>Run expiry now?</source>
        <translation>立即執行積分過期作業？</translation>
    </message>
    <message>
        <source>Every points lot whose expiry date has passed is posted as expired now, for all members. The points are gone from their balances; this cannot be undone. Run the expiry now?</source>
        <translation>所有會員中已超過有效期限的積分批次將立即記為過期，這些積分會從餘額中扣除，且無法復原。要立即執行積分過期作業嗎？</translation>
    </message>
    <message>
        <source>Points expiry</source>
        <translation>積分過期作業</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Discard unsaved tier edits?</source>
        <translation>捨棄未儲存的等級修改？</translation>
    </message>
    <message>
        <source>The tier ladder has edits that are not saved. Quit and lose them?</source>
        <translation>等級體系有未儲存的修改。結束並捨棄這些修改？</translation>
    </message>
    <message>
        <source>Mall</source>
        <translation>積分商城</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>兌換訂單</translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemExporter</name>
    <message numerus="yes">
        <source>%Ln items exported to %1.</source>
        <translation>
            <numerusform>已將 %Ln 項商品匯出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemModel</name>
    <message>
        <source>Sold out: restock it or take it off the shelf.</source>
        <translation>已售完：請補貨或將其下架。</translation>
    </message>
    <message numerus="yes">
        <source>Low stock: %Ln left (the alert is at %1 or fewer).</source>
        <translation>
            <numerusform>庫存不足：剩餘 %Ln 件（提醒門檻為不高於 %1 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member pays %1 points.</source>
        <translation>所有會員均需 %1 積分。</translation>
    </message>
    <message>
        <source>%1 points; tier prices:</source>
        <translation>%1 積分；等級價：</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1：%2 積分</translation>
    </message>
    <message>
        <source>The low-stock alert is at %1 or fewer.</source>
        <translation>庫存不高於 %1 件時提醒庫存不足。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商品名稱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>價位</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限兌</translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation>最低等級</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>上架狀態</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the catalogue is not kept on this computer: it shows again when the connection is back.</source>
        <translation>無法連線到伺服器，且商品目錄不會保存在這台電腦上：連線恢復後將重新顯示。</translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemView</name>
    <message>
        <source>Stock &amp;history:</source>
        <translation>庫存異動紀錄(&amp;H)：</translation>
    </message>
    <message>
        <source>Select an item to see its prices, stock and history</source>
        <translation>選擇一項商品，檢視其價格、庫存和異動紀錄</translation>
    </message>
    <message>
        <source>%1 · %2 band · item %3</source>
        <translation>%1 · %2 · 商品 %3</translation>
    </message>
    <message>
        <source>Price: %1 points + %2</source>
        <translation>價格：%1 積分 + %2</translation>
    </message>
    <message>
        <source>Price: %1 points</source>
        <translation>價格：%1 積分</translation>
    </message>
    <message>
        <source>  %1 and above: %2 points</source>
        <translation>  %1以上：%2 積分</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>限兌：%1</translation>
    </message>
    <message>
        <source>Minimum tier: %1</source>
        <translation>最低等級：%1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1, no end</source>
        <translation>%1 起，不限結束時間</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>no schedule</source>
        <translation>未設定上架時間</translation>
    </message>
    <message>
        <source>Shelf: %1 (%2)</source>
        <translation>上架狀態：%1（%2）</translation>
    </message>
    <message>
        <source>Stock: sold out (the alert is at %1 or fewer)</source>
        <translation>庫存：已售完（提醒門檻為不高於 %1 件）</translation>
    </message>
    <message>
        <source>Stock: %1, low (the alert is at %2 or fewer)</source>
        <translation>庫存：%1，庫存不足（提醒門檻為不高於 %2 件）</translation>
    </message>
    <message>
        <source>Stock: %1 (the alert is at %2 or fewer)</source>
        <translation>庫存：%1（提醒門檻為不高於 %2 件）</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>無圖片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No stock movements yet.</source>
        <translation>尚無庫存異動。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movements shown, scroll for more</source>
        <translation>
            <numerusform>已顯示 %Ln 筆異動，捲動以查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movements</source>
        <translation>
            <numerusform>%Ln 筆異動</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>正在載入圖片…</translation>
    </message>
    <message>
        <source>The image cannot be shown here</source>
        <translation>此處無法顯示此圖片</translation>
    </message>
</context>
<context>
    <name>loyalty::MallPane</name>
    <message numerus="yes">
        <source>Exporting the catalogue… %Ln rows written</source>
        <translation>
            <numerusform>正在匯出商品目錄…已寫入 %Ln 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>All price bands</source>
        <translation>全部價位</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新增商品(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an item to the mall&apos;s catalogue</source>
        <translation>在商城的商品目錄中新增商品</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Adjust &amp;stock…</source>
        <translation>調整庫存(&amp;S)…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export every item the filters show to a CSV file (Ctrl+E)</source>
        <translation>將符合篩選條件的所有商品匯出為 CSV 檔案（Ctrl+E）</translation>
    </message>
    <message>
        <source>Find by name…</source>
        <translation>依名稱尋找…</translation>
    </message>
    <message>
        <source>Only items of this category</source>
        <translation>僅顯示此類別的商品</translation>
    </message>
    <message>
        <source>Only items in this points price band</source>
        <translation>僅顯示此積分價位的商品</translation>
    </message>
    <message>
        <source>Only items in this shelf status</source>
        <translation>僅顯示此上架狀態的商品</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>僅看庫存不足(&amp;L)</translation>
    </message>
    <message>
        <source>Only items at or below their low-stock alert</source>
        <translation>僅顯示庫存不高於提醒門檻的商品</translation>
    </message>
    <message>
        <source>Offline: the catalogue cannot be changed now.</source>
        <translation>離線：暫時無法修改商品目錄。</translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation>請先在清單中選擇一項商品。</translation>
    </message>
    <message>
        <source>Change the selected item (or double-click it)</source>
        <translation>修改所選商品（或按兩下該商品）</translation>
    </message>
    <message>
        <source>Record goods coming in or correct the count, with a reason</source>
        <translation>登記入庫或更正庫存數量（須填寫原因）</translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation>正在載入商品目錄…</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>沒有符合篩選條件的商品。</translation>
    </message>
    <message>
        <source>The catalogue is empty: add the first item with New item.</source>
        <translation>商品目錄為空：請透過「新增商品」新增第一項商品。</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>商品目錄為空。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items shown, scroll for more</source>
        <translation>
            <numerusform>已顯示 %Ln 項商品，捲動以查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln 項商品</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was added to the catalogue (item %2).</source>
        <translation>「%1」已新增到商品目錄（商品 %2）。</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>「%1」已儲存。</translation>
    </message>
    <message>
        <source>The stock of “%1” is now %2.</source>
        <translation>「%1」的庫存現為 %2。</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>匯出商品目錄</translation>
    </message>
</context>
<context>
    <name>loyalty::MemberAuditModel</name>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>forfeited</source>
        <translation>沒收積分</translation>
    </message>
    <message>
        <source>pending cancelled</source>
        <translation>取消待入帳筆數</translation>
    </message>
    <message>
        <source>approvals cancelled</source>
        <translation>取消審核筆數</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>until</source>
        <translation>有效期限至</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One changed field in an audit summary: field, value before, value after</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the changed fields of an audit summary</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>變更內容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>另有 %Ln 項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::MemberDetailView</name>
    <message>
        <source>Member no.:</source>
        <translation>會員編號：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手機號碼：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>註冊時間：</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>&amp;Adjust points…</source>
        <translation>調整積分(&amp;A)…</translation>
    </message>
    <message>
        <source>Select a member</source>
        <translation>請選擇會員</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>請先選擇會員。</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）無權%2。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be changed now.</source>
        <translation>離線：無法連線到伺服器，暫時無法進行任何變更。</translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation>調整積分</translation>
    </message>
    <message>
        <source>see whole phone numbers</source>
        <translation>查看完整手機號碼</translation>
    </message>
    <message>
        <source>reverse ledger entries</source>
        <translation>沖正積分明細</translation>
    </message>
    <message>
        <source>Select a ledger entry first.</source>
        <translation>請先選擇一筆積分明細。</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed; post a new adjustment instead.</source>
        <translation>沖正紀錄不能再次沖正；請改為新增一筆積分調整。</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>這筆明細已經沖正過了。</translation>
    </message>
    <message>
        <source>Points &amp;ledger</source>
        <translation>積分明細(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xpiry lots</source>
        <translation>積分批次(&amp;X)</translation>
    </message>
    <message>
        <source>Show only entries of this &amp;kind</source>
        <translation>僅顯示此類型的明細(&amp;K)</translation>
    </message>
    <message>
        <source>Show &amp;all entries</source>
        <translation>顯示全部明細(&amp;A)</translation>
    </message>
    <message>
        <source>Set &amp;tier…</source>
        <translation>設定等級(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>新增備註(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Pending points</source>
        <translation>待入帳積分(&amp;P)</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>備註(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>操作紀錄(&amp;U)</translation>
    </message>
    <message>
        <source>The member is frozen: points can be neither earned nor spent. Unfreeze them first.</source>
        <translation>此會員已被凍結：無法獲得或使用積分。請先解凍。</translation>
    </message>
    <message>
        <source>The member is blacklisted: no points can be posted to them.</source>
        <translation>此會員已被列入黑名單：無法為其入帳任何積分。</translation>
    </message>
    <message>
        <source>Unfree&amp;ze…</source>
        <translation>解凍(&amp;Z)…</translation>
    </message>
    <message>
        <source>Let the member earn and spend points again (a reason is required).</source>
        <translation>恢復此會員獲得及使用積分（須填寫原因）。</translation>
    </message>
    <message>
        <source>Free&amp;ze…</source>
        <translation>凍結(&amp;Z)…</translation>
    </message>
    <message>
        <source>A blacklisted member cannot be frozen; lift the blacklist first.</source>
        <translation>已列入黑名單的會員無法凍結；請先解除黑名單。</translation>
    </message>
    <message>
        <source>Stop the member earning and spending points until unfrozen (a reason is required).</source>
        <translation>解凍前禁止此會員獲得及使用積分（須填寫原因）。</translation>
    </message>
    <message>
        <source>Lift &amp;blacklist…</source>
        <translation>解除黑名單(&amp;B)…</translation>
    </message>
    <message>
        <source>End the blacklisting; forfeited points are not restored.</source>
        <translation>解除黑名單；已沒收的積分不會恢復。</translation>
    </message>
    <message>
        <source>&amp;Blacklist…</source>
        <translation>列入黑名單(&amp;B)…</translation>
    </message>
    <message>
        <source>Blacklist for fraud: forfeits the balance and cancels pending points.</source>
        <translation>因詐欺列入黑名單：沒收全部餘額並取消待入帳積分。</translation>
    </message>
    <message>
        <source>A blacklisted member&apos;s tier cannot be set; lift the blacklist first.</source>
        <translation>無法為已列入黑名單的會員設定等級；請先解除黑名單。</translation>
    </message>
    <message>
        <source>Set the member&apos;s tier by hand until a date, with a reason.</source>
        <translation>手動設定此會員的等級至指定日期（須填寫原因）。</translation>
    </message>
    <message>
        <source>End the manual tier now; the programme&apos;s rules decide the tier again.</source>
        <translation>立即結束手動等級，恢復依等級規則決定等級。</translation>
    </message>
    <message>
        <source>Leave a note every agent sees on this member (it cannot be edited later).</source>
        <translation>為此會員新增所有客服都看得到的備註（新增後無法修改）。</translation>
    </message>
    <message>
        <source>The adjustment of %1 points waits for a manager&apos;s approval (request %2); the balance has not changed.</source>
        <translation>%1 積分的調整正在等待經理核准（申請編號 %2）；餘額未異動。</translation>
    </message>
    <message>
        <source>The blacklist is lifted. Nothing was restored automatically.</source>
        <translation>已解除黑名單。未自動還原任何內容。</translation>
    </message>
    <message>
        <source>En&amp;d manual tier…</source>
        <translation>結束手動等級(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>Blacklisted: %1 points forfeited, %Ln pending entries cancelled.</source>
        <translation>
            <numerusform>已列入黑名單：沒收 %1 積分，取消 %Ln 筆待入帳積分。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reverse entry…</source>
        <translation>沖正明細(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>loyalty::MemberExporter</name>
    <message numerus="yes">
        <source>%Ln members exported to %1.</source>
        <translation>
            <numerusform>已將 %Ln 位會員匯出至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::MemberListModel</name>
    <message>
        <source>Frozen</source>
        <translation>已凍結</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>已列入黑名單</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation>無法連線到伺服器，且沒有可顯示的本機快取。</translation>
    </message>
</context>
<context>
    <name>loyalty::MemberRepository</name>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation>無法連線到伺服器，且沒有可顯示的本機快取。</translation>
    </message>
    <message>
        <source>The server cannot be reached and this member is not in the local cache.</source>
        <translation>無法連線到伺服器，且本機快取中沒有此會員。</translation>
    </message>
</context>
<context>
    <name>loyalty::MemberStatusDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Freeze member</source>
        <translation>凍結會員</translation>
    </message>
    <message>
        <source>Freeze %1: until someone unfreezes them, they can neither earn nor spend points. Their balance stays as it is.</source>
        <translation>凍結 %1：解凍前此會員無法獲得或使用積分，餘額維持不變。</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>凍結</translation>
    </message>
    <message>
        <source>Unfreeze member</source>
        <translation>解凍會員</translation>
    </message>
    <message>
        <source>Unfreeze %1: they can earn and spend points again.</source>
        <translation>解凍 %1：此會員將可重新獲得及使用積分。</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解凍</translation>
    </message>
    <message>
        <source>Blacklist member</source>
        <translation>將會員列入黑名單</translation>
    </message>
    <message>
        <source>Blacklist %1 for fraud: their balance of %2 points is forfeited, their %3 pending points are cancelled, and they are excluded from tasks and the mall. Lifting the blacklist later restores none of it.</source>
        <translation>因詐欺將 %1 列入黑名單：沒收其餘額 %2 積分，取消其待入帳的 %3 積分，並禁止其參與任務及積分商城。日後解除黑名單也不會恢復上述任何內容。</translation>
    </message>
    <message>
        <source>Blacklist…</source>
        <translation>列入黑名單…</translation>
    </message>
    <message>
        <source>Lift blacklist</source>
        <translation>解除黑名單</translation>
    </message>
    <message>
        <source>Lift the blacklisting of %1. Forfeited points and cancelled pending points are not restored automatically.</source>
        <translation>將 %1 移出黑名單。已沒收的積分及已取消的待入帳積分不會自動恢復。</translation>
    </message>
    <message>
        <source>Really blacklist %1 (%2)?

%3 points will be forfeited now and %4 pending points cancelled. This is recorded in the audit log and is not undone by lifting the blacklist.</source>
        <translation>確定要將 %1（%2）列入黑名單嗎？

將立即沒收 %3 積分，並取消待入帳的 %4 積分。此操作會記入操作紀錄，解除黑名單也無法復原。</translation>
    </message>
</context>
<context>
    <name>loyalty::MembersPane</name>
    <message>
        <source>Search: phone, last 4 digits, member number or name (Ctrl+F)</source>
        <translation>搜尋：手機號碼、末 4 碼、會員編號或姓名（Ctrl+F）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>沒有符合的會員。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members shown, scroll for more</source>
        <translation>
            <numerusform>已顯示 %Ln 位會員，捲動以查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 位會員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting members… %Ln rows written</source>
        <translation>
            <numerusform>正在匯出會員… 已寫入 %Ln 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export every member matching the search to a CSV file (Ctrl+E)</source>
        <translation>將符合搜尋條件的所有會員匯出為 CSV 檔案（Ctrl+E）</translation>
    </message>
    <message>
        <source>Offline: exports need the server, which cannot be reached now.</source>
        <translation>離線：匯出需要連線至伺服器，目前無法連線。</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>匯出會員</translation>
    </message>
</context>
<context>
    <name>loyalty::NoteModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes are shown only while the server can be reached.</source>
        <translation>備註僅在能連線至伺服器時顯示。</translation>
    </message>
</context>
<context>
    <name>loyalty::OfflineBanner</name>
    <message>
        <source>unknown time</source>
        <translation>未知時間</translation>
    </message>
    <message>
        <source>Offline, data as of %1. The server cannot be reached: you are looking at the local copy, and changes are disabled until it answers again.</source>
        <translation>離線，資料截至 %1。無法連線到伺服器：目前顯示的是本機副本，在伺服器恢復回應之前無法進行變更。</translation>
    </message>
</context>
<context>
    <name>loyalty::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>重設 %1 的密碼</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>至少 10 個字元</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>目前的密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>確認密碼(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 is signed out everywhere and signs in with the new password.</source>
        <translation>%1 將在所有裝置上登出，之後需使用新密碼登入。</translation>
    </message>
    <message>
        <source>Your other sessions are signed out.</source>
        <translation>您的其他工作階段已登出。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>請輸入目前的密碼。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>loyalty::PendingModel</name>
    <message>
        <source>Posted to the ledger</source>
        <translation>已計入積分明細</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>已超過截止時間</translation>
    </message>
    <message>
        <source>Member blacklisted</source>
        <translation>會員已列入黑名單</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待入帳</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已入帳</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>依時間</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>依事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Pending points: what became of them, and when, e.g. &quot;Member blacklisted (2025-03-01 10:00)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Cancelled pending points and why, e.g. &quot;Cancelled: Member blacklisted&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>獲得時間</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>入帳方式</translation>
    </message>
    <message>
        <source>At / on event</source>
        <translation>入帳時間 / 事件</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Pending points are shown only while the server can be reached.</source>
        <translation>待入帳積分僅在能連線至伺服器時顯示。</translation>
    </message>
</context>
<context>
    <name>loyalty::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionExporter</name>
    <message numerus="yes">
        <source>%Ln redemptions exported to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆兌換匯出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionModel</name>
    <message>
        <source>Placed</source>
        <translation>已下單</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已發放</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member&apos;s number and (masked) name, e.g. &quot;8800000001 (张*)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, e.g. &quot;¥12.50&quot;</extracomment>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Double-click to open this member</source>
        <translation>按兩下開啟此會員</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column: the redemption&apos;s number</extracomment>
        <translation>兌換編號</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <extracomment>Column: how many units were redeemed</extracomment>
        <translation>數量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>The redemption queue needs a connection to the server; it is not kept for offline work.</source>
        <translation>兌換佇列需要連線到伺服器才能檢視，不會保存供離線使用。</translation>
    </message>
    <message>
        <source>Open after-sales cases</source>
        <translation>未結售後工單</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Column: how many after-sales cases of the redemption are open</extracomment>
        <translation>售後</translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionTimelineModel</name>
    <message>
        <source>case %1</source>
        <translation>售後案件 %1</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>售後案件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An event and the reason given for it, e.g. &quot;Cancelled: the member asked&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>商品破損</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>運送途中遺失</translation>
    </message>
    <message>
        <source>Wrong item or code</source>
        <translation>商品或兌換碼有誤</translation>
    </message>
    <message>
        <source>Refund the points</source>
        <translation>退還積分</translation>
    </message>
    <message>
        <source>Ship again</source>
        <translation>補寄</translation>
    </message>
    <message>
        <source>Issue a new code</source>
        <translation>重發兌換碼</translation>
    </message>
    <message>
        <source>Reject the claim</source>
        <translation>駁回申請</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已處理</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下單</translation>
    </message>
    <message numerus="yes">
        <source>Placed: %Ln unit(s) for %1 points and %2</source>
        <translation>
            <numerusform>已下單：%Ln 件，%1 積分 + %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed: %Ln unit(s) for %1 points</source>
        <translation>
            <numerusform>已下單：%Ln 件，%1 積分</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已發放</translation>
    </message>
    <message>
        <source>Fulfilled with code %1</source>
        <translation>已發放，兌換碼 %1</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Shipped by %1, tracking number %2</source>
        <translation>已由 %1 出貨，物流單號 %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled, %1 points refunded</source>
        <translation>已取消，退還 %1 積分</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>已建立%1：%2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1（「%2」）</translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation>已處理%1：%2</translation>
    </message>
    <message>
        <source>A new code was issued</source>
        <translation>已重發兌換碼</translation>
    </message>
    <message>
        <source>A new code was issued: %1</source>
        <translation>已重發兌換碼：%1</translation>
    </message>
    <message>
        <source>Shipped again by %1, tracking number %2</source>
        <translation>已由 %1 補寄，物流單號 %2</translation>
    </message>
    <message numerus="yes">
        <source>Shipped again: %Ln unit(s) taken from stock</source>
        <translation>
            <numerusform>已補寄：從庫存中扣除 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped again</source>
        <translation>已補寄</translation>
    </message>
    <message>
        <source>%1 points refunded to the member</source>
        <translation>已向會員退還 %1 積分</translation>
    </message>
    <message>
        <source>Points refunded to the member</source>
        <translation>已向會員退還積分</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) put back into stock</source>
        <translation>
            <numerusform>%Ln 件已放回庫存</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back into stock</source>
        <translation>已放回庫存</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人員</translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionsPane</name>
    <message numerus="yes">
        <source>Exporting redemptions… %Ln rows written</source>
        <translation>
            <numerusform>正在匯出兌換訂單…已寫入 %Ln 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>Which redemptions the queue lists</source>
        <translation>選擇佇列中要列出的兌換</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>商品(&amp;I)：</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Choose an item, or type its id and press Enter</source>
        <translation>選擇商品，或輸入商品編號後按 Enter</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>會員(&amp;M)：</translation>
    </message>
    <message>
        <source>Member no. or id, Enter</source>
        <translation>會員編號或 id，按 Enter</translation>
    </message>
    <message>
        <source>A member number or a member id; press Enter to apply</source>
        <translation>會員編號或會員 id；按 Enter 套用</translation>
    </message>
    <message>
        <source>&amp;Placed from</source>
        <translation>下單日期從(&amp;P)</translation>
    </message>
    <message>
        <source>Only redemptions placed between these two days (both included)</source>
        <translation>僅顯示在這兩天之間（含首尾兩天）下單的兌換</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export every redemption this filter lets through to a CSV file (Ctrl+E)</source>
        <translation>將符合篩選條件的所有兌換匯出為 CSV 檔案（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>處理進度(&amp;T)：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>S&amp;hip…</source>
        <translation>出貨(&amp;H)…</translation>
    </message>
    <message>
        <source>Com&amp;plete</source>
        <translation>完成(&amp;P)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>取消(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;member</source>
        <translation>檢視會員(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>建立售後案件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Resolve case…</source>
        <translation>處理售後案件(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>“%1” is no item: choose one from the list or type its id.</source>
        <translation>「%1」不是商品：請從清單中選擇，或輸入商品編號。</translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>開始日期晚於結束日期。</translation>
    </message>
    <message>
        <source>No member has the number “%1”.</source>
        <translation>沒有會員編號為「%1」的會員。</translation>
    </message>
    <message>
        <source>Export redemptions</source>
        <translation>匯出兌換訂單</translation>
    </message>
    <message>
        <source>Issue &amp;code</source>
        <translation>發放兌換碼(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;fulfilled</source>
        <translation>標記為已發放(&amp;F)</translation>
    </message>
    <message>
        <source>Select a redemption in the queue</source>
        <translation>請在佇列中選擇一筆兌換</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>Redemption %1: %2 × %3</source>
        <translation>兌換 %1：%2 × %3</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>會員：%1</translation>
    </message>
    <message>
        <source>Paid: %1 points</source>
        <translation>支付：%1 積分</translation>
    </message>
    <message>
        <source>Paid: %1 points and %2</source>
        <translation>支付：%1 積分 + %2</translation>
    </message>
    <message>
        <source>Status: %1 (placed %2)</source>
        <translation>狀態：%1（下單時間 %2）</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>兌換碼：%1</translation>
    </message>
    <message>
        <source>Shipped by %1, tracking number %2</source>
        <translation>已由 %1 出貨，物流單號 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln after-sales case(s) open</source>
        <translation>
            <numerusform>%Ln 件售後案件處理中</numerusform>
        </translation>
    </message>
    <message>
        <source>No after-sales cases.</source>
        <translation>沒有售後案件。</translation>
    </message>
    <message>
        <source>After-sales &amp;cases:</source>
        <translation>售後案件(&amp;C)：</translation>
    </message>
    <message>
        <source>%1, restocked</source>
        <translation>%1，已放回庫存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The last action is being sent…</source>
        <translation>正在送出上一個操作…</translation>
    </message>
    <message>
        <source>Select a redemption in the queue first.</source>
        <translation>請先在佇列中選擇一筆兌換。</translation>
    </message>
    <message>
        <source>Your role (%1) may look at redemptions but not handle them.</source>
        <translation>您的角色（%1）只能檢視兌換，無權處理。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be changed now.</source>
        <translation>離線：無法連線到伺服器，暫時無法進行任何變更。</translation>
    </message>
    <message>
        <source>Issue a code to the member (the server makes one)</source>
        <translation>向會員發放兌換碼（由伺服器產生）</translation>
    </message>
    <message>
        <source>Mark the redemption fulfilled</source>
        <translation>將此兌換標記為已發放</translation>
    </message>
    <message>
        <source>Record the carrier and tracking number of the parcel</source>
        <translation>登記包裹的物流業者和物流單號</translation>
    </message>
    <message>
        <source>The member has what they redeemed: close the redemption</source>
        <translation>會員已收到兌換的商品：結束此兌換</translation>
    </message>
    <message>
        <source>Cancel: the points go back to the member, the stock is released</source>
        <translation>取消：積分退還給會員，庫存釋回</translation>
    </message>
    <message>
        <source>Record a problem the member reported</source>
        <translation>登記會員回報的問題</translation>
    </message>
    <message>
        <source>Refund, reship, issue a new code or reject the selected case</source>
        <translation>對所選案件退還積分、補寄、重發兌換碼或駁回</translation>
    </message>
    <message>
        <source>Show this member&apos;s 360 view in the Members pane</source>
        <translation>在「會員」頁面中顯示此會員的 360 檢視</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No redemption matches this filter.</source>
        <translation>沒有符合篩選條件的兌換。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln redemptions shown, scroll for more</source>
        <translation>
            <numerusform>已顯示 %Ln 筆兌換，捲動以查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln redemptions</source>
        <translation>
            <numerusform>%Ln 筆兌換</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在送出…</translation>
    </message>
    <message>
        <source>Redemption %1 completed.</source>
        <translation>兌換 %1 已完成。</translation>
    </message>
    <message>
        <source>Redemption %1 fulfilled with code %2.</source>
        <translation>兌換 %1 已發放，兌換碼 %2。</translation>
    </message>
    <message>
        <source>Redemption %1 fulfilled.</source>
        <translation>兌換 %1 已發放。</translation>
    </message>
    <message>
        <source>Redemption %1 shipped by %2, tracking number %3.</source>
        <translation>兌換 %1 已由 %2 出貨，物流單號 %3。</translation>
    </message>
    <message>
        <source>Redemption %1 cancelled; %2 points went back to the member.</source>
        <translation>兌換 %1 已取消；%2 積分已退還給會員。</translation>
    </message>
    <message>
        <source>Case %1 opened: %2.</source>
        <translation>售後案件 %1 已建立：%2。</translation>
    </message>
    <message>
        <source>Case %1 resolved: %2 points went back to the member.</source>
        <translation>售後案件 %1 已處理：%2 積分已退還給會員。</translation>
    </message>
    <message>
        <source>Case %1 resolved: %2.</source>
        <translation>售後案件 %1 已處理：%2。</translation>
    </message>
</context>
<context>
    <name>loyalty::ResolveCaseDialog</name>
    <message>
        <source>Resolve case %1</source>
        <translation>處理售後案件 %1</translation>
    </message>
    <message>
        <source>Case %1 on redemption %2 (%3 × %4 for %5): %6.</source>
        <translation>兌換 %2 的售後案件 %1（%5 兌換的 %3 × %4）：%6。</translation>
    </message>
    <message>
        <source>The goods came back: put them back into &amp;stock</source>
        <translation>商品已退回：放回庫存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>處理結果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Resolve case</source>
        <translation>處理案件</translation>
    </message>
    <message>
        <source>%1 points go back to the member.</source>
        <translation>%1 積分將退還給會員。</translation>
    </message>
    <message numerus="yes">
        <source>Another %Ln unit(s) leave stock for the member.</source>
        <translation>
            <numerusform>將再從庫存中為會員寄出 %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The member gets a new code; the old one stops counting.</source>
        <translation>會員將獲得新兌換碼，舊兌換碼隨即失效。</translation>
    </message>
    <message>
        <source>Nothing moves; the reason tells the member why.</source>
        <translation>積分和庫存均不異動；原因將告知會員。</translation>
    </message>
    <message>
        <source>Why the claim is rejected (required)</source>
        <translation>駁回原因（必填）</translation>
    </message>
    <message>
        <source>Optional note on the resolution</source>
        <translation>處理說明（選填）</translation>
    </message>
</context>
<context>
    <name>loyalty::ReverseEntryDialog</name>
    <message>
        <source>Reverse ledger entry</source>
        <translation>沖正積分明細</translation>
    </message>
    <message>
        <source>%1 on %2: %3 points (%4). The reversal takes back exactly this amount.</source>
        <translation>%2 的%1：%3 積分（%4）。沖正將如數收回這筆積分。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>請選擇原因…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>沖正</translation>
    </message>
</context>
<context>
    <name>loyalty::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>伺服器位址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Local cache:</source>
        <translation>本機快取：</translation>
    </message>
    <message>
        <source>&amp;Clear cache…</source>
        <translation>清除快取(&amp;C)…</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>未開啟</translation>
    </message>
    <message>
        <source>Clear the local cache?</source>
        <translation>清除本機快取？</translation>
    </message>
    <message>
        <source>Members and ledgers kept for offline review are deleted from this computer. Nothing changes on the server.</source>
        <translation>為離線檢視而保存的會員和積分明細將從這台電腦上刪除。伺服器上的資料不受影響。</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>無法清除快取：%1</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://loyalty.example.com.</source>
        <translation>請輸入伺服器位址（例如 https://loyalty.example.com）。</translation>
    </message>
</context>
<context>
    <name>loyalty::ShipDialog</name>
    <message>
        <source>Ship redemption %1</source>
        <translation>兌換 %1 出貨</translation>
    </message>
    <message>
        <source>%1 × %2 for %3. Enter the carrier and the tracking number printed on the label.</source>
        <translation>%3 兌換的 %1 × %2。請輸入物流業者和託運單上的物流單號。</translation>
    </message>
    <message>
        <source>e.g. 顺丰速运</source>
        <translation>例如 黑貓宅急便</translation>
    </message>
    <message>
        <source>Letters, digits and dashes</source>
        <translation>字母、數字和連字號</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>物流業者(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>物流單號(&amp;T)：</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>確認出貨</translation>
    </message>
</context>
<context>
    <name>loyalty::StatusBadge</name>
    <message>
        <source>cannot earn or spend points</source>
        <translation>無法獲得或使用積分</translation>
    </message>
    <message>
        <source>balance forfeited, excluded from tasks and the mall</source>
        <translation>餘額已沒收，無法參與任務及積分商城</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; since %2 — %3</source>
        <extracomment>Status badge: status (bold), since (time), what it means</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;（自 %2 起）— %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>Status badge, second line: the reason given for the status</extracomment>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>loyalty::StockDialog</name>
    <message>
        <source>Adjust stock: %1</source>
        <translation>調整庫存：%1</translation>
    </message>
    <message>
        <source>Inbound (goods came in)</source>
        <translation>入庫（到貨）</translation>
    </message>
    <message>
        <source>Correction (after a count)</source>
        <translation>更正（盤點後）</translation>
    </message>
    <message>
        <source>Delivery note, stock count, damage…</source>
        <translation>送貨單、盤點、破損…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Stock now:</source>
        <translation>目前庫存：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Change (+ adds, − removes):</source>
        <translation>異動數量（+ 增加，− 減少）(&amp;C)：</translation>
    </message>
    <message>
        <source>Stock after:</source>
        <translation>異動後庫存：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>loyalty::StockMovementModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>異動</translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation>異動後庫存</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>兌換單</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>The server cannot be reached; stock history is not kept on this computer.</source>
        <translation>無法連線到伺服器；庫存異動紀錄不會保存在這台電腦上。</translation>
    </message>
</context>
<context>
    <name>loyalty::TierBenefitsEditor</name>
    <message>
        <source>Points &amp;multiplier:</source>
        <translation>積分倍數(&amp;M)：</translation>
    </message>
    <message>
        <source>1×, 1.5×, 2×, 3× or any other number above zero</source>
        <translation>1 倍、1.5 倍、2 倍、3 倍，或任何大於零的數</translation>
    </message>
    <message>
        <source>Pri&amp;ce paid:</source>
        <translation>實付比例(&amp;C)：</translation>
    </message>
    <message>
        <source>The share of the price members of this tier pay: 95% is 9.5 折, 100% no discount</source>
        <translation>該等級會員實付的價格比例：95% 即 9.5 折，100% 為不打折</translation>
    </message>
    <message>
        <source>Free s&amp;hipping</source>
        <translation>免運費(&amp;H)</translation>
    </message>
    <message>
        <source>Priority customer ser&amp;vice</source>
        <translation>優先客服(&amp;V)</translation>
    </message>
    <message>
        <source>Birthda&amp;y month multiplier:</source>
        <translation>生日月積分倍數(&amp;Y)：</translation>
    </message>
    <message>
        <source>Birthday &amp;gift points:</source>
        <translation>生日禮積分(&amp;G)：</translation>
    </message>
    <message>
        <source>Points e&amp;xpire after (months):</source>
        <translation>積分有效期（月）(&amp;X)：</translation>
    </message>
    <message>
        <source>programme default</source>
        <translation>依方案預設</translation>
    </message>
    <message>
        <source>Enter a multiplier above zero, e.g. 1.5.</source>
        <translation>請輸入大於零的倍數，例如 1.5。</translation>
    </message>
</context>
<context>
    <name>loyalty::TierCard</name>
    <message>
        <source>Tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>A progress bar&apos;s text: so far / needed, e.g. &quot;1,200 / 2,000&quot; or &quot;¥1,200.00 / ¥2,000.00&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Since %1, period ends %2</source>
        <translation>自 %1 起，本期至 %2 結束</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Set by hand until %1 by %2: %3</source>
        <extracomment>The tier was set by hand: until (date), by (user): reason</extracomment>
        <translation>由 %2 手動設定，有效期限至 %1：%3</translation>
    </message>
    <message>
        <source>Reached the bar for %1: the upgrade follows at the next evaluation</source>
        <translation>已達到%1的升級門檻：將於下次評定時升級</translation>
    </message>
    <message>
        <source>Top tier: there is no tier above %1</source>
        <translation>已是最高等級：沒有高於%1的等級</translation>
    </message>
    <message>
        <source>Keeps %1: the retention bar is met for the period ending %2</source>
        <translation>可保級%1：已達到本期（截至 %2）的保級門檻</translation>
    </message>
</context>
<context>
    <name>loyalty::TierConditionModel</name>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
</context>
<context>
    <name>loyalty::TierLadderModel</name>
    <message>
        <source>%1×</source>
        <extracomment>a points multiplier, e.g. &quot;1.5×&quot;</extracomment>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>%1% price</source>
        <extracomment>a discount given as the share paid, e.g. &quot;95% price&quot; (9.5 折)</extracomment>
        <translation>%1% 價格</translation>
    </message>
    <message>
        <source>free shipping</source>
        <translation>免運費</translation>
    </message>
    <message>
        <source>priority service</source>
        <translation>優先客服</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>生日月 %1</translation>
    </message>
    <message numerus="yes">
        <source>birthday gift %Ln points</source>
        <translation>
            <numerusform>生日禮 %Ln 積分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>points expire after %Ln months</source>
        <translation>
            <numerusform>積分 %Ln 個月後過期</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator between benefits in one line</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Name (Simplified)</source>
        <translation>名稱（簡體）</translation>
    </message>
    <message>
        <source>Name (Traditional)</source>
        <translation>名稱（繁體）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>圖示</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>積分倍數</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>權益</translation>
    </message>
</context>
<context>
    <name>loyalty::TierOverrideDialog</name>
    <message>
        <source>Set tier by hand: %1 (%2)</source>
        <translation>手動設定等級：%1（%2）</translation>
    </message>
    <message>
        <source>The tier holds until the day you choose, whatever the programme&apos;s rules say; then the rules apply again. Now: %1.</source>
        <translation>所選等級將維持到您選擇的日期，不受等級規則影響；之後恢復依規則決定等級。目前等級：%1。</translation>
    </message>
    <message>
        <source>Why, ticket number…</source>
        <translation>原因、工單編號…</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>會員等級(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>結束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>設定等級</translation>
    </message>
    <message>
        <source>Loading tiers…</source>
        <translation>正在載入會員等級…</translation>
    </message>
    <message>
        <source>The tiers could not be loaded</source>
        <translation>無法載入會員等級</translation>
    </message>
    <message>
        <source>Choose a tier…</source>
        <translation>請選擇會員等級…</translation>
    </message>
</context>
<context>
    <name>loyalty::TierRuleEditor</name>
    <message>
        <source>Any of these conditions</source>
        <translation>滿足任一條件</translation>
    </message>
    <message>
        <source>All of these conditions</source>
        <translation>滿足全部條件</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加權評分</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>規則(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>新增條件(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve condition</source>
        <translation>刪除條件(&amp;V)</translation>
    </message>
    <message>
        <source>Score &amp;threshold:</source>
        <translation>評分門檻(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add weight</source>
        <translation>新增權重(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve weight</source>
        <translation>刪除權重(&amp;V)</translation>
    </message>
    <message>
        <source>No conditions: the rule always holds.</source>
        <translation>沒有條件：該規則始終成立。</translation>
    </message>
</context>
<context>
    <name>loyalty::TierVersionModel</name>
    <message>
        <source>Restored from version %1</source>
        <extracomment>a version that brought back an older one: &quot;Restored from version 1&quot; and the note</extracomment>
        <translation>還原自版本 %1</translation>
    </message>
    <message>
        <source>Restored from version %1: %2</source>
        <translation>還原自版本 %1：%2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發佈時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>loyalty::TierVersionsView</name>
    <message>
        <source>Ladder of the selected &amp;version (read-only):</source>
        <translation>所選版本的等級體系（唯讀）(&amp;V)：</translation>
    </message>
    <message>
        <source>Load older vers&amp;ions</source>
        <translation>載入更早的版本(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Restore into draft…</source>
        <translation>還原到草稿(&amp;R)…</translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>正在載入版本…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published versions</source>
        <translation>
            <numerusform>已發佈 %Ln 個版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a version first.</source>
        <translation>請先選擇一個版本。</translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft; publishing it still needs a what-if</source>
        <translation>將版本 %1 的等級體系載入草稿；發佈前仍需模擬試算</translation>
    </message>
</context>
<context>
    <name>loyalty::TiersPane</name>
    <message>
        <source>Remove tier?</source>
        <translation>刪除等級？</translation>
    </message>
    <message>
        <source>Remove %1 from the draft? Its rules and benefits go with it (until you discard changes).</source>
        <translation>從草稿中刪除%1？其規則和權益將一併刪除（捨棄變更可還原）。</translation>
    </message>
    <message>
        <source>The what-if failed: %1</source>
        <translation>模擬試算失敗：%1</translation>
    </message>
    <message>
        <source>The server does not answer (%1); still trying…</source>
        <translation>伺服器無回應（%1）；正在重試…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新載入(&amp;L)</translation>
    </message>
    <message>
        <source>Read the draft, the published ladder and the versions again (F5)</source>
        <translation>重新讀取草稿、已發佈的等級體系和版本（F5）</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>儲存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>捨棄變更(&amp;D)</translation>
    </message>
    <message>
        <source>Go back to the draft as saved on the server</source>
        <translation>還原為伺服器上儲存的草稿</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>模擬試算(&amp;W)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Why this ladder (kept with the version)</source>
        <translation>調整原因（隨版本保存）</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>發佈(&amp;P)…</translation>
    </message>
    <message>
        <source>Reload the draft</source>
        <translation>重新載入草稿</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>等級體系</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>模擬試算</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>To &amp;reach</source>
        <translation>升級條件(&amp;R)</translation>
    </message>
    <message>
        <source>To &amp;keep</source>
        <translation>保級條件(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>權益(&amp;B)</translation>
    </message>
    <message>
        <source>Add t&amp;ier</source>
        <translation>新增等級(&amp;I)</translation>
    </message>
    <message>
        <source>Remove tier…</source>
        <translation>刪除等級…</translation>
    </message>
    <message>
        <source>Problems to fix before publishing:</source>
        <translation>發佈前需修正的問題：</translation>
    </message>
    <message>
        <source>tier %1</source>
        <extracomment>a tier named by rank and name, e.g. &quot;3 金卡&quot;</extracomment>
        <translation>等級 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Discard unsaved edits?</source>
        <translation>捨棄未儲存的修改？</translation>
    </message>
    <message>
        <source>Your edits to the ladder are not saved. Read the draft again and lose them?</source>
        <translation>您對等級體系的修改尚未儲存。重新讀取草稿並捨棄這些修改？</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等級 %1</translation>
    </message>
    <message>
        <source>Select a tier in the ladder</source>
        <translation>請在等級體系中選擇一個等級</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a problem in the list: where (tier), what</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The draft is being read…</source>
        <translation>正在讀取草稿…</translation>
    </message>
    <message>
        <source>Wait until the server has answered.</source>
        <translation>請等待伺服器回應。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached.</source>
        <translation>離線：無法連線伺服器。</translation>
    </message>
    <message>
        <source>Save the draft and run a what-if on it first.</source>
        <translation>請先儲存草稿並進行模擬試算。</translation>
    </message>
    <message>
        <source>Fix the problems listed under the ladder first.</source>
        <translation>請先修正等級體系下方列出的問題。</translation>
    </message>
    <message>
        <source>The draft is the published ladder: there is nothing to publish.</source>
        <translation>草稿與已發佈的等級體系相同：沒有可發佈的內容。</translation>
    </message>
    <message>
        <source>The what-if is still running.</source>
        <translation>模擬試算仍在進行中。</translation>
    </message>
    <message>
        <source>Run a what-if on this draft first: it shows what publishing would do to members.</source>
        <translation>請先對此草稿進行模擬試算：它會顯示發佈後對會員的影響。</translation>
    </message>
    <message>
        <source>Save your edits as the next draft revision (Ctrl+S)</source>
        <translation>將修改儲存為新的草稿修訂（Ctrl+S）</translation>
    </message>
    <message>
        <source>Nothing to save: the draft is as saved on the server.</source>
        <translation>無需儲存：草稿與伺服器上儲存的一致。</translation>
    </message>
    <message>
        <source>The what-if is running…</source>
        <translation>模擬試算進行中…</translation>
    </message>
    <message>
        <source>Save the draft, then evaluate every member against it</source>
        <translation>儲存草稿，然後依草稿評定全部會員</translation>
    </message>
    <message>
        <source>Evaluate every member against the draft: who would move up or down</source>
        <translation>依草稿評定全部會員：哪些會員會升級或降級</translation>
    </message>
    <message>
        <source>Make this draft the ladder members are evaluated against</source>
        <translation>將此草稿設為會員評定所依據的等級體系</translation>
    </message>
    <message>
        <source>A ladder has at most 5 tiers.</source>
        <translation>等級體系最多 5 個等級。</translation>
    </message>
    <message>
        <source>Add a tier above the selected one</source>
        <translation>在所選等級之上新增一個等級</translation>
    </message>
    <message>
        <source>A ladder has at least 3 tiers.</source>
        <translation>等級體系至少 3 個等級。</translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation>刪除所選等級</translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation>正在讀取草稿…</translation>
    </message>
    <message>
        <source>Published: version %1 (%2, by %3)</source>
        <translation>已發佈：版本 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Draft: nothing saved yet (it starts from the published ladder)</source>
        <translation>草稿：尚未儲存（以已發佈的等級體系為起點）</translation>
    </message>
    <message>
        <source>Draft: revision %1, from version %2, saved %3 by %4</source>
        <translation>草稿：修訂 %1，基於版本 %2，%4 於 %3 儲存</translation>
    </message>
    <message>
        <source>unsaved edits</source>
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <source>same as published</source>
        <translation>與已發佈版本相同</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>the separator between the parts of the status line</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>No what-if on this draft yet. What-if evaluates every member against the draft and shows who would move up or down.</source>
        <translation>此草稿尚未進行模擬試算。模擬試算會依草稿評定全部會員，顯示哪些會員會升級或降級。</translation>
    </message>
    <message>
        <source>Someone else saved the draft in the meantime, so yours was not saved. Reload the draft to see theirs (your edits here will be lost), or copy what you need first.</source>
        <translation>其他人已在此期間儲存了草稿，因此您的修改未儲存。請重新載入草稿查看對方的版本（此處的修改將遺失），或先複製您需要的內容。</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>正在儲存草稿…</translation>
    </message>
    <message>
        <source>Draft saved as revision %1.</source>
        <translation>草稿已儲存為修訂 %1。</translation>
    </message>
    <message>
        <source>Draft saved as revision %1; fix the problems listed before publishing.</source>
        <translation>草稿已儲存為修訂 %1；發佈前請修正所列問題。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>捨棄變更？</translation>
    </message>
    <message>
        <source>Throw away your edits and go back to the draft as saved (revision %1)?</source>
        <translation>捨棄您的修改並還原為已儲存的草稿（修訂 %1）？</translation>
    </message>
    <message>
        <source>Edits discarded.</source>
        <translation>已捨棄修改。</translation>
    </message>
    <message>
        <source>The ladder breaks the rules listed under it: fix them, then run the what-if.</source>
        <translation>等級體系違反了下方所列規則：請先修正，再進行模擬試算。</translation>
    </message>
    <message>
        <source>Starting the what-if…</source>
        <translation>正在啟動模擬試算…</translation>
    </message>
    <message>
        <source>The draft changed on the server; reload it to see its what-if.</source>
        <translation>伺服器上的草稿已變更；請重新載入以查看其模擬試算。</translation>
    </message>
    <message>
        <source>Another what-if is running on the server; run this one when it is done.</source>
        <translation>伺服器上正在進行另一項模擬試算；請待其完成後再執行。</translation>
    </message>
    <message>
        <source>The what-if finished, but its result cannot be read.</source>
        <translation>模擬試算已完成，但無法讀取其結果。</translation>
    </message>
    <message>
        <source>Publish the ladder?</source>
        <translation>發佈等級體系？</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在發佈…</translation>
    </message>
    <message>
        <source>Published version %1. Members are being evaluated against it now.</source>
        <translation>已發佈版本 %1。正在依該版本評定會員。</translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>已發佈版本 %1。</translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft? It replaces the draft, and your unsaved edits are lost. Publishing it still needs a what-if.</source>
        <translation>將版本 %1 的等級體系載入草稿？它將取代目前草稿，未儲存的修改將遺失。發佈前仍需模擬試算。</translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft? It replaces the draft (revision %2). Publishing it still needs a what-if.</source>
        <translation>將版本 %1 的等級體系載入草稿？它將取代目前草稿（修訂 %2）。發佈前仍需模擬試算。</translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation>還原版本 %1？</translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation>正在還原版本 %1…</translation>
    </message>
    <message>
        <source>Version %1&apos;s ladder is in the draft now (revision %2): run a what-if, then publish.</source>
        <translation>版本 %1 的等級體系已載入草稿（修訂 %2）：請進行模擬試算後再發佈。</translation>
    </message>
    <message>
        <source>The draft is the published ladder: edit it first, nobody would move.</source>
        <translation>草稿與已發佈的等級體系相同：請先修改，否則不會有會員變動。</translation>
    </message>
    <message>
        <source>R&amp;aise rank</source>
        <translation>提高級別(&amp;A)</translation>
    </message>
    <message>
        <source>Swap this tier with the one above it in rank</source>
        <translation>與高一級的等級交換位置</translation>
    </message>
    <message>
        <source>Lower ra&amp;nk</source>
        <translation>降低級別(&amp;N)</translation>
    </message>
    <message>
        <source>Swap this tier with the one below it in rank</source>
        <translation>與低一級的等級交換位置</translation>
    </message>
    <message>
        <source>Compared with the published rules, %1 members end up in a higher tier and %2 in a lower one. At their period end under the new rules %3 members move up, %4 down and %5 stay.

Publish version %6 of the ladder now? Members who qualify move up at once; nobody moves down before their period ends.</source>
        <translation>與現行規則相比，%1 名會員的等級將更高，%2 名將更低。按新規則在各自週期結束時，%3 名會員升級，%4 名降級，%5 名不變。

現在發佈等級體系版本 %6？符合條件的會員立即升級；任何會員都不會在週期結束前降級。</translation>
    </message>
</context>
<context>
    <name>loyalty::UserDialog</name>
    <message>
        <source>New console user</source>
        <translation>新增控制台使用者</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>顯示名稱(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>至少 10 個字元</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>建立使用者</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>loyalty::UserListModel</name>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登入</translation>
    </message>
    <message>
        <source>Console users can only be managed while the server can be reached.</source>
        <translation>只有在能連線到伺服器時才能管理控制台使用者。</translation>
    </message>
</context>
<context>
    <name>loyalty::UsersPane</name>
    <message>
        <source>&amp;New user…</source>
        <translation>新增使用者(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重設密碼(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>啟用(&amp;A)</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 現在可以用%2身分登入。</translation>
    </message>
    <message>
        <source>Saved. A new role applies when %1 signs in again.</source>
        <translation>已儲存。新角色將在 %1 重新登入後生效。</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>停用 %1？</translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again.</source>
        <translation>%1 將立即登出，重新啟用前無法登入。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已啟用。</translation>
    </message>
    <message>
        <source>%1 is disabled and was signed out.</source>
        <translation>%1 已停用並已登出。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密碼已重設。</translation>
    </message>
</context>
<context>
    <name>loyalty::WhatIfView</name>
    <message>
        <source>Members by tier &amp;now (rows) and after (columns):</source>
        <translation>各等級會員人數：現在（列）與調整後（欄）(&amp;N)：</translation>
    </message>
    <message>
        <source>What-if queued on the server…</source>
        <translation>模擬試算已在伺服器排隊…</translation>
    </message>
    <message>
        <source>Evaluating every member against the draft… %1%</source>
        <translation>正在依草稿評定全部會員… %1%</translation>
    </message>
    <message>
        <source>What-if of draft revision %1, %2 members evaluated in %3 s.</source>
        <translation>草稿修訂 %1 的模擬試算：%3 秒內評定了 %2 名會員。</translation>
    </message>
    <message>
        <source>The draft changed since this what-if (revision %1): run it again before publishing.</source>
        <translation>草稿在此次模擬試算（修訂 %1）之後已變更：發佈前請重新試算。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>調整後</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Members per tier: now and after publishing</source>
        <translation>各等級會員人數：現在與發佈後</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>a matrix cell&apos;s tooltip: how many members go from one tier to another</extracomment>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Because of this draft, %1 members end up in a higher tier and %2 in a lower one than under the published rules.
At their period end under the draft: %3 members move up, %4 down, %5 stay (of %6).</source>
        <extracomment>what-if counts: first what the draft itself changes, then every move at the period end</extracomment>
        <translation>因本次修改：%1 名會員的等級將高於現行規則下的結果，%2 名將低於現行規則下的結果。
按草稿在各自週期結束時：%3 名會員升級，%4 名降級，%5 名不變（共 %6 名）。</translation>
    </message>
</context>
</TS>
