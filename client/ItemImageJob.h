#pragma once

#include "client/ApiJob.h"
#include "client/CatalogueItem.h"
#include "core/ItemImage.h"

namespace loyalty {

// PUT /v1/items/{id}/image: the picture's bytes as they are, with their Content-Type (image/png,
// image/jpeg or image/webp, at most 512 KiB); answers the item with its new image. Refusals: 415
// image_type (not one of those, or the bytes are not what the type says), 413 image_too_large.
// Not retried on its own (only GETs and keyed writes are); sending again is harmless.
class ItemImageJob : public ApiJob
{
    Q_OBJECT
public:
    ItemImageJob(ApiClient *client, qint64 itemId, const QByteArray &bytes, const QByteArray &contentType,
                 QObject *parent = nullptr);

    CatalogueItem item() const { return m_item; }

    static constexpr qint64 kMaxBytes = ItemImage::kMaxBytes;
    // The Content-Type for a file's bytes by their magic numbers (as the server checks them); empty when
    // they are none of the three.
    static QByteArray contentTypeOf(const QByteArray &bytes)
    {
        return ItemImage::sniffContentType(bytes).toLatin1();
    }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    CatalogueItem m_item;
};

} // namespace loyalty
