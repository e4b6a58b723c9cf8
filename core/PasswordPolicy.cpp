#include "core/PasswordPolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace loyalty {

bool PasswordPolicy::isCommon(const QString &password)
{
    // Passwords of 10+ characters that appear at the top of every leaked-password list.
    static const QSet<QString> common{
        QStringLiteral("1234567890"),    QStringLiteral("0123456789"),   QStringLiteral("12345678910"),
        QStringLiteral("123456789a"),    QStringLiteral("1qaz2wsx3edc"), QStringLiteral("qwertyuiop"),
        QStringLiteral("1q2w3e4r5t"),    QStringLiteral("password12"),   QStringLiteral("password123"),
        QStringLiteral("password1234"),  QStringLiteral("passw0rd123"),  QStringLiteral("iloveyou12"),
        QStringLiteral("abc1234567"),    QStringLiteral("abcdefghij"),   QStringLiteral("qwerty1234"),
        QStringLiteral("qwerty12345"),   QStringLiteral("1111111111"),   QStringLiteral("0000000000"),
        QStringLiteral("5201314520"),    QStringLiteral("woaini1314"),   QStringLiteral("aa123456789"),
        QStringLiteral("a123456789"),    QStringLiteral("admin12345"),   QStringLiteral("admin123456"),
        QStringLiteral("administrator"), QStringLiteral("welcome123"),   QStringLiteral("changeme123"),
        QStringLiteral("letmein123"),    QStringLiteral("loyalty123"),   QStringLiteral("zxcvbnm123"),
    };
    return common.contains(password.toLower());
}

std::optional<Violation> PasswordPolicy::check(const QString &password, const QString &username,
                                               const QString &field)
{
    if (password.size() < kMinLength)
        return Violation{
            field, QStringLiteral("password_too_short"),
            QT_TRANSLATE_NOOP("Validation", "The password must be at least 10 characters long.")};
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return Violation{field, QStringLiteral("password_is_username"),
                         QT_TRANSLATE_NOOP("Validation", "The password must not be the user name.")};
    if (isCommon(password))
        return Violation{field, QStringLiteral("password_too_common"),
                         QT_TRANSLATE_NOOP("Validation", "This password is too common; choose one that is "
                                                         "harder to guess.")};
    return std::nullopt;
}

} // namespace loyalty
