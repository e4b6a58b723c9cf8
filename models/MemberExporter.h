#pragma once

#include "core/Member.h"
#include "models/ListExporter.h"

namespace loyalty {

// Exports every member matching a search (as typed in the Members pane) to CSV, phones masked as the
// server sends them (see ListExporter for how).
class MemberExporter : public ListExporter
{
    Q_OBJECT
public:
    using ListExporter::ListExporter;

    bool start(const QString &query, const QString &filePath);

    static QStringList header();
    static QStringList record(const Member &member);

protected:
    QStringList columns() const override { return header(); }
    ApiJob *pageJob(const QString &cursor, int limit) override;
    QString readPage(ApiJob *job, QList<QStringList> *records) const override;
    QString doneMessage(int rows, const QString &nativePath) const override;

private:
    QString m_query;
};

} // namespace loyalty
