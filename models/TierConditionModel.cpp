#include "models/TierConditionModel.h"

#include "models/TierMetricText.h"

#include <QLocale>

#include <cmath>

namespace loyalty {

namespace {
// A number from the editor or from typed text ("1,200.50" in the UI language, or "1200.50").
bool readNumber(const QVariant &value, double *number)
{
    bool ok = false;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed().remove(QStringLiteral("¥"));
        *number = QLocale().toDouble(text, &ok);
        if (!ok)
            *number = text.toDouble(&ok);
    } else {
        *number = value.toDouble(&ok);
    }
    return ok && std::isfinite(*number);
}
} // namespace

TierConditionModel::TierConditionModel(QObject *parent) : QAbstractTableModel(parent) {}

void TierConditionModel::setRule(const TierRule &rule)
{
    beginResetModel();
    m_rule = rule;
    endResetModel();
}

void TierConditionModel::setKind(TierRule::Kind kind)
{
    if (kind == m_rule.kind)
        return;
    const bool reshape = (kind == TierRule::Kind::Weighted) != weighted();
    if (reshape)
        beginResetModel();
    m_rule.kind = kind;
    if (reshape)
        endResetModel();
    Q_EMIT edited();
}

void TierConditionModel::setThreshold(double threshold)
{
    if (threshold == m_rule.threshold)
        return;
    m_rule.threshold = threshold;
    Q_EMIT edited();
}

TierMetric TierConditionModel::metricAt(int row) const
{
    return weighted() ? m_rule.weights.at(row).metric : m_rule.conditions.at(row).metric;
}

QString TierConditionModel::operatorText(TierRule::Op op)
{
    return op == TierRule::Op::AtLeast ? QStringLiteral("≥") : QStringLiteral(">");
}

int TierConditionModel::addRow()
{
    const int row = rowCount();
    return insertRows(row, 1) ? row : -1;
}

int TierConditionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(weighted() ? m_rule.weights.size() : m_rule.conditions.size());
}

int TierConditionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (weighted() ? 2 : 3);
}

QVariant TierConditionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierMetric metric = metricAt(index.row());
    switch (role) {
    case MetricRole:
        return int(metric);
    case IsMoneyRole:
        return TierMetricText::isMoney(metric);
    case Qt::TextAlignmentRole:
        if (index.column() != MetricColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    if (index.column() == MetricColumn)
        return edit ? QVariant(int(metric)) : QVariant(TierMetricText::label(metric));
    if (weighted()) {
        const double weight = m_rule.weights.at(index.row()).weight;
        return edit ? QVariant(weight) : QVariant(QLocale().toString(weight, 'g', 6));
    }
    const TierRule::Condition &condition = m_rule.conditions.at(index.row());
    if (index.column() == OperatorColumn)
        return edit ? QVariant(int(condition.op)) : QVariant(operatorText(condition.op));
    if (edit)
        return TierMetricText::isMoney(metric) ? QVariant(double(condition.value) / 100.0)
                                               : QVariant(double(condition.value));
    return TierMetricText::valueText(metric, condition.value);
}

bool TierConditionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    if (index.column() == MetricColumn) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 0 || number >= int(kAllTierMetrics.size()))
            return false;
        const TierMetric metric = TierMetric(number);
        if (metric == metricAt(row))
            return true;
        if (weighted()) {
            m_rule.weights[row].metric = metric;
        } else {
            TierRule::Condition &condition = m_rule.conditions[row];
            // Keep the number the user sees: 2,000 yuan becomes 2,000 orders, not 200,000.
            const bool wasMoney = TierMetricText::isMoney(condition.metric);
            const bool isMoney = TierMetricText::isMoney(metric);
            if (wasMoney && !isMoney)
                condition.value = condition.value / 100;
            else if (!wasMoney && isMoney)
                condition.value = condition.value * 100;
            condition.metric = metric;
        }
    } else if (weighted()) {
        double weight = 0;
        if (!readNumber(value, &weight))
            return false;
        if (weight == m_rule.weights.at(row).weight)
            return true;
        m_rule.weights[row].weight = weight;
    } else if (index.column() == OperatorColumn) {
        bool ok = false;
        const int op = value.toInt(&ok);
        if (!ok || (op != int(TierRule::Op::AtLeast) && op != int(TierRule::Op::MoreThan)))
            return false;
        if (TierRule::Op(op) == m_rule.conditions.at(row).op)
            return true;
        m_rule.conditions[row].op = TierRule::Op(op);
    } else {
        double number = 0;
        if (!readNumber(value, &number))
            return false; // the old value stays
        TierRule::Condition &condition = m_rule.conditions[row];
        const qint64 stored =
            TierMetricText::isMoney(condition.metric) ? qRound64(number * 100.0) : qRound64(number);
        if (stored == condition.value)
            return true;
        condition.value = stored;
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags TierConditionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TierConditionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == MetricColumn)
        return tr("Metric");
    if (weighted())
        return section == WeightColumn ? tr("Weight") : QVariant();
    if (section == OperatorColumn)
        return tr("Compare");
    if (section == ValueColumn)
        return tr("Value");
    return {};
}

bool TierConditionModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        // The first metric no row asks about yet: a new row rarely repeats one.
        TierMetric metric = TierMetric::CumulativeSpend;
        for (TierMetric candidate : kAllTierMetrics) {
            bool used = false;
            for (int other = 0; other < rowCount(); ++other)
                used = used || metricAt(other) == candidate;
            if (!used) {
                metric = candidate;
                break;
            }
        }
        if (weighted())
            m_rule.weights.insert(row + i, {metric, 1.0});
        else
            m_rule.conditions.insert(row + i, {metric, TierRule::Op::AtLeast, 0});
    }
    endInsertRows();
    Q_EMIT edited();
    return true;
}

bool TierConditionModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    if (weighted())
        m_rule.weights.remove(row, count);
    else
        m_rule.conditions.remove(row, count);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

} // namespace loyalty
