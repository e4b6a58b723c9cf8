#include "models/AuditExporter.h"

#include "client/AuditJob.h"
#include "core/IsoTime.h"

#include <QJsonDocument>

namespace loyalty {

namespace {
QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QStringList AuditExporter::header()
{
    return {QStringLiteral("time"),           QStringLiteral("user"),   QStringLiteral("client_address"),
            QStringLiteral("action"),         QStringLiteral("entity"), QStringLiteral("entity_id"),
            QStringLiteral("changed_fields"), QStringLiteral("before"), QStringLiteral("after")};
}

QStringList AuditExporter::record(const AuditEntry &entry)
{
    return {toIsoTime(entry.at),
            entry.actor,
            entry.clientAddress,
            entry.action,
            entry.entity,
            entry.entityId,
            entry.changedFields().join(QLatin1Char(';')),
            compactJson(entry.before),
            compactJson(entry.after)};
}

bool AuditExporter::start(const AuditFilter &filter, const QString &filePath)
{
    if (isRunning())
        return false;
    m_filter = filter;
    return startExport(filePath);
}

ApiJob *AuditExporter::pageJob(const QString &cursor, int limit)
{
    return new AuditJob(client(), m_filter, cursor, limit, this);
}

QString AuditExporter::readPage(ApiJob *job, QList<QStringList> *records) const
{
    auto *page = static_cast<AuditJob *>(job);
    for (const AuditEntry &entry : page->entries())
        records->append(record(entry));
    return page->nextCursor();
}

QString AuditExporter::doneMessage(int rows, const QString &nativePath) const
{
    return tr("%Ln audit rows exported to %1.", nullptr, rows).arg(nativePath);
}

} // namespace loyalty
