#pragma once

#include "client/ApiJob.h"

namespace loyalty {

// GET of an item's picture (the image.url the item carries, "/v1/items/{id}/image?v=..."): the bytes
// with their Content-Type (the view decodes them). 404 when the item has no image.
class ItemImageBytesJob : public ApiJob
{
    Q_OBJECT
public:
    ItemImageBytesJob(ApiClient *client, const QString &imageUrl, QObject *parent = nullptr);

    QByteArray bytes() const { return m_bytes; }
    QByteArray contentType() const { return m_contentType; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;
    bool parseBytes(int httpStatus, const QByteArray &bytes, const QByteArray &contentType) override;

private:
    QByteArray m_bytes;
    QByteArray m_contentType;
};

} // namespace loyalty
