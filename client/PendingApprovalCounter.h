#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace loyalty {

class ApiClient;
class ApprovalSummaryJob;

// How many large adjustments wait for a manager (GET /v1/approvals/summary), for the badge on the
// navigation: asked when started, every interval after that, on refresh() (sign-in, F5) and on
// refreshAfterChange() (right after a decision). One request at a time: a refresh() while one is under way
// takes that one's answer; a refreshAfterChange() asks again after it, since the answer under way may
// predate the change.
class PendingApprovalCounter : public QObject
{
    Q_OBJECT
public:
    explicit PendingApprovalCounter(ApiClient *client, QObject *parent = nullptr);
    ~PendingApprovalCounter() override;

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

    // Asks now and then every interval.
    void start();
    // Stops asking and forgets the count (signed out, or a role that may not decide).
    void stop();
    void refresh();
    void refreshAfterChange();

    bool isActive() const { return m_timer.isActive(); }
    // The last count the server gave; -1 while unknown.
    int count() const { return m_count; }

Q_SIGNALS:
    void countChanged(int pending);

private:
    void setCount(int count);

    QPointer<ApiClient> m_client;
    QTimer m_timer;
    QPointer<ApprovalSummaryJob> m_request;
    bool m_askAgain = false;
    int m_count = -1;
};

} // namespace loyalty
