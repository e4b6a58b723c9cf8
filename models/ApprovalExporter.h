#pragma once

#include "core/Approval.h"
#include "models/ListExporter.h"

namespace loyalty {

// Exports every approval in one status to CSV (see ListExporter for how).
class ApprovalExporter : public ListExporter
{
    Q_OBJECT
public:
    using ListExporter::ListExporter;

    // False when an export is already running.
    bool start(Approval::Status status, const QString &filePath);

    // The CSV's columns (stable names, for the programs that read the file) and one approval as a record.
    static QStringList header();
    static QStringList record(const Approval &approval);

protected:
    QStringList columns() const override { return header(); }
    ApiJob *pageJob(const QString &cursor, int limit) override;
    QString readPage(ApiJob *job, QList<QStringList> *records) const override;
    QString doneMessage(int rows, const QString &nativePath) const override;

private:
    Approval::Status m_status = Approval::Status::Pending;
};

} // namespace loyalty
