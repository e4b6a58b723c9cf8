#include "server/ServiceError.h"

#include <QCoreApplication>

namespace loyalty::server {

ServiceError ServiceError::internal()
{
    return {500,      QStringLiteral("internal"),
            "Server", QT_TRANSLATE_NOOP("Server", "Something went wrong on the server. Please try again."),
            {},       {}};
}

ServiceError ServiceError::notFound()
{
    return {404,      QStringLiteral("not_found"),
            "Server", QT_TRANSLATE_NOOP("Server", "The requested item does not exist."),
            {},       {}};
}

ServiceError ServiceError::validation(const QString &field, const char *sourceText)
{
    return {400, QStringLiteral("validation_failed"), "Server", sourceText, {}, field};
}

ServiceError ServiceError::fromViolation(const Violation &violation)
{
    return {400, violation.code, "Validation", violation.sourceText, {}, violation.field};
}

ServiceError ServiceError::refused(const char *code, const char *sourceText)
{
    return {422, QString::fromLatin1(code), "Server", sourceText, {}, {}};
}

ServiceError ServiceError::conflict(const char *code, const char *sourceText)
{
    return {409, QString::fromLatin1(code), "Server", sourceText, {}, {}};
}

std::optional<ServiceError> ServiceError::memberInactive(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Frozen:
        return refused("member_frozen",
                       QT_TRANSLATE_NOOP("Server", "The member is frozen: points can neither be "
                                                   "earned nor spent until support unfreezes them."));
    case MemberStatus::Blacklisted:
        return refused("member_blacklisted",
                       QT_TRANSLATE_NOOP("Server", "The member is blacklisted: their points cannot change."));
    case MemberStatus::Active:
        break;
    }
    return std::nullopt;
}

ServiceError ServiceError::insufficientPoints(qint64 balance, qint64 deduction)
{
    return {422,
            QStringLiteral("insufficient_points"),
            "Server",
            QT_TRANSLATE_NOOP("Server", "The member has %1 points available; %2 cannot be deducted."),
            {QString::number(balance), QString::number(deduction)},
            QStringLiteral("amount")};
}

} // namespace loyalty::server
