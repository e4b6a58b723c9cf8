#include "server/Migrations.h"

#include "server/Database.h"
#include "server/Logging.h"
#include "server/LotBackfill.h"
#include "server/TierLadderStore.h"
#include "server/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
struct Migration
{
    int version;
    const char *name;
    QList<const char *> statements;
    bool (*thenRun)() = nullptr; // data work after the statements, in the same transaction
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         "foundation",
         {
             R"(CREATE TABLE tiers (
                 id INTEGER PRIMARY KEY,
                 rank INTEGER NOT NULL UNIQUE,
                 name_zh_cn TEXT NOT NULL,
                 name_zh_tw TEXT NOT NULL,
                 name_en TEXT NOT NULL,
                 color TEXT NOT NULL,
                 multiplier DOUBLE PRECISION NOT NULL,
                 upgrade_points BIGINT NOT NULL))",
             R"(INSERT INTO tiers (id, rank, name_zh_cn, name_zh_tw, name_en, color, multiplier, upgrade_points)
                VALUES (1, 1, '普通', '普通', 'Regular', '#8C8C8C', 1.0, 0),
                       (2, 2, '银卡', '銀卡', 'Silver', '#A8B2BD', 1.5, 1000),
                       (3, 3, '金卡', '金卡', 'Gold', '#D4A017', 2.0, 3000),
                       (4, 4, '钻石', '鑽石', 'Diamond', '#6A5ACD', 3.0, 8000))",
             R"(CREATE TABLE users (
                 id INTEGER PRIMARY KEY,
                 username TEXT NOT NULL UNIQUE,
                 display_name TEXT NOT NULL,
                 role TEXT NOT NULL,
                 password_hash TEXT NOT NULL,
                 disabled INTEGER NOT NULL DEFAULT 0,
                 created_at BIGINT NOT NULL))",
             R"(CREATE TABLE sessions (
                 token_hash TEXT NOT NULL PRIMARY KEY,
                 user_id BIGINT NOT NULL REFERENCES users (id),
                 created_at BIGINT NOT NULL,
                 expires_at BIGINT NOT NULL,
                 revoked_at BIGINT))",
             R"(CREATE TABLE members (
                 id INTEGER PRIMARY KEY,
                 member_no TEXT NOT NULL UNIQUE,
                 name TEXT NOT NULL,
                 phone TEXT NOT NULL UNIQUE,
                 phone_last4 TEXT NOT NULL,
                 status TEXT NOT NULL DEFAULT 'active',
                 tier_id BIGINT NOT NULL REFERENCES tiers (id),
                 balance BIGINT NOT NULL DEFAULT 0 CHECK (balance >= 0),
                 lifetime_points BIGINT NOT NULL DEFAULT 0,
                 registered_at BIGINT NOT NULL,
                 last_active_at BIGINT))",
             // Search: last four digits and name prefix walk these in (key, id) order.
             "CREATE INDEX members_phone_last4 ON members (phone_last4, id)",
             "CREATE INDEX members_name ON members (name, id)",
             R"(CREATE TABLE ledger_entries (
                 id INTEGER PRIMARY KEY,
                 member_id BIGINT NOT NULL REFERENCES members (id),
                 kind TEXT NOT NULL,
                 amount BIGINT NOT NULL,
                 balance_after BIGINT NOT NULL,
                 reason TEXT NOT NULL DEFAULT '',
                 note TEXT NOT NULL DEFAULT '',
                 actor_id BIGINT,
                 actor TEXT NOT NULL,
                 source TEXT NOT NULL,
                 status TEXT NOT NULL DEFAULT 'posted',
                 created_at BIGINT NOT NULL,
                 expires_at BIGINT))",
             "CREATE INDEX ledger_entries_member ON ledger_entries (member_id, id)",
             R"(CREATE TABLE audit_log (
                 id INTEGER PRIMARY KEY,
                 at BIGINT NOT NULL,
                 actor_id BIGINT,
                 actor_name TEXT NOT NULL,
                 client_address TEXT NOT NULL DEFAULT '',
                 action TEXT NOT NULL,
                 entity TEXT NOT NULL,
                 entity_id TEXT NOT NULL DEFAULT '',
                 before_json TEXT,
                 after_json TEXT))",
             "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)",
             R"(CREATE TABLE idempotency_keys (
                 user_id BIGINT NOT NULL,
                 idem_key TEXT NOT NULL,
                 request_hash TEXT NOT NULL,
                 status INTEGER NOT NULL,
                 response_body TEXT NOT NULL,
                 created_at BIGINT NOT NULL,
                 PRIMARY KEY (user_id, idem_key)))",
         }},
        {2,
         "reversals",
         {
             "ALTER TABLE ledger_entries ADD COLUMN reverses_entry_id BIGINT REFERENCES ledger_entries (id)",
             // At most one reversal per entry, whatever races: the database says no to a second.
             "CREATE UNIQUE INDEX ledger_entries_reverses ON ledger_entries (reverses_entry_id) "
             "WHERE reverses_entry_id IS NOT NULL",
         }},
        {3,
         "administration",
         {
             "ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
             "ALTER TABLE users ADD COLUMN last_login_at BIGINT",
             // Why a token stopped working, so the console can tell its user (NULL: signed out).
             "ALTER TABLE sessions ADD COLUMN revoked_reason TEXT",
             "CREATE INDEX sessions_user ON sessions (user_id)",
             // Failed sign-ins stay in the database so a restart does not lift a lockout.
             R"(CREATE TABLE login_failures (
                 id INTEGER PRIMARY KEY,
                 username TEXT NOT NULL,
                 client_address TEXT NOT NULL,
                 at BIGINT NOT NULL))",
             "CREATE INDEX login_failures_username ON login_failures (username, at)",
             "CREATE INDEX login_failures_address ON login_failures (client_address, at)",
             // The audit pane filters, newest first: each filter walks its own (key, id) index.
             "CREATE INDEX audit_log_actor ON audit_log (actor_name, id)",
             "CREATE INDEX audit_log_action ON audit_log (action, id)",
             "CREATE INDEX audit_log_entity_id ON audit_log (entity, id)",
             "CREATE INDEX audit_log_at ON audit_log (at)",
         }},
        {4,
         "expiry lots",
         {
             // One lot per posting that added points; remaining is what is left to spend or expire.
             R"(CREATE TABLE lots (
                 id INTEGER PRIMARY KEY,
                 member_id BIGINT NOT NULL REFERENCES members (id),
                 entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
                 amount BIGINT NOT NULL,
                 remaining BIGINT NOT NULL CHECK (remaining >= 0),
                 earned_at BIGINT NOT NULL,
                 expires_at BIGINT NOT NULL,
                 expired_at BIGINT))",
             "CREATE UNIQUE INDEX lots_entry ON lots (entry_id)",
             // The member's lots by expiry: FIFO deductions, GET /v1/members/{id}/lots, and the expiry
             // run, which walks members in order (no index on expiry alone: every write would move it).
             "CREATE INDEX lots_member_expiry ON lots (member_id, expires_at, id)",
             // What each deduction took from each lot, so a reversal gives back exactly that.
             R"(CREATE TABLE lot_consumptions (
                 entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
                 lot_id BIGINT NOT NULL REFERENCES lots (id),
                 amount BIGINT NOT NULL CHECK (amount > 0),
                 PRIMARY KEY (entry_id, lot_id)))",
             "CREATE INDEX lot_consumptions_lot ON lot_consumptions (lot_id)",
         },
         &LotBackfill::run},
        {5,
         "points engine",
         {
             // Why the status last changed (freeze, blacklist, lift), for the member view.
             "ALTER TABLE members ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE members ADD COLUMN status_changed_at BIGINT",
             // The tier period: retention is judged at tier_until (none in the lowest tier).
             "ALTER TABLE members ADD COLUMN tier_since BIGINT",
             "ALTER TABLE members ADD COLUMN tier_until BIGINT",
             // A tier set by hand holds until manual_tier_until; tier_id stays what the engine says, so
             // nothing has to happen when the override ends.
             "ALTER TABLE members ADD COLUMN manual_tier_id BIGINT REFERENCES tiers (id)",
             "ALTER TABLE members ADD COLUMN manual_tier_since BIGINT",
             "ALTER TABLE members ADD COLUMN manual_tier_until BIGINT",
             "ALTER TABLE members ADD COLUMN manual_tier_reason TEXT",
             "ALTER TABLE members ADD COLUMN manual_tier_actor TEXT",
             // Existing members: a yearly period anchored at registration, the current one.
             R"(UPDATE members SET
                 tier_since = registered_at + ((CAST(strftime('%s', 'now') AS INTEGER) * 1000 - registered_at)
                              / 31536000000) * 31536000000)",
             R"(UPDATE members SET tier_until = tier_since + 31536000000
                WHERE tier_id IN (SELECT id FROM tiers WHERE rank > 1))",
             // Retention bar (points earned in the period) and a longer lot expiry for higher tiers.
             "ALTER TABLE tiers ADD COLUMN retention_points BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE tiers ADD COLUMN lot_expiry_months INTEGER NOT NULL DEFAULT 0",
             "UPDATE tiers SET retention_points = 500 WHERE rank = 2",
             "UPDATE tiers SET retention_points = 1500, lot_expiry_months = 18 WHERE rank = 3",
             "UPDATE tiers SET retention_points = 4000, lot_expiry_months = 24 WHERE rank = 4",
             R"(CREATE TABLE approvals (
                 id INTEGER PRIMARY KEY,
                 member_id BIGINT NOT NULL REFERENCES members (id),
                 amount BIGINT NOT NULL,
                 reason TEXT NOT NULL,
                 note TEXT NOT NULL DEFAULT '',
                 status TEXT NOT NULL DEFAULT 'pending',
                 requested_by_id BIGINT NOT NULL,
                 requested_by TEXT NOT NULL,
                 requested_at BIGINT NOT NULL,
                 decided_by_id BIGINT,
                 decided_by TEXT NOT NULL DEFAULT '',
                 decided_at BIGINT,
                 comment TEXT NOT NULL DEFAULT '',
                 entry_id BIGINT REFERENCES ledger_entries (id)))",
             "CREATE INDEX approvals_status ON approvals (status, id)",
             "CREATE INDEX approvals_member ON approvals (member_id, status)",
             R"(CREATE TABLE member_notes (
                 id INTEGER PRIMARY KEY,
                 member_id BIGINT NOT NULL REFERENCES members (id),
                 text TEXT NOT NULL,
                 author_id BIGINT,
                 author TEXT NOT NULL,
                 created_at BIGINT NOT NULL))",
             "CREATE INDEX member_notes_member ON member_notes (member_id, id)",
             // Earned but not posted: outside the balance and the lots until a time or an event posts it.
             R"(CREATE TABLE pending_entries (
                 id INTEGER PRIMARY KEY,
                 member_id BIGINT NOT NULL REFERENCES members (id),
                 amount BIGINT NOT NULL CHECK (amount > 0),
                 reason TEXT NOT NULL,
                 note TEXT NOT NULL DEFAULT '',
                 source TEXT NOT NULL,
                 actor_id BIGINT,
                 actor TEXT NOT NULL,
                 post_at BIGINT,
                 event_key TEXT,
                 deadline BIGINT NOT NULL,
                 status TEXT NOT NULL DEFAULT 'pending',
                 entry_id BIGINT REFERENCES ledger_entries (id),
                 resolution TEXT NOT NULL DEFAULT '',
                 created_at BIGINT NOT NULL,
                 resolved_at BIGINT))",
             "CREATE INDEX pending_entries_member ON pending_entries (member_id, id)",
             // The settle run finds due and lapsed rows without reading the settled ones.
             "CREATE INDEX pending_entries_due ON pending_entries (post_at) WHERE status = 'pending'",
             "CREATE INDEX pending_entries_deadline ON pending_entries (deadline) WHERE status = 'pending'",
             R"(CREATE TABLE jobs (
                 id INTEGER PRIMARY KEY,
                 kind TEXT NOT NULL,
                 state TEXT NOT NULL DEFAULT 'queued',
                 progress DOUBLE PRECISION NOT NULL DEFAULT 0,
                 result_json TEXT,
                 error_code TEXT NOT NULL DEFAULT '',
                 error_message TEXT NOT NULL DEFAULT '',
                 created_by TEXT NOT NULL,
                 created_at BIGINT NOT NULL,
                 started_at BIGINT,
                 finished_at BIGINT))",
             "CREATE INDEX jobs_state ON jobs (state, id)",
             // The member's audit trail: every row about one member, whatever the entity.
             "ALTER TABLE audit_log ADD COLUMN member_id BIGINT",
             "UPDATE audit_log SET member_id = CAST(entity_id AS INTEGER) WHERE entity = 'member'",
             R"(UPDATE audit_log SET member_id = json_extract(before_json, '$.memberId')
                WHERE entity = 'ledger_entry')",
             "CREATE INDEX audit_log_member ON audit_log (member_id, id) WHERE member_id IS NOT NULL",
         }},
        {6,
         "tier ladder versions and member metrics",
         {
             // Every published ladder, as JSON (core's TierDefinition); the newest is the one in force.
             R"(CREATE TABLE tier_versions (
                 version INTEGER PRIMARY KEY,
                 ladder_json TEXT NOT NULL,
                 published_at BIGINT NOT NULL,
                 published_by TEXT NOT NULL,
                 note TEXT NOT NULL DEFAULT '',
                 restored_from INTEGER))",
             // The one draft operations staff edit; revision guards against overwriting a colleague.
             R"(CREATE TABLE tier_draft (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 revision INTEGER NOT NULL,
                 base_version INTEGER NOT NULL,
                 ladder_json TEXT NOT NULL,
                 updated_at BIGINT NOT NULL,
                 updated_by TEXT NOT NULL,
                 restored_from INTEGER))",
             "ALTER TABLE tiers ADD COLUMN icon TEXT NOT NULL DEFAULT ''",
             // What a job works on (a what-if's draft).
             "ALTER TABLE jobs ADD COLUMN params_json TEXT",
             // The metrics tier rules read (core TierMetric), kept on the member row so one scan of
             // members evaluates a whole ladder. Money in fen; period_* restart with each tier period.
             "ALTER TABLE members ADD COLUMN cumulative_spend BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE members ADD COLUMN period_spend BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE members ADD COLUMN recent_orders BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE members ADD COLUMN interactions BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE members ADD COLUMN completed_tasks BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE members ADD COLUMN visit_minutes BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE members ADD COLUMN period_points BIGINT NOT NULL DEFAULT 0",
             // Inside the warning window before the period end without meeting the retention bar.
             "ALTER TABLE members ADD COLUMN tier_at_risk_since BIGINT",
             R"(UPDATE members SET period_points = (
                   SELECT COALESCE(SUM(amount), 0) FROM ledger_entries l WHERE l.member_id = members.id
                   AND l.created_at >= COALESCE(members.tier_since, 0) AND l.amount > 0
                   AND l.kind IN ('earn', 'adjust') AND l.status = 'posted'))",
         },
         &TierLadderStore::seedFirstVersion},
        {7,
         "member events",
         {
             // Every activity event applied, under the caller's id: a replay finds it and changes nothing
             // (same body hash) or is refused (another body under the same id). amount: fen for orders,
             // minutes for visits, 1 otherwise.
             R"(CREATE TABLE member_events (
                 id TEXT PRIMARY KEY,
                 member_id BIGINT NOT NULL REFERENCES members (id),
                 type TEXT NOT NULL,
                 amount BIGINT NOT NULL DEFAULT 0,
                 occurred_at BIGINT NOT NULL,
                 body_hash TEXT NOT NULL,
                 applied_at BIGINT NOT NULL))",
             "CREATE INDEX member_events_member ON member_events (member_id, type, occurred_at)",
             // The period-end job finds the orders leaving the 3-month window (recent_orders).
             "CREATE INDEX member_events_type ON member_events (type, occurred_at)",
         }},
        {8,
         "tier period end",
         {
             // The at-risk list, in the order it is read (the period end first); only flagged members.
             "CREATE INDEX members_at_risk ON members (tier_until, id) WHERE tier_at_risk_since IS NOT NULL",
             // What the period-end run keeps between runs: the recent-orders window's lower edge at the
             // last run, so each order leaves the window (recent_orders -= 1) exactly once.
             R"(CREATE TABLE tier_period_state (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 orders_window_start BIGINT NOT NULL))",
         }},
        {9,
         "points mall",
         {
             // An item's image, stored by the server (type-checked, size-limited); items point at the
             // current one, so a replaced image is never served for the new one under the same URL.
             R"(CREATE TABLE item_images (
                 id INTEGER PRIMARY KEY,
                 item_id BIGINT NOT NULL,
                 content_type TEXT NOT NULL,
                 bytes BLOB NOT NULL,
                 size BIGINT NOT NULL,
                 sha256 TEXT NOT NULL,
                 created_at BIGINT NOT NULL))",
             // The catalogue (core MallItem). stock is only ever changed with a stock_movements row in
             // the same transaction; the CHECK is the last guard against overselling.
             R"(CREATE TABLE items (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL,
                 description TEXT NOT NULL DEFAULT '',
                 category TEXT NOT NULL,
                 points_price BIGINT NOT NULL,
                 cash_price BIGINT NOT NULL DEFAULT 0,
                 tier_prices_json TEXT NOT NULL DEFAULT '[]',
                 min_tier_rank INTEGER NOT NULL DEFAULT 1,
                 per_member_limit INTEGER NOT NULL DEFAULT 0,
                 period_limit_count INTEGER NOT NULL DEFAULT 0,
                 period_limit_period TEXT NOT NULL DEFAULT 'month',
                 status TEXT NOT NULL DEFAULT 'off',
                 shelf_from BIGINT,
                 shelf_until BIGINT,
                 low_stock_threshold BIGINT NOT NULL DEFAULT 0,
                 stock BIGINT NOT NULL DEFAULT 0 CHECK (stock >= 0),
                 image_id BIGINT REFERENCES item_images (id),
                 version INTEGER NOT NULL DEFAULT 1,
                 created_at BIGINT NOT NULL,
                 updated_at BIGINT NOT NULL))",
             "CREATE INDEX items_category ON items (category, id)",
             // The stock ledger: every change of items.stock, with the count after it.
             R"(CREATE TABLE stock_movements (
                 id INTEGER PRIMARY KEY,
                 item_id BIGINT NOT NULL REFERENCES items (id),
                 kind TEXT NOT NULL,
                 delta BIGINT NOT NULL,
                 quantity_after BIGINT NOT NULL CHECK (quantity_after >= 0),
                 reason TEXT NOT NULL DEFAULT '',
                 redemption_id BIGINT,
                 actor TEXT NOT NULL,
                 created_at BIGINT NOT NULL))",
             "CREATE INDEX stock_movements_item ON stock_movements (item_id, id)",
             // A member's redemption (core Redemption). entry_id: the spend entry that took the points.
             R"(CREATE TABLE redemptions (
                 id INTEGER PRIMARY KEY,
                 member_id BIGINT NOT NULL REFERENCES members (id),
                 item_id BIGINT NOT NULL REFERENCES items (id),
                 quantity INTEGER NOT NULL CHECK (quantity > 0),
                 points BIGINT NOT NULL,
                 cash BIGINT NOT NULL DEFAULT 0,
                 status TEXT NOT NULL DEFAULT 'placed',
                 entry_id BIGINT REFERENCES ledger_entries (id),
                 code TEXT NOT NULL DEFAULT '',
                 carrier TEXT NOT NULL DEFAULT '',
                 tracking_number TEXT NOT NULL DEFAULT '',
                 placed_by TEXT NOT NULL,
                 placed_at BIGINT NOT NULL,
                 fulfilled_at BIGINT,
                 shipped_at BIGINT,
                 completed_at BIGINT,
                 cancelled_at BIGINT,
                 cancel_reason TEXT NOT NULL DEFAULT '',
                 updated_at BIGINT NOT NULL))",
             "CREATE INDEX redemptions_status ON redemptions (status, id)",
             // Per-member and per-period limits count a member's redemptions of one item.
             "CREATE INDEX redemptions_member_item ON redemptions (member_id, item_id, placed_at)",
             "CREATE INDEX redemptions_item ON redemptions (item_id, id)",
             "CREATE INDEX redemptions_placed ON redemptions (placed_at, id)",
             // The redemption's timeline: every step, who took it and what it moved (detail_json).
             R"(CREATE TABLE redemption_events (
                 id INTEGER PRIMARY KEY,
                 redemption_id BIGINT NOT NULL REFERENCES redemptions (id),
                 kind TEXT NOT NULL,
                 actor TEXT NOT NULL,
                 detail_json TEXT NOT NULL DEFAULT '{}',
                 created_at BIGINT NOT NULL))",
             "CREATE INDEX redemption_events_redemption ON redemption_events (redemption_id, id)",
             // After-sales (core AfterSalesCase); entry_id: the refund's ledger entry, if any.
             R"(CREATE TABLE after_sales_cases (
                 id INTEGER PRIMARY KEY,
                 redemption_id BIGINT NOT NULL REFERENCES redemptions (id),
                 kind TEXT NOT NULL,
                 status TEXT NOT NULL DEFAULT 'open',
                 description TEXT NOT NULL DEFAULT '',
                 opened_by TEXT NOT NULL,
                 opened_at BIGINT NOT NULL,
                 outcome TEXT,
                 restock INTEGER NOT NULL DEFAULT 0,
                 reason TEXT NOT NULL DEFAULT '',
                 resolved_by TEXT NOT NULL DEFAULT '',
                 resolved_at BIGINT,
                 entry_id BIGINT REFERENCES ledger_entries (id)))",
             "CREATE INDEX after_sales_cases_redemption ON after_sales_cases (redemption_id, id)",
             "CREATE INDEX after_sales_cases_status ON after_sales_cases (status, id)",
         }},
    };
    return list;
}

// 1 applied, 0 not yet, -1 on a database error.
int isApplied(int version)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = ?"));
    query.bindValue(0, version);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt() > 0 ? 1 : 0;
}
} // namespace

int Migrations::latestVersion()
{
    return migrations().constLast().version;
}

bool Migrations::run()
{
    if (!Database::connection().isOpen())
        return false;
    if (!Database::exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       "version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                                       "applied_at BIGINT NOT NULL)")))
        return false;
    for (const Migration &migration : migrations()) {
        Transaction transaction;
        if (!transaction.isActive())
            return false;
        // Read inside the write lock: two processes starting together apply each step once. Each step
        // is looked up by itself, so a step missing below the newest one is still applied.
        const int applied = isApplied(migration.version);
        if (applied < 0)
            return false;
        if (applied == 1)
            continue;
        for (const char *statement : migration.statements) {
            if (!Database::exec(QString::fromUtf8(statement)))
                return false;
        }
        if (migration.thenRun && !migration.thenRun())
            return false;
        QSqlQuery record(Database::connection());
        record.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        record.bindValue(0, migration.version);
        record.bindValue(1, QString::fromLatin1(migration.name));
        record.bindValue(2, QDateTime::currentMSecsSinceEpoch());
        if (!Database::exec(record) || !transaction.commit())
            return false;
        qCInfo(lcServerDb) << "applied migration" << migration.version << migration.name;
    }
    return true;
}

} // namespace loyalty::server
