#pragma once

#include "core/AuditEntry.h"
#include "core/AuditFilter.h"
#include "models/ListExporter.h"

namespace loyalty {

// Exports every row of an audit filter to CSV (see ListExporter for how).
class AuditExporter : public ListExporter
{
    Q_OBJECT
public:
    using ListExporter::ListExporter;

    // False when an export is already running.
    bool start(const AuditFilter &filter, const QString &filePath);

    // The CSV's columns (stable names, for the programs that read the file) and one entry as a record.
    static QStringList header();
    static QStringList record(const AuditEntry &entry);

protected:
    QStringList columns() const override { return header(); }
    ApiJob *pageJob(const QString &cursor, int limit) override;
    QString readPage(ApiJob *job, QList<QStringList> *records) const override;
    QString doneMessage(int rows, const QString &nativePath) const override;

private:
    AuditFilter m_filter;
};

} // namespace loyalty
