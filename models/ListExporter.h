#pragma once

#include "client/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace loyalty {

class ApiJob;
class CsvWriter;

// Exports every row of a server list (not only those a view has loaded) to a CSV file: pages come one
// after another and are written as they arrive, into a QSaveFile, so a cancelled or failed export leaves
// no half-written file behind (and an existing file at that path untouched). Subclasses say which job
// fetches a page and how a row becomes a record.
class ListExporter : public QObject
{
    Q_OBJECT
public:
    explicit ListExporter(ApiClient *client, QObject *parent = nullptr);
    ~ListExporter() override;

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    // Stops, discards what was written, and emits finished(false, ...).
    void cancel();

    bool isRunning() const { return m_running; }
    int rowsWritten() const { return m_rowsWritten; }
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    void progress(int rowsWritten);
    void finished(bool ok, const QString &message);

protected:
    // Starts the export; progress() and finished() follow (finished() also for a file that cannot be
    // created, after this has returned). False when an export is already running.
    bool startExport(const QString &filePath);
    ApiClient *client() const { return m_client; }

    virtual QStringList columns() const = 0;
    // A job (not started) for one page.
    virtual ApiJob *pageJob(const QString &cursor, int limit) = 0;
    // The records of a finished page; returns the next cursor (empty on the last page).
    virtual QString readPage(ApiJob *job, QList<QStringList> *records) const = 0;
    virtual QString doneMessage(int rows, const QString &nativePath) const = 0;

private:
    void requestPage();
    void fail(const QString &message);
    void failLater(const QString &reason);
    QString cannotWrite(const QString &reason) const;
    void succeed();
    void finish(bool ok, const QString &message);

    QPointer<ApiClient> m_client;
    int m_pageSize = 500;
    QString m_filePath;
    QString m_cursor;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    QPointer<ApiJob> m_job;
    bool m_running = false;
    int m_rowsWritten = 0;
};

} // namespace loyalty
