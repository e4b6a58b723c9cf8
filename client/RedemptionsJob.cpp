#include "client/RedemptionsJob.h"

#include "core/IsoTime.h"

namespace loyalty {

void RedemptionsJob::Filter::addTo(QUrlQuery *query) const
{
    if (status)
        query->addQueryItem(QStringLiteral("status"), redemptionStatusToString(*status));
    if (itemId > 0)
        query->addQueryItem(QStringLiteral("item"), QString::number(itemId));
    if (memberId > 0)
        query->addQueryItem(QStringLiteral("member"), QString::number(memberId));
    // ISO times carry ':' and '+'-free 'Z': still encoded, so a future offset cannot turn into a space.
    if (from.isValid())
        query->addQueryItem(QStringLiteral("from"),
                            QString::fromLatin1(QUrl::toPercentEncoding(toIsoTime(from))));
    if (to.isValid())
        query->addQueryItem(QStringLiteral("to"),
                            QString::fromLatin1(QUrl::toPercentEncoding(toIsoTime(to))));
}

} // namespace loyalty
