#include "core/PendingRequest.h"

#include "core/IsoTime.h"

#include <QCoreApplication>

namespace loyalty {

namespace {
Violation violation(const char *field, const char *code, const char *text)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code), text};
}
} // namespace

std::optional<Violation> PendingRequest::validate(const QDateTime &now) const
{
    if (amount <= 0 || amount > kMaxAmount)
        return violation("amount", "amount_invalid",
                         QT_TRANSLATE_NOOP("Validation", "Pending points must be from 1 to 1,000,000."));
    if (reason.isEmpty() || reason.size() > kMaxTextLength)
        return violation("reason", "reason_required",
                         QT_TRANSLATE_NOOP("Validation", "Give a reason of at most 200 characters."));
    if (note.size() > kMaxTextLength)
        return violation("note", "text_too_long",
                         QT_TRANSLATE_NOOP("Validation", "The note may be at most 200 characters long."));
    if (source.isEmpty())
        return violation("source", "source_required",
                         QT_TRANSLATE_NOOP("Validation", "Say where the points come from, e.g. task."));
    if (source.size() > kMaxTextLength)
        return violation("source", "text_too_long",
                         QT_TRANSLATE_NOOP("Validation", "The source may be at most 200 characters long."));
    if (!postAt.isValid() && eventKey.isEmpty())
        return violation(
            "postAt", "condition_required",
            QT_TRANSLATE_NOOP("Validation", "Give the time the points post or the event that posts them."));
    if (postAt.isValid() && !eventKey.isEmpty())
        return violation("postAt", "condition_ambiguous",
                         QT_TRANSLATE_NOOP("Validation",
                                           "Give either the time the points post or the event that "
                                           "posts them, not both."));
    if (!deadline.isValid() || deadline <= now)
        return violation("deadline", "deadline_invalid",
                         QT_TRANSLATE_NOOP("Validation", "The deadline must lie in the future."));
    if (deadline > now.addDays(kMaxDays))
        return violation("deadline", "deadline_too_far",
                         QT_TRANSLATE_NOOP("Validation", "The deadline may be at most a year ahead."));
    if (postAt.isValid() && postAt >= deadline)
        return violation("postAt", "post_after_deadline",
                         QT_TRANSLATE_NOOP("Validation", "The points must post before the deadline."));
    return std::nullopt;
}

QJsonObject PendingRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("amount"), amount},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("deadline"), toIsoTime(deadline)}};
    if (postAt.isValid())
        object.insert(QStringLiteral("postAt"), toIsoTime(postAt));
    else
        object.insert(QStringLiteral("eventKey"), eventKey);
    return object;
}

std::optional<Violation> PendingRequest::fromJson(const QJsonObject &object, const QDateTime &now,
                                                  PendingRequest *request)
{
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    if (!amount.isDouble() || amount.toDouble() != static_cast<double>(amount.toInteger()))
        return violation("amount", "amount_not_integer",
                         QT_TRANSLATE_NOOP("Validation", "The amount must be a whole number of points."));
    for (const char *field : {"reason", "note", "source", "postAt", "eventKey", "deadline"}) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return violation(field, "not_text", QT_TRANSLATE_NOOP("Validation", "This field must be text."));
    }
    request->amount = amount.toInteger();
    request->reason = object.value(QStringLiteral("reason")).toString().trimmed();
    request->note = object.value(QStringLiteral("note")).toString().trimmed();
    const QString source = object.value(QStringLiteral("source")).toString().trimmed();
    if (!source.isEmpty())
        request->source = source;
    request->eventKey = object.value(QStringLiteral("eventKey")).toString().trimmed();
    for (const auto &[field, time] :
         {std::pair{"postAt", &request->postAt}, std::pair{"deadline", &request->deadline}}) {
        const QString text = object.value(QLatin1String(field)).toString();
        *time = fromIsoTime(text);
        if (!text.isEmpty() && !time->isValid())
            return violation(
                field, "time_invalid",
                QT_TRANSLATE_NOOP("Validation", "Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z."));
    }
    return request->validate(now);
}

} // namespace loyalty
