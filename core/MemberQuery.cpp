#include "core/MemberQuery.h"

namespace loyalty {

namespace {
bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}
} // namespace

MemberQuery MemberQuery::parse(const QString &typed)
{
    MemberQuery query;
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return query;

    QString digits = trimmed;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (digits.startsWith(QLatin1String("+86")))
        digits = digits.mid(3);

    if (allDigits(digits)) {
        query.term = digits;
        if (digits.size() == 11)
            query.kind = Kind::Phone;
        else if (digits.size() == 4)
            query.kind = Kind::PhoneLast4;
        else if (digits.size() == kMemberNoLength)
            query.kind = Kind::MemberNo;
        else
            query.kind = Kind::NamePrefix; // no member has a name of digits: the search finds nothing
        return query;
    }
    query.kind = Kind::NamePrefix;
    query.term = trimmed;
    return query;
}

} // namespace loyalty
