#include "core/TierDefinition.h"

#include <QCoreApplication>

namespace loyalty {

QJsonObject TierBenefitsJson::toJson(const TierBenefits &benefits)
{
    return {{QStringLiteral("pointsMultiplier"), benefits.pointsMultiplier},
            {QStringLiteral("discountPercent"), benefits.discountPercent},
            {QStringLiteral("freeShipping"), benefits.freeShipping},
            {QStringLiteral("priorityService"), benefits.priorityService},
            {QStringLiteral("birthdayMultiplier"), benefits.birthdayMultiplier},
            {QStringLiteral("birthdayGiftPoints"), benefits.birthdayGiftPoints},
            {QStringLiteral("lotExpiryMonths"), benefits.lotExpiryMonths}};
}

TierBenefits TierBenefitsJson::fromJson(const QJsonObject &object)
{
    TierBenefits benefits;
    benefits.pointsMultiplier = object.value(QStringLiteral("pointsMultiplier")).toDouble(1.0);
    benefits.discountPercent = object.value(QStringLiteral("discountPercent")).toInt(100);
    benefits.freeShipping = object.value(QStringLiteral("freeShipping")).toBool();
    benefits.priorityService = object.value(QStringLiteral("priorityService")).toBool();
    benefits.birthdayMultiplier = object.value(QStringLiteral("birthdayMultiplier")).toDouble(1.0);
    benefits.birthdayGiftPoints = object.value(QStringLiteral("birthdayGiftPoints")).toInt();
    benefits.lotExpiryMonths = object.value(QStringLiteral("lotExpiryMonths")).toInt();
    return benefits;
}

QJsonObject TierDefinition::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("rank"), rank},
            {QStringLiteral("name"), name.toJson()},
            {QStringLiteral("color"), color},
            {QStringLiteral("icon"), icon},
            {QStringLiteral("upgrade"), upgrade.toJson()},
            {QStringLiteral("retention"), retention.toJson()},
            {QStringLiteral("benefits"), TierBenefitsJson::toJson(benefits)}};
}

std::optional<Violation> TierDefinition::fromJson(const QJsonObject &object, const QString &field,
                                                  TierDefinition *tier)
{
    const QJsonValue rank = object.value(QStringLiteral("rank"));
    if (!rank.isDouble() || rank.toDouble() != double(rank.toInt()))
        return Violation{field + QStringLiteral(".rank"), QStringLiteral("rank_invalid"),
                         QT_TRANSLATE_NOOP("Validation", "The rank must be a whole number.")};
    tier->id = object.value(QStringLiteral("id")).toInteger();
    tier->rank = rank.toInt();
    tier->name = LocalizedText::fromJson(object.value(QStringLiteral("name")).toObject());
    tier->color = object.value(QStringLiteral("color")).toString();
    tier->icon = object.value(QStringLiteral("icon")).toString();
    tier->benefits = TierBenefitsJson::fromJson(object.value(QStringLiteral("benefits")).toObject());
    if (auto broken = TierRule::fromJson(object.value(QStringLiteral("upgrade")).toObject(),
                                         field + QStringLiteral(".upgrade"), &tier->upgrade))
        return broken;
    return TierRule::fromJson(object.value(QStringLiteral("retention")).toObject(),
                              field + QStringLiteral(".retention"), &tier->retention);
}

} // namespace loyalty
