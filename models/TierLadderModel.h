#pragma once

#include "core/ReportedViolation.h"
#include "core/TierDefinition.h"

#include <QAbstractTableModel>

namespace loyalty {

// The tier ladder as a table, one row per tier in rank order: rank, the name in the three languages,
// colour (a swatch), icon, points multiplier and a summary of the benefits. Names, colour, icon and
// multiplier are edited in place; rules and benefits through setTier(). Tiers are added, removed and
// moved within TierLadder's 3 to 5, and ranks always run 1, 2, 3… in row order. Cells a violation
// names ("tiers[2].name") are marked, with the sentence as their tooltip.
class TierLadderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        NameZhCNColumn,
        NameZhTWColumn,
        NameEnColumn,
        ColorColumn,
        IconColumn,
        MultiplierColumn,
        BenefitsColumn,
        ColumnCount
    };
    enum Role
    {
        ProblemRole = Qt::UserRole + 1 // the sentences about this cell, joined; empty when none
    };

    explicit TierLadderModel(QObject *parent = nullptr);

    void setTiers(const QList<TierDefinition> &tiers); // sorted by rank, ranks renumbered
    QList<TierDefinition> tiers() const { return m_tiers; }
    TierDefinition tierAt(int row) const { return m_tiers.value(row); }
    // Replaces a tier's definition (its rank stays the row's).
    void setTier(int row, const TierDefinition &tier);

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    bool canInsertTier() const;
    bool canRemoveTier() const;
    // Inserts a new tier (named after its rank, no rules yet) at `row`; false when the ladder is full.
    bool insertTier(int row);
    bool removeTier(int row);
    // Moves a tier one up or down the ladder (toward a higher rank when `up`).
    bool moveTier(int row, bool up);

    void setProblems(const QList<ReportedViolation> &problems);
    // The sentences about this row's tier (any part of it), or about one part ("upgrade", "retention",
    // "benefits", "name"...).
    QStringList problemsOf(int row, const QString &part = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // "1.5×", "¥" discount and the flags, in one line.
    static QString benefitsSummary(const TierBenefits &benefits);
    static QString multiplierText(double multiplier);

Q_SIGNALS:
    // Any edit of the ladder (not setTiers()).
    void edited();

private:
    void renumber();
    QString columnPart(int column) const;

    QList<TierDefinition> m_tiers;
    QList<ReportedViolation> m_problems;
    bool m_readOnly = false;
};

} // namespace loyalty
