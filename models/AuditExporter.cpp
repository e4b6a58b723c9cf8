#include "models/AuditExporter.h"

#include "client/AuditJob.h"
#include "core/IsoTime.h"
#include "models/CsvWriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

namespace loyalty {

namespace {
Q_LOGGING_CATEGORY(lcAuditExport, "loyalty.models.audit")

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

AuditExporter::AuditExporter(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

AuditExporter::~AuditExporter()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_file)
        m_file->cancelWriting(); // never commit a half export
}

QStringList AuditExporter::header()
{
    return {QStringLiteral("time"),           QStringLiteral("user"),   QStringLiteral("client_address"),
            QStringLiteral("action"),         QStringLiteral("entity"), QStringLiteral("entity_id"),
            QStringLiteral("changed_fields"), QStringLiteral("before"), QStringLiteral("after")};
}

QStringList AuditExporter::record(const AuditEntry &entry)
{
    return {toIsoTime(entry.at),
            entry.actor,
            entry.clientAddress,
            entry.action,
            entry.entity,
            entry.entityId,
            entry.changedFields().join(QLatin1Char(';')),
            compactJson(entry.before),
            compactJson(entry.after)};
}

bool AuditExporter::start(const AuditFilter &filter, const QString &filePath)
{
    if (m_running)
        return false;
    m_running = true;
    m_filter = filter;
    m_filePath = filePath;
    m_cursor.clear();
    m_rowsWritten = 0;
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        failLater(m_file->errorString());
        return true;
    }
    m_writer = std::make_unique<CsvWriter>(m_file.get());
    // User names (even mistyped ones from failed sign-ins) land in the file: keep spreadsheets from
    // running them as formulas.
    m_writer->setFormulaGuard(true);
    if (!m_writer->writeHeader(header())) {
        failLater(m_writer->errorString());
        return true;
    }
    qCInfo(lcAuditExport) << "exporting the audit log to" << filePath;
    requestPage();
    return true;
}

void AuditExporter::failLater(const QString &reason)
{
    // Reported after start() returned, like every other outcome (unless cancelled meanwhile).
    QTimer::singleShot(0, this, [this, reason] {
        if (m_running)
            fail(cannotWrite(reason));
    });
}

QString AuditExporter::cannotWrite(const QString &reason) const
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_filePath), reason);
}

void AuditExporter::requestPage()
{
    auto *job = new AuditJob(m_client, m_filter, m_cursor, m_pageSize, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_job = nullptr;
        if (!m_running)
            return;
        if (!finished->succeeded()) {
            fail(tr("%1 The export stopped; no file was written.").arg(finished->errorText()));
            return;
        }
        auto *page = static_cast<AuditJob *>(finished);
        const QList<AuditEntry> entries = page->entries();
        for (const AuditEntry &entry : entries) {
            if (!m_writer->writeRow(record(entry))) {
                fail(cannotWrite(m_writer->errorString()));
                return;
            }
        }
        m_rowsWritten += int(entries.size());
        Q_EMIT progress(m_rowsWritten);
        m_cursor = page->nextCursor();
        if (m_cursor.isEmpty())
            succeed();
        else
            requestPage();
    });
    job->start();
}

void AuditExporter::cancel()
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

void AuditExporter::fail(const QString &message)
{
    if (m_file)
        m_file->cancelWriting();
    m_writer.reset();
    m_file.reset();
    qCInfo(lcAuditExport) << "audit export failed:" << message;
    finish(false, message);
}

void AuditExporter::succeed()
{
    m_writer.reset();
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        finish(false, cannotWrite(reason));
        return;
    }
    m_file.reset();
    qCInfo(lcAuditExport) << "exported" << m_rowsWritten << "audit rows to" << m_filePath;
    finish(true, tr("%Ln audit rows exported to %1.", nullptr, m_rowsWritten)
                     .arg(QDir::toNativeSeparators(m_filePath)));
}

void AuditExporter::finish(bool ok, const QString &message)
{
    m_running = false;
    Q_EMIT finished(ok, message);
}

} // namespace loyalty
