#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace loyalty {

class ApiClient;
class ApprovalSummaryJob;

// How many large adjustments wait for a manager (GET /v1/approvals/summary), for the badge on the
// navigation: asked when started, every interval after that, and whenever refresh() is called (right
// after a decision). One request at a time; a refresh asked for while one runs is asked again after it,
// so a count from before a decision never stays on screen.
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
