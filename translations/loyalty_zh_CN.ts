<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustmentReason</name>
    <message>
        <source>Goodwill for a complaint</source>
        <translation>投诉补偿</translation>
    </message>
    <message>
        <source>Correction of a wrong posting</source>
        <translation>更正错误入账</translation>
    </message>
    <message>
        <source>Campaign reward not received</source>
        <translation>活动奖励未到账</translation>
    </message>
    <message>
        <source>Deduction for a rule violation</source>
        <translation>违规扣除</translation>
    </message>
    <message>
        <source>Other (explain in the note)</source>
        <translation>其他（请在备注中说明）</translation>
    </message>
</context>
<context>
    <name>LedgerReason</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Welcome gift</source>
        <translation>新人礼</translation>
    </message>
    <message>
        <source>Mall redemption</source>
        <translation>积分商城兑换</translation>
    </message>
    <message>
        <source>Forfeited on blacklisting</source>
        <translation>拉黑没收</translation>
    </message>
    <message>
        <source>Lot expired</source>
        <translation>积分过期</translation>
    </message>
</context>
<context>
    <name>MallText</name>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Virtual right</source>
        <translation>虚拟权益</translation>
    </message>
    <message>
        <source>Physical gift</source>
        <translation>实物礼品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Lottery / blind box</source>
        <translation>抽奖 / 盲盒</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>公益捐赠</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低价档</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>中价档</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高价档</translation>
    </message>
    <message>
        <source>Low (under %1 points)</source>
        <translation>低价档（低于 %1 积分）</translation>
    </message>
    <message>
        <source>Mid (%1–%2 points)</source>
        <translation>中价档（%1–%2 积分）</translation>
    </message>
    <message>
        <source>High (%1 points or more)</source>
        <translation>高价档（%1 积分及以上）</translation>
    </message>
    <message>
        <source>Any shelf status</source>
        <translation>全部上架状态</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>已开启上架</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>已关闭上架</translation>
    </message>
    <message>
        <source>On the shelf now</source>
        <translation>当前在架</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>盘点更正</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换扣减</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>释放回库</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货出库</translation>
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
        <translation>在架</translation>
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
            <numerusform>每人限兑 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln per %1</source>
        <translation>
            <numerusform>每%1限兑 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>第 %1 级</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Preparing the demo…</source>
        <translation>正在准备演示…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loyalty Console demo</source>
        <translation>会员积分控制台演示</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Something went wrong on the server. Please try again.</source>
        <translation>服务器出现错误，请重试。</translation>
    </message>
    <message>
        <source>The requested item does not exist.</source>
        <translation>请求的项目不存在。</translation>
    </message>
    <message>
        <source>Enter a user name of 1 to 64 characters.</source>
        <translation>请输入 1 到 64 个字符的用户名。</translation>
    </message>
    <message>
        <source>The role must be one of operator, support, manager and admin.</source>
        <translation>角色必须是 operator、support、manager 或 admin 之一。</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>该用户名已存在。</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>请登录后继续。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>您的会话已过期，请重新登录。</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>该账号已被停用。</translation>
    </message>
    <message>
        <source>The cursor does not belong to this search.</source>
        <translation>该分页游标不属于此次搜索。</translation>
    </message>
    <message>
        <source>The member has %1 points available; %2 cannot be deducted.</source>
        <translation>该会员可用积分为 %1，无法扣除 %2 积分。</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation>此 Idempotency-Key 已用于另一个请求。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>请求正文不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求正文必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The limit must be a number from 1 to 500.</source>
        <translation>limit 必须是 1 到 500 之间的数字。</translation>
    </message>
    <message>
        <source>The cursor is not valid; start from the first page.</source>
        <translation>分页游标无效，请从第一页开始。</translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation>不存在该资源。</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>请求正文过大。</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The Idempotency-Key may be at most 200 characters long.</source>
        <translation>Idempotency-Key 最多 200 个字符。</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>这条流水已经冲正过了。</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed; post a new adjustment instead.</source>
        <translation>冲正记录不能再次冲正；请改为新增一笔积分调整。</translation>
    </message>
    <message>
        <source>Only posted entries can be reversed.</source>
        <translation>只有已入账的流水才能冲正。</translation>
    </message>
    <message>
        <source>This user name is already taken; choose another one.</source>
        <translation>该用户名已被占用，请换一个。</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. Reload and try again.</source>
        <translation>其他人已同时修改了该用户。请重新加载后重试。</translation>
    </message>
    <message>
        <source>This is the last enabled administrator. Make another user an administrator first.</source>
        <translation>这是最后一个已启用的管理员。请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Your password was changed in another session. Please sign in again.</source>
        <translation>您的密码已在另一个会话中修改，请重新登录。</translation>
    </message>
    <message>
        <source>An administrator changed your account. Please sign in again.</source>
        <translation>管理员修改了您的账号，请重新登录。</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in %1 minutes.</source>
        <translation>登录失败次数过多，请 %1 分钟后重试。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z.</source>
        <translation>请以 ISO 8601 格式填写时间，例如 2026-05-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>The member is frozen: points can neither be earned nor spent until support unfreezes them.</source>
        <translation>该会员已被冻结：在客服解冻之前，既不能获得也不能使用积分。</translation>
    </message>
    <message>
        <source>The member is blacklisted: their points cannot change.</source>
        <translation>该会员已被拉黑：其积分不能变动。</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>该申请已处理。</translation>
    </message>
    <message>
        <source>You asked for this adjustment; another manager must approve or reject it.</source>
        <translation>此调整是您本人申请的，须由另一位经理批准或驳回。</translation>
    </message>
    <message>
        <source>The member already has this status.</source>
        <translation>该会员已处于此状态。</translation>
    </message>
    <message>
        <source>The member is blacklisted; only a manager can lift the blacklist.</source>
        <translation>该会员已被拉黑；只有经理才能解除拉黑。</translation>
    </message>
    <message>
        <source>The member is not blacklisted.</source>
        <translation>该会员未被拉黑。</translation>
    </message>
    <message>
        <source>There is no such tier.</source>
        <translation>不存在该会员等级。</translation>
    </message>
    <message>
        <source>A blacklisted member&apos;s tier cannot be changed.</source>
        <translation>已被拉黑的会员不能修改会员等级。</translation>
    </message>
    <message>
        <source>The member has no manual tier to end.</source>
        <translation>该会员没有可结束的手动等级。</translation>
    </message>
    <message>
        <source>Pending points may be at most %1, the approval threshold.</source>
        <translation>待入账积分最多为 %1（审批门槛）。</translation>
    </message>
    <message>
        <source>These points were already posted or cancelled.</source>
        <translation>这笔积分已入账或已取消。</translation>
    </message>
    <message>
        <source>These points post at their time, not on an event.</source>
        <translation>这笔积分按设定时间入账，不由事件触发。</translation>
    </message>
    <message>
        <source>The deadline of these points has passed.</source>
        <translation>这笔积分已超过入账截止时间。</translation>
    </message>
    <message>
        <source>A job of this kind is already running (job %1).</source>
        <translation>已有同类任务正在运行（任务 %1）。</translation>
    </message>
    <message>
        <source>There is no such kind of job.</source>
        <translation>不存在此类任务。</translation>
    </message>
    <message>
        <source>The job stopped on a database error; what it committed stays, and running it again finishes the rest.</source>
        <translation>任务因数据库错误而停止；已提交的部分保持不变，重新运行即可完成剩余部分。</translation>
    </message>
    <message>
        <source>The kind must be one or more of earn, spend, adjust, expire, refund, reverse, forfeit.</source>
        <translation>类型必须是 earn、spend、adjust、expire、refund、reverse、forfeit 中的一个或多个。</translation>
    </message>
    <message>
        <source>The blacklist is lifted. Nothing was restored: forfeited points, cancelled pending points and cancelled approvals stay as they are. Post an adjustment if the member should get points back.</source>
        <translation>已解除拉黑。未恢复任何内容：已没收的积分、已取消的待入账积分和已取消的审批申请均保持不变。如需返还积分，请为该会员调整积分。</translation>
    </message>
    <message>
        <source>Say why the manual tier ends.</source>
        <translation>请说明结束手动等级的原因。</translation>
    </message>
    <message>
        <source>The status must be pending, approved, rejected or cancelled.</source>
        <translation>状态必须是 pending、approved、rejected 或 cancelled。</translation>
    </message>
    <message>
        <source>Someone saved the tier draft after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>在您打开后，已有其他人保存了等级草稿。请重新加载查看对方的修改，然后再进行您的修改。</translation>
    </message>
    <message>
        <source>The tier draft breaks ladder rules; mend what the violations list names first.</source>
        <translation>等级草稿违反了等级体系规则；请先修正问题列表中列出的各项。</translation>
    </message>
    <message>
        <source>The draft is the same as the published ladder: there is nothing to publish.</source>
        <translation>草稿与已发布的等级体系相同：没有可发布的内容。</translation>
    </message>
    <message>
        <source>Run the what-if on this draft and wait for it to finish before publishing: it shows how many members move.</source>
        <translation>发布前请对此草稿进行模拟测算并等待其完成：它会显示有多少会员等级变动。</translation>
    </message>
    <message>
        <source>Send the draft&apos;s version (a whole number) you are working from.</source>
        <translation>请发送您正在编辑的草稿版本号（整数）。</translation>
    </message>
    <message>
        <source>The tiers must be a list.</source>
        <translation>等级必须是一个列表。</translation>
    </message>
    <message>
        <source>Each tier must be an object.</source>
        <translation>每个等级必须是一个对象。</translation>
    </message>
    <message>
        <source>The note can have at most 500 characters.</source>
        <translation>备注最多 500 个字符。</translation>
    </message>
    <message>
        <source>The draft is the published ladder. Change it and save it before running a what-if.</source>
        <translation>草稿与已发布的等级体系相同。请先修改并保存，再运行模拟测算。</translation>
    </message>
    <message>
        <source>Send a list of 1 to 500 events.</source>
        <translation>请发送 1 到 500 个事件的列表。</translation>
    </message>
    <message>
        <source>Each event must be an object.</source>
        <translation>每个事件必须是一个对象。</translation>
    </message>
    <message>
        <source>The kind must be expire-lots, settle-pending or tier-period-end.</source>
        <translation>类型必须是 expire-lots、settle-pending 或 tier-period-end。</translation>
    </message>
    <message>
        <source>This entry belongs to a redemption; cancel the redemption or refund it through an after-sales case instead.</source>
        <translation>这条流水属于一笔兑换；请改为取消该兑换，或通过售后工单退还积分。</translation>
    </message>
    <message>
        <source>The member is frozen and cannot redeem until support unfreezes them.</source>
        <translation>该会员已被冻结，在客服解冻之前不能兑换。</translation>
    </message>
    <message>
        <source>The member is blacklisted and excluded from the mall.</source>
        <translation>该会员已被拉黑，不能参与积分商城。</translation>
    </message>
    <message>
        <source>The limit per member is reached: at most %1 of this item per member, and the member has %2.</source>
        <translation>已达到每人限兑数量：此商品每人最多兑换 %1 件，该会员已兑换 %2 件。</translation>
    </message>
    <message>
        <source>The daily limit is reached: at most %1 of this item per member a day (UTC), and the member has %2 today.</source>
        <translation>已达到每日限兑数量：此商品每人每天（UTC）最多兑换 %1 件，该会员今天已兑换 %2 件。</translation>
    </message>
    <message>
        <source>The weekly limit is reached: at most %1 of this item per member a week (Monday to Sunday, UTC), and the member has %2 this week.</source>
        <translation>已达到每周限兑数量：此商品每人每周（周一至周日，UTC）最多兑换 %1 件，该会员本周已兑换 %2 件。</translation>
    </message>
    <message>
        <source>The monthly limit is reached: at most %1 of this item per member a calendar month (UTC), and the member has %2 this month.</source>
        <translation>已达到每月限兑数量：此商品每人每个自然月（UTC）最多兑换 %1 件，该会员本月已兑换 %2 件。</translation>
    </message>
    <message>
        <source>A physical gift is shipped, not fulfilled: ship it with a carrier and a tracking number.</source>
        <translation>实物礼品需要发货而非直接发放：请填写快递公司和运单号后发货。</translation>
    </message>
    <message>
        <source>Only a placed redemption can be fulfilled; this one is %1.</source>
        <translation>只有已下单的兑换才能发放；此兑换的状态为 %1。</translation>
    </message>
    <message>
        <source>Only a physical gift is shipped; this item is fulfilled.</source>
        <translation>只有实物礼品需要发货；此商品应直接发放。</translation>
    </message>
    <message>
        <source>Only a placed redemption can be shipped; this one is %1.</source>
        <translation>只有已下单的兑换才能发货；此兑换的状态为 %1。</translation>
    </message>
    <message>
        <source>Only a placed redemption can be cancelled; this one is %1. Open an after-sales case instead.</source>
        <translation>只有已下单的兑换才能取消；此兑换的状态为 %1。请改为创建售后工单。</translation>
    </message>
    <message>
        <source>Only a fulfilled or shipped redemption can be completed; this one is %1.</source>
        <translation>只有已发放或已发货的兑换才能完成；此兑换的状态为 %1。</translation>
    </message>
    <message>
        <source>The redemption changed meanwhile; reload it.</source>
        <translation>该兑换已被他人修改，请重新加载。</translation>
    </message>
    <message>
        <source>This item is not on the shelf now.</source>
        <translation>此商品当前未上架。</translation>
    </message>
    <message>
        <source>This item is for tier rank %1 and above; the member&apos;s tier is rank %2.</source>
        <translation>此商品仅限第 %1 级及以上等级兑换；该会员的等级为第 %2 级。</translation>
    </message>
    <message>
        <source>Not enough points: the member has %1 and this redemption costs %2.</source>
        <translation>积分不足：该会员有 %1 积分，此次兑换需要 %2 积分。</translation>
    </message>
    <message>
        <source>This item is fulfilled without a code.</source>
        <translation>此商品发放时不使用券码。</translation>
    </message>
    <message>
        <source>An after-sales case needs a delivered redemption (fulfilled, shipped or completed); this one is %1.</source>
        <translation>只有已交付的兑换（已发放、已发货或已完成）才能创建售后工单；此兑换的状态为 %1。</translation>
    </message>
    <message>
        <source>This case is already resolved.</source>
        <translation>该售后工单已处理。</translation>
    </message>
    <message>
        <source>This redemption&apos;s points were already refunded by another case.</source>
        <translation>此兑换的积分已由另一张售后工单退还。</translation>
    </message>
    <message>
        <source>Someone changed this item after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>在您打开后，已有其他人修改了此商品。请重新加载查看对方的修改，然后再进行您的修改。</translation>
    </message>
    <message>
        <source>The category must be one of coupon, virtualRight, physicalGift, service, lottery, charity.</source>
        <translation>类别必须是 coupon、virtualRight、physicalGift、service、lottery、charity 之一。</translation>
    </message>
    <message>
        <source>The price band must be low, mid or high.</source>
        <translation>价格档必须是 low、mid 或 high。</translation>
    </message>
    <message>
        <source>The shelf filter must be on, off or onShelf.</source>
        <translation>上架筛选条件必须是 on、off 或 onShelf。</translation>
    </message>
    <message>
        <source>lowStock must be true or false.</source>
        <translation>lowStock 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>Search for at most 60 characters of a name.</source>
        <translation>按名称搜索最多输入 60 个字符。</translation>
    </message>
    <message>
        <source>The image must be a PNG, JPEG or WebP picture, sent with its own Content-Type (image/png, image/jpeg or image/webp).</source>
        <translation>图片必须是 PNG、JPEG 或 WebP 格式，并以对应的 Content-Type（image/png、image/jpeg 或 image/webp）发送。</translation>
    </message>
    <message>
        <source>The image may be at most 512 KiB.</source>
        <translation>图片最大为 512 KiB。</translation>
    </message>
    <message>
        <source>The stock cannot go below zero: %1 in stock.</source>
        <translation>库存不能低于零：当前库存 %1。</translation>
    </message>
    <message>
        <source>Out of stock: %1 left, %2 asked for.</source>
        <translation>库存不足：剩余 %1 件，需要 %2 件。</translation>
    </message>
    <message>
        <source>Give the id as a positive whole number.</source>
        <translation>id 必须是正整数。</translation>
    </message>
    <message>
        <source>The status must be placed, fulfilled, shipped, completed or cancelled.</source>
        <translation>状态必须是 placed、fulfilled、shipped、completed 或 cancelled。</translation>
    </message>
    <message>
        <source>The status must be open or resolved.</source>
        <translation>状态必须是 open 或 resolved。</translation>
    </message>
    <message>
        <source>Send the item&apos;s version (a whole number) you are editing.</source>
        <translation>请发送您正在编辑的商品版本号（整数）。</translation>
    </message>
</context>
<context>
    <name>TierMetricText</name>
    <message>
        <source>Cumulative spend (¥)</source>
        <translation>累计消费（¥）</translation>
    </message>
    <message>
        <source>Spend this period (¥)</source>
        <translation>本期消费（¥）</translation>
    </message>
    <message>
        <source>Orders in the last 3 months</source>
        <translation>近 3 个月订单数</translation>
    </message>
    <message>
        <source>Interactions (comments, likes, shares)</source>
        <translation>互动次数（评论、点赞、分享）</translation>
    </message>
    <message>
        <source>Completed tasks</source>
        <translation>完成任务数</translation>
    </message>
    <message>
        <source>Minutes in the app</source>
        <translation>应用内停留分钟数</translation>
    </message>
    <message>
        <source>Points earned this period</source>
        <translation>本期获得积分</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, e.g. &quot;¥1,200.00&quot;</extracomment>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>minutes, e.g. &quot;30 min&quot;</extracomment>
        <translation>%1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more score points to reach %1</source>
        <extracomment>a weighted rule&apos;s score still missing, the next tier&apos;s name</extracomment>
        <translation>
            <numerusform>还差 %Ln 分升至%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 more to reach %2</source>
        <extracomment>e.g. &quot;再消费 ¥800.00 升至金卡&quot;: money still to spend, the next tier&apos;s name</extracomment>
        <translation>再消费 %1 升至%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more orders to reach %1</source>
        <translation>
            <numerusform>再下 %Ln 单升至%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more interactions to reach %1</source>
        <translation>
            <numerusform>再互动 %Ln 次升至%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more tasks to reach %1</source>
        <translation>
            <numerusform>再完成 %Ln 个任务升至%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more minutes in the app to reach %1</source>
        <translation>
            <numerusform>再使用应用 %Ln 分钟升至%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points to go for %2</source>
        <extracomment>e.g. &quot;还差 800 积分升至金卡&quot;: points still needed, the next tier&apos;s name</extracomment>
        <translation>还差 %1 积分升至%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more score points by %1 to keep %2</source>
        <translation>
            <numerusform>还差 %Ln 分，于 %1 前达到即可保级%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 more by %2 to keep %3</source>
        <extracomment>e.g. &quot;于 2025/6/30 前再消费 ¥300.00 以保级银卡&quot;: money, by (date), this tier</extracomment>
        <translation>于 %2 前再消费 %1 即可保级%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more orders by %1 to keep %2</source>
        <translation>
            <numerusform>于 %1 前再下 %Ln 单即可保级%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more interactions by %1 to keep %2</source>
        <translation>
            <numerusform>于 %1 前再互动 %Ln 次即可保级%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more tasks by %1 to keep %2</source>
        <translation>
            <numerusform>于 %1 前再完成 %Ln 个任务即可保级%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more minutes in the app by %1 to keep %2</source>
        <translation>
            <numerusform>于 %1 前再使用应用 %Ln 分钟即可保级%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points to go by %2 to keep %3</source>
        <extracomment>e.g. &quot;还差 300 积分于 2025/6/30 前保级银卡&quot;: points still needed, by (date), this tier</extracomment>
        <translation>还差 %1 积分，于 %2 前达到即可保级%3</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>请输入非零的数量。</translation>
    </message>
    <message>
        <source>An adjustment may move at most 1,000,000 points.</source>
        <translation>单次调整最多 1,000,000 积分。</translation>
    </message>
    <message>
        <source>Choose a reason for the adjustment.</source>
        <translation>请选择调整原因。</translation>
    </message>
    <message>
        <source>The reason is not one of the known reasons.</source>
        <translation>该原因不在已知原因之列。</translation>
    </message>
    <message>
        <source>Explain the adjustment in the note.</source>
        <translation>请在备注中说明此次调整。</translation>
    </message>
    <message>
        <source>The note may be at most 500 characters long.</source>
        <translation>备注最多 500 个字符。</translation>
    </message>
    <message>
        <source>The amount must be a whole number of points.</source>
        <translation>积分数量必须是整数。</translation>
    </message>
    <message>
        <source>The reason must be text.</source>
        <translation>原因必须是文本。</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>备注必须是文本。</translation>
    </message>
    <message>
        <source>The password must be at least 10 characters long.</source>
        <translation>密码至少需要 10 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>该密码过于常见，请选择更难猜到的密码。</translation>
    </message>
    <message>
        <source>The user name must be 3 to 32 characters: lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter.</source>
        <translation>用户名须为 3 到 32 个字符，只能包含小写字母、数字、“.”、“_”或“-”，且须以字母开头。</translation>
    </message>
    <message>
        <source>The display name may be at most 64 characters long.</source>
        <translation>显示名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>此字段必须是文本。</translation>
    </message>
    <message>
        <source>The role must be operator, support, manager or admin.</source>
        <translation>角色必须是 operator、support、manager 或 admin。</translation>
    </message>
    <message>
        <source>This field must be true or false.</source>
        <translation>此字段必须是 true 或 false。</translation>
    </message>
    <message>
        <source>The version must be a positive whole number.</source>
        <translation>版本号必须是正整数。</translation>
    </message>
    <message>
        <source>Say what to change: display name, role or enabled.</source>
        <translation>请说明要修改的内容：显示名称、角色或启用状态。</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>Say why the member&apos;s status changes.</source>
        <translation>请说明变更会员状态的原因。</translation>
    </message>
    <message>
        <source>The reason may be at most 200 characters long.</source>
        <translation>原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>The status must be frozen or active; blacklisting has its own action.</source>
        <translation>状态必须是 frozen 或 active；拉黑请使用单独的操作。</translation>
    </message>
    <message>
        <source>Choose the tier.</source>
        <translation>请选择会员等级。</translation>
    </message>
    <message>
        <source>Say why the tier is set by hand.</source>
        <translation>请说明手动设置等级的原因。</translation>
    </message>
    <message>
        <source>Give the date the manual tier ends.</source>
        <translation>请填写手动等级的结束日期。</translation>
    </message>
    <message>
        <source>The end date must lie in the future.</source>
        <translation>结束日期必须是将来的日期。</translation>
    </message>
    <message>
        <source>A manual tier may last at most two years.</source>
        <translation>手动等级最长有效两年。</translation>
    </message>
    <message>
        <source>Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z.</source>
        <translation>请以 ISO 8601 格式填写时间，例如 2026-05-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写备注内容。</translation>
    </message>
    <message>
        <source>A note may be at most 2,000 characters long.</source>
        <translation>备注最多 2,000 个字符。</translation>
    </message>
    <message>
        <source>Say why the adjustment is rejected.</source>
        <translation>请说明驳回此调整的原因。</translation>
    </message>
    <message>
        <source>The comment may be at most 500 characters long.</source>
        <translation>审批意见最多 500 个字符。</translation>
    </message>
    <message>
        <source>Pending points must be from 1 to 1,000,000.</source>
        <translation>待入账积分必须在 1 到 1,000,000 之间。</translation>
    </message>
    <message>
        <source>Give a reason of at most 200 characters.</source>
        <translation>请填写原因，最多 200 个字符。</translation>
    </message>
    <message>
        <source>The note may be at most 200 characters long.</source>
        <translation>备注最多 200 个字符。</translation>
    </message>
    <message>
        <source>The source may be at most 200 characters long.</source>
        <translation>来源最多 200 个字符。</translation>
    </message>
    <message>
        <source>Give either the time the points post or the event that posts them, not both.</source>
        <translation>请填写入账时间或触发入账的事件，二者只能选其一。</translation>
    </message>
    <message>
        <source>The deadline must lie in the future.</source>
        <translation>截止时间必须是将来的时间。</translation>
    </message>
    <message>
        <source>The deadline may be at most a year ahead.</source>
        <translation>截止时间最晚只能设在一年后。</translation>
    </message>
    <message>
        <source>The points must post before the deadline.</source>
        <translation>入账时间必须早于截止时间。</translation>
    </message>
    <message>
        <source>Say where the points come from, e.g. task.</source>
        <translation>请说明积分来源，例如 task。</translation>
    </message>
    <message>
        <source>Give the time the points post or the event that posts them.</source>
        <translation>请填写入账时间或触发入账的事件。</translation>
    </message>
    <message>
        <source>Each weight must be a number above zero.</source>
        <translation>每个权重都必须是大于零的数字。</translation>
    </message>
    <message>
        <source>The score threshold must be above zero.</source>
        <translation>分数门槛必须大于零。</translation>
    </message>
    <message>
        <source>A condition&apos;s value cannot be negative.</source>
        <translation>条件的数值不能为负数。</translation>
    </message>
    <message>
        <source>A rule is anyOf, allOf or weighted.</source>
        <translation>规则必须是 anyOf、allOf 或 weighted。</translation>
    </message>
    <message>
        <source>Unknown metric.</source>
        <translation>未知的指标。</translation>
    </message>
    <message>
        <source>A condition compares with &gt;= or &gt;.</source>
        <translation>条件只能使用 &gt;= 或 &gt; 比较。</translation>
    </message>
    <message>
        <source>A condition&apos;s value must be a whole number.</source>
        <translation>条件的数值必须是整数。</translation>
    </message>
    <message>
        <source>A ladder has 3 to 5 tiers.</source>
        <translation>等级体系须有 3 到 5 个等级。</translation>
    </message>
    <message>
        <source>Ranks must run 1, 2, 3… without gaps or repeats.</source>
        <translation>等级顺序必须为 1、2、3…，不能有空缺或重复。</translation>
    </message>
    <message>
        <source>Name the tier in all three languages.</source>
        <translation>请用三种语言填写等级名称。</translation>
    </message>
    <message>
        <source>Every member starts in the lowest tier: it has no upgrade conditions.</source>
        <translation>所有会员都从最低等级开始：最低等级没有升级条件。</translation>
    </message>
    <message>
        <source>Say what it takes to reach this tier.</source>
        <translation>请填写达到此等级的条件。</translation>
    </message>
    <message>
        <source>Keeping a tier cannot ask more than reaching it.</source>
        <translation>保级条件不能高于升级条件。</translation>
    </message>
    <message>
        <source>This tier asks less than the tier below it.</source>
        <translation>此等级的条件低于下一级等级。</translation>
    </message>
    <message>
        <source>The multiplier must be above zero and the discount from 1 to 100 percent.</source>
        <translation>积分倍数必须大于零，折扣必须在 1% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The rank must be a whole number.</source>
        <translation>等级顺序必须是整数。</translation>
    </message>
    <message>
        <source>Give the event&apos;s id: text of 1 to 100 characters.</source>
        <translation>请提供事件编号：1 到 100 个字符的文本。</translation>
    </message>
    <message>
        <source>Give the member&apos;s id (a positive whole number).</source>
        <translation>请提供会员编号（正整数）。</translation>
    </message>
    <message>
        <source>The type must be order, interaction, task or visit.</source>
        <translation>类型必须是 order、interaction、task 或 visit。</translation>
    </message>
    <message>
        <source>Give the time in ISO 8601 UTC, e.g. 2026-05-01T10:00:00Z.</source>
        <translation>请按 ISO 8601 UTC 格式提供时间，例如 2026-05-01T10:00:00Z。</translation>
    </message>
    <message>
        <source>The event cannot lie in the future.</source>
        <translation>事件时间不能晚于现在。</translation>
    </message>
    <message>
        <source>An order needs its amount in fen: a whole number above zero.</source>
        <translation>订单需要金额（单位：分），且为大于零的整数。</translation>
    </message>
    <message>
        <source>A visit needs its length in minutes: a whole number above zero.</source>
        <translation>访问需要时长（分钟），且为大于零的整数。</translation>
    </message>
    <message>
        <source>There is no member with this id.</source>
        <translation>没有此编号的会员。</translation>
    </message>
    <message>
        <source>An event with this id was already applied with other content; give a new event a new id.</source>
        <translation>此编号的事件已按不同内容处理过；新事件请使用新编号。</translation>
    </message>
    <message>
        <source>An item priced this low cannot mix points and cash: make it points only or raise the price.</source>
        <translation>商品价格过低，不能采用积分加现金：请改为纯积分兑换，或提高价格。</translation>
    </message>
    <message>
        <source>The points part of the price is above the share of the total that points may pay.</source>
        <translation>价格中的积分部分超过了积分可支付的比例上限。</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>此项必须是整数。</translation>
    </message>
    <message>
        <source>The time is not an ISO 8601 date and time.</source>
        <translation>该时间不是 ISO 8601 格式的日期和时间。</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation>请输入商品名称。</translation>
    </message>
    <message>
        <source>The name may be at most 60 characters.</source>
        <translation>名称最多 60 个字符。</translation>
    </message>
    <message>
        <source>The description may be at most 2,000 characters.</source>
        <translation>描述最多 2,000 个字符。</translation>
    </message>
    <message>
        <source>The points price must be from 1 to 10,000,000 points.</source>
        <translation>积分价格必须在 1 到 10,000,000 积分之间。</translation>
    </message>
    <message>
        <source>The cash price must be from 0 to 1,000,000 yuan.</source>
        <translation>现金价格必须在 0 到 1,000,000 元之间。</translation>
    </message>
    <message>
        <source>The minimum tier rank must be 1 or more.</source>
        <translation>最低等级必须为第 1 级或以上。</translation>
    </message>
    <message>
        <source>A tier price is for rank 2 or above; rank 1 pays the points price.</source>
        <translation>等级价仅适用于第 2 级及以上；第 1 级按积分价格兑换。</translation>
    </message>
    <message>
        <source>A tier price is for a tier that cannot redeem this item.</source>
        <translation>该等级价对应的等级无法兑换此商品。</translation>
    </message>
    <message>
        <source>This tier already has a price.</source>
        <translation>该等级已设置价格。</translation>
    </message>
    <message>
        <source>A tier price must be above zero and below the points price.</source>
        <translation>等级价必须大于零且低于积分价格。</translation>
    </message>
    <message>
        <source>A higher tier cannot pay more than a lower one.</source>
        <translation>较高等级的价格不能高于较低等级。</translation>
    </message>
    <message>
        <source>A limit must be from 0 (none) to 9,999.</source>
        <translation>限兑数量必须在 0（不限）到 9,999 之间。</translation>
    </message>
    <message>
        <source>The shelf end must be after its start.</source>
        <translation>下架时间必须晚于上架时间。</translation>
    </message>
    <message>
        <source>The low-stock threshold cannot be negative.</source>
        <translation>低库存提醒阈值不能为负数。</translation>
    </message>
    <message>
        <source>Unknown item category.</source>
        <translation>未知的商品类别。</translation>
    </message>
    <message>
        <source>A limit period is day, week or month.</source>
        <translation>限兑周期必须是 day、week 或 month。</translation>
    </message>
    <message>
        <source>An item&apos;s status is on or off.</source>
        <translation>商品状态必须是 on 或 off。</translation>
    </message>
    <message>
        <source>A stock change is an inbound or a correction.</source>
        <translation>库存变动只能是入库或盘点更正。</translation>
    </message>
    <message>
        <source>Goods coming in must add at least one.</source>
        <translation>入库数量至少为 1。</translation>
    </message>
    <message>
        <source>Enter a change other than zero.</source>
        <translation>请输入非零的变动数量。</translation>
    </message>
    <message>
        <source>A stock change may move at most 1,000,000 units.</source>
        <translation>单次库存变动最多 1,000,000 件。</translation>
    </message>
    <message>
        <source>Say why the stock changes.</source>
        <translation>请说明库存变动的原因。</translation>
    </message>
    <message>
        <source>The reason may be at most 200 characters.</source>
        <translation>原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>The stock cannot go below zero.</source>
        <translation>库存不能低于零。</translation>
    </message>
    <message>
        <source>The change must be a whole number.</source>
        <translation>变动数量必须是整数。</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>请选择会员。</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>请选择商品。</translation>
    </message>
    <message>
        <source>The quantity must be from 1 to 99.</source>
        <translation>数量必须在 1 到 99 之间。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>数量必须是整数。</translation>
    </message>
    <message>
        <source>Enter the carrier.</source>
        <translation>请输入快递公司。</translation>
    </message>
    <message>
        <source>The carrier may be at most 40 characters.</source>
        <translation>快递公司最多 40 个字符。</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>请输入运单号。</translation>
    </message>
    <message>
        <source>A tracking number is 6 to 40 letters, digits or dashes.</source>
        <translation>运单号须为 6 到 40 个字母、数字或连字符。</translation>
    </message>
    <message>
        <source>This kind of problem cannot happen to this item.</source>
        <translation>此商品不会出现这类问题。</translation>
    </message>
    <message>
        <source>Describe what went wrong.</source>
        <translation>请描述出现的问题。</translation>
    </message>
    <message>
        <source>The description may be at most 500 characters.</source>
        <translation>描述最多 500 个字符。</translation>
    </message>
    <message>
        <source>A case is notReceived, damaged, lost or wrongItem.</source>
        <translation>问题类型必须是 notReceived、damaged、lost 或 wrongItem。</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>描述必须是文本。</translation>
    </message>
    <message>
        <source>Only an item delivered as a code can be reissued.</source>
        <translation>只有以券码发放的商品才能重发券码。</translation>
    </message>
    <message>
        <source>Only a shipped item can be shipped again.</source>
        <translation>只有已发货的商品才能补发。</translation>
    </message>
    <message>
        <source>Stock goes back only with a refund.</source>
        <translation>只有退还积分时才能放回库存。</translation>
    </message>
    <message>
        <source>A lost item did not come back: nothing to restock.</source>
        <translation>丢失的商品没有退回：无需放回库存。</translation>
    </message>
    <message>
        <source>Say why the claim is rejected.</source>
        <translation>请说明驳回申请的原因。</translation>
    </message>
    <message>
        <source>An outcome is refund, reship, reissue or reject.</source>
        <translation>处理结果必须是 refund、reship、reissue 或 reject。</translation>
    </message>
    <message>
        <source>Restock is true or false.</source>
        <translation>restock 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>The initial stock must be a whole number from 0 to 1,000,000.</source>
        <translation>初始库存必须是 0 到 1,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>A code may be at most 64 characters.</source>
        <translation>券码最多 64 个字符。</translation>
    </message>
    <message>
        <source>Say why the redemption is cancelled.</source>
        <translation>请说明取消兑换的原因。</translation>
    </message>
</context>
<context>
    <name>loyalty::AddNoteDialog</name>
    <message>
        <source>Add note: %1</source>
        <translation>添加备注：%1</translation>
    </message>
    <message>
        <source>&amp;Note (seen by every agent who opens this member; it cannot be edited later):</source>
        <translation>备注（打开此会员的客服均可看到，添加后不可修改）(&amp;N)：</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>添加备注（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>%1 characters left</source>
        <translation>还可输入 %1 个字符</translation>
    </message>
</context>
<context>
    <name>loyalty::AdjustPointsDialog</name>
    <message>
        <source>Adjust points: %1 (%2)</source>
        <translation>调整积分：%1（%2）</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>What happened, ticket number…</source>
        <translation>事情经过、工单号…</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>当前余额：</translation>
    </message>
    <message>
        <source>&amp;Amount (+ adds, − deducts):</source>
        <translation>数量（+ 增加，− 扣除）(&amp;A)：</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>变动后余额：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation>提交调整</translation>
    </message>
    <message>
        <source>Nothing was posted: an adjustment of %1 points needs a manager&apos;s approval, so it now waits in the approval queue as request %2. The balance stays %3 until a manager approves it.</source>
        <translation>尚未入账：调整 %1 积分需要经理审批，现已进入审批队列（申请编号 %2）。经理批准前，余额保持为 %3。</translation>
    </message>
    <message>
        <source>%1 (unchanged until a manager approves)</source>
        <translation>%1（经理批准前保持不变）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>loyalty::ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The console is not connected to a server.</source>
        <translation>控制台未连接到服务器。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network and try again.</source>
        <translation>服务器 %1 未及时响应。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>无法与 %1 建立安全连接：%2</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network.</source>
        <translation>无法连接服务器 %1。请检查地址和网络。</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read. Is the address right?</source>
        <translation>服务器返回了控制台无法识别的响应。地址是否正确？</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>服务器拒绝了请求（%1）。</translation>
    </message>
</context>
<context>
    <name>loyalty::ApprovalExporter</name>
    <message numerus="yes">
        <source>%Ln approvals exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条审批记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::ApprovalModel</name>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
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
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>The approval queue needs a connection to the server; it is not kept for offline review.</source>
        <translation>审批队列需要连接服务器才能查看，不会保存供离线查看。</translation>
    </message>
</context>
<context>
    <name>loyalty::ApprovalsPane</name>
    <message numerus="yes">
        <source>Exporting approvals… %Ln rows written</source>
        <translation>
            <numerusform>正在导出审批记录…已写入 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Which adjustments the queue lists</source>
        <translation>选择队列中列出哪些调整</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export every approval in this list to a CSV file (Ctrl+E)</source>
        <translation>将此列表中的所有审批记录导出为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Recent points &amp;history of this member:</source>
        <translation>该会员近期积分流水(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>审批意见(&amp;O)：</translation>
    </message>
    <message>
        <source>Why you approve or reject (required to reject)</source>
        <translation>批准或驳回的理由（驳回时必填）</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>Export approvals</source>
        <translation>导出审批记录</translation>
    </message>
    <message>
        <source>Select an adjustment in the queue</source>
        <translation>请在队列中选择一笔调整</translation>
    </message>
    <message>
        <source>%1 points for %2</source>
        <translation>为 %2 调整 %1 积分</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Requested by %1 on %2 (request %3)</source>
        <translation>由 %1 于 %2 申请（申请编号 %3）</translation>
    </message>
    <message>
        <source>Waiting for a decision: nothing has been posted yet.</source>
        <translation>等待审批：尚未入账任何积分。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; the points were posted.</source>
        <translation>已由 %1 于 %2 批准；积分已入账。</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2; nothing was posted.</source>
        <translation>已由 %1 于 %2 驳回；未入账任何积分。</translation>
    </message>
    <message>
        <source>Cancelled on %1 (the member was blacklisted); nothing was posted.</source>
        <translation>已于 %1 取消（会员已被拉黑）；未入账任何积分。</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>审批意见：%1</translation>
    </message>
    <message>
        <source>Loading the member&apos;s points history…</source>
        <translation>正在加载该会员的积分流水…</translation>
    </message>
    <message>
        <source>Balance now: %1; after this adjustment: %2</source>
        <translation>当前余额：%1；调整后：%2</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>当前余额：%1</translation>
    </message>
    <message>
        <source>The decision is being sent…</source>
        <translation>正在提交审批结果…</translation>
    </message>
    <message>
        <source>Select an adjustment in the queue first.</source>
        <translation>请先在队列中选择一笔调整。</translation>
    </message>
    <message>
        <source>This adjustment is no longer pending (%1).</source>
        <translation>此调整已不是待审批状态（%1）。</translation>
    </message>
    <message>
        <source>Your role (%1) may not decide approvals.</source>
        <translation>您的角色（%1）无权审批。</translation>
    </message>
    <message>
        <source>You asked for this adjustment yourself: another manager has to decide it.</source>
        <translation>此调整是您本人申请的：须由另一位经理审批。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be decided now.</source>
        <translation>离线：无法连接服务器，暂时无法审批。</translation>
    </message>
    <message>
        <source>Post the adjustment to the member&apos;s points</source>
        <translation>将此调整计入会员积分</translation>
    </message>
    <message>
        <source>Refuse the adjustment; the comment says why</source>
        <translation>驳回此调整；请在审批意见中说明理由</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments wait on the server now; press F5 to read the queue again.</source>
        <translation>
            <numerusform>服务器上现有 %Ln 笔调整待审批；按 F5 重新加载队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation>没有待审批的调整。</translation>
    </message>
    <message>
        <source>No adjustments in this list.</source>
        <translation>此列表中没有调整。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments shown, scroll for more</source>
        <translation>
            <numerusform>已显示 %Ln 笔调整，滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adjustments</source>
        <translation>
            <numerusform>%Ln 笔调整</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve adjustment?</source>
        <translation>批准此调整？</translation>
    </message>
    <message>
        <source>Post %1 points to %2 now? The member&apos;s balance changes at once.</source>
        <translation>现在为 %2 调整 %1 积分？会员余额将立即变动。</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>正在提交审批结果…</translation>
    </message>
    <message>
        <source>Approved: %1 points were posted to %2.</source>
        <translation>已批准：%2 的 %1 积分已入账。</translation>
    </message>
    <message>
        <source>Rejected: nothing was posted to %1.</source>
        <translation>已驳回：未为 %1 入账任何积分。</translation>
    </message>
</context>
<context>
    <name>loyalty::AuditDiffModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>loyalty::AuditExporter</name>
    <message numerus="yes">
        <source>%Ln audit rows exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条操作日志导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::AuditModel</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign-in locked out</source>
        <translation>登录被锁定</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>Ledger entry reversed</source>
        <translation>冲正流水</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>积分流水</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An audited entity and its id, e.g. &quot;Member 42&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <source>The audit log needs a connection to the server; it is not kept for offline review.</source>
        <translation>操作日志需要连接服务器才能查看，不会保存供离线查看。</translation>
    </message>
    <message>
        <source>Member frozen</source>
        <translation>冻结会员</translation>
    </message>
    <message>
        <source>Member unfrozen</source>
        <translation>解冻会员</translation>
    </message>
    <message>
        <source>Member blacklisted</source>
        <translation>拉黑会员</translation>
    </message>
    <message>
        <source>Blacklist lifted</source>
        <translation>解除拉黑</translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation>手动设置等级</translation>
    </message>
    <message>
        <source>Manual tier ended</source>
        <translation>结束手动等级</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>loyalty::AuditPane</name>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>对象(&amp;E)：</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Any id</source>
        <translation>任意编号</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Show the rows that match (Enter)</source>
        <translation>显示符合条件的记录（Enter）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export every row that matches the filter to a CSV file (Ctrl+E)</source>
        <translation>将符合筛选条件的所有记录导出为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the audit log… %Ln rows written</source>
        <translation>
            <numerusform>正在导出操作日志…已写入 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>未知地址</translation>
    </message>
    <message>
        <source>By %1 on %2 from %3</source>
        <translation>操作人：%1，时间：%2，来源：%3</translation>
    </message>
    <message>
        <source>This action records no before and after.</source>
        <translation>此操作不记录修改前和修改后的内容。</translation>
    </message>
    <message>
        <source>Created: there was nothing before.</source>
        <translation>新建：修改前没有内容。</translation>
    </message>
    <message>
        <source>Deleted: nothing is left after.</source>
        <translation>删除：修改后没有内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields changed (highlighted).</source>
        <translation>
            <numerusform>%Ln 个字段有变动（已高亮显示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row</source>
        <translation>请选择一条记录</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation>没有匹配的操作日志。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows shown, scroll for more</source>
        <translation>
            <numerusform>已显示 %Ln 条记录，滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::BalanceStrip</name>
    <message>
        <source>Available</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待入账</translation>
    </message>
    <message>
        <source>Expiring in 30 days</source>
        <translation>30 天内过期</translation>
    </message>
    <message>
        <source>Lifetime earned</source>
        <translation>累计获得</translation>
    </message>
</context>
<context>
    <name>loyalty::CacheDatabase</name>
    <message>
        <source>No cache file was given.</source>
        <translation>未指定缓存文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The cache file %1 is unusable and cannot be moved aside (%2).</source>
        <translation>缓存文件 %1 无法使用，且无法移走（%2）。</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of the console (schema %1; this one knows %2).</source>
        <translation>该缓存由更新版本的控制台写入（架构版本 %1；当前版本仅支持 %2）。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not available.</source>
        <translation>Qt 的 SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>Cannot clear the cache: %1</source>
        <translation>无法清除缓存：%1</translation>
    </message>
</context>
<context>
    <name>loyalty::CancelRedemptionDialog</name>
    <message>
        <source>Cancel redemption %1</source>
        <translation>取消兑换 %1</translation>
    </message>
    <message>
        <source>Cancel redemption %1 (%2 × %3) of %4: the %5 points go back to the member and the item goes back into stock.</source>
        <translation>取消 %4 的兑换 %1（%2 × %3）：%5 积分将退还给会员，商品将放回库存。</translation>
    </message>
    <message>
        <source>Why it is cancelled (the member is told)</source>
        <translation>取消原因（会告知会员）</translation>
    </message>
    <message>
        <source>Cancel redemption…</source>
        <translation>取消兑换…</translation>
    </message>
    <message>
        <source>Really cancel redemption %1?

%2 points go back to %3 now and the stock is released. A cancelled redemption cannot be placed again.</source>
        <translation>确定要取消兑换 %1 吗？

%2 积分将立即退还给 %3，库存也将释放。已取消的兑换无法恢复。</translation>
    </message>
    <message>
        <source>Cancel redemption</source>
        <translation>取消兑换</translation>
    </message>
    <message>
        <source>Say why the redemption is cancelled.</source>
        <translation>请说明取消兑换的原因。</translation>
    </message>
</context>
<context>
    <name>loyalty::CaseDialog</name>
    <message>
        <source>Open after-sales case: redemption %1</source>
        <translation>创建售后工单：兑换 %1</translation>
    </message>
    <message>
        <source>%1 × %2 for %3. Say what went wrong as the member told it; the case is resolved afterwards (refund, reship, new code or rejection).</source>
        <translation>%3 兑换的 %1 × %2。请按会员的描述说明出现的问题；工单稍后处理（退还积分、补发、重发券码或驳回）。</translation>
    </message>
    <message>
        <source>What the member reported, photos received, ticket number…</source>
        <translation>会员反馈的情况、收到的照片、工单号…</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>问题类型(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>问题描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>创建工单</translation>
    </message>
</context>
<context>
    <name>loyalty::ConsoleShell</name>
    <message>
        <source>Your session ended: %1 Please sign in again.</source>
        <translation>您的会话已结束：%1 请重新登录。</translation>
    </message>
</context>
<context>
    <name>loyalty::EndManualTierDialog</name>
    <message>
        <source>End manual tier</source>
        <translation>结束手动等级</translation>
    </message>
    <message>
        <source>%1 (%2) holds %3, set by hand until %4. End it now: the tier the programme&apos;s rules give applies again.</source>
        <translation>%1（%2）当前为手动设置的%3，有效期至 %4。立即结束后，将恢复按等级规则确定的等级。</translation>
    </message>
    <message>
        <source>Say why the manual tier ends early.</source>
        <translation>请说明提前结束手动等级的原因。</translation>
    </message>
</context>
<context>
    <name>loyalty::ExportLine</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
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
        <translation>新建商城商品</translation>
    </message>
    <message>
        <source>Edit item: %1</source>
        <translation>编辑商品：%1</translation>
    </message>
    <message>
        <source>What members see in the mall</source>
        <translation>会员在商城中看到的内容</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>¥</source>
        <extracomment>The currency sign before an amount typed in yuan</extracomment>
        <translation>¥</translation>
    </message>
    <message>
        <source>The cash part a member pays on top of the points, in yuan (0: points only)</source>
        <translation>会员在积分之外另付的现金，单位为元（0：纯积分）</translation>
    </message>
    <message>
        <source>Tier (and above)</source>
        <translation>等级（及以上）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>A lower points price for members of a tier and above</source>
        <translation>为某等级及以上会员设置更低的积分价格</translation>
    </message>
    <message>
        <source>&amp;Add tier price</source>
        <translation>添加等级价(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Members below this tier cannot redeem the item</source>
        <translation>低于此等级的会员不能兑换此商品</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>How many a member may redeem in all (0: no limit)</source>
        <translation>每位会员累计最多可兑换的数量（0：不限）</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>每%1</translation>
    </message>
    <message>
        <source>Switched &amp;on (members see it inside the schedule)</source>
        <translation>开启上架（会员在上架时间内可见）(&amp;O)</translation>
    </message>
    <message>
        <source>No start</source>
        <translation>不限开始</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>不限结束</translation>
    </message>
    <message>
        <source>The item shows as low on stock at this many or fewer</source>
        <translation>库存不高于此数量时，商品显示为库存不足</translation>
    </message>
    <message>
        <source>Recorded as an inbound movement &quot;initial stock&quot;; later changes go through Adjust stock</source>
        <translation>记为一笔“初始库存”入库；之后的变动请通过“调整库存”进行</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>选择图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <source>Create item</source>
        <translation>创建商品</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>Price and limits</source>
        <translation>价格与限兑</translation>
    </message>
    <message>
        <source>&amp;Points price:</source>
        <translation>积分价格(&amp;P)：</translation>
    </message>
    <message>
        <source>Cas&amp;h price:</source>
        <translation>现金价格(&amp;H)：</translation>
    </message>
    <message>
        <source>Tier prices:</source>
        <translation>等级价：</translation>
    </message>
    <message>
        <source>&amp;Minimum tier:</source>
        <translation>最低等级(&amp;M)：</translation>
    </message>
    <message>
        <source>Per &amp;member:</source>
        <translation>每人限兑(&amp;M)：</translation>
    </message>
    <message>
        <source>Per &amp;period:</source>
        <translation>周期限兑(&amp;P)：</translation>
    </message>
    <message>
        <source>Shelf and stock</source>
        <translation>上架与库存</translation>
    </message>
    <message>
        <source>On shelf &amp;from:</source>
        <translation>上架时间(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>下架时间(&amp;U)：</translation>
    </message>
    <message>
        <source>Low-stock &amp;alert at:</source>
        <translation>低库存提醒(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Initial stock:</source>
        <translation>初始库存(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 (change it with Adjust stock)</source>
        <translation>%1（请通过“调整库存”修改）</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>库存：</translation>
    </message>
    <message>
        <source>Choose the item&apos;s image</source>
        <translation>选择商品图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The image is %1 KB; the mall takes at most 512 KB.</source>
        <translation>图片大小为 %1 KB；商城最多接受 512 KB。</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or WebP image.</source>
        <translation>此文件不是 PNG、JPEG 或 WebP 图片。</translation>
    </message>
    <message>
        <source>(no preview)</source>
        <translation>（无预览）</translation>
    </message>
    <message>
        <source>%1 (%2 KB) is uploaded when the item is saved.</source>
        <translation>%1（%2 KB）将在保存商品时上传。</translation>
    </message>
    <message>
        <source>(current image)</source>
        <translation>（当前图片）</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>The item has an image (%1 KB). Choose another to replace it.</source>
        <translation>该商品已有图片（%1 KB）。选择其他图片即可替换。</translation>
    </message>
    <message>
        <source>The image is removed when the item is saved.</source>
        <translation>图片将在保存商品时删除。</translation>
    </message>
    <message>
        <source>PNG, JPEG or WebP, at most 512 KB.</source>
        <translation>PNG、JPEG 或 WebP，最大 512 KB。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Someone else changed this item while you edited it; nothing was saved. Close the editor and open the item again.</source>
        <translation>在您编辑期间，其他人修改了此商品；您的修改未保存。请关闭编辑器并重新打开该商品。</translation>
    </message>
    <message>
        <source>The item was saved, but its image is still there. Press Save to try again.</source>
        <translation>商品已保存，但图片仍未删除。请按“保存”重试。</translation>
    </message>
    <message>
        <source>Uploading the image…</source>
        <translation>正在上传图片…</translation>
    </message>
    <message>
        <source>The item was saved, but not its image. Choose another image or press Save to try again.</source>
        <translation>商品已保存，但图片未保存。请选择其他图片，或按“保存”重试。</translation>
    </message>
</context>
<context>
    <name>loyalty::JobFollower</name>
    <message>
        <source>The job failed (%1).</source>
        <translation>任务失败（%1）。</translation>
    </message>
</context>
<context>
    <name>loyalty::JobProgressDialog</name>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某位用户</translation>
    </message>
    <message>
        <source>%1 Still trying…</source>
        <translation>%1 正在重试…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在查询服务器…</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待启动</translation>
    </message>
    <message>
        <source>Running: %1% done</source>
        <translation>正在运行：已完成 %1%</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Nothing had expired: no points were taken.</source>
        <translation>没有到期的积分：未扣除任何积分。</translation>
    </message>
    <message numerus="yes">
        <source>Expired %1 points from %Ln lots.</source>
        <translation>
            <numerusform>共 %1 积分已过期，涉及 %Ln 个积分批次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>You can close this window: the job keeps running on the server.</source>
        <translation>可以关闭此窗口：任务会在服务器上继续运行。</translation>
    </message>
    <message>
        <source>%1 Showing the run already in progress (job %2, started by %3 at %4).</source>
        <translation>%1 现显示正在运行的任务进度（任务 %2，由 %3 于 %4 启动）。</translation>
    </message>
    <message>
        <source>Pending points: %1 posted, %2 cancelled at their deadline.</source>
        <translation>待入账积分：%1 笔已入账，%2 笔因到期被取消。</translation>
    </message>
</context>
<context>
    <name>loyalty::LedgerFilterBar</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>开始日期(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>结束日期(&amp;O)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Clear the filter and show the whole ledger</source>
        <translation>清除筛选，显示全部积分流水</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>loyalty::LedgerModel</name>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation>没收</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation>无法连接服务器，且没有可显示的本地缓存。</translation>
    </message>
    <message>
        <source>Offline, the ledger can be shown only unfiltered: clear the filter to see the copy kept on this computer.</source>
        <translation>离线时只能显示未筛选的积分流水：请清除筛选，以查看此电脑上保存的副本。</translation>
    </message>
</context>
<context>
    <name>loyalty::ListExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 The export stopped; no file was written.</source>
        <translation>%1 导出已停止，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>loyalty::LocalServerLauncher</name>
    <message>
        <source>Cannot create a folder for the demo database: %1</source>
        <translation>无法为演示数据库创建文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>Creating %Ln demo members…</source>
        <translation>
            <numerusform>正在创建 %Ln 个演示会员…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the demo administrator…</source>
        <translation>正在创建演示管理员…</translation>
    </message>
    <message>
        <source>The demo server could not be prepared: %1</source>
        <translation>无法准备演示服务器：%1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>正在启动演示服务器…</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready.</source>
        <translation>演示服务器在就绪前已停止。</translation>
    </message>
</context>
<context>
    <name>loyalty::LoginDialog</name>
    <message>
        <source>No keychain answered (%1): the session is kept in memory only and you will sign in again next time.</source>
        <translation>密钥链无响应（%1）：会话仅保存在内存中，下次需要重新登录。</translation>
    </message>
    <message>
        <source>Sign in to Loyalty Console</source>
        <translation>登录会员积分控制台</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在此电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <source>https://loyalty.example.com</source>
        <translation>https://loyalty.example.com</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the session is kept in memory only.</source>
        <translation>此电脑上没有可用的密钥链：会话仅保存在内存中。</translation>
    </message>
    <message>
        <source>No keychain answered (%1): if you sign in, the session is kept in memory only.</source>
        <translation>密钥链无响应（%1）：登录后会话将仅保存在内存中。</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://loyalty.example.com.</source>
        <translation>请输入服务器地址（例如 https://loyalty.example.com）。</translation>
    </message>
    <message>
        <source>Use https for a server on another computer; http is allowed only for this computer.</source>
        <translation>连接其他电脑上的服务器时请使用 https；http 仅允许用于本机。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
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
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>30 天内过期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expiry lots are shown only while the server can be reached.</source>
        <translation>积分批次仅在能连接服务器时显示。</translation>
    </message>
</context>
<context>
    <name>loyalty::MainWindow</name>
    <message>
        <source>Loyalty Console</source>
        <translation>会员积分控制台</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>查找会员(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A navigation entry with how many items wait in it, e.g. &quot;Approvals (3)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>在线：%1</translation>
    </message>
    <message>
        <source>Offline since %1: %2</source>
        <translation>自 %1 起离线：%2</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>导出列表为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Run e&amp;xpiry now…</source>
        <translation>立即执行积分过期任务(&amp;X)…</translation>
    </message>
    <message>
        <source>Expire every points lot whose time has come, for all members, now</source>
        <translation>立即为所有会员处理已到期的积分批次</translation>
    </message>
    <message>
        <source>Run expiry now?</source>
        <translation>立即执行积分过期任务？</translation>
    </message>
    <message>
        <source>Every points lot whose expiry date has passed is posted as expired now, for all members. The points are gone from their balances; this cannot be undone. Run the expiry now?</source>
        <translation>所有会员中已过有效期的积分批次将立即记为过期，这些积分将从余额中扣除，且无法撤销。要立即执行积分过期任务吗？</translation>
    </message>
    <message>
        <source>Points expiry</source>
        <translation>积分过期任务</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Discard unsaved tier edits?</source>
        <translation>放弃未保存的等级修改？</translation>
    </message>
    <message>
        <source>The tier ladder has edits that are not saved. Quit and lose them?</source>
        <translation>等级体系有未保存的修改。退出并放弃这些修改？</translation>
    </message>
    <message>
        <source>Mall</source>
        <translation>积分商城</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>兑换订单</translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemExporter</name>
    <message numerus="yes">
        <source>%Ln items exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个商品导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemModel</name>
    <message>
        <source>Sold out: restock it or take it off the shelf.</source>
        <translation>已售罄：请补货或将其下架。</translation>
    </message>
    <message numerus="yes">
        <source>Low stock: %Ln left (the alert is at %1 or fewer).</source>
        <translation>
            <numerusform>库存不足：剩余 %Ln 件（提醒阈值为不高于 %1 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member pays %1 points.</source>
        <translation>所有会员均需 %1 积分。</translation>
    </message>
    <message>
        <source>%1 points; tier prices:</source>
        <translation>%1 积分；等级价：</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1：%2 积分</translation>
    </message>
    <message>
        <source>The low-stock alert is at %1 or fewer.</source>
        <translation>库存不高于 %1 件时提醒库存不足。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>价格档</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限兑</translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>上架状态</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the catalogue is not kept on this computer: it shows again when the connection is back.</source>
        <translation>无法连接服务器，且商品目录不会保存在此电脑上：连接恢复后将重新显示。</translation>
    </message>
</context>
<context>
    <name>loyalty::MallItemView</name>
    <message>
        <source>Stock &amp;history:</source>
        <translation>库存变动记录(&amp;H)：</translation>
    </message>
    <message>
        <source>Select an item to see its prices, stock and history</source>
        <translation>选择一个商品，查看其价格、库存和变动记录</translation>
    </message>
    <message>
        <source>%1 · %2 band · item %3</source>
        <translation>%1 · %2 · 商品 %3</translation>
    </message>
    <message>
        <source>Price: %1 points + %2</source>
        <translation>价格：%1 积分 + %2</translation>
    </message>
    <message>
        <source>Price: %1 points</source>
        <translation>价格：%1 积分</translation>
    </message>
    <message>
        <source>  %1 and above: %2 points</source>
        <translation>  %1及以上：%2 积分</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>限兑：%1</translation>
    </message>
    <message>
        <source>Minimum tier: %1</source>
        <translation>最低等级：%1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1, no end</source>
        <translation>%1 起，不限结束时间</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>no schedule</source>
        <translation>未设定上架时间</translation>
    </message>
    <message>
        <source>Shelf: %1 (%2)</source>
        <translation>上架状态：%1（%2）</translation>
    </message>
    <message>
        <source>Stock: sold out (the alert is at %1 or fewer)</source>
        <translation>库存：已售罄（提醒阈值为不高于 %1 件）</translation>
    </message>
    <message>
        <source>Stock: %1, low (the alert is at %2 or fewer)</source>
        <translation>库存：%1，库存不足（提醒阈值为不高于 %2 件）</translation>
    </message>
    <message>
        <source>Stock: %1 (the alert is at %2 or fewer)</source>
        <translation>库存：%1（提醒阈值为不高于 %2 件）</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No stock movements yet.</source>
        <translation>暂无库存变动。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movements shown, scroll for more</source>
        <translation>
            <numerusform>已显示 %Ln 条变动，滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movements</source>
        <translation>
            <numerusform>%Ln 条变动</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <source>The image cannot be shown here</source>
        <translation>此处无法显示该图片</translation>
    </message>
</context>
<context>
    <name>loyalty::MallPane</name>
    <message numerus="yes">
        <source>Exporting the catalogue… %Ln rows written</source>
        <translation>
            <numerusform>正在导出商品目录…已写入 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All price bands</source>
        <translation>全部价格档</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an item to the mall&apos;s catalogue</source>
        <translation>向商城的商品目录添加商品</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Adjust &amp;stock…</source>
        <translation>调整库存(&amp;S)…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export every item the filters show to a CSV file (Ctrl+E)</source>
        <translation>将符合筛选条件的所有商品导出为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Find by name…</source>
        <translation>按名称查找…</translation>
    </message>
    <message>
        <source>Only items of this category</source>
        <translation>仅显示此类别的商品</translation>
    </message>
    <message>
        <source>Only items in this points price band</source>
        <translation>仅显示此积分价格档的商品</translation>
    </message>
    <message>
        <source>Only items in this shelf status</source>
        <translation>仅显示此上架状态的商品</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>仅看库存不足(&amp;L)</translation>
    </message>
    <message>
        <source>Only items at or below their low-stock alert</source>
        <translation>仅显示库存不高于提醒阈值的商品</translation>
    </message>
    <message>
        <source>Offline: the catalogue cannot be changed now.</source>
        <translation>离线：暂时无法修改商品目录。</translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation>请先在列表中选择一个商品。</translation>
    </message>
    <message>
        <source>Change the selected item (or double-click it)</source>
        <translation>修改所选商品（或双击该商品）</translation>
    </message>
    <message>
        <source>Record goods coming in or correct the count, with a reason</source>
        <translation>登记入库或更正库存数量（须填写原因）</translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation>正在加载商品目录…</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>没有符合筛选条件的商品。</translation>
    </message>
    <message>
        <source>The catalogue is empty: add the first item with New item.</source>
        <translation>商品目录为空：请通过“新建商品”添加第一个商品。</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>商品目录为空。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items shown, scroll for more</source>
        <translation>
            <numerusform>已显示 %Ln 个商品，滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was added to the catalogue (item %2).</source>
        <translation>“%1”已添加到商品目录（商品 %2）。</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>“%1”已保存。</translation>
    </message>
    <message>
        <source>The stock of “%1” is now %2.</source>
        <translation>“%1”的库存现为 %2。</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>导出商品目录</translation>
    </message>
</context>
<context>
    <name>loyalty::MemberAuditModel</name>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>forfeited</source>
        <translation>没收积分</translation>
    </message>
    <message>
        <source>pending cancelled</source>
        <translation>取消待入账笔数</translation>
    </message>
    <message>
        <source>approvals cancelled</source>
        <translation>取消审批笔数</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
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
        <translation>变更内容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>另有 %Ln 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::MemberDetailView</name>
    <message>
        <source>Member no.:</source>
        <translation>会员编号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>注册时间：</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Adjust points…</source>
        <translation>调整积分(&amp;A)…</translation>
    </message>
    <message>
        <source>Select a member</source>
        <translation>请选择会员</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>请先选择会员。</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be changed now.</source>
        <translation>离线：无法连接服务器，暂时无法进行任何更改。</translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>see whole phone numbers</source>
        <translation>查看完整手机号</translation>
    </message>
    <message>
        <source>reverse ledger entries</source>
        <translation>冲正积分流水</translation>
    </message>
    <message>
        <source>Select a ledger entry first.</source>
        <translation>请先选择一条积分流水。</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed; post a new adjustment instead.</source>
        <translation>冲正记录不能再次冲正；请改为新增一笔积分调整。</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>这条流水已经冲正过了。</translation>
    </message>
    <message>
        <source>Points &amp;ledger</source>
        <translation>积分流水(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xpiry lots</source>
        <translation>积分批次(&amp;X)</translation>
    </message>
    <message>
        <source>Show only entries of this &amp;kind</source>
        <translation>仅显示此类型的流水(&amp;K)</translation>
    </message>
    <message>
        <source>Show &amp;all entries</source>
        <translation>显示全部流水(&amp;A)</translation>
    </message>
    <message>
        <source>Set &amp;tier…</source>
        <translation>设置等级(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Pending points</source>
        <translation>待入账积分(&amp;P)</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>备注(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>操作记录(&amp;U)</translation>
    </message>
    <message>
        <source>The member is frozen: points can be neither earned nor spent. Unfreeze them first.</source>
        <translation>该会员已被冻结：不能获得或使用积分。请先解冻。</translation>
    </message>
    <message>
        <source>The member is blacklisted: no points can be posted to them.</source>
        <translation>该会员已被拉黑：不能为其入账任何积分。</translation>
    </message>
    <message>
        <source>Unfree&amp;ze…</source>
        <translation>解冻(&amp;Z)…</translation>
    </message>
    <message>
        <source>Let the member earn and spend points again (a reason is required).</source>
        <translation>恢复该会员获得和使用积分（须填写原因）。</translation>
    </message>
    <message>
        <source>Free&amp;ze…</source>
        <translation>冻结(&amp;Z)…</translation>
    </message>
    <message>
        <source>A blacklisted member cannot be frozen; lift the blacklist first.</source>
        <translation>已被拉黑的会员不能冻结；请先解除拉黑。</translation>
    </message>
    <message>
        <source>Stop the member earning and spending points until unfrozen (a reason is required).</source>
        <translation>解冻前禁止该会员获得和使用积分（须填写原因）。</translation>
    </message>
    <message>
        <source>Lift &amp;blacklist…</source>
        <translation>解除拉黑(&amp;B)…</translation>
    </message>
    <message>
        <source>End the blacklisting; forfeited points are not restored.</source>
        <translation>解除拉黑；已没收的积分不会恢复。</translation>
    </message>
    <message>
        <source>&amp;Blacklist…</source>
        <translation>拉黑(&amp;B)…</translation>
    </message>
    <message>
        <source>Blacklist for fraud: forfeits the balance and cancels pending points.</source>
        <translation>因欺诈拉黑：没收全部余额并取消待入账积分。</translation>
    </message>
    <message>
        <source>A blacklisted member&apos;s tier cannot be set; lift the blacklist first.</source>
        <translation>不能为已被拉黑的会员设置等级；请先解除拉黑。</translation>
    </message>
    <message>
        <source>Set the member&apos;s tier by hand until a date, with a reason.</source>
        <translation>手动设置该会员的等级至指定日期（须填写原因）。</translation>
    </message>
    <message>
        <source>End the manual tier now; the programme&apos;s rules decide the tier again.</source>
        <translation>立即结束手动等级，恢复按等级规则确定等级。</translation>
    </message>
    <message>
        <source>Leave a note every agent sees on this member (it cannot be edited later).</source>
        <translation>为该会员添加所有客服可见的备注（添加后不可修改）。</translation>
    </message>
    <message>
        <source>The adjustment of %1 points waits for a manager&apos;s approval (request %2); the balance has not changed.</source>
        <translation>%1 积分的调整正在等待经理审批（申请编号 %2）；余额未变动。</translation>
    </message>
    <message>
        <source>The blacklist is lifted. Nothing was restored automatically.</source>
        <translation>已解除拉黑。未自动恢复任何内容。</translation>
    </message>
    <message>
        <source>En&amp;d manual tier…</source>
        <translation>结束手动等级(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>Blacklisted: %1 points forfeited, %Ln pending entries cancelled.</source>
        <translation>
            <numerusform>已拉黑：没收 %1 积分，取消 %Ln 笔待入账积分。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reverse entry…</source>
        <translation>冲正流水(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>loyalty::MemberExporter</name>
    <message numerus="yes">
        <source>%Ln members exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 位会员导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::MemberListModel</name>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation>无法连接服务器，且没有可显示的本地缓存。</translation>
    </message>
</context>
<context>
    <name>loyalty::MemberRepository</name>
    <message>
        <source>The server cannot be reached and there is no local cache to show.</source>
        <translation>无法连接服务器，且没有可显示的本地缓存。</translation>
    </message>
    <message>
        <source>The server cannot be reached and this member is not in the local cache.</source>
        <translation>无法连接服务器，且本地缓存中没有该会员。</translation>
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
        <translation>冻结会员</translation>
    </message>
    <message>
        <source>Freeze %1: until someone unfreezes them, they can neither earn nor spend points. Their balance stays as it is.</source>
        <translation>冻结 %1：解冻前该会员既不能获得也不能使用积分，余额保持不变。</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Unfreeze member</source>
        <translation>解冻会员</translation>
    </message>
    <message>
        <source>Unfreeze %1: they can earn and spend points again.</source>
        <translation>解冻 %1：该会员将可以重新获得和使用积分。</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Blacklist member</source>
        <translation>拉黑会员</translation>
    </message>
    <message>
        <source>Blacklist %1 for fraud: their balance of %2 points is forfeited, their %3 pending points are cancelled, and they are excluded from tasks and the mall. Lifting the blacklist later restores none of it.</source>
        <translation>因欺诈拉黑 %1：没收其余额 %2 积分，取消其待入账的 %3 积分，并禁止其参与任务和积分商城。日后解除拉黑也不会恢复上述任何内容。</translation>
    </message>
    <message>
        <source>Blacklist…</source>
        <translation>拉黑…</translation>
    </message>
    <message>
        <source>Lift blacklist</source>
        <translation>解除拉黑</translation>
    </message>
    <message>
        <source>Lift the blacklisting of %1. Forfeited points and cancelled pending points are not restored automatically.</source>
        <translation>解除 %1 的拉黑状态。已没收的积分和已取消的待入账积分不会自动恢复。</translation>
    </message>
    <message>
        <source>Really blacklist %1 (%2)?

%3 points will be forfeited now and %4 pending points cancelled. This is recorded in the audit log and is not undone by lifting the blacklist.</source>
        <translation>确定要拉黑 %1（%2）吗？

将立即没收 %3 积分，并取消待入账的 %4 积分。此操作会记入操作日志，解除拉黑也不会撤销。</translation>
    </message>
</context>
<context>
    <name>loyalty::MembersPane</name>
    <message>
        <source>Search: phone, last 4 digits, member number or name (Ctrl+F)</source>
        <translation>搜索：手机号、后 4 位、会员编号或姓名（Ctrl+F）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>没有匹配的会员。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members shown, scroll for more</source>
        <translation>
            <numerusform>已显示 %Ln 位会员，滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln 位会员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting members… %Ln rows written</source>
        <translation>
            <numerusform>正在导出会员… 已写入 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export every member matching the search to a CSV file (Ctrl+E)</source>
        <translation>将符合搜索条件的全部会员导出为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Offline: exports need the server, which cannot be reached now.</source>
        <translation>离线：导出需要连接服务器，目前无法连接。</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
</context>
<context>
    <name>loyalty::NoteModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes are shown only while the server can be reached.</source>
        <translation>备注仅在能连接服务器时显示。</translation>
    </message>
</context>
<context>
    <name>loyalty::OfflineBanner</name>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Offline, data as of %1. The server cannot be reached: you are looking at the local copy, and changes are disabled until it answers again.</source>
        <translation>离线，数据截至 %1。无法连接服务器：当前显示的是本地副本，在服务器恢复响应之前无法进行更改。</translation>
    </message>
</context>
<context>
    <name>loyalty::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>确认密码(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 is signed out everywhere and signs in with the new password.</source>
        <translation>%1 将在所有设备上退出登录，之后需使用新密码登录。</translation>
    </message>
    <message>
        <source>Your other sessions are signed out.</source>
        <translation>您的其他会话已退出登录。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>loyalty::PendingModel</name>
    <message>
        <source>Posted to the ledger</source>
        <translation>已计入积分流水</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>已过截止时间</translation>
    </message>
    <message>
        <source>Member blacklisted</source>
        <translation>会员已被拉黑</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待入账</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已入账</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>按时间</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>按事件</translation>
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
        <translation>获得时间</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>入账方式</translation>
    </message>
    <message>
        <source>At / on event</source>
        <translation>入账时间 / 事件</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pending points are shown only while the server can be reached.</source>
        <translation>待入账积分仅在能连接服务器时显示。</translation>
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
            <numerusform>已将 %Ln 笔兑换导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionModel</name>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
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
        <translation>双击打开此会员</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column: the redemption&apos;s number</extracomment>
        <translation>兑换单号</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <extracomment>Column: how many units were redeemed</extracomment>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The redemption queue needs a connection to the server; it is not kept for offline work.</source>
        <translation>兑换队列需要连接服务器才能查看，不会保存供离线使用。</translation>
    </message>
    <message>
        <source>Open after-sales cases</source>
        <translation>未结售后工单</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Column: how many after-sales cases of the redemption are open</extracomment>
        <translation>售后</translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionTimelineModel</name>
    <message>
        <source>case %1</source>
        <translation>售后工单 %1</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>售后工单</translation>
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
        <translation>商品破损</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>运输途中丢失</translation>
    </message>
    <message>
        <source>Wrong item or code</source>
        <translation>商品或券码有误</translation>
    </message>
    <message>
        <source>Refund the points</source>
        <translation>退还积分</translation>
    </message>
    <message>
        <source>Ship again</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Issue a new code</source>
        <translation>重发券码</translation>
    </message>
    <message>
        <source>Reject the claim</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message numerus="yes">
        <source>Placed: %Ln unit(s) for %1 points and %2</source>
        <translation>
            <numerusform>已下单：%Ln 件，%1 积分 + %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed: %Ln unit(s) for %1 points</source>
        <translation>
            <numerusform>已下单：%Ln 件，%1 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Fulfilled with code %1</source>
        <translation>已发放，券码 %1</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Shipped by %1, tracking number %2</source>
        <translation>已由 %1 发货，运单号 %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled, %1 points refunded</source>
        <translation>已取消，退还 %1 积分</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>已创建%1：%2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation>已处理%1：%2</translation>
    </message>
    <message>
        <source>A new code was issued</source>
        <translation>已重发券码</translation>
    </message>
    <message>
        <source>A new code was issued: %1</source>
        <translation>已重发券码：%1</translation>
    </message>
    <message>
        <source>Shipped again by %1, tracking number %2</source>
        <translation>已由 %1 补发，运单号 %2</translation>
    </message>
    <message numerus="yes">
        <source>Shipped again: %Ln unit(s) taken from stock</source>
        <translation>
            <numerusform>已补发：从库存中扣除 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped again</source>
        <translation>已补发</translation>
    </message>
    <message>
        <source>%1 points refunded to the member</source>
        <translation>已向会员退还 %1 积分</translation>
    </message>
    <message>
        <source>Points refunded to the member</source>
        <translation>已向会员退还积分</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) put back into stock</source>
        <translation>
            <numerusform>%Ln 件已放回库存</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back into stock</source>
        <translation>已放回库存</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>loyalty::RedemptionsPane</name>
    <message numerus="yes">
        <source>Exporting redemptions… %Ln rows written</source>
        <translation>
            <numerusform>正在导出兑换订单…已写入 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Which redemptions the queue lists</source>
        <translation>选择队列中列出哪些兑换</translation>
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
        <translation>选择商品，或输入商品编号后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>Member no. or id, Enter</source>
        <translation>会员编号或 id，按 Enter</translation>
    </message>
    <message>
        <source>A member number or a member id; press Enter to apply</source>
        <translation>会员编号或会员 id；按 Enter 应用</translation>
    </message>
    <message>
        <source>&amp;Placed from</source>
        <translation>下单日期从(&amp;P)</translation>
    </message>
    <message>
        <source>Only redemptions placed between these two days (both included)</source>
        <translation>仅显示在这两天之间（含首尾两天）下单的兑换</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export every redemption this filter lets through to a CSV file (Ctrl+E)</source>
        <translation>将符合筛选条件的所有兑换导出为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>处理进度(&amp;T)：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>S&amp;hip…</source>
        <translation>发货(&amp;H)…</translation>
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
        <translation>查看会员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>创建售后工单(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Resolve case…</source>
        <translation>处理售后工单(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>“%1” is no item: choose one from the list or type its id.</source>
        <translation>“%1”不是商品：请从列表中选择，或输入商品编号。</translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>No member has the number “%1”.</source>
        <translation>没有会员编号为“%1”的会员。</translation>
    </message>
    <message>
        <source>Export redemptions</source>
        <translation>导出兑换订单</translation>
    </message>
    <message>
        <source>Issue &amp;code</source>
        <translation>发放券码(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;fulfilled</source>
        <translation>标记为已发放(&amp;F)</translation>
    </message>
    <message>
        <source>Select a redemption in the queue</source>
        <translation>请在队列中选择一笔兑换</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>Redemption %1: %2 × %3</source>
        <translation>兑换 %1：%2 × %3</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>会员：%1</translation>
    </message>
    <message>
        <source>Paid: %1 points</source>
        <translation>支付：%1 积分</translation>
    </message>
    <message>
        <source>Paid: %1 points and %2</source>
        <translation>支付：%1 积分 + %2</translation>
    </message>
    <message>
        <source>Status: %1 (placed %2)</source>
        <translation>状态：%1（下单时间 %2）</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>券码：%1</translation>
    </message>
    <message>
        <source>Shipped by %1, tracking number %2</source>
        <translation>已由 %1 发货，运单号 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln after-sales case(s) open</source>
        <translation>
            <numerusform>%Ln 张售后工单处理中</numerusform>
        </translation>
    </message>
    <message>
        <source>No after-sales cases.</source>
        <translation>没有售后工单。</translation>
    </message>
    <message>
        <source>After-sales &amp;cases:</source>
        <translation>售后工单(&amp;C)：</translation>
    </message>
    <message>
        <source>%1, restocked</source>
        <translation>%1，已放回库存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The last action is being sent…</source>
        <translation>正在提交上一个操作…</translation>
    </message>
    <message>
        <source>Select a redemption in the queue first.</source>
        <translation>请先在队列中选择一笔兑换。</translation>
    </message>
    <message>
        <source>Your role (%1) may look at redemptions but not handle them.</source>
        <translation>您的角色（%1）只能查看兑换，无权处理。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be changed now.</source>
        <translation>离线：无法连接服务器，暂时无法进行任何更改。</translation>
    </message>
    <message>
        <source>Issue a code to the member (the server makes one)</source>
        <translation>向会员发放券码（由服务器生成）</translation>
    </message>
    <message>
        <source>Mark the redemption fulfilled</source>
        <translation>将此兑换标记为已发放</translation>
    </message>
    <message>
        <source>Record the carrier and tracking number of the parcel</source>
        <translation>登记包裹的快递公司和运单号</translation>
    </message>
    <message>
        <source>The member has what they redeemed: close the redemption</source>
        <translation>会员已收到兑换的商品：完结此兑换</translation>
    </message>
    <message>
        <source>Cancel: the points go back to the member, the stock is released</source>
        <translation>取消：积分退还给会员，库存释放</translation>
    </message>
    <message>
        <source>Record a problem the member reported</source>
        <translation>登记会员反馈的问题</translation>
    </message>
    <message>
        <source>Refund, reship, issue a new code or reject the selected case</source>
        <translation>对所选工单退还积分、补发、重发券码或驳回</translation>
    </message>
    <message>
        <source>Show this member&apos;s 360 view in the Members pane</source>
        <translation>在“会员”页面中显示该会员的 360 视图</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No redemption matches this filter.</source>
        <translation>没有符合筛选条件的兑换。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln redemptions shown, scroll for more</source>
        <translation>
            <numerusform>已显示 %Ln 笔兑换，滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln redemptions</source>
        <translation>
            <numerusform>%Ln 笔兑换</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Redemption %1 completed.</source>
        <translation>兑换 %1 已完成。</translation>
    </message>
    <message>
        <source>Redemption %1 fulfilled with code %2.</source>
        <translation>兑换 %1 已发放，券码 %2。</translation>
    </message>
    <message>
        <source>Redemption %1 fulfilled.</source>
        <translation>兑换 %1 已发放。</translation>
    </message>
    <message>
        <source>Redemption %1 shipped by %2, tracking number %3.</source>
        <translation>兑换 %1 已由 %2 发货，运单号 %3。</translation>
    </message>
    <message>
        <source>Redemption %1 cancelled; %2 points went back to the member.</source>
        <translation>兑换 %1 已取消；%2 积分已退还给会员。</translation>
    </message>
    <message>
        <source>Case %1 opened: %2.</source>
        <translation>售后工单 %1 已创建：%2。</translation>
    </message>
    <message>
        <source>Case %1 resolved: %2 points went back to the member.</source>
        <translation>售后工单 %1 已处理：%2 积分已退还给会员。</translation>
    </message>
    <message>
        <source>Case %1 resolved: %2.</source>
        <translation>售后工单 %1 已处理：%2。</translation>
    </message>
</context>
<context>
    <name>loyalty::ResolveCaseDialog</name>
    <message>
        <source>Resolve case %1</source>
        <translation>处理售后工单 %1</translation>
    </message>
    <message>
        <source>Case %1 on redemption %2 (%3 × %4 for %5): %6.</source>
        <translation>兑换 %2 的售后工单 %1（%5 兑换的 %3 × %4）：%6。</translation>
    </message>
    <message>
        <source>The goods came back: put them back into &amp;stock</source>
        <translation>商品已退回：放回库存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Resolve case</source>
        <translation>处理工单</translation>
    </message>
    <message>
        <source>%1 points go back to the member.</source>
        <translation>%1 积分将退还给会员。</translation>
    </message>
    <message numerus="yes">
        <source>Another %Ln unit(s) leave stock for the member.</source>
        <translation>
            <numerusform>将再从库存中为会员发出 %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The member gets a new code; the old one stops counting.</source>
        <translation>会员将获得新券码，旧券码随即失效。</translation>
    </message>
    <message>
        <source>Nothing moves; the reason tells the member why.</source>
        <translation>积分和库存均不变动；原因将告知会员。</translation>
    </message>
    <message>
        <source>Why the claim is rejected (required)</source>
        <translation>驳回原因（必填）</translation>
    </message>
    <message>
        <source>Optional note on the resolution</source>
        <translation>处理说明（选填）</translation>
    </message>
</context>
<context>
    <name>loyalty::ReverseEntryDialog</name>
    <message>
        <source>Reverse ledger entry</source>
        <translation>冲正积分流水</translation>
    </message>
    <message>
        <source>%1 on %2: %3 points (%4). The reversal takes back exactly this amount.</source>
        <translation>%2 的%1：%3 积分（%4）。冲正将如数收回这笔积分。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>冲正</translation>
    </message>
</context>
<context>
    <name>loyalty::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Local cache:</source>
        <translation>本地缓存：</translation>
    </message>
    <message>
        <source>&amp;Clear cache…</source>
        <translation>清除缓存(&amp;C)…</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Clear the local cache?</source>
        <translation>清除本地缓存？</translation>
    </message>
    <message>
        <source>Members and ledgers kept for offline review are deleted from this computer. Nothing changes on the server.</source>
        <translation>为离线查看而保存的会员和积分流水将从此电脑上删除。服务器上的数据不受影响。</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>无法清除缓存：%1</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://loyalty.example.com.</source>
        <translation>请输入服务器地址（例如 https://loyalty.example.com）。</translation>
    </message>
</context>
<context>
    <name>loyalty::ShipDialog</name>
    <message>
        <source>Ship redemption %1</source>
        <translation>兑换 %1 发货</translation>
    </message>
    <message>
        <source>%1 × %2 for %3. Enter the carrier and the tracking number printed on the label.</source>
        <translation>%3 兑换的 %1 × %2。请输入快递公司和面单上的运单号。</translation>
    </message>
    <message>
        <source>e.g. 顺丰速运</source>
        <translation>例如 顺丰速运</translation>
    </message>
    <message>
        <source>Letters, digits and dashes</source>
        <translation>字母、数字和连字符</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>快递公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>确认发货</translation>
    </message>
</context>
<context>
    <name>loyalty::StatusBadge</name>
    <message>
        <source>cannot earn or spend points</source>
        <translation>不能获得或使用积分</translation>
    </message>
    <message>
        <source>balance forfeited, excluded from tasks and the mall</source>
        <translation>余额已没收，不能参与任务和积分商城</translation>
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
        <translation>调整库存：%1</translation>
    </message>
    <message>
        <source>Inbound (goods came in)</source>
        <translation>入库（到货）</translation>
    </message>
    <message>
        <source>Correction (after a count)</source>
        <translation>更正（盘点后）</translation>
    </message>
    <message>
        <source>Delivery note, stock count, damage…</source>
        <translation>送货单、盘点、破损…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Stock now:</source>
        <translation>当前库存：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Change (+ adds, − removes):</source>
        <translation>变动数量（+ 增加，− 减少）(&amp;C)：</translation>
    </message>
    <message>
        <source>Stock after:</source>
        <translation>变动后库存：</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation>变动后库存</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>兑换单</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>The server cannot be reached; stock history is not kept on this computer.</source>
        <translation>无法连接服务器；库存变动记录不会保存在此电脑上。</translation>
    </message>
</context>
<context>
    <name>loyalty::TierBenefitsEditor</name>
    <message>
        <source>Points &amp;multiplier:</source>
        <translation>积分倍数(&amp;M)：</translation>
    </message>
    <message>
        <source>1×, 1.5×, 2×, 3× or any other number above zero</source>
        <translation>1 倍、1.5 倍、2 倍、3 倍，或任何大于零的数</translation>
    </message>
    <message>
        <source>Pri&amp;ce paid:</source>
        <translation>实付比例(&amp;C)：</translation>
    </message>
    <message>
        <source>The share of the price members of this tier pay: 95% is 9.5 折, 100% no discount</source>
        <translation>该等级会员实付的价格比例：95% 即 9.5 折，100% 为不打折</translation>
    </message>
    <message>
        <source>Free s&amp;hipping</source>
        <translation>包邮(&amp;H)</translation>
    </message>
    <message>
        <source>Priority customer ser&amp;vice</source>
        <translation>优先客服(&amp;V)</translation>
    </message>
    <message>
        <source>Birthda&amp;y month multiplier:</source>
        <translation>生日月积分倍数(&amp;Y)：</translation>
    </message>
    <message>
        <source>Birthday &amp;gift points:</source>
        <translation>生日礼积分(&amp;G)：</translation>
    </message>
    <message>
        <source>Points e&amp;xpire after (months):</source>
        <translation>积分有效期（月）(&amp;X)：</translation>
    </message>
    <message>
        <source>programme default</source>
        <translation>按计划默认</translation>
    </message>
    <message>
        <source>Enter a multiplier above zero, e.g. 1.5.</source>
        <translation>请输入大于零的倍数，例如 1.5。</translation>
    </message>
</context>
<context>
    <name>loyalty::TierCard</name>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>A progress bar&apos;s text: so far / needed, e.g. &quot;1,200 / 2,000&quot; or &quot;¥1,200.00 / ¥2,000.00&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Since %1, period ends %2</source>
        <translation>自 %1 起，本期截至 %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Set by hand until %1 by %2: %3</source>
        <extracomment>The tier was set by hand: until (date), by (user): reason</extracomment>
        <translation>由 %2 手动设置，有效期至 %1：%3</translation>
    </message>
    <message>
        <source>Reached the bar for %1: the upgrade follows at the next evaluation</source>
        <translation>已达到%1的升级门槛：将在下次评定时升级</translation>
    </message>
    <message>
        <source>Top tier: there is no tier above %1</source>
        <translation>已是最高等级：没有高于%1的等级</translation>
    </message>
    <message>
        <source>Keeps %1: the retention bar is met for the period ending %2</source>
        <translation>可保级%1：已达到本期（截至 %2）的保级门槛</translation>
    </message>
</context>
<context>
    <name>loyalty::TierConditionModel</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
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
        <translation>%1% 价格</translation>
    </message>
    <message>
        <source>free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <source>priority service</source>
        <translation>优先客服</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>生日月 %1</translation>
    </message>
    <message numerus="yes">
        <source>birthday gift %Ln points</source>
        <translation>
            <numerusform>生日礼 %Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>points expire after %Ln months</source>
        <translation>
            <numerusform>积分 %Ln 个月后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator between benefits in one line</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Name (Simplified)</source>
        <translation>名称（简体）</translation>
    </message>
    <message>
        <source>Name (Traditional)</source>
        <translation>名称（繁体）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>积分倍数</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
</context>
<context>
    <name>loyalty::TierOverrideDialog</name>
    <message>
        <source>Set tier by hand: %1 (%2)</source>
        <translation>手动设置等级：%1（%2）</translation>
    </message>
    <message>
        <source>The tier holds until the day you choose, whatever the programme&apos;s rules say; then the rules apply again. Now: %1.</source>
        <translation>所选等级将保持到您选择的日期，不受等级规则影响；之后恢复按规则确定等级。当前等级：%1。</translation>
    </message>
    <message>
        <source>Why, ticket number…</source>
        <translation>原因、工单号…</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>会员等级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>设置等级</translation>
    </message>
    <message>
        <source>Loading tiers…</source>
        <translation>正在加载会员等级…</translation>
    </message>
    <message>
        <source>The tiers could not be loaded</source>
        <translation>无法加载会员等级</translation>
    </message>
    <message>
        <source>Choose a tier…</source>
        <translation>请选择会员等级…</translation>
    </message>
</context>
<context>
    <name>loyalty::TierRuleEditor</name>
    <message>
        <source>Any of these conditions</source>
        <translation>满足任一条件</translation>
    </message>
    <message>
        <source>All of these conditions</source>
        <translation>满足全部条件</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权评分</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>添加条件(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve condition</source>
        <translation>删除条件(&amp;V)</translation>
    </message>
    <message>
        <source>Score &amp;threshold:</source>
        <translation>评分门槛(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add weight</source>
        <translation>添加权重(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve weight</source>
        <translation>删除权重(&amp;V)</translation>
    </message>
    <message>
        <source>No conditions: the rule always holds.</source>
        <translation>没有条件：该规则始终满足。</translation>
    </message>
</context>
<context>
    <name>loyalty::TierVersionModel</name>
    <message>
        <source>Restored from version %1</source>
        <extracomment>a version that brought back an older one: &quot;Restored from version 1&quot; and the note</extracomment>
        <translation>恢复自版本 %1</translation>
    </message>
    <message>
        <source>Restored from version %1: %2</source>
        <translation>恢复自版本 %1：%2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>loyalty::TierVersionsView</name>
    <message>
        <source>Ladder of the selected &amp;version (read-only):</source>
        <translation>所选版本的等级体系（只读）(&amp;V)：</translation>
    </message>
    <message>
        <source>Load older vers&amp;ions</source>
        <translation>加载更早的版本(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Restore into draft…</source>
        <translation>恢复到草稿(&amp;R)…</translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>正在加载版本…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published versions</source>
        <translation>
            <numerusform>已发布 %Ln 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a version first.</source>
        <translation>请先选择一个版本。</translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft; publishing it still needs a what-if</source>
        <translation>将版本 %1 的等级体系载入草稿；发布前仍需模拟测算</translation>
    </message>
</context>
<context>
    <name>loyalty::TiersPane</name>
    <message>
        <source>Remove tier?</source>
        <translation>删除等级？</translation>
    </message>
    <message>
        <source>Remove %1 from the draft? Its rules and benefits go with it (until you discard changes).</source>
        <translation>从草稿中删除%1？其规则和权益将一并删除（放弃更改可恢复）。</translation>
    </message>
    <message>
        <source>The what-if failed: %1</source>
        <translation>模拟测算失败：%1</translation>
    </message>
    <message>
        <source>The server does not answer (%1); still trying…</source>
        <translation>服务器无响应（%1）；正在重试…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Read the draft, the published ladder and the versions again (F5)</source>
        <translation>重新读取草稿、已发布的等级体系和版本（F5）</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Go back to the draft as saved on the server</source>
        <translation>恢复为服务器上保存的草稿</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>模拟测算(&amp;W)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Why this ladder (kept with the version)</source>
        <translation>调整原因（随版本保存）</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Reload the draft</source>
        <translation>重新加载草稿</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>等级体系</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>模拟测算</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>To &amp;reach</source>
        <translation>升级条件(&amp;R)</translation>
    </message>
    <message>
        <source>To &amp;keep</source>
        <translation>保级条件(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>权益(&amp;B)</translation>
    </message>
    <message>
        <source>Add t&amp;ier</source>
        <translation>添加等级(&amp;I)</translation>
    </message>
    <message>
        <source>Remove tier…</source>
        <translation>删除等级…</translation>
    </message>
    <message>
        <source>Problems to fix before publishing:</source>
        <translation>发布前需修正的问题：</translation>
    </message>
    <message>
        <source>tier %1</source>
        <extracomment>a tier named by rank and name, e.g. &quot;3 金卡&quot;</extracomment>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Discard unsaved edits?</source>
        <translation>放弃未保存的修改？</translation>
    </message>
    <message>
        <source>Your edits to the ladder are not saved. Read the draft again and lose them?</source>
        <translation>您对等级体系的修改尚未保存。重新读取草稿并放弃这些修改？</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Select a tier in the ladder</source>
        <translation>请在等级体系中选择一个等级</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a problem in the list: where (tier), what</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The draft is being read…</source>
        <translation>正在读取草稿…</translation>
    </message>
    <message>
        <source>Wait until the server has answered.</source>
        <translation>请等待服务器响应。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached.</source>
        <translation>离线：无法连接服务器。</translation>
    </message>
    <message>
        <source>Save the draft and run a what-if on it first.</source>
        <translation>请先保存草稿并进行模拟测算。</translation>
    </message>
    <message>
        <source>Fix the problems listed under the ladder first.</source>
        <translation>请先修正等级体系下方列出的问题。</translation>
    </message>
    <message>
        <source>The draft is the published ladder: there is nothing to publish.</source>
        <translation>草稿与已发布的等级体系相同：没有可发布的内容。</translation>
    </message>
    <message>
        <source>The what-if is still running.</source>
        <translation>模拟测算仍在进行中。</translation>
    </message>
    <message>
        <source>Run a what-if on this draft first: it shows what publishing would do to members.</source>
        <translation>请先对此草稿进行模拟测算：它会显示发布后对会员的影响。</translation>
    </message>
    <message>
        <source>Save your edits as the next draft revision (Ctrl+S)</source>
        <translation>将修改保存为新的草稿修订（Ctrl+S）</translation>
    </message>
    <message>
        <source>Nothing to save: the draft is as saved on the server.</source>
        <translation>无需保存：草稿与服务器上保存的一致。</translation>
    </message>
    <message>
        <source>The what-if is running…</source>
        <translation>模拟测算进行中…</translation>
    </message>
    <message>
        <source>Save the draft, then evaluate every member against it</source>
        <translation>保存草稿，然后按草稿评定全部会员</translation>
    </message>
    <message>
        <source>Evaluate every member against the draft: who would move up or down</source>
        <translation>按草稿评定全部会员：哪些会员会升级或降级</translation>
    </message>
    <message>
        <source>Make this draft the ladder members are evaluated against</source>
        <translation>将此草稿设为会员评定所依据的等级体系</translation>
    </message>
    <message>
        <source>A ladder has at most 5 tiers.</source>
        <translation>等级体系最多 5 个等级。</translation>
    </message>
    <message>
        <source>Add a tier above the selected one</source>
        <translation>在所选等级之上添加一个等级</translation>
    </message>
    <message>
        <source>A ladder has at least 3 tiers.</source>
        <translation>等级体系至少 3 个等级。</translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation>删除所选等级</translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation>正在读取草稿…</translation>
    </message>
    <message>
        <source>Published: version %1 (%2, by %3)</source>
        <translation>已发布：版本 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Draft: nothing saved yet (it starts from the published ladder)</source>
        <translation>草稿：尚未保存（以已发布的等级体系为起点）</translation>
    </message>
    <message>
        <source>Draft: revision %1, from version %2, saved %3 by %4</source>
        <translation>草稿：修订 %1，基于版本 %2，%4 于 %3 保存</translation>
    </message>
    <message>
        <source>unsaved edits</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>same as published</source>
        <translation>与已发布版本相同</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>the separator between the parts of the status line</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>No what-if on this draft yet. What-if evaluates every member against the draft and shows who would move up or down.</source>
        <translation>此草稿尚未进行模拟测算。模拟测算会按草稿评定全部会员，显示哪些会员会升级或降级。</translation>
    </message>
    <message>
        <source>Someone else saved the draft in the meantime, so yours was not saved. Reload the draft to see theirs (your edits here will be lost), or copy what you need first.</source>
        <translation>其他人已在此期间保存了草稿，因此您的修改未保存。请重新加载草稿查看对方的版本（此处的修改将丢失），或先复制您需要的内容。</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>正在保存草稿…</translation>
    </message>
    <message>
        <source>Draft saved as revision %1.</source>
        <translation>草稿已保存为修订 %1。</translation>
    </message>
    <message>
        <source>Draft saved as revision %1; fix the problems listed before publishing.</source>
        <translation>草稿已保存为修订 %1；发布前请修正所列问题。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>Throw away your edits and go back to the draft as saved (revision %1)?</source>
        <translation>放弃您的修改并恢复为已保存的草稿（修订 %1）？</translation>
    </message>
    <message>
        <source>Edits discarded.</source>
        <translation>已放弃修改。</translation>
    </message>
    <message>
        <source>The ladder breaks the rules listed under it: fix them, then run the what-if.</source>
        <translation>等级体系违反了下方所列规则：请先修正，再进行模拟测算。</translation>
    </message>
    <message>
        <source>Starting the what-if…</source>
        <translation>正在启动模拟测算…</translation>
    </message>
    <message>
        <source>The draft changed on the server; reload it to see its what-if.</source>
        <translation>服务器上的草稿已更改；请重新加载以查看其模拟测算。</translation>
    </message>
    <message>
        <source>Another what-if is running on the server; run this one when it is done.</source>
        <translation>服务器上正在进行另一项模拟测算；请待其完成后再运行。</translation>
    </message>
    <message>
        <source>The what-if finished, but its result cannot be read.</source>
        <translation>模拟测算已完成，但无法读取其结果。</translation>
    </message>
    <message>
        <source>Publish the ladder?</source>
        <translation>发布等级体系？</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Published version %1. Members are being evaluated against it now.</source>
        <translation>已发布版本 %1。正在按该版本评定会员。</translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>已发布版本 %1。</translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft? It replaces the draft, and your unsaved edits are lost. Publishing it still needs a what-if.</source>
        <translation>将版本 %1 的等级体系载入草稿？它将替换当前草稿，未保存的修改将丢失。发布前仍需模拟测算。</translation>
    </message>
    <message>
        <source>Load version %1&apos;s ladder into the draft? It replaces the draft (revision %2). Publishing it still needs a what-if.</source>
        <translation>将版本 %1 的等级体系载入草稿？它将替换当前草稿（修订 %2）。发布前仍需模拟测算。</translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation>恢复版本 %1？</translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation>正在恢复版本 %1…</translation>
    </message>
    <message>
        <source>Version %1&apos;s ladder is in the draft now (revision %2): run a what-if, then publish.</source>
        <translation>版本 %1 的等级体系已载入草稿（修订 %2）：请进行模拟测算后再发布。</translation>
    </message>
    <message>
        <source>The draft is the published ladder: edit it first, nobody would move.</source>
        <translation>草稿与已发布的等级体系相同：请先修改，否则不会有会员变动。</translation>
    </message>
    <message>
        <source>R&amp;aise rank</source>
        <translation>提高级别(&amp;A)</translation>
    </message>
    <message>
        <source>Swap this tier with the one above it in rank</source>
        <translation>与高一级的等级交换位置</translation>
    </message>
    <message>
        <source>Lower ra&amp;nk</source>
        <translation>降低级别(&amp;N)</translation>
    </message>
    <message>
        <source>Swap this tier with the one below it in rank</source>
        <translation>与低一级的等级交换位置</translation>
    </message>
    <message>
        <source>Compared with the published rules, %1 members end up in a higher tier and %2 in a lower one. At their period end under the new rules %3 members move up, %4 down and %5 stay.

Publish version %6 of the ladder now? Members who qualify move up at once; nobody moves down before their period ends.</source>
        <translation>与现行规则相比，%1 名会员的等级将更高，%2 名将更低。按新规则在各自周期结束时，%3 名会员升级，%4 名降级，%5 名不变。

现在发布等级体系版本 %6？符合条件的会员立即升级；任何会员都不会在周期结束前降级。</translation>
    </message>
</context>
<context>
    <name>loyalty::UserDialog</name>
    <message>
        <source>New console user</source>
        <translation>新建控制台用户</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>loyalty::UserListModel</name>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Console users can only be managed while the server can be reached.</source>
        <translation>只有在能连接服务器时才能管理控制台用户。</translation>
    </message>
</context>
<context>
    <name>loyalty::UsersPane</name>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 现在可以以%2身份登录。</translation>
    </message>
    <message>
        <source>Saved. A new role applies when %1 signs in again.</source>
        <translation>已保存。新角色将在 %1 重新登录后生效。</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>停用 %1？</translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again.</source>
        <translation>%1 将立即退出登录，重新启用前无法登录。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>%1 is disabled and was signed out.</source>
        <translation>%1 已停用并已退出登录。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>loyalty::WhatIfView</name>
    <message>
        <source>Members by tier &amp;now (rows) and after (columns):</source>
        <translation>各等级会员人数：现在（行）与调整后（列）(&amp;N)：</translation>
    </message>
    <message>
        <source>What-if queued on the server…</source>
        <translation>模拟测算已在服务器排队…</translation>
    </message>
    <message>
        <source>Evaluating every member against the draft… %1%</source>
        <translation>正在按草稿评定全部会员… %1%</translation>
    </message>
    <message>
        <source>What-if of draft revision %1, %2 members evaluated in %3 s.</source>
        <translation>草稿修订 %1 的模拟测算：%3 秒内评定了 %2 名会员。</translation>
    </message>
    <message>
        <source>The draft changed since this what-if (revision %1): run it again before publishing.</source>
        <translation>草稿在此次模拟测算（修订 %1）之后已更改：发布前请重新测算。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Members per tier: now and after publishing</source>
        <translation>各等级会员人数：现在与发布后</translation>
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
        <translation>因本次修改：%1 名会员的等级将高于现行规则下的结果，%2 名将低于现行规则下的结果。
按草稿在各自周期结束时：%3 名会员升级，%4 名降级，%5 名不变（共 %6 名）。</translation>
    </message>
</context>
</TS>
