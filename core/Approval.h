#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// A large manual adjustment waiting for a second person (GET /v1/approvals). Only approval posts the
// entry; its id is then in entryId.
struct Approval
{
    enum class Status
    {
        Pending,
        Approved,
        Rejected,
        Cancelled, // the member was blacklisted while it waited
    };

    qint64 id = 0;
    qint64 memberId = 0;
    QString memberNo;
    QString memberName;
    qint64 amount = 0;
    QString reason;
    QString note;
    Status status = Status::Pending;
    qint64 requestedById = 0;
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString comment;
    qint64 entryId = 0;

    QJsonObject toJson() const;
    static Approval fromJson(const QJsonObject &object);
    static QString statusToString(Status status);
    // False for a word that is not a status.
    static bool statusFromString(const QString &text, Status *status);
    bool operator==(const Approval &) const = default;
};

} // namespace loyalty
