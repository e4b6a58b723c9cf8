#include "ui/TierConditionDelegate.h"

#include "models/TierConditionModel.h"
#include "models/TierMetricText.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace loyalty {

namespace {
bool isWeighted(const QModelIndex &index)
{
    return index.model()->columnCount() == 2;
}
} // namespace

TierConditionDelegate::TierConditionDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *TierConditionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    if (index.column() == TierConditionModel::MetricColumn) {
        auto *combo = new QComboBox(parent);
        for (TierMetric metric : kAllTierMetrics)
            combo->addItem(TierMetricText::label(metric), int(metric));
        return combo;
    }
    if (!isWeighted(index) && index.column() == TierConditionModel::OperatorColumn) {
        auto *combo = new QComboBox(parent);
        combo->addItem(TierConditionModel::operatorText(TierRule::Op::AtLeast), int(TierRule::Op::AtLeast));
        combo->addItem(TierConditionModel::operatorText(TierRule::Op::MoreThan), int(TierRule::Op::MoreThan));
        return combo;
    }
    auto *spin = new QDoubleSpinBox(parent);
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setGroupSeparatorShown(true);
    if (isWeighted(index)) {
        spin->setDecimals(4);
        spin->setRange(0, 1000000);
        spin->setSingleStep(0.1);
    } else if (index.data(TierConditionModel::IsMoneyRole).toBool()) {
        spin->setDecimals(2);
        spin->setRange(0, 1e11);
        spin->setPrefix(QStringLiteral("¥"));
        spin->setSingleStep(100);
    } else {
        spin->setDecimals(0);
        spin->setRange(0, 1e12);
    }
    Q_UNUSED(option)
    return spin;
}

void TierConditionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        spin->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TierConditionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace loyalty
