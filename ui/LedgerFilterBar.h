#pragma once

#include "core/LedgerFilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace loyalty {

// The ledger tab's filter bar: one kind or all kinds (in words), and an optional date range (local days,
// "to" includes its day). Every change applies by itself, shortly after the last one; a range that ends
// before it starts is refused inline and applies nothing.
class LedgerFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit LedgerFilterBar(QWidget *parent = nullptr);

    // The filter the bar describes now (empty when it shows everything).
    LedgerFilter filter() const;
    // Shows everything again (and says so with filterChanged()).
    void reset();
    // Shows only this kind (the ledger's context menu), keeping the dates.
    void setKind(LedgerKind kind);
    void retranslate();

    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *messageLabel() const { return m_message; }
    QToolButton *resetButton() const { return m_reset; }

Q_SIGNALS:
    void filterChanged(const loyalty::LedgerFilter &filter);

private:
    void fillKinds();
    void scheduleApply();
    void apply();

    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_reset;
    QLabel *m_message;
    QList<QPair<QLabel *, const char *>> m_captions;
    QTimer m_apply;
    LedgerFilter m_applied;
};

} // namespace loyalty
