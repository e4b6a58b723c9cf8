#pragma once

#include "client/RedemptionRecord.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace loyalty {

class ApiClient;

// Mark a placed physical redemption shipped: carrier (typed, or one of the usual ones) and tracking
// number, each with its error right under it (ShipmentRequest's rules first, then the server's refusal by
// its field). The same shipment sent again (a double click, a retry after a dropped connection) carries
// the same Idempotency-Key, so it ships once; a corrected shipment gets a new key.
class ShipDialog : public QDialog
{
    Q_OBJECT
public:
    ShipDialog(ApiClient &client, const RedemptionRecord &redemption, QWidget *parent = nullptr);

    QComboBox *carrierBox() const { return m_carrier; }
    QLineEdit *trackingEdit() const { return m_tracking; }
    QLabel *carrierError() const { return m_carrierError; }
    QLabel *trackingError() const { return m_trackingError; }
    // A refusal that names no field of this form (a redemption shipped meanwhile).
    QLabel *errorLabel() const { return m_error; }
    QByteArray idempotencyKey() const { return m_key; }
    // The redemption as the server has it after shipping (valid after accept()).
    RedemptionRecord result() const { return m_result; }

    void submit();

private:
    void setBusy(bool busy);
    void showError(const QString &field, const QString &message);
    void clearErrors();
    QByteArray keyFor(const QJsonObject &body);

    ApiClient &m_client;
    RedemptionRecord m_redemption;
    QByteArray m_key;
    QJsonObject m_keyBody;
    QComboBox *m_carrier;
    QLineEdit *m_tracking;
    QLabel *m_carrierError;
    QLabel *m_trackingError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    RedemptionRecord m_result;
    bool m_busy = false;
};

} // namespace loyalty
