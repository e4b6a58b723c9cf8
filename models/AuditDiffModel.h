#pragma once

#include "core/AuditEntry.h"

#include <QAbstractTableModel>
#include <QJsonValue>

namespace loyalty {

// One audit row's before and after side by side: a row per top-level field of either (sorted), the
// fields that changed highlighted.
class AuditDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum Role
    {
        ChangedRole = Qt::UserRole + 1 // bool: the field differs between before and after
    };

    explicit AuditDiffModel(QObject *parent = nullptr);

    void setEntry(const AuditEntry &entry);
    void clear();
    AuditEntry entry() const { return m_entry; }
    QString fieldAt(int row) const { return m_fields.value(row); }
    int rowOfField(const QString &field) const { return int(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How a value reads in a cell: strings as they are, numbers, booleans and null as JSON, objects and
    // arrays as compact JSON, nothing for an absent value.
    static QString valueText(const QJsonValue &value);

private:
    AuditEntry m_entry;
    QStringList m_fields;
    QStringList m_changed;
};

} // namespace loyalty
