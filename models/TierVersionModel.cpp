#include "models/TierVersionModel.h"

#include <QLocale>

namespace loyalty {

TierVersionModel::TierVersionModel(QObject *parent) : QAbstractTableModel(parent) {}

void TierVersionModel::setVersions(const QList<TierVersion> &versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

void TierVersionModel::appendVersions(const QList<TierVersion> &versions)
{
    if (versions.isEmpty())
        return;
    beginInsertRows({}, int(m_versions.size()), int(m_versions.size() + versions.size()) - 1);
    m_versions.append(versions);
    endInsertRows();
}

int TierVersionModel::rowOfVersion(int version) const
{
    for (qsizetype row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).version == version)
            return int(row);
    }
    return -1;
}

int TierVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int TierVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierVersion &version = m_versions.at(index.row());
    if (role == VersionRole)
        return version.version;
    if (role == Qt::ToolTipRole && index.column() == PublishedAtColumn)
        return QLocale().toString(version.publishedAt.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return version.version;
    case PublishedAtColumn:
        return QLocale().toString(version.publishedAt.toLocalTime(), QLocale::ShortFormat);
    case PublishedByColumn:
        return version.publishedBy;
    case NoteColumn: {
        QString note = version.note;
        note.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (version.restoredFrom)
            //: a version that brought back an older one: "Restored from version 1" and the note
            note = note.isEmpty() ? tr("Restored from version %1").arg(*version.restoredFrom)
                                  : tr("Restored from version %1: %2").arg(*version.restoredFrom).arg(note);
        return note;
    }
    default:
        return {};
    }
}

QVariant TierVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case PublishedAtColumn:
        return tr("Published");
    case PublishedByColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace loyalty
