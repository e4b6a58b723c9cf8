#include "client/RedemptionRecord.h"

#include <QJsonArray>

namespace loyalty {

bool RedemptionRecord::actionFromString(const QString &text, RedemptionAction *action)
{
    for (RedemptionAction candidate :
         {RedemptionAction::Fulfil, RedemptionAction::Ship, RedemptionAction::Complete,
          RedemptionAction::Cancel, RedemptionAction::OpenCase}) {
        if (text == redemptionActionToString(candidate)) {
            *action = candidate;
            return true;
        }
    }
    return false;
}

bool RedemptionRecord::fulfilmentFromString(const QString &text, ItemFulfilment *fulfilment)
{
    if (text == QLatin1String("shipped") || text == QLatin1String("ship"))
        *fulfilment = ItemFulfilment::Ship;
    else if (text == QLatin1String("code"))
        *fulfilment = ItemFulfilment::Code;
    else if (text == QLatin1String("direct"))
        *fulfilment = ItemFulfilment::Direct;
    else
        return false;
    return true;
}

RedemptionRecord RedemptionRecord::fromJson(const QJsonObject &object)
{
    RedemptionRecord record;
    record.redemption = Redemption::fromJson(object);
    record.memberNo = object.value(QStringLiteral("memberNo")).toString();
    record.memberName = object.value(QStringLiteral("memberName")).toString();
    record.itemName = object.value(QStringLiteral("itemName")).toString();
    const bool knownCategory =
        itemCategoryFromString(object.value(QStringLiteral("itemCategory")).toString(), &record.itemCategory);
    // The server's word on delivery wins; without it the category decides, as it does on the server.
    if (!fulfilmentFromString(object.value(QStringLiteral("fulfilment")).toString(), &record.fulfilment) &&
        knownCategory)
        record.fulfilment = itemFulfilment(record.itemCategory);
    for (const QJsonValue &value : object.value(QStringLiteral("actions")).toArray()) {
        RedemptionAction action{};
        if (actionFromString(value.toString(), &action))
            record.actions.append(action);
    }
    record.openCases = object.value(QStringLiteral("openCases")).toInt();
    const QJsonValue timeline = object.value(QStringLiteral("timeline"));
    const QJsonValue cases = object.value(QStringLiteral("cases"));
    record.detailed = timeline.isArray() || cases.isArray();
    for (const QJsonValue &value : timeline.toArray())
        record.timeline.append(TimelineEvent::fromJson(value.toObject()));
    for (const QJsonValue &value : cases.toArray())
        record.cases.append(AfterSalesCase::fromJson(value.toObject()));
    return record;
}

} // namespace loyalty
