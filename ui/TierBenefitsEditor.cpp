#include "ui/TierBenefitsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loyalty {

namespace {
const QString kErrorStyle = QStringLiteral("color: #c0392b;");
}

TierBenefitsEditor::TierBenefitsEditor(QWidget *parent)
    : QWidget(parent), m_multiplierCaption(new QLabel(this)), m_multiplier(new QComboBox(this)),
      m_multiplierProblem(new QLabel(this)), m_discountCaption(new QLabel(this)),
      m_discount(new QSpinBox(this)), m_freeShipping(new QCheckBox(this)), m_priority(new QCheckBox(this)),
      m_birthdayMultiplierCaption(new QLabel(this)), m_birthdayMultiplier(new QDoubleSpinBox(this)),
      m_birthdayPointsCaption(new QLabel(this)), m_birthdayPoints(new QSpinBox(this)),
      m_expiryCaption(new QLabel(this)), m_expiry(new QSpinBox(this)), m_problems(new QLabel(this))
{
    m_multiplier->setObjectName(QStringLiteral("benefitsMultiplier"));
    m_multiplier->setEditable(true);
    m_multiplier->setInsertPolicy(QComboBox::NoInsert);
    for (double preset : {1.0, 1.5, 2.0, 3.0})
        m_multiplier->addItem(QLocale().toString(preset, 'g', 4), preset);
    auto *validator = new QDoubleValidator(0.01, 100.0, 2, m_multiplier);
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_multiplier->lineEdit()->setValidator(validator);
    m_multiplierProblem->setStyleSheet(kErrorStyle);
    m_multiplierProblem->hide();
    m_discount->setObjectName(QStringLiteral("benefitsDiscount"));
    m_discount->setRange(1, 100);
    m_discount->setSuffix(QStringLiteral("%"));
    m_freeShipping->setObjectName(QStringLiteral("benefitsFreeShipping"));
    m_priority->setObjectName(QStringLiteral("benefitsPriority"));
    m_birthdayMultiplier->setObjectName(QStringLiteral("benefitsBirthdayMultiplier"));
    m_birthdayMultiplier->setRange(1.0, 10.0);
    m_birthdayMultiplier->setSingleStep(0.5);
    m_birthdayMultiplier->setDecimals(2);
    m_birthdayMultiplier->setSuffix(QStringLiteral("×"));
    m_birthdayPoints->setObjectName(QStringLiteral("benefitsBirthdayPoints"));
    m_birthdayPoints->setRange(0, 1000000);
    m_birthdayPoints->setGroupSeparatorShown(true);
    m_expiry->setObjectName(QStringLiteral("benefitsExpiry"));
    m_expiry->setRange(0, 120);
    m_problems->setObjectName(QStringLiteral("benefitsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(kErrorStyle);
    m_problems->hide();
    m_multiplierCaption->setBuddy(m_multiplier);
    m_discountCaption->setBuddy(m_discount);
    m_birthdayMultiplierCaption->setBuddy(m_birthdayMultiplier);
    m_birthdayPointsCaption->setBuddy(m_birthdayPoints);
    m_expiryCaption->setBuddy(m_expiry);

    auto *form = new QFormLayout;
    auto *multiplierRow = new QVBoxLayout;
    multiplierRow->setSpacing(0);
    multiplierRow->addWidget(m_multiplier);
    multiplierRow->addWidget(m_multiplierProblem);
    form->addRow(m_multiplierCaption, multiplierRow);
    form->addRow(m_discountCaption, m_discount);
    form->addRow(QString(), m_freeShipping);
    form->addRow(QString(), m_priority);
    form->addRow(m_birthdayMultiplierCaption, m_birthdayMultiplier);
    form->addRow(m_birthdayPointsCaption, m_birthdayPoints);
    form->addRow(m_expiryCaption, m_expiry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch();

    connect(m_multiplier, &QComboBox::currentTextChanged, this, &TierBenefitsEditor::readMultiplier);
    connect(m_discount, &QSpinBox::valueChanged, this, &TierBenefitsEditor::readFields);
    connect(m_freeShipping, &QCheckBox::toggled, this, &TierBenefitsEditor::readFields);
    connect(m_priority, &QCheckBox::toggled, this, &TierBenefitsEditor::readFields);
    connect(m_birthdayMultiplier, &QDoubleSpinBox::valueChanged, this, &TierBenefitsEditor::readFields);
    connect(m_birthdayPoints, &QSpinBox::valueChanged, this, &TierBenefitsEditor::readFields);
    connect(m_expiry, &QSpinBox::valueChanged, this, &TierBenefitsEditor::readFields);
    retranslate();
}

void TierBenefitsEditor::retranslate()
{
    m_multiplierCaption->setText(tr("Points &multiplier:"));
    m_multiplier->setToolTip(tr("1×, 1.5×, 2×, 3× or any other number above zero"));
    m_discountCaption->setText(tr("Pri&ce paid:"));
    m_discount->setToolTip(
        tr("The share of the price members of this tier pay: 95% is 9.5 折, 100% no discount"));
    m_freeShipping->setText(tr("Free s&hipping"));
    m_priority->setText(tr("Priority customer ser&vice"));
    m_birthdayMultiplierCaption->setText(tr("Birthda&y month multiplier:"));
    m_birthdayPointsCaption->setText(tr("Birthday &gift points:"));
    m_expiryCaption->setText(tr("Points e&xpire after (months):"));
    m_expiry->setSpecialValueText(tr("programme default"));
    m_multiplierProblem->setText(tr("Enter a multiplier above zero, e.g. 1.5."));
}

void TierBenefitsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TierBenefitsEditor::setBenefits(const TierBenefits &benefits)
{
    m_filling = true;
    m_benefits = benefits;
    const int preset = m_multiplier->findData(benefits.pointsMultiplier);
    if (preset >= 0)
        m_multiplier->setCurrentIndex(preset);
    else
        m_multiplier->setEditText(QLocale().toString(benefits.pointsMultiplier, 'g', 4));
    m_multiplierProblem->hide();
    m_discount->setValue(benefits.discountPercent);
    m_freeShipping->setChecked(benefits.freeShipping);
    m_priority->setChecked(benefits.priorityService);
    m_birthdayMultiplier->setValue(benefits.birthdayMultiplier);
    m_birthdayPoints->setValue(benefits.birthdayGiftPoints);
    m_expiry->setValue(benefits.lotExpiryMonths);
    m_filling = false;
}

void TierBenefitsEditor::setReadOnly(bool readOnly)
{
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_multiplier, m_discount, m_freeShipping, m_priority,
                                          m_birthdayMultiplier, m_birthdayPoints, m_expiry})
        widget->setEnabled(!readOnly);
}

void TierBenefitsEditor::setProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void TierBenefitsEditor::readMultiplier()
{
    if (m_filling)
        return;
    bool ok = false;
    const QString text = m_multiplier->currentText().trimmed().remove(QStringLiteral("×"));
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = text.toDouble(&ok);
    // Half-typed or wrong: the last good multiplier stays, and the line says what is expected.
    m_multiplierProblem->setVisible(!ok || !(value > 0));
    if (!ok || !(value > 0) || value == m_benefits.pointsMultiplier)
        return;
    m_benefits.pointsMultiplier = value;
    Q_EMIT edited();
}

void TierBenefitsEditor::readFields()
{
    if (m_filling)
        return;
    TierBenefits benefits = m_benefits;
    benefits.discountPercent = m_discount->value();
    benefits.freeShipping = m_freeShipping->isChecked();
    benefits.priorityService = m_priority->isChecked();
    benefits.birthdayMultiplier = m_birthdayMultiplier->value();
    benefits.birthdayGiftPoints = m_birthdayPoints->value();
    benefits.lotExpiryMonths = m_expiry->value();
    if (benefits == m_benefits)
        return;
    m_benefits = benefits;
    Q_EMIT edited();
}

} // namespace loyalty
