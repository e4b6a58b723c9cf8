#pragma once

#include "core/Violation.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace loyalty {

// One member activity event as a member app or the shop sends it to POST /v1/events:
// {id, memberId, type: order | interaction | task | visit, at, amount (orders, fen), minutes (visits)}.
// The id is the caller's: an event is applied at most once under it.
struct MemberEvent
{
    enum class Type
    {
        Order,
        Interaction,
        Task,
        Visit
    };

    static constexpr int kMaxIdLength = 100;
    static constexpr int kMaxBatch = 500;
    static constexpr qint64 kMaxAmount = 1'000'000'000'000; // fen: ten billion yuan
    static constexpr qint64 kMaxMinutes = 1'000'000;
    static constexpr qint64 kFutureToleranceMs = 5 * 60 * 1000; // clocks of member apps drift

    QString id;
    qint64 memberId = 0;
    Type type = Type::Order;
    QDateTime at;      // UTC
    qint64 amount = 0; // what it adds: fen for orders, minutes for visits, 1 otherwise

    // Reads and checks one event; `prefix` names it in violations ("" or "events[3].").
    static std::optional<Violation> fromJson(const QJsonObject &object, const QDateTime &now,
                                             const QString &prefix, MemberEvent *event);
};

QString memberEventTypeToString(MemberEvent::Type type);
bool memberEventTypeFromString(const QString &text, MemberEvent::Type *type);

} // namespace loyalty
