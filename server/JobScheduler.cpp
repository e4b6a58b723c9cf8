#include "server/JobScheduler.h"

#include "server/JobRunner.h"
#include "server/JobService.h"
#include "server/PendingService.h"
#include "server/TierPeriodEnd.h"

#include <QDateTime>

namespace loyalty::server {

namespace {
constexpr int kFirstTickMs = 2000;
} // namespace

JobScheduler::JobScheduler(JobRunner &runner, const Settings &settings, QObject *parent)
    : QObject(parent), m_runner(runner), m_settings(settings)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &JobScheduler::tick);
    m_timer.start();
    // A server started within the expiry hour runs it soon, not a minute later.
    QTimer::singleShot(kFirstTickMs, this, &JobScheduler::tick);
}

void JobScheduler::tick()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString scheduler = QStringLiteral("scheduler");
    if (m_settings.expiryHour >= 0 && now.time().hour() == m_settings.expiryHour) {
        const QDateTime startOfHour(now.date(), QTime(m_settings.expiryHour, 0));
        // The tier run right after the expiry run (the runner takes the queue in order), each once a
        // day, also across restarts. 409 when a manual run is going: fine, that one counts.
        for (const QString &kind :
             {QStringLiteral("expire-lots"), QString::fromLatin1(TierPeriodEnd::kKind)}) {
            if (!JobService::createdSince(kind, startOfHour) && m_runner.start(kind, scheduler).ok())
                m_runner.wake();
        }
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (m_settings.settleIntervalMinutes > 0 &&
        nowMs - m_lastSettle >= qint64(m_settings.settleIntervalMinutes) * 60 * 1000) {
        m_lastSettle = nowMs;
        if (PendingService::hasDueWork(now.toUTC()) &&
            m_runner.start(QStringLiteral("settle-pending"), scheduler).ok())
            m_runner.wake();
    }
}

} // namespace loyalty::server
