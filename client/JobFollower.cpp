#include "client/JobFollower.h"

#include "client/ApiClient.h"
#include "client/ClientLogging.h"
#include "client/JobListJob.h"
#include "client/JobStatusJob.h"
#include "client/StartJobJob.h"

namespace loyalty {

JobFollower::JobFollower(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(kDefaultInterval);
    connect(&m_poll, &QTimer::timeout, this, &JobFollower::poll);
}

JobFollower::~JobFollower()
{
    stop();
}

void JobFollower::stop()
{
    m_poll.stop();
    m_active = false;
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
        m_request = nullptr;
    }
}

void JobFollower::track(ApiJob *request)
{
    m_request = request;
    request->start();
}

void JobFollower::start(const QString &kind)
{
    stop();
    m_job = {};
    m_job.kind = kind;
    m_joinedRunning = false;
    m_active = true;
    auto *request = new StartJobJob(m_client, kind, this);
    connect(request, &ApiJob::finished, this, [this, kind](ApiJob *finished) {
        m_request = nullptr;
        auto *started = static_cast<StartJobJob *>(finished);
        if (started->succeeded()) {
            beginFollowing(started->job(), false, {});
        } else if (started->httpStatus() == 409 && started->error().code == QLatin1String("job_running")) {
            findRunning(kind, started->errorText());
        } else {
            fail(started->errorText());
        }
    });
    track(request);
}

void JobFollower::findRunning(const QString &kind, const QString &message)
{
    auto *request = new JobListJob(m_client, {}, kRecentJobs, this);
    connect(request, &ApiJob::finished, this, [this, kind, message](ApiJob *finished) {
        m_request = nullptr;
        auto *list = static_cast<JobListJob *>(finished);
        if (!list->succeeded()) {
            fail(message);
            return;
        }
        for (const JobInfo &job : list->jobs()) {
            if (job.kind == kind && !job.isFinished()) {
                beginFollowing(job, true, message);
                return;
            }
        }
        // It finished between the refusal and the list: nothing is left to follow.
        fail(message);
    });
    track(request);
}

void JobFollower::follow(qint64 jobId)
{
    stop();
    m_job = {};
    m_job.id = jobId;
    m_joinedRunning = false;
    m_active = true;
    poll();
}

void JobFollower::beginFollowing(const JobInfo &job, bool alreadyRunning, const QString &message)
{
    m_joinedRunning = alreadyRunning;
    m_job = job;
    qCInfo(lcClient) << "following job" << job.id << job.kind << (alreadyRunning ? "(already running)" : "");
    Q_EMIT following(job, alreadyRunning, message);
    take(job);
}

void JobFollower::take(const JobInfo &job)
{
    m_job = job;
    switch (job.state) {
    case JobInfo::State::Done:
        m_active = false;
        Q_EMIT finished(job);
        return;
    case JobInfo::State::Failed:
        m_active = false;
        Q_EMIT failed(job.errorMessage.isEmpty() ? tr("The job failed (%1).").arg(job.errorCode)
                                                 : job.errorMessage,
                      job);
        return;
    case JobInfo::State::Queued:
    case JobInfo::State::Running:
        break;
    }
    Q_EMIT progressChanged(job);
    if (m_active)
        m_poll.start();
}

void JobFollower::poll()
{
    if (!m_active)
        return;
    auto *request = new JobStatusJob(m_client, m_job.id, this);
    connect(request, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_request = nullptr;
        auto *status = static_cast<JobStatusJob *>(finished);
        if (status->succeeded()) {
            take(status->job());
        } else if (status->unreachable()) {
            // The job runs on the server whatever the network does: keep asking.
            Q_EMIT connectionProblem(status->errorText());
            m_poll.start();
        } else {
            fail(status->errorText());
        }
    });
    track(request);
}

void JobFollower::fail(const QString &message)
{
    m_active = false;
    m_poll.stop();
    qCInfo(lcClient) << "job" << m_job.id << m_job.kind << "cannot be followed:" << message;
    Q_EMIT failed(message, m_job);
}

} // namespace loyalty
