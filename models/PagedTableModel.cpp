#include "models/PagedTableModel.h"

#include "client/ConnectionMonitor.h"

namespace loyalty {

PagedTableModel::PagedTableModel(ConnectionMonitor *connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && m_hasMore && !m_loading;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestNextPage();
}

void PagedTableModel::reload()
{
    ++m_generation;
    // The paging state is reset before the reset is announced: views (and QAbstractItemModelTester) may
    // call fetchMore() from modelReset, and must not fetch the old query's next page for the new one.
    beginResetModel();
    clearRows();
    m_cursor.clear();
    m_lastError.clear();
    m_hasMore = false;
    m_started = hasQuery();
    endResetModel();
    setLoading(false);
    if (!m_started)
        return;
    const bool online = !m_connection || m_connection->isOnline();
    setSource(!online, online ? QDateTime() : m_dataAsOf);
    m_hasMore = true;
    requestNextPage();
}

void PagedTableModel::requestNextPage()
{
    setLoading(true);
    if (m_fromCache)
        requestCachePage(loadedRowCount(), m_generation);
    else
        requestServerPage(m_cursor, m_generation);
}

void PagedTableModel::serverPageArrived(int generation, const QString &nextCursor)
{
    if (!isCurrent(generation))
        return;
    m_cursor = nextCursor;
    m_hasMore = !nextCursor.isEmpty();
    setSource(false, QDateTime::currentDateTime());
    setLoading(false);
}

void PagedTableModel::cachePageArrived(int generation, int rowsInPage, const QDateTime &dataAsOf)
{
    if (!isCurrent(generation))
        return;
    m_hasMore = rowsInPage >= m_pageSize;
    setSource(true, dataAsOf);
    setLoading(false);
}

void PagedTableModel::serverUnreachable(int generation)
{
    if (!isCurrent(generation))
        return;
    // Start over from the cache: the rows shown so far came from the server and would mix sources.
    ++m_generation;
    beginResetModel();
    clearRows();
    m_hasMore = false; // nothing to fetch while the reset is announced (see reload())
    endResetModel();
    setSource(true, m_dataAsOf);
    m_hasMore = true;
    requestNextPage();
}

void PagedTableModel::pageFailed(int generation, const QString &message)
{
    if (!isCurrent(generation))
        return;
    m_hasMore = false;
    m_lastError = message;
    setLoading(false);
    Q_EMIT errorOccurred(message);
}

void PagedTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PagedTableModel::setSource(bool fromCache, const QDateTime &asOf)
{
    const bool changed = fromCache != m_fromCache || (fromCache && asOf != m_dataAsOf);
    m_fromCache = fromCache;
    m_dataAsOf = asOf;
    if (changed)
        Q_EMIT sourceChanged(fromCache, asOf);
}

} // namespace loyalty
