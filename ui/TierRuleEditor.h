#pragma once

#include "core/TierRule.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace loyalty {

class TierConditionModel;

// Edits one tier rule (to reach a tier, or to keep it): any of / all of the conditions, or a weighted
// score; the rows (metric, ≥ or >, value; or metric and weight), the score threshold, and under them,
// in red, what is wrong with the rule.
class TierRuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TierRuleEditor(QWidget *parent = nullptr);

    void setRule(const TierRule &rule);
    TierRule rule() const;
    void setReadOnly(bool readOnly);
    // The sentences about this rule; none hides the line.
    void setProblems(const QStringList &problems);
    void retranslate();

    TierConditionModel *conditionModel() const { return m_model; }
    QComboBox *kindCombo() const { return m_kind; }
    QTableView *rowsView() const { return m_rows; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *problemLabel() const { return m_problems; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillKindCombo();
    void updateShape();

    TierConditionModel *m_model;
    QLabel *m_kindCaption;
    QComboBox *m_kind;
    QTableView *m_rows;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_thresholdCaption;
    QDoubleSpinBox *m_threshold;
    QLabel *m_emptyHint;
    QLabel *m_problems;
    bool m_readOnly = false;
    bool m_filling = false;
};

} // namespace loyalty
