#include "models/MemberExporter.h"

#include "client/MemberSearchJob.h"
#include "core/IsoTime.h"

namespace loyalty {

QStringList MemberExporter::header()
{
    return {QStringLiteral("member_no"),       QStringLiteral("name"),
            QStringLiteral("phone"),           QStringLiteral("tier"),
            QStringLiteral("status"),          QStringLiteral("points"),
            QStringLiteral("lifetime_points"), QStringLiteral("registered_at"),
            QStringLiteral("last_active_at")};
}

QStringList MemberExporter::record(const Member &member)
{
    return {member.memberNo,
            member.name,
            member.phone,
            member.tier.name.zhCN,
            memberStatusToString(member.status),
            QString::number(member.balance),
            QString::number(member.lifetimePoints),
            toIsoTime(member.registeredAt),
            toIsoTime(member.lastActiveAt)};
}

bool MemberExporter::start(const QString &query, const QString &filePath)
{
    if (isRunning())
        return false;
    m_query = query;
    return startExport(filePath);
}

ApiJob *MemberExporter::pageJob(const QString &cursor, int limit)
{
    return new MemberSearchJob(client(), m_query, cursor, limit, this);
}

QString MemberExporter::readPage(ApiJob *job, QList<QStringList> *records) const
{
    auto *page = static_cast<MemberSearchJob *>(job);
    for (const Member &member : page->members())
        records->append(record(member));
    return page->nextCursor();
}

QString MemberExporter::doneMessage(int rows, const QString &nativePath) const
{
    return tr("%Ln members exported to %1.", nullptr, rows).arg(nativePath);
}

} // namespace loyalty
