#pragma once

#include "server/PageCursor.h"

#include <QList>
#include <QSqlQuery>

namespace loyalty::server {

// A page of rows ordered by id, whose cursor is the last row's id.
template <typename Item> struct IdPage
{
    QList<Item> items;
    QString nextCursor; // empty on the last page
};

// Reads a page from a query that asked for `limit + 1` rows: the extra row only says that a next page
// exists. `read` turns the current row into an Item (which has an `id`).
template <typename Item, typename Read> IdPage<Item> readIdPage(QSqlQuery &query, int limit, Read read)
{
    IdPage<Item> page;
    while (query.next()) {
        if (page.items.size() == limit) {
            PageCursor cursor;
            cursor.id = page.items.constLast().id;
            page.nextCursor = cursor.encode();
            break;
        }
        page.items.append(read(query));
    }
    return page;
}

} // namespace loyalty::server
