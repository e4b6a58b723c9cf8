#pragma once

#include <QJsonObject>
#include <QString>

namespace loyalty::server {

// Who did what to which entity, written inside the transaction of the write it records.
struct AuditRecord
{
    qint64 actorId = 0; // 0: no console user (CLI, system)
    QString actorName;
    QString clientAddress;
    QString action; // e.g. "member.reveal", "points.adjust"
    QString entity; // e.g. "member"
    QString entityId;
    qint64 memberId = 0; // the member the row is about, for their audit trail (entity "member": entityId)
    QJsonObject before;
    QJsonObject after;
};

class AuditLog
{
public:
    // On this thread's connection; the caller owns the transaction.
    static bool record(const AuditRecord &record);
};

} // namespace loyalty::server
