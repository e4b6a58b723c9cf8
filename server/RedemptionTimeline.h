#pragma once

#include "server/Outcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace loyalty::server {

// One step of a redemption's life (redemption_events): placed, fulfilled, shipped, completed, cancelled,
// caseOpened, caseResolved, codeReissued, reshipped, refunded, restocked; with what it moved.
struct TimelineEvent
{
    qint64 id = 0;
    QString kind;
    QString actor;
    QDateTime at;
    QJsonObject detail;

    QJsonObject toJson() const;
};

class RedemptionTimeline
{
public:
    // In the caller's transaction; `at` in ms since the epoch (0: now; the demo data sets the past).
    static bool append(qint64 redemptionId, const QString &kind, const QString &actor,
                       const QJsonObject &detail = {}, qint64 at = 0);
    // Oldest first.
    static Outcome<QList<TimelineEvent>> of(qint64 redemptionId);
};

} // namespace loyalty::server
