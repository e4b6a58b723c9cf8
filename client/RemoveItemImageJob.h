#pragma once

#include "client/ApiJob.h"
#include "client/CatalogueItem.h"

namespace loyalty {

// DELETE /v1/items/{id}/image: the item no longer has a picture; answers the item. Safe to repeat.
class RemoveItemImageJob : public ApiJob
{
    Q_OBJECT
public:
    RemoveItemImageJob(ApiClient *client, qint64 itemId, QObject *parent = nullptr);

    CatalogueItem item() const { return m_item; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    CatalogueItem m_item;
};

} // namespace loyalty
