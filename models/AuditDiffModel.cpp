#include "models/AuditDiffModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loyalty {

AuditDiffModel::AuditDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditDiffModel::setEntry(const AuditEntry &entry)
{
    beginResetModel();
    m_entry = entry;
    QStringList fields = entry.before.keys();
    for (const QString &key : entry.after.keys()) {
        if (!entry.before.contains(key))
            fields.append(key);
    }
    fields.sort();
    m_fields = fields;
    m_changed = entry.changedFields();
    endResetModel();
}

void AuditDiffModel::clear()
{
    beginResetModel();
    m_entry = {};
    m_fields.clear();
    m_changed.clear();
    endResetModel();
}

int AuditDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int AuditDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditDiffModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: {
        // Numbers, booleans and null read as JSON writes them ("1500", "true", "null").
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
}

QVariant AuditDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &field = m_fields.at(index.row());
    const bool changed = m_changed.contains(field);
    switch (role) {
    case ChangedRole:
        return changed;
    case Qt::BackgroundRole:
        if (changed)
            return QBrush(QColor(0xff, 0xf1, 0xb8)); // a soft yellow marker, readable in light and dark
        return {};
    case Qt::ForegroundRole:
        if (changed)
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case Qt::FontRole:
        if (changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case FieldColumn:
        return field;
    case BeforeColumn:
        return valueText(m_entry.before.value(field));
    case AfterColumn:
        return valueText(m_entry.after.value(field));
    default:
        return {};
    }
}

QVariant AuditDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace loyalty
