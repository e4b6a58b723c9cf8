#pragma once

#include "core/TierBenefits.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace loyalty {

// Edits what a tier gives: the points multiplier (1×, 1.5×, 2×, 3× or any other above zero), the
// discount (the share of the price paid), free shipping, priority service, the birthday multiplier and
// gift points, and how long points earned in the tier last; under them, in red, what is wrong.
class TierBenefitsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TierBenefitsEditor(QWidget *parent = nullptr);

    void setBenefits(const TierBenefits &benefits);
    TierBenefits benefits() const { return m_benefits; }
    void setReadOnly(bool readOnly);
    void setProblems(const QStringList &problems);
    void retranslate();

    QComboBox *multiplierCombo() const { return m_multiplier; }
    QSpinBox *discountSpin() const { return m_discount; }
    QCheckBox *freeShippingCheck() const { return m_freeShipping; }
    QCheckBox *priorityCheck() const { return m_priority; }
    QDoubleSpinBox *birthdayMultiplierSpin() const { return m_birthdayMultiplier; }
    QSpinBox *birthdayPointsSpin() const { return m_birthdayPoints; }
    QSpinBox *expirySpin() const { return m_expiry; }
    QLabel *problemLabel() const { return m_problems; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void readMultiplier();
    void readFields();

    TierBenefits m_benefits;
    QLabel *m_multiplierCaption;
    QComboBox *m_multiplier;
    QLabel *m_multiplierProblem;
    QLabel *m_discountCaption;
    QSpinBox *m_discount;
    QCheckBox *m_freeShipping;
    QCheckBox *m_priority;
    QLabel *m_birthdayMultiplierCaption;
    QDoubleSpinBox *m_birthdayMultiplier;
    QLabel *m_birthdayPointsCaption;
    QSpinBox *m_birthdayPoints;
    QLabel *m_expiryCaption;
    QSpinBox *m_expiry;
    QLabel *m_problems;
    bool m_filling = false;
};

} // namespace loyalty
