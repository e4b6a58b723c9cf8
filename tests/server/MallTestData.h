#pragma once

#include "server/ServerDatabase.h"
#include "support/TestHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loyalty::test {

// What the redemption and after-sales tests stand on, written beside the running server: members (their
// points posted through the adjustments route, so ledger and lots are real) and catalogue rows with an
// inbound stock movement, as the items routes would leave them. Items are not what these tests test.
class MallTestData
{
public:
    struct Item
    {
        QString name = QStringLiteral("测试商品");
        QString category = QStringLiteral("coupon");
        qint64 pointsPrice = 100;
        qint64 cashPrice = 0;
        QJsonArray tierPrices; // [{rank, points}]
        int minTierRank = 1;
        int perMemberLimit = 0;
        int periodLimitCount = 0;
        QString period = QStringLiteral("month");
        QString status = QStringLiteral("on");
        QDateTime shelfFrom;
        QDateTime shelfUntil;
        qint64 stock = 100;
    };

    MallTestData(const QString &databasePath, TestHttp *support)
        : m_db(databasePath, false), m_support(support)
    {
    }

    ServerDatabase &db() { return m_db; }

    // A member of tier `rank` (tier ids are the ranks) with `points` posted as goodwill adjustments of at
    // most 5,000 each (larger ones wait for approval); 0 on failure.
    qint64 addMember(int rank = 1, qint64 points = 0, const QString &status = QStringLiteral("active"))
    {
        const int n = ++m_members;
        const QString phone = QStringLiteral("139%1").arg(70000000 + n, 8, 10, QLatin1Char('0'));
        if (!m_db.exec(
                QStringLiteral("INSERT INTO members (member_no, name, phone, phone_last4, status, tier_id, "
                               "registered_at) VALUES (?, ?, ?, ?, 'active', ?, ?)"),
                {QStringLiteral("77%1").arg(n, 8, 10, QLatin1Char('0')), QStringLiteral("测试会员%1").arg(n),
                 phone, phone.right(4), rank, QDateTime::currentMSecsSinceEpoch()}))
            return 0;
        const qint64 id =
            m_db.value(QStringLiteral("SELECT id FROM members WHERE phone = ?"), {phone}).toLongLong();
        for (qint64 left = points; left > 0; left -= 5000) {
            if (!givePoints(id, std::min<qint64>(left, 5000)))
                return 0;
        }
        if (status != QLatin1String("active") &&
            !m_db.exec(QStringLiteral("UPDATE members SET status = ? WHERE id = ?"), {status, id}))
            return 0;
        return id;
    }

    bool givePoints(qint64 memberId, qint64 amount)
    {
        const HttpReply reply = m_support->post(
            QStringLiteral("/v1/members/%1/adjustments").arg(memberId),
            {{QStringLiteral("amount"), amount}, {QStringLiteral("reason"), QStringLiteral("goodwill")}});
        return reply.status == 201;
    }

    qint64 addItem(const Item &item)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto ms = [](const QDateTime &time) {
            return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                                  : QVariant(QMetaType::fromType<qint64>());
        };
        if (!m_db.exec(
                QStringLiteral(
                    "INSERT INTO items (name, category, points_price, cash_price, tier_prices_json, "
                    "min_tier_rank, per_member_limit, period_limit_count, period_limit_period, status, "
                    "shelf_from, shelf_until, stock, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {item.name, item.category, item.pointsPrice, item.cashPrice,
                 QString::fromUtf8(QJsonDocument(item.tierPrices).toJson(QJsonDocument::Compact)),
                 item.minTierRank, item.perMemberLimit, item.periodLimitCount, item.period, item.status,
                 ms(item.shelfFrom), ms(item.shelfUntil), item.stock, now, now}))
            return 0;
        const qint64 id = m_db.value(QStringLiteral("SELECT MAX(id) FROM items")).toLongLong();
        if (!m_db.exec(
                QStringLiteral("INSERT INTO stock_movements (item_id, kind, delta, quantity_after, reason, "
                               "actor, created_at) VALUES (?, 'inbound', ?, ?, 'initial stock', 'test', ?)"),
                {id, item.stock, item.stock, now}))
            return 0;
        return id;
    }

    qint64 balance(qint64 memberId)
    {
        return m_db.value(QStringLiteral("SELECT balance FROM members WHERE id = ?"), {memberId})
            .toLongLong();
    }
    qint64 stock(qint64 itemId)
    {
        return m_db.value(QStringLiteral("SELECT stock FROM items WHERE id = ?"), {itemId}).toLongLong();
    }
    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        return m_db.value(sql, binds).toLongLong();
    }
    // Lot id -> remaining, in id order.
    QList<QPair<qint64, qint64>> lots(qint64 memberId)
    {
        QList<QPair<qint64, qint64>> list;
        for (const QVariantList &row :
             m_db.rows(QStringLiteral("SELECT id, remaining FROM lots WHERE member_id = ? ORDER BY id"),
                       {memberId}))
            list.append({row.at(0).toLongLong(), row.at(1).toLongLong()});
        return list;
    }

    // Everything a refused or replayed write must leave as it was.
    QVariantList snapshot()
    {
        return m_db
            .rows(QStringLiteral(
                "SELECT (SELECT SUM(balance) FROM members), (SELECT SUM(stock) FROM items), "
                "(SELECT COUNT(*) FROM redemptions), (SELECT COUNT(*) FROM stock_movements), "
                "(SELECT COUNT(*) FROM ledger_entries), (SELECT COUNT(*) FROM audit_log), "
                "(SELECT COUNT(*) FROM redemption_events), (SELECT COUNT(*) FROM after_sales_cases), "
                "(SELECT SUM(remaining) FROM lots), (SELECT COUNT(*) FROM lot_consumptions)"))
            .value(0);
    }

private:
    ServerDatabase m_db;
    TestHttp *m_support = nullptr;
    int m_members = 0;
};

} // namespace loyalty::test
