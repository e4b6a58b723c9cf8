#pragma once

#include "core/AuditEntry.h"
#include "core/AuditFilter.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QSaveFile;

namespace loyalty {

class ApiClient;
class AuditJob;
class CsvWriter;

// Exports every row of an audit filter (not only those a view has loaded) to a CSV file: pages come from
// the server one after another and are written as they arrive, into a QSaveFile, so a cancelled or failed
// export leaves no half-written file behind (and an existing file at that path untouched).
class AuditExporter : public QObject
{
    Q_OBJECT
public:
    explicit AuditExporter(ApiClient *client, QObject *parent = nullptr);
    ~AuditExporter() override;

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    // Starts the export; progress() and finished() follow (finished() also for a file that cannot be
    // created, after start() has returned). False when an export is already running.
    bool start(const AuditFilter &filter, const QString &filePath);
    // Stops, discards what was written, and emits finished(false, ...).
    void cancel();

    bool isRunning() const { return m_running; }
    int rowsWritten() const { return m_rowsWritten; }
    QString filePath() const { return m_filePath; }

    // The CSV's columns (stable names, for the programs that read the file) and one entry as a record.
    static QStringList header();
    static QStringList record(const AuditEntry &entry);

Q_SIGNALS:
    void progress(int rowsWritten);
    void finished(bool ok, const QString &message);

private:
    void requestPage();
    void fail(const QString &message);
    void failLater(const QString &reason);
    QString cannotWrite(const QString &reason) const;
    void succeed();
    void finish(bool ok, const QString &message);

    QPointer<ApiClient> m_client;
    int m_pageSize = 500;
    AuditFilter m_filter;
    QString m_filePath;
    QString m_cursor;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    QPointer<AuditJob> m_job;
    bool m_running = false;
    int m_rowsWritten = 0;
};

} // namespace loyalty
