#include "client/PendingApprovalCounter.h"

#include "client/ApprovalSummaryJob.h"
#include "client/ClientLogging.h"

namespace loyalty {

PendingApprovalCounter::PendingApprovalCounter(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_timer.setInterval(std::chrono::seconds(60));
    connect(&m_timer, &QTimer::timeout, this, &PendingApprovalCounter::refresh);
}

PendingApprovalCounter::~PendingApprovalCounter()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
}

void PendingApprovalCounter::start()
{
    m_timer.start();
    refresh();
}

void PendingApprovalCounter::stop()
{
    m_timer.stop();
    m_askAgain = false;
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
        m_request = nullptr;
    }
    setCount(-1);
}

void PendingApprovalCounter::refreshAfterChange()
{
    if (m_request)
        m_askAgain = true;
    else
        refresh();
}

void PendingApprovalCounter::refresh()
{
    if (m_request)
        return; // its answer is as fresh as a new one would be
    m_askAgain = false;
    auto *request = new ApprovalSummaryJob(m_client, this);
    m_request = request;
    connect(request, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_request = nullptr;
        auto *summary = static_cast<ApprovalSummaryJob *>(finished);
        if (summary->succeeded())
            setCount(summary->pending());
        else
            qCDebug(lcClient) << "pending approvals unknown:" << summary->errorText();
        if (m_askAgain)
            refresh();
    });
    request->start();
}

void PendingApprovalCounter::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    Q_EMIT countChanged(count);
}

} // namespace loyalty
