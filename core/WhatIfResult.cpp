#include "core/WhatIfResult.h"

#include <QJsonArray>

namespace loyalty {

qint64 WhatIfResult::cell(int rankNow, int rankAfter) const
{
    if (rankNow < 1 || rankNow > matrix.size())
        return 0;
    return matrix.at(rankNow - 1).value(rankAfter - 1);
}

bool WhatIfResult::fromJson(const QJsonObject &object, WhatIfResult *result)
{
    const QJsonValue draftVersion = object.value(QStringLiteral("draftVersion"));
    const QJsonValue ranks = object.value(QStringLiteral("ranks"));
    if (!draftVersion.isDouble() || !ranks.isArray())
        return false;
    *result = {};
    result->draftVersion = draftVersion.toInt();
    result->members = object.value(QStringLiteral("members")).toInteger();
    result->up = object.value(QStringLiteral("up")).toInteger();
    result->down = object.value(QStringLiteral("down")).toInteger();
    result->same = object.value(QStringLiteral("same")).toInteger();
    const QJsonObject byDraft = object.value(QStringLiteral("byDraft")).toObject();
    result->byDraftUp = byDraft.value(QStringLiteral("up")).toInteger();
    result->byDraftDown = byDraft.value(QStringLiteral("down")).toInteger();
    result->seconds = object.value(QStringLiteral("seconds")).toDouble();
    for (const QJsonValue &value : ranks.toArray()) {
        const QJsonObject item = value.toObject();
        Rank rank;
        rank.rank = item.value(QStringLiteral("rank")).toInt();
        rank.name = LocalizedText::fromJson(item.value(QStringLiteral("name")).toObject());
        rank.before = item.value(QStringLiteral("before")).toInteger();
        rank.after = item.value(QStringLiteral("after")).toInteger();
        result->ranks.append(rank);
    }
    for (const QJsonValue &row : object.value(QStringLiteral("matrix")).toArray()) {
        QList<qint64> counts;
        for (const QJsonValue &count : row.toArray())
            counts.append(count.toInteger());
        result->matrix.append(counts);
    }
    return true;
}

} // namespace loyalty
