#include "core/LedgerEntry.h"

#include "core/IsoTime.h"

#include <array>
#include <utility>

namespace loyalty {

namespace {
constexpr std::array<std::pair<LedgerKind, const char *>, 7> kKindNames{{{LedgerKind::Earn, "earn"},
                                                                         {LedgerKind::Spend, "spend"},
                                                                         {LedgerKind::Adjust, "adjust"},
                                                                         {LedgerKind::Expire, "expire"},
                                                                         {LedgerKind::Refund, "refund"},
                                                                         {LedgerKind::Reverse, "reverse"},
                                                                         {LedgerKind::Forfeit, "forfeit"}}};
} // namespace

QString ledgerKindToString(LedgerKind kind)
{
    for (const auto &[value, name] : kKindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

bool ledgerKindFromString(const QString &text, LedgerKind *kind)
{
    for (const auto &[value, name] : kKindNames) {
        if (text == QLatin1String(name)) {
            *kind = value;
            return true;
        }
    }
    return false;
}

QString ledgerStatusToString(LedgerStatus status)
{
    switch (status) {
    case LedgerStatus::Pending:
        return QStringLiteral("pending");
    case LedgerStatus::Cancelled:
        return QStringLiteral("cancelled");
    case LedgerStatus::Posted:
        break;
    }
    return QStringLiteral("posted");
}

LedgerStatus ledgerStatusFromString(const QString &text)
{
    if (text == QLatin1String("pending"))
        return LedgerStatus::Pending;
    if (text == QLatin1String("cancelled"))
        return LedgerStatus::Cancelled;
    return LedgerStatus::Posted;
}

QJsonObject LedgerEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("memberId"), memberId},
                       {QStringLiteral("kind"), ledgerKindToString(kind)},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("balanceAfter"), balanceAfter},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("createdAt"), toIsoTime(createdAt)},
                       {QStringLiteral("status"), ledgerStatusToString(status)}};
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expiresAt"), toIsoTime(expiresAt));
    if (reversesEntryId != 0)
        object.insert(QStringLiteral("reversesEntryId"), reversesEntryId);
    return object;
}

LedgerEntry LedgerEntry::fromJson(const QJsonObject &object)
{
    LedgerEntry entry;
    entry.id = object.value(QStringLiteral("id")).toInteger();
    entry.memberId = object.value(QStringLiteral("memberId")).toInteger();
    ledgerKindFromString(object.value(QStringLiteral("kind")).toString(), &entry.kind);
    entry.amount = object.value(QStringLiteral("amount")).toInteger();
    entry.balanceAfter = object.value(QStringLiteral("balanceAfter")).toInteger();
    entry.reason = object.value(QStringLiteral("reason")).toString();
    entry.note = object.value(QStringLiteral("note")).toString();
    entry.actor = object.value(QStringLiteral("actor")).toString();
    entry.source = object.value(QStringLiteral("source")).toString();
    entry.createdAt = fromIsoTime(object.value(QStringLiteral("createdAt")).toString());
    entry.expiresAt = fromIsoTime(object.value(QStringLiteral("expiresAt")).toString());
    entry.status = ledgerStatusFromString(object.value(QStringLiteral("status")).toString());
    entry.reversesEntryId = object.value(QStringLiteral("reversesEntryId")).toInteger();
    return entry;
}

} // namespace loyalty
