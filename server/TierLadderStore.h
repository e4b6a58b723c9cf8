#pragma once

#include "core/TierLadder.h"
#include "server/IdPage.h"
#include "server/Outcome.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace loyalty::server {

// One published version of the ladder (tier_versions). Its tiers carry the ids of the `tiers` rows
// members point at; a tier is its rank (publishing keeps each rank's row).
struct PublishedLadder
{
    qint64 id = 0; // the version, for paging
    int version = 0;
    QDateTime publishedAt;
    QString publishedBy;
    QString note;
    int restoredFrom = 0; // 0: not a restore
    QList<TierDefinition> tiers;

    TierLadder ladder() const { return TierLadder(tiers); }
    // {version, publishedAt, publishedBy, note, restoredFrom, items: [tier + "multiplier"]}
    QJsonObject toJson() const;
    static QJsonObject tierJson(const TierDefinition &tier);
};

using TierVersionPage = IdPage<PublishedLadder>;

// The published ladder and its history. Rules change rarely and are read on every points event, so
// the newest version is kept in memory; each read checks the newest version number (one indexed read)
// so a publish on any connection is seen once committed.
class TierLadderStore
{
public:
    // The newest published version; nullptr on a database error.
    static std::shared_ptr<const PublishedLadder> published();
    static Outcome<PublishedLadder> version(int version);
    // Newest first.
    static Outcome<TierVersionPage> versions(int limit, const std::optional<PageCursor> &before);

    // Reads a ladder as stored (a JSON array of tiers).
    static bool parseTiers(const QByteArray &json, QList<TierDefinition> *tiers);
    static QByteArray tiersJson(const QList<TierDefinition> &tiers);

    // Migration 6: the default ladder becomes version 1, on the existing tiers rows.
    static bool seedFirstVersion();
};

} // namespace loyalty::server
