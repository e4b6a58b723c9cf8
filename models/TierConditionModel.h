#pragma once

#include "core/TierRule.h"

#include <QAbstractTableModel>

namespace loyalty {

// One tier rule's rows for the rule editor: metric / operator / value for an any-of or all-of rule,
// metric / weight for a weighted score (its threshold is set with setThreshold()). Money metrics are
// shown and edited in yuan and kept in fen; switching a row between a money metric and another keeps
// the number the user sees.
class TierConditionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        OperatorColumn, // conditions
        ValueColumn,    // conditions
        WeightColumn = 1
    };
    enum Role
    {
        MetricRole = Qt::UserRole + 1, // int(TierMetric) of the row
        IsMoneyRole                    // the value is money (edited in yuan)
    };

    explicit TierConditionModel(QObject *parent = nullptr);

    void setRule(const TierRule &rule);
    TierRule rule() const { return m_rule; }
    // Switching keeps both lists: going back to conditions finds them as they were.
    void setKind(TierRule::Kind kind);
    TierRule::Kind kind() const { return m_rule.kind; }
    void setThreshold(double threshold);

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Adds a row (the first metric no row uses yet, >= 0, or weight 1) and returns it.
    int addRow();

    static QString operatorText(TierRule::Op op);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    // The rule changed by an edit (not setRule()).
    void edited();

private:
    bool weighted() const { return m_rule.kind == TierRule::Kind::Weighted; }
    TierMetric metricAt(int row) const;

    TierRule m_rule;
    bool m_readOnly = false;
};

} // namespace loyalty
