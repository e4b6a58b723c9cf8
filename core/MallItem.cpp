#include "core/MallItem.h"

#include "core/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <type_traits>

namespace loyalty {

namespace {
Violation violation(const QString &field, const char *code, const char *text)
{
    return {field, QString::fromLatin1(code), text};
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

// A missing number reads as `fallback`; a present one must be a whole number.
std::optional<Violation> readInteger(const QJsonObject &object, const QString &key, const QString &field,
                                     qint64 fallback, qint64 *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return std::nullopt;
    }
    if (!isWholeNumber(value))
        return violation(field, "not_integer",
                         QT_TRANSLATE_NOOP("Validation", "This must be a whole number."));
    *out = value.toInteger();
    return std::nullopt;
}

std::optional<Violation> readTime(const QJsonObject &object, const QString &key, QDateTime *out)
{
    const QString text = object.value(key).toString();
    *out = fromIsoTime(text);
    if (!text.isEmpty() && !out->isValid())
        return violation(key, "time_invalid",
                         QT_TRANSLATE_NOOP("Validation", "The time is not an ISO 8601 date and time."));
    return std::nullopt;
}
} // namespace

QString mallItemPeriodToString(MallItem::Period period)
{
    switch (period) {
    case MallItem::Period::Day:
        return QStringLiteral("day");
    case MallItem::Period::Week:
        return QStringLiteral("week");
    case MallItem::Period::Month:
        break;
    }
    return QStringLiteral("month");
}

bool mallItemPeriodFromString(const QString &text, MallItem::Period *period)
{
    for (MallItem::Period value : {MallItem::Period::Day, MallItem::Period::Week, MallItem::Period::Month}) {
        if (text == mallItemPeriodToString(value)) {
            *period = value;
            return true;
        }
    }
    return false;
}

QList<Violation> MallItem::validate(const PointsCashRule &rule) const
{
    QList<Violation> problems;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        problems << violation(QStringLiteral("name"), "name_required",
                              QT_TRANSLATE_NOOP("Validation", "Enter the item's name."));
    else if (trimmedName.size() > kMaxNameLength)
        problems << violation(QStringLiteral("name"), "name_too_long",
                              QT_TRANSLATE_NOOP("Validation", "The name may be at most 60 characters."));
    if (description.size() > kMaxDescriptionLength)
        problems << violation(
            QStringLiteral("description"), "description_too_long",
            QT_TRANSLATE_NOOP("Validation", "The description may be at most 2,000 characters."));
    const bool pointsPriceValid = pointsPrice > 0 && pointsPrice <= kMaxPointsPrice;
    if (!pointsPriceValid)
        problems << violation(
            QStringLiteral("pointsPrice"), "points_price_invalid",
            QT_TRANSLATE_NOOP("Validation", "The points price must be from 1 to 10,000,000 points."));
    if (cashPrice < 0 || cashPrice > kMaxCashPrice)
        problems << violation(
            QStringLiteral("cashPrice"), "cash_price_invalid",
            QT_TRANSLATE_NOOP("Validation", "The cash price must be from 0 to 1,000,000 yuan."));
    else if (pointsPriceValid) {
        if (auto broken = rule.checkItemPrice(pointsPrice, cashPrice))
            problems << *broken;
    }
    if (minTierRank < 1)
        problems << violation(QStringLiteral("minTierRank"), "min_tier_rank_invalid",
                              QT_TRANSLATE_NOOP("Validation", "The minimum tier rank must be 1 or more."));
    for (int i = 0; i < tierPrices.size(); ++i) {
        const TierPrice &price = tierPrices.at(i);
        const QString field = QStringLiteral("tierPrices[%1]").arg(i);
        if (price.rank < 2) {
            // Rank 1 is every member: that price is the points price itself.
            problems << violation(field + QStringLiteral(".rank"), "tier_price_rank_invalid",
                                  QT_TRANSLATE_NOOP("Validation",
                                                    "A tier price is for rank 2 or above; rank 1 pays "
                                                    "the points price."));
            continue;
        }
        if (price.rank < minTierRank) {
            problems << violation(field + QStringLiteral(".rank"), "tier_price_below_min_tier",
                                  QT_TRANSLATE_NOOP("Validation",
                                                    "A tier price is for a tier that cannot redeem "
                                                    "this item."));
            continue;
        }
        bool duplicate = false;
        for (int j = 0; j < i; ++j)
            duplicate = duplicate || tierPrices.at(j).rank == price.rank;
        if (duplicate) {
            problems << violation(field + QStringLiteral(".rank"), "tier_price_duplicate",
                                  QT_TRANSLATE_NOOP("Validation", "This tier already has a price."));
            continue;
        }
        if (price.points <= 0 || price.points >= pointsPrice) {
            problems << violation(field + QStringLiteral(".points"), "tier_price_not_below",
                                  QT_TRANSLATE_NOOP("Validation",
                                                    "A tier price must be above zero and below the "
                                                    "points price."));
            continue;
        }
        // A higher tier never pays more than a lower one: the price list reads as a staircase.
        for (int j = 0; j < tierPrices.size(); ++j) {
            const TierPrice &other = tierPrices.at(j);
            if (j != i && other.rank < price.rank && other.rank >= 2 && other.points < price.points) {
                problems << violation(
                    field + QStringLiteral(".points"), "tier_price_above_lower_tier",
                    QT_TRANSLATE_NOOP("Validation", "A higher tier cannot pay more than a lower one."));
                break;
            }
        }
    }
    if (perMemberLimit < 0 || perMemberLimit > kMaxLimit)
        problems << violation(QStringLiteral("perMemberLimit"), "limit_invalid",
                              QT_TRANSLATE_NOOP("Validation", "A limit must be from 0 (none) to 9,999."));
    if (periodLimit.count < 0 || periodLimit.count > kMaxLimit)
        problems << violation(QStringLiteral("periodLimit.count"), "limit_invalid",
                              QT_TRANSLATE_NOOP("Validation", "A limit must be from 0 (none) to 9,999."));
    if (shelfFrom.isValid() && shelfUntil.isValid() && shelfUntil <= shelfFrom)
        problems << violation(QStringLiteral("shelfUntil"), "shelf_until_before_from",
                              QT_TRANSLATE_NOOP("Validation", "The shelf end must be after its start."));
    if (lowStockThreshold < 0)
        problems << violation(QStringLiteral("lowStockThreshold"), "threshold_negative",
                              QT_TRANSLATE_NOOP("Validation", "The low-stock threshold cannot be negative."));
    return problems;
}

bool MallItem::isOnShelf(const QDateTime &now) const
{
    if (status != Status::On)
        return false;
    if (shelfFrom.isValid() && now < shelfFrom)
        return false;
    return !(shelfUntil.isValid() && now >= shelfUntil);
}

qint64 MallItem::pointsPriceFor(int tierRank) const
{
    qint64 best = pointsPrice;
    for (const TierPrice &price : tierPrices) {
        if (price.rank <= tierRank && price.points > 0 && price.points < best)
            best = price.points;
    }
    return best;
}

QJsonObject MallItem::toJson(const QDateTime &now) const
{
    QJsonArray prices;
    for (const TierPrice &price : tierPrices)
        prices.append(
            QJsonObject{{QStringLiteral("rank"), price.rank}, {QStringLiteral("points"), price.points}});
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("category"), itemCategoryToString(category)},
        {QStringLiteral("pointsPrice"), pointsPrice},
        {QStringLiteral("cashPrice"), cashPrice},
        {QStringLiteral("tierPrices"), prices},
        {QStringLiteral("minTierRank"), minTierRank},
        {QStringLiteral("perMemberLimit"), perMemberLimit},
        {QStringLiteral("periodLimit"),
         QJsonObject{{QStringLiteral("count"), periodLimit.count},
                     {QStringLiteral("period"), mallItemPeriodToString(periodLimit.period)}}},
        {QStringLiteral("status"), status == Status::On ? QStringLiteral("on") : QStringLiteral("off")},
        {QStringLiteral("lowStockThreshold"), lowStockThreshold},
        {QStringLiteral("stock"), stock},
        {QStringLiteral("lowStock"), isLowStock()},
        {QStringLiteral("priceBand"), priceBandToString(priceBand())},
        {QStringLiteral("image"), image ? QJsonValue(image->toJson(id)) : QJsonValue()},
        {QStringLiteral("version"), version}};
    if (shelfFrom.isValid())
        object.insert(QStringLiteral("shelfFrom"), toIsoTime(shelfFrom));
    if (shelfUntil.isValid())
        object.insert(QStringLiteral("shelfUntil"), toIsoTime(shelfUntil));
    if (now.isValid())
        object.insert(QStringLiteral("onShelf"), isOnShelf(now));
    if (createdAt.isValid())
        object.insert(QStringLiteral("createdAt"), toIsoTime(createdAt));
    if (updatedAt.isValid())
        object.insert(QStringLiteral("updatedAt"), toIsoTime(updatedAt));
    return object;
}

std::optional<Violation> MallItem::fromJson(const QJsonObject &object, MallItem *item)
{
    MallItem read;
    read.name = object.value(QStringLiteral("name")).toString();
    read.description = object.value(QStringLiteral("description")).toString();
    if (!itemCategoryFromString(object.value(QStringLiteral("category")).toString(), &read.category))
        return violation(QStringLiteral("category"), "category_unknown",
                         QT_TRANSLATE_NOOP("Validation", "Unknown item category."));
    qint64 number = 0;
    const auto readInto = [&](const char *key, qint64 fallback, auto *out) -> std::optional<Violation> {
        const QString name = QString::fromLatin1(key);
        if (auto broken = readInteger(object, name, name, fallback, &number))
            return broken;
        *out = static_cast<std::remove_pointer_t<decltype(out)>>(number);
        return std::nullopt;
    };
    for (auto broken :
         {readInto("id", 0, &read.id), readInto("pointsPrice", 0, &read.pointsPrice),
          readInto("cashPrice", 0, &read.cashPrice), readInto("minTierRank", 1, &read.minTierRank),
          readInto("perMemberLimit", 0, &read.perMemberLimit),
          readInto("lowStockThreshold", 0, &read.lowStockThreshold), readInto("stock", 0, &read.stock),
          readInto("version", 0, &read.version)}) {
        if (broken)
            return broken;
    }
    const QJsonArray prices = object.value(QStringLiteral("tierPrices")).toArray();
    for (int i = 0; i < prices.size(); ++i) {
        const QJsonObject price = prices.at(i).toObject();
        const QString field = QStringLiteral("tierPrices[%1]").arg(i);
        TierPrice tierPrice;
        if (auto broken =
                readInteger(price, QStringLiteral("rank"), field + QStringLiteral(".rank"), 0, &number))
            return broken;
        tierPrice.rank = static_cast<int>(number);
        if (auto broken =
                readInteger(price, QStringLiteral("points"), field + QStringLiteral(".points"), 0, &number))
            return broken;
        tierPrice.points = number;
        read.tierPrices.append(tierPrice);
    }
    const QJsonObject limit = object.value(QStringLiteral("periodLimit")).toObject();
    if (auto broken =
            readInteger(limit, QStringLiteral("count"), QStringLiteral("periodLimit.count"), 0, &number))
        return broken;
    read.periodLimit.count = static_cast<int>(number);
    const QString period = limit.value(QStringLiteral("period")).toString(QStringLiteral("month"));
    if (!mallItemPeriodFromString(period, &read.periodLimit.period))
        return violation(QStringLiteral("periodLimit.period"), "period_unknown",
                         QT_TRANSLATE_NOOP("Validation", "A limit period is day, week or month."));
    const QString status = object.value(QStringLiteral("status")).toString(QStringLiteral("off"));
    if (status != QLatin1String("on") && status != QLatin1String("off"))
        return violation(QStringLiteral("status"), "status_unknown",
                         QT_TRANSLATE_NOOP("Validation", "An item's status is on or off."));
    read.status = status == QLatin1String("on") ? Status::On : Status::Off;
    if (auto broken = readTime(object, QStringLiteral("shelfFrom"), &read.shelfFrom))
        return broken;
    if (auto broken = readTime(object, QStringLiteral("shelfUntil"), &read.shelfUntil))
        return broken;
    read.image = ItemImage::fromJson(object.value(QStringLiteral("image")));
    read.createdAt = fromIsoTime(object.value(QStringLiteral("createdAt")).toString());
    read.updatedAt = fromIsoTime(object.value(QStringLiteral("updatedAt")).toString());
    *item = read;
    return std::nullopt;
}

} // namespace loyalty
