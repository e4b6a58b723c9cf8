#include "core/MemberEvent.h"

#include "core/IsoTime.h"

#include <QCoreApplication>

#include <limits>

namespace loyalty {

namespace {
Violation violation(const QString &prefix, const char *field, const char *code, const char *text)
{
    return {prefix + QLatin1String(field), QString::fromLatin1(code), text};
}

// A whole number in 1..max, or nothing.
std::optional<qint64> positiveWhole(const QJsonValue &value, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 1 || number > double(max) || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}
} // namespace

QString memberEventTypeToString(MemberEvent::Type type)
{
    switch (type) {
    case MemberEvent::Type::Interaction:
        return QStringLiteral("interaction");
    case MemberEvent::Type::Task:
        return QStringLiteral("task");
    case MemberEvent::Type::Visit:
        return QStringLiteral("visit");
    case MemberEvent::Type::Order:
        break;
    }
    return QStringLiteral("order");
}

bool memberEventTypeFromString(const QString &text, MemberEvent::Type *type)
{
    for (MemberEvent::Type candidate : {MemberEvent::Type::Order, MemberEvent::Type::Interaction,
                                        MemberEvent::Type::Task, MemberEvent::Type::Visit}) {
        if (memberEventTypeToString(candidate) == text) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

std::optional<Violation> MemberEvent::fromJson(const QJsonObject &object, const QDateTime &now,
                                               const QString &prefix, MemberEvent *event)
{
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().trimmed().isEmpty() || id.toString().size() > kMaxIdLength)
        return violation(
            prefix, "id", "event_id_invalid",
            QT_TRANSLATE_NOOP("Validation", "Give the event's id: text of 1 to 100 characters."));
    event->id = id.toString();

    const std::optional<qint64> memberId =
        positiveWhole(object.value(QStringLiteral("memberId")), std::numeric_limits<qint64>::max() / 2);
    if (!memberId)
        return violation(prefix, "memberId", "member_id_invalid",
                         QT_TRANSLATE_NOOP("Validation", "Give the member's id (a positive whole number)."));
    event->memberId = *memberId;

    if (!memberEventTypeFromString(object.value(QStringLiteral("type")).toString(), &event->type))
        return violation(
            prefix, "type", "event_type_invalid",
            QT_TRANSLATE_NOOP("Validation", "The type must be order, interaction, task or visit."));

    const QJsonValue at = object.value(QStringLiteral("at"));
    if (at.isUndefined() || at.isNull()) {
        event->at = now.toUTC();
    } else {
        // UTC or with an offset: a time without a zone would be read in the server's zone.
        QDateTime time =
            at.isString() ? QDateTime::fromString(at.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!time.isValid() && at.isString())
            time = QDateTime::fromString(at.toString(), Qt::ISODate);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
            return violation(prefix, "at", "time_invalid",
                             QT_TRANSLATE_NOOP("Validation", "Give the time in ISO 8601 UTC, "
                                                             "e.g. 2026-05-01T10:00:00Z."));
        if (time.toMSecsSinceEpoch() > now.toMSecsSinceEpoch() + kFutureToleranceMs)
            return violation(prefix, "at", "time_in_future",
                             QT_TRANSLATE_NOOP("Validation", "The event cannot lie in the future."));
        event->at = time.toUTC();
    }

    switch (event->type) {
    case Type::Order: {
        const std::optional<qint64> amount =
            positiveWhole(object.value(QStringLiteral("amount")), kMaxAmount);
        if (!amount)
            return violation(
                prefix, "amount", "amount_invalid",
                QT_TRANSLATE_NOOP("Validation",
                                  "An order needs its amount in fen: a whole number above zero."));
        event->amount = *amount;
        break;
    }
    case Type::Visit: {
        const std::optional<qint64> minutes =
            positiveWhole(object.value(QStringLiteral("minutes")), kMaxMinutes);
        if (!minutes)
            return violation(
                prefix, "minutes", "minutes_invalid",
                QT_TRANSLATE_NOOP("Validation",
                                  "A visit needs its length in minutes: a whole number above zero."));
        event->amount = *minutes;
        break;
    }
    case Type::Interaction:
    case Type::Task:
        event->amount = 1;
        break;
    }
    return std::nullopt;
}

} // namespace loyalty
