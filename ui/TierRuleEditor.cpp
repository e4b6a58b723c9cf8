#include "ui/TierRuleEditor.h"

#include "models/TierConditionModel.h"
#include "ui/TierConditionDelegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace loyalty {

TierRuleEditor::TierRuleEditor(QWidget *parent)
    : QWidget(parent), m_model(new TierConditionModel(this)), m_kindCaption(new QLabel(this)),
      m_kind(new QComboBox(this)), m_rows(new QTableView(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_thresholdCaption(new QLabel(this)),
      m_threshold(new QDoubleSpinBox(this)), m_emptyHint(new QLabel(this)), m_problems(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_kindCaption->setBuddy(m_kind);
    m_rows->setObjectName(QStringLiteral("ruleRows"));
    m_rows->setModel(m_model);
    m_rows->setItemDelegate(new TierConditionDelegate(m_rows));
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setMinimumHeight(90);
    m_add->setObjectName(QStringLiteral("ruleAddRow"));
    m_remove->setObjectName(QStringLiteral("ruleRemoveRow"));
    for (QPushButton *button : {m_add, m_remove})
        button->setAutoDefault(false);
    m_threshold->setObjectName(QStringLiteral("ruleThreshold"));
    m_threshold->setRange(0, 1e12);
    m_threshold->setDecimals(2);
    m_threshold->setGroupSeparatorShown(true);
    m_thresholdCaption->setBuddy(m_threshold);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problems->hide();

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindCaption);
    kindRow->addWidget(m_kind, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_add);
    buttonRow->addWidget(m_remove);
    buttonRow->addStretch();
    buttonRow->addWidget(m_thresholdCaption);
    buttonRow->addWidget(m_threshold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_emptyHint);
    layout->addLayout(buttonRow);
    layout->addWidget(m_problems);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_model->setKind(TierRule::Kind(m_kind->currentData().toInt()));
        updateShape();
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_filling)
            m_model->setThreshold(value);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addRow();
        if (row >= 0) {
            m_rows->setCurrentIndex(m_model->index(row, TierConditionModel::MetricColumn));
            m_rows->setFocus();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_rows->currentIndex();
        if (current.isValid())
            m_model->removeRows(current.row(), 1);
    });
    connect(m_model, &TierConditionModel::edited, this, [this] {
        updateShape();
        Q_EMIT edited();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TierRuleEditor::updateShape);
    retranslate();
}

void TierRuleEditor::fillKindCombo()
{
    const QSignalBlocker blocker(m_kind);
    const int kind = int(m_model->kind());
    m_kind->clear();
    m_kind->addItem(tr("Any of these conditions"), int(TierRule::Kind::AnyOf));
    m_kind->addItem(tr("All of these conditions"), int(TierRule::Kind::AllOf));
    m_kind->addItem(tr("Weighted score"), int(TierRule::Kind::Weighted));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

void TierRuleEditor::retranslate()
{
    fillKindCombo();
    m_kindCaption->setText(tr("&Rule:"));
    m_add->setText(tr("&Add condition"));
    m_remove->setText(tr("Remo&ve condition"));
    m_thresholdCaption->setText(tr("Score &threshold:"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    updateShape();
}

void TierRuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TierRuleEditor::setRule(const TierRule &rule)
{
    m_filling = true;
    m_model->setRule(rule);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(rule.kind))));
    m_threshold->setValue(rule.threshold);
    m_filling = false;
    updateShape();
}

TierRule TierRuleEditor::rule() const
{
    return m_model->rule();
}

void TierRuleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    updateShape();
}

void TierRuleEditor::setProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void TierRuleEditor::updateShape()
{
    const bool weighted = m_model->kind() == TierRule::Kind::Weighted;
    m_add->setText(weighted ? tr("&Add weight") : tr("&Add condition"));
    m_remove->setText(weighted ? tr("Remo&ve weight") : tr("Remo&ve condition"));
    m_thresholdCaption->setVisible(weighted);
    m_threshold->setVisible(weighted);
    m_kind->setEnabled(!m_readOnly);
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && m_model->rowCount() > 0);
    m_threshold->setEnabled(!m_readOnly);
    m_emptyHint->setVisible(m_model->rowCount() == 0);
    m_emptyHint->setText(tr("No conditions: the rule always holds."));
    m_rows->resizeColumnToContents(TierConditionModel::MetricColumn);
}

} // namespace loyalty
