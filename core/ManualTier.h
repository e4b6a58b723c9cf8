#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// A tier set by hand (support, with a reason) that holds until `until`, whatever the tier engine says.
struct ManualTier
{
    QString reason;
    QDateTime until;
    QString actor;

    QJsonObject toJson() const;
    static ManualTier fromJson(const QJsonObject &object);
    bool operator==(const ManualTier &) const = default;
};

} // namespace loyalty
