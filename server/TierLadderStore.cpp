#include "server/TierLadderStore.h"

#include "core/DefaultTierLadder.h"
#include "core/IsoTime.h"
#include "server/Database.h"
#include "server/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>

#include <limits>

namespace loyalty::server {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT version, ladder_json, published_at, published_by, note, restored_from FROM tier_versions ");

bool readVersion(QSqlQuery &query, PublishedLadder *ladder)
{
    ladder->version = query.value(0).toInt();
    ladder->id = ladder->version;
    ladder->publishedAt = Database::timeFromMs(query.value(2));
    ladder->publishedBy = query.value(3).toString();
    ladder->note = query.value(4).toString();
    ladder->restoredFrom = query.value(5).toInt();
    return TierLadderStore::parseTiers(query.value(1).toByteArray(), &ladder->tiers);
}

QMutex g_cacheMutex;
std::shared_ptr<const PublishedLadder> g_cache; // guarded by g_cacheMutex
} // namespace

QJsonObject PublishedLadder::tierJson(const TierDefinition &tier)
{
    QJsonObject object = tier.toJson();
    object.insert(QStringLiteral("multiplier"), tier.benefits.pointsMultiplier);
    return object;
}

QJsonObject PublishedLadder::toJson() const
{
    QJsonArray items;
    for (const TierDefinition &tier : tiers)
        items.append(tierJson(tier));
    return {{QStringLiteral("version"), version},
            {QStringLiteral("publishedAt"), toIsoTime(publishedAt)},
            {QStringLiteral("publishedBy"), publishedBy},
            {QStringLiteral("note"), note},
            {QStringLiteral("restoredFrom"), restoredFrom > 0 ? QJsonValue(restoredFrom) : QJsonValue()},
            {QStringLiteral("items"), items}};
}

std::shared_ptr<const PublishedLadder> TierLadderStore::published()
{
    QSqlQuery &newest = Database::prepared(QStringLiteral("SELECT MAX(version) FROM tier_versions"));
    if (!Database::exec(newest) || !newest.next()) {
        newest.finish();
        return nullptr;
    }
    const int version = newest.value(0).toInt();
    newest.finish();
    {
        QMutexLocker lock(&g_cacheMutex);
        if (g_cache && g_cache->version == version)
            return g_cache;
    }
    const Outcome<PublishedLadder> loaded = TierLadderStore::version(version);
    if (!loaded.ok())
        return nullptr;
    auto ladder = std::make_shared<const PublishedLadder>(loaded.value());
    QMutexLocker lock(&g_cacheMutex);
    // Another thread may have cached a newer one meanwhile; keep the newest.
    if (!g_cache || g_cache->version <= ladder->version)
        g_cache = ladder;
    return ladder;
}

Outcome<PublishedLadder> TierLadderStore::version(int version)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE version = ?"));
    query.bindValue(0, version);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    PublishedLadder ladder;
    if (!readVersion(query, &ladder)) {
        qCCritical(lcServerDb) << "tier version" << version << "is not a readable ladder";
        return ServiceError::internal();
    }
    return ladder;
}

Outcome<TierVersionPage> TierLadderStore::versions(int limit, const std::optional<PageCursor> &before)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE version < ? ORDER BY version DESC LIMIT ?"));
    query.bindValue(0, before ? before->id : std::numeric_limits<qint64>::max());
    query.bindValue(1, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    bool readable = true;
    TierVersionPage page = readIdPage<PublishedLadder>(query, limit, [&](QSqlQuery &row) {
        PublishedLadder ladder;
        readable = readVersion(row, &ladder) && readable;
        return ladder;
    });
    if (!readable)
        return ServiceError::internal();
    return page;
}

bool TierLadderStore::parseTiers(const QByteArray &json, QList<TierDefinition> *tiers)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return false;
    tiers->clear();
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        TierDefinition tier;
        if (TierDefinition::fromJson(array.at(i).toObject(), QStringLiteral("tiers[%1]").arg(i), &tier))
            return false;
        tiers->append(tier);
    }
    return true;
}

QByteArray TierLadderStore::tiersJson(const QList<TierDefinition> &tiers)
{
    QJsonArray array;
    for (const TierDefinition &tier : tiers)
        array.append(tier.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

bool TierLadderStore::seedFirstVersion()
{
    QList<TierDefinition> ladder = defaultTierLadder();
    // The rows members already point at keep their ids; their names and colours are the defaults'.
    QSqlQuery rows(Database::connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, rank FROM tiers")))
        return false;
    while (rows.next()) {
        for (TierDefinition &tier : ladder) {
            if (tier.rank == rows.value(1).toInt())
                tier.id = rows.value(0).toLongLong();
        }
    }
    QSqlQuery insert(Database::connection());
    insert.prepare(
        QStringLiteral("INSERT INTO tier_versions (version, ladder_json, published_at, published_by) "
                       "VALUES (1, ?, ?, 'system')"));
    insert.bindValue(0, tiersJson(ladder));
    insert.bindValue(1, QDateTime::currentMSecsSinceEpoch());
    return Database::exec(insert);
}

} // namespace loyalty::server
