#include "core/JobInfo.h"

#include "core/IsoTime.h"

namespace loyalty {

QString JobInfo::stateToString(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Queued:
        break;
    }
    return QStringLiteral("queued");
}

JobInfo::State JobInfo::stateFromString(const QString &text)
{
    for (State candidate : {State::Running, State::Done, State::Failed}) {
        if (text == stateToString(candidate))
            return candidate;
    }
    return State::Queued;
}

QJsonObject JobInfo::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("state"), stateToString(state)},
                       {QStringLiteral("progress"), progress},
                       {QStringLiteral("createdBy"), createdBy},
                       {QStringLiteral("createdAt"), toIsoTime(createdAt)},
                       {QStringLiteral("startedAt"), toIsoTime(startedAt)},
                       {QStringLiteral("finishedAt"), toIsoTime(finishedAt)}};
    object.insert(QStringLiteral("result"), state == State::Done ? QJsonValue(result) : QJsonValue());
    if (state == State::Failed)
        object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCode},
                                                           {QStringLiteral("message"), errorMessage}});
    else
        object.insert(QStringLiteral("error"), QJsonValue());
    return object;
}

JobInfo JobInfo::fromJson(const QJsonObject &object)
{
    JobInfo job;
    job.id = object.value(QStringLiteral("id")).toInteger();
    job.kind = object.value(QStringLiteral("kind")).toString();
    job.state = stateFromString(object.value(QStringLiteral("state")).toString());
    job.progress = object.value(QStringLiteral("progress")).toDouble();
    job.result = object.value(QStringLiteral("result")).toObject();
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    job.errorCode = error.value(QStringLiteral("code")).toString();
    job.errorMessage = error.value(QStringLiteral("message")).toString();
    job.createdBy = object.value(QStringLiteral("createdBy")).toString();
    job.createdAt = fromIsoTime(object.value(QStringLiteral("createdAt")).toString());
    job.startedAt = fromIsoTime(object.value(QStringLiteral("startedAt")).toString());
    job.finishedAt = fromIsoTime(object.value(QStringLiteral("finishedAt")).toString());
    return job;
}

} // namespace loyalty
