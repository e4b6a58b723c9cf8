#include "server/ItemImageService.h"

#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/ItemService.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
ServiceError imageType()
{
    return {415,
            QStringLiteral("image_type"),
            "Server",
            QT_TRANSLATE_NOOP("Server", "The image must be a PNG, JPEG or WebP picture, sent with its own "
                                        "Content-Type (image/png, image/jpeg or image/webp)."),
            {},
            QStringLiteral("image")};
}

ServiceError imageTooLarge()
{
    return {413,      QStringLiteral("image_too_large"),
            "Server", QT_TRANSLATE_NOOP("Server", "The image may be at most 512 KiB."),
            {},       QStringLiteral("image")};
}

// The item's current image row id: 0 without one; nullopt for an unknown item (or a database error).
std::optional<qint64> currentImageId(qint64 itemId, bool *failed)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COALESCE(image_id, 0) FROM items WHERE id = ?"));
    query.bindValue(0, itemId);
    *failed = !Database::exec(query);
    if (*failed || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// Points the item at `imageId` (0: none) and deletes the image it had.
bool replaceImage(qint64 itemId, qint64 oldImageId, qint64 imageId, qint64 now)
{
    QSqlQuery update(Database::connection());
    update.prepare(QStringLiteral("UPDATE items SET image_id = ?, updated_at = ? WHERE id = ?"));
    update.bindValue(0, imageId > 0 ? QVariant(imageId) : QVariant(QMetaType::fromType<qint64>()));
    update.bindValue(1, now);
    update.bindValue(2, itemId);
    if (!Database::exec(update))
        return false;
    if (oldImageId == 0)
        return true;
    QSqlQuery remove(Database::connection());
    remove.prepare(QStringLiteral("DELETE FROM item_images WHERE id = ?"));
    remove.bindValue(0, oldImageId);
    return Database::exec(remove);
}

AuditRecord auditOf(const UserInfo &actor, const QString &clientAddress, const char *action, qint64 itemId)
{
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = QString::fromLatin1(action);
    audit.entity = QStringLiteral("item");
    audit.entityId = QString::number(itemId);
    return audit;
}

QJsonObject imageJson(const MallItem &item)
{
    return item.image ? item.image->toJson(item.id) : QJsonObject();
}
} // namespace

Outcome<MallItem> ItemImageService::put(const UserInfo &actor, const QString &clientAddress, qint64 itemId,
                                        const QByteArray &bytes, const QString &contentType)
{
    if (bytes.size() > ItemImage::kMaxBytes)
        return imageTooLarge();
    // "image/png; charset=..." would be odd, but only the type itself counts.
    const QString declared = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const QString sniffed = ItemImage::sniffContentType(bytes);
    if (sniffed.isEmpty() || declared != sniffed)
        return imageType();

    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<MallItem> before = ItemService::find(itemId);
    if (!before.ok())
        return before.error();
    bool failed = false;
    const std::optional<qint64> oldImageId = currentImageId(itemId, &failed);
    if (failed || !oldImageId)
        return ServiceError::internal();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(Database::connection());
    insert.prepare(QStringLiteral("INSERT INTO item_images (item_id, content_type, bytes, size, sha256, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, itemId);
    insert.bindValue(1, sniffed);
    insert.bindValue(2, bytes);
    insert.bindValue(3, static_cast<qint64>(bytes.size()));
    insert.bindValue(
        4, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    insert.bindValue(5, now);
    if (!Database::exec(insert))
        return ServiceError::internal();
    if (!replaceImage(itemId, *oldImageId, insert.lastInsertId().toLongLong(), now))
        return ServiceError::internal();
    const Outcome<MallItem> after = ItemService::find(itemId);
    if (!after.ok())
        return after.error();
    AuditRecord audit = auditOf(actor, clientAddress, "item.image", itemId);
    audit.before = imageJson(before.value());
    audit.after = imageJson(after.value());
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return after;
}

Outcome<MallItem> ItemImageService::remove(const UserInfo &actor, const QString &clientAddress, qint64 itemId)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    const Outcome<MallItem> before = ItemService::find(itemId);
    if (!before.ok())
        return before.error();
    if (!before.value().image)
        return before; // nothing to remove: the answer is the same as after a removal
    bool failed = false;
    const std::optional<qint64> oldImageId = currentImageId(itemId, &failed);
    if (failed || !oldImageId || !replaceImage(itemId, *oldImageId, 0, QDateTime::currentMSecsSinceEpoch()))
        return ServiceError::internal();
    const Outcome<MallItem> after = ItemService::find(itemId);
    if (!after.ok())
        return after.error();
    AuditRecord audit = auditOf(actor, clientAddress, "item.image.remove", itemId);
    audit.before = imageJson(before.value());
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return after;
}

Outcome<StoredImage> ItemImageService::get(qint64 itemId)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT img.bytes, img.content_type, img.sha256 FROM items i "
                                 "JOIN item_images img ON img.id = i.image_id WHERE i.id = ?"));
    query.bindValue(0, itemId);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next())
        return ServiceError::notFound();
    return StoredImage{query.value(0).toByteArray(), query.value(1).toString(),
                       ItemImage::tagFor(query.value(2).toString())};
}

} // namespace loyalty::server
