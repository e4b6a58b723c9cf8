#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// A server job (GET /v1/jobs/{id}): long work that runs after the request that started it answered 202.
struct JobInfo
{
    enum class State
    {
        Queued,
        Running,
        Done,
        Failed,
    };

    qint64 id = 0;
    QString kind; // "expire-lots", "settle-pending"
    State state = State::Queued;
    double progress = 0; // 0..1
    QJsonObject result;  // when done: what the job did, e.g. {lots, points, members}
    QString errorCode;   // when failed
    QString errorMessage;
    // What the job works on (a what-if's draft). Kept by the server; not part of the JSON clients read.
    QJsonObject params;
    QString createdBy; // user name, or "scheduler"
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isFinished() const { return state == State::Done || state == State::Failed; }

    QJsonObject toJson() const;
    static JobInfo fromJson(const QJsonObject &object);
    static QString stateToString(State state);
    static State stateFromString(const QString &text);
    bool operator==(const JobInfo &) const = default;
};

} // namespace loyalty
