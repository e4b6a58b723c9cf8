#pragma once

#include "core/ItemCategory.h"
#include "core/ItemImage.h"
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
    // The server's: clients read them, and the server ignores them in what clients send.
    qint64 stock = 0; // changed only through stock movements
    std::optional<ItemImage> image;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    static constexpr int kMaxNameLength = 60;
    static constexpr int kMaxDescriptionLength = 2000;
    static constexpr qint64 kMaxPointsPrice = 10'000'000;
    static constexpr qint64 kMaxCashPrice = 100'000'000; // 1,000,000 yuan
    static constexpr int kMaxLimit = 9999;

    // Everything wrong with what an editor sends (all of it, so a form can mark every field); stock,
    // id, image, version and the times are the server's and are not checked. `rule` checks a points + cash
    // price.
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
    // Where the server serves the image; empty without one.
    QString imageUrl() const { return image ? image->url(id) : QString(); }

    // Also the derived lowStock and priceBand; with a valid `now`, onShelf as well (the server's
    // answers say whether the item is on the shelf at the time they were made).
    QJsonObject toJson(const QDateTime &now = {}) const;
    // Reads the shape (types, known words, parseable times); the rules are validate()'s. The server's
    // fields (image, createdAt, updatedAt) are read leniently; derived fields are ignored.
    static std::optional<Violation> fromJson(const QJsonObject &object, MallItem *item);
    bool operator==(const MallItem &) const = default;
};

QString mallItemPeriodToString(MallItem::Period period);
bool mallItemPeriodFromString(const QString &text, MallItem::Period *period);

} // namespace loyalty
