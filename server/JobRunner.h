#pragma once

#include "core/JobInfo.h"
#include "server/AuditLog.h"
#include "server/Outcome.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>

namespace loyalty::server {

// Runs queued jobs one at a time on a thread of its own (with its own database connection), writing
// state and progress to the jobs table for GET /v1/jobs/{id}. Stopping the server stops a job at its
// next batch; it goes back to the queue at the next start and resumes (each job is safe to repeat).
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // Requeues what a previous run left, and starts working through the queue.
    void resume();
    // Queues a job (409 when one of the kind is already queued or running); wake() once it is committed.
    Outcome<JobInfo> start(const QString &kind, const QString &createdBy, const AuditRecord *audit = nullptr,
                           const QJsonObject &params = {});

    // Lets the worker work through the queue.
    void wake();

private:
    void runQueued();
    bool runOne(const JobInfo &job);

    QThreadPool m_pool;
    std::atomic<bool> m_stopping{false};
};

} // namespace loyalty::server
