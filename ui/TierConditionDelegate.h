#pragma once

#include <QStyledItemDelegate>

namespace loyalty {

// Editors for a rule's rows (TierConditionModel): a list of metrics, ≥ or >, and numbers: yuan with
// two decimals for money, whole numbers otherwise, a decimal weight for a weighted score.
class TierConditionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TierConditionDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace loyalty
