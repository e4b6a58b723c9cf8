#pragma once

#include "client/CatalogueItem.h"
#include "core/StockChangeRequest.h"
#include "core/StockMovement.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace loyalty {

class ApiClient;

// Changes an item's stock with a reason: goods coming in (inbound, a positive count) or a correction
// after a count (either way). Shows the stock now and what it becomes. Refusals are said next to their
// field, the server's "below zero" next to the change; nothing moves then. The same change sent again
// (after a dropped connection or a refusal) carries the same Idempotency-Key, so it applies once.
class StockDialog : public QDialog
{
    Q_OBJECT
public:
    StockDialog(ApiClient &client, const CatalogueItem &item, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *deltaBox() const { return m_delta; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *deltaErrorLabel() const { return m_deltaError; }
    QLabel *reasonErrorLabel() const { return m_reasonError; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *applyButton() const;

    void setKind(StockMovementKind kind);
    void submit();

    // What the server recorded (valid after accept()).
    StockMovement movement() const { return m_movement; }
    CatalogueItem updatedItem() const { return m_updated; }

private:
    StockChangeRequest request() const;
    void updateResult();
    void clearErrors();
    void showError(const QString &field, const QString &message);
    void setBusy(bool busy);

    ApiClient &m_client;
    CatalogueItem m_item;
    QComboBox *m_kind;
    QSpinBox *m_delta;
    QLineEdit *m_reason;
    QLabel *m_result;
    QLabel *m_deltaError;
    QLabel *m_reasonError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    StockMovement m_movement;
    CatalogueItem m_updated;
    bool m_busy = false;
    // The change last sent and its key (see the class comment).
    QJsonObject m_sent;
    QByteArray m_key;
};

} // namespace loyalty
