#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace loyalty {

// One row of the audit log (GET /v1/audit): who, when, from where, what, and the entity before/after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0; // 0: not a console user (the system, a failed sign-in)
    QString actor;
    QString clientAddress;
    QString action; // e.g. "points.adjust", "user.update", "auth.login_failed"
    QString entity; // e.g. "member", "user", "ledger_entry"
    QString entityId;
    QJsonObject before; // empty when there was nothing before (a creation)
    QJsonObject after;  // empty when nothing is left after (a deletion)

    // The top-level fields whose values differ between before and after (added, removed or changed),
    // sorted: what the Audit pane highlights.
    QStringList changedFields() const;

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &object);
    bool operator==(const AuditEntry &) const = default;
};

} // namespace loyalty
