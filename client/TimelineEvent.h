#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// One line of a redemption's timeline (GET /v1/redemptions/{id}: timeline, oldest first): what happened
// (kind: placed, fulfilled, shipped, completed, cancelled, caseOpened, caseResolved, codeReissued,
// reshipped, refunded, restocked), who did it, when, and the details that kind carries. The kind stays a
// word so a kind a newer server adds still shows.
struct TimelineEvent
{
    qint64 id = 0;
    QString kind;
    QString actor;
    QDateTime at;
    QJsonObject detail;

    static TimelineEvent fromJson(const QJsonObject &object);
    bool operator==(const TimelineEvent &) const = default;
};

} // namespace loyalty
