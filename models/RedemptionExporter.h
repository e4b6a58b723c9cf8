#pragma once

#include "client/RedemptionRecord.h"
#include "client/RedemptionsJob.h"
#include "models/ListExporter.h"

namespace loyalty {

// Exports every redemption the Redemptions pane's filter lets through to CSV (see ListExporter for how).
class RedemptionExporter : public ListExporter
{
    Q_OBJECT
public:
    using ListExporter::ListExporter;

    // False when an export is already running.
    bool start(const RedemptionsJob::Filter &filter, const QString &filePath);

    // The CSV's columns (stable names, for the programs that read the file) and one redemption as a record.
    static QStringList header();
    static QStringList record(const RedemptionRecord &record);

protected:
    QStringList columns() const override { return header(); }
    ApiJob *pageJob(const QString &cursor, int limit) override;
    QString readPage(ApiJob *job, QList<QStringList> *records) const override;
    QString doneMessage(int rows, const QString &nativePath) const override;

private:
    RedemptionsJob::Filter m_filter;
};

} // namespace loyalty
