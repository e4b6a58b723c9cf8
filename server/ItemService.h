#pragma once

#include "core/ItemCategory.h"
#include "core/MallItem.h"
#include "core/PriceBand.h"
#include "core/UserInfo.h"
#include "server/IdPage.h"
#include "server/IdempotentWrite.h"
#include "server/Outcome.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace loyalty::server {

// The filters of GET /v1/items: category, band (low|mid|high), shelf (on|off: the switch; onShelf: on
// and inside the schedule now), lowStock=true, q (a part of the name). Empty parameters do not filter.
struct ItemListFilter
{
    enum class Shelf
    {
        Any,
        On,
        Off,
        OnShelf
    };
    std::optional<ItemCategory> category;
    std::optional<PriceBand> band;
    Shelf shelf = Shelf::Any;
    bool lowStockOnly = false;
    QString nameContains;

    static std::optional<ServiceError> fromQuery(const QUrlQuery &query, ItemListFilter *filter);
};

using ItemPage = IdPage<MallItem>;

struct ItemCreateCommand
{
    UserInfo actor;
    QString clientAddress;
    QJsonObject body; // the item's fields, and initialStock
    IdempotencyGuard guard;
};

// The mall catalogue (core MallItem). The server owns id, stock, image, version and the times: what
// clients send for them is ignored. Edits are optimistic (`version`); stock moves only through
// StockService; every write is audited (entity "item").
class ItemService
{
public:
    static Outcome<ItemPage> list(const ItemListFilter &filter, int limit,
                                  const std::optional<PageCursor> &after);
    // On this thread's connection: inside a caller's transaction it sees that transaction's writes.
    static Outcome<MallItem> find(qint64 id);
    // 201 with the item; 400 with every violation (error.violations; error.field the first). An
    // initialStock above zero is the item's first inbound movement ("initial stock").
    static Outcome<WriteResult> create(const ItemCreateCommand &command);
    // `changes` holds any item fields; the rest stay. 409 stale_version unless `version` is the current
    // one; 400 with every violation. Nothing changed: the item as it is (same version, no audit row).
    static Outcome<MallItem> update(const UserInfo &actor, const QString &clientAddress, qint64 id,
                                    qint64 version, const QJsonObject &changes);

    // The row of a valid item (stock 0, version 1), inside the caller's transaction; its id.
    static Outcome<qint64> insert(const MallItem &item, qint64 createdAtMs);

    // The violations of an item as a 400 answer: error.field and code the first, violations every one.
    static ServiceError invalid(const QList<Violation> &violations);
};

} // namespace loyalty::server
