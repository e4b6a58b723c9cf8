#pragma once

#include "core/JobInfo.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace loyalty {

class ApiClient;
class ApiJob;

// Follows a server job (GET /v1/jobs/{id}) by polling it until it is done or failed: one request at a
// time, the next one an interval after the last answer. It can also start the job (POST /v1/jobs); when
// one of that kind is already running (409 job_running) it follows that run instead. Destroying the
// follower (or stop()) stops the polling; the job itself carries on on the server.
class JobFollower : public QObject
{
    Q_OBJECT
public:
    explicit JobFollower(ApiClient *client, QObject *parent = nullptr);
    ~JobFollower() override;

    static constexpr std::chrono::milliseconds kDefaultInterval{500};
    // How many recent jobs are searched for the run that is already going.
    static constexpr int kRecentJobs = 20;

    void setInterval(std::chrono::milliseconds interval) { m_poll.setInterval(interval); }
    std::chrono::milliseconds interval() const { return m_poll.intervalAsDuration(); }

    // Starts a job of this kind ("expire-lots") and follows it.
    void start(const QString &kind);
    // Follows a job that already exists.
    void follow(qint64 jobId);
    void stop();

    bool isActive() const { return m_active; }
    // The job as last seen (id 0 before the server named it).
    JobInfo job() const { return m_job; }
    // True when start() found a run of that kind already going and follows it.
    bool joinedRunningJob() const { return m_joinedRunning; }

Q_SIGNALS:
    // The job being followed is known: the one just started, or (alreadyRunning) the run that was going.
    // `message` is the server's sentence about the run already going; empty otherwise.
    void following(const loyalty::JobInfo &job, bool alreadyRunning, const QString &message);
    // Each answer while the job is queued or running.
    void progressChanged(const loyalty::JobInfo &job);
    // The job is done; job.result says what it did.
    void finished(const loyalty::JobInfo &job);
    // The job failed on the server (job.errorMessage), or it could not be started or followed (the server
    // refused; job.id may be 0). Polling has stopped.
    void failed(const QString &message, const loyalty::JobInfo &job);
    // A poll got no answer; the follower keeps trying.
    void connectionProblem(const QString &message);

private:
    void findRunning(const QString &kind, const QString &message);
    void beginFollowing(const JobInfo &job, bool alreadyRunning, const QString &message);
    void take(const JobInfo &job);
    void poll();
    void fail(const QString &message);
    void track(ApiJob *request);

    QPointer<ApiClient> m_client;
    QTimer m_poll;
    QPointer<ApiJob> m_request;
    JobInfo m_job;
    bool m_active = false;
    bool m_joinedRunning = false;
};

} // namespace loyalty
