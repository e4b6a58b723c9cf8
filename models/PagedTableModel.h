#pragma once

#include "client/ApiJob.h"
#include "client/ConnectionMonitor.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace loyalty {

// What the member list and the ledger share: rows arrive a page at a time, from the server by cursor
// while online, or from the local cache by offset while offline. A generation number drops answers
// that arrive after the query changed.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PagedTableModel(ConnectionMonitor *connection, QObject *parent = nullptr);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_loading; }
    // True when the rows come from the local cache; dataAsOf() tells how old they are.
    bool isShowingCache() const { return m_fromCache; }
    QDateTime dataAsOf() const { return m_dataAsOf; }
    QString lastError() const { return m_lastError; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    // Starts over from the first page (a new query, F5, or the connection came back).
    void reload();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void sourceChanged(bool fromCache, const QDateTime &dataAsOf);
    void errorOccurred(const QString &message);

protected:
    virtual void clearRows() = 0;
    virtual bool hasQuery() const { return true; }
    virtual void requestServerPage(const QString &cursor, int generation) = 0;
    virtual void requestCachePage(int offset, int generation) = 0;
    virtual int loadedRowCount() const = 0;

    // Subclasses call these when a page arrives (after inserting its rows) or fails.
    bool isCurrent(int generation) const { return generation == m_generation; }
    void serverPageArrived(int generation, const QString &nextCursor);
    void cachePageArrived(int generation, int rowsInPage, const QDateTime &dataAsOf);
    // The server could not be reached: fall back to the cache from the first page.
    void serverUnreachable(int generation);
    void pageFailed(int generation, const QString &message);

    // Starts a page job and handles its answer the same way for every paged model: stale answers are
    // dropped, an unreachable server falls back to the cache, a refusal becomes the error line, and a
    // page goes to `deliver` (which inserts its rows) before the cursor moves on.
    template <typename Job, typename Deliver> void fetchServerPage(Job *job, int generation, Deliver deliver)
    {
        connect(job, &ApiJob::finished, this, [this, generation, deliver](ApiJob *finished) {
            if (!isCurrent(generation))
                return;
            if (finished->unreachable()) {
                serverUnreachable(generation);
                return;
            }
            if (!finished->succeeded()) {
                pageFailed(generation, finished->errorText());
                return;
            }
            auto *page = static_cast<Job *>(finished);
            deliver(*page);
            serverPageArrived(generation, page->nextCursor());
        });
        job->start();
    }

private:
    void setLoading(bool loading);
    void setSource(bool fromCache, const QDateTime &asOf);
    void requestNextPage();

    QPointer<ConnectionMonitor> m_connection;
    int m_generation = 0;
    int m_pageSize = 100;
    bool m_loading = false;
    bool m_fromCache = false;
    bool m_hasMore = false;
    bool m_started = false;
    QString m_cursor;
    QDateTime m_dataAsOf;
    QString m_lastError;
};

} // namespace loyalty
