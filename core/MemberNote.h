#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// A note a support agent left on a member (GET/POST /v1/members/{id}/notes); notes are never edited.
struct MemberNote
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString text;
    QString author;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static MemberNote fromJson(const QJsonObject &object);
    bool operator==(const MemberNote &) const = default;
};

} // namespace loyalty
