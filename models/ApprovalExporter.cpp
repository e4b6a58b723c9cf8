#include "models/ApprovalExporter.h"

#include "client/ApprovalsJob.h"
#include "core/IsoTime.h"

namespace loyalty {

QStringList ApprovalExporter::header()
{
    return {QStringLiteral("id"),          QStringLiteral("requested_at"), QStringLiteral("member_no"),
            QStringLiteral("member_name"), QStringLiteral("amount"),       QStringLiteral("reason"),
            QStringLiteral("note"),        QStringLiteral("requested_by"), QStringLiteral("status"),
            QStringLiteral("decided_by"),  QStringLiteral("decided_at"),   QStringLiteral("comment"),
            QStringLiteral("entry_id")};
}

QStringList ApprovalExporter::record(const Approval &approval)
{
    return {QString::number(approval.id),
            toIsoTime(approval.requestedAt),
            approval.memberNo,
            approval.memberName,
            QString::number(approval.amount),
            approval.reason,
            approval.note,
            approval.requestedBy,
            Approval::statusToString(approval.status),
            approval.decidedBy,
            toIsoTime(approval.decidedAt),
            approval.comment,
            approval.entryId > 0 ? QString::number(approval.entryId) : QString()};
}

bool ApprovalExporter::start(Approval::Status status, const QString &filePath)
{
    if (isRunning())
        return false;
    m_status = status;
    return startExport(filePath);
}

ApiJob *ApprovalExporter::pageJob(const QString &cursor, int limit)
{
    return new ApprovalsJob(client(), m_status, cursor, limit, this);
}

QString ApprovalExporter::readPage(ApiJob *job, QList<QStringList> *records) const
{
    auto *page = static_cast<ApprovalsJob *>(job);
    for (const Approval &approval : page->approvals())
        records->append(record(approval));
    return page->nextCursor();
}

QString ApprovalExporter::doneMessage(int rows, const QString &nativePath) const
{
    return tr("%Ln approvals exported to %1.", nullptr, rows).arg(nativePath);
}

} // namespace loyalty
