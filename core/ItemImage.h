#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

// A mall item's picture as the server stores it (PUT /v1/items/{id}/image). Clients only read it: its
// JSON is {url, contentType, size}, and the url carries `tag`, so a replaced image gets a new URL and
// the old one may be cached for good.
struct ItemImage
{
    QString tag; // the first kTagLength hex digits of the bytes' SHA-256
    QString contentType;
    qint64 size = 0; // bytes

    static constexpr qint64 kMaxBytes = 512 * 1024;
    static constexpr int kTagLength = 16;

    // The relative URL the server serves the bytes under.
    QString url(qint64 itemId) const;
    QJsonObject toJson(qint64 itemId) const;
    // Reads {url, contentType, size} leniently (the server's own answer); nullopt for anything else.
    static std::optional<ItemImage> fromJson(const QJsonValue &value);
    bool operator==(const ItemImage &) const = default;

    // image/png, image/jpeg or image/webp by the bytes' magic numbers; empty for anything else.
    static QString sniffContentType(const QByteArray &bytes);
    static QString tagFor(const QString &sha256Hex) { return sha256Hex.left(kTagLength); }
};

} // namespace loyalty
