#pragma once

#include "core/ItemCategory.h"
#include "core/PointsCashRule.h"
#include "core/PriceBand.h"
#include "core/Violation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace loyalty {

// A points-mall item (api.md Item) as the catalogue holds it and the console edits it.
struct MallItem
{
    // A lower points price for members of `rank` and above ("Silver pays 800 for a 1000-point item").
    struct TierPrice
    {
        int rank = 1;
        qint64 points = 0;
        bool operator==(const TierPrice &) const = default;
    };
    enum class Period
    {
        Day,
        Week,
        Month
    };
    // At most `count` redemptions per member in each period (count 0: no such limit).
    struct PeriodLimit
    {
        int count = 0;
        Period period = Period::Month;
        bool operator==(const PeriodLimit &) const = default;
    };
    enum class Status
    {
        On,
        Off
    };

    qint64 id = 0;
    QString name;
    QString description;
    ItemCategory category = ItemCategory::Coupon;
    qint64 pointsPrice = 0;
    qint64 cashPrice = 0; // fen
    QList<TierPrice> tierPrices;
    int minTierRank = 1;
    int perMemberLimit = 0; // 0: no limit
    PeriodLimit periodLimit;
    Status status = Status::Off;
    QDateTime shelfFrom;  // invalid: no start
    QDateTime shelfUntil; // invalid: no end (exclusive)
    int lowStockThreshold = 0;
    qint64 stock = 0; // read-only for clients: changed only through stock movements
    QString imagePath;
    QString imageUrl;
    qint64 version = 0;

    static constexpr int kMaxNameLength = 60;
    static constexpr int kMaxDescriptionLength = 2000;
    static constexpr qint64 kMaxPointsPrice = 10'000'000;
    static constexpr qint64 kMaxCashPrice = 100'000'000; // 1,000,000 yuan
    static constexpr int kMaxLimit = 9999;
    static constexpr int kMaxImageLength = 500;

    // Everything wrong with what an editor sends (all of it, so a form can mark every field); stock,
    // id and version are the server's and are not checked. `rule` checks a points + cash price.
    QList<Violation> validate(const PointsCashRule &rule = PointsCashRule()) const;

    PriceBand priceBand() const { return priceBandFor(pointsPrice); }
    // On the shelf: switched on and `now` inside the schedule. Stock does not matter: a sold-out item
    // stays visible as sold out.
    bool isOnShelf(const QDateTime &now) const;
    bool isAvailableToRank(int tierRank) const { return tierRank >= minTierRank; }
    // The lowest tier price for `tierRank` (any tier price for that rank or below), else pointsPrice.
    qint64 pointsPriceFor(int tierRank) const;
    // At or below the threshold (a threshold of 0 alerts when sold out).
    bool isLowStock() const { return stock <= lowStockThreshold; }

    QJsonObject toJson() const;
    // Reads the shape (types, known words, parseable times); the rules are validate()'s.
    static std::optional<Violation> fromJson(const QJsonObject &object, MallItem *item);
    bool operator==(const MallItem &) const = default;
};

QString mallItemPeriodToString(MallItem::Period period);
bool mallItemPeriodFromString(const QString &text, MallItem::Period *period);

} // namespace loyalty
