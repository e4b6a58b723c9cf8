#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace loyalty {

// An expiry lot as GET /v1/members/{id}/lots shows it.
struct Lot
{
    enum class Status
    {
        Open,    // points left in it
        Used,    // spent to the last point
        Expired, // the expiry run took what was left
    };

    qint64 id = 0;
    qint64 entryId = 0;
    qint64 amount = 0;
    qint64 remaining = 0;
    QDateTime earnedAt;
    QDateTime expiresAt;
    Status status = Status::Open;

    QJsonObject toJson() const;
    static Lot fromJson(const QJsonObject &object);
    static QString statusToString(Status status);
    static Status statusFromString(const QString &text);
    bool operator==(const Lot &) const = default;
};

} // namespace loyalty
