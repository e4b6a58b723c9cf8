#pragma once

#include "client/ApiJob.h"
#include "client/CatalogueItem.h"

namespace loyalty {

// GET /v1/items/{id}: one catalogue item as the server has it now (404 not_found when there is none).
class ItemJob : public ApiJob
{
    Q_OBJECT
public:
    ItemJob(ApiClient *client, qint64 itemId, QObject *parent = nullptr);

    CatalogueItem item() const { return m_item; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    CatalogueItem m_item;
};

} // namespace loyalty
