#pragma once

#include "client/CatalogueItem.h"
#include "client/ItemListFilter.h"
#include "client/PageJob.h"

namespace loyalty {

// GET /v1/items: one page of the catalogue, newest first, narrowed by the filter on the server.
class ItemsJob : public PageJob<CatalogueItem>
{
public:
    ItemsJob(ApiClient *client, const ItemListFilter &filter, const QString &cursor, int limit,
             QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/items"), queryFor(filter), cursor, limit, parent)
    {
    }

private:
    static QUrlQuery queryFor(const ItemListFilter &filter)
    {
        QUrlQuery query;
        filter.addTo(&query);
        return query;
    }
};

} // namespace loyalty
