#pragma once

#include "client/RedemptionRecord.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace loyalty {

class ApiClient;

// Open an after-sales case on a delivered redemption: what went wrong (only the kinds that can happen to
// this item: a code cannot be damaged in transit) and the member's complaint, each with its error under
// it. The same case sent again carries the same Idempotency-Key, so it opens once.
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDialog(ApiClient &client, const RedemptionRecord &redemption, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLabel *kindError() const { return m_kindError; }
    QLabel *descriptionError() const { return m_descriptionError; }
    QLabel *errorLabel() const { return m_error; }
    // The case the server opened (valid after accept()).
    AfterSalesCase openedCase() const { return m_opened; }

    void submit();

private:
    void setBusy(bool busy);
    void showError(const QString &field, const QString &message);

    ApiClient &m_client;
    RedemptionRecord m_redemption;
    QByteArray m_key;
    QJsonObject m_keyBody;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    QLabel *m_kindError;
    QLabel *m_descriptionError;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    AfterSalesCase m_opened;
    bool m_busy = false;
};

} // namespace loyalty
