#pragma once

#include "client/CatalogueItem.h"
#include "client/ItemListFilter.h"
#include "models/ListExporter.h"

namespace loyalty {

// Exports every catalogue item the filter lets through to CSV (see ListExporter for how).
class MallItemExporter : public ListExporter
{
    Q_OBJECT
public:
    using ListExporter::ListExporter;

    // False when an export is already running.
    bool start(const ItemListFilter &filter, const QString &filePath);

    // The CSV's columns (stable names, for the programs that read the file) and one item as a record.
    static QStringList header();
    static QStringList record(const CatalogueItem &item);

protected:
    QStringList columns() const override { return header(); }
    ApiJob *pageJob(const QString &cursor, int limit) override;
    QString readPage(ApiJob *job, QList<QStringList> *records) const override;
    QString doneMessage(int rows, const QString &nativePath) const override;

private:
    ItemListFilter m_filter;
};

} // namespace loyalty
