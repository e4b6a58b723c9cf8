#include "models/ListExporter.h"

#include "client/ApiJob.h"
#include "models/CsvWriter.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

namespace loyalty {

namespace {
Q_LOGGING_CATEGORY(lcExport, "loyalty.models.export")
}

ListExporter::ListExporter(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

ListExporter::~ListExporter()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_file)
        m_file->cancelWriting(); // never commit a half export
}

bool ListExporter::startExport(const QString &filePath)
{
    if (m_running)
        return false;
    m_running = true;
    m_filePath = filePath;
    m_cursor.clear();
    m_rowsWritten = 0;
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        failLater(m_file->errorString());
        return true;
    }
    m_writer = std::make_unique<CsvWriter>(m_file.get());
    // Names typed by people (even mistyped ones from failed sign-ins) land in the file: keep spreadsheets
    // from running them as formulas.
    m_writer->setFormulaGuard(true);
    if (!m_writer->writeHeader(columns())) {
        failLater(m_writer->errorString());
        return true;
    }
    qCInfo(lcExport) << "exporting to" << filePath;
    requestPage();
    Q_EMIT progress(0); // watchers show the running state at once
    return true;
}

void ListExporter::failLater(const QString &reason)
{
    // Reported after start returned, like every other outcome (unless cancelled meanwhile).
    QTimer::singleShot(0, this, [this, reason] {
        if (m_running)
            fail(cannotWrite(reason));
    });
}

QString ListExporter::cannotWrite(const QString &reason) const
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_filePath), reason);
}

void ListExporter::requestPage()
{
    ApiJob *job = pageJob(m_cursor, m_pageSize);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_job = nullptr;
        if (!m_running)
            return;
        if (!finished->succeeded()) {
            fail(tr("%1 The export stopped; no file was written.").arg(finished->errorText()));
            return;
        }
        QList<QStringList> records;
        m_cursor = readPage(finished, &records);
        for (const QStringList &record : std::as_const(records)) {
            if (!m_writer->writeRow(record)) {
                fail(cannotWrite(m_writer->errorString()));
                return;
            }
        }
        m_rowsWritten += int(records.size());
        Q_EMIT progress(m_rowsWritten);
        if (m_cursor.isEmpty())
            succeed();
        else
            requestPage();
    });
    job->start();
}

void ListExporter::cancel()
{
    if (!m_running)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    fail(tr("Export cancelled; no file was written."));
}

void ListExporter::fail(const QString &message)
{
    if (m_file)
        m_file->cancelWriting();
    m_writer.reset();
    m_file.reset();
    qCInfo(lcExport) << "export failed:" << message;
    finish(false, message);
}

void ListExporter::succeed()
{
    m_writer.reset();
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        finish(false, cannotWrite(reason));
        return;
    }
    m_file.reset();
    qCInfo(lcExport) << "exported" << m_rowsWritten << "rows to" << m_filePath;
    finish(true, doneMessage(m_rowsWritten, QDir::toNativeSeparators(m_filePath)));
}

void ListExporter::finish(bool ok, const QString &message)
{
    m_running = false;
    Q_EMIT finished(ok, message);
}

} // namespace loyalty
