#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

enum class LedgerKind
{
    Earn,
    Spend,
    Adjust,
    Expire,
    Refund,
    Reverse,
    Forfeit
};
enum class LedgerStatus
{
    Posted,
    Pending,
    Cancelled
};

QString ledgerKindToString(LedgerKind kind);
// Returns false for a word that is not a ledger kind.
bool ledgerKindFromString(const QString &text, LedgerKind *kind);
QString ledgerStatusToString(LedgerStatus status);
LedgerStatus ledgerStatusFromString(const QString &text);

// One line of a member's points ledger, the single source of truth for the balance.
struct LedgerEntry
{
    qint64 id = 0;
    qint64 memberId = 0;
    LedgerKind kind = LedgerKind::Earn;
    qint64 amount = 0; // signed
    qint64 balanceAfter = 0;
    QString reason;
    QString note;
    QString actor;
    QString source;
    QDateTime createdAt;
    QDateTime expiresAt; // earns only
    LedgerStatus status = LedgerStatus::Posted;
    qint64 reversesEntryId = 0; // reversals: the entry they take back

    QJsonObject toJson() const;
    static LedgerEntry fromJson(const QJsonObject &object);
    bool operator==(const LedgerEntry &) const = default;
};

} // namespace loyalty
