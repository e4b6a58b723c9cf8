#pragma once

#include "client/RedemptionRecord.h"
#include "core/CaseResolution.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace loyalty {

class ApiClient;

// Resolve an open after-sales case: the outcome (only those this item allows: a new code for code items,
// another parcel for shipped ones, a refund or a rejection for any), whether the goods go back into stock
// (offered only where CaseResolution allows it: with a refund, never for a lost parcel) and a reason
// (required to reject), each with its error under it. The same resolution sent again carries the same
// Idempotency-Key, so it refunds or reships once.
class ResolveCaseDialog : public QDialog
{
    Q_OBJECT
public:
    ResolveCaseDialog(ApiClient &client, const RedemptionRecord &redemption,
                      const AfterSalesCase &afterSalesCase, QWidget *parent = nullptr);

    QComboBox *outcomeBox() const { return m_outcome; }
    QCheckBox *restockBox() const { return m_restock; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *outcomeError() const { return m_outcomeError; }
    QLabel *restockError() const { return m_restockError; }
    QLabel *reasonError() const { return m_reasonError; }
    QLabel *errorLabel() const { return m_error; }
    // What the outcome will do, in words, for the outcome chosen.
    QLabel *effectLabel() const { return m_effect; }
    // After accept(): the case and the redemption as the server has them.
    AfterSalesCase resolvedCase() const { return m_resolved; }
    RedemptionRecord redemption() const { return m_result; }

    void submit();

private:
    void setBusy(bool busy);
    void updateForOutcome();
    void showError(const QString &field, const QString &message);
    CaseResolution resolution() const;

    ApiClient &m_client;
    RedemptionRecord m_redemption;
    AfterSalesCase m_case;
    QByteArray m_key;
    QJsonObject m_keyBody;
    QComboBox *m_outcome;
    QLabel *m_effect;
    QCheckBox *m_restock;
    QLineEdit *m_reason;
    QLabel *m_outcomeError;
    QLabel *m_restockError;
    QLabel *m_reasonError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    AfterSalesCase m_resolved;
    RedemptionRecord m_result;
    bool m_busy = false;
};

} // namespace loyalty
