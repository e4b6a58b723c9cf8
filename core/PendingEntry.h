#pragma once

#include "core/LedgerEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// Points earned but not yet posted (待入账): they post when their condition is met (a time, or a
// follow-up event named by eventKey) and are cancelled at the deadline, or when the member is
// blacklisted. They are not in the balance until posted; entryId is then the ledger entry.
struct PendingEntry
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 amount = 0;
    QString reason;
    QString note;
    QString source;
    QDateTime postAt; // the time condition; empty when an event posts it
    QString eventKey; // the event condition; empty when a time posts it
    QDateTime deadline;
    LedgerStatus status = LedgerStatus::Pending;
    qint64 entryId = 0;
    QString resolution; // why it was cancelled, or "posted"
    QDateTime createdAt;
    QDateTime resolvedAt;

    QJsonObject toJson() const;
    static PendingEntry fromJson(const QJsonObject &object);
    bool operator==(const PendingEntry &) const = default;
};

} // namespace loyalty
