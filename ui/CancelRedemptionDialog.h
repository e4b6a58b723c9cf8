#pragma once

#include "client/RedemptionRecord.h"
#include "ui/ReasonDialog.h"

namespace loyalty {

class ApiClient;

// Cancel a placed redemption, with a required reason and one more question (through Prompt) naming the
// points that go back to the member and the stock that is released. The same cancellation sent again
// carries the same Idempotency-Key, so it refunds once.
class CancelRedemptionDialog : public ReasonDialog
{
    Q_OBJECT
public:
    CancelRedemptionDialog(ApiClient &client, const RedemptionRecord &redemption, QWidget *parent = nullptr);

    static constexpr int kMaxReasonLength = 200;

    QByteArray idempotencyKey() const { return m_key; }
    // The redemption as the server has it after cancelling (valid after accept()).
    RedemptionRecord result() const { return m_result; }

    void submit() override;

private:
    bool confirm();

    ApiClient &m_client;
    RedemptionRecord m_redemption;
    QByteArray m_key;
    QString m_keyReason;
    RedemptionRecord m_result;
};

} // namespace loyalty
