#pragma once

#include "core/MallItem.h"
#include "core/UserInfo.h"
#include "server/Outcome.h"

#include <QByteArray>
#include <QString>

namespace loyalty::server {

// An item's image bytes as served by GET /v1/items/{id}/image.
struct StoredImage
{
    QByteArray bytes;
    QString contentType;
    QString tag; // ItemImage::tag: what the image URL's ?v= carries
};

// Item images, stored by the server in item_images: PNG, JPEG or WebP by their magic bytes, and sent
// with the matching Content-Type, at most ItemImage::kMaxBytes. Replacing or removing one deletes the
// old bytes; the item's version does not move (an image is not an edit an editor could overwrite).
class ItemImageService
{
public:
    // 200 with the item; 415 image_type (not one of the three, or the Content-Type says something
    // else than the bytes), 413 image_too_large; 404 for an unknown item. Audited as item.image.
    static Outcome<MallItem> put(const UserInfo &actor, const QString &clientAddress, qint64 itemId,
                                 const QByteArray &bytes, const QString &contentType);
    // The item without an image (also when it had none). Audited as item.image.remove when one went.
    static Outcome<MallItem> remove(const UserInfo &actor, const QString &clientAddress, qint64 itemId);
    // 404 for an unknown item or one without an image.
    static Outcome<StoredImage> get(qint64 itemId);
};

} // namespace loyalty::server
