#include "models/RedemptionExporter.h"

#include "core/IsoTime.h"

namespace loyalty {

QStringList RedemptionExporter::header()
{
    return {QStringLiteral("id"),           QStringLiteral("placed_at"),       QStringLiteral("member_id"),
            QStringLiteral("member_no"),    QStringLiteral("member_name"),     QStringLiteral("item_id"),
            QStringLiteral("item_name"),    QStringLiteral("quantity"),        QStringLiteral("points"),
            QStringLiteral("cash_fen"),     QStringLiteral("status"),          QStringLiteral("code"),
            QStringLiteral("carrier"),      QStringLiteral("tracking_number"), QStringLiteral("open_cases"),
            QStringLiteral("cancel_reason")};
}

QStringList RedemptionExporter::record(const RedemptionRecord &record)
{
    const Redemption &redemption = record.redemption;
    return {QString::number(redemption.id),
            toIsoTime(redemption.placedAt),
            QString::number(redemption.memberId),
            record.memberNo,
            record.memberName,
            QString::number(redemption.itemId),
            record.itemName,
            QString::number(redemption.quantity),
            QString::number(redemption.points),
            QString::number(redemption.cash),
            redemptionStatusToString(redemption.status),
            redemption.code,
            redemption.carrier,
            redemption.trackingNumber,
            QString::number(record.openCases),
            redemption.cancelReason};
}

bool RedemptionExporter::start(const RedemptionsJob::Filter &filter, const QString &filePath)
{
    if (isRunning())
        return false;
    m_filter = filter;
    return startExport(filePath);
}

ApiJob *RedemptionExporter::pageJob(const QString &cursor, int limit)
{
    return new RedemptionsJob(client(), m_filter, cursor, limit, this);
}

QString RedemptionExporter::readPage(ApiJob *job, QList<QStringList> *records) const
{
    auto *page = static_cast<RedemptionsJob *>(job);
    for (const RedemptionRecord &redemption : page->redemptions())
        records->append(record(redemption));
    return page->nextCursor();
}

QString RedemptionExporter::doneMessage(int rows, const QString &nativePath) const
{
    return tr("%Ln redemptions exported to %1.", nullptr, rows).arg(nativePath);
}

} // namespace loyalty
