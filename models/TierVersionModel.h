#pragma once

#include "core/TierVersion.h"

#include <QAbstractTableModel>

namespace loyalty {

// The published versions of the ladder, newest first: version, when and by whom it was published, and
// the note (a restore says which version it brought back).
class TierVersionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        VersionColumn,
        PublishedAtColumn,
        PublishedByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        VersionRole = Qt::UserRole + 1
    };

    explicit TierVersionModel(QObject *parent = nullptr);

    void setVersions(const QList<TierVersion> &versions);
    void appendVersions(const QList<TierVersion> &versions);
    TierVersion versionAt(int row) const { return m_versions.value(row); }
    int rowOfVersion(int version) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TierVersion> m_versions;
};

} // namespace loyalty
