#include "server/PageCursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace loyalty::server {

QString PageCursor::encode() const
{
    QJsonObject key{{QStringLiteral("i"), id}};
    if (!name.isNull())
        key.insert(QStringLiteral("n"), name);
    if (at)
        key.insert(QStringLiteral("t"), *at);
    return QString::fromLatin1(QJsonDocument(key)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageCursor> PageCursor::decode(const QString &text)
{
    if (text.size() > 1024)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject key = document.object();
    const QJsonValue id = key.value(QStringLiteral("i"));
    if (!id.isDouble() || id.toInteger() < 0)
        return std::nullopt;
    PageCursor cursor;
    cursor.id = id.toInteger();
    const QJsonValue name = key.value(QStringLiteral("n"));
    if (name.isString())
        cursor.name = name.toString();
    else if (!name.isUndefined())
        return std::nullopt;
    const QJsonValue at = key.value(QStringLiteral("t"));
    if (at.isDouble())
        cursor.at = at.toInteger();
    else if (!at.isUndefined())
        return std::nullopt;
    return cursor;
}

} // namespace loyalty::server
