#include "core/LedgerFilter.h"

#include "core/IsoTime.h"

namespace loyalty {

void LedgerFilter::addTo(QUrlQuery *query) const
{
    if (!kinds.isEmpty()) {
        QStringList words;
        for (LedgerKind kind : kinds)
            words.append(ledgerKindToString(kind));
        query->addQueryItem(QStringLiteral("kind"), words.join(QLatin1Char(',')));
    }
    if (from.isValid())
        query->addQueryItem(QStringLiteral("from"),
                            QString::fromLatin1(QUrl::toPercentEncoding(toIsoTime(from))));
    if (to.isValid())
        query->addQueryItem(QStringLiteral("to"),
                            QString::fromLatin1(QUrl::toPercentEncoding(toIsoTime(to))));
}

bool LedgerFilter::fromQuery(const QUrlQuery &query, LedgerFilter *filter, QString *badField)
{
    const QString kinds = query.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded).trimmed();
    if (!kinds.isEmpty()) {
        for (const QString &word : kinds.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            LedgerKind kind;
            if (!ledgerKindFromString(word.trimmed(), &kind)) {
                *badField = QStringLiteral("kind");
                return false;
            }
            if (!filter->kinds.contains(kind))
                filter->kinds.append(kind);
        }
    }
    for (const auto &[name, time] : {std::pair{"from", &filter->from}, std::pair{"to", &filter->to}}) {
        const QString value = query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
        if (value.isEmpty())
            continue;
        *time = fromIsoTime(value);
        if (!time->isValid()) {
            *badField = QLatin1String(name);
            return false;
        }
    }
    return true;
}

} // namespace loyalty
